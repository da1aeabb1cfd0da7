"""Session 75: faults of round 52's files left by session 74 (reader330's h1432, reader332's
h1437, h1438, h1440) and of round 53 (reader334, reader336), and the note shapes behind them.
Every expected sentence is written here by hand."""

from __future__ import annotations

import pytest

from composer.models import Notes
from composer.notes_file import load_notes
from composer.offline import followsplit
from composer.offline.followtidy import corrections_joined
from composer.offline.items import read_point
from composer.offline.marks import Mark, unmarked
from composer.offline.secondnotes import normalised
from composer.offline.selfnotes import without_private
from composer.offline.sendthing import thing_named
from composer.offline.topicaside import linked
from composer.offline.topicbetter import MOVED
from tests.test_readers65 import READERS, follow_said, readers_letters


def _normalised(name: str) -> Notes:
    return normalised(load_notes(READERS / name))


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        # reader332's h1440: what to take out before sending is the candidate's to do
        (
            "MUST send Mr Mercier the kiln energy sheet 2028-2031 - take out Lounky's name and "
            "customers first! Send Mr Šimek copies of certificates.",
            "MUST send Mr Mercier the kiln energy sheet 2028-2031. Send Mr Šimek copies of "
            "certificates.",
        ),
        # reader334's h1446 and reader296's h1296: the order in brackets
        (
            "send Claire: '31 lot test summary (REMOVE Khangai name!!) + OFDA calib cert",
            "send Claire: '31 lot test summary + OFDA calib cert",
        ),
        (
            "send her the soil test spreadsheet (remove Otterbein info first!!). I said aerify "
            "3x/yr on the game field.",
            "send her the soil test spreadsheet. I said aerify 3x/yr on the game field.",
        ),
        # reader334's h1443: an order about the enclosures
        (
            "I promised Dr Marjoribanks a copy of my 2028 paper. Both are to be enclosed with the "
            "letter. I must also correct the date.",
            "I promised Dr Marjoribanks a copy of my 2028 paper. I must also correct the date.",
        ),
        # reader336's h1454: a rival seen on the day, and pay typed as a range
        (
            "send Tanya: my spray log template. $$ → they said 78-85K + house on marsh, I'm at 81 "
            "now. saw Jeff Lindgren leaving the lot when I got there, he'd be strong",
            "send Tanya: my spray log template.",
        ),
    ],
)
def test_orders_to_self_and_private_lines_leave_the_follow_up(typed: str, kept: str) -> None:
    assert without_private(typed) == kept


def test_a_thing_sent_to_a_panellist_with_a_title_and_no_stop_goes_to_them() -> None:
    # reader332's h1440: "Send Mr Šimek copies of certificates." went in Mr Mercier's letter
    letters = readers_letters("reader332/h1440.json")
    assert "copies of certificates" in letters["Mgr. Petr Šimek"]
    assert "certificates" not in letters["Laurent Mercier"]
    assert "Šimek" not in letters["Laurent Mercier"].split("Dear")[1]
    assert "kiln energy sheet from 2028 to 2031" in letters["Laurent Mercier"]


def test_corrections_and_a_forgotten_point_typed_in_topics_reach_their_readers() -> None:
    letters = readers_letters("reader332/h1440.json")
    # "steeping water per tonne of barley - I said 4.2 m3/t. MUST CORRECT: at Lounky it is 3.4
    # m3/t, I swapped the numbers. Important, she wrote it down"
    assert (
        "One correction to what I said when we met: steeping water per tonne of barley is 3.4 "
        "m3/t, not 4.2." in letters["Ing. Jana Dvořáková"]
    )
    # "notice period - I said 2 months, WRONG, my contract says 3. Must tell him, ..."
    assert (
        "One correction to what I said when we met: my notice period is three months, not two."
        in letters["Mgr. Petr Šimek"]
    )
    # "FORGOT TO MENTION the heat exchanger retrofit on the kiln in 2028 = 18% less gas. Must
    # say it in his letter"
    assert (
        "the heat exchanger retrofit on the kiln in 2028 meant 18% less gas."
        in letters["Laurent Mercier"]
    )
    assert "18%" not in letters["Ing. Jana Dvořáková"]


def test_a_forgotten_result_in_brackets_is_said_to_the_one_who_asked() -> None:
    # reader330's h1432: "forgot to mention my serum-free media cost work!! (cut cost per litre
    # ~60% at previous job) - must say" in Dr. Shalev's topic
    letters = readers_letters("reader330/h1432.json")
    assert (
        "I would also add that my serum-free media cost work cut the cost per litre by about 60% "
        "at my previous job." in letters["Dr. Yoav Shalev"]
    )
    assert "serum-free" not in letters["Rania Khoury"]
    # "where I see the scale-up bottleneck -> I said oxygen transfer + shear at 2,000 L. MUST
    # repeat in letter, he nodded hard at that"
    assert (
        "When you asked where I see the scale-up bottleneck, I said oxygen transfer and shear at "
        "2,000 L." in letters["Dr. Yoav Shalev"]
    )
    # "I said single-use up to 2,000 then stainless, he disagrees": the subject, not the answer
    assert "I said single-use" not in letters["Itai Barkan"]
    assert "single-use versus stainless at 2,000 L" in letters["Itai Barkan"]


def test_a_sentence_tail_of_orders_and_reactions_is_a_mark() -> None:
    assert unmarked(
        "where I see the scale-up bottleneck -> I said oxygen transfer + shear at 2,000 L. MUST "
        "repeat in letter, he nodded hard at that"
    ) == (
        "where I see the scale-up bottleneck -> I said oxygen transfer + shear at 2,000 L",
        Mark("must"),
    )
    # a last sentence that says something of its own is the line's
    typed = "fix it. / must send Kwame the list. / must say thanks for the doubles."
    assert unmarked(typed, "follow_up") == (typed, None)


@pytest.mark.parametrize(
    ("item", "topic", "said"),
    [
        (
            "perfusion vs fed-batch for the bovine satellite cell line -> I said perfusion for "
            "the seed train, fed-batch at production scale",
            "perfusion versus fed-batch for the bovine satellite cell line",
            "When we talked about perfusion versus fed-batch for the bovine satellite cell line, "
            "I said perfusion for the seed train and fed-batch at production scale.",
        ),
        # reader324's h1408: was "..., as I said I can teach weekend classes."
        (
            "visitor workshop plan -> I said I can teach weekend classes",
            "your plan for a visitor workshop at the mill",
            "When we talked about your plan for a visitor workshop at the mill, I said that I can "
            "teach weekend classes.",
        ),
    ],
)
def test_the_answer_typed_after_an_arrow_is_said_as_said(item: str, topic: str, said: str) -> None:
    assert linked(item, topic) == said


def test_two_topic_corrections_typed_over_sentences_are_said_once_each() -> None:
    # reader332's h1438: "CORRECT: said Kelso had 22 blades in rotation -> actually 28. + said
    # Vollmer course 2019 -> was 2021"
    letters = readers_letters("reader332/h1438.json")
    letter = next(text for text in letters.values() if "Kelso had 28" in text)
    assert (
        "One correction to what I said in the interview: Kelso had 28 blades in rotation, not 22."
        " Also, my Vollmer course was in 2021, not 2019." in letter
    )
    # reader332's h1437: "I said it was based on 46 ... That is wrong: it was 64, I swapped the
    # digits." to Dr van Wyk: a LinkedIn note cannot hold it, and says so to him alone
    notes = _normalised("reader332/h1437.json")
    assert notes.interviewers[1].topics[0] == (
        "He asked about my honours project on sevengill sharks in the kelp forest at Millers Point."
    )
    assert (
        "I said my honours project was based on 46 baited remote underwater video deployments - "
        "actually 64" in (notes.follow_up or "")
    )


def test_a_second_correction_lead_is_also() -> None:
    assert corrections_joined(
        [
            "One correction to what I said in the interview: Kelso had 28 blades, not 22. One "
            "correction to what I said in the interview: My course was in 2021, not 2019."
        ]
    ) == [
        "One correction to what I said in the interview: Kelso had 28 blades, not 22. Also, my "
        "course was in 2021, not 2019."
    ]
    # one correction: as it was
    one = "One correction to my answers: the figure is 3.4, not 4.2."
    assert corrections_joined([one]) == [one]


def test_a_trained_person_with_a_standard_is_no_deed() -> None:
    # reader334's h1444: "Trained internal auditor, ISO 15189" was "I trained an internal
    # auditor, ISO 15189."
    assert read_point("Trained internal auditor, ISO 15189").sentence() == (
        "I am a trained ISO 15189 internal auditor."
    )


def test_a_figure_to_fix_with_a_reader_and_things_sent_after_a_colon() -> None:
    # reader334's h1446: "fix yield fig (46 not 52) -> Enkhbold. send Claire: '31 lot test
    # summary (REMOVE Khangai name!!) + OFDA calib cert" was "I have attached the fix yield fig"
    letters = readers_letters("reader334/h1446.json")
    assert "fix yield" not in " ".join(letters.values())
    assert (
        "One correction to what I said about the yield figure: it is 46, not 52."
        in letters["Enkhbold Dashdorj"]
    )
    assert (
        "I have attached the 2031 lot test summary and OFDA calibration certificate"
        in letters["Claire Hutton"]
    )
    assert "Khangai" not in " ".join(letters.values())


def test_a_thing_sent_by_a_title_of_address_goes_to_them_as_you() -> None:
    # reader334's h1449: "send Pak Ketut photo of my forge blower he ask about" was "I attach
    # the Pak Ketut photo of my forge blower he asked about."
    letters = readers_letters("reader334/h1449.json")
    assert "a photo of my forge blower you asked about." in letters["I Ketut Arsana"]
    assert "forge blower" not in letters["Fiona Blackwood"]


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("'31 lot test summary", "the 2031 lot test summary"),
        ("OFDA calib cert", "my OFDA calibration certificate"),
        ("copy of my spray log template", "a copy of my spray log template"),
    ],
)
def test_things_to_send_typed_short(typed: str, said: str) -> None:
    assert thing_named(typed) == said


def test_a_correction_typed_in_a_topic_is_not_said_twice_and_keeps_its_place() -> None:
    notes = _normalised("reader332/h1440.json")
    assert notes.interviewers[2].topics[0] == MOVED  # "notice period - I said 2 months, ..."
    assert notes.interviewers[0].topics[0] == MOVED  # "steeping water per tonne ..."
    assert followsplit.split(notes)  # each part to its reader
    assert follow_said("said the notice period is 2 months - actually 3 months") == (
        "One correction to what I said in the interview: the notice period is three months, not "
        "two."
    )
