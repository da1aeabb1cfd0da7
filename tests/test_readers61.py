"""Session 61: faults a blind reader quoted in second-language and careful notes (reader 173's
h796 and the rounds after it). Every expected sentence is written here by hand."""

from __future__ import annotations

import pytest

from composer.offline.rapport import rapport_line
from composer.offline.secondlanguage import mended


def _warm(note: str) -> str | None:
    return rapport_line(note, ()).text


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "she also studied at Oxford, same college as me",
            "I enjoyed discovering that we both studied at Oxford.",
        ),
        (
            "she went to Oxford, same college as me, a few years earlier",
            "I enjoyed discovering that we both went to Oxford.",
        ),
        (
            "she also studied at VŠCHT in Prague, same faculty like me (fermentation), but some "
            "years before",
            "I enjoyed discovering that we both studied at VŠCHT in Prague.",
        ),
        (
            "she recommended me the brewing museum in Plzeň, I did not visit yet",
            "Thank you for recommending the brewing museum in Plzeň; I will visit it.",
        ),
        (
            "she recommended the brewing museum in Plzeň, I haven't been yet",
            "Thanks, too, for recommending the brewing museum in Plzeň: I will visit it.",
        ),
        (
            "he recommended Deep Work - haven't read yet",
            "Thanks, too, for recommending Deep Work: I will read it.",
        ),
    ],
)
def test_a_shared_place_or_a_recommendation_not_yet_taken_up_is_said(typed: str, said: str) -> None:
    assert _warm(typed) == said


@pytest.mark.parametrize(
    ("typed", "field", "said"),
    [
        # a line whose last words date it: the whole line is past, not only its last clause
        (
            "she also study at VŠCHT in Prague, same faculty like me, but some years before",
            "rapport",
            "she also studied at VŠCHT in Prague, same faculty like me, but some years before",
        ),
        (
            "she recommend me the brewing museum in Plzeň, I did not visit yet",
            "rapport",
            "she recommended me the brewing museum in Plzeň, I did not visit yet",
        ),
        # a change by a share typed with no "by"; the team the deed was done in
        (
            "in Prostějov we reduce water use in steeping around 15% with new schedule, I was "
            "part of team",
            "highlights",
            "in Prostějov we reduced water use in steeping by around 15% with new schedule; I "
            "was part of the team",
        ),
        (
            "we cut the scrap rate about 8% in one year",
            "highlights",
            "we cut the scrap rate by about 8% in one year",
        ),
    ],
)
def test_a_second_language_line_is_mended(typed: str, field: str, said: str) -> None:
    assert mended(typed, field, year=2029) == said
