"""The calendar options of the commands: `--remind FILE.ics` and `--from-invite INVITE.ics`."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest
from typer.testing import CliRunner, Result

from composer.cli import app
from composer.cli.calendar_files import overlay_invite
from composer.files import slug
from composer.models import Notes
from composer.notes_file import load_notes
from tests.conftest import EXAMPLES

INVITES = Path(__file__).parent / "invites"
WARM = str(EXAMPLES / "warm_email.json")
PANEL = str(EXAMPLES / "panel_three.json")


def invoke(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(app, list(args), input=input)


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _events(path: Path) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


# --- --remind ----------------------------------------------------------------------------------


def test_compose_remind_writes_the_send_day_and_the_check_in_day(tmp_path: Path) -> None:
    result = invoke("compose", WARM, "--today", "2026-11-25", "--remind", "r.ics")
    assert result.exit_code == 0, result.stderr
    send, check_in = _events(tmp_path / "r.ics")
    assert str(send["SUMMARY"]) == "Send your thank-you to Dana Whitfield"
    assert send.decoded("DTSTART") == dt.date(2026, 11, 25)
    # on stdout, so the calendar carries the letter itself
    body = result.stdout.split("\n\n", 1)[1].strip()
    assert body and body in str(send["DESCRIPTION"])
    # "a decision by December 5" is a Saturday: the check-in is Monday 7 December
    assert check_in.decoded("DTSTART") == dt.date(2026, 12, 7)
    assert "Wrote r.ics" in result.stderr and "Monday 7 December" in result.stderr


def test_compose_remind_names_the_draft_files(tmp_path: Path) -> None:
    result = invoke(
        "compose", PANEL, "--today", "2026-11-25", "--format", "eml", "--out", "drafts/",
        "--remind", "r.ics",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    events = _events(tmp_path / "r.ics")
    notes = load_notes(Path(PANEL))
    assert len(events) == len(notes.interviewers) + 1
    for event, person in zip(events, notes.interviewers, strict=False):
        assert str(event["SUMMARY"]) == f"Send your thank-you to {person.name}"
        (line,) = [x for x in str(event["DESCRIPTION"]).splitlines() if x.startswith("Draft: ")]
        draft = Path(line.removeprefix("Draft: "))
        assert draft.parent == Path("drafts") and draft.suffix == ".eml"
        assert draft.stem == slug(person.name)
        assert (tmp_path / draft).is_file()


def test_remind_never_overwrites_without_force(tmp_path: Path) -> None:
    (tmp_path / "r.ics").write_text("my calendar", encoding="utf-8")
    refused = invoke("compose", WARM, "--out", "letter.txt", "--remind", "r.ics")
    assert refused.exit_code == 2
    assert "r.ics: already exists; pass --force to overwrite it." in refused.stderr
    assert (tmp_path / "r.ics").read_text(encoding="utf-8") == "my calendar"
    assert not (tmp_path / "letter.txt").exists()  # refused before any work
    forced = invoke("compose", WARM, "--remind", "r.ics", "--force")
    assert forced.exit_code == 0, forced.stderr
    assert len(_events(tmp_path / "r.ics")) == 2


def test_remind_into_a_folder_and_show_prompt_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "cal").mkdir()
    assert invoke("compose", WARM, "--remind", "cal").exit_code == 0
    assert len(_events(tmp_path / "cal" / "thank-you-reminders.ics")) == 2
    assert invoke("compose", WARM, "--show-prompt", "--remind", "p.ics").exit_code == 0
    assert not (tmp_path / "p.ics").exists()


# --- init --from-invite ------------------------------------------------------------------------


def test_init_from_invite_then_compose_once_the_facts_are_filled_in(tmp_path: Path) -> None:
    result = invoke(
        "init", "notes.json", "--from-invite", str(INVITES / "google.ics"),
        "--timezone", "America/New_York",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "role: an invitation does not say" in result.stderr
    assert "NYC-7-Harbour" in result.stderr  # the room left out is reported
    data = json.loads((tmp_path / "notes.json").read_text(encoding="utf-8"))
    assert [p["name"] for p in data["interviewers"]] == [
        "Dana Whitfield",
        "Kjetil Ølstad",
        "Siobhán O'Connor-Nguyen",
    ]
    unfinished = invoke("compose", "notes.json")
    assert unfinished.exit_code == 2
    assert "role" in unfinished.stderr
    data["role"] = "Senior Data Engineer"
    data["highlights"] = ["cut warehouse costs by 40% at Contoso"]
    (tmp_path / "notes.json").write_text(json.dumps(data), encoding="utf-8")
    done = invoke("compose", "notes.json", "--today", "2026-11-25")
    assert done.exit_code == 0, done.stderr
    assert done.stderr.count("passes every rule") == 3


def test_init_from_invite_respects_existing_files_and_bad_input(tmp_path: Path) -> None:
    (tmp_path / "notes.json").write_text("mine", encoding="utf-8")
    google = str(INVITES / "google.ics")
    refused = invoke("init", "notes.json", "--from-invite", google)
    assert refused.exit_code == 2 and "already exists" in refused.stderr
    assert (tmp_path / "notes.json").read_text(encoding="utf-8") == "mine"
    (tmp_path / "not.ics").write_text("see you Tuesday", encoding="utf-8")
    bad = invoke("init", "n.json", "--from-invite", "not.ics")
    assert bad.exit_code == 2
    assert bad.stderr.strip().splitlines() == [
        "error: not.ics: this is not an iCalendar file (no BEGIN:VCALENDAR); save the "
        'invitation as an .ics file (in most mail programs: open the attachment "invite.ics" '
        'or choose "Export event").'
    ]
    zone = invoke("init", "n.json", "--from-invite", google, "--timezone", "Mars/Olympus")
    assert zone.exit_code == 2 and "--timezone 'Mars/Olympus'" in zone.stderr
    assert not (tmp_path / "n.json").exists()


def test_init_me_picks_out_the_candidate(tmp_path: Path) -> None:
    shutil.copy(INVITES / "apple.ics", tmp_path / "a.ics")
    result = invoke("init", "n.json", "--from-invite", "a.ics", "--me", "JONAH.FELD@icloud.com")
    assert result.exit_code == 0, result.stderr
    data = json.loads((tmp_path / "n.json").read_text(encoding="utf-8"))
    assert data["candidate"] == {"name": "Jonah Feld", "email": "jonah.feld@icloud.com"}
    assert "interviewers[1].name: the invitation gives only the address" in result.stderr


# --- interview --from-invite -------------------------------------------------------------------


def test_interview_from_invite_keeps_earlier_answers(tmp_path: Path) -> None:
    result = invoke(
        "interview", "--backend", "offline", "--today", "2026-11-25",
        "--from", WARM, "--from-invite", str(INVITES / "google.ics"),
        "--timezone", "Europe/Dublin", "--save", "n.json", "--remind", "r.ics",
        input="\n" * 200,
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    notes = load_notes(tmp_path / "n.json")
    assert [p.name for p in notes.interviewers] == [
        "Dana Whitfield",
        "Kjetil Ølstad",
        "Siobhán O'Connor-Nguyen",
    ]
    dana = notes.interviewers[0]
    # the invitation's address, the earlier notes' title and topics
    assert dana.email == "dana.whitfield@northwind-analytics.com"
    assert dana.title == "Director of Data Platform"
    assert dana.topics == ["moving the nightly batch jobs to streaming"]
    assert notes.candidate.email == "priya.raman@example.com"  # yours, as you gave it
    assert notes.role == "Senior Data Engineer"
    assert len(_events(tmp_path / "r.ics")) == 4


def test_overlay_invite_fills_only_what_the_invitation_read() -> None:
    base = json.loads(Path(WARM).read_text(encoding="utf-8"))
    invited = {
        "candidate": {"name": "", "email": ""},
        "company": "",
        "role": "",
        "interview": {"date": "2026-12-01", "format": "", "stage": ""},
        "interviewers": [{"name": "", "email": "kim@northwind.example", "topics": []}],
    }
    merged = overlay_invite(base, invited)
    assert merged["company"] == "Northwind Analytics"
    assert merged["interview"] == {"date": "2026-12-01", "format": "video", "stage": "second round"}
    assert merged["interviewers"] == [{"name": "", "email": "kim@northwind.example", "topics": []}]
    Notes.model_validate({**merged, "interviewers": base["interviewers"]})


def test_the_command_line_starts_without_loading_icalendar() -> None:
    # icalendar takes a sixth of a second or more to import; only --remind and --from-invite
    # need it, so `thankyou --help` and plain compose must not pay for it.
    code = "import sys, composer.cli; sys.exit('icalendar' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
