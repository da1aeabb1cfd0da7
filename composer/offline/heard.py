"""Who a next step comes from and when: "they'll call by the end of next week" -> hearing from
"you" "by the end of next week"; "the board meets on 21 October" -> hearing from "you" "after the
board meets on 21 October". `nextsteps` welcomes what this reads.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence

from composer import regexes as re
from composer.english import TITLE_INITIALS
from composer.next_steps import next_step_date
from composer.offline import lexicon
from composer.offline.steptime import time_said
from composer.offline.words import NOUN_NAMES

# "with decision", "w/ news": what the call brings, said by "hearing from you" already.
_WITH_NEWS = re.compile(
    r"\s*\bwith\s+(?:a\s+|the\s+|their\s+|an\s+)?(?:decision|news|answer|feedback|outcome"
    r"|update|result)s?\b.*$",
    re.IGNORECASE,
)
# A time that is over, or all but, by the day after the interview.
_SOON_OR = re.compile(
    r"(?i)\b(?:on\s+|by\s+)?(?:tonight|tomorrow|today)\s+or\s+(?:on\s+|by\s+)?(?=\S)"
)
_SOON = re.compile(r"^(?:tonight|tomorrow|today|this\s+evening|later\s+today)\b[/\s\w]*$", re.I)


# Who is to be in touch, what they will do (call, write, decide), and when.
# A person named with where they work: "Tomasz from the workshop", "Priya in HR".
_PLACED = re.compile(r"^(?P<name>[A-Z][a-z]+)\s+(?:from|in|at|of)\s+(?:the\s+)?[A-Za-z][\w&' -]*$")
_CONTACT = re.compile(
    r"^(?P<who>.+?)\s+(?:will|shall|should|would|(?:is|are)\s+going\s+to|plans?\s+to"
    r"|(?:is|are)\s+(?:due|expected|hoping|planning)\s+to|(?:aims?|expects?|hopes?|intends?)\s+to"
    r"|to)\s+"
    r"(?:call|ring|phone|e-?mail|write|text|contact(?:\s+me)?|be\s+in\s+(?:touch|contact)"
    r"|get\s+in\s+touch|get\s+back|come\s+back|reach\s+out|respond|reply|revert|let\s+me\s+know"
    r"|decide|make\s+(?:a|the|their|her|his)\s+decision|follow\s+up|update\s+me"
    r"|send\s+(?:feedback|an?\s+update|news|word|an?\s+answer)|confirm(?:\s+either\s+way)?"
    r"|let\s+me\s+know)\b"
    r"(?:\s+(?:me|back|to\s+me|with\s+(?:me|news|an?\s+(?:answer|decision|update)|feedback)"
    # "to email offer/decision": what comes is news, never promised as an offer
    r"|(?:an?\s+|the\s+|their\s+)?(?:offers?|decisions?|news|answers?|outcomes?|feedback"
    r"|updates?|results?)(?:/\w+)*"
    r"|either\s+way|(?:all\s+|the\s+)?candidates|everyone|people))*(?P<rest>.*)$",
    re.IGNORECASE,
)


# "the board meets on 21 October to decide": hearing from them after the meeting.
_MEETS = re.compile(
    r"^(?P<who>(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:board|panel|committee|team|partners|trustees"
    r"|governors|council|directors))\s+(?P<verb>meets?|convenes?|sits?|reviews?\s+[\w\s]+?"
    r"|decides?|votes?)(?P<rest>\s+(?:on|in|at|by|before|next|this|after|early|late|mid|later)\b.*?"
    r"|\s+(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June"
    r"|July|August|September|October|November|December|\d).*?)"
    r"(?:,?\s+to\s+(?:decide|make\s+(?:a|the|their)\s+decision|choose|vote|agree))?"
    # "..., will contact candidates after": who gets in touch then, said by "hearing from you"
    # "... and that she will write to all candidates the following day": so too
    r"(?:(?:\s*(?:,|;|\s[-–—])\s*|\s+(?=and\b))(?:and\s+)?(?:that\s+)?(?:they\s+|he\s+|she\s+"
    r"|then\s+)?(?:will|'ll|to|should)\s+"
    r"(?:contact|call|e-?mail|write|let|be\s+in\s+touch|get\s+in\s+touch|get\s+back"
    r"|come\s+back|decide|reach\s+out)\b[^,;]*)?$",
    re.IGNORECASE,
)


_FIRST_PERSON_HEAR = re.compile(
    r"^(?:I(?:'ll|\s+will|\s+should|\s+am\s+to|\s+expect\s+to|\s+am\s+due\s+to)\s+)?"
    r"(?:hearing|hear)\b"
    r"(?:\s+back)?(?:\s+from\s+(?:them|you|the\s+team))?(?P<rest>.*)$",
    re.IGNORECASE,
)


_TIME = re.compile(
    r"^(?:by|before|within|in|on|over|after|early|mid|late|around|ahead\s+of|tomorrow"
    r"|later|today|soon|shortly|once|when|at\s+the\s+end|towards?|either\s+way"
    # "next week", "this Friday"; never "next stage may include ...", which is no time
    r"|(?:next|this)\s+(?!(?:stage|step|steps|round|phase|part|interview)\b))\b",
    re.IGNORECASE,
)


_INITIAL = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+[A-Z]\.?$")
_TITLED = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+)?$")
# Who "they" are in a letter to one of them: the company, addressed as "you" (so is any board
# or committee that decides: "the board of directors", "the selection committee").
_THEM = frozenset(
    ["they", "he", "she", "the team", "the panel", "the firm", "the company", "the board",
     "the committee", "the partners", "the hiring team", "the interview panel", "someone",
     "somebody", "the office"]
)  # fmt: skip


# The months and days as a letter spells them, for every reader of times in the offline writer.
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
MONTH = "(?:" + "|".join(MONTHS) + ")"
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def month_named(typed: str) -> str:
    """The month `typed` names by its first three letters ("aug", "Sept") as a letter spells it
    ("August"); "" when it names none."""
    return next((m for m in MONTHS if m.lower()[:3] == typed.lower()[:3]), "")


def dated_day(day: int, month: str, after: dt.date) -> dt.date | None:
    """The date of day `day` of the month `month` names (its first three letters are enough),
    on or after `after`; None when the month is no month or the day not in it ("29 Feb")."""
    named = month_named(month)
    if not named:
        return None
    number = MONTHS.index(named) + 1
    year = after.year + (1 if (number, day) < (after.month, after.day) else 0)
    try:
        return dt.date(year, number, day)
    except ValueError:
        return None


_SHORT_MONTH = re.compile(
    r"\b(?P<before>in|by|early|mid|late|until|before|after|from|through|over)(?P<gap>[\s-]+)"
    r"(?P<month>jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?",
    re.IGNORECASE,
)


# "after he talks to the other hygienist, next week": what someone else does first is theirs,
# never said back to the reader as "he"; a time at its end is kept.
_AFTER_THEY = re.compile(
    r"^(?:after|once|when)\s+(?:(?:he|she|they|we)(?:['’](?:ve|ll|d|s))?|[A-Z][\w.'-]*"
    r"(?:\s+[A-Z][\w.'-]*)?)\s+(?!meets\b)[a-z]+\b.*?(?P<time>\b(?:in\s+(?=early|mid|late))?"
    r"(?:next|this|by|before|within|early|mid|late|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    # "in about two weeks", "in 10 days": a span from now
    r"|in\s+(?:about\s+)?(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?))"
    r"\b[^,;]*)?$"
)


# "early next week after she talks to her partner": a time, then what they do first (theirs).
_THEN_THEY = re.compile(
    r"^(?P<time>\S.*?),?\s+(?:after|once|when)\s+(?:he|she|they|we)(?:['’](?:ve|ll|d|s))?"
    r"\s+[a-z]+\b.*$"
)


def own_time(time: str) -> str:
    """A time said to the reader: "after he talks to the other hygienist next week" -> "next
    week", "after he sees the last candidate on Friday" -> "after Friday", "once they've seen
    everyone, in mid January" -> "in mid-January", "early next week after she talks to her
    partner" -> "early next week"; else as it is. "either way" after it goes ("by Friday
    either way": news, whichever it is, is what hearing from them says)."""
    time = re.sub(r"(?i),?\s*\beither\s+way$", "", time)
    first = _THEN_THEY.match(time)
    if first and _TIME.match(first["time"]):
        return first["time"]
    waits = _AFTER_THEY.match(time)
    if waits is None:
        return time
    when = re.sub(r"\bmid (?=[A-Z])", "mid-", waits["time"] or "")  # "mid-January"
    return re.sub(r"^on\b", "after", when)


# A weekday as typed short ("thu", "thurs", "weds", "sat"; never "thus") and as spelled out.
WEEKDAY_SHORT = r"(?:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)"
WEEKDAY = "(?:" + "|".join(DAY_NAMES) + ")"
_SHORT_DAY = re.compile(
    rf"(?i)\b(?P<before>on|by|before|until|till|next|this|from|for|after)\s+(?P<day>{WEEKDAY_SHORT})"
    rf"\b\.?|\b(?P<day2>{WEEKDAY_SHORT})\.?\s+(?P<part>morning|afternoon|evening)\b"
    rf"|(?<=[a-z] )(?P<day3>{WEEKDAY_SHORT})\.?(?=$|,\s)"
)  # "trial shift sat", "the last candidate mon, ...": a day typed short at the end of a part


def days_spelled(text: str) -> str:
    """A weekday typed short after a word of time or before a part of the day, spelled out:
    "by wed" -> "by Wednesday", "sat morning" -> "on Saturday morning"."""

    def _full(found: re.Match[str]) -> str:
        short = (found["day"] or found["day2"] or found["day3"]).lower()[:2]
        day = next(d for d in DAY_NAMES if d.lower().startswith(short))
        if found["day"]:
            return f"{found['before']} {day}"
        if found["day3"]:
            return f"on {day}"
        return f"on {day} {found['part']}"

    return _SHORT_DAY.sub(_full, text)


def months_spelled(text: str) -> str:
    """A month typed short after a word of time, spelled out: "in jan" -> "in January"."""

    def _full(found: re.Match[str]) -> str:
        month = next(m for m in MONTHS if m.lower().startswith(found["month"].lower()[:3]))
        return f"{found['before']}{found['gap']}{month}"

    return _SHORT_MONTH.sub(_full, text)


def new_year(text: str) -> str:
    """ "the new year" -> "the New Year": the holiday, as a letter writes it."""
    return re.sub(r"(?i)\bnew year\b", "New Year", text)


def hearing_from(value: str, reader: Sequence[str] = ()) -> tuple[str, str] | None:
    """Who the next step comes from and when, for "I look forward to hearing from ...".

    "they'll call by the end of next week" -> ("you", "by the end of next week");
    "recruiter will call on Monday" -> ("the recruiter", "on Monday"); "the board meets on
    21 October to decide" -> ("you", "after the board meets on 21 October"). None when the
    note is not about someone getting in touch or deciding, or its time cannot be read.
    """
    text = re.sub(r"(?i)\b(they|he|she|it|we)['’]ll\b", r"\1 will", " ".join(value.split()))
    text = re.sub(r"(?i)\b(they|he|she|we)['’]d\b", r"\1 would", text)  # "she'd phone by Wed"
    text = re.sub(r"(?i)\bw/\s*", "with ", text)
    # "tomorrow or weds": today is past by the time the letter is read; the later day stands
    text = _SOON_OR.sub("by ", text)
    mine = _FIRST_PERSON_HEAR.match(text)
    if mine:
        rest = mine.group("rest").strip()
        clean = not rest or (_TIME.match(rest) and ", " not in rest)  # ", HR will email"
        return ("you", rest) if clean else None
    meets = _MEETS.match(text)
    if meets:
        who = meets.group("who")
        who = who if who.lower().startswith("the ") else f"the {who}"  # "committee meets Dec 9"
        rest = meets.group("rest")
        if not re.match(r"\s+(?:on|in|at|by|before|next|this|after|early|late|mid|later)\b", rest):
            rest = f" on{rest}"  # "meets December 9" -> "meets on December 9"
        said = f"{who[0].lower()}{who[1:]} {meets.group('verb')}{rest}"
        return "you", f"after {said}"
    contact = _CONTACT.match(text)
    if contact is None:
        return None
    rest = _WITH_NEWS.sub("", contact.group("rest").strip().lstrip(",").strip())
    rest = _SOON.sub("", rest).strip()  # "tonight", "tomorrow": today by the time it is read
    rest = time_said(own_time(rest))  # "by Friday and telephone me": the time, not the verb
    if rest and not _TIME.match(rest):
        return None  # "they will call to arrange a site visit": said another way
    who = contact.group("who").strip()
    placed = _PLACED.match(who)
    if placed:  # "Tomasz from the workshop", "Priya in HR": the person named, without where
        who = placed["name"]
    lower = who.lower()
    if lower in ("and", "then", "and then", "but", "also"):  # "..., and will write to me by X":
        return "you", rest  # the part after a comma, whose subject came before it
    readers = {_folded(r) for r in reader}  # "sean will ring", to Seán: from you
    body = re.match(r"the (?:board|committee|selection|appointments?)\b", lower)
    if (
        lower in _THEM
        or body
        or _folded(who) in readers
        or _folded(who).removeprefix("the ") in readers
    ):
        return "you", rest
    if _INITIAL.match(who):  # "Dr W", "Ms A": a panellist, never named by an initial
        return "you", rest
    if _TITLED.match(who):  # "Dr. Kühnel will write", to another panellist: from him
        surname = _folded(who.split()[-1])
        theirs = not reader or any(_folded(r).split()[-1:] == [surname] for r in reader)
        return ("you" if theirs else who), rest
    if lower in ("hr", "the hr team", "hr team"):
        return "HR" if lower == "hr" else "the HR team", rest
    if lower in TITLE_INITIALS and lower not in ("it", "qa", "ux", "ui", "r&d", "hse"):
        return f"the {lower.upper()}", rest  # "GM to call on Fri": from the GM
    if lower.split(" ")[0] in ("the", "my", "our", "their", "your"):
        return lower.replace("their ", "the ", 1).replace("our ", "the ", 1), rest
    if " " not in who and who[:1].isupper() and (not lexicon.is_noun(lower) or lower in NOUN_NAMES):
        return who, rest  # a person named by the note: "Sam will call on Monday"
    if who.isalpha() and who.islower() and not lexicon.classes(lower):
        return who.capitalize(), rest  # "jen to email by fri": a name typed in lower case
    if (
        len(who.split()) <= 3
        and who.replace(" ", "").isalpha()
        and lexicon.is_noun(lower.split()[-1])
    ):
        return f"the {lower}", rest  # "recruiter", "hiring manager"
    return None


def _folded(name: str) -> str:
    """A name in lower case without its accents, as notes often type it ("sean" for Seán)."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


# A day a personal note names: "next Thursday", "on Sat", "tomorrow night", "this weekend";
# a weekday only after "next", "this" or "on", or last in the note (not "Saturday jobs").
_NOTE_DAY = re.compile(
    rf"(?i)\b(?:(?P<lead>next|this|on)\s+)?(?P<day>(?:{WEEKDAY}|{WEEKDAY_SHORT}\.?)(?=[.!]*$"
    rf"|\s+(?:night|morning|evening|afternoon)\b)|(?<=next\s|this\s)(?:{WEEKDAY}|{WEEKDAY_SHORT}"
    rf"\.?)|(?<=on\s)(?:{WEEKDAY}|{WEEKDAY_SHORT}\.?))\b"
    r"|\b(?P<soon>tomorrow|tmrw|tomoz|tonight|today)\b"
    r"|\bthis\s+(?P<weekend>weekend)\b|\bon\s+the\s+(?P<nth>[0-3]?\d(?:st|nd|rd|th))\b"
)


# A weekday typed bare after an event and before who goes with them: "the game sun w/
# her dad" is "the game on sun ..."; never after a word that makes it a noun or a verb ("in the
# sun with", "she sat with").
_DAY_BEFORE_COMPANY = re.compile(
    r"(?i)(?<=[a-z])(?<!\bthe)(?<!\bshe)(?<!\bhe)(?<!\bin)(?<!\bi)(?<!\bwe)(?<!\bthey)(?<!\bwho)"
    r"(?<!\bon)(?<!\bnext)(?<!\bthis)(?<!\bby)(?<!\bnot)(?<!\bjust)(?<!\bhas)(?<!\bhave)"
    rf"\s+(?={WEEKDAY_SHORT}\.?\s+(?:w/|with)\s)"
)


def as_of_sending(note: str, met: dt.date, sent: dt.date) -> str | None:
    """The note with the day it names said as from the day the letter goes out, or None when
    that day has passed by then. Days are counted from the interview, as the notes were typed
    then: "at the RICS awards dinner next thurs" (met Friday 27 November, sent Wednesday 2
    December) is Thursday 3 December, "... on Thursday"; "the santa dash on sat" (met Thursday,
    sent Monday) has passed. A note naming no day is returned as it is."""
    note = _DAY_BEFORE_COMPANY.sub(" on ", note)
    found = _NOTE_DAY.search(note)
    if found is None:
        return note
    if found["soon"] and found["soon"][:1].isupper() and found.start() > 0:
        return note  # "the podcast 'Accounting Tomorrow'": a name, not a day
    night = re.match(r"\s+(?:night|evening)\b", note[found.end() :])
    if found["soon"]:
        ahead = {"today": 0, "tonight": 0}.get(found["soon"].lower(), 1)
        day = met + dt.timedelta(days=ahead)
        said = "tonight" if night or found["soon"].lower() == "tonight" else "today"
        if day < sent:
            return None
        end = found.end() + (night.end() if night else 0)
        return f"{note[: found.start()]}{said if day == sent else f'on {day:%A}'}{note[end:]}"
    if found["weekend"]:
        sunday = met + dt.timedelta(days=6 - met.weekday())
        return None if sunday < sent else note
    if found["nth"]:
        nth = next_step_date(f"on the {found['nth']}", met)
        return note if nth is not None and nth >= sent else None
    name = next(d for d in DAY_NAMES if d.lower().startswith(found["day"].lower()[:2]))
    lead = "next " if (found["lead"] or "").lower() == "next" else ""
    named = next_step_date(f"{lead}{name}", met)
    if named is None or named < sent:
        return None
    day, ahead = named, (named - sent).days
    monday = sent - dt.timedelta(days=sent.weekday())
    if ahead == 0:
        said = "tonight" if night else "today"
    elif ahead < 7:
        said = f"on {name}"  # within the week, as the letter is read
    elif day < monday + dt.timedelta(weeks=2):
        said = f"next {name}"
    else:
        said = f"on {name} {day.day} {day:%B}"
    end = found.end() + (night.end() if night and ahead == 0 else 0)  # "thurs night"
    return f"{note[: found.start()]}{said}{note[end:]}"


# A day that may be over by the time a late letter is read.
NOTE_SOON = re.compile(
    r"\b(?:tonight|tomorrow|today|this\s+(?:weekend|evening|morning|afternoon)"
    r"|(?:on\s+|this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)
# A weekday typed bare after a noun: "the ICE awards thurs" -> "... on Thursday".
NOTE_ON_DAY = re.compile(
    r"(?<!\bon)(?<!\bby)(?<!\buntil)(?<!\bnext)(?<!\bthis)(?<!\blast)(?<!\bevery)"
    r"(?<!\bGood)(?<!\bHoly)(?<!\bBlack)(?<!\bEaster)(?<!\bPalm)(?<!\bAsh)(?<!\bMaundy)"
    r"(?<!\bShrove)(?<!\bWhit)(?<!\bMothering)"  # "Good Friday", "Ash Wednesday": one name
    r"\s+(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$)"
)


# A time said twice: a date or a month, then the period it falls in ("on December 19, the
# weekend before Christmas", "in mid-December before Christmas"): the first is kept.
_DATE_WORD = (
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|mon|tue|tues|wed|thu|thurs|fri"
    r"|sat|sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_PERIOD_AGAIN = re.compile(
    r"(?i),?\s+(?:the\s+(?:weekend|week|day|night|evening)\s+|just\s+|right\s+)?(?:before|after)"
    r"\s+(?:christmas|xmas|easter|thanksgiving|new\s+year|the\s+holidays|the\s+summer(?:\s+hols"
    r"|\s+holidays)?|half[\s-]term)\s*[.!]*$"
)


def time_once(text: str) -> str:
    """The text with a period after its date or month left off ("on December 19, the weekend
    before Christmas" -> "on December 19"); as it is when no date or month comes first."""
    again = _PERIOD_AGAIN.search(text)
    if again is None or not re.search(_DATE_WORD, text[: again.start()], re.IGNORECASE):
        return text
    return text[: again.start()]
