"""Follow-ups and next steps read by their shape (session 30, reader 10's faults).

Each test plants a line of a shape, typed for a job the corpus does not have, with the sentence
a candidate would want written by hand: the answer after the dash is the candidate's ("passed it
on the day" -> "I passed it"), a no to doing it alone keeps what there was, a yes keeps the
candidate's own word, and a person named in a next step is "you" in their own letter.
"""

from __future__ import annotations

import datetime as dt

import pytest

from composer.offline.agreeing import agreed
from composer.offline.followup import follow_up_line
from composer.offline.nextsteps import next_steps_line, reader_names
from composer.offline.phrasebook import Variation
from composer.offline.replied import reply
from tests.fakes import FirstChoice


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # a time that places the deed at one moment: the simple past
        (
            "Ms Obi asked abt the swim test - passed it on the day",
            "To add to my answer on the swim test: I passed it on the day.",
        ),
        (
            "he asked abt the gas safe exam - passed it first time",
            "To add to my answer on the gas safe exam: I passed it first time.",
        ),
        # a past that is also a participle, with a time: still the simple past
        (
            "Raj asked abt rope access - fitted the anchors on the Leeds job last yr",
            "To add to my answer on rope access: I fitted the anchors on the Leeds job last year.",
        ),
    ],
)
def test_a_dated_answer_is_said_in_the_simple_past(line: str, said: str) -> None:
    assert follow_up_line(line, frozenset(), "warm", "email", FirstChoice("")) == said


class ShouldHaveFirst(Variation):
    """Takes a wording with "should have" whenever the options offer one."""

    def order(self, slot, options):  # type: ignore[no-untyped-def]
        return sorted(options, key=lambda o: "should have" not in o)


@pytest.mark.parametrize("tone", ["formal", "warm"])
def test_an_answer_given_in_the_room_is_never_what_should_have_been_said(tone: str) -> None:
    line = "Ms Obi asked abt the swim test - passed it on the day"
    said = follow_up_line(line, frozenset(), tone, "letter", ShouldHaveFirst(""))
    assert said is not None and "should have" not in said
    assert said.endswith("I passed it on the day.")


def test_a_note_that_it_was_not_said_is_said_as_an_addition() -> None:
    line = "Ms Obi asked abt the swim test - forgot to say I passed it on the day"
    said = follow_up_line(line, frozenset(), "formal", "letter", ShouldHaveFirst(""))
    assert said == "On the swim test, I would add that I passed it on the day."


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "asked if I'd written a method statement myself - not solo, but checked + signed "
            "approx 30",
            "You asked whether I had written a method statement myself: I have not done it on my "
            "own, but I have checked and signed about 30.",
        ),
        (
            "Kim asked if I'd run a night shift alone - not independently, but shadowed 4",
            "You asked whether I had run a night shift alone: I have not done it independently, "
            "but I have shadowed 4.",
        ),
    ],
)
def test_a_no_to_doing_it_alone_keeps_what_there_was(line: str, said: str) -> None:
    assert reply(line) == said
    assert follow_up_line(line, frozenset(), "warm", "email", FirstChoice("")) == said


def test_a_no_to_doing_it_alone_with_no_deed_after_it_is_not_said_back() -> None:
    assert reply("asked if I'd written a method statement myself - not solo, but 30") is None


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "he asked if I'd cover the late clinic - yes happy to",
            "I would be happy to cover the late clinic.",
        ),
        (
            "she asked if I'd mentor the apprentices - yes keen to",
            "I would be keen to mentor the apprentices.",
        ),
        (
            "he asked if I'd cover the late clinic - yes",
            "I would be glad to cover the late clinic.",
        ),
        (
            "asked if I could start before the spring season - yes, 4 wks notice",
            "I could start before the spring season, with four weeks' notice.",
        ),
    ],
)
def test_a_yes_keeps_the_candidates_word_and_the_notice_to_start(line: str, said: str) -> None:
    assert agreed(line) == said


def test_a_notice_after_a_yes_to_anything_but_starting_is_not_said() -> None:
    assert agreed("asked if I'd relocate to Hull - yes, 4 wks notice") is None


def test_a_concession_typed_with_also_and_any_past_participle_is_granted() -> None:
    line = "she also said I hadn't shod many hunters - true but I did the farriery placement at Ely"
    said = follow_up_line(line, frozenset(), "warm", "email", FirstChoice(""))
    assert said == "Although I have not shod many hunters, I did the farriery placement at Ely."


def test_years_in_brackets_after_a_deed_are_said_as_when() -> None:
    line = "she said I hadn't done much live captioning - true but did 3 galas (2023 + 2025)"
    said = follow_up_line(line, frozenset(), "warm", "email", FirstChoice(""))
    assert said == (
        "Although I have not done much live captioning, I did three galas, in 2023 and 2025."
    )


def _step(line: str, name: str, title: str) -> str:
    reader = reader_names(name, title, None)
    return next_steps_line(line, frozenset(), "warm", "email", FirstChoice(""), reader=reader)


def test_a_reader_named_in_a_step_is_you_in_their_own_letter() -> None:
    line = "site visit w/ Priya next thurs"
    assert _step(line, "Priya Shah", "Operations Lead") == (
        "I look forward to the site visit with you next Thursday"
    )
    assert _step(line, "Owen Hart", "Director") == (
        "I look forward to the site visit with Priya next Thursday"
    )


def test_a_name_with_ll_is_who_calls_and_the_start_after_an_offer_is_left_out() -> None:
    line = "Sonny'll call by fri prob, start early feb on the depot job"
    assert (
        _step(line, "Sonny Ruiz", "Yard Manager") == "I look forward to hearing from you by Friday"
    )
    assert (
        _step(line, "Ada Quinn", "HR Partner") == "I look forward to hearing from Sonny by Friday"
    )


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # a check after the news is the process of one who got through, not the step welcomed
        (
            "decision after they've met everyone, prob by thurs, then DBS",
            "I look forward to hearing from you by Thursday",
        ),
        # who said which days, after the time the step gives: the step's own time stands
        (
            "decision early next wk, Omar said prob tue/wed",
            "I look forward to hearing from you early next week",
        ),
        # who arranges a step already named: no step of its own
        (
            "panel w/ the CTO next wk, HR to schedule",
            "I look forward to the panel with the CTO next week",
        ),
    ],
)
def test_a_part_after_the_step_that_is_no_step_is_left_out(line: str, said: str) -> None:
    assert _step(line, "Lena Ford", "Head of Data") == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("they'll call in 6-8 weeks", "I look forward to hearing from you in six to eight weeks"),
        ("outcome in 2-3 wks", "I look forward to hearing from you in two to three weeks"),
    ],
)
def test_a_span_typed_as_a_range_is_said_in_words(line: str, said: str) -> None:
    assert _step(line, "Lena Ford", "Head of Data") == said


def test_an_answer_typed_as_the_candidates_own_sentence_is_said_back() -> None:
    # as typed at compose's question, after the question kept in front
    line = (
        "Dr Osei asked abt triage codes - on triage codes, I used ATS in the test but MTS is "
        "what we use at my trust"
    )
    said = follow_up_line(line, frozenset(), "warm", "email", FirstChoice(""))
    assert said == (
        "You asked about triage codes: I used ATS in the test, but MTS is what we use at my trust."
    )


def test_an_own_sentence_about_another_topic_is_not_said_back() -> None:
    line = "Dr Osei asked abt triage codes - on the rota, I used ATS in the test"
    assert reply(line) is None


def test_a_yes_typed_as_a_sentence_with_its_notice_is_said_once() -> None:
    line = (
        "Priya asked if I could start before the spring audit - yes I can start before the "
        "spring audit, I only need to give 4 weeks notice"
    )
    assert agreed(line) == "I could start before the spring audit, with four weeks' notice."


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # interview Monday 30 November 2026: Friday 11th is 11 December
        ("decision by fri 11th", "I look forward to hearing from you by Friday 11 December"),
        # a weekday that is not that day's: a slip, never turned into a wrong date
        ("decision by fri 12th", "I look forward to hearing from you by Friday 12th"),
    ],
)
def test_a_weekday_with_its_day_of_the_month_gets_its_month(line: str, said: str) -> None:
    days = (dt.date(2026, 11, 30), dt.date(2026, 12, 2))
    reader = reader_names("Lena Ford", "Head of Data", None)
    got = next_steps_line(
        line, frozenset(), "warm", "email", FirstChoice(""), reader=reader, days=days
    )
    assert got == said
