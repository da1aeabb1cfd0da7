"""Letter text that looks like markup in the output format stays text: mbox "From " lines and
Markdown line starts. The expected outputs are written out by hand."""

from __future__ import annotations

import mailbox
from dataclasses import replace
from pathlib import Path

import pytest

from composer.compose import Letter, compose
from composer.models import Notes
from composer.output import render, render_markdown


@pytest.fixture
def panel_letters(panel_notes: Notes) -> list[Letter]:
    return compose(panel_notes)


def _with_body(letter: Letter, body: str) -> Letter:
    return replace(letter, body=body)


def test_mbox_escapes_from_lines_in_a_body(
    panel_letters: list[Letter], panel_notes: Notes, tmp_path: Path
) -> None:
    body = "Dear Amélie,\n\nFrom the first minute I felt welcome.\n>From a quote.\n\nBest,\nMei"
    letters = [_with_body(panel_letters[0], body), panel_letters[1]]
    raw = render(letters, panel_notes, "eml", when=0.0)
    # mboxrd: "From " and ">From " at a line start gain one more ">"
    assert b"\n>From the first minute I felt welcome.\n>>From a quote.\n" in raw
    assert b"\nFrom the first" not in raw
    path = tmp_path / "drafts.mbox"
    path.write_bytes(raw)
    box = mailbox.mbox(str(path), create=False)
    try:
        messages = list(box)
    finally:
        box.close()
    # an unescaped "From " line would start a third message in the middle of the first
    assert len(messages) == 2
    first = messages[0].get_payload(decode=True).decode("utf-8")
    assert ">From the first minute I felt welcome.\n>>From a quote.\n" in first
    assert "Kjetil" not in first and "Kjetil" in messages[1].get_payload(decode=True).decode()


def test_markdown_escapes_a_heading_a_list_and_a_quote_at_a_line_start(
    panel_letters: list[Letter],
) -> None:
    body = (
        "Dear Amélie,\n\n"
        "# of reasons\n"
        "- the team\n"
        "+ the product\n"
        "1. the onboarding flow\n"
        "2) the research\n"
        "  3. indented\n"
        "> not a quote\n"
        "###### six\n\n"
        "C# and #hashtag and 4. mid-line, x - y, 10.5 stay as they are.\n\n"
        "Best,\nMei"
    )
    markdown = render_markdown([_with_body(panel_letters[0], body)])
    expected = (
        "\\# of reasons  \n"
        "\\- the team  \n"
        "\\+ the product  \n"
        "1\\. the onboarding flow  \n"
        "2\\) the research  \n"
        "  3\\. indented  \n"
        "\\> not a quote  \n"
        "\\###### six\n\n"  # one backslash is enough: "\\#" cannot open a heading
    )
    assert expected in markdown, markdown
    assert "\nC# and #hashtag and 4. mid-line, x - y, 10.5 stay as they are.\n" in markdown
