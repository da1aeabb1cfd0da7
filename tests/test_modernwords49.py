"""Words of today's trades are English to the last gate (session 49, `modernwords`): a sentence
with one of them is said, not stopped as a note's shorthand or a name typed in lower case; the
note's own shorthand, clipped words and misspellings are still stopped. Sentences by hand."""

from __future__ import annotations

import pytest

from composer.offline import lexicon
from composer.offline.flagged import stopped
from composer.offline.modernwords import MODERN_WORDS
from composer.offline.notewords import unknown_word
from composer.offline.words import COURSE_SHORTHAND, SHORTHAND
from composer.shortforms import NOTE_SHORTHAND

# Sentences a careful candidate would send, each with a word newer than Webster's.
SAID = [
    "I fitted telematics to a fleet of 35 refrigerated vans.",
    "I trained the front desk on the new signage for the clinic.",
    "I ran the warfarin clinic for three years.",
    "I would review the opioids prescribed on discharge.",
    "I set up the payslip and timesheet system for 80 staff.",
    "I ran the hackathon that gave us our first chatbot.",
    "I would bring in a proper stocktake every month.",
    "I fitted downlights and ductwork in the new wing.",
    "I set up geofencing around the three quarries.",
    "I trained the nurses on the new defibrillators.",
    "I cut the malware incidents to zero in a year.",
    "I served mocktails to 400 guests at the summer festival.",
    "I used bodycam footage in two coronial inquests.",
    "I kept the fridge logs for the whole kitchen.",
    "I installed chargepoints in twenty supermarket car parks.",
    "I studied the gut microbiome of dairy calves for my thesis.",
    "I built the planogram for each new store layout.",
    "I kept the smoothie bar running through the summer.",
    "I planned for heatwaves in our care homes.",
    "I raised the money for the new scanner through crowdfunding.",
]


@pytest.mark.parametrize("sentence", SAID)
def test_a_sentence_with_a_modern_word_passes_the_gate(sentence: str) -> None:
    assert stopped(sentence) == ""


# Notes' shorthand, clipped words, misspellings and names typed in lower case: still stopped,
# each by its word.
STOPPED = [
    ("I ran the pharma congress in Lisbon.", "pharma"),
    ("I brought the chemo doses back in house.", "chemo"),
    ("I checked the crypto wallets every week.", "crypto"),
    ("I ran the warfrin clinic for two years.", "warfrin"),
    ("I owned the onbrding flow for new merchants.", "onbrding"),
    ("I did the cybsec audit for the bank.", "cybsec"),
    ("I trained the team on postgres.", "postgres"),
    ("I sold our yamaha outboards at the boat show.", "yamaha"),
]


@pytest.mark.parametrize(("sentence", "word"), STOPPED)
def test_shorthand_and_names_stay_unknown(sentence: str, word: str) -> None:
    assert unknown_word(sentence) == word
    assert word in stopped(sentence)


# Inflections come from lemminflect's table or English's regular endings, never typed.
FORMS = [
    ("retrofitted", True),
    ("upskilling", True),
    ("geofences", True),
    ("chargepoints", True),
    ("dashcams", True),
    ("opioids", True),
    ("telematics", True),
    ("telematicses", False),
    ("pharma", False),
    ("govt", False),
]


@pytest.mark.parametrize(("word", "expected"), FORMS)
def test_the_table_gives_its_words_inflections(word: str, expected: bool) -> None:
    assert lexicon.modern(word) is expected


def test_the_table_admits_no_shorthand() -> None:
    """No word of the table is a short form the notes' shorthand tables spell out."""
    short = {key for key, _ in SHORTHAND} | set(COURSE_SHORTHAND)
    short |= {key for key, _ in NOTE_SHORTHAND}
    assert not MODERN_WORDS & {word.lower() for word in short}
    assert all(word.islower() for word in MODERN_WORDS)


def test_a_short_modern_word_is_no_note_speak() -> None:
    """ "app" and "vape" are words of their own, not a note's clipped words ("circ", "abt")."""
    assert not lexicon.note_speak("app")
    assert not lexicon.note_speak("vapes")
    assert lexicon.note_speak("appt")
