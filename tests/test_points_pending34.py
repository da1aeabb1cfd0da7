"""A credential still being earned is said as under way ("I am working towards ..."), never as
held and never in the experience frame ("I have experience completing a BSc ..."). Lines made
up for the test; expected sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.items import Kind, read_point


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # its state typed after it
        ("IEMA accreditation in progress", "I am working towards IEMA accreditation."),
        ("CIPD level 7 (ongoing)", "I am working towards CIPD Level 7."),
        ("forklift licence - pending", "I am working towards a forklift licence."),
        ("MSc in Marine Biology, in progress", "I am working towards an MSc in Marine Biology."),
        # a verb of progress before it
        ("completing a BA in Social Work", "I am completing a BA in Social Work."),
        ("studying for CFA level 2", "I am studying for CFA Level 2."),
        ("working toward CIPD level 5", "I am working towards CIPD Level 5."),
        ("sitting AAT level 3 in june", "I am sitting AAT Level 3 in June."),
        ("finishing my apprenticeship", "I am finishing my apprenticeship."),
    ],
)
def test_a_credential_being_earned_is_said_as_under_way(line: str, said: str) -> None:
    read = read_point(line)
    assert read.kind is Kind.UNDER_WAY
    assert read.sentence() == said


@pytest.mark.parametrize(
    "line",
    [
        "completing 40 audits a month",  # a verb of progress before no credential
        "doing the rota for 30 staff",
        "NC licence + DEA, SC pending",  # which part is pending cannot be told
        "refurb in progress",  # a state after no credential
    ],
)
def test_a_line_that_names_no_credential_being_earned_is_not_read_as_one(line: str) -> None:
    read = read_point(line)
    assert read.kind is not Kind.UNDER_WAY
    assert read.said is None or "working towards" not in read.sentence()
