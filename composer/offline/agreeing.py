"""A yes to a question about the candidate, said as their own sentence: "he asked if I'd
relocate to Portland - yes, fine w/ that, can move by Feb" -> "I would be glad to relocate to
Portland and could move by February."; and how often a yes holds ("work Saturdays" with "1 in
2" -> "work every other Saturday"). Anything after the yes that cannot be said cleanly leaves
the line out.
"""

from __future__ import annotations

from composer import regexes as re
from composer.english import spell_out_dates
from composer.offline import lexicon
from composer.offline.answered import TO_SELF, piece_clause
from composer.offline.answermarks import NOTICE
from composer.offline.heard import WEEKDAY_SHORT, months_spelled
from composer.offline.shorthand import expand
from composer.offline.words import SMALL_NUMBERS

# How often, typed after the yes: "1 in 2 fine", "fine w/ 1 in 4", "fine w/ 3 a week".
_DAYS = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)days")
_ONE_IN = re.compile(r"\b1\s+in\s+(?P<n>[2-9])\b|\b(?:every\s+other|alternate)\b")  # one in two
_A_WEEK = re.compile(r"\b(?P<n>[1-9])\s+(?:a|per)\s+(?P<per>week|month|fortnight)\b")


def how_often(question: str, rest: str) -> str:
    """The question with how often the yes holds: "work Saturdays" and "1 in 2" -> "work every
    other Saturday"; "work out-of-hours weekends" and "1 in 4" -> "work one out-of-hours
    weekend in four"; "do split shifts" and "3 a week" -> "do three split shifts a week"."""
    verb, _, things = question.partition(" ")
    last = things.split(" ")[-1] if things else ""
    plural = bool(lexicon.is_plural_noun(last.lower()) or _DAYS.fullmatch(last.lower()))
    plural = plural or lexicon.is_noun(last.lower()[:-1])  # "early opens": an open
    # "3 a week", "1 in 4": a rate counts the things, so a word in -s is their plural
    plural = plural or bool(_ONE_IN.search(rest) or _A_WEEK.search(rest))
    if not plural or not last.endswith("s"):
        return question
    one = things[: -len(last)] + last[:-1]  # "out-of-hours weekend"
    found = _ONE_IN.search(rest)
    if found and (found["n"] or "2") == "2" and one == last[:-1]:
        return f"{verb} every other {one}"
    if found:
        return f"{verb} one {one} in {SMALL_NUMBERS[int(found['n'] or 2) - 1]}"
    found = _A_WEEK.search(rest)
    if found:
        return f"{verb} {SMALL_NUMBERS[int(found['n']) - 1]} {things} a {found['per']}"
    return question


# "Lisa asked if I could do every other Saturday - yes": a question about the candidate that the
# candidate said yes to; the letter says the yes as the candidate's own sentence.
_YES = re.compile(
    r"^(?:[A-Za-z][\w'.-]*(?:\s+[A-Z][\w'.-]*)?\s+)?asked(?:\s+me)?\s+(?:if|whether)\s+"
    r"(?:I(?P<aux>'d|\s+would|\s+could|\s+can|\s+will|'m|\s+am|'ve|\s+have)|(?P<id>id))\s+(?P<q>[^–—:;,]+?)(?:\s+(?:-+|–|—)\s*|\s*[:;,]\s*)"
    r"(?:yes|yep|yeah|yup|definitely|of\s+course|absolutely)\b[\s,.!]*(?P<rest>.*)$",
    re.IGNORECASE,
)
# After the yes: what only says yes again ("fine w/ that", "no problem"), and what adds a fact
# of the same kind ("can move by Feb").
_ACK = re.compile(
    r"(?i)^(?:fine|ok|okay|happy|no\s+problem|no\s+prob|np|not\s+a\s+problem|definitely|of\s+course"
    r"|absolutely|sure|keen|totally)\b[\w\s/]*$"
    r"|^(?:\d+\s+in\s+\d+|\d+\s+(?:a|per)\s+(?:week|month)|every\s+other(?:\s+\w+)?|most\s+\w+)"
    r"\s+(?:is\s+)?(?:fine|ok|okay)$"
)  # "1 in 2 fine": how often, agreed to
_CAN = re.compile(r"(?i)^(?:I\s+)?(?:can|could|would\s+be\s+able\s+to)\s+(?P<vp>[a-z]+\b.*)$")
_SHIFTS = re.compile(
    r"(?i)^do\s+(?=(?:[1-9]\s+)?(?:every|alternate|the\s+odd|weekends?|nights?|evenings?|ooh"
    r"|on-call|early|late|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b)"
)
# A weekday typed short in a question ("sat", "sats"; "thus" is none) and a rate typed with a
# slash ("/month").
_SHORT_DAY = re.compile(
    rf"(?i)\b(?P<day>{WEEKDAY_SHORT})(?:(?<=mon|fri|sat|sun)(?P<s>s))?\b(?!['’])"
)
_PER = re.compile(r"(?i)\s*/\s*(?P<per>month|mth|week|wk|fortnight)\b")
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _days_typed(question: str) -> str:
    """ "do 1 sat/month" -> "do 1 Saturday a month"; "work sats" -> "work Saturdays"."""

    def day(found: re.Match[str]) -> str:
        name = next(d for d in _DAY_NAMES if d.lower().startswith(found["day"].lower()[:2]))
        plural = found["s"] and found["day"].lower() in ("sat", "sun", "mon", "fri")
        return f"{name}s" if plural else name

    per = {"mth": "month", "wk": "week"}
    question = _PER.sub(lambda m: f" a {per.get(m['per'].lower(), m['per'].lower())}", question)
    return _SHORT_DAY.sub(day, question)


# After the yes (its notice is `answermarks.NOTICE`): how many a year ("about 30 a yr at my
# school"), and a note that it was said and should be heard ("want to make sure he heard").
_PER_YEAR = re.compile(
    r"(?i)^(?:about|around|approx\.?|~|over)\s*\d+\s+(?:a|per)\s+(?:yr|year|month|week)\b[\w\s]*$"
)
_HEARD = re.compile(r"(?i)^(?:I\s+)?(?:want(?:ed)?\s+to\s+)?make\s+sure\s+(?:he|she|they|you)\b")
_LAST_SPAN = re.compile(
    r"(?i)(?<!\bthe )(?<!\bfor )(?<!\bin )\blast\s+(?P<span>\d+\s+(?:yrs?|years?|months?|mths?))$"
)
_BARE_DATE = re.compile(
    r"(?i)^(?P<verb>start|begin|join|move)\s+(?=(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr"
    r"|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d)"
)


def _on_date(vp: str) -> str:
    """ "start dec 21" -> "start on dec 21": a date after the verb takes "on"."""
    return _BARE_DATE.sub(r"\g<verb> on ", vp)


_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b")
_FEW = re.compile(
    r"\b([1-9])\s+(?=(?:days?|weeks?|months?|years?|shifts?|nights?|weekends?"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?)\b)"
)


def agreed(value: str | None) -> str | None:
    """The candidate's yes to a question about them, as their own sentence; None when the note
    is not one, or something after the yes cannot be said cleanly (so it is left out).

    "he asked if I'd relocate to Portland - yes, fine w/ that, can move by Feb" -> "I would be
    glad to relocate to Portland and could move by February."; "Lisa asked if I could do every
    other Saturday - yes" -> "I am happy to work every other Saturday."
    """
    found = _YES.match(" ".join((value or "").split()).rstrip(".!"))
    if found is None:
        return None
    question = found["q"].strip()
    if (found["aux"] or "").strip().lower() in ("'m", "am"):
        question = f"be {question}"  # "if I'm ok w/ nights": to be ok with them
    question = _days_typed(question)  # "do 1 sat/month" -> "do 1 Saturday a month"
    question = _SHIFTS.sub("work ", question)  # "do every other Saturday": work it
    question = how_often(expand(question), found["rest"])  # "saturdays - yes, 1 in 2 fine"
    first = question.split(" ", 1)[0].lower()
    being = re.match(
        r"(?i)^be\s+(?:ok|okay|fine|happy|comfortable)\s+(?:with\s+)?being\s+(?P<what>\S.*)$",
        question,
    )
    if being:  # "be ok being based at Gatwick": to be based there
        question = f"be {being['what']}"
        first = "be"
    ok = re.match(r"(?i)^be\s+(?:ok|okay|fine|happy|comfortable)\s+with\s+(?P<what>.+)$", question)
    if being:
        said = f"I would be happy to {question}"
    elif ok and re.match(r"(?i)(?:the|a|an|your|their)\s|(?:[\w-]+\s+)?\S+s$", ok["what"]):
        said = f"I am happy with {ok['what']}"  # "the on-call rota", "weekends"
    elif ok:
        return None  # "ok with on-call": how to say it is not sure
    elif (found["aux"] or "").strip().lower() in ("'ve", "have"):
        if not lexicon.is_participle(first) or " " not in question:
            return None
        said = f"To confirm, I have {question}"  # "if I've coordinated 504s - yes": I have
    elif lexicon.base_of(first) != first or (" " not in question and first in ("be", "do")):
        return None  # not a verb the candidate agreed to: read another way
    elif first == "start":
        said = f"I could {question}"  # "start in March": when, never presumed
    elif (found["aux"] or "'d").strip().lower() in ("'d", "would", "will"):  # "id": "I'd"
        # "yes happy to": the candidate's own word for the yes, where they typed one
        own = re.match(r"(?i)(happy|glad|keen|willing)\b", found["rest"].strip())
        said = f"I would be {own[1].lower() if own else 'glad'} to {question}"
    else:
        said = f"I am happy to {question}"
    notice, much = "", ""
    backed: list[str] = []
    could: list[str] = []
    for piece in (p.strip() for p in re.split(r",\s*|\.\s+|\s+-+\s+", found["rest"])):
        can, given = _CAN.match(piece), NOTICE.match(piece)
        if not piece or _ACK.match(piece) or TO_SELF.match(piece) or _HEARD.match(piece):
            continue  # "fine w/ that", "said it too fast": no part of what the letter says
        if can:
            could.append(can["vp"])
        elif given:  # "2 wks notice": the notice to be given first
            unit = "month" if given["unit"].lower().startswith("m") else "week"
            plural = given["n"] not in ("1", "one")
            notice = f"{given['n']} {unit}s' notice" if plural else f"one {unit}'s notice"
        elif _PER_YEAR.match(piece) and not much and not backed:
            much = piece  # "about 30 a yr at my school": how many, said after the yes
        elif re.match(r"I\s+(?:was|am|have|had|did|ran|led)\b", piece):
            # "I was the 504 coordinator last 2 yrs": the candidate's own, for how long
            backed.append(_LAST_SPAN.sub(r"for the last \g<span>", piece))
        else:
            clause = piece_clause(piece)
            if clause is None:
                return None  # "yes, but only until June": more than a yes, not read
            backed.append(clause)
    if much:
        said += f", {much}"
    if backed:
        said += f", and {backed[0]}" if len(backed) == 1 else ""
        if len(backed) > 1:
            return None
    said_again = (
        could and could[0].split(" ")[0].lower() == first and not re.search(r"\d", could[0])
    )
    if notice and len(could) == 1 and said_again:  # "yes I can start before the audit, ..."
        said = f"I could {could[0]}, with {notice}"  # the question said again, with no new date
    elif notice and len(could) == 1:  # "2 wks notice, could start dec 21": when, and why
        said += f": with {notice}, I could {_on_date(could[0])}"
    elif notice and not could and first in ("start", "begin", "join"):
        said += f", with {notice}"  # "start before audit prep in jan - yes, 2 wks notice"
    elif notice or len(could) > 1:
        return None
    elif could and could[0].split(" ")[0].lower() == first:  # "start jan 12": the day asked
        said = f"I could {_on_date(could[0])}"
    elif could:
        said += f" and could {_on_date(could[0])}"
    said = expand(spell_out_dates(months_spelled(said)))
    said = _WEEKDAY.sub(lambda m: m.group().capitalize(), said)  # "work saturdays"
    return _FEW.sub(lambda m: f"{SMALL_NUMBERS[int(m[1]) - 1]} ", said) + "."
