"""Qualification and highlight lines a careful person would write otherwise (session 46's own
probe of common CV lines). Expected sentences by hand."""

from __future__ import annotations

import pytest

from composer.offline.items import read_point


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # a group with its size is one of many such groups: "a", never "the"
        ("led team of 6", "I led a team of six"),
        ("ran crew of 8 on night shift", "I ran a crew of eight on night shift"),
        ("supervised a team of 4", "I supervised a team of four"),
        ("led the team of 6 at Acme", "I led the team of six at Acme"),
        # an Australian certificate typed without its "in", its subject in capitals
        ("Cert III Individual Support", "I hold a Certificate III in Individual Support"),
        ("Cert IV Training and Assessment", "I hold a Certificate IV in Training and Assessment"),
        ("cert III panel beating", "I hold a Certificate III in panel beating"),
        # honours typed before the school, in a degree that names its subject (reader 27: "in
        # with first-class honours")
        (
            "Bachelor of Arts with honours from Trinity",
            "I hold a Bachelor of Arts from Trinity, with honours",
        ),
        (
            "Bachelor of Science with first-class honours from Monash University",
            "I hold a Bachelor of Science from Monash University, with first-class honours",
        ),
        # years typed as a hyphenated number word (reader 27: "I have experience in twenty-two
        # years in the fire service")
        (
            "twenty-two years in nursing, the last six as charge nurse",
            "I have spent twenty-two years in nursing, the last six as charge nurse",
        ),
    ],
)
def test_a_common_cv_line_is_said_as_a_person_would(line: str, said: str) -> None:
    read = read_point(line)
    assert read.said is not None and read.said.text() == said
