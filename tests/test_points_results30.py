"""Results and stated qualifications typed as people type them (session 30, points2): said by
shape, or left out. Expected sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline import cvstates, figures
from composer.offline.items import read_point


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # a result against its target: money before "target", a bare count after it
        (
            "raised £8k vs £5k target in 2025",
            "I raised £8,000 against a £5,000 target in 2025.",
        ),
        ("sold 340 tickets vs 250 target", "I sold 340 tickets against a target of 250."),
        # a qualification still being taken, with the month it ends
        (
            "GPCert in progress, finish jun 27",
            "I am working towards the GPCert, finishing in June 2027.",
        ),
        (
            "IOSH cert (in progress) due mar 2028",
            "I am working towards the IOSH certificate, finishing in March 2028.",
        ),
    ],
)
def test_a_result_or_a_stated_qualification_is_said(line: str, want: str) -> None:
    assert read_point(line).sentence() == want


def test_a_target_is_only_read_after_a_past_verb() -> None:
    assert figures.said("budget £8,000 vs £5,000 target") is None
    assert figures.said("sold 340 tickets vs 250 target") is not None


def test_a_qualification_named_in_words_is_not_read_as_initials() -> None:
    # "Dip" is no initials: where the name ends is not sure
    assert cvstates.read("Dip Sound Tech in progress, finish June 27") is None
    assert cvstates.read("L3 in progress, finish June 27") is None


@pytest.mark.parametrize(
    "line",
    [
        "customer ratings 3.9 -> 4.6",  # a noun held: "I have customer ratings from ..."
        "bin misses 20 -> 4 a week",  # the note with a capital: "Bin misses from 20 to 4 ..."
    ],
)
def test_a_change_typed_with_an_arrow_is_not_said_as_a_thing_held(line: str) -> None:
    said = read_point(line).sentence()
    assert said is None or any(w in said.split() for w in ("rose", "fell", "went", "helped"))
    assert figures.unsure_move(line, "have", None) != ""
    assert figures.unsure_move(line, "", "Bin misses from 20 to 4 a week") != ""
    assert figures.unsure_move(line, "", "Bin misses fell from 20 to 4 a week") == ""
    assert figures.unsure_move(line, "grew", None) == ""
    assert figures.unsure_move("ran 3 sites", "have", None) == ""
