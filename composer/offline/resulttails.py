"""What trails a result typed after an action's dash, set aside so `cvresults.result` reads the
result itself, and put back after it: how often ("overtime down from 300 to 120 hrs a month",
"saves ~6 hrs/wk") and "on average" ("healing time down from 14 to 8 wks avg"); a count and
its unit before the measure joined as one word ("3 month retention up 15%" -> "three-month
retention"); and a result said by a verb in the present ("saves about 6 hours a week"), which
is what the thing made still does: ", which saves about 6 hours a week".
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon, resultmeant
from composer.offline.typedwhole import counts_joined
from composer.offline.words import PREPOSITIONS, SMALL_NUMBERS

__all__ = ["absolute", "later", "present", "runs", "signed", "trailed", "used_by"]

# "a month", "per week", "/wk" at the end of a result: how often, said after it.
_PER = re.compile(
    r"(?:\s*/\s*|\s+(?:a|per|each)\s+)(?P<per>day|wk|week|month|mo|mth|year|yr|night|shift"
    r"|session|class)$"
)
_PERS = {"wk": "week", "mo": "month", "mth": "month", "yr": "year"}
# A figure, or a small count the cleaning has spelled out ("saves 6 hrs": "six hours").
_COUNT = rf"(?:\d|\b(?:{'|'.join(SMALL_NUMBERS)}|ten|twelve)\b)"
# "avg", "on average" at the end of a result.
_AVERAGE = re.compile(r"\s+(?:avg|average|on average)$")


# "nightly", "every night" at the end of a result: how often, said after it.
_OFTEN = re.compile(r"\s+(?P<often>nightly|daily|weekly|monthly|hourly|every (?:night|day|week))$")


def trailed(text: str) -> tuple[str, str]:
    """The result `text` without what trails it, and that trail as the letter says it:
    "healing time down from 14 to eight weeks average" -> ("healing time down from 14 to eight
    weeks", " on average"); "saves about 6 hours/wk" -> ("saves about 6 hours", " a week")."""
    trail = ""
    average = _AVERAGE.search(text)
    if average:
        text, trail = text[: average.start()], " on average"
    often = _OFTEN.search(text)
    if often and re.search(_COUNT, text[: often.start()]):  # "1,200 automated tests nightly"
        text, trail = text[: often.start()], f" {often['often']}{trail}"
    per = _PER.search(text)
    before = text[: per.start()].rsplit(" ", 1)[-1] if per else ""
    if per and re.search(_COUNT, text[: per.start()]) and before not in PREPOSITIONS:
        word = _PERS.get(per["per"], per["per"])
        text, trail = text[: per.start()], f" {lexicon.article(word)} {word}{trail}"
    return counts_joined(text), trail


# "saves about 6 hours": a verb in the present and a figure after it.
_PRESENT = re.compile(
    r"(?P<verb>[a-z]+s) (?P<rest>(?:about |around |over |nearly |up to )?(?:[$£€]?\d[\w.,%$£€]*"
    rf"|{'|'.join(SMALL_NUMBERS)}|ten|twelve)"
    r"(?: [a-z][\w-]*){0,3})"
)


# "1,200 automated tests": a count of the runs a thing made does, typed with no verb.
_RUNS = re.compile(
    r"(?:about |around |over |up to )?\d[\d,]*\+? (?:[a-z][\w-]* ){0,2}(?:tests|checks|jobs"
    r"|builds|scans|backups|simulations|queries|reports|deployments|deploys)"
)


def runs(text: str) -> str | None:
    """ "1,200 automated tests" (typed "..., 1,200 automated tests nightly") -> ", which runs
    1,200 automated tests": a count of runs with no verb is what the thing made runs."""
    return f", which runs {text}" if _RUNS.fullmatch(text) else None


def present(text: str) -> str | None:
    """A result said by a verb in the present with a figure ("saves about 6 hours", "handles
    400 calls") said after the action: ", which saves about 6 hours"; else None."""
    found = _PRESENT.fullmatch(text)
    if found is None or not lexicon.is_third_person(found["verb"]):
        return None
    return f", which {text}"


# "all staff trained in six weeks": who or what the result is about, then what was done to them.
_ABSOLUTE = re.compile(
    rf"(?:all|both|most|each|half|\d[\d,]*|{'|'.join(SMALL_NUMBERS)}|ten|twelve) "
    r"(?:of )?(?:the |our )?(?P<who>[a-z][\w-]*(?: [a-z][\w-]*)?) (?P<verb>[a-z]+ed)(?: .+)?"
)


def absolute(text: str) -> str | None:
    """ "all staff trained in six weeks" (typed "introduced digital NOP, all staff trained in six
    weeks") -> ", with all staff trained in six weeks": the people or things the result is about
    and what was done to them, said with "with"; else None."""
    found = _ABSOLUTE.fullmatch(text)
    if found is None or not lexicon.is_participle(found["verb"]):
        return None
    head = found["who"].split()[-1]
    return f", with {text}" if lexicon.is_noun(head) or lexicon.is_plural_noun(head) else None


# "whole studio uses it": who uses the thing made, typed as a clause with "it" after its verb.
_USED_BY = re.compile(
    r"(?:the )?(?P<who>(?:whole |entire )?[a-z][\w-]*(?: [a-z][\w-]*)?) (?P<verb>[a-z]+s) it"
)


def used_by(text: str) -> str | None:
    """ "whole studio uses it" -> ", which the whole studio uses": the thing made, which they
    use; else None."""
    found = _USED_BY.fullmatch(text)
    if found is None or not lexicon.is_third_person(found["verb"]):
        return None
    head = found["who"].split()[-1]
    if not lexicon.is_noun(head) or lexicon.is_plural_noun(head):
        return None
    return f", which the {found['who']} {found['verb']}"


def later(text: str) -> str | None:
    """A result of the shapes read last: who uses the thing made, or a bare comparison
    ("fewer disputes at month end", `resultmeant`); else None."""
    return used_by(text) or resultmeant.compared(text)


# "conversion +8%", "waste -30%": a measure and its move typed with a sign.
_SIGNED = re.compile(
    r"^(?P<what>[A-Za-z][\w&-]*(?: [A-Za-z][\w-]*){0,3}) (?P<sign>[+-])\s?"
    r"(?P<n>\d[\d.,]*(?:%| points\b| pts\b))(?P<rest> .+)?$"
)


# "18% less stock holding", "40% fewer callouts": the move typed before the measure.
_LESS_MORE = re.compile(
    r"^(?P<n>(?:about |around |~)?\d[\d.,]*%) (?P<way>less|fewer|more) "
    r"(?P<what>[a-z][\w-]*(?: [a-z][\w-]*){0,3})$"
)


def signed(text: str) -> str:
    """A result typed with a sign said with its way: "conversion +8%" -> "conversion up 8%",
    "waste -30% in a year" -> "waste down 30% in a year"; one typed with the move before the
    measure likewise: "18% less stock holding" -> "stock holding down 18%"; other text as it
    is."""
    moved = _LESS_MORE.match(text)
    if moved and lexicon.is_noun(moved["what"].split()[-1]) and moved["what"].split()[0] != "of":
        way = "up" if moved["way"] == "more" else "down"
        return f"{moved['what']} {way} {moved['n']}"
    found = _SIGNED.match(text)
    if found is None:
        return text
    way = "up" if found["sign"] == "+" else "down"
    return f"{found['what']} {way} {found['n']}{found['rest'] or ''}"
