"""Whether a link is earned: the one gate every wording passes that joins a topic, a question or
the point before to the candidate's point ("On that point, ...", "It is close to my own
experience: ...", "When we turned to X, one example came to mind: ...", "As for X, ...", "On top
of that, ...").

A link says the two sentences are about one thing, so it is earned only when they share a
subject: a word or a code both say in one sense (`themes.tie_strength` without its themes; a
word qualified by another word in each, "food cost" and "food safety", is two senses:
`wordsense`). What earns none: a theme both merely touch ("the schedule" and "Storyboard Pro"),
the words of the role and the company, and the words of the candidate's whole trade, said in
three of their own items or more ("boards" to a storyboard artist: "the board test" and "I
boarded six episodes" are not one subject). Nor do the people a topic is about, said in both
("drivers report near-misses" and "a shift agreement with the drivers' union"; "patient falls"
and "patient satisfaction"), when they are all both share: they say who, not what
(`people`). A question put to the candidate is answered by a point only on a clear tie
(two words, or a code), and never by a credential ("As for how I handled a patient who refused
care, I am a Registered Practical Nurse"). A topic named as a comma list ("farm call outs, ute
with full fitout and the on-call roster") is no name a frame can hold. Unearned, the point is
said as the candidate's own, in a sentence of its own (`body.Body._own`).
"""

from __future__ import annotations

import functools
from collections import Counter

from composer import regexes as re
from composer.models import Notes
from composer.offline.lexicon import classes, is_agent_noun
from composer.offline.themes import themes_of, tie_strength
from composer.offline.ties import EARNED, EARNED_ASKED
from composer.offline.usable import stems
from composer.offline.words import FUNCTION_WORDS, PEOPLE_COUNTED
from composer.offline.wordsense import other_senses

# a question put to the candidate inside a topic's name: "revisions and how fast I can turn
# around notes", "what I would do first"
_QUESTION = re.compile(r"\b(?:how|what|why|whether|which|when)\b(?:\s+[\w'-]+){0,3}?\s+I\b", re.I)

# a clause of what went on beside the point's claim: "..., while throughput rose by 18%"
_BESIDE = re.compile(r",?\s+(?:while|whilst)\s[^.;:]*", re.I)

# the most words of a topic's note that is about the one subject the letter names
_NOTE_WORDS = 15

# the items of the candidate's own that a word must be said in to be a word of their trade
_TRADE = 3


def earned(
    point: str,
    topic: str,
    notes: Notes,
    *,
    note: str = "",
    asked: bool = False,
    held: bool = False,
) -> bool:
    """True when a link may join `point` (the candidate's item, as typed and as said) to `topic`
    (the topic's name as the letter says it, or the point before); `note`: the topic as typed,
    whose words say its subject too ("circ down 30%" for "circulation"); `asked`: the topic is
    a question put to the candidate; `held`: the point is a credential."""
    asked = asked or asks(topic)
    point = _BESIDE.sub("", point)  # its claim, without what went on beside it
    if (asked and held) or listed(topic):
        return False
    # a short note is about one subject, its tail too ("incident culture, blameless
    # postmortems"); a long one says more than the topic named, and its other words earn no
    # link (reader 37: "... deck staff will need training on the new system")
    subject = f"{note} {topic}" if len(note.split()) <= _NOTE_WORDS else topic
    # (and the function words: "without fear of blame", "without a strike" share no subject)
    off = _trade_words(notes) | function_stems(f"{point} {subject}")
    mine, theirs = stems(point) - off, stems(subject) - off
    # a word both say in another sense ("food cost", "food safety") is no subject shared
    other = other_senses(mine & theirs, point, subject)
    # the one group of people both name, and nothing else, is who, not what ("student nurses",
    # two words, name a group trained; "clinician turnover" shares its subject too)
    who = people(mine & theirs, point, qualifying=True) & people(mine & theirs, subject)
    other |= who if len(who) == 1 and who == mine & theirs - other else frozenset()
    mine, theirs = mine - other, theirs - other
    # themes both touch are neighbours, not one subject: set aside as if everywhere
    strength = tie_strength(point, subject, mine, theirs, themes_of(point) | themes_of(subject))
    return strength >= (EARNED_ASKED if asked else EARNED)


def people(shared: frozenset[str], text: str, *, qualifying: bool = False) -> frozenset[str]:
    """The stems of `shared` that `text` says only as a noun for people ("drivers", "the
    drivers' union", "patient falls"; "drive" the verb is none); `qualifying`: only where the
    word qualifies a noun after it, so the text is about that thing ("the drivers' union",
    "patient satisfaction"), not the people ("usability studies with forty nurses")."""
    said: dict[str, bool] = {}
    words = _WORD.findall(text.lower())
    for k, word in enumerate(words):
        stem = word[:5]
        if stem in shared:
            lemmas = (word, *classes(word).get("noun", ()))
            person = any(w in PEOPLE_COUNTED or is_agent_noun(w) for w in lemmas)
            after = words[k + 1] if k + 1 < len(words) else ""
            person = person and (not qualifying or (len(after) > 2 and after not in FUNCTION_WORDS))
            said[stem] = said.get(stem, True) and person
    return frozenset(stem for stem, person in said.items() if person)


_WORD = re.compile(r"[a-z]+")


def function_stems(text: str) -> frozenset[str]:
    """The stems only function words say in `text` ("without"; not "under" of "underwriting")."""
    words = _WORD.findall(text.lower())
    content = {w[:5] for w in words if w not in FUNCTION_WORDS}
    return frozenset(w[:5] for w in words if w in FUNCTION_WORDS) - content


def asks(topic: str) -> bool:
    """True when a topic's name holds a question put to the candidate ("revisions and how fast I
    can turn around notes"): no subject a frame ("As for X, ...") can take up."""
    return _QUESTION.search(topic) is not None


def listed(topic: str) -> bool:
    """True when a topic's name is a list or a note with its tail, by its comma ("farm call
    outs, ute with full fitout and ..."): said inside a frame, it breaks the sentence. Or a
    clause of its own, a bare noun and its verb ("board wants 98% on-time for emergency orders",
    round 54, h1472: "When we turned to board wants ...")."""
    return ", " in topic or _BARE_CLAUSE.match(topic) is not None


# A bare noun and a verb of its own opening a topic's name: "board wants 98% ...".
_BARE_CLAUSE = re.compile(
    r"^(?!(?:the|a|an|my|our|your|their|his|her|its|this|that|these|those)\b)[a-z]+\s+"
    r"(?:wants|needs|says|thinks|expects|asks|prefers)\s+\S"  # ("client needs": a thing)
)


def _trade_words(notes: Notes) -> frozenset[str]:
    """The role's and the company's words, and the words the candidate's own items say in
    `_TRADE` of them or more: they name the trade, not one subject."""
    items = (*notes.qualifications, *notes.highlights, notes.contribution or "")
    return _trade(f"{notes.role} {notes.company}", tuple(items))


@functools.lru_cache(maxsize=64)
def _trade(role: str, items: tuple[str, ...]) -> frozenset[str]:
    counts = Counter(stem for item in items for stem in stems(item))
    return stems(role) | frozenset(stem for stem, n in counts.items() if n >= _TRADE)


def asked_also(text: str) -> str:
    """A question of theirs said after another topic of theirs: "You asked how ..." -> "You
    also asked how ...", so it reads as one more thing discussed, not a new start."""
    return re.sub(r"^You asked\b", "You also asked", text)
