"""A topic typed with care is said: the candidate's account of the room ("Pieter told me the
terminal is getting two new cranes in March.", "Joost asked about the continuous roster and how
we consulted the works council in Antwerp") or a whole sentence naming a subject is what they
chose to recall, not a jotting. A letter names a topic with nothing of the candidate's about it
only when it is short (`body.topic_also`); such a line was then dropped without a word. A topic
typed with care is named as a topic typed as an answer is (`typedfirst.topic_unsaid`): after
the plan and its cuts, while the letter stays within its length.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from composer import regexes as re
from composer.offline.body import Sentence
from composer.offline.phrases import Phrase
from composer.offline.topicreported import narrated, reported, told
from composer.offline.words import FUNCTION_WORDS

__all__ = ["careful_named", "typed_with_care"]

# A note's marks: a line with any of them was jotted, not typed with care.
_NOTE_MARKS = re.compile(r"[~+=>/<|@#]|\bw/|\s[-–]\s|\.\.|\?|!|\b(?:e\.g|etc|incl|approx)\b")
MOST_TOPICS = 2  # careful topics a letter adds beyond its plan, at most


def typed_with_care(source: str) -> bool:
    """True when the topic `source` was typed with care: an account of the room with who spoke
    ("She explained that ...", "We talked about ..."), or a whole sentence of five words or
    more with a capital and a full stop and no mark of a note."""
    text = " ".join(source.split())
    if _NOTE_MARKS.search(text.rstrip(".")):
        return False
    if narrated(text) or reported(text) != text:
        return True
    return text[:1].isupper() and text.endswith(".") and len(text.split()) >= 5


# The words of a line said to the reader: "they" (the employer) is "you", "I'd" is "I would".
_TO_READER = (
    (r"\bthey\b", "you"),
    (r"\btheir\b", "your"),
    (r"\bI'd\b", "I would"),
    (r"\bI'm\b", "I am"),
    (r"\bI've\b", "I have"),
)
# Where a topic may stop short of its line: its end, a comma, "and" before a second part.
_STOPS = re.compile(r"^(?:[.,;]|\s+and\b|$)")


def _to_reader(line: str) -> str:
    for pattern, spoken in _TO_READER:
        line = re.sub(pattern, spoken, line)
    return line


def _said_as_typed(topic: Phrase) -> bool:
    """True when `topic` was typed with care and the letter names it in the words typed: its
    line, or what the account of the room says was discussed or asked (`reported`, `told`), from
    its start, three
    words or more, whole or up to a comma or an "and" ("the berth window commitments to the two
    big shipping alliances"); never a reading that bent it ("managing" for "Managing about 60
    seasonal workers", "with the nothing over the front rows")."""
    if not typed_with_care(topic.source):
        return False
    said = " ".join(topic.text.split()).rstrip(".")
    if len(said.split()) < 3:
        return False
    lines = {topic.source, reported(topic.source), told(topic.source)} - {""}
    for line in lines | {_to_reader(line) for line in lines}:  # "their" theirs or the reader's
        typed = " ".join(line.split())
        first = typed.split()[0] if typed.split() else ""
        if first.lower() in FUNCTION_WORDS:  # "The twenty electric buses ...": "the"
            typed = typed[:1].lower() + typed[1:]
        if typed.startswith(said) and _STOPS.match(typed[len(said) :]):
            return True
    return False


def careful_named(
    sentences: list[Sentence],
    unsaid: Callable[[list[Sentence]], Sequence[Phrase]],
    also: Callable[[list[Sentence], int], list[Sentence]],
    room: Callable[[list[Sentence]], int],
) -> list[Sentence]:
    """`sentences` with each topic typed with care that no sentence names (`unsaid`, in the
    plan's order) said by `also` (the letter's `topic_also`, its skip the topic's place among
    the unsaid), up to `MOST_TOPICS`, while the letter has `room` (words left under its most)
    for it and its frame; read once the letter holds the candidate's own points, which come
    first."""
    for _ in range(MOST_TOPICS):
        left = list(unsaid(sentences))
        skip = next((k for k, t in enumerate(left) if _said_as_typed(t)), None)
        if skip is None or room(sentences) < len(left[skip].text.split()) + _FRAME_WORDS:
            break
        more = also(sentences, skip)
        if len(more) == len(sentences) or room(more) < 0:
            break
        sentences = more
    return sentences


_FRAME_WORDS = 12  # the most words a topic's frame adds ("I was grateful, too, for what ...")
