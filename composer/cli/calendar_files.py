"""The calendar side of the commands: `--remind FILE.ics` and `--from-invite INVITE.ics`.

Both are thin: the library (`composer.reminders`, `composer.invite`) does the work; this module
turns options into calls, refuses to overwrite a file without --force, and says what it did.
Those two modules are imported only when an option asks for them: they load the iCalendar
library, which would otherwise add about a sixth of a second to every command's start.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from composer import dates
from composer.cli.app import say
from composer.compose import Letter
from composer.errors import InputError
from composer.files import FileExists, write_bytes_atomic
from composer.models import Notes
from composer.notes_file import load_notes

if TYPE_CHECKING:
    from composer.batch import Row

__all__ = [
    "check_remind_target",
    "invite_notes",
    "overlay_invite",
    "remind_path",
    "write_batch_reminders",
    "write_reminders",
]

DEFAULT_REMIND_NAME = "thank-you-reminders.ics"


def remind_path(path: Path) -> Path:
    """The file --remind writes: `path`, or a file inside it when it is a folder."""
    return path / DEFAULT_REMIND_NAME if path.is_dir() else path


def check_remind_target(path: Path | None, force: bool) -> None:
    """Refuse before any work when --remind would overwrite a file without --force."""
    if path is None:
        return
    target = remind_path(path)
    if target.exists() and not force:
        raise InputError(f"{target}: already exists; pass --force to overwrite it.")


def _long(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B}"


def write_reminders(
    path: Path,
    notes: Notes,
    letters: Sequence[Letter],
    *,
    drafts: dict[int, Path] | None = None,
    force: bool = False,
    today: dt.date | None = None,
) -> Path:
    """Write the reminders for `letters` (with their draft files, if written) and say so."""
    from composer.reminders import SendReminder, follow_up, reminders_ics  # lazy: see above

    target = remind_path(path)
    drafts = drafts or {}
    sends = [
        SendReminder.for_letter(letter, str(drafts[index]) if index in drafts else None)
        for index, letter in enumerate(letters)
    ]
    data = reminders_ics(
        notes, sends, now=dt.datetime.now(dt.timezone.utc), today=today or dates.local_today()
    )
    _write(target, data, force)
    send_by = max(letter.send_by for letter in letters)
    plan = follow_up(notes, send_by)
    why = (
        f'the working day after "{notes.next_steps}"'
        if plan.stated is not None
        else "a week after the letters: next_steps names no date"
    )
    say(
        f"Wrote {target}: send the letters by {_long(send_by)}; check in on "
        f"{_long(plan.date)} ({why}) if you hear nothing. Open it to add it to your calendar."
    )
    return target


def _write(target: Path, data: bytes, force: bool) -> None:
    try:
        write_bytes_atomic(target, data, force=force)
    except FileExists:
        raise InputError(f"{target}: already exists; pass --force to overwrite it.") from None
    except OSError as exc:
        raise InputError(f"{target}: cannot write it ({exc.strerror or exc}).") from None


def _is_coordinator(row: Row, notes: Notes) -> bool:
    """The row of the letter to the coordinator: batch names its file "<name>-coordinator"."""
    return (
        notes.coordinator is not None
        and row.interviewer == notes.coordinator.name
        and Path(row.path).stem.endswith("coordinator")
    )


def write_batch_reminders(
    path: Path,
    rows: Iterable[Row],
    out: Path,
    *,
    force: bool = False,
    today: dt.date | None = None,
) -> Path | None:
    """One calendar for a batch: every letter written (ok or breaking a rule, this run or an
    earlier one) on its send-by date, and one check-in per notes file; say what was written."""
    from composer.reminders import SendReminder, merged_calendar  # lazy: see above

    target = remind_path(path)
    by_file: dict[str, list[Row]] = {}
    for row in rows:
        if row.interviewer and row.status in ("ok", "failed") and row.send_by and row.path:
            by_file.setdefault(row.notes, []).append(row)
    interviews = []
    for notes_path, written in by_file.items():
        try:
            notes = load_notes(Path(notes_path))
        except InputError as exc:  # changed since its letters were written
            say(f"--remind: {notes_path} left out of the calendar: {exc}")
            continue
        sends = [
            SendReminder(
                row.interviewer,
                dt.date.fromisoformat(row.send_by),
                str(out / row.path),
                True,
                _is_coordinator(row, notes),
            )
            for row in written
        ]
        interviews.append((str(Path(notes_path).resolve()), notes, sends))
    if not interviews:
        say(f"--remind: no letters were written, so {target} was not written.")
        return None
    cal = merged_calendar(
        interviews, now=dt.datetime.now(dt.timezone.utc), today=today or dates.local_today()
    )
    _write(target, cal.to_ical(), force)
    letters = sum(len(sends) for _, _, sends in interviews)
    say(
        f"Wrote {target}: {letters} send-by reminder(s) and {len(interviews)} check-in "
        "reminder(s), one per notes file. Open it to add them to your calendar."
    )
    return target


def _zone(name: str | None) -> dt.tzinfo | None:
    if name is None:
        return dt.datetime.now().astimezone().tzinfo
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise InputError(
            f"--timezone {name!r}: not a time zone name; use one like Europe/Dublin or "
            "America/New_York."
        ) from None


def invite_notes(
    path: Path, *, me: str | Sequence[str] | None = None, timezone: str | None = None
) -> tuple[dict[str, Any], list[str]]:
    """The notes the invitation at `path` gives, with what is left to fill; remarks are said."""
    from composer.invite import load_invite, notes_from_invite  # lazy: see the module docstring

    invitation = load_invite(path, me=me, tz=_zone(timezone))
    notes, to_fill = notes_from_invite(invitation)
    found = [
        f"company {invitation.company}" if invitation.company else None,
        f"date {invitation.date.isoformat()}" if invitation.date else None,
        f"format {invitation.format}" if invitation.format else None,
        f"{len(invitation.interviewers)} interviewer(s): "
        + ", ".join(p.name or p.email or "?" for p in invitation.interviewers),
    ]
    say(f"{path}: " + "; ".join(item for item in found if item))
    for remark in invitation.remarks:
        if not remark.startswith("format "):
            say(f"  note: {remark}")
    return notes, to_fill


def _same(one: dict[str, Any], other: dict[str, Any]) -> bool:
    """The same person: the same address, or the same name (case aside)."""
    for key in ("email", "name"):
        a, b = str(one.get(key) or "").casefold(), str(other.get(key) or "").casefold()
        if a and a == b:
            return True
    return False


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _filled(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if value not in ("", [], None)}


def overlay_invite(base: dict[str, Any], invited: dict[str, Any]) -> dict[str, Any]:
    """Earlier answers (`--from`) with the invitation's facts on top.

    The invitation wins for what it reads (company, date, format, interviewers); everything it
    leaves blank keeps the earlier answer. Your own name and address stay as you gave them, and
    an interviewer found in both keeps the earlier title, topics and personal notes.
    """
    merged = {**invited, **base}
    if invited.get("company"):
        merged["company"] = invited["company"]
    merged["candidate"] = {**_dict(invited.get("candidate")), **_dict(base.get("candidate"))}
    merged["interview"] = {
        **_dict(invited.get("interview")),
        **_dict(base.get("interview")),
        **_filled(_dict(invited.get("interview"))),
    }
    earlier = [_dict(person) for person in base.get("interviewers") or []]
    people = []
    for person in invited.get("interviewers") or []:
        match = next((p for p in earlier if _same(p, person)), {})
        people.append({**person, **match, **_filled(person)})
    if any(person.get("name") or person.get("email") for person in people):
        merged["interviewers"] = people
    return merged
