"""Topics typed as a whole sentence that reports the room ("We talked about ...", "He explained
that ...", "She told me ..."), or too long to name whole: said as the subject discussed (targets
written by hand)."""

from __future__ import annotations

import pytest

from composer.offline.topicanswers import asked_sentence
from composer.offline.topics import read_topic
from composer.offline.wellformed import problem


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "We talked about how the depot schedules drivers over the holidays.",
            "how the depot schedules drivers over the holidays",
        ),
        ("We spoke about the new rota for weekend cover.", "the new rota for weekend cover"),
        (
            "We discussed the backlog of repairs in the north block.",
            "the backlog of repairs in the north block",
        ),
        (
            "They explained how they train new porters on the wards.",
            "how you train new porters on the wards",
        ),
        (
            "He walked me through how they plan the spring planting.",
            "how you plan the spring planting",
        ),
        (
            "She told me the team is hiring two more nurses next year.",
            "the team hiring two more nurses next year",
        ),
        (
            "She mentioned that the library is closing for refurbishment in June.",
            "the library closing for refurbishment in June",
        ),
        ("They told me the clinic opens in April.", "the clinic opening in April"),
        ("He said that the rota is short.", "the rota being short"),
        (
            "They explained that the new kilns will arrive in May and the old ones go to auction.",
            "the new kilns arriving in May",
        ),
    ],
)
def test_a_report_of_the_room_is_said_as_what_was_discussed(line: str, said: str) -> None:
    assert read_topic(line).text == said


@pytest.mark.parametrize(
    "line",
    [
        "He explained that delivery drivers start at 6.",  # no subject said as a doing for sure
        "She told me to apply before Friday.",
    ],
)
def test_a_report_whose_clause_cannot_be_named_is_left_out(line: str) -> None:
    assert read_topic(line).text == ""


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "The new wing they are opening on the east side of the campus next autumn, with two"
            " wards for older people and a day unit for rehab.",
            "the new wing you are opening on the east side of the campus next autumn",
        ),
        (
            "The growth in online orders over the last two years at the Bristol branch, and what"
            " it means for the packing team and the weekend shifts.",
            "the growth in online orders over the last two years at the Bristol branch",
        ),
    ],
)
def test_a_sentence_too_long_to_name_is_cut_where_its_subject_ends(line: str, said: str) -> None:
    assert read_topic(line).text == said


def test_a_verb_of_a_relative_clause_is_no_change_of_tense() -> None:
    line = (
        "He asked how I would support a pupil who panics before exams and wants to drop the"
        " subject. I said I would break the revision into short sessions and practise with past"
        " papers."
    )
    topic = read_topic(line)
    assert topic.text == (
        "how I would support a pupil who panics before exams and wants to drop the subject"
    )
    assert topic.answer == (
        "I would break the revision into short sessions and practise with past papers"
    )
    said = "I would hope to contribute steady work and want to be a check airman."
    assert problem(said) == (
        "it has a tense that changes ('I would hope to contribute steady work and want to')"
    )


def test_a_question_typed_as_the_candidates_clause_is_put_to_them_with_the_answer() -> None:
    line = (
        "How I would calm a customer whose order went missing. I answered with the example of"
        " the lost wedding cake at the Dunmore shop, where I rang the bakery and had a new one"
        " delivered by noon."
    )
    topic = read_topic(line)
    assert topic.text == "how I would calm a customer whose order went missing"
    assert topic.question
    assert asked_sentence(topic.text, topic.answer) == (
        "When you asked how I would calm a customer whose order went missing, I answered with"
        " the example of the lost wedding cake at the Dunmore shop, where I rang the bakery and"
        " had a new one delivered by noon."
    )


def test_an_answer_reported_as_what_was_said_in_the_room_is_said_after_when_you_asked() -> None:
    line = (
        "She asked how I would settle a new starter who is struggling. I described the"
        " one-to-one check-ins I set up for two apprentices at my last garage."
    )
    topic = read_topic(line)
    assert asked_sentence(topic.text, topic.answer) == (
        "When you asked how I would settle a new starter who is struggling, I described the"
        " one-to-one check-ins I set up for two apprentices at my last garage."
    )
    walked = read_topic(
        "he asked how I would plan a kitchen refit -> I walked him through the last refit I ran"
    )
    assert walked.answer == "I walked you through the last refit I ran"


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "asked which tools I would use to clean sensor data",
            "which tools I would use to clean sensor data",
        ),
        ("asked if I had done nights", "whether I had done nights"),
        ("she asked when I could start", "when I could start"),
        ("he asked where I trained", "where I trained"),
    ],
)
def test_a_question_after_asked_is_read_by_any_wh_word(line: str, said: str) -> None:
    topic = read_topic(line)
    assert (topic.text, topic.question) == (said, True)


def test_a_story_told_in_answer_is_said_without_the_reminder_in_brackets() -> None:
    topic = read_topic(
        "asked abt safeguarding -> told him about running the referrals at Oakfield (keep it short)"
    )
    assert asked_sentence(topic.text, topic.answer) == (
        "When you asked about safeguarding, I told you about running the referrals at Oakfield."
    )


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # typed with care, 19 to 24 words: named whole (was left out, "too long to name")
        (
            "The plans for the new school building and how the school would stay open to the"
            " community during the move.",
            "the plans for the new school building and how the school would stay open to the"
            " community during the move",
        ),
        (
            "The caseload in the Galway city team and how new staff are supported through"
            " supervision in the first year.",
            "the caseload in the Galway city team and how new staff are supported through"
            " supervision in the first year",
        ),
    ],
)
def test_a_long_topic_typed_with_care_is_named_whole(line: str, said: str) -> None:
    assert read_topic(line).text == said


def test_a_long_note_line_is_still_not_named_whole() -> None:
    # the same length typed as a note (a "+" and an arrow): no sentence names it whole
    line = (
        "plans for new school building + how school stays open to community during the move"
        " -> phased, 2 terms, old gym kept as hub"
    )
    assert "->" not in read_topic(line).text and "+" not in read_topic(line).text


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # reader 31's careful h227, too long to name whole: its subject before "and how/what"
        (
            "We talked about the planned change from three shifts to a continuous roster for the"
            " lashing crews and how I consulted the unions in Antwerp before a similar change.",
            "the planned change from three shifts to a continuous roster for the lashing crews",
        ),
        (
            "We discussed the berth window commitments to the two big shipping alliances and what"
            " happens to the terminal's reputation when a mega-vessel is delayed by more than"
            " twelve hours.",
            "the berth window commitments to the two big shipping alliances",
        ),
        # typed with care, after "We discussed", within 24 words: whole
        (
            "We discussed the business case for electrifying the straddle carrier fleet by 2029"
            " and how to phase the investment over three budget years.",
            "the business case for electrifying the straddle carrier fleet by 2029 and how to"
            " phase the investment over three budget years",
        ),
    ],
)
def test_a_long_reported_topic_is_named_by_its_subject(line: str, said: str) -> None:
    assert read_topic(line).text == said
