"""Where a deed was done, typed before it with no subject ("in internship brought p95 latency
... from 900ms to 300ms", "during placement cut the waiting list from 40 to 12", "in 2024
launched the loyalty app"): said as the candidate's sentence, the setting first and theirs
("In my internship, I brought ...", "In 2024, I launched ..."). The setting is a preposition
and up to three words a reader can name (known words, a name with its capital, a year); the
deed is a verb in the past. Anything else is left as typed, for the readers after it."""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import DETERMINERS, STINTS

_PREPOSITIONS = frozenset(["in", "at", "during", "on", "for"])
# The words before a setting's noun that make it the candidate's already.
_OWNED = frozenset(["my", "our", "the", "a", "an", "this", "last", "each", "every"])


# A stint typed as a heading, then its deed after a dash: "offshore QC internship – found
# clock drift on 12 nodes, saved a re-run" ("During my offshore QC internship, I found ...").
_STINT_DASH = re.compile(
    r"(?P<stint>(?:[\w-]+ ){0,3}(?P<head>[a-z]+)) [-–—]+ (?P<verb>[a-z]+) (?P<rest>.+)"
)


def fronted(item: str) -> str:
    """`item` said with its setting first and an "I" before its deed, or `item` as typed."""
    dashed = _STINT_DASH.fullmatch(item.strip())
    if (
        dashed
        and dashed["head"] in STINTS
        and lexicon.is_past(dashed["verb"])
        and all(_nameable(w) for w in dashed["stint"].split())
        and dashed["stint"].split()[0].lower() not in DETERMINERS
        and not re.search(r"(?<![\w-])[Ii](?![\w'-])", item)
    ):
        return f"During my {dashed['stint']}, I {dashed['verb']} {dashed['rest']}"
    words = item.strip().split()
    if len(words) < 4 or words[0].lower() not in _PREPOSITIONS:
        return item
    if re.search(r"(?<![\w-])[Ii](?![\w'-])", item):
        return item  # "in my last job I ran ...": the candidate's sentence already
    for k in range(1, min(4, len(words) - 1)):  # the setting's words, then the deed's verb
        setting, verb = [w.rstrip(",:") for w in words[1 : 1 + k]], words[1 + k]
        if not lexicon.is_past(verb) or not all(_nameable(w) for w in setting):
            continue
        if setting[0].lower() in DETERMINERS and setting[0].lower() not in _OWNED:
            return item
        head = setting[-1]
        owned = setting[0].lower() in _OWNED or head.isdigit() or head[:1].isupper()
        owned = owned or lexicon.is_plural_noun(head.lower())  # "on nights": no one's
        said = " ".join(setting) if owned else f"my {' '.join(setting)}"
        rest = " ".join(words[2 + k :])
        return f"{words[0].capitalize()} {said}, I {verb} {rest}" if rest else item
    return item


def _nameable(word: str) -> bool:
    """A word a setting can hold: a known word, a name with its capital, or a year."""
    if word.lower() in _OWNED:
        return True
    if re.fullmatch(r"(?:19|20)\d\d", word):
        return True
    if word[:1].isupper():
        return True
    return lexicon.known(word.lower()) and not lexicon.is_past(word.lower())
