"""A follow-up as the notes type it, tidied before it is read: the hedge before what was said
("i think i said 500 barrels"), the reminder after it ("- fix", "- mention", "(add this)"),
the correction joined by a comma ("said 500 barrels, it was 600") and a year put on a present
perfect ("I've done the grafting course at Telford (2023)"), each said as the readers of
follow-ups (`followparts`, `followcore`) know it: "said 500 barrels - it was 600"; "I did the
grafting course at Telford in 2023". The readers then say it, or leave it out, as before.
A follow-up none of them reads that was typed as a careful sentence of the candidate's own (a
capital, "I" or "my", a finite verb, every check of the last gate passed) is said as typed
(`as_typed`), its full stop added: "I have checked since: my Argus training was on version
8.4, not 8.1 as I said."
"""

from __future__ import annotations

import re

from composer.offline import lexicon, typedwhole, verbatim
from composer.offline.lastgate import last_gate

# "i think i said", "pretty sure I said", "I think I told them": a hedge on the candidate's
# memory of their own words, which the correction itself settles
_HEDGE = re.compile(
    r"^(?:i\s+think|pretty\s+sure|i'?m\s+pretty\s+sure|i\s+believe|think)\s+(?:i\s+)?(?=said\b)",
    re.IGNORECASE,
)
_I_SAID = re.compile(r"^i\s+(?=said\b)", re.IGNORECASE)
# A reminder to self at the end: "- fix", "- mention", "(add)", "- pls correct", "- tell them";
# a dash with no space before it is a name's ("a Scharf-fix", the paring machine)
_REMINDER = re.compile(
    r"(?:\s+[-–—]+|\s*\()\s*(?:pls\s+|please\s+)?(?:fix|correct|mention|add|clarify|include|say"
    r"|tell\s+(?:them|her|him))(?:\s+(?:this|that|it|in\s+(?:the\s+)?letter))?\s*\)?\s*[.!]*$",
    re.IGNORECASE,
)
# "said 500 barrels, it was 600": the correction after a comma, as after a dash
_COMMA_FIX = re.compile(
    r"^(?P<said>said\s+[^,;]+?)\s*[,;]\s+(?P<fix>(?:it|that)\s+(?:was|is)\s.+)$"
)
# "I've done X (2023)", "I have done X in 2023": a year is past, so the perfect says it past
_PERFECT_YEAR = re.compile(
    r"^(?P<lead>.*?\bI)(?:'ve|\s+have)\s+(?P<verb>[a-z]+)\s+(?P<what>.+?)\s*"
    r"(?:\((?P<bracket>(?:19|20)\d\d)\)|\bin\s+(?P<year>(?:19|20)\d\d))\s*$"
)


def tidied(value: str) -> str:
    """`value` without its hedge and reminder, its comma correction joined as with a dash,
    and a year's deed in the past tense; `value` itself when it has none of them."""
    text = _REMINDER.sub("", value.strip())
    text = _HEDGE.sub("", text)
    text = _I_SAID.sub("", text)
    fix = _COMMA_FIX.match(text)
    if fix and not re.search(r"\s[-–—]+\s", fix["said"]):  # "... - checked, it was 64": read
        text = f"{fix['said']} - {fix['fix']}"
    perfect = _PERFECT_YEAR.match(text)
    if perfect:
        past = lexicon.verb_forms(lexicon.base_of(perfect["verb"]) or "").get("VBD")
        if past and lexicon.is_participle(perfect["verb"]):
            year = perfect["bracket"] or perfect["year"]
            text = f"{perfect['lead']} {past} {perfect['what']} in {year}"
    return text


def as_typed(value: str | None) -> str | None:
    """`value` said as typed when it is a careful sentence of the candidate's own
    (`typedwhole.as_typed`), a full stop added where the notes left it off; else None."""
    if not value:
        return None
    text = value.strip()
    text = text if text.endswith((".", "!", "?")) else f"{text}."
    if _CORRECTION.search(text) and text[:1].isupper() and not typedwhole.CHAT.search(text):
        # "I said the maximum was 2%; ... it is actually up to 4%": what a note to self
        # would be ("I said ...") is here the correction the letter is for
        said = typedwhole.counts_joined(verbatim.spelled_out(text.rstrip(" .!"))) + "."
        return None if last_gate(said) or len(said.split()) > _MOST_WORDS else said
    return typedwhole.as_typed(text)


# A correction typed in full: what the candidate said, and what is so ("actually", "not").
_CORRECTION = re.compile(
    r"\bI said\b.*\b(?:actually|in fact|not|rather than)\b|\bnot\b.*\bas I said\b"
)
_MOST_WORDS = 45
