"""Who acts in a next step decides what the letter looks forward to, read before the step is
welcomed (`nextsteps` calls `who_acts` on the step as typed, after `read_shapes`).

- They only fix the time of a step ("final stage = sim check ride, they'll email the slot by
  wed", "final call w/ the owner, she'll text a time"): the step is what is looked forward to,
  never news from them ("the sim check ride", not "hearing from you by Wednesday").
- They send material to work on, with a note on doing it ("they'll send a case study by mon,
  3 days to do it", "..., to be completed within a week"): the material is looked for; the
  candidate's own deadline is no part of the letter.
- A step that is only a span of time ("they said a week or two", "a fortnight, they said"):
  when they will be in touch, never "I look forward to a week or two".
- "next step is a practical dive": the stage is the step, as "next step = a practical dive".
- The candidate's work, asked for by a day ("they want a mock proposal by mon", "tech
  take-home due mon"): what the candidate will send (`sending`).
"""

from __future__ import annotations

from collections.abc import Sequence

from composer import regexes as re
from composer.offline.heard import WEEKDAY

_WHO = r"(?:they|he|she|hr|we|(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)"  # "hiring mgr"
_WILL = r"(?:\s+will|['’]ll|\s+to|\s+is\s+going\s+to|\s+are\s+going\s+to)"
# What fixes only when a step happens, not what it is.
_WHEN_WORDS = r"(?:slot|date|time|timing|day|rota|schedule|invite|invitation)s?"
_SCHEDULE = re.compile(
    rf"(?i)^(?:(?:{_WHO})?{_WILL}\s*)?(?:e-?mail|send|text|txt|confirm|share|ring\s+(?:me\s+)?with"
    r"|call\s+(?:me\s+)?with|let\s+me\s+know)\s+(?:me\s+|over\s+|through\s+)?(?:the\s+|a\s+)?"
    rf"(?:(?P<before>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}}?)\s+)?{_WHEN_WORDS}"
    r"(?:\s+for\s+(?:the\s+|it\b)?(?P<after>[a-z][\w\s-]*?))?"
    r"(?:\s+(?:by|on|before|early|next|this|in|over|later|tomorrow|today|asap)\b.*)?\.?$"
)
# What the time-word is about, typed before the step: "about the panel date", "re the trial".
_ABOUT = re.compile(r"(?i)^(?:about|re|regarding|on|for)\s+(?:the\s+|an?\s+)?")
# Words before a time-word that are no step of their own: "email the exact date".
_NO_STEP = frozenset(["exact", "final", "confirmed", "new", "start", "interview"])

# Material they send, and a note on doing it after: ", 3 days to do it", ", due back in 48h".
_MATERIAL = re.compile(
    rf"(?i)\b{_WHO}(?:{_WILL})?\s+(?:send|e-?mail|share|post|forward)s?\s+(?:me\s+|over\s+|out\s+)?"
    r"(?:the|a|an)\s+"
)
_DOING = re.compile(
    r"(?i)^(?:(?:to\s+be|and\s+(?:it\s+)?(?:needs|has)\s+to\s+be)\s+(?:completed|done|returned"
    r"|submitted|sent\s+back|finished)|due(?:\s+back)?|(?:back\s+)?within|(?:with\s+|i\s+get\s+|"
    r"i\s+have\s+)?(?:\d+|a|one|two|three|four|five|seven|a\s+few)\s*(?:days?|hrs?|hours?|weeks?"
    r"|wks?|h)\s+to\s+(?:do|complete|finish|return|turn))\b"
)

_COUNT = r"(?:a|one|two|three|four|five|six|\d+|a\s+couple\s+of|a\s+few)"
_UNIT = r"(?:days?|weeks?|wks?|months?)"
_SPAN = re.compile(
    rf"(?i)^(?:(?:they|he|she|hr|[\w-]+)\s+said\s+)?(?P<span>(?:about|around|roughly|approx\.?"
    rf"|~)?\s*(?:{_COUNT}(?:\s*(?:-|to|or)\s*{_COUNT})?\s+{_UNIT}(?:\s+or\s+(?:two|so|three))?"
    r"|a\s+fortnight))(?:\s*,?\s*(?:they|he|she|hr|[\w-]+)\s+said)?[.!]*$"
)
_NEXT_LAST = re.compile(r"(?i)\s+(?:is\s+)?next$")
_STAGE_IS = re.compile(
    r"(?i)^(?P<stage>(?:the\s+)?(?:next|final|last|2nd|second|3rd|third)\s+(?:step|stage|round))"
    r"\s+(?:is|will\s+be)\s+(?=(?:a|an|the)\s)"
)


def who_acts(value: str) -> str:
    """The step as the letter should read it (see the module docstring); unchanged otherwise."""
    value = _STAGE_IS.sub(r"\g<stage> = ", value)
    span = _SPAN.match(value.strip())
    if span:  # "they said a week or two": news in that time
        return f"decision in {span['span'].replace('~', 'about ').strip()}"
    parts = [p.strip() for p in re.split(r"\s*[,;]\s*", value) if p.strip()]
    kept = [p for p in parts if not _SCHEDULE.match(p)]
    if kept and len(kept) < len(parts):  # the step, its time fixed by them later
        value = ", ".join(_NEXT_LAST.sub("", p) for p in kept)  # "sim check next": the sim check
    elif len(parts) == 1 and (found := _SCHEDULE.match(parts[0])):  # "the trial shift rota"
        step = found["after"] or found["before"]
        step = _ABOUT.sub("", step) if step else step  # "email about the panel date": the panel
        if step and step.split()[0].lower() not in _NO_STEP:
            value = step
    parts = [p.strip() for p in re.split(r"\s*[,;]\s*", value) if p.strip()]
    if len(parts) > 1 and _MATERIAL.search(parts[0]):
        kept = [parts[0]] + [p for p in parts[1:] if not _DOING.match(p)]
        value = ", ".join(kept)
    return value


# What they asked the candidate to send, and by when: "they want a mock proposal by Monday".
_TASK = re.compile(
    r"(?i)^(?:they|he|she|[A-Z][a-z]+)\s+(?:wants?|needs?|asked\s+for|would\s+like)\s+"
    r"(?P<thing>(?:a|an|the|my)\s+[^,;]+?)\s+(?P<time>(?:by|before|on)\s+[^,;]+)$"
)
# The candidate's work and the day it is due: "tech take-home due mon", "case study due by thurs".
_DUE = re.compile(
    r"(?i)^(?:the\s+|my\s+|a\s+)?(?P<thing>(?:[\w-]+\s+)?(?:take-?homes?|tasks?|assignments?"
    r"|exercises?|projects?|challenges?|case\s+study|presentation|proposal|portfolio|writing"
    r"\s+sample|references))\s+(?:is\s+)?due\s+(?:on\s+|by\s+)?(?P<day>(?:"
    + WEEKDAY
    + r"|\d)[^,;]*)$"
)
_TECH = re.compile(r"(?i)^tech\b")


def sending(value: str) -> str | None:
    """What they asked the candidate to send, as the candidate says it: "they want a mock
    proposal by Monday" -> "send you the mock proposal by Monday", "tech take-home due on
    Monday" -> "send you the technical take-home by Monday"; None when it is not one."""
    due = _DUE.match(value)
    if due:
        return f"send you the {_TECH.sub('technical', due['thing'])} by {due['day']}"
    task = _TASK.match(value)
    if task is None:
        return None
    thing = re.sub(r"^(?:a|an)\s+", "the ", task["thing"])
    return f"send you {thing} {task['time']}"


def colleague_titled(
    value: str | None, panel: Sequence[tuple[str, str | None]], reader: str
) -> str | None:
    """A colleague of the reader named in a step by first name alone ("Grace to email"), named
    as the letter names her: by her salutation when it has a title ("Ms. Mwangi to email"), so
    the letter to Dr. Wekesa never says "I hope to hear from Grace". Only a name that acts or
    is heard from ("Grace to email", "from Grace"): "end of May" stays a month."""
    if not value:
        return value
    for name, salutation in panel:
        if name == reader or not salutation or not _TITLED.match(salutation):
            continue
        first = re.escape(name.split()[0])
        acting = rf"\b{first}\b(?=\s+(?:to|will|would|is|said|says|should)\b|['’]ll\b)"
        value = re.sub(acting, salutation, value)
        value = re.sub(rf"\b(from|with|via) {first}\b", rf"\1 {salutation}", value)
    return value


_TITLED = re.compile(r"(?:Mr|Mrs|Ms|Dr|Prof)\.?\s")
