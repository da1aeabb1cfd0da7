"""A note sentence that breaks an error rule in every wording is left out, with a notice, rather
than sent: the letter that goes out holds no sentence a rule flagged."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest

from composer.backends.base import DraftRequest
from composer.models import Interviewer, Notes
from composer.offline import OfflineBackend
from composer.rules import check_letter
from composer.rules.report import Report, Violation

backend_module = importlib.import_module("composer.offline.backend")

TODAY = dt.date(2026, 12, 1)


def _notes() -> Notes:
    return Notes.model_validate(
        {
            "candidate": {"name": "Ines Varga"},
            "company": "Kessel Water",
            "role": "Drainage Engineer",
            "interview": {"date": "2026-11-30", "format": "onsite"},
            "interviewers": [
                {"name": "Owen Pryce", "title": "Asset Manager", "topics": ["flood models"]}
            ],
            "qualifications": ["MEng Civil Engineering, Bristol 2017"],
            "highlights": [
                "built the flood model for the Zanzibar Road scheme",
                "led the culvert survey for 40 km of river",
            ],
            "next_steps": "they'll call by Friday",
            "tone": "warm",
            "channel": "email",
        }
    )


def _strict(planted: str):  # type: ignore[no-untyped-def]
    """The real rules, plus one error for any letter that holds `planted`."""

    def check(text: str, notes: Notes, to: str) -> Report:
        report = check_letter(text, notes, to=to)
        if planted not in text:
            return report
        found = Violation("grounding", "error", f'"{planted}" flagged', quote=planted)
        return report.with_violations([found])

    return check


def _draft(notes: Notes):  # type: ignore[no-untyped-def]
    request = DraftRequest(notes=notes, interviewer=notes.interviewers[0], today=TODAY)
    return OfflineBackend().draft(request)


def test_the_sentence_holding_a_flagged_quote_is_left_out_and_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    notes = _notes()
    before = _draft(notes).text
    assert "Zanzibar Road" in before  # the fact the planted rule will flag is said today
    monkeypatch.setattr(backend_module, "check_letter", _strict("Zanzibar"))
    draft = _draft(notes)
    assert "Zanzibar" not in draft.text
    assert draft.text.startswith("Subject:") and "Owen," in draft.text
    assert "Thank you" in draft.text and "Friday" in draft.text  # thanks and next step stay
    said = [n for n in draft.notices if 'flagged "Zanzibar"' in n]
    assert len(said) == 1 and "grounding rule" in said[0] and "Zanzibar Road" in said[0]
    assert check_letter(draft.text, notes, to="Owen Pryce").ok


def test_a_letter_whose_own_point_is_flagged_takes_another_point(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    notes = _notes().model_copy(
        update={
            "qualifications": [],
            "interviewers": [
                Interviewer(name="Owen Pryce", title="Asset Manager", topics=["flood modelling"]),
                Interviewer(name="Ruth Dale", title="Survey Lead", topics=["culvert surveys"]),
            ],
        }
    )
    before = _draft(notes).text
    # Owen's letter carries his own point only; the culvert survey is Ruth's
    assert "Zanzibar Road" in before and "culvert" not in before
    monkeypatch.setattr(backend_module, "check_letter", _strict("Zanzibar"))
    draft = _draft(notes)
    assert "Zanzibar" not in draft.text
    # still says why the candidate fits, with the point a colleague's letter carries
    assert "culvert survey for 40 km of river" in draft.text
    assert check_letter(draft.text, notes, to="Owen Pryce").ok


def test_quotes_match_whole_words_only() -> None:
    from composer.offline.flagged import holds as _holds

    assert _holds("about 15 hours/wk, wants fewer", "wk")
    assert not _holds("I enjoyed the work", "wk")
    assert not _holds("networking", "work")
    assert _holds("a 10.3 -> 12 upgrade", "->")
