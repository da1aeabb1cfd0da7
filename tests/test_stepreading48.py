"""Next steps read as who does what by when (`stepreading`), from the faults the lead's probe
found in session 48: the candidate's own task logged or misread ("I hope to hear from the need
by Wednesday"), a condition or a question mark losing the step, getting back typed as a phrasal
verb, a body deciding at its meeting, a line that only waits. Expected sentences written by
hand; none of these lines is in the held-out set."""

from __future__ import annotations

import datetime as dt

import pytest

from composer.offline import phrasebook
from composer.offline.nextsteps import next_steps_line, reader_names
from composer.offline.phrasebook import Variation
from composer.offline.stepreading import conditional, no_step, own_task

DAYS = (dt.date(2026, 12, 3), dt.date(2026, 12, 4))  # interview Thursday, letter Friday


def _step(value: str) -> str:
    return next_steps_line(
        value,
        frozenset(),
        "concise",
        "email",
        Variation(1),
        reader=("Lisa Moran", "Lisa"),
        days=DAYS,
        month_first=False,
    )


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "need to send certs + refs by mon",
            "I will send my certificates and references by Monday",
        ),
        ("to post transcripts to HR by the 9th", "I will post my transcripts to HR by the 9th"),
        ("must send 3 refs asap", "I will send three references as soon as possible"),
        ("references requested, due by 12th", "I will send my references by the 12th"),
        ("I need to email my portfolio link by tues", "I will email my portfolio link by Tuesday"),
        (
            "send copy of HGV licence to Lisa by tmrw",
            "I will send a copy of my HGV licence to you today",
        ),
    ],
)
def test_the_candidates_own_task_is_a_promise(typed: str, said: str) -> None:
    assert _step(typed).startswith(said), _step(typed)


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("2nd round w/ CFO wk of 14th?", "a second round with the CFO in the week of 14 December"),
        ("trial week mid dec?", "a trial week in mid-December"),
        ("working interview next thurs if they like me", "a working interview next Thursday"),
        ("sample lesson next tues if they want to proceed", "a sample lesson next Tuesday"),
    ],
)
def test_a_step_not_sure_is_hoped_for(typed: str, said: str) -> None:
    line = _step(typed)
    assert said in line and "?" not in line and " if " not in line, line
    assert "welcome" in line or "hope" in line, line


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "recruiter to call thurs re 2nd round",
            "from the recruiter on Thursday about the second round",
        ),
        ("Gaz'll txt me re a trial day on site", "from Gaz about a trial day on site"),
        ("board meets 14 December to approve", "after the board meets on 14 December."),
        (
            "Governors ratify appts at their meeting on 9 Dec",
            "after the governors meet on 9 December",
        ),
    ],
)
def test_who_gets_in_touch_or_decides_is_heard_from(typed: str, said: str) -> None:
    assert said in _step(typed) + ".", _step(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "waiting on DBS",
        "pending refs + OH clearance",
        "offer passed 10 Dec",
        "background + credit check if offered",
        "tom to text re stage day",
    ],
)
def test_a_line_with_no_step_to_welcome_gives_the_plain_close(typed: str) -> None:
    plain = [w.rstrip(".") for w in phrasebook.wordings("next_none", "concise", "email")]
    assert _step(typed) in plain, _step(typed)


def test_the_readers_say_what_they_read() -> None:
    assert own_task("to send DBS cert number asap", (), DAYS) == (
        "send my DBS certificate number as soon as possible"
    )
    assert own_task("send me the brief", (), DAYS) is None  # theirs to send
    assert conditional("site visit if successful") == ("site visit", False)
    assert conditional("medical if offered") == ("medical", True)
    assert conditional("occ health if offered, HR will email") is None
    assert no_step("still waiting on the police check")
    assert not no_step("decision by fri")


@pytest.mark.parametrize(
    ("typed", "said", "never"),
    [
        ("feedback tmrw", "the feedback", "tomorrow"),
        ("result by email today or tomorrow", "by email", "today"),
        ("decision tonight or tomorrow", "the decision", "tomorrow"),
    ],
)
def test_a_day_typed_from_the_interview_is_said_from_the_day_it_goes(
    typed: str, said: str, never: str
) -> None:
    line = _step(typed)
    assert said in line and never not in line, line


@pytest.mark.parametrize(
    ("title", "typed", "said"),
    [
        ("General Manager", "GM will ring early next week", "from you early next week"),
        ("Managing Director", "MD to call by fri", "from you by Friday"),
    ],
)
def test_the_reader_named_by_the_initials_of_their_title_is_you(
    title: str, typed: str, said: str
) -> None:
    reader = reader_names("Dana Whitaker", title, "Dana")
    line = next_steps_line(
        typed, frozenset(), "warm", "email", Variation(1), reader=reader, days=DAYS
    )
    assert said in line, line


def test_a_promise_that_presumes_the_job_is_left_out() -> None:
    plain = [w.rstrip(".") for w in phrasebook.wordings("next_none", "concise", "email")]
    assert _step("send salary expectations to HR by fri") in plain
