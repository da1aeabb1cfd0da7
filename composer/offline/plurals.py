"""Grammatical number of a topic: whether "{topic} was" or "{topic} were" reads right.

"pick rates" and "scoping and timelines" take "were"; "moving the batch jobs" (one activity)
and "research and development" (one thing) take "was".
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import DETERMINERS, PREPOSITIONS


def takes_plural(phrase: str) -> bool:
    """True for a topic that takes "were": "scoping and timelines", "pick rates"."""
    words = phrase.split()
    if not words or words[0].lower() in ("how", "what", "why", "when", "where", "whether"):
        return False
    gerund = lexicon.is_gerund(words[0].lower().rsplit("-", 1)[-1])
    if gerund and len(words) > 1 and words[1].lower() != "and":
        return False  # "moving the batch jobs", "mixing qual and quant": one activity
    placed = next((i for i, w in enumerate(words) if i and w.lower() in PREPOSITIONS), 0)
    if " and " in f" {phrase} " and (not placed or " and " in " ".join(words[:placed])):
        # (an "and" inside what the head is on counts for nothing: "the PM schedule on the
        # Kenworths and Cat 793s" is one schedule)
        return _joined_plural(phrase)
    if gerund:
        return False
    # The head is the last word before the first preposition ("rates of pay"), else the last.
    # a clause after it ends the head too: "sync conflicts when offline edits collide"
    ends = ("when", "if", "where", "that", "which", "who", "while")
    before = next(
        (i for i, w in enumerate(words) if w.lower() in PREPOSITIONS or w.lower() in ends),
        len(words),
    )
    head = words[max(before - 1, 0)]
    return _plural_word(head)


def _plural_word(word: str) -> bool:
    """ "timelines", "fit-outs" (the last part of a hyphenated word counts)."""
    lower = word.lower().strip(",;:()").rsplit("-", 1)[-1]
    bare = word.strip(",;:()")
    if re.fullmatch(r"[A-Z]{2,}s", bare):
        return True  # "KPIs", "SOPs"
    if (
        lower.endswith("s")
        and not lower.endswith(("ss", "us", "is", "ics"))
        and lexicon.is_third_person(lower)
        and not lexicon.is_noun(lower)
    ):
        return True  # "boiler installs", "new hires": a verb's -s form naming things
    if not lexicon.known(lower) and word.isalpha() and word.islower():
        # a word the tables lack ("timelines"): an -s ending is read as a plural
        return lower.endswith("s") and not lower.endswith(("ss", "us", "is", "ics"))
    return lexicon.is_plural_noun(lower)


def _joined_plural(phrase: str) -> bool:
    """Two things joined by "and" take "were", unless "and" joins two words that name one
    thing ("research and development", "click and collect") or the modifiers of one noun
    ("the charity and not-for-profit portfolio")."""
    left, _, right = phrase.rpartition(" and ")
    left_words = [w for w in left.split() if w.lower() not in DETERMINERS]
    right_words = [w for w in right.split() if w.lower() not in DETERMINERS]
    if not left_words or not right_words or "," in left:
        return True
    last = next((i for i, w in enumerate(right_words) if w.lower() in PREPOSITIONS), None)
    right_head = right_words[(last or len(right_words)) - 1]
    if _plural_word(right_head) or _plural_word(left_words[-1]):
        return True
    if len(left_words) == 1 and len(right_words) >= 2 and left_words[0][:1].islower():
        return False  # "the charity and not-for-profit portfolio"
    one_word = len(left_words) == 1 and len(right_words) == 1
    common = left_words[0][:1].islower() and right_words[0][:1].islower()
    return not (one_word and common)
