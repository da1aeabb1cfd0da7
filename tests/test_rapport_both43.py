"""What both share, read by the grammar of the words after "both" (session 43: reader 22's
answer "we both boulder at the DAV centre in Thalkirchen" became "we are both boulder"; scouts'
"we both keen cyclists" was said as typed, with no verb). A plural noun of people at the end
("cyclists", "ringers") is what both are; a noun bare after "both", before where or how often,
is the verb made of it. Lines made up or the readers'; expectations written by hand.
"""

from __future__ import annotations

import pytest

from composer.offline.rapport import rapport_line


def _said(note: str) -> str | None:
    return rapport_line(note, ["Felix Wagner", "Felix"], tone="formal").text


@pytest.mark.parametrize(
    ("note", "said"),
    [
        ("we both keen cyclists", "It was a pleasure to discover that we are both keen cyclists."),
        (
            "both bell ringers, he rings at st marys",
            "It was a pleasure to discover that we are both bell ringers.",
        ),
        (
            "we both amateur astronomers",
            "It was a pleasure to discover that we are both amateur astronomers.",
        ),
        (
            "we both boulder at the DAV centre in Thalkirchen",
            "It was a pleasure to discover that we both boulder at the DAV centre in Thalkirchen.",
        ),
        # what was right before stays so
        ("we both keep bees", "It was a pleasure to discover that we both keep bees."),
        ("both vegan", "It was a pleasure to discover that we are both vegan."),
    ],
)
def test_what_both_share_is_said_with_the_verb_its_grammar_asks_for(note: str, said: str) -> None:
    assert _said(note) == said


def test_a_place_with_no_verb_is_still_left_out() -> None:
    assert _said("we both at RVC") is None  # were, or are? the note does not say


def test_a_note_whose_first_sentence_ends_with_a_bang_is_said_by_that_sentence() -> None:
    # reader 22 h173: left out whole ("it could not be turned into a line addressed to them")
    note = "also from winnipeg! same high school (Maples Collegiate), he was a few yrs ahead"
    assert _said(note) == "It was a pleasure to discover that we are both from Winnipeg."
