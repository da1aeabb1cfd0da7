"""Marks in a follow-up's answer that say how it is to be said (the readings are in `asked`,
`answered`, `replied` and `followup`).

- a time that places a deed at one moment ("on the day", "last yr"): the simple past;
- years typed in brackets after a deed ("(2024 + 2025)"): said as when it was done;
- a no to doing it alone ("not solo, but reviewed + signed approx 15"): said back to the one
  who asked, with what there was;
- what marks an answer as one the candidate failed to give ("forgot", "should've said"): only
  then may the letter say "I should have mentioned";
- what was said in the room and how the answer went ("said TRiM", "i kinda rambled"): never
  printed.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline.question import ALONE

# A time that places the deed at one moment, so it is said in the simple past ("passed it on
# the day", "passed the CRR on the first attempt"), never "I have passed it on the day".
DATED = re.compile(
    r"(?i)\b(?:19|20)\d\d\b|\b(?:in|last|this)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
    r"|nov|dec)[a-z]*\b|\blast\s+(?:week|month|year|yr)\b|\bago\b|\byesterday\b"
    r"|\b(?:on|at)\s+the\s+(?:day|time|night|first\s+(?:attempt|go|try|sitting))\b"
    r"|\b(?:first\s+time|back\s+then|at\s+the\s+time)\b"
)


# The notice to give, typed after a yes: "2 wks notice", "I only need to give 2 weeks notice".
NOTICE = re.compile(
    r"(?i)^(?:I\s+(?:only\s+|would\s+)?(?:need\s+to\s+give|have\s+to\s+give|must\s+give|have)\s+)?"
    r"(?:only\s+)?(?P<n>\d+|one|two|three|four|six)\s+(?P<unit>wks?|weeks?|months?|mths?)['’]?"
    r"\s+notice$"
)  # "2 wks notice", "I only need to give 2 weeks notice"


# Years typed in brackets after what was done: "(2024 + 2025)", "(2019)".
_YEARS = re.compile(r"\s*\(\s*((?:19|20)\d\d(?:\s*(?:\+|,|&|/|and)\s*(?:19|20)\d\d)*)\s*\)")


def _years(found: re.Match[str]) -> str:
    """ " (2024 + 2025)" -> ", in 2024 and 2025"; " (2019)" -> " in 2019"."""
    years = re.findall(r"(?:19|20)\d\d", found[1])
    if len(years) == 1:
        return f" in {years[0]}"
    return f", in {', '.join(years[:-1])} and {years[-1]}"


def years_said(text: str) -> str:
    """ "I did two galas (2023 + 2025)" -> "I did two galas, in 2023 and 2025"."""
    return _YEARS.sub(_years, text)


# "- not solo, but ...": a no to doing it alone, and what there was after the "but".
ALONE_NO = re.compile(rf"(?i)\s(?:-+|–|—)\s*not\s+(?:{ALONE})\s*,\s*but\b")
# What marks a follow-up as what the candidate failed to say: only then "I should have said".
UNSAID_MARK = re.compile(
    r"(?i)\b(?:should(?:'ve|\s+have)|forgot|meant|wanted\s+to|undersold|underplayed|downplayed"
    r"|rambled|blanked|fumbled|waffled|didn'?t\s+(?:say|mention)|missed|mention|add|actually"
    r"|in\s+fact|real\s+answer|correction|true|said)\b"
)
# What the candidate said in the room, and how the answer went ("i kinda rambled"): no part of
# the letter (read by `recalled`).
SAID_IN_ROOM = re.compile(
    r"(?i)^(?:I\s+)?(?:said|told\s+(?:her|him|them)|answered|described|talked\s+about)\b"
)
# An answer that went wrong in the room, as candidates type it (also read by `slips`).
WENT_WRONG = r"waffled|rambled|blanked|fumbled|froze|went\s+blank"
HOW_IT_WENT = re.compile(
    r"(?i)^(?:I\s+)?(?:(?:kinda|kind\s+of|sort\s+of|a\s+bit|totally|completely|just)\s+)?"
    rf"(?:{WENT_WRONG}|undersold"
    r"|didn'?t\s+say\s+much|did\s+not\s+say\s+much"
    r"|(?:didn'?t|did\s+not)\s+(?:say|answer|explain|put)\s+(?:it\s+)?(?:well|clearly|properly)"
    # "I said far too much about burnout and not enough about why I want this job" (h1372)
    r"|(?:said|talked)\s+(?:(?:far|way|much)\s+)?too\s+(?:much|little)\s+about)\b"
)
