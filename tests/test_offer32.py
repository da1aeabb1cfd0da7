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


@pytest.mark.parametrize(
    ("line", "sentence"),
    [
        # a dash aside that says what the candidate has done is the evidence, not the offer
        (
            "help new nurses w/ the discharge process - did this at St Luke's for 3 yrs",
            "I would like to help new nurses with the discharge process.",
        ),
        # a dash aside on the state of what the offer works on is theirs to know
        (
            "tidy up the asset register - most of it is years out of date",
            "I would like to tidy up the asset register.",
        ),
        # a tool named in lower case where only a tool fits
        (
            "SQL + python skills for the monthly reporting",
            "I would bring SQL and Python skills for the monthly reporting.",
        ),
        # the candidate's own clause after the thing offered: "happy to", ", can ..."
        (
            "a clean safety record + happy to cover weekends",
            "I would bring a clean safety record, and I am happy to cover weekends.",
        ),
        (
            "tidy cable management, can do the terminations on my own",
            "I would bring tidy cable management, and I can do the terminations on my own.",
        ),
    ],
)
def test_a_contribution_for_another_job_is_said(line: str, sentence: str) -> None:
    assert _plain(line) == sentence


def test_an_adjective_with_only_its_evidence_is_left_out() -> None:
    # "punctual - never late in 4 yrs": "I am punctual." alone would be a stub
    assert _plain("punctual - never late in 4 yrs") is None
