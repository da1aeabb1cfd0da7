"""A weekday typed short is one pattern (`heard.WEEKDAY_SHORT`), which the rapport event reader
uses too (session 54: `rapportevents` kept its own list of the same days). "thur?s?" took "thus"
for a Thursday ("trial shift thus" -> "trial shift on Thursday"); the pattern is now exact.
Lines made up; each expectation written by hand."""

from __future__ import annotations

import pytest

from composer import regexes as re
from composer.offline.agreeing import _days_typed
from composer.offline.heard import WEEKDAY_SHORT, days_spelled
from composer.offline.rapportevents import event_wish

SHORT = ("mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun")


@pytest.mark.parametrize("day", SHORT)
def test_a_day_typed_short_is_a_weekday(day: str) -> None:
    assert re.fullmatch(WEEKDAY_SHORT, day, re.IGNORECASE)


@pytest.mark.parametrize("word", ["thus", "ths", "thurss", "tuess", "wedss"])
def test_thus_is_no_weekday(word: str) -> None:
    assert not re.fullmatch(WEEKDAY_SHORT, word, re.IGNORECASE)


def test_thus_is_not_spelled_as_a_day() -> None:
    assert days_spelled("trial shift thu") == "trial shift on Thursday"
    assert days_spelled("we agreed it thus") == "we agreed it thus"
    assert days_spelled("by thus") == "by thus"
    assert _days_typed("thus we meet sats?") == "thus we meet Saturdays?"


@pytest.mark.parametrize(
    ("day", "spelled"),
    [
        ("mon", "Monday"),
        ("tue", "Tuesday"),
        ("tues", "Tuesday"),
        ("wed", "Wednesday"),
        ("weds", "Wednesday"),
        ("thu", "Thursday"),
        ("thur", "Thursday"),
        ("thurs", "Thursday"),
        ("fri", "Friday"),
        ("sat", "Saturday"),
        ("sun", "Sunday"),
    ],
)
def test_the_event_reader_reads_the_short_days(day: str, spelled: str) -> None:
    assert event_wish(f"her concert {day}") == f"I hope your concert on {spelled} goes well."
    assert event_wish(f"the race on {day}") == f"I hope the race on {spelled} goes well."


def test_the_event_reader_takes_no_thus() -> None:
    assert event_wish("her concert thus") is None
