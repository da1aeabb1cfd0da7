"""Places and names a personal note types in lower case, read in the line said from it.

- A thing after "at" with no article is a place's or an institution's name: English says "at the
  hospital", "at a bakery", so "we both did CPE at mass general" names a hospital ("at Mass
  General"); a thing said bare there ("at home", "at sea", "at work") is no name.
- A word in lower case that neither the word tables nor Webster's know (`dictionary`) is a name
  ("walking the camino" -> "the Camino", "at waitrose"): after an article or a preposition, at
  the end of its phrase, it is given its capital; before a noun it may describe the noun ("the
  varroa monitoring sheet") and is kept as typed, as it is anywhere else ("raced cyclocross");
  with a figure in it ("the city2surf") its capitals are not sure, and the note is left out.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.dictionary import in_dictionary
from composer.offline.notewords import english
from composer.offline.rapportnames import named
from composer.offline.words import DETERMINERS, FUNCTION_WORDS, MONTH_NAMES

__all__ = ["placed"]

# Things English says bare after "at": "at home", "at sea", "at night", "at work".
_BARE_AT = frozenset(
    ["home", "work", "school", "university", "uni", "college", "sea", "night", "church",
     "court", "lunch", "dinner", "breakfast", "first", "last", "least", "most", "once",
     "present", "times", "all", "risk", "scale", "speed", "length", "heart", "best", "worst",
     "peace", "ease", "hand", "camp", "war", "play", "rest", "bat", "large", "noon", "dawn",
     "dusk", "midnight", "weekends", "christmas", "easter"]
)  # fmt: skip
# Where a place's name typed after "at" ends: a mark, the line's end, or a word that starts
# what follows it ("at mass general in 2015", "at mass general, diff years").
_AT_RUN = re.compile(
    r"\bat (?P<run>[a-z][a-z'-]+(?: [a-z][a-z'-]+){0,2})"
    r"(?=[,.;:()!]|$| (?:in|on|for|since|before|after|during|last|next|this|from|with|and|too)\b)"
)
# A word in lower case, as `notewords` finds them; and the words a name may stand after.
_LOWER = re.compile(r"(?<![\w@./'’-])[a-z][a-z0-9'’-]*(?![\w@/]|\.\w|-\w)")
_NAME_BEFORE = frozenset(["the", "at", "in", "to", "from", "of", "on", "near", "around", "across"])


def placed(note: str, line: str) -> str | None:
    """The line with the names the note typed in lower case given their capitals (see the
    module's note), or None when a name's capitals are not sure."""
    line = named(_AT_RUN.sub(_at_name, line), note)
    typed = {w for w in _LOWER.findall(note)}
    out = line
    for found in reversed(list(_LOWER.finditer(line))):
        word = found.group()
        if word not in typed or _common(word):
            continue
        before = line[: found.start()].split()[-1:] or [""]
        after = re.match(r" ([a-z]+)\b", line[found.end() :])
        if word.isalpha() and after and after[1] not in FUNCTION_WORDS:
            continue  # "the varroa monitoring sheet": a word before a noun describes it
        if not word.isalpha():
            return None  # "the city2surf": capitals not sure
        if before[0].lower() not in _NAME_BEFORE:
            continue  # "raced cyclocross": a thing of a trade or sport no table knows
        out = out[: found.start()] + word.capitalize() + out[found.end() :]
    return out


def _common(word: str) -> bool:
    """Whether a word in lower case is English (or shorthand the tables read): no name."""
    word = word.strip("'’-")
    return (
        len(word) < 3
        or word in FUNCTION_WORDS
        or english(word)
        or in_dictionary(word)
        or word in MONTH_NAMES
    )


def _at_name(found: re.Match[str]) -> str:
    words = found["run"].split()
    first = words[0]
    if first in _BARE_AT or first in DETERMINERS or first in FUNCTION_WORDS:
        return found[0]
    if any(w in FUNCTION_WORDS for w in words) or lexicon.is_plural_noun(first):
        return found[0]  # "at work and home", "at conferences": no name
    if lexicon.known(first) and not lexicon.is_noun(first):
        return found[0]  # "at least", "at risk", "at full speed": no thing, no name
    if lexicon.is_gerund(first):
        return found[0]
    return "at " + " ".join(w.capitalize() for w in words)
