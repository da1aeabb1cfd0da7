"""The contribution and the next step as a candidate would say them (session 35, reader 14):
a thing and an action joined by "+" each said in its own shape, a thing named by a measure
("pair of hands") with its article, a thing with who uses it given its "that", codes typed in
lower case in capitals; a likely step said with its week, news followed by a step that may
come, a name typed in lower case heard from by name, a dated weekday without "next", a "re"
aside that stops at its part. Expected sentences written by hand (the made-up lines are other
members of each class)."""

from __future__ import annotations

import datetime as dt

import pytest

from composer.offline.nextsteps import next_steps_line
from composer.offline.offer import read_offer
from composer.offline.offermix import codes, contact
from tests.fakes import FirstChoice

MET = dt.date(2026, 12, 1)  # a Tuesday
DAYS = (MET, dt.date(2026, 12, 2))


def _plain(line: str) -> str | None:
    offer = read_offer(line, frozenset(w for w in line.split() if w.islower()))
    return None if offer is None else offer.plain()


def _step(line: str, reader: tuple[str, ...] = (), month_first: bool | None = False) -> str:
    return next_steps_line(
        line, frozenset(), "warm", "email", FirstChoice(""), reader=reader, days=DAYS,
        month_first=month_first,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # reader 14's lines
        (
            "steady pair of hands on nights + mentor the b2 apprentices",
            "I would like to bring a steady pair of hands on nights and mentor the B2 apprentices.",
        ),
        (
            "clean claims + help train new coders",
            "I would like to bring clean claims and help train new coders.",
        ),
        (
            "tighter launch process + enablement the reps actually use",
            "I would bring a tighter launch process and enablement that the representatives "
            "actually use.",
        ),
        # made up: other members of the classes
        (
            "fresh set of eyes on the rota + coach the new supervisors",
            "I would like to bring a fresh set of eyes on the rota and coach the new supervisors.",
        ),
        (
            "tighter QC program + train cellar crew on CIP",
            "I would like to bring a tighter QC program and train cellar crew on CIP.",
        ),
        (
            "clear launch calendar + dashboards the reps actually open",
            "I would bring a clear launch calendar and dashboards that the representatives "
            "actually open.",
        ),
        (
            "a proper triage process + train new handlers",
            "I would like to bring a proper triage process and train new handlers.",
        ),
        ("steady pair of hands on nights", "I would bring a steady pair of hands on nights."),
        # a new thing a list introduces is one of its kind
        (
            "monthly tasting menu + bring the juniors on",
            "I would like to introduce a monthly tasting menu and bring the juniors on.",
        ),
        (
            "weekly stock count + get shrink under 1%",
            "I would like to introduce a weekly stock count and get shrink under 1%.",
        ),
    ],
)
def test_a_thing_and_an_action_each_in_its_shape(line: str, said: str) -> None:
    assert _plain(line) == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # one verb and two things it keeps: never "keep schedules and bring budgets tight"
        (
            "keeping schedules and budgets tight",
            "I would like to keep schedules and budgets tight.",
        ),
        # an action first: the thing may be its object, never "help with X and bring Y"
        (
            "help w/ trade accounts + quotes",
            "I would like to help with trade accounts and quotes.",
        ),
        # "fast" describes here: never "fast the exhibit turnaround"
        (
            "consistent terminology across matters + fast exhibit turnaround",
            "I would bring consistent terminology across matters and fast exhibit turnaround.",
        ),
    ],
)
def test_shapes_the_mix_reader_leaves_alone(line: str, said: str) -> None:
    assert _plain(line) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("mentor the b2 apprentices", "mentor the B2 apprentices"),
        ("an a320 type rating", "an A320 type rating"),
        ("the q2 launch", "the Q2 launch"),
        ("the yr1 pupils", "the yr1 pupils"),  # shorthand, not a code
        ("2nd shift", "2nd shift"),
    ],
)
def test_codes_typed_in_lower_case(text: str, said: str) -> None:
    assert codes(text) == said


def test_who_uses_a_thing_gets_its_that() -> None:
    assert contact("tools the team will use") == "tools that the team will use"
    assert contact("help the team") is None  # a verb and its object: no thing


@pytest.mark.parametrize(
    ("line", "reader", "said"),
    [
        # reader 14's h109: a likely step, its week and who confirms
        (
            "A second interview with the managing partner is likely in the week of 14 December; "
            "HR will confirm by email.",
            ("Margaret Coulthard",),
            "I look forward to a second interview with the managing partner, possibly in the "
            "week of 14 December",
        ),
        (
            "The panel interview will be on Monday 14 December.",
            (),
            "I look forward to the panel interview on Monday 14 December",
        ),
        # reader 14's h114, to Tom: Jen is heard from by name, and the step that may follow
        (
            "jen to email by fri 4th, maybe 2nd trial day next wk",
            ("tom", "Senior Mechanic"),
            "I look forward to hearing from Jen by Friday 4 December, and I hope to have the "
            "chance of a second trial day next week",
        ),
        (
            "jen to email by fri 4th, maybe 2nd trial day next wk",
            ("jen wallace", "jen"),
            "I look forward to hearing from you by Friday 4 December, and I hope to have the "
            "chance of a second trial day next week",
        ),
        (
            "owen to call by mon 7th, possibly a site visit next wk",
            ("Priya Shah",),
            "I look forward to hearing from Owen by Monday 7 December, and I hope to have the "
            "chance of a site visit next week",
        ),
        (
            "She will let me know by the end of next week, with a possible trial Saturday on "
            "12 December",
            (),
            "I look forward to hearing from you by the end of next week, and I hope to have the "
            "chance of a trial on Saturday 12 December",
        ),
        # a guess at the time is no step to hope for
        (
            "they'll let me know in feb, poss sooner",
            (),
            "I look forward to hearing from you in February",
        ),
        # a step typed as possible is hoped for, never "the possible shadow shift"
        (
            "possible shadow shift w/ the current auditor next wk",
            (),
            "I look forward to hearing from you, and I hope to have the chance of a shadow shift "
            "with the current auditor next week",
        ),
        # the "re" aside stops at its part: never "by Friday, December 7"
        (
            "HR will email by fri re reference checks, decision likely wk of dec 7",
            (),
            "I look forward to hearing from HR by Friday",
        ),
    ],
)
def test_next_steps_said_whole(line: str, reader: tuple[str, ...], said: str) -> None:
    assert _step(line, reader) == said


def test_a_dated_weekday_needs_no_next() -> None:
    said = "I look forward to hearing from HR by Wednesday, December 9"
    assert _step("sophie said hr will email by next wed dec 9", (), True) == said
    said = "I look forward to hearing from you on Friday 11 December"
    assert _step("they'll call next fri 11th") == said
