"""Output details the other output tests let through: the coordinator's label, an .eml's Date in
the user's own time zone, the mbox's line between messages, and which paths name a file. Every
expected value is written out by hand."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from composer.backends.base import Usage
from composer.compose import Letter
from composer.errors import InputError
from composer.models import Interviewer, Notes, with_channel
from composer.output import (
    check_format,
    header_text,
    plan_files,
    render,
    render_eml,
    render_markdown,
    render_text,
    write_planned,
)
from composer.rules.report import Report, Violation

WHEN = 1795642205.0  # 2026-11-25 21:30:05 UTC


def make(
    to: str,
    body: str,
    *,
    coordinator: bool = False,
    email: str | None = None,
    errors: tuple[str, ...] = (),
) -> Letter:
    violations = tuple(Violation(rule, "error", f"{rule} is wrong") for rule in errors)
    return Letter(
        to=to,
        interviewer=Interviewer(name=to, email=email),
        subject="Thank you",
        body=body,
        text=f"Subject: Thank you\n\n{body}",
        send_by=dt.date(2026, 11, 25),
        attempts=1,
        report=Report(to=to, words=len(body.split()), violations=violations),
        usage=Usage(0, 0),
        coordinator=coordinator,
    )


@pytest.fixture
def paris_time() -> Iterator[None]:
    """The machine's clock set to Central European Time (UTC+1 in November), then set back."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TZ", "CET-1")  # a POSIX rule: needs no time zone database
        time.tzset()
        yield
    time.tzset()


def test_the_coordinator_letter_is_labelled_in_text_and_markdown() -> None:
    dana = make("Dana Lee", "Dear Dana,\n\nThanks.")
    sam = make("Sam Roy", "Dear Sam,\n\nThanks.", coordinator=True)
    text = render_text([dana, sam])
    # " Letter 2 of 2: to Sam Roy (coordinator) " is 41 characters: 31 "=", the odd one right
    assert "=" * 15 + " Letter 2 of 2: to Sam Roy (coordinator) " + "=" * 16 + "\n" in text
    assert " Letter 1 of 2: to Dana Lee " in text and "Dana Lee (coordinator)" not in text
    markdown = render_markdown([dana, sam])
    assert "## To Dana Lee\n" in markdown
    assert "## To Sam Roy (coordinator)\n" in markdown


def test_an_eml_is_dated_in_the_users_own_time_zone(paris_time: None, warm_notes: Notes) -> None:
    letter = make("Dana Lee", "Dear Dana,\n\nThanks.")
    raw = render_eml(letter, warm_notes, when=WHEN)
    # 21:30:05 UTC is 22:30:05 in Paris; a UTC date would say "+0000" or "-0000"
    assert b"\nDate: Wed, 25 Nov 2026 22:30:05 +0100\n" in raw


def test_an_mbox_puts_one_empty_line_between_messages(warm_notes: Notes) -> None:
    dana = make("Dana Lee", "Dear Dana,\n\nThanks.\n\nBest,\nPriya")
    omar = make("Omar Haddad", "Dear Omar,\n\nThanks.\n\nBest,\nPriya")
    raw = render([dana, omar], warm_notes, "eml", when=WHEN)
    # the first body ends with its own line end, then one empty line, then the next separator
    assert b"Best,\nPriya\n\nFrom thankyou-composer Wed Nov 25 21:30:05 2026\n" in raw
    assert raw.count(b"From thankyou-composer ") == 2
    assert raw.startswith(b"From thankyou-composer Wed Nov 25 21:30:05 2026\n")
    assert raw.endswith(b"Dear Omar,\n\nThanks.\n\nBest,\nPriya\n")


@pytest.mark.parametrize("name", ["new.TXT", "new.text", "new.markdown", "new.mbox", "new.Eml"])
def test_every_file_ending_in_any_case_needs_a_folder_for_two_letters(
    tmp_path: Path, name: str
) -> None:
    with pytest.raises(InputError, match="there are 2 letters, one file per interviewer"):
        plan_files(tmp_path / name, ["Dana Lee", "Omar Haddad"], "text")


def test_an_unknown_ending_is_a_folder_for_two_letters(tmp_path: Path) -> None:
    assert plan_files(tmp_path / "drafts.v2", ["Dana Lee", "Omar Haddad"], "text") == [
        (tmp_path / "drafts.v2" / "dana-lee.txt", [0]),
        (tmp_path / "drafts.v2" / "omar-haddad.txt", [1]),
    ]


def test_a_plan_entry_just_past_the_last_letter_is_skipped(
    tmp_path: Path, warm_notes: Notes
) -> None:
    dana = make("Dana Lee", "Dear Dana,")
    omar = make("Omar Haddad", "Dear Omar,")
    plan = [(tmp_path / "a.txt", [0]), (tmp_path / "b.txt", [2])]  # two letters: 0 and 1
    assert write_planned([dana, omar], warm_notes, "text", plan) == [tmp_path / "a.txt"]
    assert not (tmp_path / "b.txt").exists()


def test_a_linkedin_note_has_no_eml_draft_and_says_which_formats_it_has(
    warm_notes: Notes,
) -> None:
    note = with_channel(warm_notes, "linkedin", None)
    letter = make("Dana Lee", "Hi Dana, thanks for today. Priya")
    with pytest.raises(InputError) as caught:
        render([letter], note, "eml")
    assert str(caught.value) == (
        "a LinkedIn connection note is pasted into the site, not sent by email, so it has no "
        ".eml draft; choose `format` text, markdown or json."
    )
    check_format(note, "text")  # the other formats are fine
    check_format(warm_notes, "eml")  # and an email has its draft


def test_an_eml_writes_each_header_name_as_mail_clients_show_it(warm_notes: Notes) -> None:
    letter = make("Dana Lee", "Dear Dana,", email="dana@example.com", errors=("names",))
    raw = render_eml(letter, warm_notes, when=WHEN)
    assert raw.startswith(b"To: Dana Lee <dana@example.com>\nFrom: Priya Raman ")
    assert b"\nSubject: Thank you\n" in raw
    assert b"\nDate: " in raw
    assert b"\nX-Unsent: 1\n" in raw
    assert b"\nX-Thankyou-Problems: 1 rule (names)\n" in raw


def test_control_characters_that_are_not_white_space_become_spaces_in_a_header() -> None:
    # NUL, escape and delete are no white space, so only their category turns them to spaces
    assert header_text("Thank\x00you\x1bfor the\x7finterview") == "Thank you for the interview"
