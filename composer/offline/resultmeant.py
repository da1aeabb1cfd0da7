"""Results typed as a bare comparison after an action's arrow or dash, said after the action:
"-> fewer disputes at month end" -> ", which meant fewer disputes at month end"; "-> invoicing
3 days faster" -> ", which made invoicing three days faster". What the comparison measures is
the notes' own noun; a line whose words do not read as one is left to the other readers. A
comparison with no noun ("-> ~12% cheaper", "-> 2x faster", "-> twice as fast") is said of the
thing the action was done to: ", which made them about 12% cheaper"; "less" before a counted
noun is "fewer" ("-> less errors": ", which meant fewer errors")."""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import PREPOSITIONS, SMALL_NUMBERS

__all__ = ["comparative", "compared"]

# "fewer disputes at month end", "less rework on site", "more repeat orders".
_MORE_LESS = re.compile(
    r"(?P<way>fewer|less|more) (?P<what>[a-z][\w-]*(?: [a-z][\w-]*){0,2}?)"
    r"(?P<where> (?:at|on|in|from|across|for|per|each|a) [a-z][\w -]*)?"
)
# "invoicing 3 days faster", "month end close 2 days sooner", "quotes 40% quicker".
_FASTER = re.compile(
    r"(?P<what>(?:the )?[a-z][\w-]*(?: [a-z][\w-]*){0,2}) "
    rf"(?P<n>(?:about )?(?:\d[\d.,]*|{'|'.join(SMALL_NUMBERS)}|ten|twelve)"
    r"(?:%| (?:minutes?|hours?|days?|weeks?|months?))|(?:about )?(?:\d+(?:\.\d+)?x|twice))"
    r" (?P<how>[a-z]+er)"
)
# "about 12% cheaper", "2x faster", "cheaper", "twice as fast", "3x as fast": no noun of its own.
_BARE = re.compile(
    r"(?:(?P<n>(?:about |nearly |almost |over )?(?:\d[\d.,]*%|\d+(?:\.\d+)?x|twice)) )?"
    r"(?:(?P<how>[a-z]+er)|as (?P<adj>[a-z]+)(?<=[a-z]))"
)
# Words that are no measure's own: "more than", "less of the", "fewer of them".
_NOT_HEADS = PREPOSITIONS | frozenset(["than", "the", "a", "an", "of", "and", "or", "than"])


def _nouns(words: str) -> bool:
    """Each word a noun, an adjective or a gerund, the last a noun: a measure's name."""
    parts = words.removeprefix("the ").split()
    if not parts or any(p in _NOT_HEADS for p in parts):
        return False
    last = parts[-1]
    head = lexicon.is_noun(last) or lexicon.is_plural_noun(last) or lexicon.is_gerund(last)
    head = head or lexicon.modern(last)  # "rollouts"
    return head and all(lexicon.known(p) or lexicon.modern(p) for p in parts)


def _than(word: str) -> bool:
    """ "cheaper", "safer": an adjective's comparative form (its base is another word)."""
    bases = lexicon.classes(word).get("adj", ())
    return word.endswith("er") and bool(bases) and word not in bases


def _times(n: str, how: str) -> str:
    """A figure and its comparison: "2x" "faster" -> "twice as fast", "3x" -> "three times
    faster", "about 1.5x" -> "about 1.5 times faster"; a share as typed ("12% cheaper")."""
    found = re.fullmatch(r"(?P<about>(?:about |nearly |almost |over )?)(?P<k>\d+(?:\.\d+)?)x", n)
    if found is None and n.endswith("twice"):
        found = re.fullmatch(r"(?P<about>(?:about |nearly |almost |over )?)(?P<k>)twice", n)
    if found is None:
        return f"{n} {how}"
    k = found["k"]
    if k in ("2", ""):
        base = lexicon.classes(how).get("adj", ())
        return f"{found['about']}twice as {base[0]}" if base else f"{found['about']}two times {how}"
    return f"{found['about']}{SMALL_NUMBERS[int(k) - 1] if k in '3456789' else k} times {how}"


def _thing(before: str) -> str | None:
    """ "it" or "them" for the thing an action was done to ("the courier contract", "forest
    roads onto tablets"): its head before any preposition; None when it is no noun."""
    words = before.split()
    for i, word in enumerate(words):
        if i and word in PREPOSITIONS:
            words = words[:i]
            break
    if not words or words[-1] in _NOT_HEADS:
        return None
    head = words[-1]
    if lexicon.is_plural_noun(head):
        return "them"
    return "it" if lexicon.is_noun(head) else None


def comparative(text: str, before: str) -> str | None:
    """ "about 12% cheaper" after "re-routed forest roads" -> ", which made them about 12%
    cheaper"; None when the comparison has a noun of its own or the action no object."""
    found = _BARE.fullmatch(text)
    if found is None or (found["how"] and not _than(found["how"])):
        return None
    adjective = found["adj"] and lexicon.classes(found["adj"]).get("adj")
    if found["adj"] and (found["n"] is None or "%" in found["n"] or not adjective):
        return None  # "twice as fast": a figure of times, and an adjective
    thing = _thing(before)
    if thing is None:
        return None
    if found["adj"]:
        return f", which made {thing} {found['n']} as {found['adj']}"
    said = _times(found["n"], found["how"]) if found["n"] else found["how"]
    return f", which made {thing} {said}"


def compared(text: str) -> str | None:
    """The tail said for a comparison typed as a result, or None for any other text."""
    found = _MORE_LESS.fullmatch(text)
    if found is not None and _nouns(found["what"]):
        head = found["what"].split()[-1]
        if found["way"] == "less" and lexicon.is_plural_noun(head) and head.endswith("s"):
            text = "fewer" + text[4:]  # "less errors": fewer errors
        return f", which meant {text}"
    found = _FASTER.fullmatch(text)
    if found is not None and _nouns(found["what"]) and _than(found["how"]):
        return f", which made {found['what']} {_times(found['n'], found['how'])}"
    return None
