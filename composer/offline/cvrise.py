"""Years at one place typed with the posts held there in turn, joined by an arrow: "12 yrs @
large brewery in Plzeň: shift brewer -> deputy brewmaster (last 5 yrs)" -> "I have spent twelve
years at a large brewery in Plzeň, starting as a shift brewer and working as a deputy brewmaster
for the last five". Each post is words in lower case that the dictionary knows, a person's post
last (`cvposts.person`); the place is a name typed with capitals, or a workplace typed in lower
case (said with "a"), with its town after "in". Any other line is None, for the other readers."""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.cvposts import as_post, person
from composer.offline.realise import Clause
from composer.offline.shorthand import expand
from composer.offline.words import SMALL_NUMBERS

_COUNT = r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_YEARS = r"(?: ?(?:yrs?|years?))?"
_RISE = re.compile(
    rf"(?P<n>{_COUNT})\+? ?(?P<unit>yrs?|years?|seasons?) (?:@|at|with) (?P<org>[^:,()>@]+?)"
    r"\s*(?::|,|\s[-–])\s*(?P<a>[a-z][a-z' -]*?)\s*(?:->|→|=>|>)\s*(?P<b>[a-z][a-z' -]*?)"
    rf"(?:\s*\((?:for )?(?:the )?last (?P<m>{_COUNT}){_YEARS}\)"
    rf"|,? (?:for )?(?:the )?last (?P<m2>{_COUNT}){_YEARS})?\.?"
)
_WORDS = (*SMALL_NUMBERS, "ten", "eleven", "twelve")


def _number(count: str) -> str:
    """ "12" -> "twelve": a count up to twelve in words, a larger one in figures."""
    return _WORDS[int(count) - 1] if count.isdigit() and 0 < int(count) <= 12 else count


def _post(text: str) -> bool:
    """ "shift brewer", "deputy brewmaster": known words in lower case, a post last."""
    words = text.split()
    return 0 < len(words) <= 3 and person(words[-1]) and all(map(lexicon.known, words[:-1]))


def _place(org: str) -> str | None:
    """ "large brewery in Plzeň" -> "a large brewery in Plzeň"; "Tesco Leeds" as typed; None
    for a workplace whose words are not all known (a name typed in lower case)."""
    where, _, town = org.partition(" in ")
    if town and not all(w[:1].isupper() for w in town.split()):
        return None
    if where[:1].isupper():
        return org
    words = where.split()
    typed = words[:1] in (["a"], ["an"], ["the"]) and len(words) > 1  # "at a regional airport"
    words = words[1:] if typed else words
    if not words or not all(map(lexicon.known, words)) or not lexicon.is_noun(words[-1]):
        return None
    return org if typed else f"{lexicon.article(where)} {org}"


def read(item: str) -> Clause | None:
    """ "I have spent seven years at Hilton Leeds, starting as a receptionist and rising to
    front office manager", or None unless the line has this shape whole."""
    found = _RISE.fullmatch(" ".join(item.split()))
    if found is None:
        return None
    first, then = expand(found["a"]), expand(found["b"])  # "front office mgr": "manager"
    if not (_post(first) and _post(then)) or first == then:
        return None
    place = _place(found["org"].strip())
    last = found["m"] or found["m2"]
    if place is None or (
        last and last.isdigit() and found["n"].isdigit() and int(last) >= int(found["n"])
    ):
        return None
    unit = "seasons" if found["unit"].startswith("season") else "years"
    span = f"{_number(found['n'])} {unit}" if found["n"] not in ("1", "one") else f"one {unit[:-1]}"
    # "starting as a ramp agent and rising to duty manager" ("from receptionist to ..." reads
    # to the gate as a post with no article); the last years are the later post's
    rise = f", starting as {as_post(first)} and " + (
        f"working as {as_post(then)} for the last {_number(last)}" if last else f"rising to {then}"
    )
    return Clause("I", "have spent", f"{span} at {place}{rise}")
