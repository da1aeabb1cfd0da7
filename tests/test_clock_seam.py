"""`dates.local_today` is where compose and the CLI read the calendar, so a test can set it."""

from __future__ import annotations

import datetime as dt

import pytest

from composer import dates
from composer.compose import compose
from composer.errors import InputError
from composer.models import Notes
from tests.conftest import TEST_TODAY


def test_the_tests_run_on_a_fixed_day() -> None:
    assert dates.local_today() == TEST_TODAY


def test_compose_without_today_reads_the_clock_seam(
    warm_notes: Notes, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a day before the example's interview (24 November 2026): compose refuses the notes
    monkeypatch.setattr(dates, "local_today", lambda: dt.date(2026, 11, 20))
    with pytest.raises(InputError, match="in the future"):
        compose(warm_notes)


def test_send_by_passed_reads_the_clock_seam(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dates, "local_today", lambda: dt.date(2026, 11, 26))
    assert dates.send_by_passed(dt.date(2026, 11, 25))
    monkeypatch.setattr(dates, "local_today", lambda: dt.date(2026, 11, 25))
    assert not dates.send_by_passed(dt.date(2026, 11, 25))
