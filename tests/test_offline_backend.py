"""The offline backend picks a wording that does not repeat an earlier letter of the panel."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

import pytest

from composer.backends.base import DraftRequest
from composer.models import Notes
from composer.offline import OfflineBackend
from composer.offline.writer import Written
from composer.rules.report import Report

backend_module = importlib.import_module("composer.offline.backend")

SHARED = (
    "Thank you for meeting me on Tuesday about the design role.\n\n"
    "I enjoyed hearing how the team plans its research.\n\n"
    "I look forward to hearing about the next steps.\n"
)
# A body of the reader's own: every sentence names their place in the panel.
OWN = (
    "Your account of clinic visit {n} stayed with me on the way home.\n\n"
    "Watching patients use booking screen {n} would teach me a great deal.\n\n"
    "I hope we can talk again soon about study {n}.\n"
)


@dataclass
class FakeWriter:
    """Salt 0 writes the same body to everyone; any other salt a body of the reader's own."""

    notes: Notes
    index: int
    today: object = None
    salt: int = 0
    adjust: object = None
    earlier: object = None
    answered: object = None

    def write(self) -> Written:
        name = self.notes.interviewers[self.index].name
        body = SHARED if self.salt == 0 else OWN.format(n=self.index)
        return Written(text=f"Dear {name},\n\n{body}\nKind regards,\nAlex")


@pytest.fixture
def fake_writer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backend_module, "Writer", FakeWriter)
    # Every wording passes the single-letter rules: only the panel check tells them apart.
    monkeypatch.setattr(
        backend_module, "check_letter", lambda text, notes, to=None: Report(to=to or "", words=1)
    )


def test_a_later_letter_that_repeats_an_earlier_one_gets_another_wording(
    fake_writer: None, panel_notes: Notes
) -> None:
    backend = OfflineBackend()
    first, second, third = (
        backend.draft(DraftRequest(notes=panel_notes, interviewer=person)).text
        for person in panel_notes.interviewers
    )
    assert SHARED in first  # the first letter has nothing before it to repeat
    assert SHARED not in second and "about study 1." in second
    # The third repeats neither the first (the shared body) nor the second (its own body).
    assert SHARED not in third and "about study 2." in third


def test_a_lone_letter_keeps_its_first_wording(fake_writer: None, warm_notes: Notes) -> None:
    [person] = warm_notes.interviewers
    text = OfflineBackend().draft(DraftRequest(notes=warm_notes, interviewer=person)).text
    assert SHARED in text
