"""A topic typed as a note with an aside is named as a subject, or left out (session 51).

Expected subjects written by hand. Dev lines: reader 33's and reader 35's notes (h238, h239,
h240, h244, h250) and lines made up for the shapes; the held-out lines are in
tests/corpus/topicnotes-heldout51.
"""

from __future__ import annotations

import pytest

from composer.offline.topics import read_topic

# The line as typed, and the subject a careful person names from it (the aside let go).
NAMED = [
    ("growth plan 18k -> 30k hl/yr (new 50 hl brewhouse, maybe 2028)", "the growth plan"),
    (
        "diacetyl probs in summer batches (ferm. temp / cellar cooling too weak?)",
        "diacetyl problems in summer batches",
    ),
    (
        "listeria environmental sampling in cheese line - how often swabs, which zones",
        "listeria environmental sampling in cheese line",
    ),
    (
        "LOTO + rescue kit. told him about the fall on the Kolding job 2021 (colleague, not me)"
        " -> why im strict on anchor points",
        "LOTO and rescue kit",
    ),
    (
        "GIS + harvest planning w/ drone/laser data (~2k ha/yr in his region)",
        "GIS and harvest planning with drone and laser data",
    ),
    ("fleet electrification plan = 30 vans by 2028", "the fleet electrification plan"),
    ("rota for bank holidays. she said its a nightmare every yr", "the rota for bank holidays"),
    (
        "dust extraction probs in the joinery shop (old system, 1990s)",
        "dust extraction problems in the joinery shop",
    ),
    ("stocktake process!! takes 2 days rn", "the stocktake process"),
    (
        "that they need translators with ISO 17100 experience.",
        "your need for translators with ISO 17100 experience",
    ),
    (
        "She explained me they change from Trados to Phrase TMS next year and they want someone"
        " who knows both.",
        "changing from Trados to Phrase TMS next year",
    ),
    ("He told me they will hire two more planners.", "hiring two more planners"),
    ("line 3 changeover - target time?", "line 3 changeover"),
    (
        "He explained me they introduce a new ticket system in January and need people who know"
        " Zendesk.",
        "introducing a new ticket system in January",
    ),
]


@pytest.mark.parametrize(("typed", "named"), NAMED)
def test_a_topic_with_an_aside_is_named_by_its_subject(typed: str, named: str) -> None:
    assert read_topic(typed).text == named


# The candidate's own link after the arrow, said with the subject.
LINKED = [
    (
        "tassie devil breeding prog (insurance pop) -> my honours proj was on devil enrichment!!",
        "I was glad we talked about the Tassie devil breeding programme, as my honours project"
        " was on devil enrichment.",
    ),
    (
        "graduate prog (2 yr rotation) -> i did a similar one at BAE",
        "I was glad we talked about the graduate programme, as I did a similar one at BAE.",
    ),
    (
        "sepsis screening compliance ~72% (target 90) -> my audit project was on this",
        "I was glad we talked about sepsis screening compliance, as my audit project was on it.",
    ),
]


@pytest.mark.parametrize(("typed", "said"), LINKED)
def test_the_candidates_link_after_an_arrow_is_said_with_the_subject(typed: str, said: str) -> None:
    found = read_topic(typed)
    assert (found.answer, found.mine) == (said, True)
