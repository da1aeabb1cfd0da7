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
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from composer.invite.ics import interview_date, interview_format, read_calendar
from composer.invite.people import (
    RESOURCE_DOMAINS,
    Attendee,
    Person,
    as_list,
    attendee,
    domain_of,
    find_candidate,
    find_company,
    label_of,
    same_person,
    within,
)
from composer.models import InterviewFormat
from composer.userfiles import read_bytes

__all__ = ["Invitation", "Person", "load_invite", "notes_from_invite", "read_invite"]

MAX_INVITE_BYTES = 2_000_000


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


def read_invite(
    data: bytes,
    label: str = "invitation",
    *,
    me: str | Sequence[str] | None = None,
    tz: dt.tzinfo | None = None,
) -> Invitation:
    """The interview facts in the bytes of an .ics invitation (see the module docstring)."""
    cal = read_calendar(data, label)
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
        organiser = attendee(event["ORGANIZER"]).person

    attendees: list[Attendee] = []
    for prop in as_list(event.get("ATTENDEE")):
        entry = attendee(prop)
        if any(same_person(entry.person, seen.person) for seen in attendees):
            continue
        attendees.append(entry)

    rooms: list[Person] = []
    people: list[Attendee] = []
    for entry in attendees:
        kind = entry.params.get("CUTYPE", "INDIVIDUAL").upper()
        domain = domain_of(entry.person.email) or ""
        if kind in {"ROOM", "RESOURCE"} or within(domain, RESOURCE_DOMAINS):
            rooms.append(entry.person)
            remarks.append(f"{label_of(entry.person)} is a room or resource, not an interviewer")
        elif kind == "GROUP":
            remarks.append(f"{label_of(entry.person)} is a group address, not a person; left out")
        else:
            people.append(entry)

    candidate = find_candidate([entry.person for entry in people], organiser, me, remarks, unread)
    interviewers: list[Person] = []
    for entry in people:
        person = entry.person
        if candidate is not None and same_person(person, candidate):
            continue
        if entry.params.get("PARTSTAT", "").upper() == "DECLINED":
            remarks.append(f"{label_of(person)} declined the invitation; left out")
            continue
        if entry.params.get("ROLE", "").upper() == "NON-PARTICIPANT":
            remarks.append(f"{label_of(person)} is listed for information only; left out")
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
        and not any(same_person(organiser, entry.person) for entry in attendees)
        and not (candidate is not None and same_person(organiser, candidate))
    ):
        remarks.append(
            f"{label_of(organiser)} organised the meeting but is not an attendee; add them to "
            "interviewers if they interviewed you"
        )

    others = [p for p in [*(e.person for e in people), *rooms] if p is not candidate]
    company = find_company(summary, organiser, others, candidate, remarks, unread)
    date = interview_date(event, tz)
    if date is None:
        unread.append("interview.date: the invitation has no start date (DTSTART) I can read")
    fmt, why = interview_format(event, rooms)
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
