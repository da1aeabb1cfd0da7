"""The notes' own words and symbols printed as typed (session 31, `notewords`): a word in lower
case that no English table knows (a make, a place, a pet, a product typed in lower case: reader
11's "kenworths", "brunswick + coburg", "tiktok??", "wake lol"), "??", a "%" after a word, a "$"
with no figure, a race typed short and spelled out as a number, a span of time after a noun
with no "for" or "in". Real words the lexicon lacks
pass (from a table, or by their shape: a prefix, an English ending). Sentences
written by hand."""

from __future__ import annotations

import pytest

from composer.offline.flagged import stopped
from composer.offline.notewords import capitals_of, english, recapitalised, unsent

STOPPED = [
    ("I enjoyed our talk about the launch on tiktok.", "tiktok"),
    # a join of the writer's own ("so they arent just relying ..." said back)
    ("I would build a red team, so that you are, not just relying on audits.", "'not'"),
    # words typed short or misspelt: runs of letters no English word has in that place
    ("I was glad we talked about red team engagmts.", "engagmts"),
    ("I enjoyed hearing about the procurmnt plan for next year.", "procurmnt"),
    ("I enjoyed our talk about the launch campaign??", "??"),
    ("I grew repeat orders by twenty%.", "%"),
    ("I saved the yard $ on timber.", "$"),
    ("I hope the York 10,000 goes well.", "York 10,000"),
    ("Good luck in the Cambridge 5,000 on Sunday.", "Cambridge 5,000"),
    # reader 11's h90: a span of time after a noun, with no "for" or "in"
    ("I have had zero lost time incidents on my crew four years.", "crew four years"),
    ("I have been a charge nurse twelve years.", "nurse twelve years"),
    # session 47: a hyphenated word with one part no dictionary knows is still a note's word
    ("I drove the kenworths-fleet on nights.", "kenworths-fleet"),
    # reader 29's h219: a note to self with its double hyphen, said in a letter
    ("I also wanted to mention that I asked -- add in her letter only.", "--"),
]

SENT = [
    "Our discussion of the PM schedule on the Kenworths was useful.",
    "I enjoyed our conversation about the listings in Brunswick and Coburg.",
    "I hope Ziggy is settling in well.",
    "I led the handoff to the night team and the rollout of the new roadmap.",
    "I led the reprioritisation of the maintenance backlog.",  # an English ending
    "I have releathered bellows on eleven instruments.",  # a prefix and a word
    "I built a termbase of about 400 terms.",  # a table's word
    # session 47 (reader 27's h214): each part of a hyphenated word is in Webster's
    "I enjoyed our talk about the fifteenth-century altarpiece in the laboratory.",
    "I rebuilt the load-bearing wall of a sixteenth-century barn.",
    "I cut callbacks on my route by 30% in one year.",
    "I am, not surprisingly, keen to start.",  # an aside, not a verb cut from its "not"
    "I raised $12,000 for the hospice.",
    "I kept lead levels under 35 ppb.",  # a unit after its figure
    "Thank you for bringing everyone together.",
    "I helped 10,000 runners at the Leeds half marathon.",
    "I have had zero lost time incidents on my crew for four years.",
    "I cut the backlog over the last two years.",
    "I worked there, and I stayed on the crew for three years.",
    "The pilot ran two years.",
    "We should hear back within two weeks.",
    "I closed 28 hires in 2025, with an average time to fill 38 days.",
]


@pytest.mark.parametrize(("sentence", "word"), STOPPED, ids=[s for s, _ in STOPPED])
def test_the_notes_own_words_are_stopped(sentence: str, word: str) -> None:
    assert word in unsent(sentence)
    assert stopped(sentence)  # the last gate asks it


@pytest.mark.parametrize("sentence", SENT)
def test_english_and_names_with_capitals_pass(sentence: str) -> None:
    assert unsent(sentence) == ""


def test_a_word_tables_lack_is_english_by_table_or_shape() -> None:
    assert english("county") and english("counties")  # the table, and its plural
    assert english("microservices") and english("cannulation")
    assert english("dataed") and english("screener")  # an ending on a known stem
    assert not english("givaudan") and not english("kryoflux") and not english("schindler")


def test_a_name_the_notes_type_with_a_capital_elsewhere_is_given_it() -> None:
    lines = ["BTG list with coravin", "bought a Coravin", "Coravin2 kit", "Mgmt of the bar"]
    capitals = capitals_of(lines)
    # a word that opens its line may be capitalised only for that ("Mgmt")
    assert capitals == {"coravin": "Coravin"}
    said = recapitalised("I built a BTG list with coravin.", capitals)
    assert said == "I built a BTG list with Coravin."
    assert unsent(said) == ""


def test_a_prefix_joined_to_a_word_in_capitals_is_no_unknown_word() -> None:
    # reader 11's h86: "pre-COVID" was read as the unknown word "pre", and Mark's letter lost
    # its contribution ("get the fun run back above pre-COVID numbers")
    assert unsent("I would love to get the fun run back above pre-COVID numbers.") == ""
    assert unsent("We hired non-UK staff.") == ""
    assert unsent("I passed the wrk-based test.") != ""  # the lower-case word is still read


@pytest.mark.parametrize(
    "sentence",
    [
        # a trade's own words the tables lack are said (reader 12's final left out a phishing
        # result and a nacelle topic for them, and two letters were left as stubs)
        "I ran phishing drills for 400 staff, which cut the click rate by half.",
        "I serviced the cooling fans in the nacelle.",
        "I led the annual pentest of our payment systems.",
        # words of a trade Webster's lists (session 33: the dictionary, not the spelling)
        "I served as coxswain on the club's skiff for two seasons.",
        "I dosed the coagulant by hand during the outage.",
        "I cut p99 latency on the checkout API from 900ms to 180ms.",  # a percentile
        "I ran the k8s upgrades for the platform team.",  # a numeronym
        "I was Tempe's telecommunicator of the year in 2024.",  # a prefix and a word
        # two words run together, said as a common noun is (after an article, a possessive
        # or a figure): left out before session 48 ("the corpus's most stopped words")
        "I skippered a workboat on the Clyde for three years.",
        "I kept the 24 pinsetters running on league nights.",
        "I led our swiftwater rescue team through two floods.",
        "I restored a longcase clock for the museum.",
    ],
)
def test_a_word_of_a_trade_is_not_stopped(sentence: str) -> None:
    assert unsent(sentence) == ""


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # reader 13's final: names typed in lower case, spelled as English words are, passed
        # (session 32 let them); session 33 asks Webster's, which lists no such word
        ("On top of that, I have spent six years at abell point marina airlie.", "abell"),
        ("I hope you enjoy walking the camino in April.", "camino"),
        ("I prepared forty birds for the collection at kelvingrove.", "kelvingrove"),
        ("I have serviced the schindler units on my route.", "schindler"),
        ("I teach on a garmin descent.", "garmin"),
        # two English words run together: an invented name, not a word (reader 13's h101)
        ("I enjoyed our conversation about the switch port of lanternfall.", "lanternfall"),
        ("I shipped three titles at emberfall studios.", "emberfall"),
        ("I use vectorworks every day.", "vectorworks"),  # no article: a product's name
        ("I led a crew rebuilding the pennine way.", "pennine"),  # short parts: "pen" + "nine"
        # a make's code of letters and a figure typed in lower case
        ("I found a save corruption bug on a ps5 title.", "ps5"),
        ("I towed the trailer with my f150.", "f150"),
    ],
)
def test_a_name_typed_in_lower_case_is_stopped(sentence: str, word: str) -> None:
    assert word in unsent(sentence)


def test_a_code_with_its_capitals_or_a_unit_after_a_figure_passes() -> None:
    assert unsent("I found a save corruption bug on a PS5 title.") == ""
    assert unsent("I tiled 40 m2 of the bathroom floor.") == ""
    assert unsent("I ported the tools from x86 to ARM.") == ""
