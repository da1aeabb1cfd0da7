"""A point a colleague's letter carries, about none of this reader's topics, is kept in reserve:
the letter says its own topics more fully first and takes the point only when it is short of
its length, or when it would otherwise recall nothing of the candidate's (panel30; readers 9
and 10: h71's tenders line was in all four letters, h79's weight clinic in all four).
Each expectation is reasoned as the candidate would want it, never copied from output."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from composer import compose, load_notes
from composer.models import Notes
from composer.offline.select import select
from composer.offline.writer import Writer

READERS = Path(__file__).parent / "corpus" / "readers"
TENDERS = "led approx 30 tenders over £214k threshold"


def test_a_colleagues_point_about_none_of_their_topics_waits_in_reserve() -> None:
    # h71: one point the letters can say, four readers, none of whose topics it is about. One
    # letter carries it; the others hold it in reserve, first.
    notes = load_notes(READERS / "h71.json")
    chosen = [select(notes, i) for i in range(len(notes.interviewers))]
    carriers = [s for s in chosen if any(p.source == TENDERS for p in s.points)]
    assert len(carriers) == 1
    for selection in chosen:
        if selection not in carriers:
            assert selection.points == ()
            assert selection.reserve[0].source == TENDERS


def test_an_email_long_enough_says_a_colleagues_point_in_one_letter_only() -> None:
    # h71 as concise emails: each letter reaches its length with its own topics, so the
    # tenders line is said once across the panel, not four times.
    notes = load_notes(READERS / "h71.json").model_copy(update={"tone": "concise"})
    letters = compose(notes, today=notes.interview.date + dt.timedelta(days=1))
    assert sum("30 tenders" in letter.text for letter in letters) == 1


def _buyer() -> Notes:
    data: dict[str, Any] = {
        "candidate": {"name": "Nia Okafor", "email": "nia.okafor@example.com"},
        "company": "Harwell Foods",
        "role": "Buyer",
        "interview": {"date": "2026-11-30", "format": "panel"},
        "interviewers": [
            {"name": "Tom Reyes", "title": "Head of Procurement", "salutation": "Tom",
             "topics": ["supplier consolidation next year"]},
            {"name": "Ana Silva", "title": "Finance Director", "salutation": "Ana",
             "topics": ["month-end close timetable and accruals", "the new ERP rollout in April"],
             "rapport": ["she's running the London marathon in April"]},
        ],
        "highlights": ["cut packaging spend 18% by consolidating 9 suppliers to 3"],
        "contribution": "a faster month-end close with clean accruals",
        "next_steps": "decision by Friday",
        "tone": "formal",
    }  # fmt: skip
    return Notes.model_validate(data)


def test_a_letter_that_would_recall_nothing_of_the_candidates_takes_the_shared_point() -> None:
    # Ana's letter is long enough with her topics, the contribution and her marathon, but
    # without the one result it would say nothing the candidate has done: it takes it.
    notes = _buyer()
    assert select(notes, 1).points == ()
    text = Writer(notes, 1, today=dt.date(2026, 12, 1)).write().text
    assert "packaging spend" in text
    assert "month-end close timetable" in text
