"""Next steps typed as whole careful sentences (`stepsentence`), from the blind read of
session 48 (h227, h230, h232, h234): a step with its own subject and "is planned for", "there
will be", a condition first, two steps joined by ";" or " / ", the reader's own office. The step
is welcomed with its date, one sentence, said to the right reader; a condition makes it hoped
for. Expected sentences written by hand; none of these lines is in the held-out set."""

from __future__ import annotations

import datetime as dt

import pytest

from composer import compose
from composer.models import Notes
from composer.offline import OfflineBackend
from composer.offline.nextsteps import next_steps_line
from composer.offline.phrasebook import Variation

DAYS = (dt.date(2026, 12, 3), dt.date(2026, 12, 4))  # interview Thursday, letter Friday
LISA = ("Lisa Moran", "Lisa", "Head of Nursing")


def _step(value: str, reader: tuple[str, ...] = LISA) -> str:
    return next_steps_line(
        value,
        frozenset(),
        "concise",
        "email",
        Variation(1),
        reader=reader,
        days=DAYS,
        month_first=False,
    )


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "A panel interview with the Director of Nursing is scheduled for 15 December.",
            "the panel interview with the Director of Nursing on 15 December.",
        ),
        (
            "A final round with two of the partners is expected in early January.",
            "the final round with two of the partners in early January.",
        ),
        (
            "There will be a teaching observation with Year 9 on Tuesday 8 December.",
            "a teaching observation with Year 9 on Tuesday 8 December.",
        ),
        (
            "A call with the recruiter is pencilled in for Monday.",
            "the call with the recruiter on Monday.",
        ),
    ],
)
def test_a_step_typed_as_a_sentence_is_welcomed_with_its_date(typed: str, said: str) -> None:
    line = f"{_step(typed)}."
    assert line.endswith(said) and "forward" in line, line


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "If I am shortlisted, there will be a site visit to the Leeds depot in mid-January.",
            "a site visit to the Leeds depot in mid-January.",
        ),
        (
            "Should I progress, a technical test is planned for the week of 11 January.",
            "a technical test in the week of 11 January.",
        ),
        (
            "Assuming I pass, there will be a second interview with the board, probably on "
            "17 December.",
            "a second interview with the board on 17 December.",
        ),
    ],
)
def test_a_step_under_a_condition_typed_first_is_hoped_for(typed: str, said: str) -> None:
    line = f"{_step(typed)}."
    assert line.endswith(said) and ("welcome" in line or "hope" in line), line
    assert " if " not in line and "should I" not in line, line


@pytest.mark.parametrize(
    ("typed", "reader", "said"),
    [
        (
            "The partners will meet on 10 December; Lisa's team will contact me by 18 December.",
            LISA,
            "from your team by 18 December.",
        ),
        (
            "The hiring committee meets on 9 December; Dr. Okafor's office will write to me by "
            "16 December.",
            LISA,
            "from Dr. Okafor's office by 16 December.",
        ),
        (
            "The hiring committee meets on 9 December; Dr. Okafor's office will write to me by "
            "16 December.",
            ("Ngozi Okafor", "Ngozi", "Dean"),
            "from your office by 16 December.",
        ),
        (
            "Ms. Moran's office will be in touch in the week of 14 December.",
            LISA,
            "from your office in the week of 14 December.",
        ),
    ],
)
def test_an_office_getting_in_touch_is_the_readers_own(
    typed: str, reader: tuple[str, ...], said: str
) -> None:
    line = f"{_step(typed, reader)}."
    assert line.endswith(said), line


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "decision before xmas / maybe trial shift w/ night team in jan",
            "before Christmas, and I would welcome the chance of a trial shift with the night "
            "team in January.",
        ),
        (
            "feedback by fri / poss. observed lesson w/ Year 6 in jan (Ruth)",
            "by Friday, and I would welcome the chance of an observed lesson with Year 6 in "
            "January.",
        ),
        (
            "decision after new year / poss. trial week w/ A team in Feb",
            "after the New Year, and I would welcome the chance of a trial week with the A team "
            "in February.",
        ),
    ],
)
def test_two_steps_joined_by_a_slash_are_both_said(typed: str, said: str) -> None:
    line = f"{_step(typed)}."
    assert line.endswith(said) and "hear" in line, line


def _notes(next_steps: str, channel: str, tone: str, **more: object) -> Notes:
    return Notes.model_validate(
        {
            "candidate": {"name": "Aoife Brennan", "email": "aoife@example.com"},
            "company": "Corrib Rail",
            "role": "Signalling Technician",
            "interview": {"date": "2026-12-03", "format": "video"},
            "interviewers": [
                {
                    "name": "Declan Moore",
                    "salutation": "Declan",
                    "topics": ["fault finding on the new axle counters"],
                }
            ],
            "qualifications": ["IRSE licence in maintenance"],
            "highlights": ["cut signal failure call-outs by a third at Athlone depot"],
            "next_steps": next_steps,
            "tone": tone,
            "channel": channel,
            **more,
        }
    )


_PANEL = [
    {"name": name, "topics": [topic]}
    for name, topic in (
        ("Declan Moore", "fault finding on the new axle counters"),
        ("Niamh Walsh", "the night possession plan"),
        ("Ciara Byrne", "track circuit testing"),
        ("Eoin Kelly", "the depot's safety culture"),
        ("Sinead Ryan", "training new technicians"),
    )
]


@pytest.mark.parametrize("tone", ["concise", "warm"])
@pytest.mark.parametrize("typed", ["hear back ~10 days", "they'll be in touch in about 3 wks"])
def test_a_note_waiting_on_a_step_never_closes_as_a_farewell(tone: str, typed: str) -> None:
    notes = _notes(typed, "linkedin", tone, interviewers=_PANEL)  # each note its own close
    for letter in compose(notes, OfflineBackend(), today=DAYS[1]):
        body = letter.text.strip().splitlines()[-2]  # the note's body, above the name
        assert "in touch." not in body, body


def test_a_hoped_step_and_other_roles_say_welcome_once() -> None:
    typed = "If I get through, there will be a night possession shift with the crew on 12 December."
    notes = _notes(typed, "email", "warm", open_to_other_roles=True)
    text = compose(notes, OfflineBackend(), today=DAYS[1])[0].text
    assert "a night possession shift with the crew on 12 December." in text, text
    assert text.count("welcome") == 1, text
