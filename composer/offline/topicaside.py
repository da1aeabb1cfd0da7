"""A topic typed as a subject and a note's aside, named by its subject alone (session 51).

People type a topic the evening after as its subject and what they jotted beside it: a figure
("growth plan 18k -> 30k hl/yr"), a doubt of their own ("diacetyl probs in summer batches
(ferm. temp / cellar cooling too weak?)"), what they told ("LOTO + rescue kit. told him about
the fall ..."), a cry ("backups!! no offsite copy rn"), a label and its content. When the whole
line cannot be said, `headed` names the subject typed before the first aside, if that reads as
a subject on its own: that it was discussed is true without the aside, and no part of the aside
is said. A line of a question put to the candidate and the answer given is never cut so (its
answer is what the line is for). Note words of a subject are spelled out where the words beside
them settle the reading (`spelled`: "probs in ...", "breeding prog").
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from typing import Any, TypeVar

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.lastgate import last_gate
from composer.offline.notesyntax import note_syntax
from composer.offline.words import FUNCTION_WORDS, WH_WORDS

__all__ = ["head_alone", "headed", "linked", "question_tail", "slash_joined", "spelled"]

# Where an aside begins: a bracket, a dash between spaces, an arrow, an "=" between spaces, a
# stop, a "!" or "?" with more typed after it, a slash between spaces, a semicolon. (A comma
# parts a list or a week's two halves: never an aside's start.)
_ASIDE = re.compile(
    r"\s*\(|\s+[-–—]+\s+|\s*(?P<arrow>->|→|=>)\s*|\s+=\s+|[.!?;:]+(?=\s+\S)|!{2,}|\?{2,}"
    r"|\s+/\s+"
)
# What an arrow's comment opens with: the candidate's own link ("my honours proj was on"), a
# deed or a need ("did SEMA course", "need someone from 5 Jan"), a reason; any other arrow
# is a change's two sides ("migrating selenium -> playwright"), whose head alone is half of it.
_COMMENT = re.compile(
    r"(?i)(?:my|i|i'm|im|i've|did|need|needs|we|she|he|they|why|which|so|but|not)\b"
)
# A figure closing a subject typed before its change or its measure ("growth plan 18k -> 30k"):
# the figure belongs to the aside.
_FIGURE = re.compile(r"(?:\s+(?:~|approx\.?\s*|c\.\s*)?\$?£?€?\d[\d.,]*[a-z%]*)+$", re.IGNORECASE)
# A question put to the candidate, or the answer given: another reader's line.
_EXCHANGE = re.compile(
    r"(?i)\basked\b|\b[qa]\s*:|(?:->|\b(?:i|me)\b:?)\s*(?:i\s+)?(?:said|answered|replied|told)\b"
)


def head_alone(item: str) -> str:
    """The subject typed before the first aside of `item`, its closing figure let go; "" when
    the line has no aside, is an exchange in the room, or nothing is left."""
    if _EXCHANGE.search(item):
        return ""
    found = _ASIDE.search(item)
    if found is None or found.start() == 0:
        return ""
    head = item[: found.start()]
    figure = _FIGURE.search(head)
    if found["arrow"] and figure is None and not _COMMENT.match(item[found.end() :]):
        return ""
    head = head[: figure.start()] if figure else head
    if re.search(r"(?i)\b(?:i|we|you)\b", head):  # "prep for vocab I don't know - ...": a clause
        return ""
    return head.strip(" -–—,;:")


# A subject, a dash and the note-taker's own question about it, typed with "?" ("copper spray
# interval??", "agency or bank?"): no wh-word that makes it a question of the room ("- who
# signs off?" is read as "who signs off ..."), no "I", "you" or "we".
_QUESTION_TAIL = re.compile(r"^(?P<head>[^()?=>]+?)\s+[-–—]+\s+(?P<tail>[^-–—?()]+?)\s*\?+\s*$")


def question_tail(item: str) -> str:
    """The subject typed before a dash and the note-taker's question; "" for another shape."""
    found = _QUESTION_TAIL.match(item.strip())
    if found is None or not _names_thing(found["head"]):
        return ""
    first = found["tail"].split()[0].lower()
    if first in WH_WORDS or re.search(r"(?i)\b(?:i|you|we|me|us|asked|q)\b", found["tail"]):
        return ""
    return found["head"].strip()


# Note words of a subject, each where the words beside it settle what it stands for: "probs"
# is problems before a place or a thing it is with ("probs in summer batches", "probs w/
# the till"), never "probably" ("probs next week"); "prog" and "proj" close a noun's compound
# ("breeding prog", "honours proj"); "tassie", Tasmania's own name, keeps its capital (never
# "Tasmanian", a name the notes do not type).
_SPELLED = (
    (re.compile(r"(?<=[a-z] )probs(?=\s+(?:in|with|w/|on|at|of|for|around)\b|\s*$)"), "problems"),
    (re.compile(r"(?<=[a-z] )prog(?=\s*$|\s*[,(])"), "programme"),
    (re.compile(r"(?<=[a-z] )proj(?=\s*$|\s*[,(]|\s+(?:on|about|was|is)\b)"), "project"),
    (re.compile(r"^tassie(?= [a-z])"), "Tassie"),
)


def spelled(text: str) -> str:
    """`text` with the note words of `_SPELLED` spelled out where their reading is sure."""
    for pattern, word in _SPELLED:
        text = pattern.sub(word, text)
    return text


_Read = TypeVar("_Read")


def headed(read: Callable[..., _Read]) -> Callable[..., _Read]:
    """A topic reader that, where a line cannot be said whole, reads it again with its note
    words spelled out, then its subject before the first aside; the line as typed stays its
    source."""

    @functools.wraps(read)
    def reader(item: str, common: frozenset[str] = frozenset(), **how: Any) -> _Read:
        head = question_tail(item)  # "PSA mgmt on the blocks - spray interval??": the subject
        if head and getattr(named := read(head, common, **how), "text", ""):
            return dataclasses.replace(named, source=item)  # type: ignore[type-var]
        found = read(item, common, **how)
        if (text := getattr(found, "text", "")) and (joined := slash_joined(text)) != text:
            found = dataclasses.replace(found, text=joined)  # type: ignore[type-var]
        if text or _EXCHANGE.search(item):
            return _with_link(found, item)
        for again in (spelled(item), spelled(head_alone(item))):
            if not again or again == item or not _names_thing(again):
                continue
            other = read(again, common, **how)
            if getattr(other, "text", ""):
                return _with_link(dataclasses.replace(other, source=item), item)  # type: ignore[type-var]
        return found

    return reader


def _names_thing(head: str) -> bool:
    """A head that can name a subject: two words or more that are no function words ("growth
    plan", "LOTO + rescue kit"); one word alone ("shifts", "loans", "strategy") says nothing
    of what was discussed."""
    return sum(w.lower() not in FUNCTION_WORDS and w.isalpha() for w in head.split()) > 1


_SLASHED = re.compile(r"'([a-z]+)/([a-z]+)'")


def slash_joined(text: str) -> str:
    """ "harvest planning with drone/laser data" -> "... with drone and laser data": two nouns
    a '/' joins where the last gate would stop the pair as a note's, said with "and"; `text`
    as typed when the gate lets its pairs pass ("lockout/tagout") or a side is no noun."""
    for _ in range(3):
        found = _SLASHED.search(note_syntax(f"We discussed {text}."))
        if found is None or not all("noun" in lexicon.classes(w) for w in found.groups()):
            return text
        text = text.replace(found[0].strip("'"), f"{found[1]} and {found[2]}", 1)
    return text


# The candidate's own link typed after an arrow, to the line's end: "-> my honours proj was on
# devil enrichment!!", "-> i did a similar one at BAE".
_LINK = re.compile(r"\s*(?:->|→|=>)\s*(?P<link>(?:my|i)\b[^()\[\]/+=~@#<>;:?]*?)[\s!.]*$", re.I)
_MINE_ON = re.compile(
    r"(?i)^my (?P<what>[a-z][a-z' -]*?) (?P<be>was|is) (?P<on>on|about) (?P<rest>.+)$"
)
_I_DID = re.compile(r"(?i)^i (?P<verb>[a-z]+) (?P<rest>.+)$")


def linked(item: str, topic: str) -> str:
    """The sentence naming `topic` with the candidate's link typed after its arrow ("tassie
    devil breeding prog (insurance pop) -> my honours proj was on devil enrichment!!": "I was
    glad we talked about the Tasmanian devil breeding programme, as my honours project was on
    devil enrichment."): what their own work was on, or a deed in the past ("I did ..."); ""
    for any other tail, or a sentence the last gate would stop."""
    if topic and (answer := _said_link(item, topic)):
        return answer
    found = _LINK.search(item)
    if found is None or not topic:
        return ""
    link = spelled(found["link"].strip())
    mine, did = _MINE_ON.match(link), _I_DID.match(link)
    if mine:
        clause = f"my {mine['what']} {mine['be'].lower()} {mine['on'].lower()} {mine['rest']}"
    elif did and lexicon.is_past(did["verb"].lower()) and not re.search(r"\d", link):
        clause = f"I {did['verb'].lower()} {did['rest']}"
    else:
        return ""
    clause = re.sub(r"(?i) (?:this|that)$", " it", clause)  # "was on this": on the topic
    spoke = re.match(r"I (?:talked|spoke) about (?P<rest>.+)$|I mentioned (?P<what>.+)$", clause)
    if spoke:  # "-> I talked about closing shifts at the warehouse": the example given, then
        example = spoke["rest"] or spoke["what"]
        sentence = f"When we talked about {topic}, I gave the example of {example}."
        return "" if last_gate(sentence) else sentence
    sentence = f"I was glad we talked about {topic}, as {clause}."
    return "" if last_gate(sentence) else sentence


# The answer given, typed after the arrow: "where I see the scale-up bottleneck -> I said oxygen
# transfer + shear at 2,000 L" (round 52, h1432). "as I said" would read as "as I said before".
_SAID_LINK = re.compile(r"(?i)\s*(?:->|→|=>)\s*I\s+said\s+(?P<what>[^()\[\]=~@#<>;:?!]+?)[\s.]*$")
_OWN_SUBJECT = re.compile(r"(?i)^(?:I|we|it|they|he|she|that|this|there)\b")


def _said_link(item: str, topic: str) -> str:
    """The sentence naming `topic` with the answer typed after its arrow ("When you asked where
    I see the scale-up bottleneck, I said oxygen transfer and shear at 2,000 L.");
    "" when there is none or the last gate stops it."""
    found = _SAID_LINK.search(item)
    if found is None:
        return ""
    what = re.sub(r"\s+\+\s+", " and ", spelled(found["what"].strip()))
    if _OWN_SUBJECT.match(what):  # "I said I can teach weekend classes": the clause itself
        sentence = f"When we talked about {topic}, I said that {what}."
    else:
        if what.count(",") == 1 and " and " not in what:  # "perfusion for X, fed-batch at Y"
            what = what.replace(", ", " and ")
        asked = (
            "you asked"
            if re.match(r"(?i)(?:where|what|how|why|which|whether)\b", topic)
            else ("we talked about")
        )
        sentence = f"When {asked} {topic}, I said {what}."
    return "" if last_gate(sentence) else sentence


def _with_link(found: _Read, item: str) -> _Read:
    """`found` with the candidate's link said after it (`linked`), when its line has one and
    the topic is no question put to them nor an answer already."""
    if getattr(found, "answer", "") or getattr(found, "question", False):
        return found
    said = linked(item, getattr(found, "text", ""))
    return dataclasses.replace(found, mine=True, answer=said) if said else found  # type: ignore[type-var]
