"""A shared degree typed with "too" ("PhD at U. of Arizona too (same dept, diff years)", reader
26, session 46): said as what both did, the school given its full name. Expected by hand."""

from __future__ import annotations

import pytest

from composer.offline.rapportalso import also_mine
from composer.offline.schools import school_name


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "PhD at U. of Arizona too (same dept, diff years)",
            "we both did a PhD at the University of Arizona",
        ),
        ("MSc at Leeds too", "we both did an MSc at Leeds"),
        ("BA from Trinity too", "we both did a BA at Trinity"),
        # no degree: as before
        ("went to UC Davis same as me (viticulture, 2009)", "we both went to UC Davis"),
    ],
)
def test_a_shared_degree_is_said_as_what_both_did(note: str, expected: str) -> None:
    assert also_mine(note) == expected


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("U. of Arizona", "University of Arizona"),
        ("u of toronto", "University of Toronto"),
        ("Uppsala", "Uppsala"),
        ("U of C", "U of C"),  # Calgary? Chicago? A letter cannot say which
    ],
)
def test_a_university_typed_by_its_initial_is_named_in_full(typed: str, said: str) -> None:
    assert school_name(typed, alone=True) == said
