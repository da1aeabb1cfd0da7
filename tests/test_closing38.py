"""Session 38 (closing): the next step said with one time, the likelier; a follow-up says what it
adds to; sentences by hand."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TypeVar

import pytest

from composer.offline.followup import follow_up_line
from composer.offline.nextsteps import next_steps_line
from composer.offline.offer import read_offer
from composer.offline.phrasebook import Variation

_DAYS = (dt.date(2026, 12, 2), dt.date(2026, 12, 3))
T = TypeVar("T")


def _step(typed: str) -> str:
    return next_steps_line(
        typed, frozenset(), "warm", "email", Variation("one time"), days=_DAYS, month_first=False
    )


@pytest.mark.parametrize(
    "typed, said",
    [
        # "prob"/"likely" marks the likelier time: it replaces the first
        ("she said she'd decide before xmas, prob by the 18th", "by the 18th"),
        ("decision this month, likely by the 20th", "by the 20th"),
        ("outcome early jan, probably mid jan", "in mid-January"),
        # "maybe"/"possibly" marks the less likely: the time first given stands
        ("they'll decide by thurs, maybe early next wk", "by Thursday"),
        ("decision mid jan, possibly end of dec", "in mid-January"),
        # "in touch" is no time of its own
        ("the agency will be in touch, prob by end of next wk", "by the end of next week"),
    ],
)
def test_two_times_said_as_one(typed: str, said: str) -> None:
    line = _step(typed)
    assert line.endswith(said), line
    assert " or " not in line


class _First(Variation):
    """The first wording of each section, so that a test reads one sentence."""

    def order(self, slot: str, options: Sequence[T]) -> list[T]:
        return list(options)


def _follow_up(typed: str) -> str | None:
    return follow_up_line(typed, frozenset(), "warm", "email", _First(""))


@pytest.mark.parametrize(
    "typed, said",
    [
        # a thing said in the room: "besides" it, the added clause keeps its "also"
        (
            "asked about damp surveys - i mentioned the moisture meter but forgot to say i also"
            " check the gutters",
            "besides the moisture meter, I also check the gutters.",
        ),
        (
            "Ms Reyes asked how I vet suppliers. I talked about site visits but should have said"
            " I also ask for two references.",
            "besides site visits, I also ask for two references.",
        ),
        # an act of the candidate's said in the room: "as well as" it, with one "also"
        (
            "asked how i calm an angry customer - said i listen first, forgot to mention i also"
            " offer a callback",
            "as well as listening first, I offer a callback.",
        ),
    ],
)
def test_an_addition_says_what_it_adds_to(typed: str, said: str) -> None:
    line = _follow_up(typed)
    assert line is not None and line.endswith(said), line
    assert line.count(" also ") <= 1


def test_also_with_nothing_to_add_to_is_dropped() -> None:
    # "said yes" is no thing or act a letter can name: "also" would point at nothing
    typed = "asked about weekend cover - i said yes, forgot to say i also do bank holidays"
    line = _follow_up(typed)
    assert line is None or " also " not in line, line


@pytest.mark.parametrize(
    "typed, said",
    [
        # a thing arranged ahead: "is booked for" the time
        ("CPCS renewal booked 9 feb", "my CPCS renewal is booked for 9 February."),
        ("eye test booked next thurs", "my eye test is booked for next Thursday."),
        ("PASMA refresher booked already", "my PASMA refresher is already booked."),
    ],
)
def test_a_thing_arranged_typed_as_a_note_is_said_as_a_clause(typed: str, said: str) -> None:
    line = _follow_up(typed)
    assert line is not None and line.endswith(said), line


@pytest.mark.parametrize(
    "typed, said",
    [
        # qualities are what the candidate is, never things brought
        ("patient, tidy + reliable", "I am patient, tidy, and reliable."),
        # (session 51: "organised" is a quality too, so all three go in one list)
        (
            "calm + organised, good w/ the elderly",
            "I am calm, organised, and good with the elderly.",
        ),
        # an act after outcomes keeps its verb
        (
            "fewer no-shows + keep members coming back",
            "I would like to work towards fewer no-shows and keep members coming back.",
        ),
        # an act after a quality is what the candidate would do
        (
            "good with numbers + keep the books tidy",
            "I am good with numbers, and I would keep the books tidy.",
        ),
        # a state kept keeps its "-ing"
        ("keep the volunteers happy & coming back", "keep the volunteers happy and coming back."),
        # "happy to X and Y": both under "to", never split
        ("happy to do lates + cover the weekend rota", "happy to do lates and cover the weekend"),
    ],
)
def test_a_contribution_of_mixed_parts_takes_each_in_its_form(typed: str, said: str) -> None:
    offer = read_offer(typed)
    assert offer is not None
    assert said in offer.plain(), offer.plain()


@pytest.mark.parametrize(
    "typed, said",
    [
        # their process first, then when they will be in touch: the time they gave
        ("she is seeing 3 more people mon/tue, will let me know by fri", "by Friday"),
        ("seeing the last 2 candidates thurs, will call early next wk", "early next week"),
        ("still waiting on the budget, they'll be in touch by the 12th", "by the 12th"),
    ],
)
def test_their_process_then_in_touch_is_hearing_from_them(typed: str, said: str) -> None:
    line = _step(typed)
    assert "hear" in line and line.endswith(said), line


@pytest.mark.parametrize(
    "typed, said",
    [
        # the note's "also" typed with a contraction: the same "besides", the auxiliary kept
        (
            "asked about gas work - i mentioned the boiler installs but forgot to say i've also"
            " done LPG",
            "besides the boiler installs, I have also done LPG.",
        ),
    ],
)
def test_an_addition_typed_with_a_contraction_says_what_it_adds_to(typed: str, said: str) -> None:
    line = _follow_up(typed)
    assert line is not None and line.endswith(said), line


def test_also_with_a_contraction_and_nothing_to_add_to_is_dropped() -> None:
    line = _follow_up("asked about lates - i said yes, forgot to say i've also done nights")
    assert line is None or " also " not in line, line


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "Dr. Mehta asked how I would handle a consultant who skips the sign-in check; I"
            " answered that I would pause and raise it politely",
            "You asked how I would handle a consultant who skips the sign-in check: I would pause"
            " and raise it politely.",
        ),
        (
            "Mrs. Okafor asked how I plan a week of nights - said I batch the bloods at 4am",
            "You asked how I plan a week of nights: I batch the bloods at 4am.",
        ),
    ],
)
def test_a_title_typed_with_its_full_stop_still_names_who_asked(typed: str, said: str) -> None:
    # reader 18: "Dr. Mehta asked ..." was cut at "Dr." and read back as "Mehta asked ..."
    assert _follow_up(typed) == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # a first name that is also a word of the language is a person, not a role
        ("HR (Jasmine) will email by 9 dec", "hearing from Jasmine by 9 December"),
        ("Hazel will ring by fri", "hearing from Hazel by Friday"),
        # a role is said with "the"
        ("recruiter will ring by fri", "hearing from the recruiter by Friday"),
    ],
)
def test_a_person_named_by_a_word_of_the_language_is_heard_from_by_name(
    typed: str, said: str
) -> None:
    assert said in _step(typed)
