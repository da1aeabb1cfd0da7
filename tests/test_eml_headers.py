"""An .eml draft's headers never carry a line break, whatever the model wrote in its subject."""

from __future__ import annotations

from email import message_from_bytes, policy
from pathlib import Path

import pytest

from composer.backends.base import Draft, DraftRequest
from composer.compose import compose
from composer.models import Notes
from composer.output import header_text, render, render_eml
from tests.test_model_compose import GOOD


class Writes:
    """A backend that answers every request with one fixed draft."""

    name = "fixed"
    deterministic = False

    def __init__(self, text: str) -> None:
        self.text = text

    def draft(self, request: DraftRequest) -> Draft:
        return Draft(self.text)

    def use_prompts(self, prompts: object) -> None:
        """No prompts: the draft is fixed."""


BREAKS = ["\r\n", "\r", "\n", "\u2028", "\u2029", "\x85", "\x0b", "\x00"]
# Plain ids: mutmut cannot run a test whose id holds a backslash (its first clean run fails).
NAMES = ["CRLF", "CR", "LF", "LS", "PS", "NEL", "VT", "NUL"]


@pytest.mark.parametrize("brk", BREAKS, ids=NAMES)
def test_a_line_break_in_the_subject_never_makes_a_header(warm_notes: Notes, brk: str) -> None:
    subject = f"Thank you for the Senior Data Engineer interview{brk}Bcc: everyone@example.com"
    text = GOOD.replace(
        "Subject: Thank you for the Senior Data Engineer interview", f"Subject: {subject}"
    )
    [letter] = compose(warm_notes, backend=Writes(text), today=None)
    raw = render_eml(letter, warm_notes)  # no exception: the letter is delivered
    message = message_from_bytes(raw, policy=policy.default)
    assert message["Bcc"] is None
    assert set(message.keys()) <= {
        "To",
        "From",
        "Subject",
        "Date",
        "X-Unsent",
        "MIME-Version",
        "Content-Type",
        "Content-Transfer-Encoding",
        "X-Thankyou-Problems",
    }
    shown = " ".join(str(message["Subject"]).split())  # a long header is folded, then unfolded
    assert shown.startswith("Thank you for the Senior Data Engineer interview")
    if brk not in ("\n", "\r\n"):  # (a real line end ends the subject line before the Bcc)
        assert shown.endswith("Bcc: everyone@example.com")  # words on the one line
    assert "Dear Ms. Whitfield," in message.get_body().get_content()  # type: ignore[union-attr]


def test_the_mbox_of_a_panel_with_broken_subjects_is_written(
    panel_notes: Notes, tmp_path: Path
) -> None:
    text = (
        "Subject: Thanks\u2028again\n\nDear Amélie,\n\nThank you.\n\nBest regards,\nMei-Ling Zhou"
    )
    letters = compose(panel_notes, backend=Writes(text))
    data = render(letters, panel_notes, "eml")
    assert data.count(b"\nSubject: Thanks again\n") == 3


def test_header_text() -> None:
    assert header_text("a\r\nb\u2028c\x85d\te") == "a b c d e"
    assert header_text("Zoë Ølstad") == "Zoë Ølstad"
