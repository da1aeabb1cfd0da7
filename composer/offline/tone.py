"""How the tone changes a letter beyond its wordings: a concise letter carries fewer sentences,
a formal one no contractions or note-taking short forms.

The wordings of each tone are in `phrasebook`; this module changes the letter as a whole: a
concise letter keeps the thanks, its one point, the follow-up and the next step, and leaves out
what a warm letter adds (`phrasebook.CONCISE_LEAVES_OUT`), as long as it stays at its channel's
length; a formal letter says "I am", "do not", "we are" where the notes typed "I'm", "don't".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from composer import regexes as re
from composer.offline.body import POINTS, Sentence
from composer.offline.formalverbs import formal
from composer.offline.phrasebook import CONCISE_LEAVES_OUT
from composer.shortforms import SAID_IN_FULL

_CONTRACTIONS = {
    "i'm": "I am", "i've": "I have", "i'd": "I would", "i'll": "I will",
    "we're": "we are", "we've": "we have", "we'd": "we would", "we'll": "we will",
    "you're": "you are", "you've": "you have", "you'll": "you will",
    "they're": "they are", "they've": "they have", "they'll": "they will",
    "it's": "it is", "that's": "that is", "there's": "there is", "what's": "what is",
    "he's": "he is", "she's": "she is",
    "don't": "do not", "doesn't": "does not", "didn't": "did not", "can't": "cannot",
    "won't": "will not", "wouldn't": "would not", "couldn't": "could not",
    "shouldn't": "should not", "isn't": "is not", "aren't": "are not", "wasn't": "was not",
    "weren't": "were not", "haven't": "have not", "hasn't": "has not", "hadn't": "had not",
}  # fmt: skip
_CONTRACTION = re.compile(
    r"\b(" + "|".join(re.escape(c) for c in _CONTRACTIONS) + r")(?=\W|$)", re.IGNORECASE
)


def _spelled(found: re.Match[str]) -> str:
    typed = found.group().replace("’", "'")
    full = _CONTRACTIONS[typed.lower()]
    if typed.endswith("'s") and re.match(r"\s+(?:been|got|had)\b", found.string[found.end() :]):
        full = full.replace(" is", " has")  # "she's been" -> "she has been"
    if typed[0].isupper() and not full.startswith("I "):
        full = full[0].upper() + full[1:]
    return full


def without_contractions(text: str) -> str:
    """ "I'm glad we're both from Cork" -> "I am glad we are both from Cork"."""
    return _CONTRACTION.sub(_spelled, text.replace("’", "'") if "’" in text else text)


_SHORT = re.compile(
    r"\b(?P<short>" + "|".join(re.escape(s) for s, _ in SAID_IN_FULL) + r")\b(?P<of>['’](?!\w))?"
)
_FULL = dict(SAID_IN_FULL)


def _full(found: re.Match[str]) -> str:
    said, of = _FULL[found["short"]], found["of"] or ""
    if of and found["short"].endswith("s") and not said.endswith("s"):
        return f"{said}'s"  # "the kids' nativity" -> "the children's nativity"
    return said + of


# A post typed by its initials after "the", which a formal letter names in words ("final round
# w/ GM mid-Dec": "the final round with the general manager"). "MD" is left: a doctor, too.
_POSTS = re.compile(r"\b(?P<the>[Tt]he) (?P<post>GM)\b(?!['’]?[\w-])")
_POST_NAMES = {"GM": "general manager"}


def in_full(text: str) -> str:
    """ "first-gen undergrads" -> "first-generation undergraduates"; "the GM" -> "the general
    manager"."""
    text = _POSTS.sub(lambda found: f"{found['the']} {_POST_NAMES[found['post']]}", text)
    return _SHORT.sub(_full, text)


def shortened(
    sentences: list[Sentence], tone: str, length: Callable[[list[Sentence]], int], low: int
) -> list[Sentence]:
    """A concise letter without what a warm one adds, while it keeps its channel's length."""
    if tone != "concise":
        return sentences
    for section in CONCISE_LEAVES_OUT:
        for item in [s for s in sentences if s.section == section]:
            without = [s for s in sentences if s is not item]
            if section in POINTS and not any(s.section in POINTS for s in without):
                continue  # the letter's one point of the candidate's stays
            if length(without) >= low:
                sentences = without
    return sentences


def registered(sentences: list[Sentence], tone: str) -> list[Sentence]:
    """The finished letter in its register: a formal one without contractions, short forms or
    casual verbs ("got a first": "received a first").

    Applied last, so the writer compares its sentences with the notes' own words until then.
    """
    if tone != "formal":
        return sentences
    return [replace(s, text=formal(in_full(without_contractions(s.text)))) for s in sentences]
