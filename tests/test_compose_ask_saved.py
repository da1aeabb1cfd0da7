"""The lines typed at `compose --ask` are marked in the notes file it saves (`Notes.answered`),
so composing that file again gives the letters the asking session ended with; notes without the
mark load, save and compose as they did before there was one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from composer.models import Answered, Notes
from composer.notes_file import load_notes, notes_json
from composer.offline.leftout import LeftOut, marked, rewritten
from tests.fakes import compose_offline as compose
from tests.fakes import kwame_to_ask

READER14 = Path(__file__).parent / "corpus" / "readers" / "reader14"

# Kwame's answers to the three questions (tests.fakes.kwame_to_ask): the follow-up, Tom's trip,
# his years in workshops; then y to keep the file.
TYPED = [
    "y",
    "In my first 30 days I would move bookings online and set up a triage bench for quick jobs",
    "I hope you have a great trip to Japan to see the keirin racing in February",
    "I have spent eight years in bike workshops, including three as workshop lead at Velo Depot",
    "y",
]


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    return kwame_to_ask(tmp_path / "h114.json")


def test_the_saved_notes_compose_to_the_letters_the_session_ended_with(notes: Path) -> None:
    session = compose(notes, "--ask", input="\n".join(TYPED) + "\n")
    assert session.exit_code == 0, session.stderr
    saved = notes.with_name("h114-2.json")
    data = json.loads(saved.read_text(encoding="utf-8"))
    # the answers are marked by where they are and what they say
    assert {"field": "follow_up", "text": data["follow_up"]} in data["answered"]
    assert {"field": "qualifications[2]", "text": TYPED[3]} in data["answered"]
    assert all(a["field"] != "next_steps" for a in data["answered"])
    again = compose(saved)
    assert again.exit_code == 0, again.stderr
    assert again.stdout.count("Subject:") == 3
    assert session.stdout.endswith(again.stdout)  # the last round, letter for letter


def test_without_the_mark_the_saved_notes_would_give_other_letters(notes: Path) -> None:
    """The mark is what makes them the same: the answered lines outrank the others."""
    compose(notes, "--ask", input="\n".join(TYPED) + "\n")
    saved = notes.with_name("h114-2.json")
    data = json.loads(saved.read_text(encoding="utf-8"))
    unmarked = notes.with_name("unmarked.json")
    unmarked.write_text(
        json.dumps({k: v for k, v in data.items() if k != "answered"}), encoding="utf-8"
    )
    assert compose(unmarked).stdout != compose(saved).stdout


def test_notes_without_the_field_load_save_and_compose_as_before(notes: Path) -> None:
    loaded = load_notes(notes)
    assert loaded.answered == [] and marked(loaded) == frozenset()
    assert "answered" not in json.loads(notes_json(loaded))  # saved as typed: no empty key
    empty = notes.with_name("empty.json")
    empty.write_text(json.dumps({**json.loads(notes_json(loaded)), "answered": []}))
    assert compose(notes).stdout == compose(empty).stdout


def test_a_line_edited_by_hand_since_is_no_longer_marked(notes: Path) -> None:
    loaded = load_notes(notes)
    record = LeftOut("highlights[1]", "built 200+ wheels", "", "")
    answer = "I have built more than 200 wheels by hand"
    now = rewritten(loaded, record, answer)
    assert now.answered == [Answered(field="highlights[1]", text=answer)]
    assert marked(now) == {answer}
    edited = now.model_copy(
        update={"highlights": [now.highlights[0], "I have built over 200 wheels"]}
    )
    assert marked(edited) == frozenset()


def test_a_second_answer_for_a_line_replaces_its_mark() -> None:
    notes = load_notes(READER14 / "h114.json")
    record = LeftOut("contribution", notes.contribution or "", "", "")
    first = rewritten(notes, record, "shorter waits")
    second = rewritten(first, LeftOut("contribution", "shorter waits", "", ""), "a calm workshop")
    assert second.answered == [Answered(field="contribution", text="a calm workshop")]
    assert Notes.model_validate(json.loads(notes_json(second))) == second


def test_an_answer_to_part_of_a_topic_marks_the_whole_line_and_next_steps_are_not_marked() -> None:
    notes = load_notes(READER14 / "h114.json")
    topic = "workshop turnaround - currently 10 day wait for services"
    record = LeftOut("interviewers[0].topics[0]", "currently 10 day wait", "", "")
    now = rewritten(notes, record, "the ten-day wait")
    line = topic.replace("currently 10 day wait", "the ten-day wait")
    assert now.interviewers[0].topics[0] == line and marked(now) == {line}
    steps = rewritten(now, LeftOut("next_steps", notes.next_steps or "", "", ""), "a call")
    assert steps.next_steps == "a call" and marked(steps) == {line}
