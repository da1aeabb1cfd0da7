"""Reader 43's blind set (writer 42's files, now dev material in tests/corpus/readers/reader42):
the last gate stops someone's reported words put where a frame expects a subject ("I enjoyed our
conversation about Mr. Gordon explained that more families are asking ..."), which a topic read
by no reader could otherwise be said as; a careful question whose answer's clause opens on a
counted subject ("if two sides of a family disagreed") is said with its answer; a topic with a
relative clause ("crews whose first language is not English") is a subject, not a sentence.
Expected sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.closers import contact_plain
from composer.offline.exchange import bare_subject, has_exchange
from composer.offline.notejoins import loose_join
from composer.offline.topics import read_topic


@pytest.mark.parametrize(
    ("sentence", "stopped"),
    [
        ("I enjoyed our conversation about Mr. Gordon explained that more families are now"
         " asking for services that combine Christian and traditional elements.", True),
        ("I was glad we had time to talk about Tom said the depot moves next year.", True),
        # a name that is the subject itself, or a verb after no preposition: as said
        ("I enjoyed our conversation about Gordon Ramsay.", False),
        ("Mr. Gordon explained the rota to me.", False),
    ],
)  # fmt: skip
def test_reported_words_after_a_frame_s_preposition_are_stopped(
    sentence: str, stopped: bool
) -> None:
    assert bool(loose_join(sentence)) is stopped


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        # reader 43's h280: the funeral director's question, answer left out as unsayable
        ("what I would do if two sides of a family disagreed about the burial place", False),
        ("if three drivers call in sick", False),
        # a note's subject with no article: as before
        ("if client refuses bath", True),
        ("when reefer alarm goes", True),
    ],
)
def test_a_counted_subject_is_no_note_s_bare_subject(text: str, bare: bool) -> None:
    assert bare_subject(text) is bare


def test_a_careful_question_and_its_answer_are_said() -> None:
    line = (
        "He asked me what I would do if two sides of a family disagreed about the burial place."
        " I answered that I would listen to each side separately, explain clearly what is"
        " possible and by when, and never take sides, because the decision belongs to the family."
    )
    topic = read_topic(line)
    assert topic.answer.startswith("I would listen to each side separately")
    assert has_exchange(line, frozenset())  # was left out: "the answer you gave could not be said"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 43's h275: left out as "a sentence, not a subject that was discussed"
        ("Toolbox talks for crews whose first language is not English.",
         "toolbox talks for crews whose first language is not English"),
        ("the new apprentices who start in January", "the new apprentices who start in January"),
    ],
)  # fmt: skip
def test_a_topic_with_a_relative_clause_is_a_subject(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


def test_a_post_met_at_the_next_step_takes_its_article() -> None:
    # reader 45's h289: "recruiter (Dave) to call thurs re 2nd round w/ ops director" was left
    # out at the gate ("with ops director"), where the base had said "from Dave on Thursday"
    said = contact_plain("recruiter (Dave) to call thurs re 2nd round w/ ops director")
    assert said == "Dave will call thurs about the 2nd round with the ops director"
    assert contact_plain("HR (Hr. Schulte) to call thurs re: trial shift") == (
        "Mr. Schulte will call thurs about the trial shift"
    )
