"""Reading an invitation file: an .ics calendar, or the invitation email that carries one.

Also what the event itself says of the interview: its day and its format (video, phone, onsite).
"""

from __future__ import annotations

import datetime as dt
import re
from email import message_from_bytes, policy

import icalendar

from composer.errors import InputError
from composer.invite.people import Person, label_of
from composer.models import InterviewFormat
from composer.userfiles import as_utf8, decode_utf8

_HOW_TO_SAVE = (
    'save the invitation as an .ics file (in most mail programs: open the attachment "invite.ics" '
    'or choose "Export event")'
)


_FOLD = re.compile(rb"\r?\n[ \t]")


# A saved email starts with header lines ("Name: value"); an .ics file with BEGIN:VCALENDAR.
_EMAIL_START = re.compile(rb"\A(?:[A-Za-z][A-Za-z0-9-]*:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*){2,}")


_VIDEO = re.compile(
    r"(?:https?://)?(?:[\w-]+\.)*(?:zoom\.us|zoom\.com|meet\.google\.com|teams\.microsoft\.com|"
    r"teams\.live\.com|webex\.com|whereby\.com|gotomeeting\.com|meet\.goto\.com|bluejeans\.com|"
    r"chime\.aws|meet\.jit\.si|join\.skype\.com|around\.co)\b"
    r"|\b(?:microsoft teams meeting|join zoom meeting|google meet|webex meeting)\b",
    re.IGNORECASE,
)


_PHONE_WORDS = re.compile(
    r"\b(?:phone (?:screen|interview|call)|by phone|over the phone|telephone|we will call you|"
    r"will call you|call you (?:on|at))\b|\btel:",
    re.IGNORECASE,
)


_PHONE_NUMBER = re.compile(r"\A\s*(?:tel:)?\+?[\d\s().-]{7,}\s*\Z")


_NO_PLACE = {"", "tbd", "tba", "n/a", "none", "-"}


def _event_text(event: icalendar.Component) -> str:
    """Every text value of the event except the people, for finding links and places."""
    parts = []
    for key, value in event.property_items(recursive=False):
        if key.upper() in {"ATTENDEE", "ORGANIZER", "BEGIN", "END"}:
            continue
        parts.append(str(value) if not isinstance(value, bytes) else value.decode(errors="ignore"))
    return "\n".join(parts)


def interview_format(
    event: icalendar.Component, rooms: list[Person]
) -> tuple[InterviewFormat | None, str]:
    location = str(event.get("LOCATION", "")).strip()
    summary = str(event.get("SUMMARY", ""))
    text = _event_text(event)
    if _VIDEO.search(text):
        return "video", "a video-meeting link"
    if _PHONE_WORDS.search(f"{summary}\n{location}\n{event.get('DESCRIPTION', '')}"):
        return "phone", "the invitation says it is a phone call"
    if location and _PHONE_NUMBER.match(location):
        return "phone", "the place is a phone number"
    if location.casefold() not in _NO_PLACE:
        return "onsite", f"the place: {location}"
    if rooms:
        return "onsite", f"a booked room: {label_of(rooms[0])}"
    return None, ""


def interview_date(event: icalendar.Component, tz: dt.tzinfo | None) -> dt.date | None:
    if "DTSTART" not in event:
        return None
    start = event.decoded("DTSTART")
    if isinstance(start, dt.datetime):
        if start.tzinfo is not None and tz is not None:
            start = start.astimezone(tz)
        return start.date()
    return start if isinstance(start, dt.date) else None


def _calendar_in_email(data: bytes, label: str) -> bytes | None:
    """The calendar attached to a saved email (text/calendar or an .ics file), if it is one."""
    if data.lstrip().upper().startswith(b"BEGIN:") or not _EMAIL_START.match(data):
        return None
    message = message_from_bytes(data, policy=policy.default)
    for part in message.walk():
        if part.is_multipart():
            continue
        kind = part.get_content_type()
        name = (part.get_filename() or "").lower()
        if kind in {"text/calendar", "application/ics"} or name.endswith(".ics"):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                return payload
    raise InputError(
        f"{label}: an email with no invitation in it (no text/calendar part or .ics "
        f"attachment); {_HOW_TO_SAVE}."
    )


def read_calendar(data: bytes, label: str) -> icalendar.Calendar:
    data = as_utf8(data, label)
    data = _calendar_in_email(data, label) or data
    # Unfold before decoding: some writers fold long lines inside a UTF-8 character.
    text = decode_utf8(_FOLD.sub(b"", data), label)
    if "BEGIN:VCALENDAR" not in text.upper():
        raise InputError(
            f"{label}: this is not an iCalendar file (no BEGIN:VCALENDAR); {_HOW_TO_SAVE}."
        )
    try:
        calendars = icalendar.Calendar.from_ical(text, multiple=True)
    except ValueError as exc:
        reason = " ".join(str(exc).split())[:160]
        raise InputError(
            f"{label}: cannot read it as iCalendar ({reason}); {_HOW_TO_SAVE}."
        ) from None
    for cal in calendars:
        if cal.walk("VEVENT"):
            return cal
    raise InputError(f"{label}: the calendar file holds no event (VEVENT); {_HOW_TO_SAVE}.")
