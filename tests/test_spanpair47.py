"""A credential and a span of time typed in one qualification line, and a span of seasons "of" a
kind of work (session 47: reader 26's h205 "A Danish scientific diving certificate and two summers
of field work on small boats" was left out, and "a forklift licence and three years in a cold
store" held the years). Expected sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.items import read_point

SAID = [
    (
        "a forklift licence and three years in a cold store",
        "I hold a forklift licence and have spent three years in a cold store",
    ),
    ("CSCS card and 6 yrs on sites", "I hold a CSCS card and have spent six years on sites"),
    ("6 yrs on sites and a CSCS card", "I have spent six years on sites and hold a CSCS card"),
    (
        "BSc nursing and 3 years on a surgical ward",
        "I hold a BSc in nursing and have spent three years on a surgical ward",
    ),
    (
        "three years in retail and two in hospitality",
        "I have spent three years in retail and two in hospitality",
    ),
    (
        "5 yrs as a carer and 2 as a senior carer",
        "I have spent five years as a carer and two as a senior carer",
    ),
    (
        "two summers of field work on small boats",
        "I have done two summers of field work on small boats",
    ),
    ("5 seasons of trail maintenance", "I have done five seasons of trail maintenance"),
    (
        "A Danish scientific diving certificate and two summers of field work on small boats",
        "I hold a Danish scientific diving certificate and have done two summers of field work"
        " on small boats",
    ),
]


@pytest.mark.parametrize(("line", "expected"), SAID, ids=[line for line, _ in SAID])
def test_each_part_is_said_with_its_own_verb(line: str, expected: str) -> None:
    said = read_point(line).said
    assert said is not None, read_point(line).why
    assert said.text() == expected


def test_a_post_of_two_nouns_is_no_credential_and_a_span() -> None:
    line = "Four years as a dog handler and trainer with the SPCA behaviour team in Wellington"
    said = read_point(line).said
    assert said is not None
    assert said.text() == (
        "I have spent four years as a dog handler and trainer with the SPCA behaviour team"
        " in Wellington"
    )


def test_two_credentials_are_still_held_together() -> None:
    said = read_point("IPAF and PASMA").said
    assert said is not None and said.text() == "I hold IPAF and PASMA tickets"
