"""A small number after a numero sign or "#" is part of a name and stays a figure (reader 29's
h226: "the collective agreement with Sindicato N°1" was said "Sindicato N°one"). Expected text
written by hand."""

from __future__ import annotations

import pytest

from composer.offline.shorthand import expand


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("with Sindicato N°1 next year", "with Sindicato N°1 next year"),
        ("member of Local #3 since 2019", "member of Local #3 since 2019"),
        ("trained 3 apprentices", "trained three apprentices"),  # a count is still spelled
    ],
)
def test_a_number_in_a_name_stays_a_figure(typed: str, said: str) -> None:
    assert expand(typed) == said
