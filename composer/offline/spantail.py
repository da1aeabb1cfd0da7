"""A span of experience typed with a tail after a comma, a dash or in brackets that no other
reader could link ("6 yrs resi service, gas furnaces + heat pumps", "11 yrs QS contractor side,
last 5 on NEC3/4 healthcare + education", "6 yrs cabin crew (4 short haul easyJet, ...)").

The span is read alone by the item reader; the tail is said as a second part of the sentence only
in the shapes that read after any span ("the last three on ...", "mostly ...", "both X and Y"),
else it is dropped, never pasted. A tail that takes something back from the span ("not recent",
"on and off") keeps the whole line left out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from composer import regexes as re
from composer.offline import cvlines, cvposts, cvtools, lexicon
from composer.offline.casing import sentence
from composer.offline.cleaning import clean
from composer.offline.cvshares import spelled
from composer.offline.realise import Clause
from composer.offline.wellformed import problem
from composer.offline.words import (
    FUNCTION_WORDS,
    MONTH_NAMES,
    ORDINALS,
    SPAN_PLATFORMS,
    TAIL_LIMITS,
)

# A span and what it is of, typed first, then its tail: "6 yrs resi service, ..." (the head
# holds no comma or bracket of its own).
_SPAN = re.compile(
    r"^(?P<head>(?:about |around |over |almost |nearly )?(?:\d+(?:\.\d)?|[a-z]+)\+? "
    r"(?:yrs?|years?|months?|mths|seasons|summers)\b[^,()]*?)"
    r"(?:, | - | \()(?P<tail>.+?)\)?$",
    re.IGNORECASE,
)

# A span said with a tail after a comma that no reader linked ("10 yrs nursing, 3 wards",
# "3 yrs at a software co, python + django"): the item reader leaves it to `read`. After
# "spent", what the years were spent doing ("..., running ICP-OES daily"), a part of them ("four
# of them in payments") or a tail that opens with its link ("and", "on") is no such tail.
_LINKED = "the last |mostly |and |which |where |who |on |in |with |at |for |as |\\w+ of them\\b"
TAILED = re.compile(
    r"\b(?:years? of experience (?:in|with) [^,]+, (?!the last )"
    rf"|spent \w+ years? [^,]+, (?!{_LINKED}|[a-z]+ing\b))[a-z0-9]"
)

# The last years of the span and where or as what they were: "last 5 on NEC3/4 contracts",
# "last 2 yrs team leader".
_LAST = re.compile(
    r"^(?:the )?last (?P<n>\d+|[a-z]+)(?: (?:years?|yrs?))? (?:(?P<prep>as|in|on|at|with) )?"
    r"(?P<rest>[A-Za-z][^,]*)$"
)
# A share of the years and where they went: "3 on cnc", "four of them in Leeds".
_SOME_OF = re.compile(
    r"^(?P<n>\d+|[a-z]+)(?: of them)? (?P<prep>on|in|at|with) (?P<rest>[A-Za-z][\w-]*(?: [\w-]+)?)$"
)
_MOSTLY = re.compile(r"^(?P<adv>mostly|mainly|largely) (?P<rest>[A-Za-z][^,]*)$")
# The post or place the span ends in: "most recently as Supply Chain Assistant with a county
# health programme", "most recently at a deep-sea terminal".
_RECENT = re.compile(r"^(?:most recently|latterly) (?:as|at|with|in|on) [A-Za-z][^,]*$")
_BOTH = re.compile(
    r"^(?P<a>[A-Za-z][\w/-]*(?: [\w/-]+){0,2}) and (?P<b>[A-Za-z][\w/-]*(?: [\w/-]+){0,2})$"
)


def read(item: str, reader: Callable[[str], Clause | None]) -> Clause | None:
    """The span of `item` said by `reader` with its tail said or dropped; None when the line
    is no span with a tail, the span alone cannot be read, or the tail limits the span."""
    found = _SPAN.match(" ".join(item.split()).rstrip("."))
    if found is None:
        return None
    tail = clean(found["tail"])
    if set(re.findall(r"[a-z]+", tail.lower())) & TAIL_LIMITS or re.search(r"\bex\b", tail):
        return None
    if re.match(r"(?:and )?then\b", tail) or "->" in found["tail"]:
        return None  # "on reservations, then front desk": a later post, never dropped
    said_whole = _tools(tail) or _RECENT.match(tail)  # tools, the last post: said, not lost
    if not _read_as_span(found["head"]) and not said_whole:
        return None
    said = reader(found["head"])
    if said is not None:  # "seven years of experience in Android"
        rest = " ".join(SPAN_PLATFORMS.get(w, w) for w in said.rest.split(" "))
        said = replace(said, rest=rest)
    if said is None or said.whole or ", " in said.rest or "(" in said.rest:
        return None
    if _unsure_field(said.rest):
        return None
    second = _second(tail, said)
    if second:
        joined = replace(said, rest=f"{said.rest}, {second}")
        if not problem(sentence(joined.text())):
            return joined
    return said


def _read_as_span(head: str) -> bool:
    """Whether a reader of CV spans reads `head` ("6 yrs motor claims"), or the head names
    where the years were with its own article ("6 yrs at the Yakima Herald"): a span the phrase
    reader alone would say ("4 yrs peds inpatient at Advocate") is too unsure to lose its tail."""
    tidied = cvlines.tidy(clean(head))
    placed = re.search(
        r"\b(?:years?|months?|seasons|summers) (?:at|in|on|with) (?:the|a|an|my) ", tidied
    )
    return placed is not None or cvlines.read(tidied) is not None


def _second(tail: str, said: Clause) -> str:
    """The tail as the sentence's second part, or "" when it is dropped."""
    last = _LAST.match(tail)
    if last and (last["n"].isdigit() or last["n"] in _SPELLED):
        rest, prep = last["rest"], last["prep"]
        if prep is None:
            post = rest.split()[-1]
            if not cvposts.person(post) or not rest.islower():
                return ""  # "last 18 months community": how the years were spent is unsure
            prep, rest = "as", f"{lexicon.article(rest)} {rest}"
        return f"the last {spelled(last['n'])} {prep} {rest}"
    if _RECENT.match(tail) and not re.search(r"[+~/=>]|\bw/", tail):
        return tail  # "..., most recently as X with Y": the last post, said as typed
    some = _SOME_OF.match(tail)  # "3 on cnc": three of them on CNC
    if some and (some["n"].isdigit() or some["n"] in _SPELLED) and not re.search(r"[+~/=>]", tail):
        what = some["rest"]  # "cnc": initials no table knows as a word are said in capitals
        if re.fullmatch(r"[a-z]{2,4}", what) and not lexicon.known(what):
            what = what.upper()
        elif what.islower() and " " not in what and not lexicon.is_plural_noun(what):
            return ""  # "2 on day": a word that wants its article, unsure
        return f"{spelled(some['n'])} of them {some['prep']} {what}"
    mostly = _MOSTLY.match(tail)
    if mostly:  # "experience in private client tax, mostly IHT and trusts"
        # a kind of the field named just before ("... experience" or "experience in X"), never
        # after a place ("at eventing yards, mostly young horses")
        field = re.search(r"\bexperience(?: in [^,]+)?$", said.rest) and " at " not in said.rest
        return tail if field and _named_things(mostly["rest"]) else ""
    tools = _tools(tail)
    if tools:  # "4 yrs AR/AP at a logistics co, SAP B1 + excel": the tools the years used
        return f"using {tools}"
    both = _BOTH.match(tail)
    ends = [] if both is None else [both["a"].split()[-1], both["b"].split()[-1]]
    if both and _named_things(tail) and all(_worked_on(w) for w in ends):
        return f"on {tail}"  # "in residential service, on gas furnaces and heat pumps"
    return ""


def _tools(tail: str) -> str:
    """ "SAP B1 and excel (vlookup, pivots)" -> "SAP B1 and Excel": a tail that names only
    tools (a known tool's name, or a name typed in capitals: "SAP B1"), said with their
    capitals; a bracket of what was done in the last one is dropped. "" for any other tail."""
    listed = re.sub(r"\s*\([^()]*\)?$", "", tail)
    parts = [p.strip() for p in re.split(r",\s*|\s+and\s+", listed) if p.strip()]
    if not 2 <= len(parts) <= 4:
        return ""
    said = []
    for part in parts:
        words = part.split()
        if len(words) == 1 and (name := cvtools.tool(part, listed=True)):
            said.append(name)
        elif len(words) <= 3 and all(re.fullmatch(r"[A-Z][A-Z\d]*|[A-Z]\d+|\d+", w) for w in words):
            said.append(part)  # "SAP B1", "MS SQL": a name typed in capitals
        else:
            return ""
    return ", ".join(said[:-1]) + " and " + said[-1]


_SPELLED = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])


def _worked_on(word: str) -> bool:
    """Whether "on" fits a thing the work was on: things ("heat pumps", "probate") and initials
    ("GI", "NICU"), not a describing word ("domestic") or a name, whose preposition is unsure (a
    place is worked "in", a brand "on")."""
    single = word[:-1] if word.endswith("s") else word
    if lexicon.is_agent_noun(single) or (
        single.endswith("er") and lexicon.is_base_verb(single[:-1])
    ):
        return False  # "sole traders and landlords": people, the work done for them, not on
    if word.isupper() or lexicon.is_plural_noun(word):
        return True
    return word.islower() and lexicon.is_noun(word) and "adj" not in lexicon.classes(word)


def _named_things(text: str) -> bool:
    """Things named with no clause of their own: no verb-like word, no function word but "and",
    no figure ("IHT and trusts", "gas furnaces and heat pumps")."""
    words = [w for w in re.split(r"[ /]", text) if w and w != "and"]
    return bool(words) and all(
        w not in FUNCTION_WORDS
        and not re.search(r"\d", w.split("-")[0])
        and not lexicon.is_past(w.lower())
        for w in words
    )


def _unsure_field(rest: str) -> bool:
    """ "experience in QS contractor side", "in band 5/6": a field whose name is unsure, its last
    word a singular noun that also describes ("side"), or a grade typed as figures."""
    field = re.search(r"\bexperience in (?P<what>.+?)(?: at .*)?$", rest)
    if field is None:
        return False
    last = field["what"].split()[-1]
    if re.fullmatch(r"[A-Z]{3,}", field["what"]):
        return True  # "experience in NHS": a body, which takes "the"
    describes = (
        last.islower() and "adj" in lexicon.classes(last) and not lexicon.is_plural_noun(last)
    )
    return describes or re.search(r"\d/\d", field["what"]) is not None


# A length of time typed after a whole clause, with no preposition: "ran a crew of 2 when the
# boss was away ~3 mths" (said "... was away about three months"), up to the end or a clause.
_TIMED = re.compile(
    r"(?<= )(?P<before>[A-Za-z]+) (?P<span>(?:(?:about|around|nearly|almost) )?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several) "
    r"(?:days|weeks|months|years|summers|winters|seasons))(?=$|[,;.]| (?:while|when|until)\b)"
)
# Verbs whose object may be an amount of time ("cut turnaround two days"): said as typed.
_AMOUNTS = frozenset(
    ["cut", "reduce", "save", "shorten", "halve", "lower", "bring", "extend", "delay", "add",
     "gain", "lose", "spend", "take", "last", "need", "give", "free"]
)  # fmt: skip


def _ends_clause(word: str) -> bool:
    """Whether a length of time after `word` is said "for" it: an adverb ("away", "abroad") or
    a noun that is no adjective and no past verb ("lead", "desk"); never a word of a phrase of
    time ("the past", "last", "within") or a verb whose object it is ("spent")."""
    lower = word.lower()
    if lower in FUNCTION_WORDS or lower in ORDINALS or lexicon.is_past(lower):
        return False
    found = lexicon.classes(lower)
    if "adv" in found and "noun" not in found:
        return True
    return "noun" in found and "adj" not in found and not lexicon.is_participle(lower)


def timed(said: Clause) -> Clause:
    """`said` with "for" before a length of time typed after a whole clause: "I ran a crew of
    two when the boss was away about three months" -> "... was away for about three months";
    `said` itself when its verb takes an amount ("cut turnaround two days")."""
    if said.whole is not None:
        return said
    if (lexicon.base_of(said.verb.split()[-1]) or said.verb) in _AMOUNTS:
        return said
    year = _YEAR_AFTER.search(said.rest)
    if year and lexicon.is_past(said.verb) and _year_bare(year["before"]):
        # "ran the tandem pick at Mercy General 2023" -> "... at Mercy General in 2023"
        said = replace(
            said, rest=f"{said.rest[: year.start('year')]}in {said.rest[year.start('year') :]}"
        )
    found = _TIMED.search(f" {said.rest}")
    if found is None or not _ends_clause(found["before"]):
        return said
    at = found.start("span") - 1
    return replace(said, rest=f"{said.rest[:at]}for {said.rest[at:]}")


# A year typed after a whole clause of a past deed, at its end or before a comma.
_YEAR_AFTER = re.compile(r"(?P<before>[\w'’]+)['’)]? (?P<year>(?:19|20)\d\d)(?=$|,)")
# Words after which a year is said bare: "summer 2023", "the 2023 intake", "class of 2023".
_YEAR_NAMES = frozenset(["spring", "summer", "autumn", "fall", "winter", "season", "intake",
                         "cohort", "class", "year", "award", "cup", "prize"])  # fmt: skip


def _year_bare(before: str) -> bool:
    """Whether a year after `before` needs its "in": after a noun or a name of the deed's
    ("at Mercy General 2023"), not after a word of time, a month, a preposition or a figure."""
    lower = before.lower()
    if lower in FUNCTION_WORDS or lower in _YEAR_NAMES or lower in MONTH_NAMES:
        return False
    if lower[:1].isdigit() or re.fullmatch(r"q[1-4]|h[12]|fy\d*", lower):
        return False  # "Q3 2023", "2022-23 2023"
    return not lower.endswith(("'s", "’s"))
