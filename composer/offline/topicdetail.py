"""What the tail of a typed topic adds to it, when it is of a shape a person writes out in
full: "out-of-hours rota - 1 in four weekends" -> "the out-of-hours rota of one weekend in four".
`topictails` keeps the topic's subject; this module reads what the tail says of it, and
takes off a value typed after a measure ("CQC rating 'requires improvement'": the rating).
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.topictails import spelled

# What a tail says of its topic, when it is of a shape a person writes out in full. Anything
# else is the note-taker's reminder and is left out ("they're behind", "wants < 5").
_RATE_HEADS = frozenset(
    ["drop-off", "dropoff", "turnover", "churn", "attrition", "absence", "sickness", "vacancy",
     "vacancies", "conversion", "uptake", "retention", "occupancy", "utilisation", "utilization"]
)  # fmt: skip
_SHARE = re.compile(r"^(?:about|around|roughly|nearly|over) \d+(?:\.\d+)?%(?: (?:at|in|on) .+)?$")
_ONE_IN = re.compile(r"^(?:rota is )?1 in (?P<n>\w+) (?P<unit>weekends|nights|shifts|weeks)$")
_STARTS = re.compile(r"^(?P<what>[\w-]+(?: [\w-]+)?) starts? (?P<when>(?:in )?Q[1-4]|in \w+)$")
_CHANGES = re.compile(
    r"^(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d+) (?P<who>[a-z]+s) "
    r"(?P<how>leaving|joining|starting|retiring)(?P<when> in [A-Z][a-z]+)?$"
)
# The candidate's own part in the topic, typed after its dash: "new office opening march - i'd
# set it up (lease, furniture, IT)": ", which I would set up" (a bracket after it is the list);
# "i'd help commission it": ", which I would help commission".
_OWN_PART = re.compile(
    r"^.+? - I (?P<aux>would|will) (?P<help>help )?(?P<verb>[a-z]+) (?:it|them)"
    r"(?P<part> (?:up|out|over|in|off|on|through|round))?(?:\s*\([^()]*\))?$"
)
_FUNDS = re.compile(r"^they(?P<would>'d| would)? (?:pay for|fund|cover) (?P<what>the [\w\s-]+)$")
_NOW_TO = re.compile(
    r"^(?P<now>about [\d,]+ [a-z]+)/(?P<per>day|week|month|hour|shift) now, going to "
    r"(?P<then>[\d,]+)$"
)

# "CQC rating 'requires improvement' since June": the value a measure of theirs has, in quotes,
# and since when; the subject is the measure ("the CQC rating").
_QUOTED_VALUE = re.compile(
    r"\b(?P<measure>rating|status|grade|score|band|level|label|verdict|category|result|outcome)"
    r"\s+['‘\"“][^'’\"”]{1,40}['’\"”](?:\s+(?:since|from|until|for|at|in|after)\b.*)?$",
    re.IGNORECASE,
)
# "commissioning the 2 new linacs 2027": a year typed after what happens in it, "in" left out.
# (after a word in lower case that is no time: "spring 2027", "March 2027" are times already)
_BARE_YEAR = re.compile(
    r"(?<= )(?!(?:spring|summer|autumn|winter|fall|year|end|early|late|mid|for|from|since|until"
    r"|till|before|after|during|into) )(?P<w>[a-z]{3,}) "
    r"(?P<year>(?:19|20)\d\d)$"
)


# A measure typed with the verb of where it stands and its value: "schedule compliance sitting
# ~60%", "retention stuck at 70%". The verb goes with the value: "schedule compliance" is the
# subject, ", which is sitting at about 60%" what the tail adds.
_STANDING = re.compile(
    r"(?i)(?<=\w)\s+(?:currently\s+|still\s+|now\s+)?(?P<verb>sitting|hovering|stuck|stalled"
    r"|sits|hovers|running)(?:\s+(?P<prep>at|near))?\s+(?P<value>(?:(?:~|about|around"
    r"|roughly|under|over|below|above|just under|just over)\s?)?[£$€]?\d[\d,.]*(?P<pc>%)?[^,;]*)"
)
_SAID_VERB = {"sits": "sits", "hovers": "hovers", "stuck": "is stuck", "stalled": "is stalled"}


def _standing(text: str) -> re.Match[str] | None:
    """The verb and value of a measure typed after it; "running" only before a share or "at"
    ("trams running 10 min late" is how late, not where a measure stands)."""
    found = _STANDING.search(text)
    running = found is not None and found["verb"].lower() == "running"
    return None if found is None or (running and not (found["prep"] or found["pc"])) else found


def standing_detail(text: str) -> str:
    """ "schedule compliance sitting about 60%" -> ", which is sitting at about 60%"; ""."""
    found = _standing(text)
    if found is None or len(found["value"].split()) > 4:
        return ""
    verb = found["verb"].lower()
    said = _SAID_VERB.get(verb, f"is {verb}")
    value = found["value"].strip().replace("~", "about ").replace("about  ", "about ")
    return f", which {said} {found['prep'] or 'at'} {value}"


def measured_subject(text: str) -> str:
    """The subject of a topic typed with a value of its measure or a bare year: "CQC rating
    'requires improvement' since June, want Good" -> "CQC rating"; "commissioning the two new
    linacs 2027" -> "... linacs in 2027"."""
    standing = _standing(text)
    if standing:  # "schedule compliance sitting ~60%": the measure; its value is the detail
        text = f"{text[: standing.start()]}{text[standing.end() :]}"
    valued = _QUOTED_VALUE.search(text.partition(", ")[0])
    text = text[: valued.end("measure")] if valued else text
    text = _VIA.sub("", text)  # "by-the-glass program via coravin": the means is the note's
    text = _WHEN_BARE.sub(r"\g<verb> in \g<month>", text)  # "opening feb": "opening in February"
    dated = _DATED.match(text)
    if dated and lexicon.is_noun(dated["what"].split()[-1].lower()):
        return dated["what"]  # "funding ends march": what ends is the subject
    return _BARE_YEAR.sub(r"\g<w> in \g<year>", text)


# How a thing of theirs is run, typed after it: "by-the-glass program via coravin".
_VIA = re.compile(r"(?<=\w) via \S.*$")
# A month typed bare after what happens then: "the new chapel of rest opening feb".
_WHEN_BARE = re.compile(
    r"\b(?P<verb>opening|launching|starting|closing|ending|due|going live|arriving)"
    r" (?P<month>(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\b",
    re.IGNORECASE,
)
# When a thing of theirs starts or stops, typed as a clause after it: "funding ends march",
# "lease expires next yr", "contract renews in april": the thing is the subject discussed.
_DATED = re.compile(
    r"^(?P<what>[\w'&-]+(?: [\w'&-]+){0,3}?) (?:ends|starts|finishes|expires|closes|opens"
    r"|launches|begins|renews|runs out|goes live)(?: (?:in|on|by|at|from|end of|mid))?"
    r" (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|this|\d)",
    re.IGNORECASE,
)


# A measure of theirs and where they want it: "time to fill is about 70 days, want <45",
# "backlog about 2,000 open motor claims, wants it under 1,200 by end Q2".
WANTED = re.compile(
    r"^.+? (?:is |are |at )?(?P<now>(?:about|around|roughly|over|under) [\d,.]+%?(?: [a-z-]+){0,4}"
    r"|[\d,.]+%|[\d,.]+ [a-z-]+(?: [a-z-]+){0,3}), (?:and )?(?:s?he |they )?wants?(?: it| them)? "
    r"(?P<cmp><|>|under |below |over |above |less than |more than )?\s?(?P<goal>[\d,.]+%?)"
    r"(?: by (?P<by>end (?:of )?)?(?P<when>Q[1-4]|[A-Z][a-z]+|the [a-z]+ [a-z]+|next [a-z]+))?$"
)
_COMPARED = {"<": "under", ">": "over"}


def detail_of(text: str, head: str) -> str:
    """What the tail of a typed topic adds to its `head`, said as a person writes it, or "".

    `text` is the topic as typed and cleaned ("out-of-hours rota - 1 in four weekends"):
    " of one weekend in four", " of about 40% at the KYC step", ", with two dispensers leaving
    in January", ", with SuDS retrofits starting in Q2", ", including the ECC certificate you
    pay for". A tail of no such shape says nothing the letter can use.
    """
    wanted = WANTED.match(text)
    if wanted:  # ", which you want to bring from about 70 days to under 45"
        compared = (wanted["cmp"] or "").strip()
        share = wanted["now"].endswith("%") and not wanted["goal"].endswith("%")  # "wants 85"
        goal = f"{_COMPARED.get(compared, compared)} {wanted['goal']}{'%' if share else ''}"
        goal = goal.strip()
        by = ""
        if wanted["when"]:
            by = f" by the end of {wanted['when']}" if wanted["by"] else f" by {wanted['when']}"
        return f", which you want to bring from {wanted['now']} to {goal}{by}"
    standing = standing_detail(text)
    if standing:
        return standing
    own = _OWN_PART.match(text)
    if own and lexicon.is_base_verb(own["verb"]):
        return f", which I {own['aux']} {own['help'] or ''}{own['verb']}{own['part'] or ''}"
    bracket = re.search(r"\s*\(([^()]+)\)$", text)
    if bracket:
        tail = bracket.group(1)
    else:
        _, dash, tail = text.partition(" - ")
        if not dash:
            _, comma, tail = text.partition(", ")
            if not comma:
                inline = re.search(r"\s((?:about|around|roughly) \d+(?:\.\d+)?%)$", text)
                tail = inline.group(1) if inline else ""
    tail = tail.strip()
    last = head.split()[-1].lower() if head.split() else ""
    if not tail or ("," in tail and not _NOW_TO.match(tail)):
        return ""
    if last in _RATE_HEADS and _SHARE.match(tail):
        return f" of {tail}"  # "the onboarding drop-off of about 40% at the KYC step"
    found = _ONE_IN.match(tail)
    if found and last == "rota":
        unit = found.group("unit")[:-1]
        return f" of one {unit} in {found.group('n')}"
    found = _STARTS.match(spelled(tail))
    if found:
        when = found.group("when")
        when = when if when.startswith("in ") else f"in {when}"
        return f", with {found.group('what')} starting {when}"
    found = _CHANGES.match(spelled(tail))
    if found and lexicon.is_plural_noun(found.group("who")):
        return f", with {found.group(0)}"
    found = _FUNDS.match(tail)
    if found:
        would = " would" if found.group("would") else ""
        verb = "fund" if "fund" in tail or would else "pay for"
        return f", including {found.group('what').strip()} you{would} {verb}"
    found = _NOW_TO.match(tail)
    if found:
        return (
            f", now {found.group('now')} a {found.group('per')} and going to {found.group('then')}"
        )
    return ""
