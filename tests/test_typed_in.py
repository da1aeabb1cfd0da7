"""An answer typed at `compose --ask` as a whole first-person sentence that passes the last gate
is said as typed (`typedfirst.typed_in`), after the sentence's own lead: the writer's reading of
a sentence typed in full can only lose from it (reader 14: "I rebuilt our battlecards and ran a
win/loss program, and our win rate against our main competitor went up 9 points" shipped as
"..., which raised and our win rate ... by nine points"). The answers below are of made-up
candidates (an auctioneer, a theatre nurse, a harbourmaster) besides reader 14's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from composer.compose import compose
from composer.notes_file import load_notes
from composer.offline import OfflineBackend
from composer.offline.body import Sentence
from composer.offline.leftout import LeftOut, marked, rewritten
from composer.offline.typedfirst import as_typed, typed_in

READER14 = Path(__file__).parent / "corpus" / "readers" / "reader14"
NURSE = "I brought in photo preference cards and our tray errors fell by about 60%"


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (NURSE, f"{NURSE}."),
        ("I'd clear the exemption backlog in my first six months.", None),  # "I'd": said in full
        ("My incident rate has been zero for three years", None),
        ("rewrote the oil spill plan", None),  # no subject: not a sentence typed in full
        ("I moved timed sales online w/ a new catalogue", None),  # shorthand: the gate stops it
    ],
)
def test_a_whole_first_person_sentence_that_passes_the_gate_is_said_as_typed(
    line: str, said: str | None
) -> None:
    if line.startswith("I'd"):
        said = "I would clear the exemption backlog in my first six months."
    elif line.startswith("My"):
        said = f"{line}."
    assert as_typed(line) == said


def test_the_sentence_keeps_its_lead_and_says_the_answer_as_typed() -> None:
    item = Sentence(
        "point",
        1,
        "One thing I am proud of: I brought in photo preference cards, which cut the tray errors"
        " by about 60%.",
    )
    said = typed_in(item, frozenset([NURSE]), frozenset())
    assert said.text == f"One thing I am proud of: {NURSE}."


def test_a_sentence_that_says_more_than_the_answer_is_kept_as_it_is() -> None:
    text = (
        "I brought in photo preference cards, and our tray errors fell by about 60%, and I also "
        "trained twelve junior scrub nurses on the robotic knee system."
    )
    item = Sentence("point", 1, text)
    assert typed_in(item, frozenset([NURSE]), frozenset()) is item
    other = Sentence("topic", 1, "I brought in photo preference cards; tray errors fell.")
    assert typed_in(other, frozenset([NURSE]), frozenset()) is other  # not a point: as it is


def test_reader14_battlecards_answer_is_in_the_letter_as_typed() -> None:
    notes = load_notes(READER14 / "h111.json")
    answer = (
        "I rebuilt our battlecards and ran a win/loss program, and our win rate against our "
        "main competitor went up 9 points"
    )
    now = rewritten(notes, LeftOut("highlights[1]", notes.highlights[1], "", ""), answer)
    letters = compose(now, backend=OfflineBackend(marked(now)), today=dt.date(2026, 12, 2))
    text = " ".join(" ".join(letter.text.split()) for letter in letters)
    assert f"{answer}." in text and "which raised and" not in text
    assert all(letter.ok for letter in letters)
