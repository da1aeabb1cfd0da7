"""Words of a topic written as one modifier before a noun, with hyphens ("the out-of-hours
rota", "same-day access", "ELKLAN-style groups"), where the notes type them as words.
"""

from __future__ import annotations

import re

from composer.offline import lexicon
from composer.offline.words import TOPIC_COUNTABLE

# Phrases that are one modifier before a noun, written with hyphens there ("the out-of-hours
# rota", "same-day access") and as words elsewhere ("a breakdown out of hours").
_COMPOUND_MODIFIERS = re.compile(
    r"\b(?:by the glass|out of hours|out of area|end of life|day to day|face to face|one to one"
    r"|state of the art|up to date|new build|same day|next day|high risk|low risk|long haul"
    r"|short haul|long term|short term|part time|full time|on call|in house)(?= ([a-z]+)\b)",
    re.IGNORECASE,
)


def hyphenated(text: str) -> str:
    """ "by the glass program" -> "by-the-glass program": a phrase of `_COMPOUND_MODIFIERS`
    before a noun is one word; so is a name with "style" ("ELKLAN style groups": "ELKLAN-style
    groups")."""
    text = re.sub(r"\b([A-Z][\w&]*) style (?=[a-z]{3,})", r"\1-style ", text)
    return _COMPOUND_MODIFIERS.sub(
        lambda m: (
            m.group().replace(" ", "-")
            if lexicon.is_noun(m.group(1).lower()) or m.group(1).lower() in TOPIC_COUNTABLE
            else m.group()
        ),
        text,
    )
