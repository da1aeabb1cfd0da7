"""`compose --ask` with stdout sent to a file: the letters to send are on stdout once, the last
round written; the rounds before it, which questions followed, are on stderr as drafts under a
heading. However the session ends (a no, the input ending), stdout holds one set of letters."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from composer.cli.rounds import FIRST_DRAFT, MORE_DRAFT, SURE_DRAFT
from tests.fakes import compose_offline as compose
from tests.fakes import kwame_to_ask

READER14 = Path(__file__).parent / "corpus" / "readers" / "reader14"

# Kwame's answers to the three questions (tests.fakes.kwame_to_ask): the follow-up, Tom's trip,
# his years in workshops typed in shorthand again, refused, then said in full at the second try;
# y to keep the file. Two rounds of letters are written before the last.
FOLLOW_UP = "In my first 30 days I would move bookings online and set up a triage bench"
TYPED = [
    "y",
    FOLLOW_UP,
    "I hope you have a great trip to Japan to see the keirin racing in February",
    "w/shops 8 yrs @ VD lead",
    "I have spent eight years in bike workshops, including three as workshop lead at Velo Depot",
    "y",
]


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    return kwame_to_ask(tmp_path / "h114.json")


def test_stdout_holds_the_last_round_once_and_stderr_the_drafts(notes: Path) -> None:
    result = compose(notes, "--ask", input="\n".join(TYPED) + "\n")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("Subject:") == 3  # one letter to each of the three
    assert result.stdout == compose(notes.with_name("h114-2.json")).stdout
    # the first round before the questions, the second before the second try: drafts
    assert result.stderr.count(FIRST_DRAFT) == 1 and result.stderr.count(MORE_DRAFT) == 1
    first = result.stderr.index(FIRST_DRAFT)
    assert first < result.stderr.index("1 of 3. ") < result.stderr.index(MORE_DRAFT)
    assert result.stderr.index(MORE_DRAFT) < result.stderr.index("I still cannot use your words")
    assert result.stderr.count("Subject:") == 6  # the two drafts' letters, three each
    # what was typed is kept: the second try is in the notes saved
    saved = json.loads(notes.with_name("h114-2.json").read_text(encoding="utf-8"))
    assert saved["qualifications"][2] == TYPED[4]


def test_a_no_prints_the_first_round_on_stdout(notes: Path) -> None:
    result = compose(notes, "--ask", input="n\n")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == compose(notes).stdout  # the letters a run nobody is at prints
    assert result.stderr.count(FIRST_DRAFT) == 1 and MORE_DRAFT not in result.stderr


def test_input_that_ends_early_prints_the_letters_with_the_answers_so_far(notes: Path) -> None:
    result = compose(notes, "--ask", input=f"y\n\n{TYPED[2]}\n")  # Enter, then Tom's trip
    assert result.exit_code == 2
    assert result.stdout.count("Subject:") == 3
    assert result.stdout == compose(notes.with_name("h114-2.json")).stdout
    assert result.stdout != compose(notes).stdout
    assert "keirin racing in February" in result.stdout


def test_with_nothing_to_ask_there_is_no_draft(tmp_path: Path) -> None:
    path = tmp_path / "h112.json"  # reader 14's careful notes: nothing is asked
    shutil.copy(READER14 / "h112.json", path)
    result = compose(path, "--ask", input="")
    assert result.exit_code == 0, result.stderr
    assert FIRST_DRAFT not in result.stderr and result.stdout.count("Subject:") == 2
    assert result.stdout == compose(path).stdout


def test_with_out_each_round_writes_the_files_and_stdout_stays_empty(notes: Path) -> None:
    out = notes.parent / "letters"
    result = compose(notes, "--ask", "--out", f"{out}/", input="\n".join(TYPED) + "\n")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "" and FIRST_DRAFT not in result.stderr
    again = notes.parent / "again"
    compose(notes.with_name("h114-2.json"), "--out", f"{again}/")
    assert sorted(p.read_text() for p in out.iterdir()) == sorted(
        p.read_text() for p in again.iterdir()
    )


def test_a_round_that_questions_on_printed_sentences_follow_is_a_draft_too(notes: Path) -> None:
    # reader 26 (session 46): after the "once more" answer, compose asked about a printed
    # sentence and stdout got the letters twice, before and after that question
    data = json.loads(notes.read_text(encoding="utf-8"))
    data["qualifications"][0] = "Cert III bicycle mechanics, 10 yrs on the tools (TAFE grad)"
    notes.write_text(json.dumps(data), encoding="utf-8")
    mine = "I hold a Cert III in bicycle mechanics from TAFE and have ten years on the tools."
    result = compose(notes, "--ask", input="\n".join([*TYPED, mine]) + "\n")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("Subject:") == 3  # the last round, once
    assert mine in result.stdout
    assert result.stdout == compose(notes.with_name("h114-2.json")).stdout
    assert result.stderr.count(MORE_DRAFT) == 1 and result.stderr.count(SURE_DRAFT) == 1
    assert result.stderr.index(SURE_DRAFT) < result.stderr.index("1 of 1. A qualification")
