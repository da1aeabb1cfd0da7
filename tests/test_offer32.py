"""Contributions, session 32 (after reader 12: "docs that cut the 'how do i' tickets" pasted its
quotes; "so they arent just relying on ..." became "so that you are, not just relying on ...";
"so that survey data is cleaned on board and reports reach clients sooner" gained a comma
before "and"). Lines invented for other jobs; every expected sentence is written by hand."""

from __future__ import annotations

import pytest

from composer.offline.offer import read_offer


def _plain(line: str) -> str | None:
    offer = read_offer(line, frozenset(w for w in line.split() if w.islower()))
    return None if offer is None else offer.plain()


@pytest.mark.parametrize(
    ("line", "sentence"),
    [
        # words quoted before a noun are one word describing it
        (
            "a clear FAQ + scripts that cut the 'where is my order' calls",
            "I would bring a clear FAQ and scripts that cut the where-is-my-order calls.",
        ),
        (
            "a proper 'no blame' culture on the ward",
            "I would bring a proper no-blame culture on the ward.",
        ),
        # "not just" after a verb is the verb's, never set off by a comma
        (
            "bring on a second crew so they arent just relying on agency cover",
            "I would like to bring on a second crew, so that you are not just relying on agency "
            "cover.",
        ),
        # a second purpose after "and" (a plural subject and its verb) is no thing offered
        (
            "faster triage, so that calls are logged at once and crews reach patients sooner",
            "I would aim for faster triage, so that calls are logged at once and crews reach "
            "patients sooner.",
        ),
    ],
)
def test_a_contribution_is_said_as_the_candidate_would(line: str, sentence: str) -> None:
    assert _plain(line) == sentence


def test_a_thing_offered_after_a_purpose_keeps_its_comma() -> None:
    # "so young people trust us + links to the music studio": the links are offered
    said = _plain("more youth nights so young people trust us + links to the music studio")
    assert said == (
        "I would bring more youth nights, so that young people trust us, and links to the "
        "music studio."
    )
