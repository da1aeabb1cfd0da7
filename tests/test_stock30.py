"""At most one stock sentence beyond the thanks and the next step (stock30): a letter short of
its length says more of the candidate's notes first (a point the plan gave a colleague's
letter, then one more of this reader's topics); thanks again, an offer of more and a line of
interest stack up only where the letter would otherwise break the length rule as an error.
Each expectation is reasoned as the candidate would want it, never copied from output."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path
from typing import Any

from composer import compose, load_notes
from composer.models import Notes
from composer.offline import phrasebook
from composer.offline.usable import usable_points
from composer.offline.writer import Writer

EXAMPLES = Path(__file__).parent.parent / "examples"
READERS = Path(__file__).parent / "corpus" / "readers"
TODAY = dt.date(2026, 12, 2)


def _stock(text: str, notes: Notes) -> list[str]:
    """The sentences of `text` that are a wording of thanks again, an offer of more or interest."""
    said = []
    for section in ("closing", "offer", "interest"):
        for wording in phrasebook.wordings(section, notes.tone, notes.channel):
            pattern = re.escape(wording).replace(r"\{company\}", ".+")
            if "{" not in wording or r"\{" not in pattern:
                said += [wording] if re.search(pattern, text) else []
    return said


def _grower(tone: str = "concise") -> Notes:
    # A glasshouse grower's panel (no such job in the corpus): the second reader talked about
    # one thing only, which no point of the candidate's is about.
    data: dict[str, Any] = {
        "candidate": {"name": "Tomasz Wilk", "email": "t.wilk@example.com"},
        "company": "Fenmoor Nurseries",
        "role": "Glasshouse Grower",
        "interview": {"date": "2026-12-01", "format": "panel"},
        "interviewers": [
            {"name": "Ruth Ellery", "title": "Head Grower", "salutation": "Ruth",
             "topics": ["the LED lighting trial in house 4", "the spring propagation schedule"]},
            {"name": "Sam Okoro", "title": "Site Manager", "salutation": "Sam",
             "topics": ["weekend cover"]},
            {"name": "Lena Voss", "title": "Technical Manager", "salutation": "Lena",
             "topics": ["pest control with biologicals", "the energy bill this winter"]},
        ],
        "qualifications": ["Level 3 diploma in horticulture",
                           "5 yrs growing tomatoes under glass"],
        "highlights": ["cut heating gas use 12% with thermal screens",
                       "brought in Encarsia for whitefly, no sprays for 2 seasons"],
        "next_steps": "they'll be in touch",
        "tone": tone,
        "channel": "email",
    }  # fmt: skip
    return Notes.model_validate(data)


def test_a_short_letter_says_a_colleagues_point_before_stacking_stock_sentences() -> None:
    # h12: Dev Mistry's printed letter (rota, Cliniko) said Callum's MSK years and then three
    # stock sentences ("I left our conversation even more excited about joining the team. I am
    # grateful for the time you spent with me. ... If anything else from me would help, just let
    # me know."). His HCPC registration or the ACL class (Fiona's letter may say them) say more.
    for tone in ("concise", "warm", "formal"):
        notes = load_notes(READERS / "h12.json").model_copy(
            update={"tone": tone, "channel": "letter"}
        )
        text = compose(notes, today=TODAY)[1].text
        # session 40: the MSc (typed "(part-time, finished 2022)", left out before) is one too
        assert any(p in text for p in ("HCPC", "ACL", "Sports and Exercise Medicine")), text
        assert len(_stock(text, notes)) <= 1, text


def test_a_held_out_panels_short_letter_says_the_candidates_points() -> None:
    # Sam's email has one topic and nothing of the candidate's about it: it says two of the
    # candidate's points and at most one stock sentence (the plan already gives it them).
    for tone in ("concise", "warm", "formal"):
        notes = _grower(tone)
        text = compose(notes, today=TODAY)[1].text
        points = ("Level 3", "tomatoes", "thermal screens", "Encarsia")
        assert sum(p in text for p in points) >= 2, text
        assert len(_stock(text, notes)) <= 1, text


def test_asking_whether_a_letter_needs_more_leaves_its_wordings_as_they_were() -> None:
    # The trial pads a copy: the wordings it picks are given back, so a letter that needs no
    # more is written as if nothing had been asked.
    writer = Writer(_grower(), 1, today=TODAY)
    plan = writer._unflagged(writer.plan())
    before = (set(writer.used), set(writer.moods), set(writer.frames), list(writer.notices))
    kept = list(plan)
    writer._needs_second_stock(plan)
    assert (writer.used, writer.moods, writer.frames, writer.notices) == (
        before[0],
        before[1],
        before[2],
        before[3],
    )
    assert plan == kept


def test_an_email_never_takes_a_point_a_colleagues_letter_may_say(monkeypatch: Any) -> None:
    # Kjetil's email (panel_three), short of its length: a point of Mei-Ling's that no
    # colleague's letter may say is his to take; one that a colleague's may say is not (the panel
    # compares letters: reader 3).
    notes = load_notes(EXAMPLES / "panel_three.json")
    for carriers, grows in ((0, True), (1, False)):
        writer = Writer(notes, 1, today=TODAY)
        counted = Counter({p: carriers for p in usable_points(notes)})
        monkeypatch.setattr(writer, "_carried", lambda counted=counted: counted)
        plan = writer._unflagged(writer.plan())
        assert (len(writer._fill(list(plan), colleagues=True)) > len(plan)) is grows
