"""Someone who is to send, confirm or arrange something before the next step: "Raj to send the
scheduling link for the onsite", "recruiter (Aoife) to confirm 2nd int time". The letter looks
forward to hearing from them (at the time the note gives, when it gives one it can say), never
"I look forward to Raj to send ...".
"""

from __future__ import annotations

from collections.abc import Sequence

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.heard import hearing_from
from composer.offline.leftout import LeftOut
from composer.offline.topicreported import is_speaker
from composer.offline.words import FUNCTION_WORDS

__all__ = [
    "one_that",
    "sender_heard",
    "step_unread",
    "understood",
    "unread_step",
    "who_to_do",
    "whose_stage",
]

_ARRANGES = re.compile(
    r"(?i)^(?P<who>[\w.' -]+?)\s+(?:to|will|shall|['’]ll|(?:is|are)\s+going\s+to)\s+"
    r"(?:send(?:\s+out)?|confirm|arrange|schedule|set\s+up|book|organi[sz]e|share|forward"
    r"|sort(?:\s+out)?|firm\s+up|fix|finali[sz]e)\b(?P<rest>[^,;?!]*?)[.!]?$"
)
# Where the time begins in what they send: "... for the onsite by Friday", "... next week".
_TIME_AT = re.compile(
    r"(?i)\s(?P<time>(?:by|before|on|next|this|early|mid|late|within|after|in\s+the\s+week\s+of"
    r"|the\s+week\s+of|week\s+of|(?:over|in)\s+the\s+next|in\s+(?:a|one|two|three|\d+)\s)\b.*)$"
)
# Who cannot be heard from: the candidate, or a pronoun for the candidate's side.
_NOT_THEM = frozenset(["i", "me", "we", "my", "you"])


def sender_heard(value: str, reader: Sequence[str]) -> tuple[str, str] | None:
    """(who, when) for a note in which someone is to send, confirm or arrange something:
    "Raj to send scheduling link for the onsite" -> ("Raj", ""); "HR will confirm the panel
    date by Friday" -> ("HR", "by Friday"); the reader is "you". None for any other note."""
    found = _ARRANGES.match(" ".join(value.split()))
    if found is None or found["who"].split()[0].lower() in _NOT_THEM:
        return None
    who = found["who"].strip()
    timed = _TIME_AT.search(found["rest"])
    if timed:
        heard = hearing_from(f"{who} will call {timed['time']}", reader)
        if heard is not None:
            return heard
    return hearing_from(f"{who} will call", reader)


# "I look forward to Michelle to call ...", "I'm looking forward to HR to confirm ...": a note's
# "who to do what" pasted after a frame that wants a thing.
_WHO_TO_DO = re.compile(
    r"(?i)\b(?:forward\s+to|welcome)\s+(?!hearing\b|receiving\b|meeting\b|the\s+chance\b)"
    r"(?:[\w.'-]+\s+){1,3}?to\s+(?P<verb>[a-z]+)\b"
)

_TO_NOTHING = re.compile(
    r"(?i)\bforward\s+to\s+(?:about|re|regarding|on|for|with|by|after|before|until|then|next)\b"
)


def who_to_do(line: str) -> bool:
    """True when `line` welcomes a note's "someone to do something" as if it were a thing, or
    welcomes no thing at all ("I'm looking forward to about the panel")."""
    if _TO_NOTHING.search(line):
        return True
    found = _WHO_TO_DO.search(line)
    if found is None:
        return False
    verb = found["verb"].lower()  # "to Whatsapp": a verb no table knows is one still
    unknown = not lexicon.known(verb) and verb not in FUNCTION_WORDS  # never "to the CFO"
    return lexicon.is_base_verb(verb) or unknown


# A step typed as a whole sentence about what they will do, with its time: "the search committee
# will bring two finalists to campus during the week of December 14". Said as what the candidate
# understands, never welcomed as a thing.
_THEY_WILL = re.compile(
    r"^(?P<who>(?:[Tt]he|[Tt]heir|[Oo]ur)\s+(?:[A-Za-z][\w-]*\s+){0,2}?[a-z][\w-]*|[Tt]hey|[Hh]e|[Ss]he"
    r"|HR|[A-Z][a-z'-]+(?:\s+[a-z][\w-]*)?)\s+(?:will|(?:is|are)\s+going\s+to|plans?\s+to"
    r"|(?:is|are)\s+planning\s+to)"
    r"\s+(?P<verb>[a-z]+)\b(?P<rest>[^,;:?!()/]*)$"
)
_TIMED = re.compile(
    r"(?i)\b(?:during|in|on|by|before|after|next|early|mid|late|within)\s+(?:the\s+)?"
    r"(?:week\s+of|first|second|end|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february"
    r"|march|april|may|june|july|august|september|october|november|december|\d|next|this"
    r"|new\s+year)"
)
_REACH = frozenset(["contact", "call", "email", "notify", "inform", "write"])
_STAGE = re.compile(
    r"\b(?:candidates|finalists|applicants|interviewees)\s+(?:to\s+[a-z]+\s+|for\s+)(?:a|an|the)\s"
)
# Who told the candidate the step, said before it: "Mr. Gordon said that", "She told me".
_TOLD_STEP = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?\s+"
    r"(?:said|told\s+me|explained|mentioned)\s+(?:that\s+)?(?=[A-Za-z])"
)
# A second clause, or the candidate in it: "... and Owen will write to me the following day".
_TWO_CLAUSES = re.compile(
    r"(?i)\b(?:and|but|then|so)\s+(?:[\w'-]+\s+){0,2}?(?:will|would|shall|should|['’]ll)\b"
    r"|\b(?:me|my|I|us|our)\b"
)
# What they will do that the letter cannot say as hearing from them: a stage they hold ("will
# bring two finalists to campus"). Getting in touch or deciding ("will contact finalists by
# Friday") is hearing from them, said shorter by `nextsteps`.
_ABOUT_THEM = frozenset(
    ["bring", "invite", "hold", "meet", "interview", "run", "host", "see", "review", "arrange",
     "complete", "finish", "start", "begin", "reconvene", "visit", "fly"]
)  # fmt: skip


def understood(clause: str) -> str | None:
    """The clause as the candidate understands it ("the search committee will bring two
    finalists to campus during the week of December 14"), or None unless it is a careful
    sentence about what they will do, and when."""
    text = _TOLD_STEP.sub("", clause.strip().rstrip("."), count=1)  # "Mr. Gordon said that"
    text = text[:1].upper() + text[1:]  # "shortlisted candidates will be invited ..."
    found = _THEY_WILL.match(text)
    if found is None or not _TIMED.search(found["rest"]):
        return None
    held = found["verb"] == "be" and lexicon.is_participle(found["rest"].split()[0])
    # "will be invited for a second meeting"; "will contact shortlisted candidates for ...": a
    # stage of all the candidates, not the reader's word to this one
    staged = found["verb"] in _REACH and _STAGE.search(found["rest"]) is not None
    if found["verb"] not in _ABOUT_THEM and not held and not staged:
        return None
    if _TWO_CLAUSES.search(found["rest"]):  # "... and Owen will write to me": not one clause
        return None
    words = text.split()
    if len(words) > 22 or any(w.islower() and lexicon.note_speak(w) for w in words):
        return None
    who = found["who"]
    first = who.split()[0]  # "Shortlisted candidates" after "Mr. Gordon said that": no name
    named = first in ("He", "She", "HR") or is_speaker(first)
    lead = who[0].lower() + who[1:] if first in ("The", "Their", "Our") or not named else who
    lead = lead.replace("our ", "the ", 1) if lead.startswith("our ") else lead
    lead = "you" if lead.lower() == "they" else lead  # their side, said to them: "you will invite"
    return one_that(lead + text[len(who) :])


def one_that(clause: str) -> str:
    """ "the panel will meet on 15 October and that all candidates will be informed" -> "... and
    all candidates will be informed": a clause told with "that" once, after "I understand that"
    or "As I understand it," alike."""
    return re.sub(r",? and that (?=\S)", lambda m: m[0][: -len("that ")], clause)


# "finalists visit wk of Dec 14": whose stage it is, typed without its apostrophe.
_WHOSE_STAGE = re.compile(
    r"(?i)^(?:the\s+)?(?P<who>finalists|candidates|applicants|interviewees|shortlisters)\s+"
    r"(?=(?:visits?|day|days|tour|presentations?|interviews?|assessments?)\b)"
)


def whose_stage(value: str) -> str:
    """ "finalists visit wk of Dec 14" -> "the finalists' visit wk of Dec 14"; else unchanged."""
    return _WHOSE_STAGE.sub(lambda found: f"the {found['who'].lower()}' ", value)


# Why a next step is named in the report when the letter closes without it.
UNREAD_STEP = (
    "it could not be read with confidence as what happens next, so the letter closes without it"
)
AS_STEP = (
    'Write what happens next and when, as they told you ("HR will call in the week of 14 '
    'December").'
)
_NO_STEP = re.compile(r"(?i)^(?:no|not|unclear|unknown|tbc|tba|tbd|nothing|none|idk|dunno|n/?a)\b")


def unread_step(line: str) -> LeftOut:
    """The record of a next step the letters close without (named in the report, asked for)."""
    return LeftOut("next_steps", line, UNREAD_STEP, AS_STEP)


def step_unread(line: str | None, said: str, neutral: Sequence[str]) -> bool:
    """True when the notes give a next step (`line`) and the letter's close (`said`) is one of
    the `neutral` wordings that say none: the step was not read, and the report names it."""
    if not line or not line.strip() or _NO_STEP.match(line.strip()):
        return False
    return said.rstrip(".") in {w.rstrip(".") for w in neutral}


# "call from ops mgr next wk", "email from HR by fri": news named by who sends it.
_FROM = re.compile(
    r"(?i)^(?:an?\s+)?(?:(?:phone\s+)?call|e-?mail|letter|text)\s+from\s+(?P<who>(?:the\s+)?"
    r"[\w'-]+(?:\s+[\w'-]+)?)\s+(?P<time>(?:by|on|next|this|early|mid|late|within|in|before)\b"
    r"[^,;:]*)$"
)


def call_from(value: str, reader: Sequence[str]) -> tuple[str, str] | None:
    """ "call from the operations manager next week" -> ("the operations manager", "next
    week"); the reader is "you"; None when the note is not one."""
    found = _FROM.match(value)
    if found is None:
        return None
    who = found["who"]
    if who in reader or who.removeprefix("the ") in reader or who.lower() in ("them", "they"):
        return "you", found["time"]
    if who[:1].islower() and not who.startswith("the ") and who.lower() != "hr":
        who = f"the {who}"  # "ops manager": a role, said with "the"
    return who, found["time"]
