"""A shared background said only when it is shared (scout 45, session 43): "He also took a
career break when his twins were born" is his own life, never "we both took a career break
when your twins were born"; "both ex Toyota Prospecton" (typed with a space) is a workplace both
had, never "we are both ex Toyota Prospecton". Expected sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.rapport import rapport_line

NAMES = ("Robert Kowalczyk", "Robert")


@pytest.mark.parametrize(
    "note",
    [
        "He also took a career break when his twins were born.",
        "she also moved to part time when her son started school",
    ],
)
def test_a_shared_past_tied_to_their_own_family_is_left_out_and_named(note: str) -> None:
    said = rapport_line(note, NAMES)
    assert said.text is None
    assert said.skipped


@pytest.mark.parametrize(
    ("note", "said"),
    [
        ("both ex Toyota Prospecton, diff yrs",
         "I enjoyed discovering that we both worked at Toyota Prospecton."),
        ("we're both ex Siemens", "I enjoyed discovering that we both worked at Siemens."),
        ("he also started out in youth work",
         "I enjoyed discovering that we both started out in youth work."),
    ],
)  # fmt: skip
def test_a_workplace_both_had_is_said_as_worked_at(note: str, said: str) -> None:
    assert rapport_line(note, NAMES).text == said
