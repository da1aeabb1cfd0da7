"""A closing line typed as a hurried note, read one way for every field it is typed in: the
instruction to oneself set aside ("note to self:", "... should mention", "... fix that"), and a
next step's parts (who acts, when, about what) put in the one plain shape the step readers know:
"HR (Nomsa) to call by Fri 11/12 re: 2nd round" -> "Nomsa will call by Fri 11/12 about the 2nd
round"; "marco calls tues re trial shift" -> "marco will call tues about the trial shift". A line
in no such shape is returned as typed (its readers then say it, or leave it out, as before).
"""

from __future__ import annotations

from collections.abc import Callable

from composer import regexes as re
from composer.offline import lexicon, phrasebook
from composer.offline.phrasebook import Variation, fitting
from composer.offline.wellformed import problem
from composer.offline.words import DETERMINERS, PERSON_HEADS

__all__ = [
    "aside_to_self",
    "contact_plain",
    "refs_then_line",
    "topic_noted",
]

# An instruction to oneself that opens the line: "note to self:", "note to self -", "nb:".
_LEAD = re.compile(r"(?i)^\s*(?:note\s+to\s+(?:self|me)|memo|reminder)\s*[:\-–—]+\s*")
# One that closes it, typed with no dash: "... should mention", "... shld mention", "... fix that",
# "... tell him", "... must tell them", "... clarify", "... (i said wrong)".
_TAIL = re.compile(
    r"(?i)(?<=[\w)'\"])[\s,;.]+(?:(?:i\s+)?(?:should|shld|shd|must|need\s+to|have\s+to|gotta)\s+)?"
    r"(?:mention(?:\s+(?:it|that|this))?|say\s+(?:it|that|so)|fix(?:\s+(?:it|that|this))?"
    r"|correct(?:\s+(?:it|that|this))?|clarify(?:\s+(?:it|that|this))?"
    r"|tell\s+(?:him|her|them)(?:\s+(?:that|this))?)\s*[.!]*$"
)
# A bracket that only says how the candidate sounded: "(i said 'almost none', sounded vague)",
# "(i said wrong)".
_HOW_SOUNDED = re.compile(
    r"(?i)\s*\((?:i\s+said\b[^()]*|[^()]*\b(?:sounded|came\s+across|was)\s+"
    r"(?:vague|unsure|unclear|wrong|weak|confusing))\)\s*[.!]*$"
)


def aside_to_self(value: str) -> str:
    """The line with the instruction to oneself set aside: "forgot to say i did X should
    mention" -> "forgot to say i did X"; "note to self: clarify X (i said Y, sounded vague)" ->
    "clarify X". What the candidate forgot, or means to put right, is kept for its readers."""
    text = _LEAD.sub("", value)
    if re.search(r"[.!?]\s+[A-Z]", text):
        return value  # typed with care as sentences: `careful` and `followtidy` read it
    for _ in range(2):  # "... (i said wrong) fix that": both asides, in either order
        text = _HOW_SOUNDED.sub("", text)
        kept = _TAIL.sub("", text)
        # never a line left with no fact in it, or one cut after "to", nor one whose last verb
        # it was ("fittings that I did not mention")
        if len(kept.split()) >= 3 and not re.search(
            r"(?i)\b(?:to|that|and|but|not|never|did|didn't|I)$", kept
        ):
            text = kept
    return text.strip() if text.strip() else value


# Who acts: "HR (Nomsa)", "tamika (HR)", "HR (Hr. Schulte)", "they", "marco", "the recruiter".
_WHO = (
    r"(?P<who>they|the\s+[a-z]+(?:\s+[a-z]+)?|hr|[A-Za-z][a-zà-ÿ'’]+(?:\s+(?-i:[A-Z])[a-zà-ÿ'’]+)?)"
    r"(?:\s*\((?P<aside>[^()]{1,30})\))?"
)
# What they will do to get in touch, in any of the forms typed: "to call", "calls", "will
# ring", "to email me", "rings me".
_CONTACT = re.compile(
    rf"(?i)^{_WHO}\s+(?:(?P<to>to|will|shall)\s+)?"
    r"(?P<verb>call|ring|phone|e-?mail|text|contact|get\s+back\s+to)(?P<s>s|es)?\b"
    r"(?:\s+(?:me|back))?(?P<rest>(?:\s+.*)?)$"
)
# The time that follows: a weekday, a date, "next week", "by ...", "on ...", "the 14th".
_TIME_START = re.compile(
    r"(?i)^\s*(?:by|on|before|after|around|early|late|mid|end|next|this|within|in|the\s+\d"
    r"|tomorrow|tmrw|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\d)"
)
# What the step is about: "re: 2nd round / role play", "re trial shift", "about the offer".
_ABOUT = re.compile(r"(?i)\s+(?:re:?|about|regarding|abt)\s+(?P<about>[^,;]+)$")
# Titles a second-language note types in its own language: "Hr. Schulte", "Fr. Weber".
_TITLES = {"hr.": "Mr.", "herr": "Mr.", "fr.": "Ms.", "frau": "Ms.", "dhr.": "Mr.", "mevr.": "Ms."}
_ROLES = ("hr", "recruiter", "the recruiter", "hiring manager", "the hiring manager", "they")


def _who(found: re.Match[str]) -> str | None:
    """Who gets in touch, by name where the note gives one: "HR (Nomsa)" -> "Nomsa", "tamika
    (HR)" -> "tamika", "HR (Hr. Schulte)" -> "Mr. Schulte"; None when the bracket says more."""
    who, aside = found["who"], (found["aside"] or "").strip()
    if not aside:
        if who.isalpha() and who.islower() and not lexicon.classes(who):
            return who.capitalize()  # "marco calls tues": a name typed in lower case
        return who
    if aside.lower() in _ROLES or aside.isupper() or "?" in aside:
        return who  # "tamika (HR)": the person, their department set aside; "HR (Ahmed?)": unsure
    if who.lower() not in _ROLES:
        return None
    words = aside.split()
    if words and words[0].lower() in _TITLES:
        words[0] = _TITLES[words[0].lower()]
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return None
    return " ".join(words)


# A post met at the step, typed bare after "with": "2nd round w/ ops director".
_WITH_POST = re.compile(r"\bwith (?P<post>(?:[a-z]+ ){0,2}(?P<head>[a-z]+))\b(?=$|[ ,;.])")


def _the_post(found: re.Match[str]) -> str:
    first = found["post"].split()[0]
    if found["head"] not in PERSON_HEADS or first in DETERMINERS:
        return found[0]
    return f"with the {found['post']}"


def contact_plain(value: str) -> str:
    """A next step typed as who gets in touch, when and about what, put in the plain shape:
    "HR (Nomsa) to call by Fri 11/12 re: 2nd round / role play" -> "Nomsa will call by Fri
    11/12 about the 2nd round and the role play"; the line as typed when it is not one."""
    found = _CONTACT.match(" ".join(value.split()).rstrip(" .!"))
    if found is None or (not found["to"] and not found["s"] and found["who"].lower() != "they"):
        return value  # "ring refs next week": no one named to do it
    who = _who(found)
    rest = found["rest"].strip()
    if who is None or (rest and not (_TIME_START.match(rest) or _ABOUT.match(f" {rest}"))):
        return value  # "they ring my refs": another errand, read by the step readers
    about = _ABOUT.search(f" {rest}")
    time = f" {rest}"[: about.start()].strip() if about else rest
    if re.match(r"(?i)^the\s+\d", time):
        time = f"on {time}"  # "calls me the 14th": on that day
    if found["to"] and found["to"].lower() != "to" and not about and not found["aside"]:
        return value  # "CEO will email by thurs": the plain shape already
    verb = " ".join(found["verb"].lower().split())
    line = f"{who} will {verb} {time}".rstrip()
    if about:
        typed = re.sub(r"(?i)\bw/\s*", "with ", about["about"])  # "3rd rnd w/ MD": with
        typed = _WITH_POST.sub(_the_post, typed)  # "with ops director": with the ops director
        parts = re.split(r"\s+/\s+|(?<=[A-Za-z]{2})/(?=[A-Za-z]{2})", typed)  # "round / role play"
        topic = " and the ".join(p.strip() for p in parts if p.strip())
        if not re.match(r"(?i)^(?:the|a|an|my|your|their)\s", topic):
            topic = f"the {topic}"
        line = f"{line} about {topic}"
    return line


# A topic typed with a note to self after it: "heat pump installs - i said 'a few', real number
# ~40, clarify", "food cost i said 30 meant 28 percent fix", "decon room - shld clarify i ...".
_TOPIC_THEN_NOTE = re.compile(
    r"(?i)^(?P<topic>[^\-–—:;,()]+?)(?:\s+[-–—:]+\s*|\s+(?=i\s+said\b))(?P<note>.+)$"
)
_SELF_NOTE = re.compile(
    r"(?i)\b(?:clarify|fix(?:\s+(?:it|that|this))?\s*$|sh(?:ou)?ld|shd|forgot|note\s+to\s+self"
    r"|(?:want|need)\s+(?:to\s+)?explain|must\s+tell|tell\s+(?:him|her|them)\s*$|sounded)\b"
    r"|\bi\s+said\b.*\b(?:actually|meant|real|wrong|not\s+true)\b"
)


def topic_noted(item: str) -> str | None:
    """The subject of a topic typed with a note to self after it ("food cost i said 30 meant
    28 percent fix" -> "food cost"), never the note pasted into the topic's sentence; None
    when the line is not one. The correction itself is the follow-up's to say."""
    found = _TOPIC_THEN_NOTE.match(" ".join(item.split()))
    if found is None or re.search(r"(?i)\basked\b", found["topic"]):
        return None
    if not _SELF_NOTE.search(found["note"]) or len(found["topic"].split()) > 6:
        return None
    return found["topic"].strip()


# Their checks on the candidate, then what follows: "they ring my refs next week then medical
# and police check", "they check refs then garda vetting".
_REFS_THEN = re.compile(
    r"(?i)^(?:they|hr|the\s+company)\s+(?:will\s+|to\s+|'ll\s+)?(?:ring|call|phone|contact|check"
    r"|email|do|take\s+up)s?\s+(?:my\s+|the\s+)?(?:refs|references|referees)\b"
    r"(?P<time>\s+(?:next|this)\s+(?:week|wk)|\s+(?:on|by)\s+[A-Z]?[a-z]+(?:\s+\d{1,2}\s+[A-Z][a-z]+)?)?"
    r"\s*,?\s*(?:and\s+)?then\s+(?:the\s+|a\s+)?(?P<next>[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,3})$"
)
_CHECK_NOUNS = ("check", "checks", "vetting", "screening", "test", "tests", "medical", "clearance")


def refs_then(value: str) -> str | None:
    """What the candidate understands of their checks: "they ring my refs next week then
    medical and police check" -> "you will contact my referees next week, followed by the
    medical and police checks"; None when what follows is not a check of the same kind (a
    decision, a call: hearing from them, which the step readers say)."""
    found = _REFS_THEN.match(" ".join(value.split()).rstrip(" .!"))
    if found is None or found["next"].split()[-1].lower() not in _CHECK_NOUNS:
        return None
    words = found["next"].split()  # as typed: "Garda vetting"
    if " and " in f" {found['next']} " and words[-1] == "check":
        words[-1] = "checks"  # "medical and police check": two checks
    time = " ".join(found["time"].split()).replace("wk", "week") if found["time"] else ""
    when = f" {time}" if time else ""
    return f"you will contact my referees{when}, followed by the {' '.join(words)}"


def refs_then_line(
    value: str, tone: str, channel: str, variation: Variation, fits: Callable[[str], bool]
) -> str | None:
    """The step of `refs_then` said as what the candidate understands, with no final stop:
    "I understand that you will contact my referees next week, followed by the medical and
    police checks, and I look forward to hearing from you"; None when it is not one."""
    clause = refs_then(value)
    if clause is None:
        return None
    options = fitting(phrasebook.wordings("next_clause", tone, channel), fits)
    line = variation.pick("next_clause", options).format(clause=clause).rstrip(".")
    return None if problem(f"{line}.") else line
