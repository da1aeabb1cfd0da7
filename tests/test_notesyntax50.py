"""Shorthand is put into English, or left out; never pasted raw (reader 33's h237, h240, h241:
"to talk about nights 3x12h, A&E and theatres", "the climb test 80m tower", "the merged team /
shorter queues / ...", "the bank's academy/intranet"). The shapes with one reading are spelled
out (`notesyntax.spelled`, run by `shorthand.expand`); a sentence that still carries a note's
syntax is stopped by the last gate (`notesyntax.note_syntax`). Expected text written by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from composer import compose
from composer.models import Notes
from composer.offline.items import read_point
from composer.offline.lastgate import last_gate
from composer.offline.shorthand import expand

TODAY = dt.date(2026, 12, 4)


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("nights 3x12h, A&E + theatres", "three 12-hour nights, A&E and theatres"),
        ("covered 4x10h shifts in the bakery", "covered four 10-hour shifts in the bakery"),
        ("3x8h shifts a week", "three 8-hour shifts a week"),
        ("staff training 2x half days", "staff training two half days"),
        ("swim squad 3x a week", "swim squad three times a week"),
        ("walk-ins/day up by a third", "walk-ins per day up by a third"),
        ("handled ~60/day at peak", "handled about 60 a day at peak"),
        ("picks/hr up", "picks per hour up"),
        ("ran the wedding fairs 2x a year", "ran the wedding fairs twice a year"),
        # reader 33's h237: "I would check the pattern 1st."
        ("check the pattern 1st (time of day)", "check the pattern first (time of day)"),
        ("call the carrier 1st, then the customer", "call the carrier first, then the customer"),
        ("coached the 1st XV", "coached the 1st XV"),
    ],
)
def test_note_syntax_with_one_reading_is_spelled_out(typed: str, said: str) -> None:
    assert expand(typed) == said


@pytest.mark.parametrize(
    "sentence",
    [
        "I was glad we had the chance to talk about nights 3x12h, A&E and theatres.",
        "I valued the time we spent on the climb test 80m tower.",
        "What I would hope to bring is steady leadership for the merged team / shorter queues.",
        "Thank you for recommending the course on the bank's academy/intranet.",
        "I valued the time we spent on Mon/Thu late hours until 8pm.",
        "I enjoyed our conversation about living up the tower 14 days on.",
        "What I would hope to bring is 5S in bay 3 and daily huddle 10 minutes.",
        "It was good to talk about nights 4on/4off with you.",
        "I valued the time we spent on the late clinics Tue/Thu.",
        "I kept the backlog to 15/wk.",
    ],
)
def test_a_sentence_with_note_syntax_is_stopped(sentence: str) -> None:
    assert last_gate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I rewrote the lockout/tagout procedures for 22 machines.",
        "I dismantled a 40m beech over a listed roof with zero damage.",
        "On the case study: I said DSCR 1.1x, but it is 1.18x.",
        "I have four years of experience in AR/AP at a logistics company.",
        "I have run the helpdesk 24/7 for two years.",
        "I test 80 samples a day.",
        "I drive a 4x4 on the forestry roads.",
        "I would hold a short huddle 10 minutes before each shift.",
    ],
)
def test_english_with_a_slash_or_a_figure_passes(sentence: str) -> None:
    assert not last_gate(sentence)


def _letter(topic: str) -> str:
    data = {
        "candidate": {"name": "Callum Reid", "email": "callum@example.com"},
        "company": "Royal Forth Infirmary",
        "role": "Porter",
        "interview": {"date": "2026-12-03", "format": "onsite"},
        "interviewers": [
            {"name": "Fiona MacLeod", "title": "Portering Supervisor", "topics": [topic]}
        ],
        "qualifications": ["two years in a warehouse, with a forklift licence"],
        "tone": "warm",
    }
    return " ".join(compose(Notes.model_validate(data), today=TODAY)[0].text.split())


@pytest.mark.parametrize(
    ("topic", "said", "never"),
    [
        ("nights 3x12h, A&E + theatres", "12-hour nights, A&E and theatres", "3x12h"),
        ("the new rota 4on/4off", "", "4on/4off"),
        ("late clinics Tue/Thu", "", "Tue/Thu"),
    ],
)
def test_a_topic_typed_in_note_syntax_is_said_or_left_out(
    topic: str, said: str, never: str
) -> None:
    letter = _letter(topic)
    assert never not in letter
    assert said in letter


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 33's h237: "I sat queue about 35, with about 15 minutes."
        (
            "Sat queue ~35 -> ~15 min (appointment slots + greeter at the door)",
            "I helped bring the Saturday queue down from about 35 to about 15 minutes",
        ),
        ("wait ~40 -> 12 min", "I helped bring the wait down from about 40 to 12 minutes"),
        (
            "Mon backlog ~60 -> ~20",
            "I helped bring the Monday backlog down from about 60 to about 20",
        ),
    ],
)
def test_a_change_typed_with_about_figures_is_said_whole(typed: str, said: str) -> None:
    clause = read_point(typed).said
    assert clause is not None
    assert f"{clause.subject} {clause.verb} {clause.rest}" == said
