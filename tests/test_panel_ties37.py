"""Ties that are true (panel, session 37): an acronym typed in the plural ("45 overdue CAPAs")
is the same code as in the singular ("the CAPA backlog"), so the point goes to the topic it is
about and not to a topic it is only near. Expectations are reasoned by hand from the notes."""

from __future__ import annotations

import re
from pathlib import Path

from composer import compose, load_notes
from composer.offline.themes import tie_strength
from composer.offline.ties import generic_of, tie
from composer.offline.usable import stems

READERS = Path(__file__).parent / "corpus" / "readers"


def _strength(point: str, topic: str) -> int:
    return tie_strength(point, topic, stems(point), stems(topic), frozenset())


def test_a_plural_acronym_is_the_same_code() -> None:
    assert _strength("Closed 45 overdue CAPAs in nine months", "CAPA backlog of 60 items") > 0
    assert _strength("no ACLs in three seasons of 1st XV rugby", "return to play after ACL") > 0
    assert _strength("closed seven MRAs with no repeat findings", "MRA closure evidence") > 0


def test_a_plural_is_no_code_of_another_acronym() -> None:
    # "PTs" is the PT, not the PTSD clinic; "IDs" is no "ID card" when nothing else is shared
    assert _strength("my PTs went from 18 to 26 sessions", "the PTSD clinic waiting list") == 0


def test_reader16s_overdue_capas_answer_the_capa_backlog() -> None:
    # reader 16: "On that point, I led process validation ..." after the CAPA backlog was a
    # wrong link; the 45 overdue CAPAs closed are the answer to 60 open ones
    notes = load_notes(READERS / "reader16" / "h123.json")
    generic = generic_of(notes)
    backlog = notes.interviewers[0].topics[0]
    assert tie("Closed 45 overdue CAPAs in nine months at Stryvant Orthopedics", backlog, generic)
    karen = compose(notes)[0].text
    said = re.search(r"CAPA backlog[^.]*\.\s+(?P<next>[^.]*\.)", karen)
    assert said is not None and "closed 45 overdue CAPAs" in said.group("next")
