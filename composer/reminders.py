"""Calendar reminders: an iCalendar file with the day to send each letter and the day to check in.

People forget both the thank-you (due the day after the interview) and the polite check-in when
the timeline they were given passes with no news. `reminders_ics` writes one all-day event per
letter on its send-by date and one follow-up event: the working day after the date that
`next_steps` names ("a decision by December 5"), or, when it names none, seven days after the
send-by date. The file is built with the `icalendar` library, so it is valid RFC 5545 (CRLF
lines folded at 75 octets, escaped text, UID and DTSTAMP on every event, all-day DATE values) and
opens in Google Calendar, Outlook and Apple Calendar.

Dates in `next_steps` are read relative to the interview date, never to today's date: "next
week" in notes written months ago still means the week after that interview.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import icalendar

from composer.models import Notes
from composer.next_steps import next_step_date, working_day_after, working_day_from
from composer.rolename import role_phrase, role_title

__all__ = [
    "FollowUp",
    "SendReminder",
    "follow_up",
    "merged_calendar",
    "next_step_date",
    "reminders_calendar",
    "reminders_ics",
    "working_day_after",
]

PRODID = "-//thankyou-composer//Thank-you reminders//EN"
# A stable namespace for event UIDs: the same letter gives the same UID on every run, so
# importing a re-written file updates the events instead of adding copies.
_UID_NAMESPACE = uuid.UUID("6f1c2f4e-5b8a-4d7e-9c3a-2e7d1b0a9f11")
_ALARM_AT = dt.timedelta(hours=9)  # the alarm rings at 9:00 on the day of an all-day event
FOLLOW_UP_DAYS_WITHOUT_DATE = 7


@dataclass(frozen=True)
class FollowUp:
    """When to check in if there is no news, and why that day."""

    date: dt.date
    stated: dt.date | None  # the date `next_steps` names, if it names one


def follow_up(notes: Notes, send_by: dt.date) -> FollowUp:
    """The check-in day: the working day after the stated date, else a week after the letter.

    A week after the letter that falls on a weekend moves to the Monday.
    """
    stated = next_step_date(notes.next_steps, notes.interview.date)
    if stated is not None:
        return FollowUp(working_day_after(stated), stated)
    later = send_by + dt.timedelta(days=FOLLOW_UP_DAYS_WITHOUT_DATE)
    return FollowUp(working_day_from(later), None)


class _LetterLike(Protocol):
    @property
    def to(self) -> str: ...
    @property
    def send_by(self) -> dt.date: ...
    @property
    def text(self) -> str: ...
    @property
    def coordinator(self) -> bool: ...


@dataclass(frozen=True)
class SendReminder:
    """One letter to remind about: who it is to, when it is due, and where the draft is.

    `coordinator` marks the one letter to the panel's coordinator: its event has a UID of its
    own (a coordinator may share a panellist's name) and its address is the coordinator's.
    """

    to: str
    send_by: dt.date
    draft: str  # the draft's path, or its text
    draft_is_path: bool = False
    coordinator: bool = False

    @classmethod
    def for_letter(cls, letter: _LetterLike, path: str | None = None) -> SendReminder:
        """A reminder for a composed letter; with `path`, the description names the file."""
        if path is not None:
            return cls(letter.to, letter.send_by, path, True, letter.coordinator)
        return cls(letter.to, letter.send_by, letter.text, coordinator=letter.coordinator)


def _long_date(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def _uid(notes: Notes, kind: str, who: str, scope: str = "") -> str:
    parts = (notes.company, notes.role, notes.interview.date.isoformat(), kind, who.casefold())
    # `scope` (a notes file, in a merged calendar) tells apart two candidates' interviews with
    # the same company, role, day and interviewer; without it the key is as it always was.
    key = "|".join((scope, *parts) if scope else parts)
    return f"{uuid.uuid5(_UID_NAMESPACE, key)}@thankyou-composer"


def _all_day_event(
    uid: str, day: dt.date, summary: str, description: str, stamp: dt.datetime
) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", day)  # a date, so VALUE=DATE: an all-day event
    event.add("dtend", day + dt.timedelta(days=1))  # DTEND of an all-day event is exclusive
    event.add("summary", summary)
    event.add("description", description)
    event.add("transp", "TRANSPARENT")  # a reminder does not make the day look busy
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", _ALARM_AT)
    event.add_component(alarm)
    return event


def _send_description(notes: Notes, item: SendReminder, due: dt.date) -> str:
    lines = [
        f"Your thank-you for the {role_title(notes.role)} interview at {notes.company} on "
        f"{_long_date(notes.interview.date)}."
    ]
    if due != item.send_by:
        lines.append(f"It was due on {_long_date(item.send_by)}: send it today.")
    if item.coordinator:
        who = notes.coordinator
        email = who.email if who is not None and who.name == item.to else None
    else:
        try:
            email = notes.interviewer(item.to).email
        except KeyError:
            email = None
    if email:
        lines.append(f"To: {item.to} <{email}>")
    if item.draft_is_path:
        lines.append(f"Draft: {item.draft}")
    else:
        lines += ["", item.draft.strip()]
    return "\n".join(lines)


def _follow_up_description(notes: Notes, plan: FollowUp, send_by: dt.date) -> str:
    if plan.stated is not None:
        reason = (
            f'They said: "{notes.next_steps}" ({_long_date(plan.stated)}). If you have heard '
            "nothing by now, a short, polite check-in is expected, not pushy."
        )
    else:
        reason = (
            "They gave no date for a decision. A week after your thank-you "
            f"({_long_date(send_by)}) is a good time for a short, polite check-in if you have "
            "heard nothing."
        )
    people = [
        f"{person.name} <{person.email}>" if person.email else person.name
        for person in notes.interviewers
    ]
    return "\n".join(
        [reason, "Ask where things stand and say you are still keen on the role.", "", "Who:"]
        + [f"- {person}" for person in people]
    )


def _calendar() -> icalendar.Calendar:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    return cal


def reminders_calendar(
    notes: Notes,
    sends: Sequence[SendReminder],
    *,
    now: dt.datetime,
    today: dt.date | None = None,
    scope: str = "",
) -> icalendar.Calendar:
    """The calendar: an event per letter on its send-by date, then one follow-up event.

    `now` (timezone-aware) becomes every event's DTSTAMP. With `today`, a send-by date that has
    passed moves to `today` (the letter is due now), and so does a follow-up day that has passed.
    `scope` goes into every UID (see `merged_calendar`).
    """
    if not sends:
        raise ValueError("no letters to remind about")
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    stamp = now.astimezone(dt.timezone.utc).replace(microsecond=0)

    def due(day: dt.date) -> dt.date:
        return max(day, today) if today is not None else day

    cal = _calendar()
    for item in sends:
        day = due(item.send_by)
        summary = f"Send your thank-you to {item.to}"
        kind = "send"
        if item.coordinator:
            summary += " (the coordinator)"
            kind = "send-coordinator"
        description = _send_description(notes, item, day)
        cal.add_component(
            _all_day_event(_uid(notes, kind, item.to, scope), day, summary, description, stamp)
        )
    send_by = max(item.send_by for item in sends)
    plan = follow_up(notes, send_by)
    summary = f"Check in with {notes.company} about {role_phrase(role_title(notes.role))}"
    description = _follow_up_description(notes, plan, send_by)
    uid = _uid(notes, "follow-up", "", scope)
    cal.add_component(_all_day_event(uid, due(plan.date), summary, description, stamp))
    return cal


def merged_calendar(
    interviews: Sequence[tuple[str, Notes, Sequence[SendReminder]]],
    *,
    now: dt.datetime,
    today: dt.date | None = None,
) -> icalendar.Calendar:
    """One calendar for many interviews: each one's events as `reminders_calendar` makes them.

    Each interview is `(key, notes, sends)`, where `key` names it apart from the others (its
    notes file): it goes into the UIDs, so two candidates interviewed for the same role on the
    same day by the same people still get events of their own. Interviews with no letters to
    send are left out.
    """
    cal = _calendar()
    seen: set[str] = set()
    for key, notes, sends in interviews:
        if not sends:
            continue
        one = reminders_calendar(notes, sends, now=now, today=today, scope=key)
        for event in one.walk("VEVENT"):
            uid = str(event["UID"])
            if uid in seen:
                raise ValueError(f"two interviews give the event {uid}: is {key!r} given twice?")
            seen.add(uid)
            cal.add_component(event)
    if not seen:
        raise ValueError("no letters to remind about")
    return cal


def reminders_ics(
    notes: Notes,
    sends: Sequence[SendReminder],
    *,
    now: dt.datetime,
    today: dt.date | None = None,
) -> bytes:
    """The reminders as the bytes of an .ics file (see `reminders_calendar`)."""
    data: bytes = reminders_calendar(notes, sends, now=now, today=today).to_ical()
    return data
