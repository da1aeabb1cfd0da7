"""A notes line typed as a whole, punctuated sentence of the candidate's own is said as typed
when the item reader cannot read it (`typedwhole`): reader 16 typed five clean sentences at
`compose --ask` that were refused ("I stopped at "I raised"", "I stopped at "6 week new""). The
expected sentences are written by hand; the lines besides reader 16's are of made-up candidates
(a harbour pilot, a piano tuner, a cheese buyer, a kennel manager)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from composer.compose import compose
from composer.notes_file import load_notes
from composer.offline import OfflineBackend
from composer.offline.body import Sentence
from composer.offline.items import read_point
from composer.offline.lastgate import last_gate
from composer.offline.leftout import LeftOut, marked, rewritten
from composer.offline.typedfirst import typed_in
from composer.offline.typedwhole import as_typed, counts_joined
from composer.offline.wellformed import problem

ENROLLMENT = (
    "Recruiting through school nurses, I raised enrollment on a pediatric diabetes study from "
    "30% to 95% of target within eight months."
)


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (ENROLLMENT, ENROLLMENT),
        (
            "Net revenue retention on my accounts was 112% in 2025.",
            "Net revenue retention on my accounts was 112% in 2025.",
        ),
        (
            "Since losing that account, I always build relationships with at least three people"
            " in each account.",
            "Since losing that account, I always build relationships with at least three people"
            " in each account.",
        ),
        (
            "My 6 week new member programme lifted 3 month retention by 15%.",
            "My six-week new member programme lifted three-month retention by 15%.",
        ),
        (
            "Piloting the night tides alone, I brought 40 tankers in without a single delay.",
            "Piloting the night tides alone, I brought 40 tankers in without a single delay.",
        ),
        (
            "Our 2 day cheese fair drew 3,000 visitors to my shop in 2024.",
            "Our two-day cheese fair drew 3,000 visitors to my shop in 2024.",
        ),
    ],
)
def test_a_whole_punctuated_sentence_is_said_as_typed(line: str, said: str) -> None:
    assert as_typed(line) == said
    if "cheese" not in line:  # the item reader says that one itself, its count unjoined
        assert read_point(line).sentence() == said


@pytest.mark.parametrize(
    "line",
    [
        "net revenue retention on my accounts was 112% in 2025.",  # no capital: a note
        "Net revenue retention on my accounts was 112% in 2025",  # no full stop: a note
        "Could I mention my 6 week programme?",  # a question
        "Should have said my kennel passed every inspection.",  # a note to self
        "Tuned 300 pianos for the concert hall.",  # no "I" or "my": the item reader's
        "Remember to tell her my kennel passed every inspection.",  # an instruction to self
        "My thinking is that the team should hire more tuners.",  # advice to the employer
        "My kennel w/ 40 dogs.",  # no verb, and a note's shorthand
    ],
)
def test_a_line_that_is_no_whole_sentence_of_the_candidates_is_not_taken(line: str) -> None:
    assert as_typed(line) is None


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("a 6 week course", "a six-week course"),
        ("3 month retention", "three-month retention"),
        ("our 12 week plan", "our 12-week plan"),
        ("for 1 year at Acme", "for 1 year at Acme"),  # a span before a preposition
        ("for 6 weeks in May", "for 6 weeks in May"),  # a plural counts: no compound
        ("a 1 day workshop", "a one-day workshop"),
    ],
)
def test_a_count_and_its_unit_before_a_noun_are_one_word(text: str, joined: str) -> None:
    assert counts_joined(text) == joined


@pytest.mark.parametrize(
    "text",
    [
        "I raised enrollment from 30% to 95% of target in eight months by recruiting nurses.",
        "I took forecast accuracy from 58% to 71% in 18 months across 300 SKUs.",
        "I cleared the backlog in three weeks so the audit could start.",
    ],
)
def test_a_span_before_a_preposition_or_a_joining_word_is_no_span_run_into_a_noun(
    text: str,
) -> None:
    assert problem(text) == ""


def test_a_span_run_into_a_noun_is_still_stopped() -> None:
    assert "span" in problem("I worked six years retail before that.")


def test_an_answer_typed_with_a_contraction_replaces_the_item_readers_reading() -> None:
    line = "I've been a tuner at Steinway for 4 years, a family firm, looking after 80 pianos."
    item = Sentence(
        "point", 1, "I've been a tuner at Steinway for four years, a family firm and looking"
        " after 80 pianos."
    )  # fmt: skip
    said = typed_in(item, frozenset([line]), frozenset())
    assert said.text == (
        "I have been a tuner at Steinway for 4 years, a family firm, looking after 80 pianos."
    )


READER16 = Path(__file__).parent / "corpus" / "readers" / "reader16"


@pytest.mark.parametrize(
    ("name", "field", "answer", "said"),
    [
        (
            "h124",
            "highlights[1]",
            "Net revenue retention on my accounts was 112% in 2025.",
            "Net revenue retention on my accounts was",
        ),
        ("h127", "highlights[0]", ENROLLMENT, "Recruiting through school nurses, I raised"),
        (
            "h130",
            "highlights[1]",
            "My 6 week new member programme lifted 3 month retention by 15%.",
            "six-week new member programme lifted three-month retention by 15%.",
        ),
    ],
)
def test_reader16_answers_typed_as_whole_sentences_are_in_the_letters(
    name: str, field: str, answer: str, said: str
) -> None:
    notes = load_notes(READER16 / f"{name}.json")
    index = int(field.split("[")[1].rstrip("]"))
    now = rewritten(notes, LeftOut(field, notes.highlights[index], "", ""), answer)
    letters = compose(now, backend=OfflineBackend(marked(now)), today=dt.date(2026, 12, 3))
    text = " ".join(" ".join(letter.text.split()) for letter in letters)
    assert said in text
    assert all(letter.ok for letter in letters)


# Session 39: sentences reader 18 typed at `compose --ask` that the last gate turned away as
# notes. Each is a whole sentence a person writes; the candidate's own words are said as typed.
@pytest.mark.parametrize(
    "typed",
    [
        # a span said first, then the clause it dates
        "Over the last three years I estimated more than $180M of public work.",
        "For ten years I ran the night desk at the Examiner.",
        # a name of two words before "I"
        "At Canyon West I built the scope sheets and bid leveling template the whole company used.",
        # a pet's name after the noun it names
        "I hope your new kelpie pup Rusty is settling in well.",
    ],
)
def test_a_whole_sentence_typed_with_a_fronted_phrase_or_a_name_passes_the_gate(typed: str) -> None:
    assert last_gate(typed) == ""


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        # a span that runs into a clause with nothing putting it first is still a note's seam
        ("I spent three years I led the team.", "a span runs into a noun ('three years I')"),
        # a line's start pasted mid-sentence after a word in lower case is still stopped
        ("I also wanted to mention that Wish I'd said I've read the guidelines.", "('Wish')"),
        # an adjective with its line's capital after a verb is still stopped
        ("I would like to contribute Careful, well-documented practice.", "('Careful')"),
    ],
)
def test_the_gate_still_stops_what_the_fronted_and_name_readings_do_not_cover(
    sentence: str, why: str
) -> None:
    assert why in last_gate(sentence)
