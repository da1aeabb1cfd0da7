"""The notes model where a user meets it: `--channel`/`--max-chars` on notes already read
(`with_channel`) and the coordinator as the addressee of their letter. Each test pins what a
surviving mutant of composer/models.py changed and no other quick test held.
"""

from __future__ import annotations

import datetime as dt
from email import message_from_bytes
from pathlib import Path

import pytest

from composer.compose import compose
from composer.errors import InputError
from composer.models import Notes, with_channel
from composer.notes_file import load_notes
from composer.output import render_eml

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def email_notes() -> Notes:
    return load_notes(ROOT / "examples" / "warm_email.json")


@pytest.fixture
def note_notes() -> Notes:
    notes = load_notes(ROOT / "examples" / "linkedin_note.json")
    assert notes.channel == "linkedin"
    return notes


@pytest.fixture
def panel_notes() -> Notes:
    return load_notes(ROOT / "examples" / "big_panel_coordinator.json")


# -- with_channel: what --channel and --max-chars do to notes already read -------------------


def test_no_channel_and_no_limit_leave_the_notes_as_they_are(email_notes: Notes) -> None:
    assert with_channel(email_notes) is email_notes


def test_a_channel_alone_switches_to_it(email_notes: Notes) -> None:
    note = with_channel(email_notes, "linkedin")
    assert (note.channel, note.max_chars) == ("linkedin", None)
    assert with_channel(email_notes, "letter").channel == "letter"


def test_a_limit_alone_keeps_the_notes_linkedin_channel(note_notes: Notes) -> None:
    premium = with_channel(note_notes, max_chars=300)
    assert (premium.channel, premium.max_chars) == ("linkedin", 300)


def test_the_limits_ends_are_allowed_and_one_past_them_refused(email_notes: Notes) -> None:
    assert with_channel(email_notes, "linkedin", 100).max_chars == 100
    assert with_channel(email_notes, "linkedin", 2000).max_chars == 2000
    for outside in (99, 2001):
        with pytest.raises(InputError) as caught:
            with_channel(email_notes, "linkedin", outside)
        assert str(caught.value) == (
            f"`max_chars` {outside}: a LinkedIn note's limit is between 100 and 2000 "
            "characters (200 on a free account, 300 on Premium)."
        )


def test_a_limit_for_an_email_names_the_channel_and_the_way_out(email_notes: Notes) -> None:
    with pytest.raises(InputError) as caught:
        with_channel(email_notes, "email", 300)
    assert str(caught.value) == (
        "`max_chars` is the character limit of a LinkedIn note, and these notes are for "
        'channel "email"; drop it, or also set `channel` to "linkedin".'
    )


def test_an_unknown_channel_lists_the_three(email_notes: Notes) -> None:
    with pytest.raises(InputError) as caught:
        with_channel(email_notes, "fax")
    assert str(caught.value) == "`channel` 'fax': choose one of email, letter, linkedin."


def test_every_channel_is_accepted_by_name(email_notes: Notes) -> None:
    for channel in ("email", "letter", "linkedin"):
        assert with_channel(email_notes, channel).channel == channel


def test_leaving_linkedin_drops_the_notes_limit(note_notes: Notes) -> None:
    premium = with_channel(note_notes, max_chars=300)
    email = with_channel(premium, "email")
    assert (email.channel, email.max_chars) == ("email", None)
    # staying on LinkedIn keeps it
    assert with_channel(premium, "linkedin").max_chars == 300


# -- the coordinator as addressee ------------------------------------------------------------


def test_the_coordinators_printed_letter_is_addressed_with_their_title(panel_notes: Notes) -> None:
    [letter] = compose(panel_notes, coordinator_only=True, today=TODAY)
    assert letter.coordinator
    assert (
        "Rachel Adeyemi-Brooks\nSenior Talent Acquisition Partner\nHarbourside Energy"
        in letter.text
    )


def test_the_coordinators_email_draft_goes_to_their_address(panel_notes: Notes) -> None:
    notes = with_channel(panel_notes, "email")
    [letter] = compose(notes, coordinator_only=True, today=TODAY)
    parsed = message_from_bytes(render_eml(letter, notes, when=0))
    assert parsed["To"] == "Rachel Adeyemi-Brooks <rachel.adeyemi-brooks@harbourside.example>"
