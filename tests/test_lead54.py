"""Careful lines the letters left out, said (session 54): across the readers' forty files
(h243-h290), careful English a candidate typed was left out by gates built for shorthand. A
topic told as a whole sentence about the reader's side is said as heard; an answer that reports
the room ("I described ...") after "how I would ..." is said as such; a careful next step in the
passive or reported ("Mr. Gordon said that shortlisted candidates will be invited ...") is
understood; "I did not say clearly - X" is a clarification of X. Expected sentences written by
hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from composer import compose, load_notes
from composer.offline.followfor import addressed
from composer.offline.followmemowords import wordings_for
from composer.offline.followself import instructed
from composer.offline.phrasebook import Variation
from composer.offline.secondlanguage import mended
from composer.offline.stepsender import understood
from composer.offline.topics import read_topic
from composer.offline.topictold import told_of

READERS = Path(__file__).parent / "corpus" / "readers"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 45's h290
        ("They print short runs of art books and exhibition catalogues, and colour accuracy on"
         " uncoated paper is their biggest headache.",
         "I was interested to learn that you print short runs of art books and exhibition"
         " catalogues, and colour accuracy on uncoated paper is your biggest headache."),
        # reader 43's h280: a speaker named, "explained"
        ("Mr. Gordon explained that more families are now asking for services that combine"
         " Christian and traditional elements.",
         "I was interested to learn that more families are now asking for services that combine"
         " Christian and traditional elements."),
        ("She explained how they schedule the tuners across three concert halls.",
         "I was interested to learn how you schedule the tuners across three concert halls."),
        # a plural noun before "they": the families', not the reader's
        ("He said that many families now plan the service before they call us.", None),
        ("Tom mentioned that the families choose the music themselves.",
         "I was interested to learn that the families choose the music themselves."),
    ],
)  # fmt: skip
def test_a_sentence_told_of_their_side_is_said_as_heard(typed: str, said: str | None) -> None:
    told = told_of(typed)
    assert (told[1] if told else None) == said


@pytest.mark.parametrize(
    "typed",
    [
        "they asked about my forklift licence",  # a question put to the candidate
        "They liked my portfolio.",  # a reaction (`topicreaction`)
        "She explained that I would start on nights.",  # about the candidate
        "They explained that our team would move.",  # "our": whose side cannot be told
        "they want 2 -> 4 tons/month",  # a note's marks
        "Training covered the new till system.",  # no speaker: a noun with a capital
    ],
)
def test_lines_of_other_shapes_are_not_told(typed: str) -> None:
    assert told_of(typed) is None


def test_a_told_topic_is_said_whole_by_its_answer() -> None:
    topic = read_topic("They print short runs of art books and exhibition catalogues.")
    assert topic.text == "you print short runs of art books and exhibition catalogues"
    assert topic.answer == (
        "I was interested to learn that you print short runs of art books and exhibition"
        " catalogues."
    )
    assert not topic.question


def test_an_answer_reporting_the_room_is_said_after_a_question_of_would() -> None:
    # reader 33's h235: was "the answer you gave could not be said as a sentence of yours"
    notes = load_notes(READERS / "reader32" / "h235.json")
    today = notes.interview.date + dt.timedelta(days=1)
    letters = [" ".join(letter.text.split()) for letter in compose(notes, today=today)]
    assert any(
        "When you asked how I would support the junior physiotherapists, I described my weekly"
        " case review and the peer observation rota I run." in letter
        for letter in letters
    )
    # what the candidate did, after a question of what they would do: still not said
    assert read_topic("asked how I would cut waste -> I cut waste by 20% at Tesco").answer == ""


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("Mr. Gordon said that shortlisted candidates will be invited for a second meeting with"
         " the other director in the week of 14 December.",
         "shortlisted candidates will be invited for a second meeting with the other director in"
         " the week of 14 December"),
        ("Shortlisted candidates will be invited for a second meeting in the week of 14 December.",
         "shortlisted candidates will be invited for a second meeting in the week of 14 December"),
        ("They will invite finalists in the week of 14 December",
         "you will invite finalists in the week of 14 December"),
        ("Tom will meet the finalists on 14 December",
         "Tom will meet the finalists on 14 December"),
        # no time, or the candidate in it: as before, not understood
        ("Shortlisted candidates will be invited for a second meeting.", None),
        ("Tom said that he will call me on Friday.", None),
    ],
)  # fmt: skip
def test_a_careful_next_step_is_understood(typed: str, said: str | None) -> None:
    assert understood(typed) == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 43's h278 (a second-language writer)
        ("I did not say clearly - I can start 1 March, before the season",
         "To be clear, I can start on 1 March, before the season."),
        ("i didnt say it clearly: i have my own van", "To be clear, I have my own van."),
        ("I did not say that clearly.", None),  # nothing to say clearly
    ],
)  # fmt: skip
def test_what_was_not_said_clearly_is_said_clearly(typed: str, said: str | None) -> None:
    line = instructed(typed, "warm", "email", Variation("Lena Hart"))
    if said is None:
        assert line is None
        return
    clause = said.removeprefix("To be clear, ")[:-1]
    assert line in {w.format(clause=clause) for w in wordings_for("clarify", "warm", "email")}


def test_a_preposition_before_a_count_is_no_bare_verb() -> None:
    # reader 43's h280, pasted with care: was "... and overed 300 families were contacted ..."
    line = (
        "At the hospice I set up a bereavement follow-up call system, so that every family"
        " received a call two weeks after the death; over 300 families were contacted in the"
        " first year."
    )
    assert mended(line, "highlights") == line
    assert mended("I work 6 years in ICU", "qualifications") == "I worked 6 years in ICU"


def test_a_careful_follow_up_naming_who_asked_goes_to_them_as_typed() -> None:
    # reader 45's h283: the addressing rule cut "when Ms. Brennan asked" from her own letter
    notes = load_notes(READERS / "reader44" / "h283.json")
    letters = compose(notes, today=notes.interview.date + dt.timedelta(days=1))
    said = (
        "I did not give a clear figure when you asked about my budget experience: the payroll"
        " team budget I managed was around EUR 1.1 million a year."
    )
    assert [said in " ".join(letter.text.split()) for letter in letters] == [False, True, False]
    assert addressed("the budget was EUR 1.1m when Ms. Brennan asked", notes.interviewers) == (
        1,
        "the budget was EUR 1.1m when you asked",
    )
    assert addressed("when Mr. Nobody asked, I said no", notes.interviewers) is None


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 45's h283: was "I have spent fourteen years in a payroll"
        ("Fourteen years in payroll, the last six as payroll manager.", "years in payroll"),
        ("I spent three years in kitchen", "years in a kitchen"),  # a place: counted
    ],
)
def test_years_in_a_field_take_no_article(typed: str, said: str) -> None:
    notes = load_notes(READERS / "reader44" / "h283.json")
    notes = notes.model_copy(update={"qualifications": [typed]})
    letters = compose(notes, today=notes.interview.date + dt.timedelta(days=1))
    assert any(said in " ".join(letter.text.split()) for letter in letters)


@pytest.mark.parametrize(
    "typed",
    [
        "they lost 2 mechanics to the big chain store",  # a loss read back as interesting
        "They closed the Leeds branch last year.",
        "He explained that delivery drivers start at 6.",  # which 6?
    ],
)
def test_a_loss_or_a_bare_hour_is_not_told(typed: str) -> None:
    assert told_of(typed) is None
