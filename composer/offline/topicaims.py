"""The reader's aim typed after a topic, said as theirs: "AW27 range - wants fewer SKUs, more
hero products" -> "the AW27 range and your wish for fewer SKUs and more hero products".

An aside after a dash or comma that says what THEY want is the point of the topic, not the
note-taker's reminder: it is said with the topic, in the reader's own "your". Three shapes, by
what follows "wants" (or "would like", "plans", "hopes", "aims", "is looking", "is trying"):
a thing wanted, said "your wish for" it ("fewer SKUs", "a triage line", "more of them"); a verb,
said "your aim to" do it ("to move away from it"); the topic itself brought somewhere, said
"your aim to bring it" there ("it down", "it under 18 months"). A bare figure ("wants 75+") is
a measure's goal, which `topicdetail` says; anything else is left out.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.topicdetail import WANTED
from composer.offline.words import DETERMINERS, SMALL_NUMBERS

# "wants", "she wants", "they want", "would like", "plans", "hopes", "aims", "looking": the
# aside's first words, after a dash or a comma (the last clause of the tail).
_AIM = re.compile(
    r"(?:^| - | – |, )(?:(?P<who>(?:s?he|they|the team|the board))(?: (?:is|are|'re|'s))? )?"
    r"(?P<verb>wants?|would like|'d like|plans?|planning|hopes?|hoping|aims?|aiming|looking"
    r"|trying|keen)(?: (?P<to>to|for|on))? (?P<what>[^;()]+?)\.?$",
    re.IGNORECASE,
)
# Typed with no subject, only a verb's "-s" form is the reader's: "want to restart ..." may be
# the candidate's own wish.
_THEIRS_BARE = frozenset(["wants", "plans", "hopes", "aims"])
# The noun the reader's wanting is said as, by the verb typed.
_NOUN = {"plan": "plan", "hope": "hope", "hopi": "hope", "aim": "aim"}
# Where the topic itself is to go: "it down", "them under 10", "it back to weekly".
_MOVED = re.compile(
    r"^(?P<it>it|them) (?P<where>(?:down|up|back|lower|higher)"
    r"|(?:under|below|over|above|to|from|into|out of|back to|down to|up to) \S.*)$",
    re.IGNORECASE,
)
# A thing wanted starts with a word of amount or comparison, or an article.
_AMOUNT = frozenset(
    ["more", "fewer", "less", "better", "faster", "cheaper", "bigger", "smaller", "shorter",
     "longer", "stronger", "tighter", "clearer", "simpler", "fresher", "newer", "higher",
     "lower", "no"]
)  # fmt: skip
_FIGURE = re.compile(r"^[~<>≈]?\s?[\d£$€]")
_BARE_FIGURE = re.compile(r"\b\d+(?:\.\d+)?\+?$")


def aim_of(typed: str) -> str:
    """The reader's aim of a topic as typed, said after it (" and your wish for fewer SKUs and
    more hero products"), or "" when the topic says none that can be said with confidence."""
    found = _AIM.search(typed)
    if WANTED.match(typed):
        return ""  # "backlog ~2,000, wants it under 1,200": a measure's goal, topicdetail's
    if not found or found.start() == 0:
        return ""  # "wants fewer SKUs" alone: no topic to say it with
    verb = found["verb"].lower()
    if not found["who"] and verb not in _THEIRS_BARE:
        return ""  # "want to restart the team model": whose want, the line does not say
    what = found["what"].strip()
    noun = _NOUN.get(verb[:4], "aim")
    figure = _FIGURE.match(what) or what.split()[0].lower() in SMALL_NUMBERS
    if figure or _BARE_FIGURE.search(what) or found["to"] == "on":
        return ""  # a measure's goal ("wants 75+", "wants it under 3", "to get it to 18")
    if found["to"] == "to":
        first = what.split()[0].lower()
        if not lexicon.is_base_verb(first):
            return ""
        # "wants to move away from it, too many callbacks": after a comma, the note's reason
        return f" and your {noun} to {what.split(', ')[0]}"
    moved = _MOVED.match(what)
    if moved and not found["to"]:
        return f" and your aim to bring {moved['it'].lower()} {moved['where']}"
    first = what.split()[0].lower()
    thing = first in _AMOUNT or first in DETERMINERS or found["to"] == "for"
    last = what.split()[-1]
    named = lexicon.is_noun(last.lower()) or lexicon.is_plural_noun(last.lower())
    named = named or last.lower() in ("them", "it") or last.isupper()
    if not named or " not " in f" {what} ":
        return ""  # "wants more in-house not outsourced": no thing named
    if not thing or verb in ("trying", "looking", "planning", "plans", "plan"):
        return ""
    return f" and your {'hope' if noun == 'hope' else 'wish'} for {_as_list(what)}"


def _as_list(what: str) -> str:
    """ "fewer SKUs, more hero products" -> "fewer SKUs and more hero products"."""
    items = [i.strip() for i in re.split(r",\s*|\s\+\s", what) if i.strip()]
    if len(items) < 2:
        return what
    return ", ".join(items[:-1]) + " and " + items[-1]
