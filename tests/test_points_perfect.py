"""A point typed from "have" with no "I" ("have written scripts to parse logs", "have a BSc in
Physics") is the candidate's own sentence; it was printed as "Have written scripts ..." (a
broken sentence) or framed "I can have a BSc ...". Targets by hand; lines made up."""

from __future__ import annotations

import pytest

from composer.offline.items import read_point


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("have written scripts to parse logs", "I have written scripts to parse logs."),
        ("have led 3 audits", "I have led three audits."),
        ("Have also mentored two juniors", "I have also mentored two juniors."),
        ("have worked nights for 3 yrs", "I have worked nights for three years."),
        ("have a BSc in Physics", "I have a BSc in Physics."),
        ("have 5 yrs in retail", "I have five years in retail."),
    ],
)
def test_a_point_typed_from_have_is_said_with_its_i(line: str, expected: str) -> None:
    assert read_point(line).sentence() == expected
