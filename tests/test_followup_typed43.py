"""A follow-up answered at `compose --ask` with a whole sentence of the candidate's own is said
as typed, once (session 43, reader 22 h172: the notes kept "he asked about JD exp and i
undersold it - " before the typed "I undersold my John Deere experience: ...", and the letter
said "You asked about JD experience and I undersold it: I undersold my John Deere experience:
..."). What the candidate owns up to in such a sentence ("I undersold", "I said") is theirs to
say; a reply that needs its question ("Yes, ...", "I have done it") is not a sentence alone. The
notes and jobs are made up; each sentence expected is written by hand.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from composer.compose import compose
from composer.models import Notes
from composer.offline import OfflineBackend
from composer.offline.leftout import LeftOut, rewritten
from composer.offline.typedwhole import answer_typed

TODAY = dt.date(2026, 12, 4)


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # the question `rewritten` keeps before the typed sentence: the sentence alone
        (
            "she asked about my sheep work and i undersold it - I undersold my lambing"
            " experience: I have run lambing for 600 ewes on my own.",
            "I undersold my lambing experience: I have run lambing for 600 ewes on my own.",
        ),
        (
            "he asked if i had my HGV - I have held my Class 1 licence since 2019.",
            "I have held my Class 1 licence since 2019.",
        ),
        # typed whole at --ask, owning up to what was said in the room
        (
            "I said I had never used Revit, but I drew two extensions in it last year.",
            "I said I had never used Revit, but I drew two extensions in it last year.",
        ),
        # a reply that needs its question is no sentence alone
        ("he asked if i had my HGV - Yes, since 2019 as well.", None),
        ("he asked if i had my HGV - I have had it for years.", None),
        # a note to self with no one owning up: still a note
        ("Should have mentioned my forklift licence.", None),
    ],
)
def test_a_typed_answer_is_said_alone(line: str, said: str | None) -> None:
    assert answer_typed(line, ["Moira Blake", "Moira", "Blake"]) == said


def _notes(follow_up: str) -> Notes:
    data: dict[str, Any] = {
        "candidate": {"name": "Owen Prys", "email": "owen.prys@example.co.uk"},
        "company": "Cefn Uchaf Farms",
        "role": "Head Shepherd",
        "interview": {"date": "2026-12-03", "format": "onsite"},
        "interviewers": [
            {
                "name": "Moira Blake",
                "title": "farm manager",
                "salutation": "Moira",
                "topics": ["the hill flock and the move to indoor lambing"],
            }
        ],
        "qualifications": ["I have eight years of experience with hill sheep"],
        "follow_up": follow_up,
        "next_steps": "she will ring next week",
        "tone": "warm",
    }
    return Notes.model_validate(data)


def test_the_asked_lead_is_not_said_before_a_typed_sentence() -> None:
    note = "she asked about my sheep work and i undersold it - ran lambing solo, 600 ewes"
    record = LeftOut("follow_up", note, "it could not be said as one clear sentence", "")
    typed = "I undersold my lambing experience: I've run lambing for 600 ewes on my own."
    notes = rewritten(_notes(note), record, typed)
    assert notes.follow_up is not None and notes.follow_up.startswith("she asked about")
    backend = OfflineBackend(answered=frozenset([notes.follow_up]))
    text = compose(notes, backend=backend, today=TODAY)[0].text
    assert "I undersold my lambing experience: I have run lambing for 600 ewes on my own." in text
    assert text.count("undersold") == 1
    assert "You asked" not in text
