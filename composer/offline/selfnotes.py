"""Notes to self: the fact a note carries, without the part meant for the candidate only.

"I undersold the BBC Radio 3 piece, which reached about 800k listeners" is written for the
candidate; the reader should learn only that the piece reached about 800k listeners. "real
answer: I managed a £1.1m wage budget" gives its answer; "mention that I hold SC clearance"
gives what to mention. A note to self with no fact in it ("I undersold my leadership") gives
nothing, and the item is left out.
"""

from __future__ import annotations

import re

# Signs that a note is written for the candidate, not the reader.
_MARKERS = re.compile(
    r"\b(?:undersold|oversold|fumbled|blanked|botched|rambled|waffled|flubbed)\b"
    r"|\b(?:forgot|meant|failed|need|needs|want|wanted|remember|don't forget) to"
    r" (?:say|mention|add|tell|clarify|stress)\b"
    r"|\bshould(?:'ve| have) (?:said|mentioned|added|told)\b"
    r"|\b(?:didn't|did not|never) (?:say|mention|get to)\b"
    r"|\b(?:mention|stress|flag|say) (?:that|this|it)\s*$"
    r"|^(?:mention|stress|say|add|note to self|nb|todo|remember)\b"
    r"|\breal answer\b|\btechnically true\b|\btbh\b|\blol\b|!!|\bI said\b",
    re.IGNORECASE,
)
# "the question on impact - ", "she asked about telemetry - ", "re the budget question: ".
_CONTEXT = re.compile(
    r"^(?:(?:the|her|his|their)\s+)?(?:question|q)\s+(?:on|about)\s+[^-:;]+?\s*(?:-|:|;)\s+"
    r"|^(?:he|she|they)\s+asked(?:\s+me)?\s+about\s+[^-:;]+?\s*(?:-|:|;)\s+"
    r"|^(?:when|where)\s+(?:he|she|they)\s+asked\s+[^,]+,\s+",
    re.IGNORECASE,
)
# Where the note gives the answer itself.
_ANSWER = re.compile(
    r"(?:real answer|correction|in fact|actually|truth is)(?:\s+(?:on|about|to|re)\s+[^:]+:)?"
    r"\s*[:,]?\s*(?P<a>.+)$"
    r"|\bbut\s+(?P<b>I\s+.+)$",
    re.IGNORECASE,
)
# "I undersold X, which Y" / "I undersold X, it Y": X did Y.
_UNDERSOLD = re.compile(
    r"^(?:I\s+)?(?:undersold|oversold|didn't mention|did not mention|forgot to mention"
    r"|should have mentioned|never mentioned|didn't say much about)\s+(?P<what>[^,;]+?)"
    r"(?:(?:,\s*|\s+-\s+)(?:(?:which|and it|that)\s+)?(?P<did>.+))?$",
    re.IGNORECASE,
)
_MENTION = re.compile(
    r"^(?:(?:I\s+)?(?:forgot|need|meant|want|wanted|remember|don't forget) to\s+)?(?:mention"
    r"|say|stress|add|clarify|tell (?:them|her|him))\s+(?:that\s+)?(?P<rest>.+)$",
    re.IGNORECASE,
)
_TAIL = re.compile(r"[,;\s-]*(?:mention|say|add|stress|flag)\s+(?:that|it|this|so)\s*$", re.I)
# What still marks a fact as tangled: left out rather than said.
_TANGLED = re.compile(
    r"\s-\s|!!|\bthough\b|\blol\b|\btbh\b|\?|\.\.\.|\bcould be\b|\bI said\b|\bundersold\b", re.I
)


def is_note_to_self(text: str) -> bool:
    """True when the item is written for the candidate: "I undersold ...", "mention that ..."."""
    return bool(_MARKERS.search(text) or _CONTEXT.match(text))


def is_report(text: str) -> bool:
    """True for "I undersold X, which did Y": its fact is the clause "X did Y"."""
    found = _UNDERSOLD.match(_CONTEXT.sub("", " ".join(text.split())))
    return bool(found and found.group("did"))


def fact_of(text: str) -> str | None:
    """The fact a note to self carries, for the reader; None when it carries none."""
    text = " ".join(text.split()).rstrip(".!; ")
    text = _TAIL.sub("", text)
    text = _CONTEXT.sub("", text)
    answer = _ANSWER.search(text)
    if answer:
        text = (answer.group("a") or answer.group("b")).strip()
    undersold = _UNDERSOLD.match(text)
    mention = _MENTION.match(text)
    if undersold:
        did = (undersold.group("did") or "").strip()
        what = re.sub(r"^that\s+", "", undersold.group("what").strip())
        if re.match(r"(?:I|I'm|I've)\b", what):
            text = what  # "should have mentioned I speak Polish"
        elif not did or re.match(r"how\b", what, re.IGNORECASE):
            return None  # "I undersold my leadership": no fact to give
        elif re.match(r"(?:we|I|they|my|our)\b", did, re.IGNORECASE):
            # "the Christmas menu - we did 300 covers a night": what it is about stays with it
            text = f"{did} with {what}" if not re.match(r"(?:my|our)\b", what) else did
        else:
            did = re.sub(r"^it\s+", "", did)
            text = f"{what} {did}"  # "X, it reached Y": X reached Y
    elif mention:
        text = re.sub(r"^(?:that|maybe|perhaps|also)\s+", "", mention.group("rest"))
    text = _TAIL.sub("", text).strip(" .!;,")
    if not text or _TANGLED.search(text) or _MARKERS.search(text):
        return None
    return text
