"""A next step as typed, made plain before it is read (`nextsteps` reads it): shorthand, hedges
("prob", "maybe"), who passed it on, short days and months.
"""

from __future__ import annotations

import datetime as dt
import functools

from composer import regexes as re
from composer.english import spell_out_dates
from composer.next_steps import next_step_date
from composer.offline.heard import WEEKDAY, WEEKDAY_SHORT, days_spelled, months_spelled
from composer.offline.shorthand import expand
from composer.offline.stepbrackets import brackets_read
from composer.offline.stepdates import with_month
from composer.offline.stephedges import GUESSES, guesses_out
from composer.offline.stepshapes import BARE_NTH, DAY_ON_DATE, NEXT_DATED, POSSIBLE, STEP_IS
from composer.offline.words import SMALL_NUMBERS

_END_OF = re.compile(
    r"(?P<prep>\b(?:before|until|till|after|around|towards|from|at|near|for)\s+)?(?:\bby )?"
    r"(?<!\bthe )\bend of(?= (?:the )?(?:month|week|next|this|year))",
    re.I,
)


# "answer ~end feb": the end of a month typed with no "of".
_END_MONTH = re.compile(
    r"(?i)(?<!\bthe)(?<!\bby)\s+~?\s*end\s+(?=(?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december)\b)"
)


def _end_of(found: re.Match[str]) -> str:
    """ "end of month" -> "by the end of month"; "before end of month" -> "before the end of"."""
    return f"{found['prep']}the end of" if found["prep"] else "by the end of"


_THE_MONTH = re.compile(
    r"\b(by|before|until|till|after|around|towards|from|at|near|for) the end of"
    r" (month|week|year)\b",
    re.IGNORECASE,
)


_SMALL_NUMBER = re.compile(
    r"\b([1-9])\s+((?:working\s+|business\s+)?(?:days?|weeks?|months?))\b", re.IGNORECASE
)
# A span typed as a range: "6-8 weeks" is "six to eight weeks", never "6-eight weeks".
_RANGE = re.compile(
    r"\b([1-9])\s*[-–]\s*([1-9])(?=\s+(?:working\s+|business\s+)?(?:days?|weeks?|months?)\b)",
    re.IGNORECASE,
)


# A weekday with no word of time before it: "call Monday" -> "call on Monday".
_BARE_DAY = re.compile(
    r"(?<!\bon )(?<!\bby )(?<!\bbefore )(?<!\buntil )(?<!\bnext )(?<!\bthis )(?<!\bafter )"
    r"(?<!\bfrom )(?<!\blast )(?<!\bof )(?<!\bthe )(?<!\baround )(?<!\bfor )(?<!\btill )\b"
    + WEEKDAY
    + r"\b"
)

# "date tbc", "time to be confirmed": the step's detail not yet known, left unsaid.
_TBC = re.compile(
    r"(?i),?\s+(?:the\s+)?(?:date|time|day|details?)\s+(?:tbc|tba|tbd|to\s+be\s+confirmed)\.?$"
)
# A hedged span of time with no word before it: ", prob 2 wks" is in about two weeks.
_HEDGED_SPAN = re.compile(
    rf"(?i)((?:,|\s[-–—])\s*|(?<!\bin)\s+(?=about|approx|~))(?:{GUESSES}|about|approx\.?|~)\s*"
    r"(\d+|a|one|two|three|four|five|six)\s+(days?|wks?|weeks?|months?|mths?)\.?$"
)
# A round named by its place and who it is with: "final w/ the CFO", "2nd with the MD".
_ROUND_WITH = re.compile(r"(?i)^((?:the\s+|a\s+)?(?:final|first|second|third|2nd|3rd))\s+(with\b)")
# "Rick said", "HR said that", "she mentioned": who passed the step on is not the step.
# A step typed as what they will do to the candidate, with no subject ("ring me by fri", "will
# email me next wk"): a verb, not a noun ("the ring me by Friday").
# It may be a later part of the note: "decision after he's seen the last one, will ring me".
_CONTACTS_ME = re.compile(
    r"(?i)(?:^|(?<=, ))(?:will\s+)?(?P<verb>ring|call|phone|e-?mail|text|contact)\s+me\b"
)
# "agency ringing me fri", "dave is calling me tues": who gets in touch, typed as it is
# planned, is who will ("ringing me fri": they will).
_CONTACTING = re.compile(
    r"(?i)(?:^|(?<=, ))(?:(?P<who>(?!(?:I|me|and|then|will)\b)[\w'-]+)\s+)?(?:is\s+|are\s+)?"
    r"(?P<verb>ring|call|phon|e-?mail|text|contact)ing\s+(?=me\b)"
)
# "HR calls early next wk": who gets in touch, typed in the present, is who will.
_CALLS = re.compile(
    r"(?:^|(?<=, ))(?P<who>(?i:they|he|she|hr|the\s+\w+|recruiter)|[A-Z][a-z]+)\s+"
    r"(?P<verb>(?i:call|ring|phone|e-?mail|write|text|contact|decide))s?\b"
)
_BARE_PLAN = re.compile(
    r"^(?P<who>[A-Z][a-z]+)\s+(?P<verb>talk|speak|discuss|check|meet|write)\b(?=.*\b(?:and|then)\b)"
)
# "mid next wk": the middle of the week, by which they will be in touch.
_MID_NEXT = re.compile(
    r"(?i)\b(?:(?P<prep>by|in|around)\s+)?mid[- ]?(?P<when>(?:next|this)\s+(?:week|month))\b"
)
_SAID_SO = re.compile(  # ("said theyd call next wk": the reader said it, typed with no "he")
    r"^(?:(?:[A-Za-z][\w'.-]*(?:\s+[A-Za-z][\w'.-]*)?|the\s+\w+)\s+)?(?:said|says"
    r"|say(?=\s+(?:they|he|she|we|decision|result|HR|hr)\b)|mentioned|explained|told\s+me)\s+(?:that\s+)?"
    r"(?=\S+\s+\S)"
    # ", Marcus said maybe a call early next wk": who passed on a later part, guessed at
    r"|(?<=, )(?:[A-Za-z][\w'.-]*\s+)?said\s+(?=(?:maybe|prob(?:ably)?|possibly|perhaps)\s)",
)
# A part of a month with no word before it: "decision mid-Dec" -> "decision in mid-December".
_IN_PART = re.compile(
    r"(?<!\bin )(?<!\bby )(?<!\buntil )(?<!\bbefore )(?<!\bthe )(?<!\bto )(?<!\bafter )"
    r"(?<!\bfrom )(?<!\btill )\b"
    r"(?:(?:early|mid) to (?=(?:mid|late)-))?(?:early|mid|late)[- ]"
    r"(?=January|February|March|April|May|June|July|August|September|October|November"
    r"|December)",
    re.IGNORECASE,
)

# Two parts of a month: "early-mid april" -> "early to mid-April" (one "in" before both).
_TWO_PARTS = re.compile(
    r"(?i)\b(early|mid)\s?[-–/]\s?(mid|late)[- ](?=(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\b)"
)

_NEXT_SPAN = re.compile(
    r"(?i)(?:\b(?P<prep>in|within|over) |(?<=\w )(?<!\bthe ))next (?=(?:\d+|two|three|four|five"
    r"|six|a few|few|couple of) (?:weeks?|wks?|days?|months?)\b)"
)
_MID = re.compile(
    r"\bmid (?=(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b)"
)
# note-speak: "in touch re offer"; a time after it is kept ("ring re 2nd interview early next wk")
_TAIL_END = (
    r"[^,;]*?(?=\s+(?:early|mid|late|(?:next|this)\s+(?:week|wk|month|year|[a-z]+day|"
    rf"{WEEKDAY_SHORT})|by|on|within|before|in\s+(?:early|mid"
    r"|late|the|about|two|three|four|\d)|(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\b)\b[^,;]*(?:$|[,;])|\s*[,;]|$)"  # never past its part
)
_RE_TAIL = re.compile(r"\s+re:?\s+" + _TAIL_END, re.IGNORECASE)
# ... and "about" after a way of getting in touch: "Nomvula to call about the tests next wk"
_ABOUT_TAIL = re.compile(
    r"(?P<way>\b(?:call|ring|phone|text|e-?mail|touch))\s+(?:about|regarding)\s+" + _TAIL_END,
    re.IGNORECASE,
)
_FROM_TEAM = re.compile(
    r"^(?P<name>[A-Z][a-z]+)\s+(?:from|in|at)\s+(?:HR|recruitment|the\s+\w+\s+team|\w+\s+team)"
    r"(?=\s+(?:to|will)\s)"
)
_OPS = re.compile(r"(?<=\bof )ops\b|\bops(?= (?:manager|director|lead|team|supervisor|head)\b)")
_ARROW = re.compile(r"\s*(?:->|=>|→)\s*")
# "will email next steps thurs": what they send is not said, when is
_SENDS_WHAT = re.compile(
    r"(?i)(?P<who>\b(?:will|to|ll) )(?P<verb>e-?mail|call|ring|text)\s+(?:me\s+)?(?:the\s+)?"
    r"(?:next\s+steps|details|dates|info|information)\b"
)
# What the news brings, after who sends it and when: "HR will email by Friday with next steps".
_WITH_NEWS = re.compile(
    r"(?i)\s+with\s+(?:the\s+)?(?:next\s+steps|details|dates|outcome|decision)$"
)
# "txt" typed for the verb: "he'll txt me by fri", "will txt".
_TXT = re.compile(r"(?i)(?<=['’]ll )txt\b|(?<=\bwill )txt\b|(?<=\bto )txt\b|\btxt(?= me\b)")
# A bracket left after the step (no person or team in it): what the step is, an aside.
_ASIDE = re.compile(r"\s*\([^()]*\)")
# "after the other 2 candidates, prob by dec 11": a condition of theirs with no clause of its
# own ("after they see ..." is read by `own_time`), before the time they gave: the time is said.
_AFTER_WHAT = re.compile(
    r"(?i)\s+(?:after|once)\s+(?!(?:they|he|she|we|you|I)\b)(?!(?-i:[A-Z][a-z]+\s+[a-z]+s\b))[^,;]+,"
    r"\s*(?:(?:possibly|maybe|perhaps|probably|prob|poss\.?|likely|hopefully|about|approx\.?|~)\s+)?"
    r"(?=(?:by|before|within|in|on|early|mid|late|next|this|around|end\s+of)\b[^,;]*$)"
)
# "about mid-January", "approx end of next wk": a guess at the time, said plainly.
_ABOUT_TIME = re.compile(
    r"(?i)(?<=\w)\s+(?:about|approx\.?|around|~)\s*(?=(?:early|mid|late|next|this|the\s+end|end)\b)"
)


# A date typed with "~" (about): "~dec 11", "~ Friday 11 December". It is said "around" it,
# and a vaguer time typed just before it goes: "by end of next week ~dec 11" is around
# December 11 (the date is what the reader can use).
_DATE_AHEAD = (
    r"(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|\d{1,2}(?:st|nd|rd|th)?"
    r"\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,2}/\d{1,2}\b"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+\d)"
)
_ABOUT_DATE = re.compile(
    r"(?i)(?:\s+(?:by\s+)?(?:the\s+)?(?:end\s+of\s+)?(?:next|this)\s+(?:week|wk|month|mth))?"
    r"\s*,?\s*~\s*" + _DATE_AHEAD
)


# A post named by its title after "with" or "from", with no name after it: "a third round with
# the Area Executive", "the final round with the Regional Manager", "with the Head of Nursing".
_TITLE_AFTER = re.compile(
    r"\b(?P<prep>with|from) (?!The\b)(?=(?:Head|Director|Chief) of [A-Z][\w&-]*\b(?!\s+[A-Z])"
    r"|(?:[A-Z][A-Za-z&]*\s+){1,3}?"
    r"(?:Executive|Manager|Director|Lead|Officer|Supervisor|Coordinator|Controller)\b(?!\s+[A-Z]))"
)
# A name with "'ll" typed after it: "Bobby'll call", "HR'll email".
_NAME_WILL = re.compile(r"\b([A-Z][\w.-]*)['’]ll\b")


@functools.lru_cache(maxsize=256)  # read once per letter: the closing and its date
def plain_step(value: str) -> tuple[str, bool]:
    """The next step as typed, made plain for reading, and whether the step itself is hedged.

    Shorthand is expanded, who passed it on ("Rick said") and the candidate's guesses are taken
    out, days and months are spelled out: "Rick said they'll call by fri" -> "they'll call by
    Friday"; "2nd interview probably next week" -> ("second interview next week", True).
    """
    value = _TXT.sub("text", " ".join(value.split()))  # "he'll txt me": the verb, not a file
    value = _ABOUT_DATE.sub(" around ", value)  # "by end of next wk ~dec 11": around December 11
    value = _NAME_WILL.sub(r"\1 will", value)  # "Bobby'll call by thurs": Bobby will call
    value = _ARROW.sub(", ", value)  # "call next wk -> then training": parts of the note
    value = _SAID_SO.sub("", expand(value))  # "Rick said they'll call by fri"
    value = _STAGE_SHORT.sub(_stage_said, value)  # "2nd rd w/ CFO", "2nd int": the stage
    value = _later_parts_left(value)  # "..., then medical + uniform fitting if offered"
    value = _SENDS_WHAT.sub(r"\g<who>\g<verb>", value)  # "Priya will email next steps thurs"
    value = _FROM_TEAM.sub(r"\g<name>", value)  # "Kerry from HR to email": Kerry emails
    value = brackets_read(value)  # "the MD (Mr Harrington)" -> "Mr Harrington"
    value = _ASIDE.sub("", value)  # "2nd round (task + interview)": what it is, not said
    value = _HEDGED_SPAN.sub(r"\1in about \2 \3", value)  # ", prob 2 wks": in about two weeks
    value = _AFTER_WHAT.sub(" ", value)  # "after the other 2 candidates, prob by dec 11"
    value = _SAID_SO.sub("", value)  # "recruiter (Tanya) said onsite ...": Tanya passed it on
    value = _CONTACTING.sub(_will_contact, value)  # "agency ringing me fri": will ring me
    value = _CONTACTS_ME.sub(r"they will \g<verb> me", value)  # "ring me by fri": they ring
    value = _CALLS.sub(r"\g<who> will \g<verb>", value)  # "HR calls early next wk": will
    # "Fraser talk with owner and write me in 2 weeks": a second language's bare verb, will
    value = _BARE_PLAN.sub(r"\g<who> will \g<verb>", value)
    value = re.sub(r"(?i)\b(write|email|e-mail)\s+me\b", r"\1 to me", value)
    # "prob wk of 7 dec": the time said plainly, the step it belongs to hoped for, not booked
    guessed = _DOUBT_BEFORE_TIME.search(value)  # "maybe next wk": the step itself in doubt
    value = _HEDGE_BEFORE_TIME.sub("", _HEDGE_AT_END.sub("", value))
    value = re.sub(r"(?i)\bw/in\b", "within", value)
    value = _OPS.sub("operations", value)  # "the director of ops", "the ops mgr"
    value = _ABOUT_TAIL.sub(r"\g<way>", value)  # "to call about the tests next week"
    value = _ABOUT_TIME.sub(" ", value)  # "approx mid jan": the time is said plainly
    value = _TBC.sub("", value)
    value, hedged = guesses_out(value)  # "prob", "maybe": one time, the step hoped for
    value, possible = POSSIBLE.subn("", value)  # "possible shadow shift next wk": hoped for
    hedged = hedged or bool(possible) or bool(guessed)
    value = STEP_IS.sub(r"\g<step> ", value)  # "a 2nd interview is likely in the week of"
    value = _ROUND_WITH.sub(r"\1 interview \2", value)  # "final w/ the CFO": the interview
    value = _TITLE_AFTER.sub(r"\g<prep> the ", value)  # "3rd round w/ Area Exec": the title
    value = spell_out_dates(months_spelled(days_spelled(value)))
    # "hear in next 2 weeks", "news next 2 wks": in the next two weeks
    value = _NEXT_SPAN.sub(lambda m: f"{m['prep'] or 'in'} the next ", value)
    value = _IN_PART.sub(r"in \g<0>", _TWO_PARTS.sub(r"\1 to \2-", value))
    value = _MID.sub("mid-", value)  # "mid December" -> "mid-December"
    value = _MID_NEXT.sub(lambda m: f"{m['prep'] or 'by'} the middle of {m['when']}", value)
    value = _END_MONTH.sub(" by the end of ", value)  # "answer ~end feb": by the end of February
    value = _RE_TAIL.sub("", _END_OF.sub(_end_of, value))  # "ring re 2nd interview"
    value = _WITH_NEWS.sub("", value)  # "email by fri w/ next steps": what the email brings
    value = _THE_MONTH.sub(r"\1 the end of the \2", value)  # "end of month"
    value = _RANGE.sub(lambda m: f"{SMALL_NUMBERS[int(m[1]) - 1]} to {m[2]}", value)
    value = _SMALL_NUMBER.sub(lambda m: f"{SMALL_NUMBERS[int(m[1]) - 1]} {m[2]}", value)
    value = _TWO_DAYS_NEXT.sub("next week", value)  # "next tues/wed": a day of next week
    value = NEXT_DATED.sub("", value)  # "by next wed dec 9": the date says which Wednesday
    value = _COMMENCING.sub("week of", value)  # "w/c 14 dec": the week commencing then
    value = _WEEK_OF.sub(r"in the week of", value)  # "interview week of 7 December"
    value = _AFTER_THEY_TIME.sub(r"\1 ", _BY_MEDIUM.sub("", value))
    value = DAY_ON_DATE.sub(r"\g<day> \g<date>", value)  # "Saturday on 12 December"
    value = _BARE_DAY.sub(r"on \g<0>", value)
    value = BARE_NTH.sub(r"\g<prep> the \g<nth>", value)  # "by 11th": by the 11th
    value = _LATEST.sub(r"by \g<second> at the latest", value)  # "fri or mon latest"
    return _TWO_DAYS.sub(r"on \g<first> or \g<second>", value), hedged  # "thurs or fri"


# A stage typed short after its place in the process: "second rd", "third RND", "2nd int".
_STAGE_SHORT = re.compile(
    r"(?i)\b(?P<place>first|second|third|fourth|final|next|last)\s+(?P<short>rd|rnd|int|intv|intvw"
    r"|interv)\b(?!['’])"
)


def _stage_said(found: re.Match[str]) -> str:
    round_ = found["short"].lower() in ("rd", "rnd")
    return f"{found['place']} {'round' if round_ else 'interview'}"


def _will_contact(found: re.Match[str]) -> str:
    verb = "phone" if found["verb"].lower() == "phon" else found["verb"]
    return f"{found['who'] or 'they'} will {verb} "


# A day as a part that says who named it gives it: "mon", "tue 8th", "Tuesday 8 December".
_SAID_DAY = (
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*(?:\s+\d{1,2}(?:st|nd|rd|th)?(?:\s+[A-Z][a-z]+)?)?"
)
# A later part that waits on the offer or comes after the news: "then medical + uniform fitting
# if offered", "; credentialing ~60-90 days after", "vetting + medical next if successful".
_LATER = re.compile(
    r"(?i)\bif\s+(?:offered|successful|selected|yes|so|I\s+get\s+(?:it|the\s+job|an\s+offer))\b"
    # "a medical and a climb test follow for successful candidates": what the one chosen does
    r"|\b(?:the\s+)?successful\s+(?:candidates?|applicants?|ones?)\b"
    # "training school starts jan", "induction begins mid Jan": what the one hired starts on
    r"|^(?:the\s+)?(?:training|induction|onboarding|orientation|course|academy|school|programme"
    r"|program|contract|role|job|position|season)(?:\s+[\w-]+)?\s+(?:starts?|begins?|commences?|runs?)\b"
    r"|^(?!(?:the\s+|a\s+|an\s+)?(?:decision|outcome|news|offer|answer|result)s?\b)"
    r"(?:.*\b(?:days?|weeks?|months?)\s+after(?:wards)?$|.*\bafter\s+(?:that|the\s+offer)$)"
    # "medical + vetting then offer": the process after the news; "refs after": checks to come
    r"|\bthen\s+(?:an?\s+|the\s+)?offer\b|^(?:refs?(?:\s+checks?)?|references?|reference\s+checks?"
    r"|(?:background\s+)?checks?|vetting|DBS|medical)\s+(?:after|afterwards|next|to\s+follow|then)$"
    # "..., then medical": a check after the news, the process of one who got through
    r"|^then\s+(?:the\s+|a\s+)?(?:refs?(?:\s+checks?)?|references?|reference\s+checks?"
    r"|(?:background\s+)?checks?|vetting|DBS|medicals?|occ(?:upational)?\s+health)$"
    # "they want someone before new yrs eve", "depends on the council contract": their wish
    # or what the decision hangs on, not a step
    r"|^(?:they|he|she)\s+(?:want|need|hope|would\s+like)s?\s+(?:someone|somebody|to\s+\w+)\b"
    r"|^(?:depends|depending|dependent|subject|waiting|it\s+depends)\s+(?:on|to)\b"
    # "references already in", "DBS done": what is done is no step; "board sign-off needed":
    # what the decision waits on is theirs; ", by phone": how the news comes, not when
    r"|\balready\b|^[\w\s'-]+\s+(?:needed|required|pending|done)$"
    r"|^(?:by|via)\s+(?:phone|e-?mail|letter|post|text)$"
    # "start mid jan on the hospital job": when the candidate would start, after an offer
    r"|^(?:(?:I(?:'d|\s+would|\s+could)?|would|could)\s+)?start(?:ing)?\s+(?:in|on|mid|early|late"
    r"|next|from|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b"
    # "he'll confirm by text": how a step already named is confirmed, with no time of its own
    r"|^(?:he|she|they|[A-Z][\w'-]*|the\s+\w+|recruiter)(?:['’]ll|\s+will|\s+to)\s+confirm"
    r"(?:\s+(?:by|via)\s+(?:text|e-?mail|phone))?$"
    # "recruiter to schedule": who arranges a step already named, with no time of its own
    r"|^(?:he|she|they|HR|[A-Z][\w'-]*|the\s+\w+|recruiter)(?:['’]ll|\s+will|\s+to)\s+(?:schedule"
    r"|arrange|book|organi[sz]e|set\s+up)(?:\s+(?:it|that|this|them|a\s+date|a\s+time))?$"
    # "kat said prob mon/tue": who said which days, after the time the step already gives
    r"|^(?:he|she|they|[A-Za-z][\w'-]*)\s+said\s+(?:(?:prob(?:ably)?|maybe|possibly|poss)\s+)?"
    rf"{_SAID_DAY}(?:\s*(?:/|or|-)\s*{_SAID_DAY})?$"
)


_ONLY_IF = re.compile(r"(?i)^(?:if|assuming)\s+\w+(?:\s+\w+)?$")


def step_parts(value: str) -> str:
    """The note as typed, shorthand expanded, without the parts that come after the news."""
    return _later_parts_left(_ARROW.sub(", ", expand(" ".join(value.split()))))


# A step for those chosen, typed with the adjective alone: "site visit for shortlisted".
_FOR_CHOSEN = re.compile(
    r"(?i)\bfor\s+(?:the\s+)?(?P<who>shortlisted|short-listed|selected|successful)"
    r"(?!\s+(?:candidates?|applicants?|people|ones?)\b)(?=\s|[,;.]|$)"
)


def _later_parts_left(value: str) -> str:
    """The note without the parts that come after the news or wait on an offer, when another
    part remains: "they'll email by fri, then medical if offered" -> "they'll email by fri".
    An adjective standing for those it names is said with its noun: "for shortlisted
    candidates"."""
    value = _FOR_CHOSEN.sub(lambda m: f"for {m['who']} candidates", value)
    parts = [p.strip() for p in re.split(r";\s*|,\s*(?=then\b)|,\s*", value) if p.strip()]
    if len(parts) > 1:  # "...; HR will confirm by email.": the part, without the note's stop
        parts[-1] = parts[-1].rstrip(".!")
    # a bare condition ("if selected") qualifies the step before it: read with it, not dropped
    kept = [p for p in parts if not _LATER.search(p) or _ONLY_IF.match(p)]
    if len(parts) < 2 or not kept or len(kept) == len(parts):
        return value
    return ", ".join(kept)


# A guess that the step happens at all, typed after it: "ride-along next wk maybe", "2nd mtg
# next wk possibly" (not "probably": a step that is likely is looked forward to).
# Who will confirm the step, typed after it: "Corinne to confirm", "recruiter will confirm".
_CONFIRMS = re.compile(
    r"(?:^|,\s*|;\s*)(?P<who>HR|[A-Z][a-z'-]+|(?:the\s+)?recruiter|(?:the\s+)?hiring\s+manager)"
    r"\s+(?:to|will|['’]ll|is\s+going\s+to)\s+confirm\b[^,;]*$"
)


def confirmer(value: str) -> str | None:
    """Who the note says will confirm the step ("HR", "Corinne", "the recruiter"), or None
    ("he'll confirm by text": the reader, said as "you" elsewhere)."""
    found = _CONFIRMS.search(expand(" ".join(value.split())))
    if found is None or found["who"] in ("They", "He", "She", "We", "Then"):
        return None
    who = found["who"]
    return who if who[:1].isupper() or who.startswith("the ") else f"the {who}"


_HEDGE_WORDS = rf"(?:{GUESSES}|sometime)"
# "prob wk of 7 dec", "maybe early next wk": a guess at the time; the time is said plainly.
_HEDGE_BEFORE_TIME = re.compile(
    rf"(?i)(?<=\w)\s+{_HEDGE_WORDS}(?=\s+(?:next|this|by|in|on|early|mid|late|within|around|before"
    r"|(?:the\s+)?week\s+of)\b)"
)
_DOUBT_BEFORE_TIME = re.compile(
    r"(?i)(?<=\w)\s+(?:maybe|possibly|perhaps|poss\.?)(?=\s+(?:next|this|by|in|on|early|mid|late"
    r"|within|around|before|(?:the\s+)?week\s+of)\b)"
)
_HEDGE_AT_END = re.compile(r"(?i)[,\s]+(?:I\s+think|I\s+believe|apparently|supposedly)[.!]*$")
_TWO_DAYS_NEXT = re.compile(
    rf"(?i)\bnext\s+{WEEKDAY}\s*(?:/|\s+or\s+)\s*(?:{WEEKDAY}|{WEEKDAY_SHORT})\b"
)
_TWO_DAYS = re.compile(
    rf"(?<!\bby )(?<!\bnext )\b(?:on\s+)?(?P<first>{WEEKDAY})\s+or\s+(?:on\s+)?"
    rf"(?P<second>{WEEKDAY})\b"
)
# "fri or mon latest": the second day is the latest the news comes.
_LATEST = re.compile(
    rf"(?<!\bby )\b(?:on\s+)?(?:{WEEKDAY})\s+or\s+(?:on\s+)?(?P<second>{WEEKDAY})\s+"
    r"(?:at\s+the\s+)?latest\b"
)
# "outcome by email early next week": how the news comes is not said, when it comes is.
_BY_MEDIUM = re.compile(
    r"(?i)(?<=\w)\s+(?:by|via)\s+(?:e-?mail|letter|phone|post|text)(?=\s+(?:within|by|early"
    r"|mid|late|next|this|in|on)\b)"
)
# "decision after they see the others, early next wk": the time is when that happens.
_AFTER_THEY_TIME = re.compile(
    r"(?i)(\b(?:after|once)\s+(?:they|he|she|we)\b[^,;]*),\s+(?=(?:early|mid|late|next|this|by|in|on"
    r"|within)\b[^,;]*$)"
)
# "w/c 14 dec", "wk commencing 7th": the week that starts then (British note-taking).
_COMMENCING = re.compile(r"(?i)\bw/c\b|\b(?:week|wk)\s+(?:commencing|beginning|starting)\b")
_WEEK_OF = re.compile(
    r"(?<!\bthe )(?<!\bin )(?<!\bfirst )(?<!\bsecond )(?<!\bthird )(?<!\bfourth )(?<!\blast )"
    r"(?<!\bfinal )\bweek of(?= (?:\d+|the \d+(?:st|nd|rd|th)|January|February|March|April"
    r"|May|June|July|August|September|October|November|December)\b)"
)


# "next wk", "this week": a week named as the notes were written, on the day of the interview.
_NAMED_WEEK = re.compile(r"(?i)\b(?P<which>next|this)\s+(?:wk|week)\b")
_EARLY_THIS = re.compile(r"(?i)\bearly\s+this\s+week\b")


def as_sent(value: str, days: tuple[dt.date, dt.date] | None) -> str:
    """The step's week said from the day the letter goes out, not the day the notes were
    typed: "next wk" typed on Saturday 28 November is "this week" on Wednesday 2 December.
    A week that is over by then is left to the date check (`next_step_date`). A weekday typed
    with its day of the month gets its month ("fri 11th" -> "Friday 11 December")."""
    if days is None:
        return value
    met, sent = days
    value = with_month(value, met)
    weeks = sent - dt.timedelta(days=sent.weekday()) - met + dt.timedelta(days=met.weekday())
    if weeks.days // 7 != 1:
        return value
    value = _NAMED_WEEK.sub(lambda m: "this week" if m["which"].lower() == "next" else m[0], value)
    # "early next wk" is "early this week" only while it is early in the week
    return _EARLY_THIS.sub("this week", value) if sent.weekday() >= 2 else value


def has_passed(value: str | None, met: dt.date, send_day: dt.date) -> bool:
    """True when the next step `value`, read as spelled out ("the last candidate mon" is a Monday
    that may have passed), names a day before `send_day`: the letter cannot welcome it."""
    when = next_step_date(plain_step(value)[0], met) if value else None
    return when is not None and when < send_day
