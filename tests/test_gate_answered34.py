"""An answer typed at `compose --ask` is not stopped for one word no table knows (session 34).

A candidate asked to write a line as a sentence types a whole one: "I restored a Victorian
zoetrope for the town museum." The gate stops a letter's sentence for a lower-case word no table
knows ("zoetrope" may be in none) or a short word that reads as a note's. In a line typed as an
answer, as a whole sentence that passes every other check with that word put as a plain noun, the
word is the candidate's own (`flagged.trusted`), and only that finding is let go: a note's marks,
an instruction, a broken shape still stop it. The lines and jobs are made up (a clockmaker, a
puppet maker, a falconer); each sentence expected is written by hand.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from composer.compose import compose
from composer.models import Notes
from composer.offline import OfflineBackend
from composer.offline.flagged import stopped, trusted

TODAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize(
    ("answer", "word"),
    [
        ("I carved the heads for a set of twelve bunraku figures", "bunraku"),
        ("My first commission was a zandock for a church clock.", "zandock"),
        ("I flew a pair of harrishawks at the county show for three summers", "harrishawks"),
        ("On the trial day the new glarvet held its rate within two seconds", "glarvet"),
        # a word clipped short, in its plural (session 39, reader 16 h128)
        ("I ran a crew of 3 techs and an apprentice.", "techs"),
    ],
)
def test_a_word_of_an_answer_typed_as_a_whole_sentence_is_trusted(answer: str, word: str) -> None:
    assert trusted(frozenset([answer])) == {word}


@pytest.mark.parametrize(
    "answer",
    [
        "pls mention the bunraku work",  # a note to self, in lower case
        "Mention my bunraku figures",  # an instruction, no subject
        "Bunraku figures - 12 of them",  # a note's dash, no verb
        "I carved bunraku figs w/ the glarvet team",  # shorthand beside it
        "I carved the glarvet zandock for a church",  # two words no table knows
        "Twelve bunraku heads",  # no verb
    ],
)
def test_a_word_of_a_line_that_is_a_note_anyway_is_never_trusted(answer: str) -> None:
    assert trusted(frozenset([answer])) == frozenset()


def test_only_the_unknown_word_finding_is_let_go() -> None:
    words = trusted(frozenset(["I carved the heads for a set of twelve bunraku figures"]))
    assert stopped("I carved the heads for a set of twelve bunraku figures.", words) == ""
    # without the answer, the word stops it as before
    assert "bunraku" in stopped("I carved the heads for a set of twelve bunraku figures.")
    # a note's marks or a broken shape around the trusted word still stop the sentence
    assert stopped("I carved bunraku figs w/ the team.", words)
    assert stopped("Our talk about the bunraku heads - 3 wks.", words)
    # a word not typed in the answer is not trusted by it
    assert "glarvet" in stopped("I carved the heads for a glarvet.", words)


def _notes(highlight: str) -> Notes:
    data: dict[str, Any] = {
        "candidate": {"name": "Ottilie Brandt", "email": "ottilie.b@example.com"},
        "company": "Strings & Shadows Theatre",
        "role": "Puppet Maker",
        "interview": {"date": "2026-12-01", "format": "onsite"},
        "interviewers": [
            {
                "name": "mara quint",
                "title": "head of workshop",
                "salutation": "Mara",
                "topics": ["the winter touring show"],
            }
        ],
        "qualifications": ["I hold a BA in Theatre Design from Wimbledon College of Arts"],
        "highlights": [highlight],
        "next_steps": "decision by fri",
        "tone": "warm",
    }
    return Notes.model_validate(data)


ANSWER = "I carved the heads for a set of twelve bunraku figures"


def _letter(notes: Notes, answered: frozenset[str] = frozenset()) -> str:
    backend = OfflineBackend(answered=answered) if answered else OfflineBackend()
    return compose(notes, backend=backend, today=TODAY)[0].text


def test_the_answered_sentence_reaches_the_letter_and_a_careful_line_does_too() -> None:
    notes = _notes(ANSWER)
    letter = _letter(notes, frozenset([ANSWER]))
    assert "I carved the heads for a set of twelve bunraku figures." in letter
    # typed with the same care in the notes, its one unknown word is the trade's
    # (`flagged.careful_words`, session 36); typed as a note, it is not
    # (said for the role, it may share its sentence with the degree: `roleparagraph`)
    assert "I carved the heads for a set of twelve bunraku figures" in _letter(notes)
    assert "bunraku" not in _letter(_notes("carved heads for 12 bunraku figs w/ the team"))
