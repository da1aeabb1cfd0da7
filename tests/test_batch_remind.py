"""`thankyou batch --remind FILE.ics`: one calendar for the whole batch."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import icalendar
import pytest
from typer.testing import CliRunner

from composer.batch import Row
from composer.cli import app
from composer.cli.calendar_files import write_batch_reminders
from composer.models import Notes
from composer.reminders import SendReminder, merged_calendar
from tests.conftest import EXAMPLES

TODAY = "2026-11-25"
NOW = dt.datetime(2026, 11, 24, 18, 0, tzinfo=dt.timezone.utc)


def batch(*args: str) -> Any:
    return CliRunner().invoke(app, ["batch", *args, "--today", TODAY])


def events(path: Path) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def summaries(found: list[icalendar.Event]) -> list[str]:
    return sorted(str(event["SUMMARY"]) for event in found)


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """The warm email (one interviewer) and the panel of three, in one folder."""
    folder = tmp_path / "notes"
    folder.mkdir()
    for name in ("warm_email.json", "panel_three.json"):
        (folder / name).write_bytes((EXAMPLES / name).read_bytes())
    return folder


def test_one_calendar_for_the_batch_with_every_letter_and_a_check_in_per_file(
    inbox: Path, tmp_path: Path
) -> None:
    out, ics = tmp_path / "letters", tmp_path / "reminders.ics"
    result = batch(str(inbox), "--out", str(out), "--remind", str(ics))
    assert result.exit_code == 0, result.stderr
    found = events(ics)
    assert len(found) == 6  # four letters, two notes files
    assert len({str(event["UID"]) for event in found}) == 6
    for event in found:  # all-day events: DATE values, not date-times
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert type(start) is dt.date and type(end) is dt.date
        assert end == start + dt.timedelta(days=1)
    assert summaries(found) == [
        "Check in with Brightline Health about the Product Designer role",
        "Check in with Northwind Analytics about the Senior Data Engineer role",
        "Send your thank-you to Amélie Dubois-Lefèvre",
        "Send your thank-you to Chinedu Okafor",
        "Send your thank-you to Dana Whitfield",
        "Send your thank-you to Kjetil Ølstad",
    ]
    by_summary = {str(event["SUMMARY"]): event for event in found}
    dana = by_summary["Send your thank-you to Dana Whitfield"]
    assert dana.decoded("DTSTART") == dt.date(2026, 11, 25)
    draft = out / "warm_email" / "dana-whitfield.txt"
    assert f"Draft: {draft}" in str(dana["DESCRIPTION"]) and draft.is_file()
    kjetil = by_summary["Send your thank-you to Kjetil Ølstad"]
    assert str(out / "panel_three" / "kjetil-olstad.txt") in str(kjetil["DESCRIPTION"])
    # "a decision by December 5" is a Saturday: check in on Monday 7 December
    northwind = by_summary["Check in with Northwind Analytics about the Senior Data Engineer role"]
    assert northwind.decoded("DTSTART") == dt.date(2026, 12, 7)
    assert f"Wrote {ics}: 4 send-by reminder(s) and 2 check-in reminder(s)" in result.stderr


def test_two_candidates_with_the_same_interview_get_events_of_their_own(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    data = json.loads((EXAMPLES / "warm_email.json").read_text(encoding="utf-8"))
    (folder / "priya.json").write_text(json.dumps(data), encoding="utf-8")
    data["candidate"]["name"] = "Tomás Ferreira"
    (folder / "tomas.json").write_text(json.dumps(data), encoding="utf-8")
    ics = tmp_path / "r.ics"
    result = batch(str(folder), "--out", str(tmp_path / "out"), "--remind", str(ics))
    assert result.exit_code == 0, result.stderr
    found = events(ics)
    assert len(found) == 4 and len({str(event["UID"]) for event in found}) == 4
    descriptions = " ".join(str(event["DESCRIPTION"]) for event in found)
    assert "priya/dana-whitfield.txt" in descriptions
    assert "tomas/dana-whitfield.txt" in descriptions


def test_a_resumed_run_still_puts_the_skipped_letters_in_the_calendar(
    inbox: Path, tmp_path: Path
) -> None:
    out = tmp_path / "letters"
    first = batch(str(inbox), "--out", str(out), "--remind", str(tmp_path / "one.ics"))
    assert first.exit_code == 0, first.stderr
    again = batch(str(inbox), "--out", str(out), "--remind", str(tmp_path / "two.ics"))
    assert again.exit_code == 0, again.stderr
    assert "4 done by an earlier run" in again.stderr
    one, two = events(tmp_path / "one.ics"), events(tmp_path / "two.ics")
    assert len(two) == 6
    # the same events, with the same UIDs: importing the new file updates the old events
    assert sorted(str(e["UID"]) for e in two) == sorted(str(e["UID"]) for e in one)
    assert summaries(two) == summaries(one)


def test_a_folder_gets_the_default_file_name(inbox: Path, tmp_path: Path) -> None:
    place = tmp_path / "calendar"
    place.mkdir()
    result = batch(str(inbox), "--out", str(tmp_path / "out"), "--remind", str(place))
    assert result.exit_code == 0, result.stderr
    assert len(events(place / "thank-you-reminders.ics")) == 6


def test_an_existing_calendar_is_kept_without_force_and_nothing_is_written(
    inbox: Path, tmp_path: Path
) -> None:
    ics, out = tmp_path / "r.ics", tmp_path / "letters"
    ics.write_text("my own calendar", encoding="utf-8")
    result = batch(str(inbox), "--out", str(out), "--remind", str(ics))
    assert result.exit_code == 2
    assert "r.ics: already exists; pass --force" in result.stderr
    assert "Traceback" not in result.stderr
    assert ics.read_text(encoding="utf-8") == "my own calendar"
    assert not out.exists()  # refused before any letter was written
    forced = batch(str(inbox), "--out", str(out), "--remind", str(ics), "--force")
    assert forced.exit_code == 0, forced.stderr
    assert len(events(ics)) == 6


def test_remind_is_refused_with_the_batch_api(inbox: Path, tmp_path: Path) -> None:
    ics = tmp_path / "r.ics"
    result = batch(str(inbox), "--out", str(tmp_path / "o"), "--batch-api", "--remind", str(ics))
    assert result.exit_code == 2
    assert "--remind: not with --batch-api" in result.stderr
    assert not ics.exists() and not (tmp_path / "o").exists()


def test_letters_that_break_a_rule_are_reminded_of_and_unwritten_ones_are_not(
    tmp_path: Path,
) -> None:
    panel = str(EXAMPLES / "panel_three.json")
    rows = [
        Row(panel, "Amélie Dubois-Lefèvre", "ok", send_by="2026-11-25", path="p/a.txt"),
        Row(panel, "Kjetil Ølstad", "failed", send_by="2026-11-26", path="p/k.txt"),
        Row(panel, "Chinedu Okafor", "error", send_by="2026-11-25", kind="service"),
        Row(str(tmp_path / "broken.json"), "", "error", kind="notes", message="bad"),
    ]
    ics = tmp_path / "r.ics"
    assert write_batch_reminders(ics, rows, tmp_path, today=dt.date(2026, 11, 25)) == ics
    found = events(ics)
    assert summaries(found) == [
        "Check in with Brightline Health about the Product Designer role",
        "Send your thank-you to Amélie Dubois-Lefèvre",
        "Send your thank-you to Kjetil Ølstad",
    ]
    kjetil = next(e for e in found if "Kjetil" in str(e["SUMMARY"]))
    assert kjetil.decoded("DTSTART") == dt.date(2026, 11, 26)
    assert f"Draft: {tmp_path / 'p' / 'k.txt'}" in str(kjetil["DESCRIPTION"])


def test_no_letter_written_means_no_calendar(tmp_path: Path) -> None:
    rows = [Row(str(EXAMPLES / "warm_email.json"), "Dana Whitfield", "error", kind="service")]
    assert write_batch_reminders(tmp_path / "r.ics", rows, tmp_path) is None
    assert not (tmp_path / "r.ics").exists()


def test_merged_calendar_refuses_the_same_interview_twice(warm_notes: Notes) -> None:
    send = [SendReminder("Dana Whitfield", dt.date(2026, 11, 25), "d.txt", True)]
    one = merged_calendar([("a.json", warm_notes, send)], now=NOW)
    two = merged_calendar([("a.json", warm_notes, send), ("b.json", warm_notes, send)], now=NOW)
    assert len(list(one.walk("VEVENT"))) == 2 and len(list(two.walk("VEVENT"))) == 4
    with pytest.raises(ValueError, match="given twice"):
        merged_calendar([("a.json", warm_notes, send), ("a.json", warm_notes, send)], now=NOW)
