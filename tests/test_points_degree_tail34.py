"""A degree typed with its school after a comma and its grade last ("MSc Civil Engineering,
University of Leeds (Distinction)") is read whole as a degree, not listed as three things held
("I hold an MSc Civil Engineering and University of Leeds and with Distinction."). Lines made up
for the test; expected sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.items import Kind, read_point


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "MSc Marine Biology, University of Plymouth (Distinction)",
            "I hold an MSc in Marine Biology from the University of Plymouth, with distinction.",
        ),
        (
            "BEng Civil Engineering, University of Bath (2:1)",
            "I hold a BEng in Civil Engineering from the University of Bath, with a 2:1.",
        ),
        ("MA Archaeology, York (Merit)", "I hold an MA in Archaeology from York, with merit."),
        (
            "MSc Marine Biology, University of Plymouth, Distinction",
            "I hold an MSc in Marine Biology from the University of Plymouth, with distinction.",
        ),
    ],
)
def test_a_degree_with_its_grade_last_is_read_whole(line: str, said: str) -> None:
    read = read_point(line)
    assert read.kind is Kind.DEGREE
    assert read.sentence() == said
