"""Session 40 (creds): a contribution typed "someone who ..." said as what the candidate would
do, and left out when it names someone in lower case; expected sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.offer import read_offer


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # h149: "I run the office so pieter does not have to." was in every letter to Fatima
        ("someone who runs the office so pieter doesnt have to", None),
        ("someone who runs the stores properly", "I would run the stores properly."),
        ("someone who knows the VAT rules inside out", "I know the VAT rules inside out."),
        ("someone who can cover the weekend on-call", "I can cover the weekend on-call."),
    ],
)
def test_someone_who_is_what_the_candidate_would_do(line: str, said: str | None) -> None:
    found = read_offer(line)
    assert (found.text if found else None) == said
