"""A word typed apart from its prefix, joined with its hyphen: "ran the de escalation training"
-> "de-escalation", "pre employment checks" -> "pre-employment", "non verbal" -> "non-verbal".

People typing fast on a phone split these words; a letter never does. Only prefixes that are
never a word of their own are read ("re training" may be "about training", "post office" is two
words), and only before a word English knows; "de" only where English knows the joined word or
its verb ("de-escalate"), as it is also a name's particle ("Jan de Vries", "de la Cruz")."""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon

_APART = re.compile(r"\b(?P<prefix>de|pre|non|multi|inter|anti)\s(?P<word>[a-z]{4,})\b")
# Endings of a noun or a doing made from a verb: "escalation" from "escalate", "icing" from "ice".
_FROM_VERB = (("ation", "ate"), ("ion", "e"), ("ing", "e"), ("ing", ""), ("ed", "e"), ("ed", ""))


def _joined(found: re.Match[str]) -> str:
    prefix, word = found["prefix"], found["word"]
    if not lexicon.known(word):
        return found[0]
    if (
        prefix == "de"
        and not any(
            lexicon.known(f"de-{word[: -len(end)]}{verb}")
            for end, verb in _FROM_VERB
            if word.endswith(end)
        )
        and not lexicon.known(f"de-{word}")
    ):
        return found[0]  # "Jan de Vries", "escola de samba"
    return f"{prefix}-{word}"


# "hand reared a siamang infant": a deed done by hand, one word with its hyphen ("hand-reared")
_BY_HAND = re.compile(
    r"\bhand (?=(?:reared|raised|fed|picked|built|made|painted|crafted|stitched|drawn|tied)\b)"
)


def joined(line: str) -> str:
    """`line` with each word typed apart from its prefix joined to it by a hyphen."""
    return _BY_HAND.sub("hand-", _APART.sub(_joined, line)) if " " in line else line
