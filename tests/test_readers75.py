"""Session 75: faults of round 52's files left by session 74 (reader330's h1432, reader332's
h1437, h1438, h1440) and of round 53 (reader334, reader336), and the note shapes behind them.
Every expected sentence is written here by hand."""

from __future__ import annotations

import pytest

from composer.models import Notes
from composer.notes_file import load_notes
from composer.offline import followsplit, secondnotes
from composer.offline.followtidy import corrections_joined
from composer.offline.items import read_point
from composer.offline.marks import Mark, unmarked
from composer.offline.offervoice import sole_reader
from composer.offline.questions import to_reader
from composer.offline.rapportnotes import shared
from composer.offline.secondnotes import normalised
from composer.offline.selfnotes import without_private
from composer.offline.sendthing import thing_named
from composer.offline.topicanswers import asked_sentence
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


def test_things_sent_to_a_name_typed_first_with_to_go_to_each() -> None:
    # reader336's h1457 (Italian first): "I promise: send to Joost the photo of the chess table
    # and the video ... Send to Sanne the copy of my diploma." (the diploma was in Joost's letter)
    letters = readers_letters("reader336/h1457.json")
    assert "diploma in case it helps" not in letters["Joost Verhagen"]
    assert "I have attached a copy of my diploma" in letters["Sanne Dekker"]
    assert "the photo of the chess table" in letters["Joost Verhagen"]
    assert "send to you" not in letters["Joost Verhagen"]
    # "I play mandolin in a group (not important)": the candidate's own verdict, left out
    assert "mandolin" not in " ".join(letters.values())


def test_what_was_told_to_a_panellist_is_said_to_them_and_a_co_author_wrote() -> None:
    # reader336's h1456: "Told Dr. Tigist I am also interested in the Quality Control Lead post
    # ..." was "I told them I am also interested ..."; "co-author, 2 papers on membrane feeding"
    # was "I can co-author, two papers on membrane feeding."
    letters = readers_letters("reader336/h1456.json")
    assert (
        "As I mentioned, I am also interested in the Quality Control Lead post"
        in letters["Dr. Tigist Alemayehu"]
    )
    assert "I told them" not in " ".join(letters.values())
    assert "I can co-author" not in " ".join(letters.values())
    assert "I co-authored two papers on membrane feeding" in " ".join(letters.values())


def test_a_shared_school_keeps_no_guess_after_a_semicolon() -> None:
    # reader336's h1451: "...; I think she finished a few years before me, as she mentioned ..."
    # was "...; I think she finished a few years."
    assert (
        shared(
            "We both studied at the École Duperré; I think she finished a few years before me, as "
            "she mentioned Madame Lévêque, who had just retired when I arrived."
        )
        == "we both studied at the École Duperré"
    )


def test_what_a_madame_mentioned_is_said_to_her() -> None:
    assert (
        sole_reader(
            "One further point: She mentioned that the embroidery atelier is short of hands.",
            ["Madame Carrère-Duval"],
        )
        # (session 76: what she told is no further point of the candidate's, the frame goes)
        == "You mentioned that the embroidery atelier is short of hands."
    )
    # a man's title: her words stay as typed
    typed = "She mentioned that the atelier is short of hands."
    assert sole_reader(typed, ["Monsieur Aubry"]) == typed


def test_a_must_say_clause_a_figure_to_correct_and_a_titled_address_reach_their_readers() -> None:
    # reader334's h1448: "A350 coming into the fleet next year. MUST say in letter I already did
    # the A350 differences course at my current airline (Dec '31) - didn't get to it!!" (Tariq),
    # "correct 1,200 -> ~750 recurrent to Joanna" (was "I am correct from 1 and 200 ..."), "Capt.
    # Omar: offered to send the joint CRM drill scenario we used"; "(strip airline name!)"
    letters = readers_letters("reader334/h1448.json")
    assert (
        "I already did the A350 differences course at my current airline (December 2031)."
        in letters["Tariq Al Mansoori"]
    )
    assert (
        "One correction: I said 1,200, but it is about 750 recurrent." in letters["Joanna Pereira"]
    )
    assert "the joint CRM drill scenario we used" in letters["Capt. Khalid Omar"]
    assert (
        "my recurrent SEP lesson plan and the audit checklist I made" in letters["Joanna Pereira"]
    )
    everything = " ".join(letters.values())
    assert "correct from" not in everything
    assert "strip" not in everything


def test_a_figure_said_then_marked_wrong_then_put_right_two_sentences_on() -> None:
    # reader334's h1447 (lower case): "i said 1 kg of petals makes about 1 litre of rosewater.
    # not right. called my uncle tonight, for the good strong quality it is closer to 2 kg per
    # litre. need to fix this"; the follow-up "send maryam the costing spreadsheet ... (ask
    # uncle first!!). fix the petals per litre figure"
    letter = readers_letters("reader334/h1447.json")["Maryam Al Hinai"]
    assert (
        "One correction: I said 1 kg of petals makes about 1 litre of rosewater, but in fact it "
        "is closer to 2 kg per litre." in letter
    )
    assert "the costing spreadsheet from my uncle's 2031 season" in letter
    assert "ask uncle" not in letter
    assert "fix" not in letter


def test_a_figure_in_words_marked_wrong_with_the_fact_is_said_once() -> None:
    # reader334's h1444: "She asked how long our deviation investigations take to close. I said
    # that they averaged twelve days. I have checked my records tonight and that figure is wrong:
    # the average was twenty-one days in 2030 and came down to twelve days only in 2031, ..."
    # and the follow-up's "I also need to correct the deviation closure figure (...)"
    letter = readers_letters("reader334/h1444.json")["Priya Raghunathan"]
    assert (
        "the average was twenty-one days in 2030 and came down to twelve days only in 2031, "
        "after I introduced the new investigation template." in letter
    )
    assert "need to correct" not in letter
    assert "she wrote the number down" not in letter
    # the question of the figure alone is no topic left to thank her for
    assert "how long our deviation investigations take" not in letter


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        # reader336's h1452: was "... prepare a six-year-old for your first port access"
        (
            "how I would prepare a six-year-old for his first port access",
            "how I would prepare a six-year-old for his first port access",
        ),
        (
            "what I would do with a patient and his family",
            "what I would do with a patient and his family",
        ),
        # the reader's own: "his team" is theirs
        ("how his team runs the night shift", "how your team runs the night shift"),
    ],
)
def test_a_person_a_question_is_about_keeps_their_pronoun(asked: str, said: str) -> None:
    assert to_reader(asked) == said


def test_a_thin_linkedin_note_carries_its_correction() -> None:
    # reader336's h1458: "said 400 cows, it was 350" was left out for "I enjoyed discussing beef
    # herds." in a 200-character note to the only interviewer
    letter = readers_letters("reader336/h1458.json")["Martín Olivera"]
    assert "One correction: I said 400 cows, but it was 350." in letter
    assert len(letter) <= 200


def test_the_honest_better_answer_replaces_the_rehearsed_one() -> None:
    # reader334's h1443: "She asked about my greatest weakness. I said that I am perhaps too
    # thorough, which I regret, because it sounds rehearsed. The honest and better answer is that
    # for many years I was slow to delegate model runs ..." (was "You asked about my greatest
    # weakness: I am perhaps too thorough.")
    letter = readers_letters("reader334/h1443.json")["Dr Helen Marjoribanks"]
    assert "too thorough" not in letter
    assert follow_said(
        "On my greatest weakness, I should have said that for many years I was slow to delegate "
        "model runs to junior analysts, and that since 2029 I have trained two analysts to check "
        "and sign off runs themselves."
    ) == (
        "On my greatest weakness, I would also add that for many years, I was slow to delegate "
        "model runs to junior analysts, and since 2029 I have trained two analysts to check and "
        "sign off runs themselves."
    )
    # "check" as a hedge still stops a line
    assert (
        follow_said("On the pH, I should have said that the team tests weekly, need to check.")
        is None
    )


def test_a_course_forgotten_in_the_room_is_said_to_the_one_who_asked() -> None:
    # reader336's h1456: "NIR pupae sex sorter - he asked if we could run it at scale. FORGOT to
    # mention I did the NIR sorter training in Seibersdorf in 2029, 3 weeks! SHOULD have said
    # that first"
    letters = readers_letters("reader336/h1456.json")
    assert (
        "I would also add that I did the NIR sorter training in Seibersdorf in 2029."
        in letters["Dr. Hans-Peter Gruber"]
    )
    assert "Seibersdorf" not in letters["Dr. Tigist Alemayehu"]


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader336's h1454: was "I have 214 bed acres managed."
        ("214 bed acres managed", "I managed 214 bed acres."),
        ("40 hives maintained", "I maintained 40 hives."),
    ],
)
def test_a_count_then_what_was_done_with_it(typed: str, said: str) -> None:
    assert read_point(typed).sentence() == said


def test_a_careful_correction_and_better_answer_to_one_reader() -> None:
    # reader336's h1451: "In the interview I said that I had been head of the atelier at
    # Fournier-Bastide since 2019. That is wrong: I have been head of the atelier since 2017,
    # ..." (was "That is wrong: I have been head ..." with its first half lost) and "I should also
    # have said, when asked about my first hundred days, that I would create ..." (was "To
    # complete my answer on my first hundred days: I should also have said, when asked about my
    # first hundred days, that ...")
    letter = readers_letters("reader336/h1451.json")["Isabelle Carrère-Duval"]
    # (session 81: said by `wrongfigure` as the fact put right, out of the reported past)
    assert "I have been head of the atelier at Fournier-Bastide since 2017, not 2019." in letter
    assert "That is wrong" not in letter
    assert (
        "When you asked about my first hundred days, I would also add that I would create a proper "
        "archive of feather samples and dye recipes" in letter
    )
    assert "when asked about my first hundred days, that" not in letter
    assert "I am enclosing both" not in letter


def test_a_question_whose_verb_lost_its_object_is_not_said() -> None:
    # reader336's h1457 (Italian first): "He ask how I avoid. I say acclimatise, and backing
    # veneer cross grain" was "You asked how I avoid: I acclimatise."
    letter = readers_letters("reader336/h1457.json")["Joost Verhagen"]
    assert "how I avoid" not in letter
    assert asked_sentence("how I would handle a surgeon who wants it today", "I would call") != ""


def test_a_topic_marked_private_or_led_by_pay_is_never_named() -> None:
    # reader334's h1449: "test: I tune one gangsa key for him, ... I was nervous. Not to write
    # this" was "I valued the time we spent on the test."
    letter = readers_letters("reader334/h1449.json")["I Ketut Arsana"]
    assert "the test" not in letter
    # reader336's h1456: "salary grade 14, government scale, not negotiable he said" was "I
    # valued the time we spent on the government scale."
    letter = readers_letters("reader336/h1456.json")["Dawit Bekele"]
    assert "government scale" not in letter
    assert "salary" not in letter


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader334's h1446: was "I have experience with English B2+."
        ("English B2+", "I speak English at level B2+."),
        ("Polish B2", "I speak Polish at B2 level."),
        # reader336's h1456: was "I have 78% average emergence in 2031."
        ("78% average emergence in 2031", "I achieved 78% average emergence in 2031."),
        ("98% on-time delivery", "I achieved 98% on-time delivery."),
        # a change is no rate reached
        ("30% less scrap", "I helped bring scrap down by 30%."),
    ],
)
def test_a_language_level_and_a_rate_reached(typed: str, said: str) -> None:
    assert read_point(typed).sentence() == said


def test_a_question_put_by_a_title_and_a_pasted_better_answer() -> None:
    # reader334's h1449 (Balinese first): "Ibu Fiona ask about tuning for export orchestra ..."
    # was "I particularly valued our discussion of Ibu Fiona ask about tuning ..."; "Better
    # answer: I train 3 apprentice ..." was pasted after the answer given
    letter = readers_letters("reader334/h1449.json")["Fiona Blackwood"]
    assert "You asked about tuning for the export orchestra" in letter
    assert "Ibu Fiona ask" not in letter
    assert "Better answer" not in letter


def test_one_item_of_a_list_set_aside_is_left_out() -> None:
    # reader334's h1448: "Arabic, English, French - French prob irrelevant here" was "I speak
    # Arabic, English and French." in Capt. Omar's letter
    letters = readers_letters("reader334/h1448.json")
    assert "French" not in " ".join(letters.values())
    assert "I speak Arabic and English." in letters["Capt. Khalid Omar"]


def test_a_figure_corrected_in_shorthand_the_reader_could_not_say() -> None:
    # reader336's h1454: "CORRECTION: said 240 acres at Hendricks → actually 214 bed acres (240
    # incl. dikes/ditches/reservoirs)" was left out of the letters
    letters = readers_letters("reader336/h1454.json")
    assert (
        "One correction: I said 240 acres at Hendricks, but it is 214 bed acres."
        in letters["Dale Kowalczyk"]
    )
    # one the follow-up reader already reads is left as typed for it
    typed = "said the notice period is 2 months - actually 3 months"
    assert secondnotes._said_actually(typed) == typed
    # a bare figure names nothing it was of (reader96's h493: "said 480k - actually 465k start
    # yr" was "I said 480,000, but it is 465,000-start year.")
    assert secondnotes._said_actually("said 480k - actually 465k start yr") == (
        "said 480k - actually 465k start yr"
    )
