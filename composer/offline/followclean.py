"""A follow-up typed as one clean sentence that adds a point: "I would like to add that I am
fluent in Irish, which I did not mention when they asked about ..." -> "I would also like to
add that I am fluent in Irish, which I did not mention when I was asked about ...".

A careful writer types the follow-up as the sentence they mean; the readers for shorthand
left it out (reader 28's h221). The frame the note typed ("I would like to add that") gives
way to the phrasebook's, and what follows it is said as typed when the letter's last gate
finds nothing of a note in it. "they asked" becomes "I was asked": a panel's letter goes to
one of them, who may not be the one who asked.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from composer import regexes as re
from composer.offline import phrasebook
from composer.offline.followtyped import ROOM_FIXED
from composer.offline.lastgate import last_gate
from composer.offline.phrasebook import Variation, fitting

_ADDING = re.compile(
    r"^I(?: would|'d) (?:also )?like to (?:add|mention|say)(?: that)? (?P<clause>I\b[^.!?]+)\.?$"
    r"|^I (?:also )?(?:forgot|wanted|meant|should have liked) to (?:add|mention|say)(?: that)? "
    r"(?P<clause2>I\b[^.!?]+)\.?$"
)
# (session 55) a careful correction said to the panellist who asked (`followfor` turns their
# name to "your question"): typed as the sentences the candidate means, said as typed
_TO_THEIR_QUESTION = re.compile(r"^In (?:answer|reply) to your question, I [a-z]+ that ")
_CLARIFY = re.compile(r"^I (?:also )?(?:want|wish|would like) to clarify that [^.!?]{10,}\.$")
# A careful promise of the candidate's own to do a thing other than send it (`sendthing` says
# those): "I also promised to post photographs of my goldwork portfolio, as the pieces I brought
# did not include the banner." -> "As promised, I will post ...": kept, never told back as news
# ("One thing I would add: I also promised ...").
_PROMISED_TO = re.compile(
    r"^I (?:also )?promised to (?P<verb>post|share|mail|bring|drop off)"
    r" (?P<rest>(?:my|the|a|an|some|copies|photographs|photos|pictures|samples)\b"
    r"(?:(?!,? and I\b)[^.!?;])+)\.$"
)
_THEY_ASKED = re.compile(r"\b(?:when|as) (?:they|the panel) asked\b")


def said(typed: str | None, tone: str, channel: str, variation: Variation) -> str | None:
    """The follow-up in a phrasebook frame, or None when it is no such sentence."""
    text = " ".join((typed or "").split())
    if _TO_THEIR_QUESTION.match(text) and text.endswith(".") and not last_gate(text):
        return text  # "In answer to your question, I stated that ...; I have since ...": as typed
    if _CLARIFY.match(text) and not last_gate(text):
        return text  # "I also want to clarify that the figure was ...": one careful sentence
    if ROOM_FIXED.match(text) and not last_gate(text):  # `followtyped` joined it
        return f"{text[0].upper()}{text[1:]}"  # "I said X; in fact, Y.": as typed
    if (promise := _PROMISED_TO.match(text)) is not None:
        kept = f"As promised, I will {promise['verb']} {promise['rest']}."
        return None if last_gate(kept) else kept
    found = _ADDING.match(text)
    if found is None:
        return None
    clause = _THEY_ASKED.sub(
        lambda m: m[0].split()[0] + " I was asked", found["clause"] or found["clause2"]
    )
    # "I also wanted to mention that ..., which I did not mention": the verb said once
    options = fitting(
        phrasebook.wordings("follow_up_clause", tone, channel),
        lambda wording: "mention" not in wording or "mention" not in clause,
    )
    sentence = variation.pick("follow_up", options).format(clause=clause)
    return None if last_gate(sentence) else sentence


def room_first(read: Callable[..., str | None]) -> Callable[..., str | None]:
    """`followup.follow_up_line` with a careful correction typed first ("I said X; in fact, Y.",
    joined by `followtyped`) said as typed, and the sentences after it read on their own."""

    @functools.wraps(read)
    def line(value: str | None, *args: Any, **options: Any) -> str | None:
        text = " ".join((value or "").split())
        first, _, rest = text.partition(". ")
        if not rest or not ROOM_FIXED.match(f"{first}.") or last_gate(f"{first}."):
            return read(value, *args, **options)
        after = read(rest, *args, **options)
        return f"{first[0].upper()}{first[1:]}." + (f" {after}" if after else "")

    return line
