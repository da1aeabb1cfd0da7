"""A follow-up typed as the candidate's verdict on their own answer and what they could have said
("gave a vague answer on cost - could have said more about the saving I made at Fernbahn",
"waffled on the SLO question, should have mentioned the error budget policy I wrote"). The
verdict is the note's, never the letter's: the letter says only the addition, "On cost, I would
add that I made the saving at Fernbahn.", with what could have been said as the candidate's
clause (a thing and their deed with it, "the policy I wrote", said as the deed: "I wrote the
policy"), or nothing when it is no clause of theirs.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.screen import is_instruction
from composer.offline.shorthand import expand
from composer.offline.verbatim import spelled_out
from composer.offline.wellformed import problem

__all__ = ["verdict_added"]

# The verdict, what it was on, and what could have been said.
_VERDICT = re.compile(
    r"^(?:I\s+)?(?:gave\s+(?:a|an)\s+(?:\w+\s+)?(?:vague|weak|poor|thin|short|muddled|woolly"
    r"|rambling|incomplete|half)\s+answer|(?:fumbled|waffled|rambled|blanked|struggled|stumbled"
    r"|froze|undersold\s+myself))\s+(?:on|about|with|to|over|at)?\s*(?:the\s+)?"
    r"(?:(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)['’]s\s+)?(?:(?:question|q)\s+(?:on|about|re)\s+)?"
    r"(?P<topic>[^,;:.]{2,60}?)(?:\s+(?:question|q))?\s*(?:\s[-–—]+\s|[,;.]\s+)(?:but\s+)?(?:I\s+)?"
    r"(?:could|should|shd|shld)\s+have\s+(?:said\s+more\s+about|talked\s+(?:more\s+)?about"
    r"|mentioned|said|brought\s+up|explained)\s+(?:that\s+)?(?P<what>\S.*?)\.?$",
    re.IGNORECASE,
)
# "the internal audit I led in 2025": a thing and the candidate's deed with it, said as the deed.
_DONE_WITH = re.compile(
    r"^(?P<np>(?:the|my|a|an|our)\s+[^,;]+?)\s+(?:that\s+)?I\s+(?P<verb>[a-z]+)(?P<rest>(?:\s+.+)?)$"
)


# "I didn't answer her question about X well. I would ...": the verdict, then the answer.
_UNANSWERED = re.compile(
    r"^(?:I\s+)?(?:didn't|didnt|did\s+not)\s+answer\s+(?:(?:her|his|their|the|your)\s+"
    r"|[A-Z][\w'’.-]*['’]s\s+)?(?:question|q)\s+(?:about|on|re)\s+(?P<topic>[^,;:.]{2,60}?)\s+"
    r"(?:well|properly|fully|clearly)\s*(?:[.;]\s+|\s[-–—]+\s)(?P<what>I\s+[a-z].*?)\.?$",
    re.IGNORECASE,
)


def verdict_added(value: str | None) -> str | None:
    """ "On X, I would add that I ..." for a verdict on the candidate's own answer and what they
    could have said; "On X, I would ..." for an answer said again after "I didn't answer ...
    well"; None when what could have been said is no clause of theirs."""
    line = " ".join((value or "").split())
    if is_instruction(line):
        return None
    again = _UNANSWERED.match(line)
    if again is not None:
        said = f"On {again['topic'].strip()}, {spelled_out(expand(again['what']))}."
        return None if problem(said) else said
    found = _VERDICT.match(line)
    if found is None:
        return None
    what = expand(found["what"])
    deed = _DONE_WITH.match(what)
    if deed and lexicon.is_past(deed["verb"].lower()):
        clause = f"I {deed['verb']} {deed['np']}{deed['rest']}"  # the thing, said as the deed
    elif re.match(r"(?i)I(?:\s+[a-z]|['’](?:ve|d|m)\s)", what):
        clause = spelled_out("I" + what[1:])  # "i've built rotas": "I have built rotas"
    else:
        return None
    line = f"On {found['topic'].strip()}, I would add that {clause}."
    return None if problem(line) else line
