"""Shapes of a sentence a note's words break, whatever the trade (session 34): a clause with no
subject after a comma that opens on a form needing one (a modal, "used to", "have" with a
participle, "been", "was"), two modals in a row (a frame's "I would" before a note's "can"),
"to" before a modal ("to can take"), "a" before a plural that ends its phrase (a note's "a uni
halls"), a subject pronoun with its line's capital mid-sentence ("so It's not"); and "cert"
spelled out where the next word settles it. The held-out notes of tests/corpus/gate-heldout34
gave the first member of each class; the rest are made up, with good English that looks like
them. Sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.dangling import dangling
from composer.offline.flagged import stopped
from composer.offline.pasted import pasted
from composer.offline.shorthand import expand

SPLICED = [
    ("I can take on the hospital contract, used to do that at Schindler.", "used to do"),
    ("I can cover the night shifts, used to run the rota at Bupa.", "used to run"),
    ("I would take on the fleet accounts, can start in January.", "can start"),
    ("I led the tender for the county, was the lead on two bids.", "was the lead"),
    ("I would welcome the chance to help, will bring my own tools.", "will bring"),
    ("I managed the kitchen at the Grand, been there since 2019.", "been there"),
    ("I ran the bar for three years, have done the audits every month.", "have done"),
    ("I trained the new starters, could do the same for you.", "could do"),
]

TWO_MODALS = [
    ("Given the chance, I would can run a small crew on the bathrooms.", "would can"),
    ("I would could help with the audit.", "would could"),
    ("I will can start next week.", "will can"),
    ("In the role, I would will build the dashboards.", "would will"),
    ("I would not can do that.", "would not can"),
]

TO_MODAL = [
    ("My aim would be to can take the buying off Jonathan's plate.", "to can"),
    ("I would like to could help with the audit.", "to could"),
    ("In the role, I would hope to will build the dashboards.", "to will"),
]

PRONOUN_START = [
    ("I would write up protocols so It's not all in your head.", "It's"),
    ("I would like to add that We could trial it in spring.", "We"),
    ("I can cover the weekends, and They said that would help.", "They"),
    ("I would bring the checklists, so There's one place to look.", "There's"),
    ("I would set up the rota so You can see the gaps at a glance.", "You"),
]

A_PLURAL = [
    ("I led the controller swap at a university halls over summer.", "a university halls"),
    ("I worked at a hospitals in Leeds for two years.", "a hospitals"),
    ("I set up a clinics for rural patients.", "a clinics"),
    ("I trained staff at a care homes across the county.", "a care homes"),
    ("I supported an outreach programs over the summer.", "an outreach programs"),
]

GOOD = [
    "The desk, which I know well, will arrive in January.",
    "I ran the bar, did the audits and hired the staff.",
    "I ran the bar for three years, and I have done the audits every month.",
    "If you need anything, I can send it over.",
    "I said I would call, and I will.",
    "He was, as you said, the one who would know.",
    "I would welcome the chance, and I can start in January.",
    "I managed the kitchen, which was busy, and trained four cooks.",
    "When the new desk arrives, I can set it up.",
    "I have worked with two teams, both of which can vouch for me.",
    "Thank you for explaining how the rota works, which will help me plan.",
    "I was at Ardent for five years, was promoted twice and led the team.",
    "I would also be interested in other roles at Ledgerly, now or in the future, should one suit"
    " my background.",
    "I would be glad to help, had I the chance.",
    "Other roles at Frostbyte Interactive, now or in the future, would interest me as well.",
    "I ran the Crown, a busy inn, and have done the audits every month.",
    "I hope the free will can survive the week.",
    "I spent a few days in the lab.",
    "I have a sales role in mind.",
    "I am a systems engineer at heart.",
    "I took a couple of weeks off.",
    "I hold a masters in nursing.",
    "It was a means of keeping the team on track.",
    "I wrote a series of guides for new staff.",
    "I worked a 12 hour shift.",
    "I bring a physics degree and a statistics background.",
    "I have a news story to share.",
    "I learned to can tomatoes from my grandmother.",
    "I read the book It by Stephen King.",
    "I said I would help so that it is not all in your head.",
    "I hope You Are Here goes well on opening night.",
]


@pytest.mark.parametrize(("sentence", "quoted"), SPLICED)
def test_a_clause_with_no_subject_after_a_comma_is_stopped(sentence: str, quoted: str) -> None:
    why = pasted(sentence)
    assert "no subject" in why and quoted in why
    assert stopped(sentence)


@pytest.mark.parametrize(("sentence", "quoted"), TWO_MODALS)
def test_two_modals_in_a_row_are_stopped(sentence: str, quoted: str) -> None:
    assert f"'{quoted}'" in dangling(sentence)
    assert stopped(sentence)


@pytest.mark.parametrize(("sentence", "quoted"), TO_MODAL)
def test_a_modal_after_to_is_stopped(sentence: str, quoted: str) -> None:
    assert f"'{quoted}'" in dangling(sentence)
    assert stopped(sentence)


@pytest.mark.parametrize(("sentence", "quoted"), PRONOUN_START)
def test_a_pronoun_with_a_line_start_capital_is_stopped(sentence: str, quoted: str) -> None:
    assert f"'{quoted}'" in pasted(sentence)
    assert stopped(sentence)


@pytest.mark.parametrize(("sentence", "quoted"), A_PLURAL)
def test_a_before_a_plural_that_ends_its_phrase_is_stopped(sentence: str, quoted: str) -> None:
    assert f"'{quoted}'" in dangling(sentence)
    assert stopped(sentence)


@pytest.mark.parametrize("sentence", GOOD)
def test_english_that_looks_like_them_passes(sentence: str) -> None:
    assert stopped(sentence) == ""


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("chainsaw cert renewals for the team", "chainsaw certificate renewals for the team"),
        ("cert expiry dates", "certificate expiry dates"),
        ("my cert expires in june", "my certificate expires in June"),
        ("cert numbers on file", "certificate numbers on file"),
        ("forklift cert", "forklift certificate"),
        # a certification's, or not settled: left as typed for the gate
        ("three days before cert", "three days before cert"),
        ("cert incentive", "cert incentive"),
    ],
)
def test_cert_is_spelled_out_where_the_next_word_settles_it(typed: str, said: str) -> None:
    assert expand(typed) == said
