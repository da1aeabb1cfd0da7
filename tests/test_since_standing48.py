"""A standing held since a year is said as held from then until now ("Registered nurse since 2015,
mostly in A&E": "I have been a registered nurse since 2015, ..."); "I am a nurse since 2015" is
no English, and the gate left such lines out (session 48, the lead's probe of careful lines).
The sentences are written by hand."""

from __future__ import annotations

import pytest

from composer.offline.items import read_point


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "Registered nurse since 2015, mostly in A&E.",
            "I have been a registered nurse since 2015, mostly in A&E",
        ),
        ("Chartered engineer since 2012", "I have been a chartered engineer since 2012"),
        (
            "member of the Law Society since 2010",
            "I have been a member of the Law Society since 2010",
        ),
        ("Shift supervisor since March 2021", "I have been a shift supervisor since March 2021"),
    ],
)
def test_a_standing_held_since_a_year_is_said_as_held_until_now(line: str, said: str) -> None:
    read = read_point(line)
    assert read.said is not None and read.said.text() == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # a body's initials and the standing it gives, before its noun, are one modifier
        (
            "GDC registered dental nurse since 2018",
            "I have been a GDC-registered dental nurse since 2018",
        ),
        ("ACCA qualified accountant", "I am an ACCA-qualified accountant"),
        ("CSCS qualified since May 2020", "I have been CSCS qualified since May 2020"),
    ],
)
def test_a_standing_from_a_body_before_its_noun_is_hyphenated(line: str, said: str) -> None:
    read = read_point(line)
    assert read.said is not None and read.said.text() == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # a weight typed with its "t" glued on (reader 31's formal h233 letter printed "180t")
        (
            "ran ferment mgmt for ~180t in 2025",
            "I ran ferment management for about 180 tonnes in 2025",
        ),
        ("crushed 2,400t of fruit last vintage", "I crushed 2,400 tonnes of fruit last vintage"),
        (
            "drove a 12t excavator on the bypass job",
            "I drove a 12-tonne excavator on the bypass job",
        ),
    ],
)
def test_a_weight_in_tonnes_is_spelled_out(line: str, said: str) -> None:
    read = read_point(line)
    assert read.said is not None and read.said.text() == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # a field typed in brackets after the subject is a focus, not the school (reader 31's
        # h233 line was left out; without the school, "from Viticulture and Oenology")
        (
            "BSc Agric (Viticulture & Oenology), Stellenbosch Uni 2019",
            "I earned a BSc in Agriculture at Stellenbosch University in 2019, with a focus on"
            " viticulture and oenology",
        ),
        (
            "MSc Computer Science (Machine Learning), Edinburgh 2021",
            "I earned an MSc in Computer Science at Edinburgh in 2021, with a focus on machine"
            " learning",
        ),
        # a school in brackets stays the school
        (
            "BSc Nursing (Open University) 2016",
            "I earned a BSc in Nursing at the Open University in 2016",
        ),
        ("MSc Physics (UCL)", "I hold an MSc in Physics from UCL"),
    ],
)
def test_a_field_in_brackets_after_a_degree_is_its_focus(line: str, said: str) -> None:
    read = read_point(line)
    assert read.said is not None and read.said.text() == said
