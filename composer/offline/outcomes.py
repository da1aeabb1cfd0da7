"""A deed and its outcomes typed after it, each outcome of a closed set of shapes.

"led campground evac at Manning 2023 - 300+ campers out in under 2 hrs, no injuries",
"led sd-wan migration 38 sites, 0 unplanned downtime, done 3 wks early", "raised €1.2m for
the new hospice wing, 6 months ahead of target": the deed is read by the point reader, and
what follows the dash or the first comma is a list whose every part is one of:

- a count, and how it went: "14,000 pallets", "more than 300 campers out in under two hours"
- nothing of a kind: "no injuries", "0 unplanned downtime", "zero stock loss" ("0" is "no")
- a time: "done three weeks early", "six months ahead of target", "on time", "under budget"
- a span the deed took: "18 months", "two years" ("over 18 months")
- a thing that lasts: "still running", "still used" (", and it is still in use")

`deeds`: two deeds typed with a comma, said with "and" ("wrote 20+ KQL detection rules, cut
false positives ~30%"), when no other reader could say the line.

A count alone is the other result readers' ("w/ 3 others, ~400 terms": the glossary's
size), and so is a plain time alone ("on time, under budget": "which came in on time and under
budget"). The parts are said in one order, whatever the order typed: "I led the campground
evacuation at Manning in 2023, with more than 300 campers out in under two hours and no
injuries". A list with any other part is not read here (the other readers judge it, or it
is left out).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from composer import regexes as re
from composer.offline import lexicon, nonedoing
from composer.offline.realise import Clause
from composer.offline.words import PREPOSITIONS

_NUMBER = (
    r"(?:(?:about|over|more than|nearly|almost|around) )?"
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)"
)
_UNIT = r"(?:days?|weeks?|months?|years?|hours?|minutes?)"
_SPAN_UNIT = r"(?:days|weeks|months|years|seasons|summers|winters)"
_AHEAD = rf"(?:{_NUMBER} {_UNIT} (?:early|ahead of (?:schedule|target|plan|time))"
_TIMING = re.compile(
    rf"(?:(?P<verb>done|finished|delivered|completed) )?(?P<when>{_AHEAD}"
    r"|on time|on schedule|on budget|under budget|within budget|ahead of schedule)"
    r"(?: and (?:on time|on budget|under budget|within budget))?)"
)
# A time the result readers say with the deed's own verb ("which came in on time").
_PLAIN_TIME = re.compile(
    r"(?:on time|on schedule|on budget|under budget|within budget)(?: and .+)?"
)
# A verb typed before the time, said of the deed: "delivered 2 wks early", "done 3 wks early".
_DOING = {
    "delivered": "delivering it ",
    "finished": "finishing ",
    "completed": "completing it ",
    "done": "finishing ",  # ", done 3 wks early" after a list reads as a note: "finishing"
}
_NONE = re.compile(
    r"(?P<no>no|zero|0|nil) (?P<what>[A-Za-z][\w-]*(?: [a-z][\w-]*){0,3})"
    rf"(?P<within> (?:in|over) {_NUMBER} (?:{_SPAN_UNIT}|{_UNIT}))?"
)
# How a counted group went: "campers out", "patients seen", "pallets moved"
_HOW = r"(?: (?:out|in|through|moved|served|seen|housed|fed|placed|rescued|evacuated|trained))?"
_COUNT = re.compile(
    rf"(?P<n>{_NUMBER}) (?P<what>[a-z][\w-]*(?: [a-z][\w-]*)?)(?P<how>{_HOW})"
    rf"(?P<span> in (?:under |less than )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
    rf" {_UNIT})?"
)
_SPAN = re.compile(rf"(?P<n>{_NUMBER}) {_SPAN_UNIT}")
_STILL = re.compile(r"(?:and )?still (?P<state>running|used|in use|going|in place)")
_STATES = {"used": "in use"}
# Where a part list may start: a dash (or an arrow) or a comma.
_SPLIT = re.compile(r"\s+[-–—]\s+|, ")
# Places counted at the end of a deed ("led the migration 38 sites"): "across 38 sites".
_PLACES = r"sites|stores|clinics|branches|schools|offices|locations|depots|wards|venues"
_COUNTED_PLACES = re.compile(
    rf" (?P<n>\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten) (?:{_PLACES})$"
)
# A year typed after a name with no "in": "evac at Manning 2023" ("in 2023", "since 2023" pass).
_BARE_YEAR = re.compile(
    r"(?<![\w-])(?!(?:in|since|from|to|of|by|until|during|for|before|after) )"
    r"(?P<word>[A-Za-z][\w-]*) (?P<year>(?:19|20)\d\d)$"
)


# A time or a span said as a thing "with" the deed: ", with six months ahead of target", ", with
# 18 months and no incidents" (the result readers' list of counts, given a time).
_WITH_TIME = re.compile(
    r", with (?:about |over |more than )?(?:\d+|a|an|two|three|four|five|six|seven|eight|nine"
    r"|ten|twelve) (?:days?|weeks?|months?|years?|seasons?|summers?|winters?)\b"
)


class _Said(Protocol):
    @property
    def said(self) -> Clause | None: ...


def rescue(text: str, point: Callable[[str], Clause | None], before: _Said | None) -> Clause | None:
    """A deed's line said by `read` or `deeds` when the result readers said nothing (`before`
    is None or holds no clause) or said a time as a thing "with" the deed; else None."""
    if before is not None and before.said is not None and not _WITH_TIME.search(before.said.text()):
        return None
    return read(text, point) or deeds(text, point)


def read(text: str, point: Callable[[str], Clause | None]) -> Clause | None:
    """The deed of `text` (read by `point`, a deed of the candidate's) with the outcomes after
    its dash or first comma, or None when no split leaves a deed and a list of outcome parts."""
    mark = _SPLIT.search(text)  # the first: a part list holds no deed with its own result
    if mark is not None:
        action, after = text[: mark.start()], text[mark.end() :]
        tail = _tail(after)
        if tail is None:
            return None
        action = _BARE_YEAR.sub(r"\g<word> in \g<year>", action)
        places = _COUNTED_PLACES.search(action)
        if places:
            action = action[: places.start()]
        said = point(action)
        if said is None or said.whole is not None or said.subject != "I":
            return None
        if not _past(said.verb.split()[0]):
            return None
        across = f" across {places.group()[1:]}" if places else ""
        if tail.startswith(", with ") and re.search(r"\bwith\b", said.rest):
            tail = " and " + tail[len(", with ") :]  # "with three people and zero incidents"
        return replace(said, rest=said.rest + across + tail)
    return None


def deeds(text: str, point: Callable[[str], Clause | None]) -> Clause | None:
    """Two deeds of the candidate's typed with a comma, each read by `point`: "wrote 20+ KQL
    detection rules, cut false positives ~30%" -> "I wrote more than 20 KQL detection rules
    and cut false positives by about 30%"; None for any other line (the result readers judge
    a line after a dash, and a comma list of more parts)."""
    if text.count(", ") != 1 or _SPLIT.search(text.replace(", ", " ")):
        return None
    action, after = text.split(", ")
    words = after.split()
    # a past and its object ("cut false positives"); "adopted by three other zoos" is a
    # passive, "came in 8% under budget" the deed's own doing
    if len(words) < 2 or not lexicon.is_past(words[0]) or words[1] in PREPOSITIONS:
        return None
    first, second = point(action), point(after)
    if any(c is None or c.whole is not None or c.subject != "I" for c in (first, second)):
        return None
    assert first is not None and second is not None
    if not _past(first.verb.split()[0]):
        return None
    return replace(first, rest=f"{first.rest} and {second.verb} {second.rest}".rstrip())


def _tail(after: str) -> str | None:
    """The outcomes of `after` said as a deed's tail, or None when a part is of no known shape."""
    parts = [part.strip() for part in re.split(r", | and (?!(?:on|under|within) )", after)]
    withs: list[str] = []
    timings: list[str] = []
    spans: list[str] = []
    still = ""
    for part in parts:
        part = part.rstrip(".")
        if timing := _TIMING.fullmatch(part):
            verb = _DOING.get(timing.group("verb") or "", "")
            timings.append(f"{verb}{timing.group('when')}")
        elif nothing := _NONE.fullmatch(part):
            no = "no" if nothing.group("no") in ("0", "nil") else nothing.group("no")
            what = nonedoing.doing(nothing.group("what"))
            if what is None:
                return None
            withs.append(f"{no} {what}{nothing.group('within') or ''}")
        elif (span := _SPAN.fullmatch(part)) and not still:
            spans.append(f"over {span.group('n').removeprefix('over ')} {part.split()[-1]}")
        elif (count := _COUNT.fullmatch(part)) and lexicon.is_noun(count.group("what").split()[-1]):
            withs.append(part)
        elif (lasting := _STILL.fullmatch(part)) and part is parts[-1]:
            state = lasting.group("state")
            still = f", and it is still {_STATES.get(state, state)}"
        else:
            return None
    if len(spans) > 1 or not (withs or timings or spans or still):
        return None
    if len(parts) == 1 and _COUNT.fullmatch(parts[0].rstrip(".")):
        return None  # one count alone: the result readers say it (`itemtails.sized`)
    if not (withs or spans or still) and all(_PLAIN_TIME.fullmatch(t) for t in timings):
        return None  # "on time, under budget": "which came in on time ..." (`cvresults`)
    tail = f" {spans[0]}" if spans else ""
    if withs:
        listed = withs[0] if len(withs) == 1 else ", ".join(withs[:-1]) + " and " + withs[-1]
        tail += f", with {listed}"
    if timings:
        tail += ", " + " and ".join(timings)
    return tail + still


def _past(word: str) -> bool:
    """A verb's past ("led", "cut") or its participle ("fitted": the tables give "fit")."""
    return lexicon.is_past(word) or lexicon.is_participle(word)
