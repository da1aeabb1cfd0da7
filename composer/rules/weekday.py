"""Part of `grounding`: the weekday a letter gives the interview must be the day of interview.date.

"Thank you for meeting me on Monday" after a Tuesday interview states a false fact. Only a
weekday the letter ties to the interview in the past is checked ("thank you for ... on Monday",
"our conversation last Monday", "Monday's interview"); plans ("I can start on Monday", "your
decision on Friday", "I look forward to our call on Friday") are left alone.
"""

from __future__ import annotations

import calendar
from typing import NamedTuple

from composer import regexes as re
from composer.rules.context import Context, finding
from composer.rules.report import Violation
from composer.rules.text import ParsedLetter, Span
from composer.rules.wording import SUBJECT_RE

# Read once: `calendar.day_name[i]` formats a date to find the name each time it is asked.
_DAY_NAMES = tuple(calendar.day_name)
_DAYS = "|".join(_DAY_NAMES)
# "on Monday", "last Monday", "this past Monday"; "Monday's interview".
_ON_DAY_RE = re.compile(rf"\b(?:on|last|this\s+past)\s+(?P<day>{_DAYS})\b(?!'s)", re.IGNORECASE)
_EVENT = r"interview|conversation|meeting|call|chat|discussion|panel|session|visit|talk"
_DAYS_EVENT_RE = re.compile(
    rf"\b(?P<day>{_DAYS})'s\s+(?:[\w-]+\s+){{0,4}}?(?:{_EVENT})s?\b",
    re.IGNORECASE,
)
# The meeting itself, named just before "on <day>": "meeting me", "our conversation", "your time".
# A bare "meeting" may be someone else's ("the board meeting on Monday"); "meeting me" is not.
_CUE_RE = re.compile(
    r"\b(?:interview\w*|conversation|call|chat|discussion|panel|session|visit|talk|time"
    r"|(?:our|the|your)\s+meeting|(?:meet|meeting)(?:\s+with)?\s+(?:me|us|you)|met|speak\w*"
    r"|spoke|spoken|talk\w*|chatt\w*|hosting|host(?:ed)?|joining|joined|showing|showed)\b",
    re.IGNORECASE,
)
# Thanks or a past tense: the sentence looks back at the interview.
_PAST_RE = re.compile(
    r"\b(?:thank\w*|grateful|gratitude|appreciat\w*|enjoy(?:ed)?|met|spoke|spoken|talked"
    r"|chatted|interviewed|visited|was|were|had|came|joined|showed|shared|described"
    r"|explained|discussed|mentioned)\b",
    re.IGNORECASE,
)
# A plan or a wish: the weekday may be a day still to come.
_FUTURE_RE = re.compile(
    r"\b(?:will|shall|'ll|going\s+to|look(?:ing)?\s+forward|hope|hoping|next|upcoming"
    r"|available|availability|schedul\w*|plan\w*|arrang\w*|start\w*|decision|decide"
    r"|hear(?:ing)?\s+from|would\s+be|could|can|before|until|ahead|follow(?:-|\s)?up"
    r"|(?:meet|speak|talk|see|chat)\w*\s+(?:\w+\s+){0,2}again|set(?:ting)?\s+up|invit\w*"
    r"|confirm\w*|book\w*|earlier|previous|prior|first)\b",
    re.IGNORECASE,
)
_GAP = 80  # characters between the cue and the weekday: the same clause


class WrongDay(NamedTuple):
    """A weekday the letter gives the interview that interview.date contradicts."""

    offset: int
    quote: str
    said: str  # the weekday as written, capitalised
    actual: str  # the weekday of interview.date


def wrong_weekdays(letter: ParsedLetter, ctx: Context) -> list[WrongDay]:
    """Every place where the letter dates the interview to another weekday than the notes."""
    if "day" not in letter.text and "DAY" not in letter.text:
        return []
    actual = _DAY_NAMES[ctx.notes.interview.date.weekday()]
    found: list[WrongDay] = []
    for span in _statements(letter):
        if "day" not in span.text and "DAY" not in span.text:
            continue  # every weekday name ends in "day"; most sentences have none
        for match in _ON_DAY_RE.finditer(span.text):
            prefix = span.text[: match.start()]
            cue = _last(_CUE_RE, prefix)
            if cue is None or match.start() - cue > _GAP:
                continue
            found += _compare(span, match, actual)
        for match in _DAYS_EVENT_RE.finditer(span.text):
            found += _compare(span, match, actual)
    return found


def _statements(letter: ParsedLetter) -> list[Span]:
    """The sentences of the body and postscript, and the subject after its "Subject:" label."""
    spans = list(letter.sentences)
    subject = letter.subject
    if subject is not None:
        label = SUBJECT_RE.match(subject.text)
        cut = label.end() if label else 0
        spans.append(Span(subject.start + cut, subject.text[cut:]))
    return spans


def _last(pattern: re.Pattern[str], text: str) -> int | None:
    """Where the last match of `pattern` in `text` ends, or None."""
    end = None
    for match in pattern.finditer(text):
        end = match.end()
    return end


def _compare(span: Span, match: re.Match[str], actual: str) -> list[WrongDay]:
    """The weekday of `match` if it is wrong and the sentence looks back at the interview."""
    said = match.group("day").capitalize()
    if said == actual or not _PAST_RE.search(span.text):
        return []
    if _FUTURE_RE.search(span.text, 0, match.start()):
        return []
    return [WrongDay(span.start + match.start(), match.group(), said, actual)]


def weekday_findings(letter: ParsedLetter, ctx: Context) -> list[Violation]:
    """`grounding` findings for a weekday that contradicts interview.date."""
    day = ctx.notes.interview.date
    problems: list[Violation] = []
    for wrong in wrong_weekdays(letter, ctx):
        fixed = re.sub(wrong.said, wrong.actual, wrong.quote, flags=re.IGNORECASE)
        problems.append(
            finding(
                "grounding",
                f'line {letter.line_at(wrong.offset)}: "{wrong.quote}" puts the interview on a '
                f"{wrong.said}, but the notes date it {day.isoformat()}, a {wrong.actual}. "
                f'Write "{fixed}", or correct interview.date in the notes if it is wrong.',
                fix=f"The interview was on {wrong.actual} ({day.isoformat()}), not "
                f'{wrong.said}: write "{fixed}" instead of "{wrong.quote}".',
                quote=wrong.quote,
            )
        )
    return problems
