"""Who does what by when in a next step, read before the older step readers (`nextsteps._said`).

One reading of the line as WHO (the candidate, or them) does WHAT by WHEN, with a condition
or a question mark for a step that is not sure:

- The candidate's own task is a promise: "need to send certs + refs by mon" -> "send my
  certificates and references by Monday" (said "I will ..."); "to send DBS cert number asap",
  "references requested, due by 12th" likewise. What they send is theirs ("my"), a reader
  named is "you", a day typed as "tomorrow" is the day after the interview.
- A condition after the step ("if successful", "if they like me", "if through") leaves the
  step hoped for (`CONDITION`, read by `nextsteps`); one that presumes the job ("if offered")
  leaves the step out.
- Getting back to the candidate typed as a phrasal verb ("feeding back by EOD mon", "will
  circle back", "hopefully hear back wk commencing 7th", "txt me re a trial day") is said as
  the contact the older readers know ("... will be in touch by the end of Monday").
- A body that decides at a meeting ("Governors ratify appts at their meeting on 9 Dec") is
  when that body meets; "to approve" left dangling after the meeting is dropped.
- A line that only waits ("waiting on DBS", "pending refs") or says a thing has passed
  ("offer passed 10 Dec") has no step to welcome: `no_step` is True and the plain close stands.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from composer import regexes as re
from composer.offline import lexicon, phrasebook
from composer.offline.heard import hearing_from
from composer.offline.phrasebook import Variation, fitting
from composer.offline.phrases import Shape
from composer.offline.shorthand import expand
from composer.offline.stepalso import with_reader
from composer.offline.stepparts import CHECKS, NEWS
from composer.offline.stepphrase import hoped_step, step_phrase
from composer.offline.steppresumes import presumes
from composer.offline.stepshapes import pasted
from composer.offline.steptext import plain_step
from composer.offline.wellformed import problem
from composer.offline.words import STEP_HEADS

# A condition on the candidate getting through, after the step: "if successful", "if they
# like me", "if through", "assuming I pass", "should I progress".
CONDITION = (
    r"(?:if|assuming|provided(?:\s+that)?|once)\s+(?:(?:I(?:'m|\s+am|\s+get|\s+go|\s+make\s+it)?"
    r"\s+)?(?:through|successful|shortlisted|short-listed|selected|invited|progress(?:ed)?"
    r"|pass(?:ed)?)\b|I\s+(?:pass|progress|get\s+through|make\s+it)\w*\b|they\s+(?:like\s+me"
    r"|go\s+ahead|want\s+to\s+(?:proceed|go\s+ahead)|want\s+me|progress\s+me|proceed)\b"
    r"|(?:it|all|things)\s+goes?\s+(?:well|fwd|forward|further)\b|it\s+progresses\b)"
    r"|should\s+I\s+(?:progress|get\s+through|be\s+(?:selected|shortlisted|successful))\b"
)
_CONDITION_LAST = re.compile(rf"(?i)\s*,?\s+(?:{CONDITION})[.!]*$")
# A condition that presumes the job: "if offered", "once hired".
_IF_OFFERED = re.compile(
    r"(?i)\b(?:if|once|when)\s+(?:I(?:'m|\s+am|\s+get|\s+was)?\s+)?(?:offered|hired)\b"
)


def conditional(value: str) -> tuple[str, bool] | None:
    """(the step without its condition, whether the condition presumes the job), or None when
    no condition closes the line: "final interview if successful" -> ("final interview",
    False); "background + credit check if offered" -> ("background + credit check", True)."""
    offered = _IF_OFFERED.search(value)
    if offered and not value[offered.end() :].strip(" .!"):
        step = value[: offered.start()].rstrip(" ,")
        return (step, True) if step and not _PARTS.search(step) else None
    found = _CONDITION_LAST.search(value)
    step = value[: found.start()].rstrip(" ,") if found else ""
    # "site visit if shortlisted, they'll phone": a line of parts is read by its parts
    return (step, False) if step and not _PARTS.search(step) else None


_PARTS = re.compile(r"[,;→]|->|\bthen\b")


# A line with nothing to welcome: it waits on a check or says something has passed.
_NO_STEP = re.compile(
    r"(?i)^(?:(?:still\s+)?(?:waiting|waitin|w8ing)\s+(?:on|for)\b|awaiting\b|pending\b"
    r"|[\w\s-]+?\s+(?:passed|lapsed|closed|happened|done|gone)\s+(?:on\s+)?\d)"
)


def no_step(value: str) -> bool:
    """True for a line that only waits ("waiting on DBS", "pending refs + OH clearance") or
    says a thing passed ("offer passed 10 Dec"): the plain close, never a step made of it. A
    line with more parts ("still waiting on the budget, they'll ...") is read by its parts."""
    return bool(_NO_STEP.match(value.strip())) and not re.search(r"[,;→]|->", value)


# The candidate's own task: "need to send ...", "to email my portfolio link by tues", "send
# copy of licence by fri" (a note to self typed as an order), "I'll post ...".
_TASK = re.compile(
    r"(?i)^(?:I\s+(?:need\s+to|have\s+to|must|will|should|am\s+to|'ll)\s+|I'll\s+|(?:need\s+to"
    r"|have\s+to|must|gotta|got\s+to|to|should)\s+)?(?P<verb>send|e-?mail|post|forward|submit"
    r"|upload)\s+(?P<obj>(?!me\b|over\b|them\b|back\b)[\w+&' -]+?)(?:\s+(?P<to>to\s+(?:HR"
    r"|[A-Z][\w'-]+|the\s+[\w-]+|them|him|her|you)))?(?P<when>\s+(?:by|before|on|asap|ASAP"
    r"|tomorrow|tmrw|today|this\s+week|next\s+week)\b[^,;?!()]*)?[.!]*$"
)
# What they asked the candidate for, and by when: "references requested, due by 12th".
_REQUESTED = re.compile(
    r"(?i)^(?P<obj>[\w+&' -]+?)\s+(?:requested|asked\s+for|needed|wanted)\s*,?\s+(?:due\s+)?"
    r"(?P<when>(?:by|before)\s+[^,;?!()]+)[.!]*$"
)
# Shorthand of documents the older tables do not spell out.
_DOCUMENTS = (
    (
        re.compile(r"(?i)\breg(?:istration)?\.?\s+(?:no\.?|num|number|#)(?=\s|$)"),
        "registration number",
    ),
    (re.compile(r"(?i)\bcert\s+(?:no\.?|num|#)(?=\s|$)"), "certificate number"),
    (re.compile(r"(?i)\bquals\b"), "qualifications"),
    (re.compile(r"(?i)\bdocs\b"), "documents"),
)
_DETERMINERS = ("my ", "the ", "a ", "an ", "your ", "their ", "some ", "any ", "all ")
_NUMBERS = ("two ", "three ", "four ", "five ", "both ")
_SOON = re.compile(r"(?i)\b(?:tomorrow|tmrw|tomoz)\b")


def own_task(value: str, reader: Sequence[str], days: tuple[dt.date, dt.date] | None) -> str | None:
    """The candidate's own task as the verb phrase of a promise ("send my certificates and
    references by Monday"), or None when the line is not one or cannot be said cleanly."""
    task = _TASK.match(value.strip()) or _REQUESTED.match(value.strip())
    if task is None:
        return None
    groups = task.groupdict()
    verb = (groups.get("verb") or "send").lower().replace("e-mail", "email")
    obj = expand(task["obj"].strip())
    for pattern, said in _DOCUMENTS:
        obj = pattern.sub(said, obj)
    obj = re.sub(r"(?i)^(?:a\s+)?copy\s+of\s+(?!my\b|the\b)", "a copy of my ", obj)
    if not obj.lower().startswith((*_DETERMINERS, *_NUMBERS, "a copy")):
        obj = f"my {obj}"
    to = _to_whom(groups.get("to"), reader)
    if to is None:
        return None
    when = _when(groups.get("when") or "", days)
    if when is None:
        return None
    vp = " ".join(p for p in (verb, obj, to, when) if p)
    if verb == "email" and to == "to you":
        vp = " ".join(p for p in ("email you", obj, when) if p)
    if problem(f"I will {vp}.") or re.search(r"[+&?]|\s-\s", vp):
        return None
    return vp


def _to_whom(to: str | None, reader: Sequence[str]) -> str | None:
    """Who the task goes to: the reader (or "them") is "you"; HR and a role are kept."""
    if not to:
        return ""
    who = to.split(None, 1)[1]
    names = {r.lower() for r in reader}
    if who.lower() in ("them", "you") or who.lower() in names:
        return "to you"
    if who[:1].isupper() or who.lower().startswith("the "):
        return f"to {who}"
    return None  # "to him": whom the letter cannot tell


def _when(when: str, days: tuple[dt.date, dt.date] | None) -> str | None:
    """The task's time as the letter says it: "asap" -> "as soon as possible"; "tomorrow"
    typed the day of the interview is the day after it, "today" when that is the day the
    letter goes out; a time already past leaves the promise without it."""
    when = expand(when.strip())
    when = re.sub(r"(?i)\basap\b", "as soon as possible", when)
    when = re.sub(r"(?i)^(by|before|on)\s+(?=\d{1,2}(?:st|nd|rd|th)$)", r"\1 the ", when)
    if _SOON.search(when):
        if days is None:
            return None
        met, sent = days
        day = met + dt.timedelta(days=1)
        if day < sent:
            return ""
        said = "today" if day == sent else day.strftime("%A")
        when = _SOON.sub(said, when).replace("by today", "today")
    if (
        re.search(r"(?i)\btoday\b", when)
        and days
        and days[0] < days[1]
        and "today" not in when[-5:]
    ):
        return None
    return when


# Getting back to the candidate, typed as a phrasal verb: "feeding back", "will circle back".
_BACK = re.compile(
    r"(?i)^(?P<who>(?!I\b)[\w()@&' -]+?)\s+(?:is\s+|are\s+|will\s+(?:be\s+)?|['’]ll\s+(?:be\s+)?"
    r"|to\s+)?"
    r"(?:feeding|feed|circling|circle|getting|get|coming|come)\s+back(?:\s+to\s+me)?\b"
)
_HEAR_BACK = re.compile(r"(?i)^(?:hopefully|hope\s+to|should|will)?\s*hear(?:ing)?\s+back\b")
_TEXT_ME_RE = re.compile(
    r"(?i)^(?P<who>(?!I\b)[\w' -]+?)(?:\s+will|['’]ll|\s+to)\s+(?:txt|text|ring|call|phone"
    r"|e-?mail)(?:\s+me)?(?P<time>\s+(?:on\s+|by\s+|next\s+|this\s+)?[\w ]*?)??\s+(?:re:?"
    r"|about|regarding)\s+"
    r"(?P<what>[^,;?!:/()]+)$"
)
_CONTACTS = frozenset(["they", "he", "she", "hr", "recruiter", "agency", "manager", "office"])
_WHEN_WORDS = frozenset(["date", "dates", "time", "times", "slot", "details", "timing"])
_ABOUT_WHAT = re.compile(r"(?i)\b(?:re|about)\s+(?:the\s+)?(?:date|time|slot)\b")


def in_touch(value: str) -> str:
    """Getting back typed as a phrasal verb, said as being in touch: "recruiter feeding back by
    EOD mon" -> "recruiter will be in touch by the end of Monday"; "hopefully hear back wk
    commencing 7th" -> "hopefully they will be in touch in the week of 7th"; unchanged
    otherwise."""
    value = re.sub(r"(?i)\bEOD\b", "the end of", value)
    value = re.sub(r"(?i)\b(?:wk|week)\s+(?:commencing|beginning|starting)\s+", "week of ", value)
    value = re.sub(r"(?i)\bw/c\s+(?=\d|the\s)", "week of ", value)
    back = _BACK.match(value)
    if back:
        return f"{back['who']} will be in touch{value[back.end() :]}"
    hear = _HEAR_BACK.match(value)
    if hear:
        hedge = "hopefully " if value.lower().startswith(("hopefully", "hope")) else ""
        return f"{hedge}they will be in touch{value[hear.end() :]}"
    return value


def about_step(value: str) -> tuple[str, str] | None:
    """(who will be in touch and when, the step) for contact about a step: "Gaz'll txt me re
    a trial day on site" -> ("Gaz will call", "a trial day on site"); "recruiter to call thurs
    re 2nd round" -> ("recruiter will call thurs", "the 2nd round"); ("", "") when who it is
    cannot be told ("tom to text re ..."); None for contact about no step, or no such line."""
    found = _TEXT_ME_RE.match(value.strip())
    if found is None or _ABOUT_WHAT.search(value):
        return None
    what, who = found["what"].strip(), found["who"].strip()
    words = re.findall(r"[\w-]+", what.lower())
    if not set(words) & STEP_HEADS or words[-1] in _WHEN_WORDS:
        return None  # "re rates": no step of hiring; "the panel date": the step, read after
    if who.islower() and " " not in who and who not in _CONTACTS:
        return "", ""  # "tom to text": a name or a thing, which the letter cannot tell
    if not re.match(r"(?i)(?:a|an|the|my|your)\s", what):
        what = f"the {what}"  # "re 2nd round": the round they named
    time = (found["time"] or "").strip()
    if re.fullmatch(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", time):
        time = f"on {time}"  # "call thurs": on Thursday
    return f"{who} will call {time}".rstrip(), what


# A body that decides at its meeting: "Governors ratify appts at their meeting on 9 Dec".
_AT_MEETING = re.compile(
    r"(?i)^(?P<body>(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:board|panel|committee|trustees|partners"
    r"|council|governors|governing\s+body))\s+(?:will\s+)?[a-z]+\s+(?:[\w'-]+\s+){0,3}?at\s+"
    r"(?:their|its|the)\s+(?:next\s+)?(?:meeting|sitting)\s+(?P<when>(?:on|next|this|in)\s+[^,;?!]+?)"
    r"(?:,?\s+and\s+(?:that\s+)?(?:I|he|she|they|all\s+candidates|candidates|everyone)\s+will\s+(?:be\s+)?"
    r"[a-z]+\b[^,;?!]*)?[.]?$"  # "and that I will
)  # be informed in writing": what follows the meeting, for the candidate's hearing from them
# Who passed the step on, before a careful sentence: "Mr. Wyss said (that) the board ...".
_TOLD_BY = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'-]*)?\s+(?:said|explained)\s+(?:that\s+)?"
)
_DANGLING = re.compile(
    r"(?i)(?P<meets>\b(?:meets?|sits?)\s+(?:on\s+|next\s+|this\s+|in\s+)?[\w ]+?)\s+to\s+(?:approve"
    r"|decide|confirm|ratify|sign\s+off|agree)[.!]*$"
)


def meeting(value: str) -> str:
    """A body deciding at its meeting said as when it meets ("the governors meet on 9 Dec");
    an infinitive left without its object after a meeting's day dropped ("board meets 14
    December to approve" -> "board meets 14 December"); unchanged otherwise."""
    found = _AT_MEETING.match(_TOLD_BY.sub("", value.strip()))
    if found:
        body = found["body"]
        body = body.lower() if " " not in body.strip() else body  # "Governors": the governors
        head = body.lower().split(" of ")[0].rstrip()  # "the board of trustees": the board meets
        verb = "meet" if head.endswith(("s", "partners")) else "meets"
        value = f"{body} {verb} {found['when']}"
    return _DANGLING.sub(r"\g<meets>", value)


def read_step(
    typed: str,
    common: frozenset[str],
    tone: str,
    channel: str,
    variation: Variation,
    fits: Callable[[str], bool],
    reader: Sequence[str],
    days: tuple[dt.date, dt.date] | None,
) -> str | None:
    """The step read as who does what by when (`stepreading`): the candidate's own task
    promised, a step under a condition or a question mark hoped for, contact about a step;
    None when the line is none of these, for the readers after."""

    def _pick(section: str) -> str:
        options = fitting(phrasebook.wordings(section, tone, channel), fits)
        return variation.pick(section, options).rstrip(".")

    def _sure(line: str) -> str | None:
        return None if problem(f"{line}.") or pasted(line) or "?" in line else line

    task = own_task(typed, reader, days)
    if task and presumes(typed):  # "send salary expectations": the job presumed, left out
        return _pick("next_none")
    if task:  # "need to send certs + refs by mon": "I will send my certificates ..."
        return _sure(_pick("next_vp").format(vp=task))
    cond = conditional(typed)
    if cond is not None and cond[1]:  # "background check if offered": presumes the job
        return _pick("next_none")
    unsure = typed.rstrip().endswith("?") and typed.count("?") == 1
    step = cond[0] if cond is not None else typed.rstrip(" ?") if unsure else None
    if step and "," not in step and ";" not in step:  # "2nd round w/ CFO wk of 14th?"
        plain = re.sub(r"\bwith (?=[A-Z]{2,4}\b)", "with the ", plain_step(step)[0])  # the CFO
        phrase = step_phrase(with_reader(plain, reader), common, "a")
        noun = phrase.shape in (Shape.NOUN, Shape.GERUND, Shape.ROLE) and not NEWS.match(plain)
        if noun and not _headed(plain):  # "medical + psychometric next if through"
            return _pick("next_none")
        if noun and not presumes(plain) and not CHECKS.match(f"the {plain}"):
            return _sure(_pick("next_hope").format(steps=hoped_step(phrase, unsure)))
    about = about_step(expand(typed))
    if about == ("", ""):  # contact from someone the letter cannot name: the plain close
        return _pick("next_none")
    if about is not None:  # "Gaz'll txt me re a trial day on site": from Gaz, about it
        heard = hearing_from(about[0], reader)
        if heard is not None and not presumes(about[1]) and not CHECKS.match(about[1]):
            section = "next_hear" if heard[0] == "you" else "next_hear_from"
            time = f"{heard[1]} about {about[1]}".strip()
            line = _pick(section).format(who=heard[0], time=time)
            return _sure(line.replace(" .", ".").rstrip())
    return None


_SOON_WORD = r"(?:today|tonight|tomorrow|tmrw|tomoz|tmr)"
_SOON_TIME = re.compile(
    rf"(?i)\s*,?\s*(?:\b(?:by|on|before)\s+)?\b{_SOON_WORD}(?:\s+(?:or|/|-)\s+{_SOON_WORD})?\b"
)


def soon_dropped(value: str, days: tuple[dt.date, dt.date] | None) -> str:
    """A time typed from the interview day ("today or tmrw", "tomorrow") said from the day the
    letter goes out: by then it is today or past, so the step is said without it ("feedback
    tmrw", sent the day after, is "the feedback", never "the feedback tomorrow"). A day
    named beside it ("tmrw or fri") is left to the readers of contact; unchanged when the
    letter goes out the day of the interview."""
    if days is None or days[0] >= days[1] or (days[1] - days[0]).days > 1:
        return value
    if _TASK.match(value.strip()):  # "send my certs by tmrw": the candidate's, said as today
        return value
    if re.search(rf"(?i)\b{_SOON_WORD}\s+or\s+(?!{_SOON_WORD})\w", value):
        return value  # "tmrw or fri": the later day stands
    dropped = _SOON_TIME.sub("", value).strip(" ,")
    return dropped if dropped and dropped != value.strip() else value


# Where a step's name ends: its words before a preposition or a time.
_HEAD_END = re.compile(
    r"(?i)\s+(?:with|on|in|at|by|for|before|after|next|this|early|mid|late|during|w/)\b.*$"
)


def _headed(step: str) -> bool:
    """True when the step's name ends in a noun ("trial week in mid-December", "sample lesson
    next Tuesday"); "medical and psychometric next" names no step the letter can hope for."""
    head = _HEAD_END.sub("", step).split()
    last = head[-1].lower() if head else ""
    return bool(last) and (last in STEP_HEADS or lexicon.is_noun(last) or head[-1].isupper())
