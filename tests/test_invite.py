"""Reading an interview invitation (.ics) into notes: tested on invitations as Google Calendar,
Outlook (Exchange) and Apple Calendar write them, kept by hand in tests/invites/."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from pathlib import Path

import pytest

from composer.compose import compose
from composer.errors import InputError
from composer.invite import Person, load_invite, notes_from_invite, read_invite
from composer.models import Notes

INVITES = Path(__file__).parent / "invites"
LONDON = zoneinfo.ZoneInfo("Europe/London")


def _ics(*event_lines: str, method: str = "REQUEST") -> bytes:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Test//Handwritten//EN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        "UID:test-1@example.org",
        "DTSTAMP:20261117T120000Z",
        *event_lines,
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    return "\r\n".join(lines).encode("utf-8")


PEOPLE = (
    "ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@fabrikam.example",
    "ATTENDEE;CN=Dana Whitfield:mailto:dana.whitfield@fabrikam.example",
    "ATTENDEE;CN=Priya Raman:mailto:priya.raman@gmail.com",
)


# --- Google Calendar ---------------------------------------------------------------------------


def test_google_invitation_gives_three_interviewers_spelled_exactly() -> None:
    invitation = load_invite(INVITES / "google.ics", tz=LONDON)
    assert invitation.candidate == Person("Priya Raman", "priya.raman@gmail.com")
    assert invitation.interviewers == (
        Person("Dana Whitfield", "dana.whitfield@northwind-analytics.com"),
        Person("Kjetil Ølstad", "kjetil.olstad@northwind-analytics.com"),
        Person("Siobhán O'Connor-Nguyen", "siobhan.oconnor-nguyen@northwind-analytics.com"),
    )
    assert invitation.company == "Northwind Analytics"  # the title's spelling, not the domain's
    assert invitation.format == "video"
    assert invitation.date == dt.date(2026, 11, 24)
    assert invitation.unread == ()
    assert any("NYC-7-Harbour" in line and "room" in line for line in invitation.remarks)


@pytest.mark.parametrize(
    ("zone", "day"),
    [
        ("Europe/Oslo", dt.date(2026, 11, 24)),  # 23:00 there
        ("America/New_York", dt.date(2026, 11, 24)),  # 17:00
        ("Asia/Tokyo", dt.date(2026, 11, 25)),  # 07:00 the next morning
    ],
)
def test_google_utc_start_is_read_in_the_candidate_s_time_zone(zone: str, day: dt.date) -> None:
    invitation = load_invite(INVITES / "google.ics", tz=zoneinfo.ZoneInfo(zone))
    assert invitation.date == day


def test_google_notes_are_accepted_by_compose_once_the_facts_are_filled_in() -> None:
    notes, to_fill = notes_from_invite(load_invite(INVITES / "google.ics", tz=LONDON))
    assert [person["name"] for person in notes["interviewers"]] == [
        "Dana Whitfield",
        "Kjetil Ølstad",
        "Siobhán O'Connor-Nguyen",
    ]
    assert notes["candidate"] == {"name": "Priya Raman", "email": "priya.raman@gmail.com"}
    assert notes["interview"] == {"date": "2026-11-24", "format": "video", "stage": ""}
    assert [line.split(":")[0] for line in to_fill] == ["role", "qualifications, highlights"]
    with pytest.raises(ValueError, match="role"):
        Notes.model_validate(notes)
    notes["role"] = "Senior Data Engineer"
    notes["qualifications"] = ["six years running Airflow and Kafka in production"]
    letters = compose(Notes.model_validate(notes))
    assert [letter.to for letter in letters] == [
        "Dana Whitfield",
        "Kjetil Ølstad",
        "Siobhán O'Connor-Nguyen",
    ]
    assert all(letter.ok for letter in letters), [letter.report for letter in letters]


# --- Outlook / Exchange ------------------------------------------------------------------------


def test_outlook_invitation_turns_directory_names_around() -> None:
    invitation = load_invite(INVITES / "outlook.ics", tz=LONDON)
    assert invitation.candidate == Person("Mei-Ling Zhou", "meiling.zhou@outlook.com")
    assert invitation.interviewers == (
        Person("Amélie Dubois-Lefèvre", "Amelie.Dubois-Lefevre@brightline.example"),
        Person("Kjetil Ølstad", "Kjetil.Olstad@brightline.example"),
        Person("Wei Chen", "Wei.Chen@brightline.example"),
    )
    assert '"Chen, Wei (People Ops)" is written as "Wei Chen"' in invitation.remarks
    assert invitation.company == "Brightline Health"
    assert invitation.format == "onsite"
    assert invitation.date == dt.date(2026, 11, 24)


def test_outlook_room_is_left_out_and_the_absent_organiser_is_mentioned() -> None:
    invitation = load_invite(INVITES / "outlook.ics", tz=LONDON)
    assert all("Liffey" not in (person.name or "") for person in invitation.interviewers)
    assert any(line.startswith("DUB-3 Liffey") for line in invitation.remarks)
    organiser = [line for line in invitation.remarks if "organised the meeting" in line]
    assert organiser and organiser[0].startswith("Ngozi Okafor <Ngozi.Okafor@brightline.example>")


def test_outlook_windows_time_zone_is_understood() -> None:
    # 14:00 in "GMT Standard Time" is 23:00 in Tokyo the same day, 09:00 in New York
    path = INVITES / "outlook.ics"
    assert load_invite(path, tz=zoneinfo.ZoneInfo("Asia/Tokyo")).date == dt.date(2026, 11, 24)
    assert load_invite(path, tz=zoneinfo.ZoneInfo("Pacific/Kiritimati")).date == dt.date(
        2026, 11, 25
    )  # UTC+14: 04:00 the next day


# --- Apple Calendar ----------------------------------------------------------------------------


def test_apple_invitation_phone_screen() -> None:
    invitation = load_invite(INVITES / "apple.ics", tz=zoneinfo.ZoneInfo("America/Los_Angeles"))
    assert invitation.company == "Lumen Robotics"
    assert invitation.format == "phone"
    assert invitation.date == dt.date(2026, 11, 24)
    assert invitation.candidate == Person("Jonah Feld", "jonah.feld@icloud.com")
    # the organiser attends; the one who declined does not count; an address alone has no name
    assert invitation.interviewers == (
        Person("Seán Ó Briain", "sean.obriain@lumenrobotics.example"),
        Person(None, "r.adeyemi@lumenrobotics.example"),
    )
    assert any("Tomás Herrera" in line and "declined" in line for line in invitation.remarks)
    assert invitation.unread == (
        "interviewers[1].name: the invitation gives only the address "
        "r.adeyemi@lumenrobotics.example; add the name as they spell it",
    )


def test_apple_time_zone_date_moves_for_a_candidate_in_london() -> None:
    # 17:00 in Los Angeles is 01:00 the next day in London
    assert load_invite(INVITES / "apple.ics", tz=LONDON).date == dt.date(2026, 11, 25)
    # without a zone, the event's own wall-clock day
    assert load_invite(INVITES / "apple.ics").date == dt.date(2026, 11, 24)


def test_apple_notes_leave_the_unknown_name_blank_and_list_it() -> None:
    notes, to_fill = notes_from_invite(load_invite(INVITES / "apple.ics"))
    assert notes["interviewers"][1] == {
        "name": "",
        "title": "",
        "email": "r.adeyemi@lumenrobotics.example",
        "salutation": "",
        "topics": [],
        "rapport": [],
    }
    assert to_fill[0].startswith("interviewers[1].name:")


# --- the details, one at a time ----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        'ATTENDEE;CN="Kjetil Ølstad":mailto:kjetil@fabrikam.example',
        "ATTENDEE;CN=Kjetil Ølstad:mailto:kjetil@fabrikam.example",
        "ATTENDEE;CN=Kjetil Ølstad:MAILTO:kjetil@fabrikam.example",
        "ATTENDEE;CN=Kjetil Ølstad:MailTo:kjetil@fabrikam.example",
        'ATTENDEE;CN="Ølstad, Kjetil":mailto:kjetil@fabrikam.example',
        'ATTENDEE;CN="Ølstad,  Kjetil [EXT]":mailto:kjetil@fabrikam.example',
        "ATTENDEE;RSVP=TRUE;CN=Kjetil\r\n  Ølstad:mailto:kjetil@fabr\r\n ikam.example",  # folded
    ],
)
def test_attendee_forms_give_the_same_person(line: str) -> None:
    invitation = read_invite(_ics("DTSTART:20261124T150000Z", *PEOPLE, line))
    assert invitation.interviewers[-1] == Person("Kjetil Ølstad", "kjetil@fabrikam.example")


@pytest.mark.parametrize(
    ("cn", "name"),
    [
        ("Dana Whitfield\\, PhD", "Dana Whitfield, PhD"),  # a suffix, not "Last, First"
        ('"Whitfield, Dana Marie"', "Dana Marie Whitfield"),
        ('"van der Berg, Anna"', "Anna van der Berg"),
        ("kjetil@fabrikam.example", None),  # the address as a name: no name
    ],
)
def test_display_names(cn: str, name: str | None) -> None:
    invitation = read_invite(
        _ics(
            "DTSTART:20261124T150000Z", *PEOPLE, f"ATTENDEE;CN={cn}:mailto:kjetil@fabrikam.example"
        )
    )
    assert invitation.interviewers[-1].name == name


def test_groups_non_participants_and_repeats_are_left_out() -> None:
    invitation = read_invite(
        _ics(
            "DTSTART:20261124T150000Z",
            *PEOPLE,
            "ATTENDEE;CUTYPE=GROUP;CN=Design team:mailto:design@fabrikam.example",
            "ATTENDEE;ROLE=NON-PARTICIPANT;CN=Ngozi Okafor:mailto:ngozi@fabrikam.example",
            "ATTENDEE;CN=Dana Whitfield:MAILTO:Dana.Whitfield@fabrikam.example",
        )
    )
    assert invitation.interviewers == (Person("Dana Whitfield", "dana.whitfield@fabrikam.example"),)
    assert any("Design team" in line and "group" in line for line in invitation.remarks)


def test_me_names_the_candidate_when_the_domains_cannot() -> None:
    data = _ics(
        "DTSTART:20261124T150000Z",
        "ORGANIZER;CN=Dana Whitfield:mailto:dana@fabrikam.example",
        "ATTENDEE;CN=Dana Whitfield:mailto:dana@fabrikam.example",
        "ATTENDEE;CN=Sam Reyes:mailto:sam.reyes@fabrikam.example",  # an internal candidate
    )
    unsure = read_invite(data)
    assert unsure.candidate is None
    assert len(unsure.interviewers) == 2
    assert any(line.startswith("candidate: could not tell") for line in unsure.unread)
    sure = read_invite(data, me="SAM.REYES@fabrikam.example")
    assert sure.candidate == Person("Sam Reyes", "sam.reyes@fabrikam.example")
    assert sure.interviewers == (Person("Dana Whitfield", "dana@fabrikam.example"),)
    assert read_invite(data, me="Sam Reyes").candidate == sure.candidate


@pytest.mark.parametrize(
    ("summary", "organiser", "company"),
    [
        ("Interview at Fabrikam Ltd", "recruiter@gmail.com", "Fabrikam Ltd"),
        ("Priya Raman <> Contoso Pharma", "scheduling@greenhouse.io", "Contoso Pharma"),
        ("Interview with Dana Whitfield", "recruiter@gmail.com", None),  # a person, not a firm
        ("Catch-up", "recruiter@gmail.com", None),
        ("Final round: Fabrikam", "dana@fabrikam-labs.example", "Fabrikam"),
        ("Final round", "dana@fabrikam-labs.example", "Fabrikam Labs"),  # guessed, flagged
        ("Final round", "dana@mail.fabrikam.co.uk", "Fabrikam"),
    ],
)
def test_company(summary: str, organiser: str, company: str | None) -> None:
    invitation = read_invite(
        _ics(
            "DTSTART:20261124T150000Z",
            f"SUMMARY:{summary}",
            f"ORGANIZER;CN=Dana Whitfield:mailto:{organiser}",
            f"ATTENDEE;CN=Dana Whitfield:mailto:{organiser}",
            "ATTENDEE;CN=Priya Raman:mailto:priya.raman@gmail.com",
        ),
        me="priya.raman@gmail.com",
    )
    assert invitation.company == company
    if company is None:
        assert any(line.startswith("company:") for line in invitation.unread)
    guessed = any("is a guess from the address domain" in line for line in invitation.remarks)
    assert guessed == (summary == "Final round")


@pytest.mark.parametrize(
    ("lines", "fmt"),
    [
        (["LOCATION:https://us02web.zoom.us/j/81234567890?pwd=abc"], "video"),
        (["DESCRIPTION:Microsoft Teams meeting\\nJoin on your computer"], "video"),
        (["LOCATION:Phone", "SUMMARY:Phone interview"], "phone"),
        (["LOCATION:+44 20 7946 0958"], "phone"),
        (["LOCATION:Fabrikam\\, 1 Quay Street\\, Galway"], "onsite"),
        (["ATTENDEE;CUTYPE=ROOM;CN=Boardroom:mailto:boardroom@fabrikam.example"], "onsite"),
        (["LOCATION:TBD"], None),
        ([], None),
    ],
)
def test_format(lines: list[str], fmt: str | None) -> None:
    invitation = read_invite(_ics("DTSTART:20261124T150000Z", *PEOPLE, *lines))
    assert invitation.format == fmt
    assert any(line.startswith("interview.format:") for line in invitation.unread) == (fmt is None)


def test_an_all_day_invitation_and_a_missing_start() -> None:
    assert read_invite(_ics("DTSTART;VALUE=DATE:20261124", *PEOPLE)).date == dt.date(2026, 11, 24)
    undated = read_invite(_ics(*PEOPLE))
    assert undated.date is None
    assert any(line.startswith("interview.date:") for line in undated.unread)
    notes, _ = notes_from_invite(undated)
    assert notes["interview"]["date"] == ""


def test_a_fold_inside_a_utf8_character_is_read() -> None:
    line = "ATTENDEE;CN=Kjetil Ølstad:mailto:kjetil@fabrikam.example".encode()
    cut = line.index("Ø".encode()) + 1  # between the two bytes of "Ø"
    data = _ics("DTSTART:20261124T150000Z", *PEOPLE).replace(
        b"END:VEVENT", line[:cut] + b"\r\n " + line[cut:] + b"\r\nEND:VEVENT"
    )
    assert read_invite(data).interviewers[-1] == Person("Kjetil Ølstad", "kjetil@fabrikam.example")


def test_utf16_invitation_with_a_byte_order_mark_is_read() -> None:
    data = (INVITES / "google.ics").read_bytes().decode("utf-8").encode("utf-16")
    assert read_invite(data).company == "Northwind Analytics"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"Hi Priya, see you on Tuesday!", "not an iCalendar file"),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "holds no event"),
        (b"BEGIN:VCALENDAR\r\nthis is no content line\r\nEND:VCALENDAR\r\n", "cannot read it"),
    ],
)
def test_bad_invitations_are_named_with_a_fix(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "invite.ics"
    path.write_bytes(data)
    with pytest.raises(InputError, match=message) as caught:
        load_invite(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert "\n" not in str(caught.value)


def test_missing_and_huge_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_invite(tmp_path / "nowhere.ics")
    huge = tmp_path / "huge.ics"
    huge.write_bytes(b"BEGIN:VCALENDAR\r\n" + b"X" * 2_100_000)
    with pytest.raises(InputError, match="more than 2,000,000 bytes"):
        load_invite(huge)


def test_a_saved_invitation_email_is_read_from_its_calendar_part() -> None:
    from_email = load_invite(INVITES / "google-invitation.eml", tz=LONDON)
    from_file = load_invite(INVITES / "google.ics", tz=LONDON)
    assert from_email.interviewers == from_file.interviewers
    assert (from_email.company, from_email.date, from_email.format) == (
        "Northwind Analytics",
        dt.date(2026, 11, 24),
        "video",
    )


def test_an_email_without_an_invitation_is_named(tmp_path: Path) -> None:
    mail = tmp_path / "thanks.eml"
    mail.write_bytes(
        b"From: Dana Whitfield <dana@fabrikam.example>\r\nTo: priya@example.com\r\n"
        b"Subject: See you Tuesday\r\nContent-Type: text/plain\r\n\r\nLooking forward to it.\r\n"
    )
    with pytest.raises(InputError, match="an email with no invitation in it"):
        load_invite(mail)
