"""Shapes of a next step read before it is welcomed, each by its form, never by one note.

- A numeric date ("by 12/8", "on 4/1/27") may be day/month or month/day: the line cannot tell
  which, so the date is left out and the rest of the step stands ("decision by 12/15, Dale will
  call" -> hearing from Dale: news with no time of its own beside who brings it is left out).
- A part that holds a condition ("2nd round if moving fwd", "field day w/ Ruth if I get
  through") is a step only hoped for: when another part of the line stands, it is left out
  ("..., they'll email by fri" -> hearing from you by Friday). So is a part that says only that
  dates are to be confirmed ("dates tbc").
- Checks before the news ("reference checks this week, then a decision by Thursday") are the
  firm's own steps: the news after them is what the candidate hears.
- A span waited for an outcome ("approx six to eight weeks for outcome") is when the candidate
  hears from them: `waited_span` gives "in six to eight weeks".
- `pasted` finds a welcomed step that still carries a clause of its own ("I look forward to
  Tomasz from the workshop will phone me"): such a line is not read with confidence.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline.heard import MONTH, WEEKDAY, WEEKDAY_SHORT

_NUMERIC_DATE = re.compile(
    r"(?i)\s*\b(?:(?:by|on|before|from|until|till|around|approx\.?|about)\s+)?"
    r"\d{1,2}/\d{1,2}(?:/\d{2,4})?\b"
)
# A step with a condition of its own: "2nd round if moving fwd" (not a bare "if shortlisted").
_HOPED = re.compile(r"(?i)^\s*\w.*?\s(?:if|provided|assuming|unless)\b")
# A condition alone, opening what would follow it: "If positive", "if successful".
_BARE_IF = re.compile(r"(?i)^\s*(?:if|once|provided)\s+(?:positive|successful|shortlisted|offered"
                      r"|selected|so|yes|all\s+goes\s+well)\s*$")  # fmt: skip
_TBC = re.compile(r"(?i)^\s*(?:\w+\s+)?(?:dates?|times?|details?)\s+(?:tbc|tba|tbd)\s*$")
_TBC_TAIL = re.compile(r"(?i),\s*(?:dates?|times?|details?)\s+(?:tbc|tba|tbd)\s*$")
_CHECKS_FIRST = re.compile(
    r"(?i)^\s*(?:the\s+)?(?:references?|refs?(?:\s+checks?)?|reference\s+checks?|background"
    r"\s+checks?|checks|vetting|DBS(?:\s+check)?)\b[^,;]*?,?\s+then\s+"
    r"(?P<rest>(?:(?:a|the)\s+(?:decision|outcome|offer)|decision|outcome)\b.*)$"
)
# News with no time of its own: "decision", "the outcome", "tasting panel decides".
_BARE_NEWS = re.compile(
    r"(?i)^(?:(?:the|a|an|their)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:decisions?|outcomes?|results?"
    r"|news|decides|will\s+decide)$"
)
# Who gets in touch: "Dale will call", "they'll email".
_BRINGS = re.compile(
    r"(?i)(?:\bwill|['’]ll|\bto)\s+(?:call|ring|phone|e-?mail|text|write|be\s+in\s+touch|let\s+me)\b"
)
# Who the step goes to, then when that body meets: "take my application to the board, which
# meets on Monday 14 December".
_WHICH_MEETS = re.compile(
    r"(?i)^.*?\b(?:to|before|with)\s+(?P<body>the\s+(?:[a-z]+\s+){0,2}?(?:board|panel|committee"
    r"|trustees|partners))\s*,?\s+(?:which|that|who)\s+(?P<verb>meets?|sits?)\s+"
    r"(?P<time>(?:on|next|this|in)\s+[^,;.]+)\.?$"
)
# A body that will meet, said as when it meets: "The board will meet on 14 December to ...".
_WILL_MEET = re.compile(
    r"(?i)^(?P<body>(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:board|panel|committee|trustees|partners"
    r"|council))\s+(?:will|is\s+going\s+to|['’]ll)\s+(?P<verb>meet|sit)\s+"
    r"(?P<rest>(?:on|next|this|in)\s+[^;]+?)\.?$"
)
_SPAN = re.compile(
    r"(?i)^(?:approx\.?|approximately|about|around|roughly|c\.)?\s*"
    r"(?P<span>(?:\w+\s+to\s+)?\w+\s+(?:days?|weeks?|months?))\s+(?:for|until|till|before)\s+"
    r"(?:the\s+|an?\s+)?(?:outcome|decision|result|results|news|answer|feedback)\.?$"
)
# A task they send the candidate, and the day it comes: "take-home writing test sent mon 12/7".
_SENT = re.compile(
    rf"(?i)^(?P<thing>(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,3}}?(?:test|task|exercise|brief"
    rf"|assignment|assessment|case\s+study))\s+(?:sent|sent\s+out|sent\s+over|comes|arrives)\s+"
    rf"(?=(?:on\s+)?(?:{WEEKDAY}|mon|tues?|weds?|thu(?:rs?)?|fri)\b)"
)
# A step booked for a time: "medicals booked for wk of 14/12", "panel scheduled for Tuesday",
# "trial shift offered for Sat".
_BOOKED = re.compile(
    r"(?i)^(?P<said>(?:[\w'-]+\s+)?(?:said|says|mentioned)\s+(?:that\s+)?)?"
    r"(?P<thing>(?P<det>(?:the|a|an|my|your|their)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)"
    r"\s+(?:(?:is|are|being|been)\s+)?(?:booked|scheduled|pencil(?:l)?ed\s+in|arranged|lined\s+up|offered)"
    r"(?:\s+for)?\s+(?P<time>(?:on|in|the|next|this|early|mid|late|wk|week|w/c)\b.*|"
    rf"(?:{WEEKDAY}|mon|tues?|weds?|thu(?:rs?)?|fri)\b.*)$"
)


def _booked(found: re.Match[str]) -> str:
    """ "medicals booked for wk of 14/12" -> "the medicals wk of 14/12": a step they arranged."""
    the = "" if found["det"] else "the "  # (who said so is left out, as `plain_step` does)
    time = found["time"]
    if re.match(r"(?i)the\s+\d", time):  # "scheduled for the 9th": on the 9th
        time = f"on {time}"
    return f"{the}{found['thing']} {time}"


# When the task is due back, typed as a part of its own: "due fri 12/11".
_DUE = re.compile(r"(?i)^\s*(?:and\s+)?due(?:\s+back)?\s+(?:by\s+|on\s+)?\w")
# A time of day typed after the day: "8am", "@ 2:30pm", "at 10.30 a.m.".
_CLOCK = re.compile(
    r"(?i),?\s*(?:(?:@|at)\s*)?\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)"
)
# A place of theirs typed with no article: "climb test @ training yard", "at main depot".
_AT_PLACE = re.compile(
    r"(?:@|\bat)\s*(?!(?:the|a|an|my|your|our|their|this|that|each|every)\b)"
    r"(?P<place>[a-z][\w-]*\s+(?:yard|depot|site|station|plant|warehouse|lab"
    r"|clinic|branch|store|garage|hangar|base|facility|campus|workshop|centre|center))\b"
)
# A dash set off by spaces between two parts of the step, as a comma would be.
_DASH = re.compile(r"\s+[-–—]\s+")
# A full stop inside the note, between two sentences of it, read as a comma would be; never the
# dot of an abbreviation ("Dr. Patel", "approx. 2 weeks", "e.g. a test") or one in brackets.
_SENTENCE_BREAK = re.compile(
    r"(?<![\w.])(?!(?i:dr|mr|mrs|ms|mx|prof|st|approx|prob|poss|est|ca?|vs|no|e\.g|i\.e|etc)\.)"
    r"(?P<word>[\w'’-]+)\.\s+(?=[\w(])(?![^()]*\))"  # never inside brackets: "(Sra. Lopes)"
)
_PASTED = re.compile(
    r"(?i)\b(?:will|shall|won't)\b|\w['’]ll\b|\bto\s+me\b|\bme\s+(?:next|on|by)\b|(?<!,)\s+then\s+"
)


# A day typed straight after the thing that happens on it ("final w/ the board 15th", "panel
# 15 December"): said with "on" ("the board on the 15th"); never after a word that already
# places it ("by the 15th", "w/c 14 December", "Friday 11 December").
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_BARE_DAY = re.compile(
    r"(?i)(?<![\w/-])(?P<before>(?!(?:by|on|before|after|from|until|till|of|the|to|in|and|or"
    r"|around|about|approximately|circa|roughly|probably|possibly|maybe|perhaps|likely"
    rf"|at|for|c|w|wc|commencing|week|wk|day|{WEEKDAY_SHORT}|\w+day)\b)"
    r"[a-z]{3,})"
    rf" (?P<day>\d{{1,2}}(?:st|nd|rd|th)(?=\s*(?:$|[,.;)]))|\d{{1,2}}(?:st|nd|rd|th)? {_MONTHS}\b)"
)


def _on_day(found: re.Match[str]) -> str:
    day = found["day"]
    the = "the " if day[-2:].lower() in ("st", "nd", "rd", "th") else ""
    return f"{found['before']} on {the}{day}"


# Someone who meets the last candidates at a time: "The General Manager will meet the final two
# candidates the week of 14 December", "GM meets final 2 wk of 14 dec".
_FINALISTS = re.compile(
    r"(?i)^(?P<who>(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:will\s+|is\s+going\s+to\s+)?meets?"
    r"\s+(?:the\s+)?(?:final|last|shortlisted|top)(?:\s+(?!wk\b|week\b)\w+)?(?:\s+(?:candidates"
    r"|applicants|people))?,?\s+(?:in\s+)?(?P<time>(?:the\s+)?(?:week|wk)\s+of\s+[^,;]+?|on\s+[^,;]+?"
    r"|next\s+week)\.?$"
)


def finalists(value: str) -> str:
    """ "The General Manager will meet the final two candidates the week of 14 December" -> "a
    final interview with the General Manager in the week of 14 December, if shortlisted": a
    round the candidate may reach, hoped for, never said as theirs."""
    found = _FINALISTS.match(value.strip())
    if found is None or found["who"].lower() in ("they", "we", "i", "he", "she"):
        return value
    time = re.sub(r"(?i)^(?:the\s+)?(?:week|wk)\b", "the week", found["time"])
    time = time if time.lower().startswith(("on", "next")) else f"in {time}"
    who = re.sub(r"^The\b", "the", found["who"])
    who = f"the {who}" if who.isupper() else who  # "GM": the GM
    return f"a final interview with {who} {time}, if shortlisted"


def read_shapes(value: str) -> str:
    """The step with its numeric dates, hoped-for parts and checks before the news left out;
    a body named with when it meets is that meeting ("... to the panel, which meets on Tuesday
    8 December" -> "the panel meets on Tuesday 8 December")."""
    value = _DASH.sub(", ", value)  # "decision early next wk - gill said ...": two parts
    # "call by thurs. final round = ...", "shortlist by Friday; second interviews ...": two parts
    value = re.sub(r"\s*;\s*", ", ", _SENTENCE_BREAK.sub(r"\g<word>, ", value))
    value = _WILL_MEET.sub(r"\g<body> \g<verb>s \g<rest>", value)  # "the board will meet on"
    meets = _WHICH_MEETS.match(value)
    if meets:
        return f"{meets['body']} {meets['verb']} {meets['time']}"
    value = _NUMERIC_DATE.sub("", value)
    value = _CLOCK.sub("", value)  # "climb test Wednesday December 9 8am": the day is enough
    value = _AT_PLACE.sub(r"at the \g<place>", value)  # "@ training yard": at the training yard
    value = _TBC_TAIL.sub("", value)
    parts = [p for p in re.split(r"\s*,\s*", value) if p.strip()]
    bare_if = next(
        (i for i, p in enumerate(parts) if 0 < i < len(parts) - 1 and _BARE_IF.match(p)), None
    )  # (a last one, "site visit, if shortlisted", qualifies the step before it)
    if bare_if is not None:  # "... within two weeks. If positive, the screening follows, ...":
        parts = parts[:bare_if]  # what follows a good answer is theirs to arrange, unsaid
        value = ", ".join(parts)
    # a bare condition (", if shortlisted") qualifies the step before it, read as hoped for
    kept = [p for p in parts if not _HOPED.match(p) and not _TBC.match(p)]
    if len(kept) > 1:  # "writing test sent mon, due fri": the day it is due is the candidate's
        kept = [p for p in kept if not _DUE.match(p)] or kept
    kept = [_SENT.sub(r"\g<thing> ", p) for p in kept]  # "test sent mon": the test on Monday
    kept = [_BOOKED.sub(_booked, p) for p in kept]  # "medicals booked for wk of 14/12"
    if any(_BRINGS.search(p) for p in kept):  # "decision, Dale will call": what the call brings
        kept = [p for p in kept if not _BARE_NEWS.match(p)] or kept
    if kept and kept != parts:
        value = ", ".join(kept)
    first = _CHECKS_FIRST.match(value)
    if first:
        value = first.group("rest")
    return _BARE_DAY.sub(_on_day, value)


def waited_span(value: str) -> str | None:
    """ "approx six to eight weeks for outcome" -> "in six to eight weeks"; None for others."""
    found = _SPAN.match(value.strip())
    return f"in {found.group('span')}" if found else None


def pasted(line: str) -> bool:
    """A welcomed step that still reads as a clause of the note after "look forward to" (or
    "hope to hear": "I hope to hear from you by Friday and Gráinne in HR will call")."""
    found = re.search(r"forward to |hope to hear ", line)
    rest = line[found.end() :] if found else ""
    return found is not None and bool(
        _PASTED.search(rest) or _EVENT.match(rest) or _NO_THING.search(rest)
    )


# What follows "look forward to" that names no thing: a time or a condition ("after reference
# checks"), or a step typed as next with no thing after "next" ("HR round next"): reader 23.
_NO_THING = re.compile(r"(?i)^(?:after|before|once|until|unless|when|if|by|during)\b|\snext$")


# A thing of theirs that happens, said as a clause: "the harvest starts in mid-February" is no
# noun phrase to look forward to.
_EVENT = re.compile(
    r"(?i)(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:starts|begins|opens|closes|ends|finishes"
    r"|kicks\s+off|wraps\s+up|runs)\b"
)


# "by Friday 11 December", "by Wednesday 9th December", "by Friday December 4", "by Thursday":
# the day the news is due, as `as_sent` and `plain_step` spell it
_BY_DATE = re.compile(
    rf"\bby\s+(?P<time>{WEEKDAY}(?:,?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}|{MONTH}\s+\d{{1,2}}))?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)\b"
)
# a time already in a welcomed line: a day, a month, a number or "week"
_TIMED = re.compile(rf"{WEEKDAY}|{MONTH}|\d|\bweek\b|\bmonth\b|\btomorrow\b")
# The candidate's own deadline before its date: "(exercise) to be returned by December 13".
OWN_DUE = r"returned|submitted|handed\s+in|sent\s+back|due(?:\s+back)?"  # the candidate's task
_MINE_BY = re.compile(rf"(?i)\b(?:{OWN_DUE})\s+$")


def due_by(step: str, line: str) -> str | None:
    """ "by Friday 11 December" when the welcomed `line` says no time but the typed `step` gives
    the day its news is due by: a step the writer could not say whole ("A decision by Friday 11
    December; Gráinne in HR will call either way", "hear back by wed 9th dec, then DBS + occ
    health") still tells the reader when the candidate expects to hear. None otherwise."""
    if _TIMED.search(line):
        return None
    found = _BY_DATE.search(step)
    if found and _MINE_BY.search(step[: found.start()]):
        return None  # "a take-home exercise to be returned by December 13": theirs to wait on
    return f"by {found['time']}" if found else None


# A step typed as possible: "possible shadow shift w/ the current auditor next wk".
POSSIBLE = re.compile(r"(?i)^(?:an?\s+)?(?:possible|potential)\s+(?=\w)")
# A step said to be at a time: "A second interview with the managing partner is (likely) in the
# week of 14 December", "the final round will be on Monday": the step and its time.
STEP_IS = re.compile(
    r"(?i)^(?P<step>(?:an?|the)\s+[^,;]+?)\s+(?:is|will\s+be|would\s+be|should\s+be)\s+"
    r"(?=(?:in|on|by|next|this|early|mid|late|before|within)\b)"
)
# "a trial Saturday on 12 December": the day and its date said together.
DAY_ON_DATE = re.compile(rf"(?P<day>{WEEKDAY})\s+on\s+(?P<date>\d{{1,2}}\s+[A-Z][a-z]+)\b")
# "next Wednesday December 9", "this Friday 4 December": a weekday with its date needs no "next".
NEXT_DATED = re.compile(
    rf"(?i)\b(?:next|this)\s+(?={WEEKDAY},?\s+(?:\d{{1,2}}\b|(?:January|February|March|April|May"
    r"|June|July|August|September|October|November|December)\s+\d))"
)


# A day of the month typed with no article or month after a word of time: "HR email by 11th".
BARE_NTH = re.compile(
    r"(?i)\b(?P<prep>by|on|before|after|until|till|from)\s+(?P<nth>\d{1,2}(?:st|nd|rd|th))\b"
    r"(?!\s+(?:of\b|[A-Z]))"
)
