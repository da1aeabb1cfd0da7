"""News due within a span said as theirs: "a decision within two weeks" -> "I understand I should
hear from you within two weeks", never "I look forward to hearing from you within two weeks",
which reads as a deadline the candidate sets. "Within" sets a limit; a span said as when
("in about three weeks") or a day ("by Friday") keeps the line as it was.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import phrasebook
from composer.offline.phrasebook import Variation

_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|ten|a\s+few|a\s+couple\s+of|\d+)"
_UNIT = r"(?:days?|weeks?|months?|working\s+days?|business\s+days?)"
# The line heard from them at a span: who, the span, and anything said after it.
_AT_SPAN = re.compile(
    r"^I (?:shall )?(?:look forward to hearing from|hope to hear from) (?P<who>.+?)"
    r"|^I look forward to your news(?P<yours>)"
)
_SPAN = re.compile(
    rf"^\s(?P<time>(?:by\s+(?:letter|e-?mail|phone|post)\s+)?within\s+"
    rf"(?:(?:about|around|roughly|approximately|the\s+next)\s+)?"
    rf"(?:{_COUNT}(?:\s+(?:to|or)\s+{_COUNT})?\s+{_UNIT}(?:\s+or\s+so)?|a\s+fortnight))"
    r"(?P<rest>,\s.*)?$"
)


def span_said(line: str, tone: str, channel: str, variation: Variation) -> str:
    """`line` (no final stop) with news due within a span said as theirs (see the module
    docstring); `line` as it is otherwise."""
    heard = _AT_SPAN.match(line)
    if heard is None:
        return line
    if heard["yours"] is not None:  # "I look forward to your news within two weeks"
        who, rest = "you", line[heard.end() :]
    else:  # who ends where the span starts: "hearing from the panel chair within ..."
        tail = line[heard.start("who") :]
        found = re.search(r"\s(?=(?:by\s+\w+\s+)?(?:within|in)\s)", tail)
        if found is None:
            return line
        who, rest = tail[: found.start()], tail[found.start() :]
    span = _SPAN.match(rest)
    if span is None:
        return line
    options = phrasebook.wordings("next_hear_span", tone, channel)
    said = variation.pick("next_hear_span", options).rstrip(".").format(who=who, time=span["time"])
    return said + (span["rest"] or "")
