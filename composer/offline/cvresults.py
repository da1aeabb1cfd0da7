"""Results and counts typed as CV lines, said with their own subject.

"200+ staff trained on new triage" -> "I trained more than 200 staff on new triage"; "sepsis 6
compliance from 54% to 88%" -> "Sepsis 6 compliance rose from 54% to 88%"; and what came of an
action after a dash or a comma ("- overtime down ~20%" -> ", which cut overtime by about 20%").
"""

from __future__ import annotations

import re

from composer.offline import lexicon
from composer.offline.realise import Clause
from composer.offline.words import DETERMINERS, SMALL_NUMBERS

NUMBER = (
    r"(?:about |over |more than |nearly |almost |around )?(?:\d+|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"
)


def spelled(count: str) -> str:
    """ "4" -> "four": a count under ten in words."""
    return SMALL_NUMBERS[int(count) - 1] if re.fullmatch("[1-9]", count) else count


_PEOPLE_VERBS = (
    r"trained|mentored|hired|coached|onboarded|supervised|recruited|taught|inducted|upskilled"
)


def done_to(text: str) -> tuple[str, Clause] | None:
    """People counted, then what was done with them: "200+ staff trained on new triage" ->
    "I trained more than 200 staff on new triage"; "managed review of 80k docs" -> "I managed
    the review of 80,000 documents"."""
    people = re.fullmatch(
        rf"(?P<n>{NUMBER}) (?P<who>[a-z][\w-]*(?: [a-z][\w-]*)?) (?P<verb>{_PEOPLE_VERBS})"
        r"(?P<rest> (?:on|in|at|for|as|across|through) .+)?",
        text,
    )
    if people:
        count = spelled(people.group("n"))
        rest = people.group("rest") or ""
        return "achievement", Clause(
            "I", people.group("verb"), f"{count} {people.group('who')}{rest}"
        )
    task = re.fullmatch(
        r"(?P<verb>managed|led|ran|coordinated|oversaw|ran) (?P<what>[a-z][\w-]*(?: [a-z][\w-]*)?)"
        r" of (?P<rest>(?:about |over |more than )?\d.+)",
        text,
    )
    if task and lexicon.is_noun(task.group("what").split()[-1]):
        said = f"the {task.group('what')} of {task.group('rest')}"
        return "achievement", Clause("I", task.group("verb"), said)
    return None


def change(text: str) -> tuple[str, Clause] | None:
    """A result typed as a change: "sepsis 6 compliance from 54% to 88%", "shrink down by a
    third in one year": said with its own subject when the notes name whose it is ("on my
    ward"), else as what the candidate helped do ("I helped raise sepsis 6 compliance ...")."""
    moved = re.fullmatch(
        r"(?P<what>[a-zA-Z][^,]*?) from (?P<a>\d[\d.,]*)%? to"
        r" (?P<b>\d[\d.,]*)(?P<unit>%?)(?P<rest> (?:in|over|within|across) [^,]+)?",
        text,
    )
    if moved and not any(lexicon.is_past(w) for w in moved.group("what").lower().split()):
        a, b = (float(moved.group(n).replace(",", "")) for n in ("a", "b"))
        verb = "rose" if b > a else "fell" if b < a else None
        if verb is None:
            return None
        unit = moved.group("unit")
        what = _common_start(moved.group("what"))
        since, until = moved.group("a"), moved.group("b")
        rest = moved.group("rest") or ""
        if not _OWNED.search(f"{what}{rest}"):  # whose figure? the candidate helped move it
            way = "helped raise" if verb == "rose" else "helped bring"
            down = "" if verb == "rose" else " down"
            return "achievement", Clause(
                "I", way, f"{what}{down} from {since}{unit} to {until}{unit}{rest}"
            )
        said = f"{what} {verb} from {since}{unit} to {until}{unit}{rest}"
        return "achievement", Clause("", "", "", whole=said)
    went = re.fullmatch(
        r"(?P<what>[A-Za-z][^,]*?) (?P<way>up|down) (?:by )?(?P<n>(?:about )?\d[\d.,]*(?:%| \w+)"
        r"|a third|half|a quarter|two thirds)(?P<rest> (?:in|over|within|across) [^,]+)?",
        text,
    )
    if went is None or any(lexicon.is_past(w) for w in went.group("what").lower().split()):
        return None
    what = _common_start(went.group("what"))
    rest = went.group("rest") or ""
    if not _OWNED.search(f"{what}{rest}"):  # "Agency spend down by a third": whose?
        if went.group("way") == "up":
            return "achievement", Clause("I", "helped raise", f"{what} by {went.group('n')}{rest}")
        return "achievement", Clause("I", "helped bring", f"{what} down by {went.group('n')}{rest}")
    said = f"{what} went {went.group('way')} by {went.group('n')}{rest}"
    return "achievement", Clause("", "", "", whole=said)


# A figure with its owner named: "falls on my ward", "shrink in our store".
_OWNED = re.compile(r"\b(?:my|our)\b", re.IGNORECASE)


def _common_start(text: str) -> str:
    """ "Falls on my ward" -> "falls on my ward": an ordinary first word typed with a capital
    (a name or initials keep it: "KS2 maths results"); one rate takes "the" ("the pass rate")."""
    words = text.split()
    if words[-1].lower() in _RATES and words[0].lower() not in DETERMINERS and len(words) < 4:
        text = f"the {text[0].lower()}{text[1:]}" if words[0][1:].islower() else f"the {text}"
    first = text.split()[0]
    if first[:1].isupper() and first[1:].islower() and lexicon.is_noun(first.lower()):
        return text[0].lower() + text[1:]
    return text


_RATES = frozenset(["rate", "score", "ratio", "average", "percentage"])
# What came of an action, typed after a dash: "- 140 covers, nothing sent back".
_FIXED = re.compile(r"^(?:on time|under budget|on budget|on schedule|ahead of schedule)$")
_COUNTED = re.compile(
    r"^(?:more than |about |over |nearly )?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|twelve|twenty|thirty)%? [a-z][a-z-]*(?: (?:in|over|a|per|within|across|every|each)"
    r" [\w ]+)?$"
)
_OFTEN = re.compile(r"^(?:every|each|a|per) (?:day|week|month|term|shift|night|year)$|^weekly$")
_WHOM = re.compile(
    r"(?P<q>all|most|both|half|two|three|four|five|six) (?P<verb>passed|qualified|trained"
    r"|were promoted|stayed on)(?: (?P<what>[a-z0-9][\w -]*))?"
)
_RATE = re.compile(
    r"(?P<what>(?:[A-Z][\w-]*|[a-z][\w-]*) (?:[a-z-]+ )?(?:rate|score|ratio|accuracy))"
    r" (?:under|below|over|above|of|at) (?:about )?\d[\d.]*%"
)
_EARLY = re.compile(
    r"^(?P<verb>finished|delivered|completed|came in|went live|opened)"
    r" (?P<when>(?:\w+ (?:days?|weeks?|months?) (?:early|ahead of schedule))|on time|under budget"
    r"|on budget|ahead of schedule)$"
)
_NONE = re.compile(r"^(?:nothing|none|zero|no) [a-z][a-z -]*$")


def result(text: str) -> str | None:
    """The result after a dash or a comma said after the action's clause: "overtime down about
    20%" -> ", which cut overtime by about 20%"; "140 covers, nothing sent back" -> ", with 140
    covers and nothing sent back"; "RFE rate under 10%" -> ", with an RFE rate under 10%";
    None when it is none of these shapes."""
    went = re.fullmatch(
        r"(?P<what>[a-z][a-z -]*?) (?:went )?(?P<way>up|down) (?:by )?"
        r"(?P<n>(?:about )?\d[\d.,]*(?:%| \w+)|a third|half|a quarter|two thirds)"
        r"(?P<rest> (?:in|over|within|across) [^,]+)?",
        text,
    )
    if went is not None and not any(lexicon.is_past(w) for w in went.group("what").split()):
        verb = "cut" if went.group("way") == "down" else "raised"
        return f", which {verb} {went.group('what')} by {went.group('n')}{went.group('rest') or ''}"
    whom = _WHOM.fullmatch(text)
    if whom is not None:  # "all passed journeyman exam" -> ", all of whom passed their ..."
        verb = "were trained" if whom.group("verb") == "trained" else whom.group("verb")
        what = whom.group("what") or ""
        if what and what.split()[0] not in DETERMINERS and not what[:1].isdigit():
            what = f"their {what}" if verb == "passed" else what
        return f", {whom.group('q')} of whom {verb}{' ' if what else ''}{what}"
    if re.fullmatch(r"(?:cut|reduced|halved|saved|doubled|tripled) [a-z][\w -]*", text):
        return f", which {text}"  # "cut turnaround by two days"
    rate = _RATE.fullmatch(text)
    if rate is not None:  # "RFE rate under 10%" -> ", with an RFE rate under 10%"
        return f", with {lexicon.article(rate.group('what'))} {text}"
    text = re.sub(r"^(?:came in|was delivered|was) (?=(?:on|under|ahead)\b)", "", text)
    parts = [p.strip() for p in re.split(r",| and ", text) if p.strip()]
    early = _EARLY.match(parts[0]) if parts else None
    if early and all(_NONE.match(p) or _COUNTED.match(p) for p in parts[1:]):
        # "finished 2 wks early, zero lost-time incidents"
        rest = f", with {_joined(parts[1:])}" if parts[1:] else ""
        return f", which {early.group('verb')} {early.group('when')}{rest}"
    if len(parts) > 1 and _OFTEN.match(parts[-1]) and _COUNTED.match(parts[-2]):
        parts[-2:] = [f"{parts[-2]} {parts[-1]}"]  # "20 kids, every week" -> "20 kids every week"
    if not parts or len(parts) > 3:
        return None
    if all(_FIXED.match(p) for p in parts):  # "on time, under budget"
        return f", which came in {_joined(parts)}"
    if not all(_NONE.match(p) or _COUNTED.match(p) for p in parts):
        return None
    # "140 covers, nothing sent back" -> ", with 140 covers and nothing sent back"
    return f", with {_joined(parts)}"


def _joined(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
