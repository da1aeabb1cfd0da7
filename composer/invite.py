"""Starting the notes from a calendar invitation (.ics), as Google, Outlook and Apple write them.

An invitation arrives as an .ics file or inside the invitation email (saved as .eml, its
text/calendar part or .ics attachment is read). It holds facts a thank-you letter must get
exactly right: who the interviewers are and how their names are spelled, the company and the
day. `read_invite` takes them from the file; `notes_from_invite` turns them into a notes
document with blanks where the invitation says nothing, and lists those blanks.

- Interviewers: one per attendee, except the candidate, rooms and other resources (CUTYPE=ROOM
  or RESOURCE, or a calendar-resource address), groups, and people who declined. Names are kept
  exactly as the invitation spells them; a directory-style "Whitfield, Dana" becomes "Dana
  Whitfield". An attendee given only by address gets a blank name: guessing a spelling from
  "dana.whitfield@" is how misspelt names happen.
- The candidate: the attendee matching `me` (addresses or names) when one does; otherwise the
  one attendee whose address is outside the company's domain.
- Company: the title's spelling when the title names the organiser's domain ("Northwind
  Analytics - interview" from @northwind-analytics.com), else a guess from the domain (flagged
  to check), else the title when it is clear ("Interview at Northwind Analytics").
- Date: the day of DTSTART in the time zone `tz` (the candidate's), else in the event's own.
- Format: video when there is a meeting link, phone when the invitation says so or gives only a
  number, onsite when it names a place or books a room.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import icalendar

from composer.errors import InputError
from composer.models import InterviewFormat
from composer.userfiles import as_utf8, decode_utf8, read_bytes

__all__ = ["Invitation", "Person", "load_invite", "notes_from_invite", "read_invite"]

MAX_INVITE_BYTES = 2_000_000
_HOW_TO_SAVE = (
    'save the invitation as an .ics file (in most mail programs: open the attachment "invite.ics" '
    'or choose "Export event")'
)

# Addresses of mail providers, schedulers and calendar systems: they say nothing of the company.
_NOT_A_COMPANY = {
    "aol.com", "ashbyhq.com", "bamboohr.com", "calendar.google.com", "calendly.com",
    "fastmail.com", "gem.com", "gmail.com", "gmx.com", "gmx.de", "gmx.net", "goodtime.io",
    "googlemail.com", "greenhouse.io", "hey.com", "hotmail.com", "icims.com", "icloud.com",
    "jobvite.com", "lever.co", "live.com", "mac.com", "mail.com", "me.com", "modernloop.io",
    "msn.com", "myworkday.com", "outlook.com", "personio.de", "proton.me", "protonmail.com",
    "recruitee.com", "smartrecruiters.com", "teamtailor.com", "web.de", "workable.com",
    "workday.com", "yahoo.co.uk", "yahoo.com", "yandex.ru", "zoho.com",
}  # fmt: skip
_RESOURCE_DOMAINS = ("resource.calendar.google.com",)
_SECOND_LEVEL = {"ac", "co", "com", "gov", "net", "org", "ne", "or", "edu"}
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
_SEPARATORS = re.compile(
    r"\s+[-–—|/x]\s+|\s*<>\s*|\s*[|:()\[\],]\s*|\s+(?:with|at|for)\s+", re.IGNORECASE
)
_INTERVIEW_WORDS = {
    "and", "call", "chat", "conversation", "final", "first", "hiring", "interview", "interviews",
    "intro", "introductory", "invitation", "invite", "manager", "meeting", "on-site", "onsite",
    "panel", "phone", "round", "screen", "second", "technical", "the", "third", "updated",
    "video", "virtual",
}  # fmt: skip
_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "phd", "md", "mba", "cpa", "esq", "dds"}
_FOLD = re.compile(rb"\r?\n[ \t]")
# A saved email starts with header lines ("Name: value"); an .ics file with BEGIN:VCALENDAR.
_EMAIL_START = re.compile(rb"\A(?:[A-Za-z][A-Za-z0-9-]*:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*){2,}")
_TRAILING_NOTE = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])\s*\Z")


@dataclass(frozen=True)
class Person:
    """Someone the invitation names: the name as spelled there (None if only an address)."""

    name: str | None
    email: str | None


@dataclass(frozen=True)
class Invitation:
    """What an invitation says about the interview, and what it left unsaid."""

    summary: str | None
    company: str | None
    date: dt.date | None
    format: InterviewFormat | None
    candidate: Person | None
    interviewers: tuple[Person, ...]
    unread: tuple[str, ...] = ()  # "field: why it is blank", one per blank fact
    remarks: tuple[str, ...] = ()  # what was left out or changed, and why
    organiser: Person | None = field(default=None)


def _email_of(value: Any) -> str | None:
    text = str(value).strip()
    if text.lower().startswith("mailto:"):
        text = text[len("mailto:") :]
    text = text.strip()
    return text if "@" in text else None


def _domain(email: str | None) -> str | None:
    return email.rsplit("@", 1)[1].lower().rstrip(".") if email else None


def _under(domain: str, parents: Iterable[str]) -> bool:
    return any(domain == parent or domain.endswith("." + parent) for parent in parents)


def _company_label(domain: str) -> str:
    """The name part of a domain: "northwind-analytics" of "mail.northwind-analytics.co.uk"."""
    labels = domain.split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        labels = labels[:-2]
    else:
        labels = labels[:-1]
    return labels[-1] if labels else domain


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _clean_name(raw: str | None) -> tuple[str | None, str | None]:
    """The display name as a person's name, and a remark when it had to be changed."""
    if raw is None:
        return None, None
    name = " ".join(raw.strip().strip("\"'").split())
    if not name or "@" in name:
        return None, None
    original = name
    while _TRAILING_NOTE.search(name):  # "Whitfield, Dana (Data Platform)"
        name = _TRAILING_NOTE.sub("", name)
    parts = [part.strip() for part in name.split(",")]
    if (
        len(parts) == 2
        and all(parts)
        and not any(ch.isdigit() for ch in name)
        and parts[1].rstrip(".").casefold() not in _NAME_SUFFIXES
        and len(parts[0].split()) <= 3
        and len(parts[1].split()) <= 3
    ):
        name = f"{parts[1]} {parts[0]}"
    if not name:
        return original, None
    return name, None if name == original else f'"{original}" is written as "{name}"'


def _params(prop: Any) -> dict[str, str]:
    params = getattr(prop, "params", {}) or {}
    return {str(key).upper(): str(value) for key, value in params.items()}


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


@dataclass
class _Attendee:
    person: Person
    params: dict[str, str]
    remark: str | None


def _attendee(prop: Any) -> _Attendee:
    params = _params(prop)
    email = _email_of(prop) or _email_of(params.get("EMAIL", ""))
    name, remark = _clean_name(params.get("CN"))
    if name is not None and email is not None and name.casefold() == email.casefold():
        name = None
    return _Attendee(Person(name, email), params, remark)


def _same_person(one: Person, other: Person) -> bool:
    if one.email and other.email:
        return one.email.casefold() == other.email.casefold()
    return bool(one.name and other.name and one.name.casefold() == other.name.casefold())


def _matches_me(person: Person, me: str) -> bool:
    wanted = me.strip().casefold()
    if person.email and person.email.casefold() == wanted.removeprefix("mailto:"):
        return True
    return bool(
        person.name and " ".join(person.name.split()).casefold() == " ".join(wanted.split())
    )


def _label(person: Person) -> str:
    if person.name and person.email:
        return f"{person.name} <{person.email}>"
    return person.name or person.email or "an attendee with no name or address"


def _company_domain(organiser: Person | None, others: list[Person]) -> str | None:
    domain = _domain(organiser.email) if organiser else None
    if domain and not _under(domain, _NOT_A_COMPANY):
        return domain
    counts = Counter(
        d for d in (_domain(p.email) for p in others) if d and not _under(d, _NOT_A_COMPANY)
    )
    ranked = counts.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def _segments(summary: str) -> list[str]:
    """The title cut at its separators, with interview words trimmed from each end."""
    pieces = []
    for piece in _SEPARATORS.split(summary):
        words = piece.split()
        while words and words[0].casefold().strip(".") in _INTERVIEW_WORDS:
            words.pop(0)
        while words and words[-1].casefold().strip(".") in _INTERVIEW_WORDS:
            words.pop()
        if words:
            pieces.append(" ".join(words))
    return pieces


def _company_in_summary(summary: str, label: str) -> str | None:
    wanted = _letters(label)
    for piece in _segments(summary):
        letters = _letters(piece)
        if len(letters) >= 3 and (letters.startswith(wanted) or wanted.startswith(letters)):
            return piece
    return None


def _company_from_title_alone(summary: str, people: list[Person]) -> str | None:
    """The company when the title alone makes it clear: "at X", or "X <> the candidate"."""
    names = {_letters(p.name) for p in people if p.name}
    match = re.search(r"\bat\s+(?P<rest>.+)", summary, re.IGNORECASE)
    if match:
        found = _segments(match["rest"])
        if found and _letters(found[0]) not in names:
            return found[0]
    if re.search(r"<>|\s[x/|]\s", summary):
        sides = [piece for piece in _segments(summary) if _letters(piece) not in names]
        if len(sides) == 1:
            return sides[0]
    return None


def _guess_from_domain(label: str) -> str:
    return " ".join(word.capitalize() for word in re.split(r"[-_]+", label) if word)


def _event_text(event: icalendar.Component) -> str:
    """Every text value of the event except the people, for finding links and places."""
    parts = []
    for key, value in event.property_items(recursive=False):
        if key.upper() in {"ATTENDEE", "ORGANIZER", "BEGIN", "END"}:
            continue
        parts.append(str(value) if not isinstance(value, bytes) else value.decode(errors="ignore"))
    return "\n".join(parts)


def _format(event: icalendar.Component, rooms: list[Person]) -> tuple[InterviewFormat | None, str]:
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
        return "onsite", f"a booked room: {_label(rooms[0])}"
    return None, ""


def _date(event: icalendar.Component, tz: dt.tzinfo | None) -> dt.date | None:
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


def _parse(data: bytes, label: str) -> icalendar.Calendar:
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


def read_invite(
    data: bytes,
    label: str = "invitation",
    *,
    me: str | Sequence[str] | None = None,
    tz: dt.tzinfo | None = None,
) -> Invitation:
    """The interview facts in the bytes of an .ics invitation (see the module docstring)."""
    cal = _parse(data, label)
    remarks: list[str] = []
    unread: list[str] = []
    events = [event for event in cal.walk("VEVENT") if "RECURRENCE-ID" not in event]
    events = events or list(cal.walk("VEVENT"))
    event = events[0]
    summary = " ".join(str(event.get("SUMMARY", "")).split()) or None
    if len({str(e.get("UID", i)) for i, e in enumerate(events)}) > 1:
        remarks.append(f'the file holds {len(events)} events; read the first: "{summary or ""}"')
    if str(cal.get("METHOD", "")).upper() == "CANCEL":
        remarks.append("this invitation is a cancellation")

    organiser = None
    if event.get("ORGANIZER") is not None:
        organiser = _attendee(event["ORGANIZER"]).person

    attendees: list[_Attendee] = []
    for prop in _as_list(event.get("ATTENDEE")):
        entry = _attendee(prop)
        if any(_same_person(entry.person, seen.person) for seen in attendees):
            continue
        attendees.append(entry)

    rooms: list[Person] = []
    people: list[_Attendee] = []
    for entry in attendees:
        kind = entry.params.get("CUTYPE", "INDIVIDUAL").upper()
        domain = _domain(entry.person.email) or ""
        if kind in {"ROOM", "RESOURCE"} or _under(domain, _RESOURCE_DOMAINS):
            rooms.append(entry.person)
            remarks.append(f"{_label(entry.person)} is a room or resource, not an interviewer")
        elif kind == "GROUP":
            remarks.append(f"{_label(entry.person)} is a group address, not a person; left out")
        else:
            people.append(entry)

    candidate = _find_candidate([entry.person for entry in people], organiser, me, remarks, unread)
    interviewers: list[Person] = []
    for entry in people:
        person = entry.person
        if candidate is not None and _same_person(person, candidate):
            continue
        if entry.params.get("PARTSTAT", "").upper() == "DECLINED":
            remarks.append(f"{_label(person)} declined the invitation; left out")
            continue
        if entry.params.get("ROLE", "").upper() == "NON-PARTICIPANT":
            remarks.append(f"{_label(person)} is listed for information only; left out")
            continue
        if entry.remark:
            remarks.append(entry.remark)
        if person.name is None:
            unread.append(
                f"interviewers[{len(interviewers)}].name: the invitation gives only the address "
                f"{person.email}; add the name as they spell it"
            )
        interviewers.append(person)
    if not interviewers:
        unread.append("interviewers: the invitation names no one besides you; add who you met")
    if (
        organiser is not None
        and not any(_same_person(organiser, entry.person) for entry in attendees)
        and not (candidate is not None and _same_person(organiser, candidate))
    ):
        remarks.append(
            f"{_label(organiser)} organised the meeting but is not an attendee; add them to "
            "interviewers if they interviewed you"
        )

    others = [p for p in [*(e.person for e in people), *rooms] if p is not candidate]
    company = _company(summary, organiser, others, candidate, remarks, unread)
    date = _date(event, tz)
    if date is None:
        unread.append("interview.date: the invitation has no start date (DTSTART) I can read")
    fmt, why = _format(event, rooms)
    if fmt is None:
        unread.append("interview.format: the invitation has no video link, phone number or place")
    else:
        remarks.append(f"format {fmt}: {why}")
    return Invitation(
        summary=summary,
        company=company,
        date=date,
        format=fmt,
        candidate=candidate,
        interviewers=tuple(interviewers),
        unread=tuple(unread),
        remarks=tuple(remarks),
        organiser=organiser,
    )


def _find_candidate(
    people: list[Person],
    organiser: Person | None,
    me: str | Sequence[str] | None,
    remarks: list[str],
    unread: list[str],
) -> Person | None:
    wanted = [me] if isinstance(me, str) else list(me or ())
    for person in people:
        if any(_matches_me(person, who) for who in wanted if who):
            return person
    if any(wanted):
        remarks.append(f"{' or '.join(w for w in wanted if w)} is not among the attendees")
    home = _company_domain(organiser, people)
    outside = [p for p in people if home is None or _domain(p.email) != home]
    if home is not None and len(outside) == 1:
        return outside[0]
    unread.append(
        "candidate: could not tell which attendee is you, so every attendee is listed as an "
        "interviewer; pass --me YOUR-ADDRESS, or delete yourself from interviewers"
    )
    return None


def _company(
    summary: str | None,
    organiser: Person | None,
    others: list[Person],
    candidate: Person | None,
    remarks: list[str],
    unread: list[str],
) -> str | None:
    colleagues = [p for p in others if candidate is None or not _same_person(p, candidate)]
    if organiser is not None and candidate is not None and _same_person(organiser, candidate):
        organiser = None  # the candidate sent the invitation: their domain is not the company's
    domain = _company_domain(organiser, colleagues)
    if domain is not None:
        label = _company_label(domain)
        if summary:
            named = _company_in_summary(summary, label)
            if named:
                return named
        guess = _guess_from_domain(label)
        remarks.append(
            f'company "{guess}" is a guess from the address domain {domain}; check its spelling'
        )
        return guess
    if summary:
        named = _company_from_title_alone(summary, [*others, *([candidate] if candidate else [])])
        if named:
            return named
    unread.append("company: neither the addresses nor the title name it clearly; add it")
    return None


def load_invite(
    path: str | Path, *, me: str | Sequence[str] | None = None, tz: dt.tzinfo | None = None
) -> Invitation:
    """Read the invitation at `path` ("-" is stdin): an .ics file, or a saved invitation email."""
    data, label = read_bytes(
        path,
        what="an invitation (an .ics file, or the invitation email saved as .eml)",
        max_bytes=MAX_INVITE_BYTES,
        missing="Give the path of the invitation (.ics).",
    )
    return read_invite(data, label, me=me, tz=tz)


def notes_from_invite(invitation: Invitation) -> tuple[dict[str, Any], list[str]]:
    """A notes document from the invitation, blanks where it says nothing, and those blanks.

    The second item lists every blank a letter needs, the invitation's own gaps first.
    """
    candidate = invitation.candidate or Person(None, None)
    notes: dict[str, Any] = {
        "candidate": {"name": candidate.name or "", "email": candidate.email or ""},
        "company": invitation.company or "",
        "role": "",
        "interview": {
            "date": invitation.date.isoformat() if invitation.date else "",
            "format": invitation.format or "",
            "stage": "",
        },
        "interviewers": [
            {
                "name": person.name or "",
                "title": "",
                "email": person.email or "",
                "salutation": "",
                "topics": [],
                "rapport": [],
            }
            for person in invitation.interviewers
        ]
        or [{"name": "", "title": "", "email": "", "salutation": "", "topics": [], "rapport": []}],
        "qualifications": [],
        "highlights": [],
        "contribution": "",
        "follow_up": "",
        "next_steps": "",
        "open_to_other_roles": False,
        "tone": "warm",
        "channel": "email",
    }
    to_fill = list(invitation.unread)
    if not candidate.name:
        to_fill.append("candidate.name: your full name, as it goes under the letter")
    to_fill += [
        "role: an invitation does not say; add the role as the job advert spells it",
        "qualifications, highlights: add at least one of your strong points",
    ]
    return notes, to_fill
