"""Calendar reminders: next-step dates read from the notes, and the .ics file they go into."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import icalendar
import pytest

from composer.compose import compose
from composer.models import Notes
from composer.reminders import (
    SendReminder,
    follow_up,
    next_step_date,
    reminders_calendar,
    reminders_ics,
    working_day_after,
)

TUESDAY = dt.date(2026, 11, 24)  # the interview in these tests: Tuesday 24 November 2026
NOW = dt.datetime(2026, 11, 24, 18, 5, 30, tzinfo=dt.timezone.utc)


def _notes(**changes: Any) -> Notes:
    data: dict[str, Any] = {
        "candidate": {"name": "Priya Raman"},
        "company": "Northwind Analytics",
        "role": "Senior Data Engineer",
        "interview": {"date": "2026-11-24"},
        "interviewers": [
            {"name": "Dana Whitfield", "email": "dana.whitfield@northwind.example"},
            {"name": "Kjetil Ølstad"},
        ],
        "qualifications": ["six years running Airflow and Kafka in production"],
        "next_steps": "a decision by December 5",
    }
    data.update(changes)
    return Notes.model_validate(data)


# Each expected date was worked out by hand on a calendar for an interview on Tue 24 Nov 2026.
NEXT_STEPS_TABLE = [
    ("a decision by December 5", dt.date(2026, 12, 5)),
    ("by Dec. 3rd", dt.date(2026, 12, 3)),
    ("3 December", dt.date(2026, 12, 3)),
    ("the 5th of January", dt.date(2027, 1, 5)),
    ("December 5, 2027", dt.date(2027, 12, 5)),
    ("2026-12-18", dt.date(2026, 12, 18)),
    ("a decision on the 9th", dt.date(2026, 12, 9)),
    ("they hope to decide on the 30th", dt.date(2026, 11, 30)),
    ("next week", dt.date(2026, 12, 4)),
    ("this week", dt.date(2026, 11, 27)),
    ("by the end of the week", dt.date(2026, 11, 27)),
    ("they will call on Friday", dt.date(2026, 11, 27)),
    ("next Friday", dt.date(2026, 12, 4)),
    ("a call on Monday", dt.date(2026, 11, 30)),
    ("early January", dt.date(2027, 1, 10)),
    ("mid-January", dt.date(2027, 1, 20)),
    ("late January", dt.date(2027, 1, 31)),
    ("by the end of January", dt.date(2027, 1, 31)),
    ("sometime in January", dt.date(2027, 1, 31)),
    ("in January 2027", dt.date(2027, 1, 31)),
    ("by January", dt.date(2027, 1, 1)),
    ("in two weeks", dt.date(2026, 12, 8)),
    ("within a couple of weeks", dt.date(2026, 12, 8)),
    ("within 5 business days", dt.date(2026, 12, 1)),
    ("in 10 days", dt.date(2026, 12, 4)),
    ("by the end of the month", dt.date(2026, 11, 30)),
    ("next month", dt.date(2026, 12, 31)),
    ("tomorrow", dt.date(2026, 11, 25)),
    ("a first call on the 9th, then a decision by December 15", dt.date(2026, 12, 15)),
    ("the week of December 7", dt.date(2026, 12, 11)),  # that week's Friday
    ("by end of next week", dt.date(2026, 12, 4)),
    ("within 2-3 weeks", dt.date(2026, 12, 15)),  # the far end of a range
    ("in 7–10 business days", dt.date(2026, 12, 8)),
    # days and weeks as notes type them (reader 7's "w/c 14 dec", "call mon")
    ("they'll call mon", dt.date(2026, 11, 30)),
    ("they'll call by thurs prob", dt.date(2026, 11, 26)),
    ("she'll ring me next wk", dt.date(2026, 12, 4)),
    ("letters out w/c 14 dec", dt.date(2026, 12, 18)),  # that week's Friday
    ("by end of wk", dt.date(2026, 11, 27)),
    ("will email tmrw", dt.date(2026, 11, 25)),
    ("trial shift on sat", dt.date(2026, 11, 28)),
    # no date at all
    (None, None),
    ("we sat down with HR, they will be in touch", None),  # "sat" the verb is no Saturday
    ("thus far 2 candidates, they will be in touch", None),  # "thus" is no Thursday (it crashed)
    ("decision thu", dt.date(2026, 11, 26)),
    ("", None),
    ("they will be in touch", None),
    ("we may 5 candidates shortlist", None),  # the verb "may" is no month
    ("a decision by November 20", None),  # before the interview: a slip, not next year
    ("2026-11-01", None),
]


@pytest.mark.parametrize(("text", "expected"), NEXT_STEPS_TABLE)
def test_next_step_date_table(text: str | None, expected: dt.date | None) -> None:
    assert next_step_date(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("next week", dt.date(2025, 6, 20)),
        ("by December 5", dt.date(2025, 12, 5)),
        ("early January", dt.date(2026, 1, 10)),
        ("on the 9th", dt.date(2025, 7, 9)),
    ],
)
def test_next_step_date_reads_from_the_interview_date_not_today(
    text: str, expected: dt.date
) -> None:
    # Wednesday 11 June 2025: the same words name other days than for the November interview.
    assert next_step_date(text, dt.date(2025, 6, 11)) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2026, 12, 4), dt.date(2026, 12, 7)),  # Friday -> Monday
        (dt.date(2026, 12, 5), dt.date(2026, 12, 7)),  # Saturday -> Monday
        (dt.date(2026, 12, 6), dt.date(2026, 12, 7)),  # Sunday -> Monday
        (dt.date(2026, 12, 9), dt.date(2026, 12, 10)),  # Wednesday -> Thursday
    ],
)
def test_working_day_after(day: dt.date, expected: dt.date) -> None:
    assert working_day_after(day) == expected


def test_follow_up_is_the_working_day_after_the_stated_date() -> None:
    plan = follow_up(_notes(), dt.date(2026, 11, 25))
    assert plan.stated == dt.date(2026, 12, 5)  # a Saturday
    assert plan.date == dt.date(2026, 12, 7)  # so the Monday after


def test_follow_up_reads_a_day_typed_short() -> None:
    plan = follow_up(_notes(next_steps="Jen will call mon re next steps"), dt.date(2026, 11, 25))
    assert plan.stated == dt.date(2026, 11, 30)  # the Monday after the interview
    assert plan.date == dt.date(2026, 12, 1)  # so the working day after it


def test_follow_up_without_a_date_is_a_week_after_the_letter() -> None:
    plan = follow_up(_notes(next_steps="they will be in touch"), dt.date(2026, 11, 25))
    assert plan.stated is None
    assert plan.date == dt.date(2026, 12, 2)


def test_follow_up_a_week_after_a_saturday_letter_moves_to_monday() -> None:
    notes = _notes(next_steps=None, interview={"date": "2026-11-27"})  # a Friday interview
    assert follow_up(notes, dt.date(2026, 11, 28)).date == dt.date(2026, 12, 7)


def _sends() -> list[SendReminder]:
    return [
        SendReminder("Dana Whitfield", dt.date(2026, 11, 25), "drafts/dana-whitfield.eml", True),
        SendReminder(
            "Kjetil Ølstad",
            dt.date(2026, 11, 25),
            "Dear Kjetil,\n\nThank you; it was a pleasure.\n\nKind regards,\nPriya Raman",
        ),
    ]


def _events(data: bytes) -> list[icalendar.Event]:
    cal = icalendar.Calendar.from_ical(data)
    return list(cal.walk("VEVENT"))


def test_ics_round_trips_with_one_event_per_letter_and_a_follow_up() -> None:
    data = reminders_ics(_notes(), _sends(), now=NOW)
    cal = icalendar.Calendar.from_ical(data)
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["PRODID"])
    events = _events(data)
    assert [str(event["SUMMARY"]) for event in events] == [
        "Send your thank-you to Dana Whitfield",
        "Send your thank-you to Kjetil Ølstad",
        "Check in with Northwind Analytics about the Senior Data Engineer role",
    ]
    starts = [event.decoded("DTSTART") for event in events]
    ends = [event.decoded("DTEND") for event in events]
    # all-day events: plain dates, not datetimes, each one day long
    assert all(type(day) is dt.date for day in starts + ends)
    assert starts == [dt.date(2026, 11, 25), dt.date(2026, 11, 25), dt.date(2026, 12, 7)]
    one_day = dt.timedelta(days=1)
    assert [end - start for start, end in zip(starts, ends, strict=True)] == [one_day] * 3
    assert all(event.decoded("DTSTAMP") == NOW.replace(microsecond=0) for event in events)
    uids = [str(event["UID"]) for event in events]
    assert len(set(uids)) == 3 and all(uid.endswith("@thankyou-composer") for uid in uids)


def test_ics_descriptions_hold_the_draft_path_or_text_exactly() -> None:
    dana, kjetil, check_in = _events(reminders_ics(_notes(), _sends(), now=NOW))
    assert "Draft: drafts/dana-whitfield.eml" in str(dana["DESCRIPTION"])
    assert "To: Dana Whitfield <dana.whitfield@northwind.example>" in str(dana["DESCRIPTION"])
    # commas, semicolons and new lines survive the escaping
    assert str(kjetil["DESCRIPTION"]).endswith(
        "Dear Kjetil,\n\nThank you; it was a pleasure.\n\nKind regards,\nPriya Raman"
    )
    assert '"a decision by December 5"' in str(check_in["DESCRIPTION"])
    assert "Dana Whitfield <dana.whitfield@northwind.example>" in str(check_in["DESCRIPTION"])


def test_ics_text_follows_rfc_5545_by_python_s_own_reading() -> None:
    data = reminders_ics(_notes(), _sends(), now=NOW)
    text = data.decode("utf-8")
    lines = data.split(b"\r\n")
    assert lines[-1] == b"" and b"\n" not in b"".join(lines)  # every line ends in CRLF
    assert max(len(line) for line in lines) <= 75  # folded at 75 octets
    for line in lines:
        line.decode("utf-8")  # a fold never splits a character
    starts = re.findall(r"^DTSTART;VALUE=DATE:(\d{8})\r$", text, re.MULTILINE)
    assert [dt.datetime.strptime(day, "%Y%m%d").date() for day in starts] == [
        dt.date(2026, 11, 25),
        dt.date(2026, 11, 25),
        dt.date(2026, 12, 7),
    ]
    stamps = re.findall(r"^DTSTAMP:(\d{8}T\d{6}Z)\r$", text, re.MULTILINE)
    assert stamps == ["20261124T180530Z"] * 3
    assert text.count("BEGIN:VALARM") == 3


def test_the_follow_up_without_a_stated_date_comes_a_week_after() -> None:
    notes = _notes(next_steps=None)
    *_, check_in = _events(reminders_ics(notes, _sends(), now=NOW))
    assert check_in.decoded("DTSTART") == dt.date(2026, 12, 2)
    assert "gave no date" in str(check_in["DESCRIPTION"])


def test_uids_are_stable_so_a_reimport_updates_the_events() -> None:
    first = [str(e["UID"]) for e in _events(reminders_ics(_notes(), _sends(), now=NOW))]
    later = NOW + dt.timedelta(hours=3)
    again = [str(e["UID"]) for e in _events(reminders_ics(_notes(), _sends(), now=later))]
    assert first == again
    other_role = _notes(role="Staff Data Engineer")
    assert set(first).isdisjoint(
        str(e["UID"]) for e in _events(reminders_ics(other_role, _sends(), now=NOW))
    )


def test_a_passed_send_by_date_moves_to_today() -> None:
    today = dt.date(2026, 11, 27)
    dana, _kjetil, check_in = _events(reminders_ics(_notes(), _sends(), now=NOW, today=today))
    assert dana.decoded("DTSTART") == today
    assert "It was due on Wednesday 25 November 2026" in str(dana["DESCRIPTION"])
    assert check_in.decoded("DTSTART") == dt.date(2026, 12, 7)  # still to come: unchanged


def test_calendar_needs_letters_and_an_aware_time() -> None:
    with pytest.raises(ValueError, match="no letters"):
        reminders_calendar(_notes(), [], now=NOW)
    with pytest.raises(ValueError, match="timezone-aware"):
        reminders_calendar(_notes(), _sends(), now=NOW.replace(tzinfo=None))


def test_send_reminder_for_a_composed_letter(warm_notes: Notes) -> None:
    (letter,) = compose(warm_notes)
    with_text = SendReminder.for_letter(letter)
    with_path = SendReminder.for_letter(letter, "out/dana.txt")
    assert (with_text.to, with_text.send_by, with_text.draft) == (
        "Dana Whitfield",
        dt.date(2026, 11, 25),
        letter.text,
    )
    assert with_path.draft == "out/dana.txt" and with_path.draft_is_path


def test_a_coordinator_named_like_a_panellist_gets_an_event_of_their_own() -> None:
    notes = _notes(coordinator={"name": "Dana Whitfield", "email": "dana.w@hr.example"})
    sends = [
        *_sends(),
        SendReminder("Dana Whitfield", dt.date(2026, 11, 25), "drafts/c.eml", True, True),
    ]
    events = _events(reminders_ics(notes, sends, now=NOW))
    uids = [str(event["UID"]) for event in events]
    assert len(uids) == 4 and len(set(uids)) == 4
    panellist, _kjetil, coordinator, _check_in = events
    assert str(panellist["SUMMARY"]) == "Send your thank-you to Dana Whitfield"
    assert str(coordinator["SUMMARY"]) == "Send your thank-you to Dana Whitfield (the coordinator)"
    # each event addresses its own reader
    assert "To: Dana Whitfield <dana.whitfield@northwind.example>" in str(panellist["DESCRIPTION"])
    assert "To: Dana Whitfield <dana.w@hr.example>" in str(coordinator["DESCRIPTION"])
    assert "Draft: drafts/c.eml" in str(coordinator["DESCRIPTION"])
    # and the panellist's UID is the one it had before there was a coordinator
    alone = _events(reminders_ics(_notes(), _sends(), now=NOW))
    assert str(alone[0]["UID"]) == uids[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # interview Tuesday 24 November: the week after Friday 27th is the week of 30 November
        ("interviews finish fri, decision the wk after", dt.date(2026, 12, 4)),
        # a holiday bounds the timeline when no date is named
        ("decision prob before xmas", dt.date(2026, 12, 24)),
        ("they'll decide after new year", dt.date(2027, 1, 8)),
        # ... and never pushes back a date the notes do name ("decision this week")
        ("decision this week, they want someone before new yrs eve", dt.date(2026, 11, 27)),
    ],
)
def test_a_week_after_a_day_and_a_holiday_bound_are_read(text: str, expected: dt.date) -> None:
    assert next_step_date(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("role", "summary", "said"),
    [
        # the role as typed carries a requisition number and a site: the events name the role
        # as the letters do, and the summary says "role" once
        (
            "Senior Data Engineer - Req #4471 (Leeds site)",
            "Check in with Northwind Analytics about the Senior Data Engineer role",
            "Your thank-you for the Senior Data Engineer interview at Northwind Analytics",
        ),
        (
            "Data Engineering Lead role",
            "Check in with Northwind Analytics about the Data Engineering Lead role",
            "Your thank-you for the Data Engineering Lead role interview at Northwind Analytics",
        ),
    ],
)
def test_events_name_the_role_as_a_letter_does(role: str, summary: str, said: str) -> None:
    dana, _kjetil, check_in = _events(reminders_ics(_notes(role=role), _sends(), now=NOW))
    assert str(check_in["SUMMARY"]) == summary
    assert str(dana["DESCRIPTION"]).startswith(said)
