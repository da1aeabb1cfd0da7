"""A thesis typed with what it was on, no colon ("bachelor's thesis on eelgrass seed survival"):
said as the candidate's thesis, never as a degree or a thing held ("I hold a master's in thesis
on coral bleaching" before session 46). Expected sentences by hand."""

from __future__ import annotations

import pytest

from composer.offline.items import read_point


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "bachelor's thesis on eelgrass seed survival in the Limfjord",
            "My bachelor's thesis was on eelgrass seed survival in the Limfjord",
        ),
        ("master's thesis on coral bleaching", "My master's thesis was on coral bleaching"),
        ("MSc dissertation on flood risk in Hull", "My MSc dissertation was on flood risk in Hull"),
        (
            "PhD thesis about groundwater recharge in arid basins",
            "My PhD thesis was about groundwater recharge in arid basins",
        ),
        (
            "capstone on bridge scour monitoring, won dept prize",
            "My capstone project was on bridge scour monitoring",
        ),
    ],
)
def test_a_thesis_is_said_as_what_it_was_on(line: str, said: str) -> None:
    read = read_point(line)
    assert read.said is not None and read.said.text() == said


@pytest.mark.parametrize(
    "line",
    [
        "MSc thesis on w/ CFD + tank tests",  # a note's marks: left out, never guessed
        "hons thesis on",
    ],
)
def test_a_thesis_whose_subject_does_not_read_is_left_out(line: str) -> None:
    assert read_point(line).said is None


def test_a_project_done_on_time_is_no_thesis() -> None:
    read = read_point("delivered the project on time")
    assert read.said is not None and read.said.text() == "I delivered the project on time"
