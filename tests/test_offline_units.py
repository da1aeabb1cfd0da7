"""A unit of measurement typed in lower case after its figure stays lower case ("35 ppb" is
never "35 PPB"); a short unknown word with no vowel elsewhere is still read as initials.
Expected texts written by hand."""

from __future__ import annotations

import pytest

from composer.offline.cleaning import clean
from composer.offline.wellformed import problem


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("cut canned DO from 95 to 35 ppb", "cut canned DO from 95 to 35 ppb"),
        ("nitrate held under 12 ppm all summer", "nitrate held under 12 ppm all summer"),
        ("5 mg dose checks", "5 mg dose checks"),
        ("ran the crm migration", "ran the CRM migration"),  # no figure before: initials
        ("ppb readings logged daily", "PPB readings logged daily"),
    ],
)
def test_a_unit_after_its_figure_keeps_its_lower_case(typed: str, said: str) -> None:
    assert clean(typed) == said


@pytest.mark.parametrize(
    ("sentence", "fine"),
    [
        ("I cut canned DO from 95 to 35 ppb at the brewery.", True),
        ("I kept nitrate under 12 ppm all summer.", True),
        # a note's word after a figure is still a note's: a clipped plural, a word with a vowel
        ("I cut the wait to 3 mths.", False),
        ("I took 2 circ shifts a week.", False),
        ("I ran 2 mgmt courses.", False),
    ],
)
def test_a_unit_after_its_figure_is_no_note_word(sentence: str, fine: bool) -> None:
    assert (problem(sentence) == "") is fine
