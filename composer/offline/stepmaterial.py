"""Material they will send for the next stage, welcomed as looked for: "final stage = range
presentation task, they'll send the brief by mon 7 dec" -> "I look forward to receiving the brief
for the range presentation task by Monday 7 December." (never "hearing from you by Monday": the
brief is not their decision). `nextsteps` asks this first; None when the step is no such thing.
"""

from __future__ import annotations

from collections.abc import Callable

from composer import regexes as re
from composer.offline import phrasebook
from composer.offline.phrasebook import Variation, fitting
from composer.offline.steptext import plain_step
from composer.offline.wellformed import problem

# What is sent to work on before the next stage, not news of a decision.
_THING = (
    r"(?:brief|case[\s-]+study|task|pack|test|assignment|exercise|questions|scenario|data\s*set"
    r"|materials?|reading|agenda)"
)
_SENT = re.compile(
    r"(?i)(?:^|,\s*)(?:they|he|she|we|hr|the\s+\w+|[A-Z][a-z]+)\s*(?:will|['’]ll|are\s+going\s+to"
    r"|is\s+going\s+to|to)\s+(?:send|e-?mail|share|post|forward)\s+(?:me\s+|over\s+|out\s+)?"
    rf"(?P<what>(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?{_THING})"
    r"(?P<time>\s+(?:by|on|before|early|next|this|in|over)\b[^,;]*)$"
)
# The stage the material is for, typed before it: "final stage = range presentation task".
_STAGE = re.compile(
    r"(?i)^(?:(?:final|next|last|2nd|second|3rd|third)\s+)?(?:stage|round|step)\s*(?:=|:|-|is)"
    r"\s*(?P<stage>[a-z][\w\s-]*?(?:task|presentation|exercise|interview|test|case\s+study))\s*,"
)


def material(
    value: str, tone: str, channel: str, variation: Variation, fits: Callable[[str], bool]
) -> str | None:
    """The step welcomed as material looked for (no final stop), or None."""
    value = plain_step(value)[0]  # "by mon 7 dec" -> "by Monday 7 December"
    sent = _SENT.search(value)
    if sent is None:
        return None
    what = " ".join(sent["what"].split())
    what = f"{what[0].lower()}{what[1:]}"
    stage = _STAGE.match(value)
    if stage and what.lower().startswith("the "):  # "the brief for the range presentation task"
        what = f"{what} for the {' '.join(stage['stage'].split())}"
    options = fitting(phrasebook.wordings("next_receive", tone, channel), fits)
    line = variation.pick("next_receive", options).format(what=what, time=sent["time"].strip())
    line = line.rstrip(".")
    return None if problem(f"{line}.") else line
