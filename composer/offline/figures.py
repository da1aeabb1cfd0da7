"""A result typed as a figure with no verb of its own, said as the candidate's sentence.

- a rate of work: "~15 GAs a wk monitoring solo" -> "I monitor about 15 GAs a week on my own",
  "running ~25 NMS/month" -> "I run about 25 NMS a month";
- a share of a target: "142% of quota 2025, #2 of 38 reps" -> "I reached 142% of quota in 2025,
  second of 38 reps".
(A clean record, "0 lost-time injuries 2 yrs running on my shift", is `cvresults.habit`'s, which
also reads the plainest rates before this reader is asked.)

`said` gives the whole sentence (no stop), or None for any other shape: the other readers try it.
It reads the item after `cleaning.clean` (shorthand spelled out: "about", "a week", "two years").
"""

from __future__ import annotations

import re

from composer.offline import lexicon
from composer.offline.words import ORDINAL_NUMBERS, SMALL_NUMBERS

_COUNT = r"(?:about |around |over |nearly |almost |up to )?\d[\d,]*\+?"
_PERIOD = r"(?:a |per |/ ?)(?P<period>day|week|month|year|shift|night|term|clinic|session)"
# What the rate is done where or how: "on my own", "across two sites"; "solo" is "on my own".
_HOW = r"(?P<how>(?: (?:solo|alone|on my own|(?:in|at|on|across|for|with) [\w' -]+))?)"
_WHAT = r"(?P<what>[\w-]+(?: [\w-]+){0,2}?)"
_RATE_DOING_FIRST = re.compile(
    rf"^(?P<verb>[a-z]+ing) (?P<count>{_COUNT}) {_WHAT} ?{_PERIOD}{_HOW}$"
)
_RATE_COUNT_FIRST = re.compile(
    rf"^(?P<count>{_COUNT}) {_WHAT} ?{_PERIOD} (?P<verb>[a-z]+ing){_HOW}$"
)
_TARGET = re.compile(
    r"^(?P<share>\d[\d.]*%) of (?P<target>quota|target|plan|budget|goal)"
    r"(?: (?:in )?(?P<year>(?:19|20)\d\d|FY ?\d\d(?:\d\d)?))?"
    r"(?:,? (?:#|no\. ?|number )(?P<rank>[1-9]) (?P<among>(?:of|out of) \d[\d,]* [a-z][\w-]*s))?$",
    re.IGNORECASE,
)


def said(text: str) -> str | None:
    """The figure `text` as the candidate's sentence, without its stop, or None."""
    rate = _RATE_DOING_FIRST.match(text) or _RATE_COUNT_FIRST.match(text)
    if rate:
        verb = lexicon.base_of(rate["verb"]) if lexicon.is_gerund(rate["verb"]) else None
        if verb is None or any(lexicon.is_gerund(w) for w in rate["what"].split()):
            return None
        how = " on my own" if rate["how"].strip() in ("solo", "alone") else rate["how"]
        how = re.sub(r"(?<= )[1-9](?= [A-Za-z])", lambda m: SMALL_NUMBERS[int(m.group()) - 1], how)
        return f"I {verb} {rate['count']} {rate['what']} a {rate['period']}{how}"
    target = _TARGET.match(text)
    if target:
        year = target["year"]
        when = f" in {year}" if year else ""
        sentence = f"I reached {target['share']} of {target['target'].lower()}{when}"
        if target["rank"]:
            sentence += f", {ORDINAL_NUMBERS[int(target['rank']) - 1]} {target['among']}"
        return sentence
    return None


# After a result's dash, what came of it typed loosely: "complaints down a lot".
_WENT = re.compile(
    r"^(?P<what>[a-z][\w-]*(?: [a-z][\w-]*)?) (?P<way>down|up) "
    r"(?P<much>a lot|loads|massively|a fair bit|noticeably)$"
)
# ... or how it was done, in past-tense actions: "killed noisy alerts, moved to SLO alerts".
_ACTION = re.compile(r"^(?P<verb>[a-z]+) (?P<rest>[\w -]+)$")


def after_dash(after: str, done: str) -> str | None:
    """What follows an achievement's dash said after it, or None: "complaints down a lot" ->
    ", and complaints went down considerably"; "killed noisy alerts, moved to SLO burn-rate
    alerts" -> " by killing noisy alerts and moving to SLO burn-rate alerts" (how it was done,
    only after a result with a share, `done`: "rewired a semi - passed first time" is no how)."""
    went = _WENT.match(after)
    if went:
        return f", and {went['what']} went {went['way']} considerably"
    if "%" not in done:
        return None
    parts = re.split(r",\s+|\s+and\s+", after)
    doing = []
    for part in parts:
        action = _ACTION.match(part)
        base = lexicon.base_of(action["verb"]) if action else None
        if action is None or base is None or not lexicon.is_past(action["verb"]):
            return None
        doing.append(f"{lexicon.verb_forms(base)['VBG']} {action['rest']}")
    if not 1 <= len(doing) <= 3:
        return None
    listed = doing[0] if len(doing) == 1 else ", ".join(doing[:-1]) + " and " + doing[-1]
    return f" by {listed}"


def zero_said(text: str) -> str:
    """A figure typed as a note said as a letter says it: "with 0 clawbacks" -> "with no
    clawbacks", "a 400,000-doc production" -> "a 400,000-document production"."""
    text = re.sub(r"\bwith 0 (?=[a-z])", "with no ", text)
    return re.sub(r"(?<=\d)-docs?\b", "-document", text)
