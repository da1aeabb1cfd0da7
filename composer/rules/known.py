"""Whether the notes support a word or a number the letter writes (the `grounding` rule)."""

from __future__ import annotations

from composer import regexes as re
from composer.rules.facts import Facts
from composer.rules.wording import CALENDAR_WORDS, EXEMPT

_ORDINAL_RE = re.compile(r"^(\d+)(?:st|nd|rd|th)$", re.IGNORECASE)


def number_known(word: str, facts: Facts) -> bool:
    """A number of the notes, or the ordinal of one ("3rd" for "3")."""
    key = word.casefold().replace(",", "")
    if key in facts.vocabulary or re.sub(r"^(\d+)\.(\d{1,2})$", r"\1,\2", key) in facts.vocabulary:
        return True  # "0.3" from "0,3%": a decimal comma as the notes typed it
    if key.isdigit() and any(
        re.fullmatch(rf"{key}\.(?:0?[1-9]|1[0-2])\.?(?:\d{{2,4}})?", w) for w in facts.vocabulary
    ):
        return True  # "20 March" from "next wed (20.3)": a day typed with its month, as dates are
    count, dash, what = key.partition("-")
    if dash and what.replace("-", "").isalpha() and count in facts.vocabulary:
        return True  # "a 200-job backlog" from "200 job backlog", "a 400,000-square-foot job"
    ordinal = _ORDINAL_RE.match(key)
    if ordinal and ordinal.group(1) in facts.vocabulary:
        return True
    # "3.5mw" from "said 2.5MW plant - was 3.5": a figure of the notes with the unit the notes
    # give the figure it puts right
    unit = _UNIT_RE.match(key)
    return bool(
        unit
        and unit.group(1) in facts.vocabulary
        and any(_UNIT_RE.fullmatch(w) and w.endswith(unit.group(2)) for w in facts.vocabulary)
    )


_UNIT_RE = re.compile(r"^(\d+(?:\.\d+)?)([a-z]{1,3})$")
# Languages notes type clipped to their first three letters ("eng", "fra", "ger", "spa").
_LANGUAGES = frozenset(["english", "french", "german", "spanish", "italian", "portuguese"])


def word_known(word: str, facts: Facts) -> bool:
    """A word of the notes (possessive aside), a word any letter may use, or a hyphenated
    compound whose capitalised parts are such words."""
    folded = word.casefold()
    if folded.endswith("'s"):
        folded = folded[:-2]
    if folded in facts.vocabulary or folded in EXEMPT:
        return True
    if folded.endswith("s") and folded[:-1] in CALENDAR_WORDS:
        return True  # "on Mondays"
    if re.fullmatch(r"[A-Z]{2,}s", word) and folded[:-1] in facts.vocabulary:
        return True  # "no LTIs" from "zero LTI": the initials of the notes, counted
    if folded in _LANGUAGES and folded[:3] in facts.vocabulary:
        return True  # "English" from "afrikaans & eng": a language typed clipped
    if "-" in word:
        return all(_part_known(part, facts) for part in word.split("-"))
    return False


def _part_known(part: str, facts: Facts) -> bool:
    folded = part.casefold()
    return not part[:1].isupper() or folded in facts.vocabulary or folded in EXEMPT
