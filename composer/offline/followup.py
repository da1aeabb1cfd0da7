"""The follow-up and the next steps, said by the candidate in one confident sentence each.

A follow-up is often typed as a note to self ("I said I had never used Tableau; true, but I used
Power BI for three years", "mention that I can start in September"): only what the letter should
say is kept ("I used Power BI for three years") and put in a frame. Next steps are welcomed
("I look forward to a decision next week"), never logged.
"""

from __future__ import annotations

import re

from composer.offline import phrasebook
from composer.offline.phrasebook import Variation
from composer.offline.phrases import Phrase, Shape, analyse, clause, sentence, with_article
from composer.offline.screen import is_instruction

_SAID_BUT = re.compile(
    r"^(?:i\s+(?:said|told\s+\w+|mentioned|claimed|answered|admitted)\b.*?)[;,.:]\s*"
    r"(?:(?:true|fair|right|correct)[,;:]?\s*)?(?:but|however|although|though)[,]?\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_TO_SELF = re.compile(
    r"^(?:(?:remember|don't forget|do not forget)\s+to\s+)?(?:mention|say|tell\s+(?:them|her|him)"
    r"|add|clarify|explain|note)\s+(?:that\s+)?(?P<rest>.+)$",
    re.IGNORECASE,
)
_SOFTENERS = re.compile(r"^(?:that|maybe|perhaps|also)\s+", re.IGNORECASE)


def _lower_start(text: str) -> str:
    first = text.split(" ", 1)[0]
    if first in ("I", "I'm", "I've", "I'd", "I'll") or (first[1:] and not first[1:].islower()):
        return text
    if first.lower() in ("my", "the", "a", "an", "our", "this", "that", "these", "those", "it"):
        return text[0].lower() + text[1:]
    return text


def follow_up_core(value: str | None, common: frozenset[str] = frozenset()) -> Phrase | None:
    """What the follow-up should say, without the note-to-self around it; None to leave out.

    "I said I had never used Tableau; true, but I used Power BI for three years" -> "I used
    Power BI for three years"; "mention that I can start in September" -> "I can start in
    September".
    """
    if not value or is_instruction(value):
        return None
    text = " ".join(value.split()).rstrip(".!; ")
    said = _SAID_BUT.match(text)
    if said:
        text = said.group("rest")
    else:
        to_self = _TO_SELF.match(text)
        if to_self:
            text = _SOFTENERS.sub("", to_self.group("rest"))
    if not text or text.endswith("?"):
        return None
    return analyse(text, common)


def follow_up_line(
    value: str | None, common: frozenset[str], tone: str, channel: str, variation: Variation
) -> str | None:
    """The follow-up as one sentence in the candidate's voice, or None to leave it out."""
    phrase = follow_up_core(value, common)
    if phrase is None:
        return None
    if phrase.shape in (Shape.FIRST_PERSON, Shape.CLAUSE, Shape.PAST):
        said_clause = clause(phrase)
        assert said_clause is not None
        body = _lower_start(said_clause.text())
        options = phrasebook.wordings("follow_up_clause", tone, channel)
        return variation.pick("follow_up", options).format(clause=body)
    if phrase.shape is Shape.BASE:
        options = phrasebook.wordings("follow_up_vp", tone, channel)
        return variation.pick("follow_up", options).format(vp=phrase.text)
    if phrase.shape in (Shape.ADJECTIVE, Shape.PARTICIPLE, Shape.ROLE):
        said_clause = clause(phrase)
        assert said_clause is not None
        options = phrasebook.wordings("follow_up_clause", tone, channel)
        return variation.pick("follow_up", options).format(clause=said_clause.text())
    if phrase.shape in (Shape.NOUN, Shape.GERUND):
        options = phrasebook.wordings("follow_up_np", tone, channel)
        return variation.pick("follow_up", options).format(np=phrase.text)
    return None


def next_steps_line(
    value: str | None,
    common: frozenset[str],
    tone: str,
    channel: str,
    variation: Variation,
) -> str:
    """The next step welcomed: "I look forward to a decision next week" (no final stop)."""
    if value and not is_instruction(value):
        phrase = analyse(value, common)
        if phrase.shape in (Shape.NOUN, Shape.GERUND, Shape.ROLE):
            steps = with_article(phrase)
            return _pick(variation, "next_np", tone, channel).format(steps=steps)
        if phrase.shape is Shape.BASE:
            return _pick(variation, "next_vp", tone, channel).format(vp=phrase.text)
        if phrase.shape is Shape.CLAUSE:
            said = _lower_start(_to_them(phrase.text))
            return _pick(variation, "next_clause", tone, channel).format(clause=said)
        if phrase.shape is Shape.FIRST_PERSON:  # "I will hear back by Friday"
            rest = _pick(variation, "next_none", tone, channel)
            return f"{sentence(phrase.text)[:-1]}, and {rest}"
    return _pick(variation, "next_none", tone, channel)


_MODALS = frozenset(["will", "would", "can", "could", "should", "might", "may", "must"])


def _to_them(text: str) -> str:
    """ "she will call me next week" said to her: "you will call me next week".

    Only "he"/"she" before a modal verb is turned round ("they" is usually the company).
    """
    words = text.split(" ")
    if len(words) > 2 and words[0].lower() in ("he", "she") and words[1].lower() in _MODALS:
        return " ".join(["you", *words[1:]])
    return text


def _pick(variation: Variation, section: str, tone: str, channel: str) -> str:
    """A wording with its final stop removed: the writer joins and ends the sentence."""
    return variation.pick(section, phrasebook.wordings(section, tone, channel)).rstrip(".")
