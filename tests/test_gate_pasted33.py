"""Pieces of a note pasted whole into a letter's sentence (session 33, `pasted`): a note's line
start with its capital mid-sentence (reader 13's "that Wish I'd said ...") and a clause with no
subject spliced on after a comma (reader 13's ", did one in mesa"). Sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.dictionary import in_dictionary
from composer.offline.flagged import stopped
from composer.offline.pasted import pasted

STOPPED = [
    ("I also wanted to mention that Wish I'd said I had read the guidelines.", "'Wish'"),
    ("I also wanted to add that Forgot to say I hold a first aid ticket.", "'Forgot'"),
    ("I also wanted to add that Should have mentioned I freeze-dry small mammals.", "'Should'"),
    ("I also wanted to mention that Keen to learn the moulding line.", "'Keen'"),
    ("I enjoyed the site visit and Wish I had asked about the cranes.", "'Wish'"),
    ("I can train newer operators and help with the cutover, did one in Mesa.", "did one"),
    ("I can restore the cases and reset the glass eyes, learned it in York.", "learned it"),
    ("I lettered the menus and the van livery, did both by hand.", "did both"),
    ("I rebuilt the gearbox in the yard, took two days.", "took two days"),
    # a thing a count names one of, with no article
    ("I keep coming back to what you said about funeral.", "'funeral'"),
    ("I enjoyed our discussion of loft for the new fleet.", "'loft'"),
    ("To complete my answer on CFE spike: I would check the dose first.", "'CFE spike'"),
    # a note's clause cut from its noun, a count joined to a name, a preposition twice
    ("I was glad we talked about which bring in most of the income.", "'about which bring'"),
    ("That is familiar ground for me: I have four units CPE.", "'four units CPE'"),
    ("I was grateful for the time we spent on on call.", "'on on'"),
    ("It was good to talk about on call with you.", "'about on'"),
]

SENT = [
    "Thank you for pointing me to the book Tell Me by Aidan Chambers.",
    "I would aim to have the contract register ready for the Procurement Act by February.",
    "Thank you for the call about the Associate Actuary, Reserving role at Great Lakes.",
    "I was glad we talked about moving the triangles out of Excel into R and Python.",
    "I hope Pip is settling in happily.",
    "I hope the Pittsburgh half in May goes very well.",
    "I hope Will enjoys the trip to Cornwall.",
    "I joined the crew in 2019, trained by the best riggers in the yard.",
    "I ran the store, did the books and hired the staff.",
    "I rebuilt the gearbox, and it took two days.",
    "I fitted the sockets in Leeds, made in our own lab.",
    "I was glad we talked about the wedding in Whitby.",
    "I can start on site next month and take my turn on call.",
    "We talked about peak season, now about 22,000 units a day.",
    "I ran 22 pilots in 2025, 15 of which closed.",
    "I have ten years ICU experience.",
    "I have two years of experience as a barista, which I would build on in the role.",
    "Hearing your thinking on on-time departures was a highlight for me.",
    "Please pass my thanks on to the panel.",
    # a roman numeral in a credential's name is no "I" opening a clause
    "As for the role itself, I hold Firefighter I and II (IFSAC).",
]


@pytest.mark.parametrize(("sentence", "why"), STOPPED, ids=[s for s, _ in STOPPED])
def test_a_piece_of_a_note_pasted_whole_is_stopped(sentence: str, why: str) -> None:
    assert why in pasted(sentence)
    assert stopped(sentence)  # the last gate asks it


@pytest.mark.parametrize("sentence", SENT)
def test_names_titles_and_joined_clauses_pass(sentence: str) -> None:
    assert pasted(sentence) == ""


def test_the_dictionary_knows_words_of_a_trade_not_names() -> None:
    assert in_dictionary("nacelle") and in_dictionary("coxswain") and in_dictionary("skiffs")
    assert not in_dictionary("yamaha") and not in_dictionary("airlie")
    assert not in_dictionary("lanternfall") and not in_dictionary("lotcheck")
    # Webster's lists names with their capitals: only its lower-case words count
    assert not in_dictionary("genoa")


def test_a_clipped_word_of_two_readings_is_spelled_out_only_where_it_is_settled() -> None:
    from composer.offline.shorthand import expand

    # a certificate held, or a name's word
    assert expand("forklift cert") == "forklift certificate"
    assert expand("Cert in Fundraising") == "Certificate in Fundraising"
    assert expand("CPD, they pay for the ECC cert") == "CPD, they pay for the ECC certificate"
    assert expand("raising AP Chem pass rates") == "raising AP Chemistry pass rates"
    assert expand("the whole organic chem sequence") == "the whole organic chemistry sequence"
    assert expand(expand("AP Chem pass rates")) == "AP Chemistry pass rates"  # said once
    # reader 13: "cert" meant the platform's certification, "chem feed" the chemical feed
    assert expand("3 days before cert") == "three days before cert"
    assert expand("pay grade + cert incentive") == "pay grade and cert incentive"
    assert expand("wrote 14 SOPs for chem feed") == "wrote 14 SOPs for chem feed"
    # the word left as typed is the gate's to stop: the line is left out and asked for
    assert stopped("I found the bug three days before cert.")
    assert stopped("I wrote 14 SOPs for the chem feed.")
