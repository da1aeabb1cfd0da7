"""A line the candidate marked as their strongest or must-say point (session 52, reader 37: the
point the candidate marked was left out of 13 of 16 blind letters). The mark is read once, in
every field, and set aside before the line is read: "(she liked the dispatch bit)", "-- Marta
was impressed", "mention!!", "NB say ...", "- key point", "(important!!)", "!!". The line is then
kept and said first among its kind, in the letter of the reader the mark names; a liking of a
named thing is said as the candidate glad of it. The notes and jobs are made up; each sentence
expected is written by hand.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from composer.compose import compose
from composer.models import Notes
from composer.offline import OfflineBackend
from composer.offline.marks import Mark, liking_line, unmarked
from composer.offline.pasted import pasted
from composer.offline.pointpolish import polished
from composer.offline.realise import Clause

TODAY = dt.date(2026, 12, 4)
PANEL = frozenset(["marta", "graham"])


@pytest.mark.parametrize(
    ("field", "typed", "line", "kind", "who", "thing"),
    [
        # the reader's liking, in brackets or after a dash, of the whole line or of a thing
        ("highlights", "fixed the ward handover sheet - she liked it",
         "fixed the ward handover sheet", "liked", "she", None),
        ("topics", "grant budgets (he liked my budget narrative)", "grant budgets", "liked", "he",
         "my budget narrative"),
        ("highlights", "ran night audits -- Marta was impressed", "ran night audits", "liked",
         "Marta", None),
        ("topics", "rota gaps -> graham seemed to like that", "rota gaps", "liked", "graham", None),
        # an order to say it, at the head or the tail
        ("follow_up", "NB say I can start 5 Jan", "I can start 5 Jan", "must", None, None),
        ("qualifications", "mention!! - HGV class 1", "HGV class 1", "must", None, None),
        ("contribution", "a proper returns shelf (important!!)", "a proper returns shelf", "must",
         None, None),
        ("qualifications", "ADR certificate - key point", "ADR certificate", "must", None, None),
        ("highlights", "won the regional safety award !!", "won the regional safety award",
         "must", None, None),
        ("topics", "shrinkage on the night shift -- went well", "shrinkage on the night shift",
         "must", None, None),
        ("follow_up", "forgot my forklift ticket - add it!!", "forgot my forklift ticket", "must",
         None, None),
    ],
)  # fmt: skip
def test_a_mark_is_set_aside_and_read(
    field: str, typed: str, line: str, kind: str, who: str | None, thing: str | None
) -> None:
    bare, mark = unmarked(typed, field, PANEL)
    assert bare == line
    assert mark is not None
    assert (mark.kind, mark.who, mark.thing) == (kind, who, thing)


@pytest.mark.parametrize(
    ("field", "typed"),
    [
        ("highlights", "set up a homework club at prev school - parents loved it"),  # not a reader
        ("highlights", "ran night audits -- Sam was impressed"),  # no one on the panel
        ("rapport", "running her first marathon sunday!!"),  # their news, excited
        ("topics", "liked my staging but wants clearer screen direction"),  # inside the line
        # the room itself: what was shown, how it went (main's dump: "I have experience editing
        # test went fine I think, ...")
        ("highlights", "showed them my site diary - they seemed to like it"),
        ("highlights", "group task went ok i think, they liked my notes"),
    ],
)
def test_what_is_no_mark_stays_as_typed(field: str, typed: str) -> None:
    assert unmarked(typed, field, PANEL) == (typed, None)


def _notes(**changes: Any) -> Notes:
    notes: dict[str, Any] = {
        "candidate": {"name": "Kofi Mensah", "email": "kofi@example.com"},
        "company": "Brightline Couriers",
        "role": "Depot Supervisor",
        "interview": {"date": "2026-12-03", "format": "onsite"},
        "interviewers": [
            {"name": "Marta Kowalska", "title": "Operations Manager", "salutation": "Marta",
             "topics": ["peak season staffing", "route planning"]},
            {"name": "Graham Reid", "title": "HR Partner", "salutation": "Graham",
             "topics": ["absence management", "agency drivers"]},
        ],
        "qualifications": ["5 yrs multi-drop driving", "forklift licence"],
        "highlights": ["trained 12 new drivers on the scanners"],
        "next_steps": "decision next week",
        "tone": "warm",
        "channel": "email",
    }  # fmt: skip
    notes.update(changes)
    return Notes.model_validate(notes)


def _letters(notes: Notes) -> list[str]:
    return [letter.text for letter in compose(notes, backend=OfflineBackend(), today=TODAY)]


@pytest.mark.parametrize(
    ("highlight", "reader", "said", "after"),
    [
        # said on its own, before the letter's other points said on their own
        (
            "cut van idle time 20% w/ a new loading order -- Marta was impressed",
            0,
            "I cut van idle time by 20% with a new loading order",
            "five years of multi-drop driving",
        ),
        # in the letter of the reader it names, led by the role after the topics
        (
            "cut sick days 30% w/ return-to-work chats -- graham seemed to like that",
            1,
            "For the role, I would draw on my work so far: I cut sick days by 30% with "
            "return-to-work chats.",
            "I look forward",
        ),
    ],
)
def test_a_highlight_marked_as_liked_is_said_first_in_that_readers_letter(
    highlight: str, reader: int, said: str, after: str
) -> None:
    notes = _notes(highlights=["trained 12 new drivers on the scanners", highlight])
    letters = _letters(notes)
    assert said in letters[reader]
    assert letters[reader].index(said) < letters[reader].index(after)
    assert said not in letters[1 - reader]
    assert "impressed" not in letters[reader] and "seemed" not in letters[reader]


def test_a_liking_of_a_named_thing_in_a_topic_is_said_as_the_candidate_glad_of_it() -> None:
    topics = [
        "peak season staffing",
        "route planning (she liked my idea of a colour-coded van map)",
    ]
    notes = _notes()
    panel = [notes.interviewers[0].model_copy(update={"topics": topics}), notes.interviewers[1]]
    text = _letters(notes.model_copy(update={"interviewers": panel}))[0]
    assert "I was glad you liked my idea of a colour-coded van map." in text
    assert "she liked" not in text and "(" not in text


@pytest.mark.parametrize(
    ("field", "typed", "said"),
    [
        ("contribution", "set up a proper returns shelf (important!!)",
         "set up a proper returns shelf."),
        # main pasted the mark: "I also hold an HGV class 1 licence (key point)."
        ("qualifications", "HGV class 1 licence - key point", "an HGV class 1 licence."),
        ("qualifications", "mention!! - driver CPC up to date", "My driver CPC is up to date."),
    ],
)  # fmt: skip
def test_a_line_marked_to_say_is_said_without_its_mark(field: str, typed: str, said: str) -> None:
    value: Any = typed if field == "contribution" else ["5 yrs multi-drop driving", typed]
    letters = _letters(_notes(**{field: value}))
    assert any(said in text for text in letters)
    assert not any(mark in text for text in letters for mark in ("!", "important", "key point"))


@pytest.mark.parametrize(
    ("sentence", "spliced"),
    [
        # a marked line's note shape no longer hides behind its mark: the gate stops it
        ("I called more than 200 shows of the tour, never missed a cue.", True),
        ("I ran the desk for six years, always hit the target.", True),
        ("I ran the shop, often alone.", False),  # no verb after the adverb
        ("I worked nights, and I never missed a shift.", False),  # its own subject
    ],
)
def test_a_past_after_an_adverb_spliced_on_after_a_comma_is_stopped(
    sentence: str, spliced: bool
) -> None:
    assert bool(pasted(sentence)) is spliced


@pytest.mark.parametrize(
    ("line", "thing", "liking"),
    [
        # the step a "bit" names, said as an idea; a bit no step names says nothing
        ("asked about a burst main -> said: isolate the valve, warn the school early",
         "the school bit", "she liked the idea of warning the school early"),
        ("ran a rondo with the u12s", "the pressing bit", None),
    ],
)  # fmt: skip
def test_the_bit_liked_is_the_step_it_names(line: str, thing: str, liking: str | None) -> None:
    assert liking_line(Mark("liked", "she", thing), line) == liking


@pytest.mark.parametrize(
    ("verb", "rest", "said"),
    [
        # a past typed after its adverb and a comma gets its own "I" (main's dump: "I gave
        # evidence in crown court nine times, never had a report excluded.")
        ("gave", "evidence in crown court nine times, never had a report excluded",
         "I gave evidence in crown court nine times, and I never had a report excluded"),
        ("called", "200 shows of the tour, never missed a cue",
         "I called 200 shows of the tour, and I never missed a cue"),
        ("ran", "the shop, often alone", "I ran the shop, often alone"),
    ],
)  # fmt: skip
def test_a_past_after_its_adverb_and_a_comma_gets_its_subject(
    verb: str, rest: str, said: str
) -> None:
    assert polished(Clause("I", verb, rest)).text() == said
