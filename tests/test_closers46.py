"""The end of an offline letter (closers46, reader 25): a next step typed as a time alone, or as
steps joined by "then", is heard at its time rather than dropped; a close says thanks again at
most once, in words that say it is again; interest goes with the opening thanks, never stacked
in the close. Each expected sentence is written by hand from the note."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from composer import compose, load_notes
from composer.offline import phrasebook
from composer.offline.nextsteps import next_steps_line
from composer.offline.phrasebook import Variation

EXAMPLES = Path(__file__).parent.parent / "examples"
DAYS = (dt.date(2026, 12, 3), dt.date(2026, 12, 4))


def _step(value: str, tone: str = "concise") -> str:
    return next_steps_line(
        value,
        frozenset(),
        tone,
        "email",
        Variation(1),
        reader=("you", "Lisa"),
        days=DAYS,
        month_first=False,
    )


# A next step typed as its time alone: when they will be in touch.
@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("next wk", "I look forward to hearing from you next week"),
        ("early jan", "I look forward to hearing from you in early January"),
        ("mid-dec", "I look forward to hearing from you in mid-December"),
        ("by end of month", "I look forward to hearing from you by the end of the month"),
        ("w/c 14th", "I look forward to hearing from you in the week of 14 December"),
        ("within a fortnight", "I understand I should hear back from you within a fortnight"),
    ],
)
def test_a_time_alone_is_when_they_will_be_in_touch(typed: str, expected: str) -> None:
    assert _step(typed) == expected


# Steps in their order joined by "then": the news at its time is heard; checks are no step
# to look forward to ("I look forward to references").
@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ref checks first, then decision by the 18th",
         "I look forward to hearing from you by the 18th"),
        ("refs, then offer", "I look forward to hearing about next steps"),
        ("references, then an offer", "I look forward to hearing about next steps"),
    ],
)  # fmt: skip
def test_steps_joined_by_then_are_heard_at_the_time_of_the_news(typed: str, expected: str) -> None:
    assert _step(typed) == expected


@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
def test_thanks_again_says_it_is_again(tone: str) -> None:
    # after "Thank you for your time ...", a close that thanks must say it is thanks again
    for wording in phrasebook.wordings("closing", tone, "email"):
        assert re.search(r"\bagain\b|\bonce more\b", wording), wording


# A thin phone screen, too short to send without its stock sentences: the close thanks once,
# again, with no line of interest stacked beside it.
@pytest.mark.parametrize(
    ("tone", "opening"),
    [
        ("warm", "Thank you for Tuesday's phone call about the Operations Analyst position at "
                 "Larkspur Logistics."),
    ],
)  # fmt: skip
def test_a_thin_letter_thanks_once_in_its_close(tone: str, opening: str) -> None:
    notes = load_notes(EXAMPLES / "phone_screen.json").model_copy(update={"tone": tone})
    text = compose(notes, today=dt.date(2026, 12, 4))[0].text
    paragraphs = text.split("\n\n")
    assert opening in paragraphs
    close = paragraphs[-2]  # before the sign-off
    thanks = re.findall(r"\b(?:[Tt]hank|[Tt]hanks|grateful|appreciate)", close)
    assert len(thanks) <= 1, close
    interest = phrasebook.wordings("interest", tone, "email")
    assert not any(wording in close for wording in interest), close
    assert "grateful for the time" not in text and "I appreciate the time" not in text
