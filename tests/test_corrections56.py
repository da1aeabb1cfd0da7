"""Session 56: a correction typed in the evening's shapes (`saidmeant`), a thing to send named as a
person names it (`sendthing`), and a follow-up of several parts said part by part
(`followsplit.apart`). Every expected sentence is written here by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from composer import compose
from composer.models import Notes
from composer.offline.phrasebook import Variation
from composer.offline.saidmeant import meant_line, read_fix
from composer.offline.sendthing import attached_in, sent, thing_named
from composer.rules.facts import _cached_by_key, build_facts
from composer.rules.known import number_known

FIX = "One correction to what I said in the interview: "
ABOUT = "One correction to what I said about "


@pytest.mark.parametrize(
    ("typed", "letter"),
    [
        ("said 2.5MW plant - was 3.5", FIX + "the plant was 3.5MW, not 2.5MW."),
        (
            "salary - said 2.4M JMD, meant 2.8M. fix",
            ABOUT + "salary: I meant 2.8M JMD, not 2.4M JMD.",
        ),
        (
            "correction: idle time -23% not -32% (said wrong)",
            ABOUT + "idle time: the right figure is -23%, not -32%.",
        ),
        (
            "I say wrong number - accreditation is since 2021 not 2022.",
            FIX + "my accreditation dates from 2021, not 2022.",
        ),
        (
            "I say the diploma is from CIMA but actually is CILT Sri Lanka - need correct this.",
            FIX + "the diploma is from CILT Sri Lanka, not CIMA.",
        ),
        (
            "forgot to say i can start 1 june not 1 july (notice shorter than i thought).",
            FIX + "I can start on 1 June, not 1 July.",
        ),
        (
            "said my cert renewal is 2028, it's actually nov 2027 - correct this.",
            FIX + "my certificate renewal is November 2027, not 2028.",
        ),
        (
            "q on biggest deal - said 400k, correct figure 430k ARR",
            ABOUT + "the biggest deal: the right figure is 430k ARR, not 400k.",
        ),
        (
            "paul asked about waste % - mine averaged 3% not 5 like i said",
            ABOUT + "waste: mine averaged 3%, not 5%.",
        ),
        (
            "tell Kelvin the 35% was over 6 mths not 3",
            FIX + "the 35% was over six months, not three.",
        ),
    ],
)
def test_a_correction_is_said_as_the_right_thing_in_place_of_the_wrong(
    typed: str, letter: str
) -> None:
    assert meant_line(typed, "warm", "email", Variation("seed")) == letter


@pytest.mark.parametrize(
    "typed",
    [
        # a figure marked to check is never said
        "said 140 ha, actually ~160 ha in 2026 (check old reports)",
        # what the figure is of is not typed: no sentence can say it
        "said 140, actually 160",
        # "I would worked": never a sentence
        "said i'd worked on 3 features, its 5",
        # two sentences: read part by part, not whole
        "said 5 yrs, actually 6. also send my CV",
        # a head that names no thing ("actually assisted")
        "splice - actually assisted 3 not 2.",
        # a slip with words of its own is `slips`'s
        "i mixed up the limits for classrooms + halls, should be 0.8s classrooms not 1.5",
    ],
)
def test_a_correction_that_cannot_be_said_whole_is_not_read(typed: str) -> None:
    assert read_fix(typed) is None or meant_line(typed, "warm", "email", Variation("s")) is None


@pytest.mark.parametrize(
    ("typed", "what", "offered", "promised"),
    [
        ("send elisa training cert", "my ELISA training certificate", False, False),
        ("also offer to send the sample QC checklist", "the sample QC checklist", True, False),
        (
            "send 2 pg summary of BEV vent study.",
            "a two-page summary of the BEV vent study",
            False,
            False,
        ),
        ("photos of wanaka wall - send", "photos of the Wanaka wall", False, False),
        (
            "said i'd send copy of bereavement cert - forgot to bring it.",
            "a copy of my bereavement certificate",
            False,
            True,
        ),
        (
            "Also I promise send the copy of degree recognition decision",
            "a copy of the degree recognition decision",
            False,
            True,
        ),
        (
            "also send sample butler training card (1 page) like i promised naledi",
            "a sample butler training card",
            False,
            True,
        ),
        ("send project report + poster pdf", "the project report and poster PDF", False, False),
    ],
)
def test_a_thing_to_send_is_named_as_a_person_names_it(
    typed: str, what: str, offered: bool, promised: bool
) -> None:
    assert sent(typed) == (what, offered, promised)


@pytest.mark.parametrize(
    "typed",
    [
        "send copy",  # of what the line before named: not said alone
        "will send copies",
        "also promised photos of ribeauvillé windchest -> attach",  # a word no table knows
        "forgot to say i already have the digitizer cert - send copy",  # a clause, no thing
    ],
)
def test_a_thing_that_cannot_be_named_is_not_sent(typed: str) -> None:
    assert sent(typed) is None


def test_thing_named_capitalises_a_place_before_its_noun_and_initials() -> None:
    assert thing_named("photos of wanaka wall") == "photos of the Wanaka wall"
    assert thing_named("naro certificate") == "my NARO certificate"


def test_the_report_asks_to_attach_what_a_sentence_says_is_attached() -> None:
    assert attached_in("As promised, a copy of my IRATA certificate is attached.") == (
        "a copy of my IRATA certificate"
    )
    assert attached_in("I have attached photos of the Wanaka wall, in case it is useful.") == (
        "photos of the Wanaka wall"
    )
    assert attached_in("I would be happy to send the checklist if it would be useful.") is None


def _notes(follow_up: str, panel: int = 1) -> Notes:
    people = [
        {"name": "Dana Brooks", "title": "Head of Operations", "topics": ["the winter rota"]},
        {"name": "Sam Okoro", "title": "Plant Manager", "topics": ["the night shift"]},
    ][:panel]
    return Notes.model_validate(
        {
            "candidate": {"name": "Alex Morgan"},
            "company": "Northwind Ltd",
            "role": "Operations Lead",
            "interview": {"date": "2027-01-20"},
            "interviewers": people,
            "qualifications": ["six years in warehouse operations"],
            "highlights": ["cut picking errors by 20% at my current site"],
            "follow_up": follow_up,
            "tone": "warm",
        }
    )


def test_a_follow_up_of_a_correction_and_a_thing_to_send_says_both() -> None:
    notes = _notes("send 2 pg summary of BEV vent study. said 2.5MW plant - was 3.5")
    (letter,) = compose(notes, today=dt.date(2027, 1, 21))
    assert "a two-page summary of the BEV vent study" in letter.body
    assert FIX + "the plant was 3.5MW, not 2.5MW." in letter.body
    assert any("is enclosed: attach it first" in n for n in letter.notices)


def test_a_part_marked_to_check_is_left_out_and_the_thing_to_send_still_said() -> None:
    notes = _notes("said 140 ha, actually ~160 ha in 2026 (check old reports) + send elisa cert")
    (letter,) = compose(notes, today=dt.date(2027, 1, 21))
    assert "my ELISA certificate" in letter.body
    assert "160" not in letter.body and "140" not in letter.body
    assert any("follow_up" in n and "140 ha" in n for n in letter.notices)


def test_a_careful_follow_up_of_two_sentences_is_not_cut_into_parts() -> None:
    typed = (
        "I said I had no ICU experience. I would add that I did a 12-week ICU placement in my "
        "final year."
    )
    (letter,) = compose(_notes(typed), today=dt.date(2027, 1, 21))
    assert "One thing I would add: I said I had no ICU experience." not in letter.body
    assert "12-week ICU placement" in letter.body


@pytest.mark.parametrize(
    ("word", "known"),
    [
        ("3.5MW", True),  # the right figure with the unit typed on the wrong one
        ("2.5MW", True),
        ("4.5MW", False),  # a figure the notes never typed
        ("3.5kg", False),  # a unit the notes never gave a figure
        ("3.5", True),
    ],
)
def test_grounding_knows_a_corrected_figure_with_the_unit_of_the_one_it_puts_right(
    word: str, known: bool
) -> None:
    _cached_by_key.cache_clear()
    facts = build_facts(_notes("said 2.5MW plant - was 3.5"))
    assert number_known(word, facts) is known


def test_a_part_that_is_a_note_to_self_is_left_out_beside_a_thing_to_send() -> None:
    typed = "idea: re-char + use for lower grade only, or... (think more before writing). also the "
    typed += "Irish language thing. and send portfolio PDF (promised)"
    (letter,) = compose(_notes(typed), today=dt.date(2027, 1, 21))
    assert "my portfolio PDF" in letter.body
    assert "think more" not in letter.body
    assert "Irish language" not in letter.body
