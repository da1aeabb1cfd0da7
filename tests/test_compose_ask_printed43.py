"""`compose --ask` asks last about the printed sentences the writer is least sure of (session 43):
the last gate flags a sentence by how it said its notes line (`offline.leastsure`), and the
questions come after every other, in a stable order, at most three. Enter keeps the sentence, a
typed sentence replaces it (said as typed), "-" leaves its line out. Every expected wording here
was written by hand."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from composer.cli import app
from composer.cli.printedasks import least_sure, typed_sentence
from composer.drafting import Unsure
from composer.models import Notes
from composer.offline.leastsure import guess_in
from composer.offline.leftout import LeftOut, leave_out

runner = CliRunner()
ARGS = ["--backend", "offline", "--today", "2026-12-02"]
NALA = "volunteered w/ adult literacy (NALA) 1 yr"


@pytest.mark.parametrize(
    ("sentence", "line", "weight", "quoted"),
    [
        # a note's aside kept in its bracket
        (
            "I boarded six episodes of Puddle & Pip (preschool, RTÉjr).",
            "boarded 6 eps of Puddle & Pip (preschool, RTÉjr)",
            2,
            "(preschool, RTÉjr)",
        ),
        # a thing one counts said as a field of work
        (
            "I have three years of experience in freelance boards.",
            "3 yrs freelance boards - 2 preschool series + a few ads",
            2,
            "freelance boards",
        ),
        (
            "I have four years of experience in hotel kitchens.",
            "4 yrs hotel kitchens",
            2,
            "hotel kitchens",
        ),
        # a note's first word, a noun too, taken for the verb, with an article put after it
        (
            "I wound the care champion certificate.",
            "wound care champion cert",
            3,
            "wound care",
        ),
    ],
)
def test_a_sentence_said_by_a_guess_is_unsure(
    sentence: str, line: str, weight: int, quoted: str
) -> None:
    guess = guess_in(sentence, line)
    assert guess is not None and guess.weight == weight and f"'{quoted}'" in guess.why


@pytest.mark.parametrize(
    ("sentence", "line"),
    [
        ("I hold a wound care champion certificate.", "wound care champion cert"),
        ("I have three years of experience in dispatch.", "3 yrs dispatch"),
        ("I completed the NEBOSH General Certificate (2023).", "NEBOSH general cert (2023)"),
        ("I ran the grill on the trial shift.", "ran grill on trial shift"),
        ("I have my own calibrated monitor.", "forgot to mention i have my own calibrated monitor"),
    ],
)
def test_a_sentence_said_by_reading_is_sure(sentence: str, line: str) -> None:
    assert guess_in(sentence, line) is None


def _unsure(field: str, weight: int) -> Unsure:
    return Unsure(f"A sentence of {field}.", field, f"line of {field}", "why", weight)


def test_the_least_sure_come_first_then_the_letters_order_three_at_most() -> None:
    letters: list[Any] = [
        SimpleNamespace(unsure=(_unsure("highlights[0]", 1), _unsure("contribution", 2))),
        SimpleNamespace(
            unsure=(
                _unsure("highlights[0]", 1),  # the same line again: asked once
                _unsure("interviewers[1].topics[0]", 3),
                _unsure("qualifications[1]", 2),
                _unsure("follow_up", 3),
            )
        ),
    ]
    fields = [u.field for u in least_sure(letters, ["follow_up"])]  # asked already
    assert fields == ["interviewers[1].topics[0]", "contribution", "qualifications[1]"]
    assert [u.field for u in least_sure(letters, [])][:2] == [
        "interviewers[1].topics[0]",
        "follow_up",
    ]


def test_a_typed_sentence_is_kept_as_typed_but_for_its_final_stop() -> None:
    assert typed_sentence("  I taught adults to read  with NALA ") == (
        "I taught adults to read with NALA."
    )
    assert typed_sentence("Did I say that?") == "Did I say that?"


def _notes(**changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "candidate": {"name": "Ana Reyes", "email": "ana.reyes@example.com"},
        "company": "Harbourside Library",
        "role": "Library Assistant",
        "interview": {"date": "2026-12-01"},
        "interviewers": [
            {
                "name": "Gary Pocock",
                "title": "Branch Manager",
                "salutation": "Gary",
                "topics": ["the homework club", "the new self-service kiosks"],
                "rapport": ["He is reading the new Sally Rooney novel."],
            }
        ],
        "contribution": "A calm manner at the desk and patience with new readers.",
        "qualifications": [NALA, "BA in English, 2019"],
        "next_steps": "a decision by Friday",
    }
    data.update(changes)
    return data


def test_a_line_left_out_moves_the_answers_after_it_up() -> None:
    notes = Notes.model_validate(
        _notes(
            qualifications=["a", "b", "c"],
            answered=[{"field": "qualifications[2]", "text": "c"}],
        )
    )
    left = leave_out(notes, "qualifications[1]", "b")
    assert left is not None and left.qualifications == ["a", "c"]
    assert [(a.field, a.text) for a in left.answered] == [("qualifications[1]", "c")]
    assert leave_out(notes, "qualifications[1]", "not the line") is None
    only = Notes.model_validate(_notes(qualifications=["a"], highlights=[]))
    assert leave_out(only, "qualifications[0]", "a") is None  # the letters need a point


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    path = tmp_path / "ana.json"
    path.write_text(json.dumps(_notes()), encoding="utf-8")
    return path


def _compose(path: Path, answers: list[str]) -> Result:
    return runner.invoke(app, ["compose", str(path), *ARGS, "--ask"], input="\n".join(answers))


SAID = "I volunteered with adult literacy (NALA) one year"


def test_the_printed_sentence_is_shown_and_enter_keeps_it(notes: Path) -> None:
    result = _compose(notes, ["", ""])
    assert result.exit_code == 0, result.stderr
    assert f'1 of 1. A qualification of yours. Your note: "{NALA}"' in result.stderr
    assert f'The letter says: "{SAID}' in result.stderr
    assert SAID in result.stdout
    assert sorted(p.name for p in notes.parent.iterdir()) == ["ana.json"]  # nothing to keep


def test_a_typed_sentence_replaces_the_printed_one(notes: Path) -> None:
    typed = "For a year I helped adults learn to read with NALA"
    result = _compose(notes, [typed, "y"])
    assert result.exit_code == 0, result.stderr
    # said as typed (the letter may join the next clause after it: ", and I would ...")
    assert f"\n\n{typed}" in result.stdout and "(NALA)" not in result.stdout
    kept = json.loads((notes.parent / "ana-2.json").read_text(encoding="utf-8"))
    assert kept["qualifications"][0] == f"{typed}."
    assert kept["answered"] == [{"field": "qualifications[0]", "text": f"{typed}."}]
    assert json.loads(notes.read_text(encoding="utf-8"))["qualifications"][0] == NALA


def test_a_dash_leaves_the_line_out(notes: Path) -> None:
    result = _compose(notes, ["-", "y"])
    assert result.exit_code == 0, result.stderr
    assert "NALA" not in result.stdout
    kept = json.loads((notes.parent / "ana-2.json").read_text(encoding="utf-8"))
    assert kept["qualifications"] == ["BA in English, 2019"]


def test_a_reply_that_is_no_sentence_keeps_it(notes: Path) -> None:
    result = _compose(notes, ["y"])
    assert result.exit_code == 0, result.stderr
    assert "Kept as printed" in result.stderr and SAID in result.stdout


def test_the_printed_sentences_are_asked_after_the_lines_left_out(notes: Path) -> None:
    # answers typed for the questions before keep answering them: the question about a
    # printed sentence comes after the last of them (here, keeping the new notes file)
    data = _notes()
    topics = ["the homework club", "pacing for 7 min eps, audience 4-7"]  # "eps": left out
    data["interviewers"] = [{**data["interviewers"][0], "topics": topics}]  # type: ignore[index]
    notes.write_text(json.dumps(data), encoding="utf-8")
    typed = "reading times for short stories for young children"
    result = _compose(notes, ["y", typed, "y"])
    assert result.exit_code == 0, result.stderr
    asked = result.stderr
    assert asked.index("Keep your notes with these answers") < asked.index("The letter says:")
    assert "The input ended: the sentences not answered stay as printed." in asked
    assert typed in result.stdout and SAID in result.stdout


def test_a_typed_sentence_no_letter_can_say_is_named_never_lost(
    notes: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    typed = "I taught adults to read with NALA for a year"

    def unread(letters: object, now: Notes) -> list[LeftOut]:
        line = now.qualifications[0]
        return [LeftOut("qualifications[0]", line, "why", "instead")] if line != NALA else []

    monkeypatch.setattr("composer.cli.clarifying.unread", unread)
    result = _compose(notes, [typed, "y"])
    assert result.exit_code == 0, result.stderr
    assert (
        f'Not in the letters, but kept in your notes: A qualification of yours: "{typed}.".'
        in result.stderr
    )
