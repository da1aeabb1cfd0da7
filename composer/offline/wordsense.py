"""Whether a word two texts share is said in one sense in both, by the words beside it.

A shared word says two texts are about one thing only when it names the same thing in each:
"food cost" and "food safety" share "food", but one is a cost and the other a certificate; "late
applications" and "late-hours applications" share both words, but one is an application sent
late and the other a licence for late hours. A word is read by its neighbours: the noun after it
when it qualifies one ("food [cost]"), and the word before it that qualifies it ("[late]
applications"). Two uses differ when each qualifies another noun, no neighbour agrees, and the
two pairs say different themes ("food safety" is safety, "food cost" none; an adjective says
one sense before any noun: "coastal setback", "coastal hazard") or one is joined by a hyphen
("late-hours"); "pick rates" and "pick accuracy" are one subject. A head agrees with a
head whatever qualifies it ("solar fitouts", "the full fitout"), unless what qualifies it is a
word said in another sense ("late applications", "late-hours applications"). A name or a code,
written with its capital in both, is one thing whatever stands beside it ("Yilgarn Craton", "the
Yilgarn gold tenements").
"""

from __future__ import annotations

import itertools
from typing import NamedTuple

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.themes import themes_of
from composer.offline.words import FUNCTION_WORDS

_TOKEN = re.compile(r"[^\W_]+")


class _Use(NamedTuple):
    """One use of a shared word: the word before it that qualifies it and the noun after it
    that it qualifies (by their stems), the themes of the two words together ("food safety":
    safety), and whether a hyphen joins it to that noun ("late-hours")."""

    before: str | None
    after: str | None
    themes: frozenset[str]
    joined: bool


def neighbours_agree(stem: str, first: str, second: str) -> bool:
    """True when the shared word cut to `stem` is said in one sense in both texts (by its
    neighbours, see the module's docstring); True too when either text does not say it as a
    word of its own (nothing to compare)."""
    mine, theirs = _uses(stem, first), _uses(stem, second)
    if not mine or not theirs or (_named(stem, first) and _named(stem, second)):
        return True
    return any(_agree(a, b) for a, b in itertools.product(mine, theirs))


def other_senses(shared: frozenset[str], first: str, second: str) -> frozenset[str]:
    """The stems of `shared` that the two texts say in another sense: by their neighbours, and
    a head qualified by a word said in another sense is another thing too ("[late]
    applications" and "[late-hours] applications")."""
    apart = {stem for stem in shared if not neighbours_agree(stem, first, second)}
    for stem in shared - apart:
        qualifiers = {use.before for use in _uses(stem, first) + _uses(stem, second)}
        if qualifiers & apart:
            apart.add(stem)
    return frozenset(apart)


def _agree(a: _Use, b: _Use) -> bool:
    if (a.before and a.before == b.before) or (a.after and a.after == b.after):
        return True
    if not (a.after and b.after):
        # a head in one and a qualifier in the other ("scrap rate", "bring scrap down"), or a
        # head in both whatever qualifies it ("solar fitouts", "the full fitout"): one thing
        return True
    # each qualifies another noun: one subject when the two say one theme ("pick rates", "pick
    # accuracy"), two when one says a theme the other does not ("food safety", "food cost") or
    # a hyphen makes one a word of its own ("late-hours", "late applications")
    return a.themes == b.themes and a.joined == b.joined


def _uses(stem: str, text: str) -> list[_Use]:
    tokens = list(_TOKEN.finditer(text))
    words = [t.group().lower() for t in tokens]
    found: list[_Use] = []
    for k, word in enumerate(words):
        if len(word) < 4 or word[:5] != stem:
            continue
        before = words[k - 1] if k else ""
        after = words[k + 1] if k + 1 < len(words) else ""
        head = _head(after)
        joined = head and text[tokens[k].end() : tokens[k + 1].start()] == "-"
        found.append(
            _Use(
                before[:5] if _qualifier(before) else None,
                after[:5] if head else None,
                themes_of(f"{word} {after}") if head and _noun_only(word) else frozenset(),
                joined,
            )
        )
    return found


def _noun_only(word: str) -> bool:
    """A noun with no adjective reading: its sense is the compound's ("food safety", "food
    cost"); an adjective says the same before any noun ("coastal setback", "coastal hazard")."""
    return "adj" not in lexicon.classes(word)


def _named(stem: str, text: str) -> bool:
    """True when the text writes the word with a capital inside it, as a name or a code is
    ("the Yilgarn gold tenements", "Bosch eBike Systems"): one thing whatever stands beside it."""
    words = _TOKEN.findall(text)
    # (the first word has its capital from the sentence, unless no word list knows it)
    named = [w for k, w in enumerate(words) if k or not lexicon.known(w.lower())]
    return any(w[:1].isupper() and w.lower()[:5] == stem for w in named)


def _content(word: str) -> bool:
    return len(word) >= 3 and word.isalpha() and word not in FUNCTION_WORDS


def _head(word: str) -> bool:
    """A noun the word before it may qualify: not an adverb or particle ("scrap down"), nor a
    verb's past ("waste fell"); a word no table knows is taken for a noun of the trade."""
    if not _content(word):
        return False
    found = lexicon.classes(word)
    if not found:
        return True
    # a past that is also its own noun ("cost", "cut") stays a noun: "food cost"
    past = lexicon.is_past(word) and word not in found.get("verb", ())
    return "noun" in found and "adv" not in found and not past


def _qualifier(word: str) -> bool:
    """A word that may qualify the noun after it: a noun or an adjective ("late"), not a verb's
    past or -ing form ("reduced waste", "reducing waste")."""
    if not _content(word):
        return False
    found = lexicon.classes(word)
    if not found:
        return True
    verbish = "verb" in found and (lexicon.is_past(word) or word.endswith("ing"))
    return bool({"noun", "adj"} & set(found)) and not verbish
