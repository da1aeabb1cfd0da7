"""A check's findings and a letter's report (composer/rules/report.py), with values by hand."""

from __future__ import annotations

from composer.rules.report import Report, Violation

ERROR = Violation("grounding", "error", "Invented.", quote="Cork", fix="Remove it.")
TONE = Violation("tone", "warning", "Loud.")
LENGTH = Violation("length", "warning", "Long.")


def test_a_violation_as_json_has_rule_severity_and_message_only() -> None:
    assert ERROR.as_dict() == {"rule": "grounding", "severity": "error", "message": "Invented."}


def test_a_report_sorts_its_findings_into_errors_and_warnings() -> None:
    report = Report("Helen", 164, (TONE, ERROR, LENGTH))
    assert report.errors == (ERROR,)
    assert report.warnings == (TONE, LENGTH)
    assert not report.ok
    assert Report("Helen", 164, (TONE,)).ok
    assert Report("Helen", 164).ok and Report("Helen", 164).violations == ()


def test_a_report_gives_its_size_as_its_channel_counts_it() -> None:
    assert Report("Helen", 164).size == "164 words"
    assert Report("Helen", 31, characters=183).size == "183 characters"
    assert Report("Helen", 0, characters=0).size == "0 characters"


def test_warnings_of_some_rules_go_and_everything_else_stays() -> None:
    tone_error = Violation("tone", "error", "Shouting.")
    report = Report("Helen", 164, (TONE, ERROR, LENGTH, tone_error), characters=900)
    assert report.without_warnings(("tone",)) == Report(
        "Helen", 164, (ERROR, LENGTH, tone_error), characters=900
    )
    assert report.without_warnings(()) == report


def test_findings_are_added_after_the_others_and_the_counts_kept() -> None:
    report = Report("Helen", 164, (TONE,), characters=900)
    assert report.with_violations([ERROR, LENGTH]) == Report(
        "Helen", 164, (TONE, ERROR, LENGTH), characters=900
    )
    assert report.with_violations(()) == report
