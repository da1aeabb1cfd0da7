"""Lines typed with care as whole sentences about the reader or the talk, said in the letter's
voice in every field (session 52): what both share ("She and I both ..."), a relative's news,
the sentence naming what was discussed, a quoted question, a standing with its body, and a
question whose answer cannot be said named alone. Expected sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.rapport import rapport_line
from composer.offline.topics import read_topic
from composer.offline.typedclean import read as read_clean
from composer.offline.usable import topic_phrase

RAPPORT = [
    (
        "He and I both coached junior rugby at the Ponsonby club before we moved into management.",
        "we both coached junior rugby at the Ponsonby club before we moved into management",
    ),
    ("Both she and I grew up in Galway.", "we both grew up in Galway"),
    (
        "Her son just got into medical school at McGill and she is very proud of him.",
        "your son getting into medical school at McGill",
    ),
    (
        "His daughter had a baby girl on Tuesday, and he showed me a photo.",
        "your new granddaughter",
    ),
]


@pytest.mark.parametrize(("note", "said"), RAPPORT)
def test_careful_personal_note_said_to_them(note: str, said: str) -> None:
    line = rapport_line(note, ["Aroha Ngata"])
    assert line.text is not None and said in line.text


TOPICS = [
    (
        "The brochure says the clinic sees 60 patients a day. We discussed how I would organise"
        " the triage desk on Monday mornings.",
        "how I would organise the triage desk on Monday mornings",
    ),
    (
        'She asked: "Tell me about a time you had to calm an angry customer." I described a'
        " refund dispute I settled at the counter by listening first.",
        "a time I had to calm an angry customer",
    ),
    (
        "He asked me how I will train the night staff on the new scanners.",
        "how I would train the night staff on the new scanners",
    ),
]


@pytest.mark.parametrize(("item", "text"), TOPICS)
def test_careful_topic_read(item: str, text: str) -> None:
    assert read_topic(item).text == text


def test_question_whose_answer_cannot_be_said_is_left_out_whole() -> None:
    # session 53: never a question named without its answer (reader 39 marked it down)
    item = (
        "She asked how I would manage the move to the new warehouse without closing. I described"
        " the zonal relayouts we ran at night."
    )
    assert topic_phrase(item, frozenset()) is None


def test_standing_with_its_body() -> None:
    read = read_clean(
        "Swim Instructor and Pool Lifeguard Trainer with the Royal Life Saving Society."
    )
    assert read is not None
    assert read[1].whole == (
        "I am a Swim Instructor and a Pool Lifeguard Trainer with the Royal Life Saving Society"
    )


def test_talked_about_a_plural_thing_stays_a_thing() -> None:
    assert read_topic("We talked about the new hybrid ferries.").text == "the new hybrid ferries"


def test_question_said_alone_is_reported_as_such() -> None:
    from composer.offline.leftout import AS_EXCHANGE, LeftOut

    record = LeftOut("interviewers[0].topics[0]", "asked how", "why", AS_EXCHANGE, asked=True)
    assert "was said only as the question you were asked" in record.notice()


def test_question_from_a_line_naming_the_reader_is_left_out_whole() -> None:
    item = (
        "Ms. Okoye asked how I would run the stocktake without closing the shop. I described the"
        " zonal relayouts we ran at night."
    )
    assert topic_phrase(item, frozenset(), ("Ms. Okoye", "Ngozi", "Ngozi Okoye")) is None


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Many congratulations on your son getting into law school at Otago.",
            "Many congratulations on your son getting into law school at Otago.",
        ),
    ],
)
def test_into_school_is_said_bare(text: str, said: str) -> None:
    from composer.offline.bareheads import said as with_articles

    assert with_articles(text, "rapport") == said


def test_relative_news_typed_with_a_stop() -> None:
    from composer.offline.rapportshapes import relative_news

    assert relative_news("His daughter got into art college in Dundee.") == (
        "your daughter getting into art college in Dundee"
    )


FOLLOW_UPS = [
    (
        "Ms. Adeyemi asked for an example of a menu I changed because of food cost. I described"
        " the lunch menu, but I should have said that we cut the food cost from 34% to 29%.",
        "You asked about a menu I changed because of food cost.",
    ),
    (
        "Mr. Lund asked about a machine I rebuilt on my own. I described the 1998 lathe, but I"
        " should have said that it is still in daily use.",
        "You asked about a machine I rebuilt on my own.",
    ),
]


@pytest.mark.parametrize(("value", "opens"), FOLLOW_UPS)
def test_careful_follow_up_keeps_its_question_whole(value: str, opens: str) -> None:
    from composer.offline.followup import follow_up_line
    from composer.offline.phrasebook import Variation

    said = follow_up_line(value, frozenset(), "warm", "email", Variation("x"))
    assert said is not None and said.startswith(opens)
