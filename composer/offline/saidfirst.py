"""A follow-up that starts from what the candidate said in the room, said and not reported.

"I said the Kisii PF1 was over-fired; I would add that its infusion was slightly dull" is the
candidate's own account of an answer and what they add to it. Put in a frame ("I also wanted to
mention that I said ...") it reads as a report of the interview. Said to the reader it needs no
frame: "On the Kisii PF1: I said it was over-fired, and I would add that its infusion was
slightly dull." A correction of a figure ("I gave the close time as 8 days; it was actually 6")
is said as one: "One correction: I gave the close time as 8 days, but it was actually 6." With
the question named ("When she asked about behaviour plans I only mentioned detentions; I would
add that ..."), the addition is said to that answer: "To add to my answer on behaviour plans:
...". A line of any other shape is left to the other readings of `followup` (None).
"""

from __future__ import annotations

from collections.abc import Callable

from composer import regexes as re
from composer.offline import lexicon, phrasebook
from composer.offline.lastgate import last_gate
from composer.offline.phrasebook import Variation, fitting
from composer.offline.shorthand import expand

__all__ = ["said_first"]

# "When she asked about behaviour plans, ": the question the answer was to.
_ASKED_LEAD = (
    r"(?:(?:when|after) (?:he|she|they|you|[A-Z][\w.-]+(?: [A-Z][\w-]+)?) asked (?:me )?"
    r"(?:about|abt|re) "
    r"(?P<topic>[^,;:]+?),? )?"
)
# "I said X", "I mentioned X", "I gave X": what was said in the room (no "that" kept).
_SAID_IN_ROOM = (
    r"I (?:only |just )?(?P<verb>said|mentioned|told (?:you|him|her|them)|gave|quoted)"
    r"(?: that)? (?P<what>[^;:]+?)"
)
# "; I would add that Y", "; I'd also add Y", "; I should add that Y": the addition.
_ADDS = re.compile(
    rf"^{_ASKED_LEAD}{_SAID_IN_ROOM}\s*(?:;|,? but|,? and)\s+I(?:(?: would|'d| should)(?: also)?"
    r" (?:like to )?add|(?: should|'d)(?: also)? have (?:said|added|mentioned))(?: that)?"
    r" (?P<add>\S.+?)[.!]?$",
    re.IGNORECASE,
)
# "; it was actually 6", ". In fact I used it ...", "; the 2023 figure was 17.8%": the fix.
_FIXES = re.compile(
    rf"^{_ASKED_LEAD}{_SAID_IN_ROOM}\s*(?:;|,? but|\.)\s+(?P<fix>(?:I have since checked,? and )?"
    r"(?:(?:[^;.]*?\b(?:actually|in fact)\b)|the (?:exact|correct|real|actual|right|\d{4})"
    r" (?:figure|number|total|date|amount)(?: [^;.]*?)?(?:'s| was| is)) [^;]+?)[.!]?$",
    re.IGNORECASE,
)
# A note to self after the line: "Need to fix that.", "- fix that", "I would like to make that
# clear."
_TO_SELF = re.compile(
    r"(?:[.,;]|\s-)\s*(?:(?:I )?(?:need|have|want) to |must )?(?:fix|correct|clarify)"
    r" (?:that|this)[.!]?$|\.\s*I would like to make (?:that|this) clear[.!]?$",
    re.IGNORECASE,
)
# The thing the answer was about, when it leads what was said: "the Kisii PF1 was over-fired".
_ABOUT = re.compile(
    r"^(?P<np>(?:the|my|our) [\w' -]+?|[A-Z][\w-]*(?: [A-Z0-9][\w-]*)*) (?P<be>was|is|were|are)"
    r" (?P<rest>\S.*)$"
)
_PRONOUN = {"was": "it", "is": "it", "were": "they", "are": "they"}
# What was said in the room denied a thing of the candidate's ("I had never run a tender", "I
# have not worked with dbt"): "in fact I ran two" after it corrects a fact, not adds to it.
_DENIED = re.compile(r"^I (?:have|had|did|do|was|am)? ?(?:not|never)\b|^I (?:had|have)n't\b")


def _plain(text: str) -> str:
    """`text` with "hadn't", "I'd" written out, so the letter's voice is even."""
    text = re.sub(r"\b(?:can't|cannot)\b", "cannot", text)
    text = re.sub(r"\bwon't\b", "will not", text)
    text = re.sub(r"\b(\w+)n't\b", r"\1 not", text)
    return re.sub(r"\bI'd(?= (?:(?:only|just|already|never) )?(?P<w>\w+))", _had_or_would, text)


def _had_or_would(found: re.Match[str]) -> str:
    """ "I had" before a participle ("I'd only observed"), else "I would" ("I'd add")."""
    word = found["w"].lower()
    return "I had" if lexicon.is_participle(word) and not lexicon.is_base_verb(word) else "I would"


def _said(verb: str, what: str) -> str:
    """ "I said it was over-fired" led by "On the Kisii PF1: " when the answer's subject is a
    named thing; else "I said X" as typed."""
    about = _ABOUT.match(what)
    if about is None or about["np"].lower().startswith(("my ", "our ")):
        return f"I {verb} {what}"
    return f"On {about['np']}: I {verb} {_PRONOUN[about['be']]} {about['be']} {about['rest']}"


def said_first(
    value: str | None,
    tone: str,
    channel: str,
    variation: Variation,
    *,
    fits: Callable[[str], bool] = lambda _: True,
) -> str | None:
    """The follow-up said in the candidate's voice when it starts from what they said in the
    room (see the module's note), or None for a line of another shape or one whose sentence
    does not pass the last gate."""
    if not value:
        return None
    text = _TO_SELF.sub(".", _plain(expand(" ".join(value.split()))))
    text = text[:1].upper() + text[1:]
    line = _added(text, tone, channel, variation, fits) or _fixed(text, tone, channel, variation)
    if line is None or _gated(line, text):
        return None
    return line


# The word a gate's reason names: "... no English table knows ('stocktakes')".
_NAMED = re.compile(r"no English table knows \('(?P<word>[\w'-]+)'\)")


def _gated(text: str, typed: str) -> str:
    """Why the last gate stops `text`, or "": a word it does not know passes when the candidate
    typed it in the note (their own word, as the letter's gate trusts it), and the sentence
    with it as a plain noun passes."""
    why = last_gate(text)
    for _ in range(3):
        found = _NAMED.search(why)
        if found is None or not re.search(rf"\b{re.escape(found['word'])}\b", typed):
            return why
        plain = "things" if found["word"].endswith("s") else "thing"
        text = re.sub(rf"\b{re.escape(found['word'])}\b", plain, text)
        why = last_gate(text)
    return why


def _added(
    text: str, tone: str, channel: str, variation: Variation, fits: Callable[[str], bool]
) -> str | None:
    found = _ADDS.match(text)
    if found is None:
        return None
    # "I would add that it was also dull": "add" says "also" already
    add = re.sub(r"^(I|[\w' -]+? (?:was|is|were|are|had|has)) also\b", r"\1", found["add"])
    if _gated(add[:1].upper() + add[1:] + ".", text):
        return None
    if found["topic"]:  # the question named: the addition said to that answer, once
        options = fitting(phrasebook.wordings("follow_up_answer", tone, channel), fits)
        topic = re.sub(r"^(?:my|our) ", "my ", found["topic"].strip())
        return variation.pick("follow_up", options).format(topic=topic, clause=add)
    said = _said(found["verb"], found["what"].rstrip(" ,"))
    return f"{said}, and I would add that {add}."


def _fixed(text: str, tone: str, channel: str, variation: Variation) -> str | None:
    found = _FIXES.match(text)
    if found is None:
        return None
    fix = found["fix"]
    denied = _DENIED.search(found["what"]) is not None  # "I said I had never run a tender"
    if re.match(r"(?:actually|in fact|really),? I\b", fix, re.IGNORECASE) and not denied:
        return None  # "actually I wrote two": more than was said, not a fact corrected
    if _gated(fix[:1].upper() + fix[1:] + ".", text):
        return None
    fix = fix if re.match(r"I\b", fix) else fix[:1].lower() + fix[1:]
    said = f"I {found['verb']} {found['what'].rstrip(' ,')}, but {fix}"
    if found["topic"]:  # "our tuition discount rate" was the candidate's: "the ..." to them
        topic = re.sub(r"^our ", "the ", found["topic"].strip())
        options = phrasebook.wordings("follow_up_corrected_on", tone, channel)
        return variation.pick("follow_up", options).format(topic=topic, clause=said)
    options = phrasebook.wordings("follow_up_corrected", tone, channel)
    return variation.pick("follow_up", options).format(clause=said)
