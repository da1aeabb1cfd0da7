"""Typed answers win a place in the letter (issue 10, session 34).

A line the candidate typed at `compose --ask` did the work the tool asked for: compose passes the
lines answered (the notes as saved against the notes as read) to the offline writer, where an
answered point outranks an untouched one, may take a letter one point over its limit, reaches at
least one letter of a panel, and is kept when a concise letter is cut. The notes are made up, for
jobs in no corpus file (a tea blender, a bell tuner, a piano-roll archivist); each sentence
expected is written by hand.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from composer.cli import app
from composer.compose import compose
from composer.models import Notes
from composer.offline import OfflineBackend
from composer.offline.body import Sentence
from composer.offline.leftout import answered_lines
from composer.offline.phrases import analyse
from composer.offline.select import is_answered, select
from composer.offline.typedfirst import answers_kept, answers_last, from_answer

TODAY = dt.date(2026, 12, 2)


def _notes(**fields: Any) -> Notes:
    data: dict[str, Any] = {
        "candidate": {"name": "Nell Achterberg", "email": "nell.a@example.com"},
        "company": "Kettle & Leaf",
        "role": "Tea Blender",
        "interview": {"date": "2026-12-01", "format": "onsite"},
        "interviewers": [
            {
                "name": "gwen price",
                "title": "head of blending",
                "salutation": "Gwen",
                "topics": ["the spring seasonal blends", "sourcing from smaller estates in assam"],
            }
        ],
        "next_steps": "decision by fri",
        "tone": "concise",
    }
    data.update(fields)
    return Notes.model_validate(data)


TEA_ANSWER = "I hold the UK Tea Academy's tea tasting certificate"
TEA = _notes(
    qualifications=[TEA_ANSWER, "food hyg lvl 2", "BSc chemistry"],
    highlights=[
        "built a 40-blend range for a leeds cafe chain",
        "cut stock waste 25% w/ smaller batch runs",
    ],
)

BELL_ANSWER = "I served my apprenticeship as a clock restorer in Bristol"
BELLS = Notes.model_validate(
    {
        "candidate": {"name": "Tobias Wren", "email": "t.wren@example.com"},
        "company": "Marlow Bell Foundry",
        "role": "Bell Tuner",
        "interview": {"date": "2026-12-01", "format": "onsite"},
        "interviewers": [
            {
                "name": "agnes marlow",
                "title": "owner",
                "salutation": "Agnes",
                "topics": ["tuning the new ring of eight for york", "lathe tuning vs hand tuning"],
            },
            {
                "name": "ravi dunn",
                "title": "workshop mgr",
                "salutation": "Ravi",
                "topics": ["hanging frames + headstocks", "site visits to church towers"],
            },
        ],
        "qualifications": ["BA music (york)", BELL_ANSWER, "MA acoustics"],
        "highlights": [
            "tuned a ring of 10 to within 1 cent",
            "cut tuning time per bell from 3 hrs to 90 min",
            "rebuilt 4 oak bell frames for the diocese",
            "ran 12 tower site surveys in 2025",
        ],
        "next_steps": "agnes to call next wk",
        "tone": "warm",
    }
)


def _letters(notes: Notes, answered: frozenset[str] = frozenset()) -> dict[str, str]:
    backend = OfflineBackend(answered=answered) if answered else OfflineBackend()
    return {letter.to: letter.text for letter in compose(notes, backend=backend, today=TODAY)}


def test_the_lines_answered_are_those_the_saved_notes_changed_or_added() -> None:
    typed = _notes(
        qualifications=["tea tasting cert", "BSc chemistry"],
        highlights=["built a 40-blend range"],
    )
    saved = typed.model_copy(
        update={
            "qualifications": [TEA_ANSWER, "BSc chemistry"],
            "contribution": "a tasting panel for the spring range",
        }
    )
    assert answered_lines(typed, saved) == {TEA_ANSWER, "a tasting panel for the spring range"}
    assert answered_lines(typed, typed) == frozenset()


def test_a_concise_letter_says_the_qualification_typed_as_an_answer() -> None:
    # Untouched, the three results and degrees fill the concise letter and the certificate
    # is cut; typed at --ask, it is said.
    untouched = _letters(TEA)["Gwen Price"]
    assert "Tea Academy" not in untouched
    letter = _letters(TEA, frozenset([TEA_ANSWER]))["Gwen Price"]
    assert "hold the UK Tea Academy's tea tasting certificate" in letter


def test_a_panel_answer_that_fits_no_topic_reaches_a_letter() -> None:
    untouched = _letters(BELLS)
    assert not any("clock restorer" in text for text in untouched.values())
    letters = _letters(BELLS, frozenset([BELL_ANSWER]))
    said = [name for name, text in letters.items() if "clock restorer" in text]
    assert said == ["Agnes Marlow"]
    assert "I served my apprenticeship as a clock restorer in Bristol." in letters["Agnes Marlow"]
    # the points Agnes's letter said untouched are still said: the answer is one more
    assert "I tuned a ring of 10 to within 1 cent" in letters["Agnes Marlow"]


def test_an_answered_point_takes_a_letter_one_over_its_limit_never_two() -> None:
    # Each letter of the panel has its two points about its reader's topics already.
    full = [len(select(BELLS, i).points) for i in range(2)]
    assert full == [2, 2]
    mine = select(BELLS, 0, answered=frozenset([BELL_ANSWER]))
    assert [p.source for p in mine.points][-1] == BELL_ANSWER and len(mine.points) == 3
    # Three more answers than room: each letter takes one over its limit, not two.
    more = ["I hold an MA in acoustics from Salford", "I hold a CSCS card"]
    answers = frozenset([BELL_ANSWER, *more])
    notes = BELLS.model_copy(update={"qualifications": ["BA music (york)", BELL_ANSWER, *more]})
    chosen = [select(notes, i, answered=answers).points for i in range(2)]
    assert [len(points) for points in chosen] == [3, 3]
    said = {p.source for points in chosen for p in points}
    assert BELL_ANSWER in said and len(said & answers) == 2


def test_no_answers_plans_as_before() -> None:
    for index in range(2):
        assert select(BELLS, index) == select(BELLS, index, answered=frozenset())


def test_an_answered_topic_comes_first_of_the_readers_topics() -> None:
    topic = "sourcing from smaller estates in assam"
    chosen = select(TEA, 0, answered=frozenset([topic]))
    assert chosen.topics[0].source == topic
    assert select(TEA, 0).topics[0].source == "the spring seasonal blends"


def _said(text: str, section: str = "summary") -> Sentence:
    return Sentence(section, 1, text)


def test_a_sentence_said_from_an_answer_is_put_back_after_the_tone_cut() -> None:
    thanks = Sentence("thanks", 0, "Thank you for the tour of the roll archive yesterday.")
    answer = _said("I catalogued 2,000 piano rolls for the Reading museum.")
    other = _said("I hold a BA in music.")
    planned = [thanks, answer, other]
    cut = [thanks]

    def words(sentences: list[Sentence]) -> int:
        return sum(len(s.text.split()) for s in sentences)

    answered = frozenset(["I catalogued 2,000 piano rolls for the Reading museum"])
    assert answers_kept(planned, cut, answered, words, 30) == [thanks, answer]
    assert answers_kept(planned, cut, answered, words, 12) == [thanks]  # over the length
    assert answers_kept(planned, cut, frozenset(), words, 30) == [thanks]


def test_a_sentence_said_from_an_answer_goes_last_of_its_section() -> None:
    answer = _said("I catalogued 2,000 piano rolls for the Reading museum.", "point_more")
    other = _said("I hold a BA in music.", "point_more")
    answered = frozenset(["catalogued 2,000 piano rolls for the Reading museum"])
    # the writer drops from the end: the answer is moved to the front
    assert answers_last([other, answer], answered) == [answer, other]
    assert from_answer(answer, answered)
    assert not from_answer(_said("I enjoyed the archive tour.", "topic"), answered)


@pytest.fixture
def tea_file(tmp_path: Path) -> Path:
    path = tmp_path / "tea.json"
    notes = TEA.model_dump(mode="json")
    notes["qualifications"] = ["UKTA tea tasting cert", "food hyg lvl 2", "BSc chemistry"]
    path.write_text(json.dumps(notes))
    return path


def test_compose_ask_writes_the_answer_into_the_letter_written_again(
    tea_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[frozenset[str]] = []
    answering = OfflineBackend.answering

    def spy(self: OfflineBackend, answered: frozenset[str]) -> None:
        told.append(answered)
        answering(self, answered)

    monkeypatch.setattr(OfflineBackend, "answering", spy)
    hygiene = "I hold a Level 2 food hygiene certificate"
    # compose asks for "food hyg lvl 2" alone; the new notes file is not kept
    result = CliRunner().invoke(
        app,
        ["compose", str(tea_file), "--backend", "offline", "--today", "2026-12-02", "--ask"],
        input=f"y\n{hygiene}\nn\n",
    )
    assert result.exit_code == 0, result.output
    assert told == [frozenset([hygiene])]
    again = result.stdout.split("Subject:")[-1]
    assert "hold a Level 2 food hygiene certificate" in again
    assert "none of the letters" not in result.output


def test_a_short_line_inside_an_answer_is_not_answered_itself() -> None:
    answered = frozenset(
        ["I hold an MA in acoustics from Salford", "UKTA cert + tasting panel lead"]
    )
    assert is_answered(analyse("I hold an MA in acoustics from Salford", frozenset()), answered)
    assert is_answered(analyse("tasting panel lead", frozenset()), answered)  # a part of one
    assert not is_answered(analyse("MA", frozenset()), answered)  # a line of its own
    assert not is_answered(analyse("panel lead", frozenset()), answered)


ROLL_ANSWERS = [
    "I hold a diploma in paper conservation from Camberwell",
    "I catalogued 2,000 piano rolls for the Reading museum",
    "I can repair torn perforations with Japanese tissue",
]
ROLLS = Notes.model_validate(
    {
        "candidate": {"name": "Iris Kemble", "email": "iris.k@example.com"},
        "company": "The Pianola Institute",
        "role": "Piano Roll Archivist",
        "interview": {"date": "2026-12-01", "format": "onsite"},
        "interviewers": [
            {
                "name": "denis hall",
                "title": "curator",
                "salutation": "Denis",
                "topics": ["the 1920s aeolian duo-art collection", "digitising the master rolls"],
            }
        ],
        "qualifications": [ROLL_ANSWERS[0], "BA music", ROLL_ANSWERS[2]],
        "highlights": [ROLL_ANSWERS[1], "ran the roll room rota for 3 yrs"],
        "next_steps": "denis to email next wk",
        "tone": "warm",
    }
)


def test_answers_that_fit_no_topic_are_not_held_to_one_summary_line() -> None:
    # One reader with topics: untouched, the letter's summary holds one line (the rota); the
    # two answers that fit no topic both take their place, up to one point over the limit.
    untouched = {p.source for p in select(ROLLS, 0).summary}
    assert untouched == {"ran the roll room rota for 3 yrs"}
    chosen = select(ROLLS, 0, answered=frozenset(ROLL_ANSWERS))
    assert {ROLL_ANSWERS[0], ROLL_ANSWERS[2]} <= {p.source for p in chosen.summary}
    assert len(chosen.points) == 4
