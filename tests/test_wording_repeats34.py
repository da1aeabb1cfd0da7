"""One letter never says the same phrase twice, and a frame never clashes with its topic.

A topic that opens on a gerund takes no frame with a form of the same verb ("I was glad we
covered covering nurse in charge on nights"); a frame that shares a run of three words with one
the letter has said ("... my own work: ... When we turned to X, I thought of my own work: ...")
gives way to another; a point typed with its own "also" is said as typed. The topics and points
are made up, none is a line of the corpus.
"""

from __future__ import annotations

import pytest

from composer.offline.alsoword import also_inside as _also_inside
from composer.offline.phrasebook import moods
from composer.offline.wording import Wording
from tests.fakes import bare_wording


def _wording(seed: str, offset: int, tone: str) -> Wording:
    return bare_wording(seed, offset, tone)


# (gerund topic, forms of its verb no frame may say before it)
GERUND_TOPICS = [
    ("covering the late shift on the stroke ward", ("cover ", "covered ", "covering covering")),
    ("talking families through a delayed build", ("talk about talking", "talk through talking")),
    ("spending the capital grant before march", ("spent on spending", "spend")),
    ("discussing rent arrears with tenants", ("discuss", "discussing discussing")),
]


@pytest.mark.parametrize(("topic", "clashes"), GERUND_TOPICS)
@pytest.mark.parametrize("section", ["topic", "topic_only", "topic_also"])
@pytest.mark.parametrize("tone", ["formal", "concise", "warm"])
def test_a_gerund_topic_takes_no_frame_of_the_same_verb(
    topic: str, clashes: tuple[str, ...], section: str, tone: str
) -> None:
    for offset in range(8):
        for seed in "abcdef":
            said = _wording(seed, offset, tone).pick(section, topic=topic, Topic=topic.title())
            frame = said.lower().replace(topic, "").replace(topic.title().lower(), "")
            assert not any(clash.strip() in frame for clash in clashes), said


def test_a_noun_topic_keeps_the_covered_frame() -> None:
    said = {
        _wording(seed, offset, "concise").pick("topic", topic="the late shift rota", Topic="X")
        for offset in range(8)
        for seed in "abcdefgh"
    }
    assert "I was glad we covered the late shift rota." in said


def test_a_frame_sharing_a_phrase_with_the_letter_gives_way() -> None:
    # "glad" and "my own work" are said already: each tone has a frame with neither
    expected = {
        "When we turned to the loading dock, one example came to mind: we halved the queue at "
        "the gate.",
        "When we turned to the loading dock, one example from my experience came to mind: we "
        "halved the queue at the gate.",
    }
    for tone in ("concise", "warm", "formal"):
        for offset in range(6):
            for seed in "abcd":
                wording = _wording(seed, offset, tone)
                wording.note("It is an area I know from my own work: {clause_lower}.")
                wording.moods |= moods("I was glad we covered {topic}.")
                said = wording.pick(
                    "tie_more",
                    topic="the loading dock",
                    clause_lower="we halved the queue at the gate",
                )
                assert said in expected, said


@pytest.mark.parametrize(
    "clause",
    [
        "I also hold a forklift licence (counterbalance).",
        "I also speak conversational Polish.",
        "My food hygiene certificate is also current.",
    ],
)
def test_a_clause_that_says_also_stays_as_typed(clause: str) -> None:
    assert _also_inside(clause) == clause


def test_a_clause_without_also_still_takes_it() -> None:
    assert _also_inside("I hold a forklift licence.") == "I also hold a forklift licence."


def test_two_tied_topics_after_a_link_say_my_own_work_once() -> None:
    # a link frame said "my own work", and two more topics each take a point: the phrasebook
    # has a frame of each tone without it, so neither says it again
    for tone in ("concise", "warm", "formal"):
        for offset in range(6):
            for seed in "abcd":
                wording = _wording(seed, offset, tone)
                wording.note("It connects with my own work: {clause_lower}.")
                first = wording.pick(
                    "tie_more", topic="the night shift", clause_lower="I ran nights for a year"
                )
                second = wording.pick(
                    "tie_more", topic="the stock count", clause_lower="I halved the shrink"
                )
                assert "my own work" not in first + second, (first, second)


def test_a_second_gerund_topic_is_not_the_time_we_spent_again() -> None:
    # "I valued the time we spent on billable hours. I was grateful, too, for the time we spent
    # on mentoring." ("discussing mentoring" is no frame for a gerund topic)
    for offset in range(6):
        for seed in "abcd":
            wording = _wording(seed, offset, "formal")
            wording.note("I valued the time we spent on {topic}.")
            said = wording.pick("topic_also", topic="mentoring")
            assert said == "I was grateful, too, for what you told me about mentoring.", said
