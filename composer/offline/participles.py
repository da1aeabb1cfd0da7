"""A line typed from a participle that is no past tense: "given 40 talks on data", "written SWETs
+ given evidence in 6 final hearings" -> "I have given ...", "I have written SWETs and given
evidence in six final hearings" (never "I given ...").
"""

from __future__ import annotations

from composer.offline import lexicon


def perfect(text: str) -> str | None:
    """What follows "I have" for a line of participle-only verbs ("written", "given", "driven"),
    or None when a part starts any other way (one "taught" part is a past tense: the phrase
    reader says it)."""
    parts = text.split(" and ")
    if not 1 <= len(parts) <= 3:
        return None
    for i, part in enumerate(parts):
        words = part.split()
        first = words[0].lower() if words else ""
        only = lexicon.is_participle(first) and not lexicon.is_past(first)
        only = only and not first.endswith("ed")  # "fitted": read as the past tense it is
        if len(words) < 2 or not (only or (i and lexicon.is_participle(first))):
            return None
    return text
