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
    ],
)
def test_a_common_cv_line_is_said_as_a_person_would(line: str, said: str) -> None:
    read = read_point(line)
    assert read.said is not None and read.said.text() == said
