"""Personal notes read by what one of them did or will do (rapportacts, recommended): an offer to
send the candidate something is thanked for as an offer, a recommendation already acted on says
so, "both" with no verb says what both are, a short weekday after an event names the day.
Expected sentences are written by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from composer.offline.rapport import rapport_line
from composer.offline.rapportacts import both_are, event_words, offered
from tests.fakes import FirstChoice


def _said(note: str) -> str | None:
    days = (dt.date(2026, 11, 30), dt.date(2026, 12, 2))
    return rapport_line(note, ["Ann Lee", "Ann"], variation=FirstChoice(""), days=days).text


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "said he'd send me the site induction pack",
            "Thank you for offering to send me the site induction pack.",
        ),
        (
            "she offered to share her notes on the audit",
            "Thank you for offering to share your notes on the audit.",
        ),
        (
            "thanks for offering to forward me the rota template",
            "Thank you for offering to forward me the rota template.",
        ),
        (
            "recommended the HSE guide to lifting - downloaded it last night",
            "Thank you for recommending the HSE guide to lifting; I have already downloaded it "
            "and look forward to reading it.",
        ),
        (
            "recommended reading the Francis report - ordered a copy",
            "Thank you for recommending the Francis report; I have already ordered a copy.",
        ),
        ("both RAF vets", "It was a nice surprise to find that we are both RAF veterans."),
        ("both ex-Army", "It was a nice surprise to find that we both served in the Army."),
        (
            "recommended the Rest Is History podcast - downloaded the first two episodes",
            "Thank you for recommending the Rest Is History podcast; I have already downloaded the "
            "first two episodes and look forward to listening to them.",
        ),
        ("both from Hull", "It was a nice surprise to find that we are both from Hull."),
    ],
)
def test_a_note_of_what_one_of_them_did_is_used_by_its_kind(
    note: str, expected: str | None
) -> None:
    said = _said(note)
    assert said == expected


def test_an_offer_with_no_thing_named_or_the_candidates_own_thing_is_no_offer() -> None:
    assert offered("he said he'd send it") is None
    assert offered("said she'd send me my contract") is None
    assert offered("said she'd call me") is None  # a call is no thing given


def test_both_with_a_verb_is_kept_and_both_at_a_place_has_no_sure_tense() -> None:
    assert both_are("we both volunteer at the food bank") == "we both volunteer at the food bank"
    assert both_are("we both at Leeds Met") is None
    assert both_are("we both Army vets") == "we are both Army veterans"
    # adverbs are passed over to the word that decides: a verb keeps the clause
    assert both_are("we both previously worked at Aviva") == "we both previously worked at Aviva"
    assert both_are("we both really big Spurs fans") == "we are both really big Spurs fans"


def test_an_events_short_weekday_and_a_names_heads_take_their_capitals() -> None:
    assert (
        event_words("the Severn valley rly gala sat") == "the Severn Valley railway gala Saturday"
    )
    assert event_words("the Bristol zoo open day sun") == "the Bristol Zoo open day Sunday"
    assert event_words("I sat the exam") == "I sat the exam"  # "sat" after no event: the verb
    assert event_words("the Leeds city centre parade") == "the Leeds city centre parade"
