"""Note-speak in a sentence of the letter mended before its articles are put in (`bareheads`):
a size typed as a number and a count noun before a noun ("650 cow farm" -> "650-cow farm"), a
place named straight after the noun it locates ("farm Matamata", "home visits Kibera and
Mathare" -> "farm in Matamata", "home visits in Kibera and Mathare"), and a bare adjective that
stands for its field of care or work ("four of them in palliative" -> "in palliative care").

Each repair is made only where its reading is sure, by word class (`lexicon`) and closed sets of
words; any other phrase is left as it was typed:
- the size: digits (never a year), a singular count noun, then a singular noun ("3 team
  members" and "2025 harvest season" are left);
- the place: a plural noun of doing or a singular noun of a place (`words.PLACES`, a farm, a
  hotel; never a firm, a team or a client, whose name may follow them), then one or more words
  with a capital that the word tables lack ("Penrith", "Bonifacio Global City": a place's last
  word may be "City", "Bay" ...), joined by "and" or "+", at the end of the clause;
- the field: an adjective of the table below after "in", at the end of the clause, said with its
  noun when the sentence says what kind of work it is ("nursing", a trade).
"""

from __future__ import annotations

import itertools

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.notesplice import repaired
from composer.offline.words import FUNCTION_WORDS, PERSON_HEADS, PLACES, STATIONS, word_set

__all__ = ["mended", "named_place", "place_kind"]

# A size after a preposition of place or of what the work was on ("on 650 cow farm"); after a
# verb, "than" or "over" a number is a count ("prepared 120 bird study skins").
_SIZE = re.compile(
    r"\b(?P<at>on|at|in|for|of|from|with|to|into|across) (?P<n>\d{1,3}(?:,\d{3})*)"
    r" (?P<unit>[a-z]+)(?P<rest>(?: [a-z]+)+)"
)


_YEAR = re.compile(r"^(?:19|20)\d\d$")
_MONTHS = word_set(
    "january february march april may june july august september october november december"
    " monday tuesday wednesday thursday friday saturday sunday"
)
# A place a name after may locate ("farm Matamata"); a firm, a team or a client is never one
# (the name after them is their own: "firm Deloitte").
_PLACE_HEADS = (PLACES | word_set(
    "farm estate home hotel property build building plant mine factory hospital centre center"
    " port station campus village town hub yard mill vineyard orchard ranch camp base college"
    " park resort site"
)) - word_set("team crew squad group firm agency")  # fmt: skip
_NOT_LOCATED = word_set(
    "clients customers accounts brands partners suppliers vendors products tools teams firms"
    " companies members staff colleagues friends"
)
# A place's last word that is an English word: "Bonifacio Global City", "Palmerston North".
_GEO_LAST = word_set(
    "City Town Bay Valley Heights Hills Park North South East West Island Beach Springs Creek"
    " Point Harbour Harbor Falls"
)
_NAME = r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*"
_PLACE = re.compile(
    rf"(?<![\w'’-])(?P<noun>[a-z][a-z-]+) (?P<name>{_NAME}(?: {_NAME}){{0,2}}"
    rf"(?:(?:,| and| \+| &) {_NAME}(?: {_NAME}){{0,2}})*)"
    r"(?=\s*(?:[,.;:)!?~(]|$|\s(?:and|with|for|since|from|in|on|at)\b|\s\d))"
)
# An adjective after "in" that stands for its field, and the noun it takes: always, or where
# the sentence names a kind of work (its pattern).
_TRADE = r"electric|plumb|build|construct|carpent|join|paint|roof|tiling|install|trade|sparky|hvac"
_CARE = r"\bcare\b|support work|nurs|aide|disabilit|residents"
_FIELDS: dict[str, tuple[str, str | None]] = {
    "palliative": ("care", None),
    "aged": ("care", None),
    "respite": ("care", None),
    "intensive": ("care", None),
    "critical": ("care", None),
    "neonatal": ("care", None),
    "residential": ("care", _CARE),
    "surgical": ("nursing", r"nurs"),
    "medical": ("nursing", r"nurs"),
    "orthopaedic": ("nursing", r"nurs"),
    "commercial": ("work", _TRADE),
    "industrial": ("work", _TRADE),
    "domestic": ("work", _TRADE),
    "mainstream": ("classrooms", r"\bSEN\b|school|pupil|teach|class"),
}
_FIELD = re.compile(
    rf"\bin (?P<adj>{'|'.join(_FIELDS)})(?=\s*(?:[,.;:)]|$|\s(?:and|\+|since|for|at|with)\b))"
)


def _noun(word: str) -> bool:
    return word not in FUNCTION_WORDS and lexicon.is_noun(word)


def _singular(word: str) -> bool:
    """Only a singular noun: not a plural, a doing or one of a plural the same ("species")."""
    if lexicon.is_plural_noun(word) or word.endswith("ing"):
        return False
    return lexicon.noun_plurals(word) != (word,)


def _size(found: re.Match[str]) -> str:
    """ "on 650 cow farm" -> "on 650-cow farm": the size of one thing named by its count noun,
    whose phrase ends on a singular noun ("120 bird study skins" is a count of skins)."""
    unit, rest = found["unit"], found["rest"].split()
    nouns = list(
        itertools.takewhile(lambda w: w not in FUNCTION_WORDS and lexicon.is_noun(w), rest)
    )
    if not nouns or _YEAR.match(found["n"]) or unit in _MONTHS or unit in FUNCTION_WORDS:
        return found.group()
    if not lexicon.is_noun(unit) or lexicon.is_plural_noun(unit):
        return found.group()
    if not _singular(nouns[-1]):
        return found.group()  # "3 team members", "4 lemur species": a count, not a size
    if "adj" in lexicon.classes(nouns[0]) or ("adj" in lexicon.classes(unit) and unit != "home"):
        return found.group()  # "12 new hire", "5 star" read either way: left
    return f"{found['at']} {found['n']}-{unit} {' '.join(rest)}"


def named_place(name: str) -> bool:
    """Whether `name` ("Matamata", "Bonifacio Global City") reads as a place's name: words with
    a capital, the first one the word tables lack, the others too unless the last is a place's
    word ("City", "Bay")."""
    first, *rest = name.split()
    if lexicon.classes(first.lower()) or first.lower() in _MONTHS:
        return False
    unknown = all(not lexicon.classes(w.lower()) for w in rest)
    return unknown or (bool(rest) and rest[-1] in _GEO_LAST)


def place_kind(word: str) -> bool:
    """Whether `word` names a kind of place or post one counts ("practice", "line", "centre"),
    though the word tables also give it as a stuff."""
    return word in _PLACE_HEADS or word in STATIONS or word in ("line", "centre", "center")


def _located(noun: str) -> bool:
    """Whether a place's name after `noun` says where it is: a place, or a plural of doing."""
    if noun in _PLACE_HEADS:
        return True
    if noun in _NOT_LOCATED or noun.rstrip("s") in PERSON_HEADS or not lexicon.is_plural_noun(noun):
        return False
    return not lexicon.is_agent_noun(noun[:-1])


def _place(found: re.Match[str]) -> str:
    """ "farm Matamata" -> "farm in Matamata"; anything else as it was."""
    noun, name = found["noun"], found["name"]
    names = re.split(r",\s*|\s+(?:and|\+|&)\s+", name)
    if not _located(noun) or not all(named_place(n) for n in names):
        return found.group()
    return f"{noun} in {name}"


def _field(found: re.Match[str], text: str) -> str:
    """ "in palliative" -> "in palliative care" where the noun it stands for is sure."""
    noun, context = _FIELDS[found["adj"]]
    if context is not None and not re.search(context, text, re.IGNORECASE):
        return found.group()
    return f"{found.group()} {noun}"


def mended(text: str) -> str:
    """`text` with each sure repair of the module's docstring made, and a note fragment's own
    (`notesplice`); every other word as it was."""
    text = repaired(text)
    text = _SIZE.sub(_size, text)
    text = _PLACE.sub(_place, text)
    return _FIELD.sub(lambda found: _field(found, text), text)
