"""A topic typed as a whole sentence of what the interviewer told about their side, which no
subject can name, said whole as heard (session 54).

Careful candidates type what they learned as a sentence: "They print short runs of art books and
exhibition catalogues, and colour accuracy on uncoated paper is their biggest headache.", "Mr.
Gordon explained that more families are now asking for services that combine ...". `topics`
names a subject where it can ("the depot moving in March"); a clause too long for that was
left out as "a sentence, not a subject", and the letter lost what the reader cared most about.
`heard` reads such a line, when every other reading left it out, as the clause told, said to
the reader: "I was interested to learn that you print short runs of art books and exhibition
catalogues, and colour accuracy on uncoated paper is your biggest headache.", "... that more
families are now asking ...". A loss of theirs ("they lost two coaches") is never read back as
interesting, nor a bare hour ("start at 6").

Only these shapes are read: a report of the room with "that" or "how" after a verb of telling
("She explained how they schedule ...", "Tom said that ..."), and a sentence whose subject is
"they", the reader's side ("they are breaking the monolith into services next year"), or "he"
or "she", the reader ("She wants to move bookings ... before Easter", session 55), or a thing of
theirs in a sentence typed with care ("The hut has sixty-two beds and ...", session 55). A line
that tells of the candidate ("I", "me", "my"), of their own side ("we", "our"), or asks, is
none; the sentence must be one a letter can say as it is (`answervoice.sayable`).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from typing import Any, TypeVar

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.answervoice import sayable
from composer.offline.questions import to_reader
from composer.offline.topicreported import is_speaker
from composer.offline.words import PREPOSITIONS

__all__ = ["heard", "told_of"]

_Read = TypeVar("_Read")

# Who told and how: "She explained that", "Mr. Gordon said that", "he described how".
_FRAME = re.compile(
    r"^(?P<who>she|he|they|(?-i:(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?[A-Z][a-zà-ÿ'’-]+"
    r"(?:\s+[A-Z][a-zà-ÿ'’-]+)?))\s+(?:also\s+)?"
    r"(?P<verb>explained|described|said|told\s+(?:me|us)|mentioned|pointed\s+out|noted|shared)"
    r"\s+(?P<link>that|how)\s+(?P<what>\S.*)$",
    re.IGNORECASE,
)
# "they" as the subject of the reader's side, not a verb of asking, telling or reacting after it:
# "they asked about my licence", "they liked my portfolio" are other shapes.
# (session 55) "he" or "she", the reader, likewise: "She wants to move bookings from the paper
# diary ... before Easter": "I was interested to learn that you want to ..."
_THEY = re.compile(
    r"(?i)^(?:they|he|she)(?:['’]re|['’]ve|['’]s)?\s+(?!(?:asked|wanted\s+(?:me|to\s+know)|want\s+me"
    r"|wants\s+me|told|said|explained|liked|loved|likes|loves|were\s+impressed|was\s+impressed"
    r"|seemed|showed|walked|talked|took|gave|offered|mentioned|nodded|laughed|agreed|asks|says"
    r"|tells|thinks|thought|felt|feels)\b)\S"
)
# (session 55) a careful sentence whose subject is a thing of their side, then its verb: "The
# hut has sixty-two beds and is supplied only by the material ropeway, so ..."; never the
# interview's own parts or the post ("The practical was hard", "The role involves ...")
_THING = re.compile(
    r"^The (?!(?:interview|conversation|panel|questions?|chat|call|test|task|practical|meeting"
    r"|discussion|talk|tour|day|role|job|position|post|salary|pay|start|offer|process)\b)"
    r"[a-z]+(?: [a-z]+)? (?:has|have|is|are|was|were|runs|run|uses|use|needs|need|takes|take"
    r"|gets|get|opens|will)\b"
)
# The candidate's or the candidate's side's words: what is told is then no fact of the reader's.
_MINE = re.compile(r"(?i)\b(?:I|me|my|mine|we|us|our|ours|I['’](?:m|ve|d|ll))\b")
_NOTE = re.compile(r"[+&/=>~?!]|->|\bw/|\s[-–—]\s|\.\s")
_THIRD = re.compile(r"(?i)\b(?:he|she|him|his|her|hers|himself|herself)\b")
_THEIRS = re.compile(r"(?i)\b(?:they|them|their|theirs|themselves)\b")
# a loss or a failure of theirs: read back as "interesting", it would gloat
_SORE = re.compile(
    r"(?i)\b(?:lost|losing|lose|closed|closing|failed|failing|struggl\w*|laid\s+off|sacked|fired"
    r"|cut\s+\d|went\s+bust|quit|resigned|left\s+(?:the|for))\b"
)
_CLOCK = re.compile(r"\b(?:at|by|from|until|till)\s+\d{1,2}$")  # a bare hour: "start at 6"
# a last word that wants more after it: what a note's figure followed ("tests every ~5 yrs")
_WANTS_MORE = frozenset(
    ["every", "each", "per", "a", "an", "the", "of", "for", "to", "with", "by", "q", "qs", "re"]
)  # and a note's "q" ("your q", reader 53's h322)
_LONGEST = 40  # words: a longer line is a paragraph, not one sentence of a letter
# a stop, then a sentence's start: a topic read as one thing must not carry two sentences
_TWO_SENTENCES = re.compile(r"(?<!\b(?:Mr|Ms|Dr|St))(?<!\bMrs)(?<!\bProf)[.!?]\s+[A-Z]")


@functools.lru_cache(maxsize=1024)
def told_of(item: str) -> tuple[str, str] | None:
    """(the clause told, said to the reader; the sentence the letter says) for a line of the two
    shapes above, else None."""
    text = " ".join(item.split()).rstrip(".")
    plain = re.sub(r"\b(Mr|Mrs|Ms|Dr|Prof|St)\.", r"\1", text)  # a title's stop ends nothing
    if not text or _NOTE.search(plain) or len(text.split()) > _LONGEST:
        return None
    found = _FRAME.match(text)
    if found is not None:
        if found["who"].lower() not in ("she", "he", "they") and not is_speaker(found["who"]):
            return None  # "Training covered ...": a noun with a capital, no speaker
        what, link = found["what"], found["link"].lower()
    elif _THEY.match(text) or (_THING.match(text) and item.rstrip().endswith(".")):
        what, link = text, "that"  # "The hut has sixty-two beds and ...": typed with care
    else:
        return None
    if _MINE.search(what) or _SORE.search(what) or _CLOCK.search(what):
        return None  # the candidate's; a loss of theirs read back; "start at 6": which 6?
    # the reader's side as the clause's subject: its "their" is theirs too; else "they" is the
    # clause's own people ("the families choose the music themselves") and "he" or "she" the
    # reader, who cannot both be told apart in one clause
    if re.match(r"(?i)they\b", what):
        clause = to_reader(what)
    elif not _THIRD.search(what):
        clause = what
    elif _THEIRS.search(what):
        return None
    else:
        clause = to_reader(what)
    clause = (
        clause[0].lower() + clause[1:] if clause[:1].isupper() and clause[1:2].islower() else clause
    )
    if _TOLD_AGAIN.search(clause):  # "..., and you talked about what it is like ...": the room
        return None  # reported inside what was learned
    said = f"I was interested to learn {link} {clause}"  # never a second "Thank you" (reader 47)
    return (clause, f"{said}.") if sayable(said) else None


_TOLD_AGAIN = re.compile(
    r"(?i)\b(?:you|he|she|they)\s+(?:also\s+)?(?:talked|spoke|said|told|explained|mentioned"
    r"|described|asked|showed)\b"
)
_COUNTED = re.compile(
    r"(?P<before>[a-z]+) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r" [a-z]+s\b"
)


_ARTICLES = frozenset(["the", "a", "an", "my", "your", "our", "their", "his", "her", "its"])


def _run_on_count(text: str) -> bool:
    """A plural noun, then a count of something else with nothing between ("on weekends two
    sheets"): two note items run together."""
    for found in _COUNTED.finditer(text):
        before = found["before"]
        words = text[: found.start()].split()
        led = bool(words) and words[-1].lower() in PREPOSITIONS | _ARTICLES  # "on weekends"
        # "a family that misses 3 appointments", "the depot runs two shifts": a verb's count
        if lexicon.is_plural_noun(before) and (led or not lexicon.is_third_person(before)):
            return True
    return False


def heard(read: Callable[..., _Read]) -> Callable[..., _Read]:
    """A topic reader that, where every reading leaves a line out, says it whole as heard
    (`told_of`): its text is the clause told, its answer the sentence the letter says."""

    @functools.wraps(read)
    def reader(item: str, common: frozenset[str] = frozenset(), **how: Any) -> _Read:
        found = read(item, common, **how)
        text = getattr(found, "text", "")
        why = ""
        if _TWO_SENTENCES.search(text):  # "the silver ... marks. I said"
            why = "it runs on into a second sentence, which no frame can carry"
        elif re.search(r"\b(?:the|a) asked\b", text):  # "Q: bride + mom ...": a "Q:" misread
            why = "its 'Q:' could not be read as the question asked"
        elif _run_on_count(text):  # "flood schedule eight floods a day on weekends two sheets"
            why = "two counts are typed one after the other, as a note lists them"
        elif text and text.split()[-1].lower() in _WANTS_MORE:  # "germination tests every"
            why = f"it ends on '{text.split()[-1]}', where a sentence cannot end"
        if why:
            found = dataclasses.replace(found, text="", answer="", why=why)  # type: ignore[type-var]
        if getattr(found, "text", "") or (told := told_of(item)) is None:
            return found
        return dataclasses.replace(  # type: ignore[type-var]
            found, text=told[0], answer=told[1], why="", question=False, mine=False
        )

    return reader
