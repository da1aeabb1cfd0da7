"""`thankyou interview` after a panel of more than seven: the coordinator is asked for (optional)
and saved in the notes, so compose writes the one letter that thanks the whole panel."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from composer.interview import InterviewSession
from tests.test_interview import ABOUT_PRIYA, THE_REST, TODAY, run, scripted

# Eight panellists, typed by hand: one topic each, nothing else.
EIGHT = [
    ("Dana Whitfield", "moving the nightly batch jobs to streaming"),
    ("Kjetil Ølstad", "the on-call rotation for the data platform"),
    ("Amara Nwosu", "data contracts between teams"),
    ("Luis Ortega", "the cost of the warehouse"),
    ("Mei Tanaka", "testing pipelines before release"),
    ("Rhys Morgan", "the hiring plan for next year"),
    ("Sofia Rossi", "privacy reviews for new datasets"),
    ("Jonah Weiss", "the dashboard the sales team uses"),
]
SAM = ["Sam Okafor", "Talent Acquisition Partner", "sam.okafor@northwind.example", "Mr. Okafor"]
COORDINATOR_PROMPT = "The coordinator's full name, spelled exactly (optional: Enter to skip)"


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def panel(people: list[tuple[str, str]]) -> list[str]:
    """The answers for each panellist (name, three optional fields, one topic, no personal
    note), with "yes" to another after each but the last."""
    answers: list[str] = []
    for n, (name, topic) in enumerate(people):
        answers += [name, "", "", "", topic, "", ""]
        answers.append("yes" if n < len(people) - 1 else "no")
    return answers


def saved(tmp_path: Path) -> dict[str, object]:
    [path] = tmp_path.glob("northwind-analytics-2026-11-24*.json")
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_a_panel_of_eight_is_asked_for_the_coordinator_who_gets_a_letter(tmp_path: Path) -> None:
    result = run([], [*ABOUT_PRIYA, *panel(EIGHT), *SAM, *THE_REST, ""])
    assert result.exit_code == 0, result.stderr
    assert saved(tmp_path)["coordinator"] == {
        "name": "Sam Okafor",
        "title": "Talent Acquisition Partner",
        "email": "sam.okafor@northwind.example",
        "salutation": "Mr. Okafor",
    }
    assert "The panel had 8 people" in result.stdout + result.stderr
    assert "Letter to the coordinator Sam Okafor" in result.stderr
    assert result.stdout.count("Dear Mr. Okafor,") == 1


def test_the_coordinator_can_be_skipped(tmp_path: Path) -> None:
    result = run([], [*ABOUT_PRIYA, *panel(EIGHT), "", *THE_REST, ""])
    assert result.exit_code == 0, result.stderr
    assert saved(tmp_path).get("coordinator") is None
    assert "Letter to the coordinator" not in result.stderr


def test_a_small_panel_is_not_asked() -> None:
    ask, prompts = scripted([*ABOUT_PRIYA, *panel(EIGHT[:7]), *THE_REST, ""])
    notes = InterviewSession(ask, lambda _m: None, today=TODAY).run()
    assert COORDINATOR_PROMPT not in prompts and notes.coordinator is None
    assert len(notes.interviewers) == 7


def test_the_summary_shows_the_coordinator_and_clearing_the_name_drops_them() -> None:
    told: list[str] = []
    # review: change the coordinator's email, then clear the whole coordinator by name
    review = ["coordinator email", "sam@hr.example", "coordinator name", "-", ""]
    answers = [*ABOUT_PRIYA, *panel(EIGHT), *SAM, *THE_REST, *review]
    ask, prompts = scripted(answers)
    session = InterviewSession(ask, told.append, today=TODAY)
    notes = session.run()
    summaries = [m for m in told if m.startswith("\nHere is what you told me")]
    assert "The coordinator, who gets one letter for the whole panel" in summaries[0]
    assert "coordinator email: sam.okafor@northwind.example" in summaries[0]
    assert "coordinator email: sam@hr.example" in summaries[1]
    assert notes.coordinator is None and "coordinator" not in summaries[-1]
    assert len(summaries) == 3 and prompts.count(COORDINATOR_PROMPT) == 2


def test_a_bad_coordinator_email_is_asked_again() -> None:
    bad = [SAM[0], SAM[1], "sam at northwind", SAM[2], SAM[3]]
    ask, _ = scripted([*ABOUT_PRIYA, *panel(EIGHT), *bad, *THE_REST, ""])
    told: list[str] = []
    notes = InterviewSession(ask, told.append, today=TODAY).run()
    assert notes.coordinator is not None and notes.coordinator.email == SAM[2]
    assert any("not an email address" in line for line in told)
