"""A notes line typed as a whole sentence of the candidate's own ("I set up a micro lab from
scratch, including PCR testing for beer spoilers"), said as they wrote it.

The answers a candidate types at compose's questions are mostly such sentences. The reader
modules read a line by its shape first; when their reading leaves a line out, a line that is a
whole first-person sentence (the subject "I" and a verb of the lexicon after it) and that the
sentence gate (`wellformed.problem`) passes is used as typed, rather than lost. Only the
candidate's own sentence is taken this way: no note to self ("I should have said ..."), no
question, no instruction, nothing the gate finds still reads as a note.

This module owns the steps every reading of a line typed as the letter's own sentence takes
(`spelled_out`, `mended`, `closed`); rapportnotes' wishes and thanks call them too.
"""

from __future__ import annotations

import functools

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.itemkinds import OPINION, Kind, kind_of
from composer.offline.phrases import Shape
from composer.offline.realise import Clause
from composer.offline.screen import is_instruction
from composer.offline.selfnotes import is_note_to_self
from composer.offline.wellformed import problem

__all__ = ["answer_of", "as_typed", "closed", "mended", "read", "spelled_out"]


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words that may stand between "I" and its verb: "I also ran", "I just put".
_ADVERBS = _set("also just only then still previously recently personally")
# The helpers and modals a first-person sentence may open with: "I can start", "I've had".
_HELPERS = _set(
    "am was have had has do did can could will would may might must shall don't didn't can't "
    "couldn't won't wouldn't haven't hadn't wasn't"
)
_CONTRACTED = re.compile(r"^I['’](?P<helper>m|ve|d|ll)$")
# An answer word before the sentence: "yes I can start ...", "yes, happy to".
_YES = re.compile(r"^(?:yes|yeah|yep)\b[,;:.!]?\s+", re.IGNORECASE)
# A note to self in the candidate's words: what they wish they had said, or are to do.
_TO_SELF = re.compile(
    r"\b(?:should have|should've|forgot|meant to|need to (?:say|mention|add)|must mention)\b",
    re.IGNORECASE,
)
# A second first-person clause after a comma ("I'm a TEP, I got the diploma"): two sentences
# joined by a comma, said with a semicolon.
_SPLICE = re.compile(r",\s+(?=I\b|I['’](?:m|ve|d|ll)\b)")
# A span of time before the noun it measures takes the possessive: "2 weeks' notice".
_SPAN = re.compile(
    r"\b(?P<span>(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) "
    r"(?:days|weeks|months|years))(?= (?:notice|experience|leave|pay|work|time)\b)"
)
_MAX_WORDS = 40
# Thanks typed as the candidate would say them: "thanks for ...", "thank you for ...".
_THANKS = re.compile(r"^(?:many\s+)?(?:thanks|thank\s+you)\s+(?:so\s+much\s+)?for\s+", re.I)
# A lead before the sentence, ended by a comma: "On astreinte, I wrote ...", "If a delivery
# is late, I would call ..." (a condition, as an answer to "how would you handle" puts it).
_FRONTED = re.compile(
    r"^(?:on|about|regarding|as for|at|in|since|after|before|last year|this year"
    r"|if|when|whenever|once)\b"
    r"[^,;:]{1,40},\s+(?=I\b|I['’])",
    re.IGNORECASE,
)
# After a comma, a part with its own "is", "was", "has" ... and no word that joins it to the
# sentence: two sentences run together ("I put 'penalty payment', 'periodic penalty payment'
# is better"). A second "I" is no such part: it is said with a semicolon (`_SPLICE`).
# The same lead typed with no comma, before "I" and a helping verb, where it must end:
# "On a CFE turbidity spike I would also check ...".
_FRONTED_BARE = re.compile(
    r"^(?P<lead>(?:on|about|regarding|as\s+for|for)\s+[^,;:]{1,40}?)\s+(?=I\s+(?:would|will|can"
    r"|could|have|had|am|do|did|always|usually|also|would)\b|I['’](?:d|ll|ve|m)\b)",
    re.IGNORECASE,
)
_SPLICED = re.compile(
    r",\s+(?!(?:and|but|or|so|yet|which|who|whom|whose|where|when|while|because|although|"
    r"though|as|since|if|until|unless|that|including|with|without|I)\b)"
    r"[^,;]*?\b(?:is|are|was|were|has|'s|’s)\b",
    re.IGNORECASE,
)
# Contractions a letter spells out; "I'd" is said by the word after it (`_would_or_had`).
_SPELLED = {
    "i've": "I have",
    "i'm": "I am",
    "i'll": "I will",
    "you're": "you are",
    "you've": "you have",
    "you'll": "you will",
    "it's": "it is",
    "that's": "that is",
    "we're": "we are",
    "we've": "we have",
    "we'll": "we will",
    "they're": "they are",
    "they've": "they have",
    "they'll": "they will",
    "who's": "who is",
    "what's": "what is",
    "there's": "there is",
    "don't": "do not",
    "can't": "cannot",
    "won't": "will not",
    "didn't": "did not",
    "isn't": "is not",
    "haven't": "have not",
    "hasn't": "has not",
    "hadn't": "had not",
    "doesn't": "does not",
    "wasn't": "was not",
    "weren't": "were not",
    "aren't": "are not",
    "couldn't": "could not",
    "wouldn't": "would not",
    "shouldn't": "should not",
}
_CONTRACTION = re.compile(r"(?i)\b[a-z]+['’][a-z]+\b")
# The word after a contraction, past an adverb ("I'd only observed", "I'd really like").
_NEXT = re.compile(r" (?:(?:only|never|already|just|also|really|rather|still) )?(?P<next>[\w'’-]+)")
# Who "'d" is said of: "I'd", "we'd", "you'd", "they'd".
_WOULD_HAD = ("i", "we", "you", "they")


def _full(found: re.Match[str]) -> str:
    word = found[0].lower().replace("’", "'")
    who, _, ending = word.partition("'")
    if ending != "d" or who not in _WOULD_HAD:
        said = _SPELLED.get(word, found[0])
        return said[:1].upper() + said[1:] if found[0][:1].isupper() else said  # "They're"
    after = _NEXT.match(found.string, found.end())
    subject = "I" if who == "i" else found[0][: len(who)]
    return f"{subject} {_would_or_had(after['next'].lower() if after else '')}"


def _would_or_had(word: str) -> str:
    """ "'d" is "had" before a participle that is no plain verb ("I'd only observed"), else
    "would" ("I'd love to", "I'd put", "I'd rather")."""
    done = lexicon.is_participle(word) and not lexicon.is_base_verb(word)
    return "had" if done else "would"


def spelled_out(text: str) -> str:
    """`text` with its contractions said in full, as a letter says them: "I'm" -> "I am",
    "you're" -> "you are", "don't" -> "do not"; "I'd" (and "we'd", "they'd") -> "I would" or
    "I had"."""
    return _CONTRACTION.sub(_full, text)


def mended(text: str) -> str:
    """Two first-person sentences joined by a comma, said with a semicolon: "Thanks for the
    tip, I've ordered two" -> "Thanks for the tip; I've ordered two"."""
    return _SPLICE.sub("; ", text)


def closed(text: str) -> tuple[str, str]:
    """`text` as a sentence of the letter (a capital and a full stop) and what the sentence
    gate (`wellformed.problem`) finds in it, "" when it passes."""
    said = text[:1].upper() + text[1:] + "."
    return said, problem(said) or ""


def _verb_follows(words: list[str]) -> bool:
    """True when the words after "I" open with a verb (an adverb may come first)."""
    rest = [w.lower().strip(",;:") for w in words]
    while rest and rest[0] in _ADVERBS:
        rest = rest[1:]
    if not rest:
        return False
    word = rest[0]
    return word in _HELPERS or lexicon.is_past(word) or lexicon.is_base_verb(word)


@functools.lru_cache(maxsize=1024)
def as_typed(line: str | None, *, thanks: bool = False) -> str | None:
    """`line` as one sentence of the letter when it is a whole first-person sentence that
    reads as sent ("I built a micro lab from scratch." from "I built a micro lab from
    scratch"), else None. With `thanks`, a sentence of thanks is one too ("thanks for the
    book tip, I'll read it" -> "Thank you for the book tip; I will read it.")."""
    if not line:
        return None
    text = _YES.sub("", " ".join(line.split())).rstrip(" .!")
    thanked = _THANKS.match(text) if thanks else None
    if thanked:  # said as "Thank you for ...", and read on as the candidate's own sentence
        text = f"I thank you for {text[thanked.end() :]}"
    words = text.split()
    if not words or text.endswith("?") or not 3 <= len(words) <= _MAX_WORDS:
        return None
    text = _FRONTED_BARE.sub(r"\g<lead>, ", text)  # "On a CFE spike I would": its comma
    fronted = _FRONTED.match(text)  # "On astreinte, I wrote ...": the candidate's own lead
    lead = fronted.group() if fronted else ""
    text = text[len(lead) :]
    words = text.split()
    first = words[0]
    if _SPLICED.search(text):
        return None  # "I put X, Y is better": a second subject and verb after a comma
    if first.lower() == "i" and len(words) > 1:
        opens = _verb_follows(words[1:])
    else:
        opens = bool(_CONTRACTED.match(first[:1].upper() + first[1:]))
    if not opens or is_instruction(text) or is_note_to_self(text) or _TO_SELF.search(text):
        return None
    if OPINION.search(text):  # advice to the employer, not the candidate's own fact
        return None
    text = lead + spelled_out(_SPAN.sub(r"\g<span>'", mended("I" + text[1:])))
    if thanked:
        text = "Thank you" + text[len("I thank you") :]
    said, why = closed(text)
    return None if why else said


def answer_of(value: str | None) -> str | None:
    """The candidate's answer in a follow-up typed as who asked and the reply ("Marcus asked
    if I could start in jan - yes I can start in January, ..."), as one sentence (`as_typed`);
    a follow-up typed as a sentence alone is taken whole. None when neither reads as sent."""
    if not value:
        return None
    asked = re.match(r".*?\basked\b.*?(?:\s[-–—]+\s|:\s)\s*(?P<answer>\S.*)$", value)
    answer = asked["answer"] if asked else ""
    pronoun = re.search(r"(?i)\b(?:it|them)\b", answer)
    if pronoun and not re.search(
        r"(?i)\b(?:the|a|an|my|our|this|these)\s+\w", answer[: pronoun.start()]
    ):
        return None  # "- I have had it since 2019": "it" is the question's, which is not said
    return as_typed(asked["answer"] if asked else value)


def read(line: str, *, offer: bool = False) -> tuple[Kind, Clause] | None:
    """A qualification, highlight or contribution (`offer`) the item reader left out, when it
    is a whole first-person sentence (`as_typed`): its kind and its clause, said whole."""
    whole = as_typed(line)
    if whole is None:
        return None
    verb, _, rest = whole[:-1].partition(" ")[2].partition(" ")
    said = Clause("I", verb, rest, whole=whole[:-1])
    if offer:
        return Kind.OFFER, said
    kind = kind_of(Shape.FIRST_PERSON, said, whole)
    return (kind if kind not in (Kind.OPINION, Kind.UNSURE) else Kind.ACHIEVEMENT), said
