"""How clearly a candidate's point and a reader's topic are about the same thing (`tie`), for
content selection (`select`): the words and themes every item of these notes shares say
nothing of a tie (`generic_of`). `bridge` is the one rule for a tie a letter may say in words
("It connects with my own work: ...", "As for X, ..."): every such sentence rests on it."""

from __future__ import annotations

from dataclasses import dataclass

from composer import regexes as re
from composer.models import Notes
from composer.offline import credentials
from composer.offline.cleaning import clean
from composer.offline.screen import is_instruction
from composer.offline.themes import common_themes, tie_strength
from composer.offline.topics import Topic
from composer.offline.usable import stems


@dataclass(frozen=True)
class Generic:
    """What says nothing of a tie for these notes: the role's and company's words, and the
    themes of the candidate's whole field."""

    words: frozenset[str]
    themes: frozenset[str]


def generic_of(notes: Notes) -> Generic:
    """The words and themes of `notes` that say nothing of a tie between two items."""
    items = [i for i in (*notes.qualifications, *notes.highlights) if not is_instruction(i)]
    return Generic(stems(f"{notes.role} {notes.company}"), common_themes(items))


def tie(point: str, topic: str, generic: Generic) -> int:
    """How clearly a point (or contribution) and a topic are about the same thing; 0: not.

    A degree bears on a topic only through a word they share ("BSc Adult Nursing" says
    nothing of preceptorship, though both are about patients)."""
    words = generic.words
    mine, theirs = stems(point) - words, stems(topic) - words
    strength = tie_strength(point, topic, mine, theirs, generic.themes)
    if strength and not (mine & theirs) and credentials.degree(clean(point)) is not None:
        return 0
    return strength


# A tie a letter may say in words: a shared word, code or theme (strength 2 or more). Neighbouring
# themes alone (`themes.related`: 1) say which reader a point is nearest, never that it is about
# the topic: "Our discussion of board reporting touched on my own work: I led the carve-out ..."
EARNED = 2
# A question put to the candidate ("how I would handle a keeper error", "why I am leaving
# station side") was answered in the room: one word it shares with a point is the setting of
# the answer told ("the Chester story"), not its subject. A point is said as its answer on a
# shared theme or code, or on a clear tie (two shared words), never on one word ("On that
# front, I wrote Chester's carnivore enrichment calendar.").
EARNED_ASKED = 3


def bridge(point: str, topic: str, generic: Generic, *, asked: bool = False) -> int:
    """`tie` when a sentence may claim it (a point said with the topic, a connector between
    them), else 0: the point is said on its own. `asked`: the topic is a question put to the
    candidate (`asked_of`)."""
    strength = tie(point, topic, generic)
    if not asked or strength >= EARNED_ASKED:
        return strength if strength >= EARNED else 0
    # the subject without the words they share: a theme or a code both touch
    subject = tie_strength(point, topic, frozenset(), frozenset(), generic.themes)
    return strength if subject >= EARNED else 0


def asked_of(topic: Topic) -> bool:
    """Whether a topic as read is a question put to the candidate: "how I would handle ...",
    "why I am leaving ...", "whether I'd take on ..."; not their own work ("my safety record",
    "your feedback on my reel"), which a point about the same work answers."""
    return topic.mine and (topic.question or bool(_ASKED.match(topic.text)))


_ASKED = re.compile(r"(?:how|why|what|whether|when|which|where)\b", re.IGNORECASE)
