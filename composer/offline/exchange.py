"""A question the reader put to the candidate, with an answer that reads: the letter carries it.

An interviewer's question and the candidate's answer ("asked how i'd handle angry riders at a
public mtg -> listen, take names, ...") is often what that reader cared most about, and
`topicanswers` says it as "You asked how I would handle angry riders at a public meeting: I
would listen, take names ...". The plan ties the candidate's points to topics, and an exchange
has no point of its own to tie, so it is said by itself: after the topics the letter names
(`carried`), and first of the reader's topics (`answered_first`) when the letter names none
with a point, so the one topic it names is the exchange. A question whose answer cannot be
said is never carried here: it is named in the report (`usable.topics_left_out`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.answervoice import why_mine
from composer.offline.phrases import Phrase
from composer.offline.topicanswers import asked_sentence, split_answer
from composer.offline.topics import read_topic
from composer.offline.words import DETERMINERS, SMALL_NUMBERS

__all__ = [
    "answer_unsaid",
    "answered_first",
    "asked_in_own_words",
    "bare_subject",
    "carried",
    "has_exchange",
]

_S = TypeVar("_S")


def has_exchange(source: str, common: frozenset[str]) -> bool:
    """Whether the topic typed as `source` is a question put to the candidate with an answer
    the letter can say."""
    read = read_topic(source, common)
    if not (read.text and read.question and read.answer):
        return False
    return not bare_subject(read.text) and not bare_subject(read.answer)


def answer_unsaid(source: str, common: frozenset[str]) -> bool:
    """Whether the topic typed as `source` is a question put to the candidate, typed with the
    answer they gave, that the letters cannot say: the answer is named as left out, never
    dropped without a word (the question alone may still be thanked for)."""
    typed = split_answer(source, ground=False)  # a question read with its subject is said whole
    if typed is None or not typed[1].strip():
        return False
    read = read_topic(source, common)
    return read.question and bool(read.text) and not has_exchange(source, common)


def asked_in_own_words(topic: Phrase, common: frozenset[str] = frozenset()) -> bool:
    """A question put to the candidate in their own words ("how I would ...", "a time I ...",
    "why I am leaving ..."): in a note too short to say the answer it is never the subject of
    "our talk about" (which reads as an admission: "Thanks for our chat about ... a time I
    found something wrong at energisation"); one named by its subject ("rigging") may be."""
    read = read_topic(topic.source, common)
    mine = re.search(r"\b(?:I|my|me)\b", read.text) is not None
    return why_mine(read.text) or (read.question and mine)


# Words after which a clause begins with its subject: "if a client refuses ...".
_OPEN_CLAUSE = frozenset(["if", "unless", "when", "whenever", "once"])


def bare_subject(text: str) -> bool:
    """A clause opened by "if" or "when" whose subject is a common noun typed with no article
    ("if client refuses bath", "when reefer alarm goes"): a note's words, which the letter
    would say as typed. A subject with its determiner, a pronoun, a name or a plural is none."""
    words = text.split()
    for at, word in enumerate(words[:-1]):
        if word.lower() not in _OPEN_CLAUSE:
            continue
        subject = words[at + 1 : at + 4]
        for place, noun in enumerate(subject):
            lower = noun.lower().strip(",.")
            if place and lexicon.is_third_person(lower):
                return True  # nouns alone, then their verb
            if noun[:1].isupper() or not noun[:1].isalpha() or not lexicon.is_noun(lower):
                break
            if lower in DETERMINERS or lower in SMALL_NUMBERS:
                break  # "if two sides of a family disagree": a subject counted, no note's
            if lexicon.is_plural_noun(lower):
                break
    return False


def answered_first(topics: Sequence[Phrase], common: frozenset[str]) -> list[Phrase]:
    """The reader's topics with those carrying an exchange first, each group in its order."""
    return sorted(topics, key=lambda t: not has_exchange(t.source, common))


def carried(
    out: list[_S],
    topics: Sequence[Phrase],
    named: Sequence[Phrase],
    common: frozenset[str],
    make: Callable[[str], _S],
    before: Callable[[_S], bool],
) -> list[_S]:
    """`out` (the middle of a letter, which names the topics in `named`) with the reader's
    exchanges it does not say yet, up to `MOST_EXCHANGES` in the letter, each made a sentence
    by `make` and put before the first sentence that `before` holds of (the contribution), or
    last; `out` as it is when it is empty (the letter then names the reader's first topic, the
    exchange: `answered_first`). A reader who put three questions hears two answers, not one
    and two questions dropped without a word."""
    if not out:
        return out
    said = sum(has_exchange(t.source, common) for t in named)
    for topic in topics:
        if said >= MOST_EXCHANGES:
            break
        if topic in named or not has_exchange(topic.source, common):
            continue
        read = read_topic(topic.source, common)
        text = asked_sentence(read.text, read.answer, again=said > 0)
        if not text:
            continue
        place = next((i for i, s in enumerate(out) if before(s)), len(out))
        out = [*out[:place], make(text), *out[place:]]
        said += 1
    return out


# The exchanges one letter says at most: more reads as a transcript of the interview.
MOST_EXCHANGES = 2
