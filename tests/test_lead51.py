"""Personal notes and topics left out of reader 35's and earlier readers' letters, read as classes:
a hope or plan of theirs ("she wants to go back for the Feria de las Flores") gets a wish; a baby
typed in a second language or with no article ("his first baby is born last month", "she has new
baby girl") gets the congratulation; the particles inside a name typed with its capitals ("Feria
de las Flores") are no lower-case name of unsure capitals; a plan of a named thing ("the clinic
want to start a program ...") is named as that plan. Expected sentences written by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from composer import compose
from composer.notes_file import load_notes
from composer.offline.followforgot import forgot_line, swap_line, without_order_tail
from composer.offline.followup import follow_up_line
from composer.offline.items import read_point
from composer.offline.offer import read_offer
from composer.offline.phrasebook import Variation
from composer.offline.rapport import rapport_line
from composer.offline.stepphrase import about_the_stage
from composer.offline.topicothers import reported_thing
from composer.offline.wellformed import problem

READER34 = Path(__file__).parent / "corpus" / "readers" / "reader34"
NAMES = ("Rui Mendes",)


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "she hopes to walk the Camino next summer",
            "I hope you get to walk the Camino next summer.",
        ),
        (
            "he would love to see the northern lights one day",
            "I hope you get to see the northern lights one day.",
        ),
        (
            "She was in Medellín last year on holidays and she loved it, she wants to go back for "
            "the Feria de las Flores.",
            "I hope you get to go back for the Feria de las Flores.",
        ),
        (
            "she wants to go back to Medellín for the Feria de las Flores",
            "I hope you get to go back to Medellín for the Feria de las Flores.",
        ),
    ],
)
def test_a_hope_of_theirs_is_wished(note: str, expected: str) -> None:
    wordings = {expected, expected.replace("I hope", "I do hope")}  # the section's two wordings
    assert rapport_line(note, NAMES).text in wordings


@pytest.mark.parametrize(
    "note",
    [
        "she wants to hire two more nurses",  # the work's plan, no personal note
        "he wants to retire to Portugal",  # a wish would presume
        "she wants to be a head teacher one day",
    ],
)
def test_a_plan_a_wish_cannot_follow_gets_no_hope(note: str) -> None:
    said = rapport_line(note, NAMES).text
    assert said is None or "hope you get to" not in said


@pytest.mark.parametrize(
    "note",
    [
        "his first baby is born last month, a girl (Leonor)",
        "she has new baby girl (born in october), is back from leave only 2 weeks",
        "his daughter was born last week",
    ],
)
def test_a_new_baby_typed_any_way_is_congratulated(note: str) -> None:
    assert rapport_line(note, NAMES).text == "Many congratulations on the new baby."


def test_a_child_born_long_ago_is_no_news() -> None:
    said = rapport_line("his son was born in Leeds, same as me", NAMES).text
    assert said is None or "congratulations" not in said.lower()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (
            "the clinic want to start a program of oral hygiene for the children in schools",
            "the clinic's plan to start a program of oral hygiene for the children in schools",
        ),
        (
            "The council plans to close two of the five libraries next year",
            "the council's plan to close two of the five libraries next year",
        ),
        (
            "the owners are hoping to open a second bakery in Leith, he asked if I'd run it",
            "the owners' hope to open a second bakery in Leith",
        ),
        (
            "the department wants to be paperless by 2028",
            "the department wants to be paperless by 2028",
        ),
    ],
)
def test_a_plan_of_a_named_thing_is_named_as_the_plan(typed: str, expected: str) -> None:
    assert reported_thing(typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (
            "reliable, organised and used to night shifts",
            "I am reliable, organised, and used to night shifts.",
        ),
        ("calm, motivated, good with kids", "I am calm, motivated, and good with kids."),
        (
            "calm under pressure, good with nervous patients, learns fast",
            "I am calm under pressure and good with nervous patients, and I learn fast.",
        ),
        ("reliable, speaks Polish", "I am reliable, and I speak Polish."),
    ],
)
def test_a_contribution_of_qualities_and_habits_says_what_i_am(typed: str, expected: str) -> None:
    said = read_offer(typed)
    assert said is not None and said.plain() == expected


@pytest.mark.parametrize(
    "typed",
    [
        "delivered on time, calm",  # a deed with its time, no quality
        "safe at height, used to weather + tight schedules, learns fast",  # a thing misread
    ],
)
def test_a_contribution_that_is_no_list_of_qualities_is_never_said_as_one(typed: str) -> None:
    said = read_offer(typed)
    assert said is None or (
        "I am delivered" not in said.plain() and "bring tight" not in said.plain()
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (
            "next week about second interview onboard",
            "next week about the second interview onboard",
        ),
        ("on Friday about final round", "on Friday about the final round"),
        ("about the second interview", "about the second interview"),
        ("about second-hand stock", "about second-hand stock"),
    ],
)
def test_a_stage_heard_about_takes_the(typed: str, expected: str) -> None:
    assert about_the_stage(typed) == expected


def test_a_call_about_a_stage_typed_bare_names_it_with_the() -> None:
    notes = load_notes(READER34 / "h245.json")
    letter = " ".join(compose(notes, today=dt.date(2026, 12, 4))[0].text.split())
    assert "from HR next week about the second interview" in letter


# After reader 37's blind A/B (heldout36: no letter changed between the trees), the shapes its
# letters lost, each read as a class.


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (
            "I can start 5 Jan (4 wks notice) - forgot when niamh asked!!",
            "One thing I did not get to mention: I can start on 5 January.",
        ),
        (
            "can start 12 Feb - forgot to say",
            "One thing I did not get to mention: I can start on 12 February.",
        ),
        (
            "forgot to mention: I have a full clean driving licence",
            "One thing I did not get to mention: I have a full clean driving licence.",
        ),
    ],
)
def test_a_fact_the_candidate_forgot_to_say_is_said_once(typed: str, expected: str) -> None:
    assert follow_up_line(typed, frozenset(), "warm", "email", Variation("")) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (
            "(note to self: I said Nørre Havn was DGNB Gold -> it was Silver! correct it, 1 line "
            "max)",
            "One correction to something I said: Nørre Havn was DGNB Silver, not Gold.",
        ),
        (
            "said the Leeds depot was in Hunslet - it was Beeston",
            "One correction to something I said: the Leeds depot was in Beeston, not Hunslet.",
        ),
    ],
)
def test_a_detail_said_wrong_is_put_right_in_one_sentence(typed: str, expected: str) -> None:
    assert swap_line(typed, "warm", "email", Variation("")) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "the dog - forgot",  # no clause of the candidate's
        "said it was fine - it was not, ask her",  # an order to self that is no correction's
    ],
)
def test_a_forgotten_or_wrong_detail_with_unsure_parts_is_not_said(typed: str) -> None:
    assert forgot_line(typed, "warm", "email", Variation("")) is None
    assert swap_line(typed, "warm", "email", Variation("")) is None


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Six years as Head Lifeguard at a municipal leisure pool in Medicine Hat.", True),
        ("Four years as a ranger on the reserve at Table Bay.", True),
        ("Trained as a nurse at the General Hospital in Dep.", False),  # a short form
        ("Started as an apprentice at the yard in early Jan.", False),  # a month cut short
    ],
)
def test_a_short_word_ending_a_careful_line_is_its_stop_not_a_short_form(
    line: str, kept: bool
) -> None:
    assert (read_point(line).said is not None) is kept


def test_a_year_after_a_holiday_is_no_note() -> None:
    assert problem("We discussed the plan for the Easter 2027 blockade.") == ""
    assert problem("We discussed the plan for the Pumpkin 2027 blockade.") != ""  # still a note


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (
            "When she asked about the blockade, I did not mention that I ran two commissionings. "
            "I would like to add that.",
            "When she asked about the blockade, I did not mention that I ran two commissionings.",
        ),
        ("Forgot my forklift licence. Mention it briefly.", "Forgot my forklift licence."),
        ("I want to add that I drive.", "I want to add that I drive."),  # the fact itself
    ],
)
def test_a_last_order_to_say_the_follow_up_is_never_said(typed: str, expected: str) -> None:
    assert without_order_tail(typed) == expected


def test_an_arrow_after_from_before_a_clause_is_no_range() -> None:
    notes = load_notes(Path(__file__).parent.parent / "examples" / "warm_email.json")
    person = notes.interviewers[0].model_copy(
        update={"topics": ["my allergen changeover matrix from Kellys -> he wants to see it"]}
    )
    notes = notes.model_copy(update={"interviewers": [person]})
    letter = " ".join(
        compose(notes, today=notes.interview.date + dt.timedelta(days=1))[0].text.split()
    )
    assert "from Kellys to" not in letter


def test_a_time_typed_in_quotes_in_the_next_steps_is_said_plain() -> None:
    notes = load_notes(Path(__file__).parent.parent / "examples" / "warm_email.json")
    notes = notes.model_copy(update={"next_steps": "decision 'before Christmas' (HR will email)"})
    letter = " ".join(
        compose(notes, today=notes.interview.date + dt.timedelta(days=1))[0].text.split()
    )
    assert "before Christmas" in letter and "'before Christmas'" not in letter


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (
            "9 yrs bakery prod, 4 as shift sup on nights",
            "I have nine years of experience in bakery production, four of them as shift "
            "supervisor on nights",
        ),
        (
            "3 yrs as prod mgr at a dairy",
            "I have spent three years as production manager at a dairy",
        ),
    ],
)
def test_a_supervisor_and_production_typed_short_are_spelled_out(typed: str, expected: str) -> None:
    said = read_point(typed).said
    assert said is not None and said.text() == expected
