"""The answer given in the room said in the candidate's voice (session 41b).

Expectations written by hand."""

import pytest

from composer.offline.topicanswers import asked_sentence
from composer.offline.topics import read_topic


def _said(item: str) -> str:
    topic = read_topic(item)
    return asked_sentence(topic.text, topic.answer)


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            # steps after a question in the present, typed after ", said"
            "she asked how i deal w/ a noisy neighbour complaint, said visit both flats first,"
            " then write to the tenant",
            "You asked how I deal with a noisy neighbour complaint: I visit both flats first,"
            " then write to the tenant.",
        ),
        (
            # steps after "how I would", a count in words, one "and"
            "he asked how i'd train a new starter -> said pair them w/ a senior for 2 weeks,"
            " give them the easy jobs first, review daily",
            "You asked how I would train a new starter: I would pair them with a senior for two"
            " weeks, give them the easy jobs first and review daily.",
        ),
        (
            # "I said yes," and a clause of the candidate's own
            "he asked whether I had run a stocktake -> I said yes, I ran the annual count at"
            " the Leeds depot",
            "You asked whether I had run a stocktake: I ran the annual count at the Leeds depot.",
        ),
        (
            # a story told in answer, to the reader who asked
            "she asked about a time I missed a deadline -> told her about the Harlow tender,"
            " asked for two more days early",
            "When you asked about a time I missed a deadline, I told you about the Harlow tender.",
        ),
        (
            # a clause with a subject of its own, after "I said"
            "he asked whether night shifts would be split -> I said the schedule is set a month"
            " ahead",
            "You asked whether night shifts would be split: the schedule is set a month ahead.",
        ),
        (
            # a reason, with the question of why it answers (session 43: never the question
            # without its reason)
            "why leaving the warehouse -> said want to move into planning",
            "When you asked why I am leaving the warehouse, I said I want to move into planning.",
        ),
    ],
)
def test_answer_said_in_the_candidates_voice(item: str, expected: str) -> None:
    assert _said(item) == expected


def test_a_why_question_with_no_answer_to_say_is_left_out() -> None:
    topic = read_topic("why leaving the warehouse -> said pay is bad lol")
    assert topic.text == ""


def test_a_step_of_someone_else_is_not_said_as_mine() -> None:
    topic = read_topic("asked how i'd train a new starter -> said shadow me for 2 weeks")
    assert "shadow me" not in topic.answer


def test_an_answer_in_note_words_is_not_said() -> None:
    topic = read_topic("asked how id handle a spill -> cordon, mop w/ absorbent, log it")
    assert topic.answer == ""


def test_a_question_with_no_answer_to_say_is_thanked_for_plainly() -> None:
    assert (
        asked_sentence("whether I had used a pillar drill", "", put=True)
        == "Thank you for asking whether I had used a pillar drill."
    )
    assert asked_sentence("kerb damage", "", put=True) == ""  # a subject, or a test they set
    assert asked_sentence("why I am moving to Leeds", "", put=True) == ""
    assert asked_sentence("kerb damage", "") == ""


def test_the_point_follows_the_answer_as_its_own_sentence() -> None:
    said = asked_sentence(
        "how I sort returns", "I check the seal first", then="I ran the returns desk at Arlo"
    )
    assert said == (
        "You asked how I sort returns: I check the seal first. I ran the returns desk at Arlo."
    )


def test_a_linkedin_note_never_thanks_for_a_question_of_why_i_am_leaving() -> None:
    from pathlib import Path

    from composer import load_notes
    from composer.offline.linkedin import NoteWriter

    s08 = Path(__file__).parent / "corpus" / "scouts" / "scout41" / "s08.json"
    notes = load_notes(s08).model_copy(update={"channel": "linkedin"})
    nurul = NoteWriter(notes, 1)
    ways = [way for option in nurul.topics() for way in option]
    assert ways  # her other topics are still named ...
    assert not any("leaving" in way for way in ways)  # ... but never why I am leaving
