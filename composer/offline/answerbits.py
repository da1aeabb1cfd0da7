"""Answers to a question from the room typed as bare fragments, with no mark and no "I" (read for
`recalled`): each shape is said only when every piece of the answer is read.

- an amount said in the room, to be confirmed: "said 48 hrs, confirm that" (asked about the
  turnaround) -> "to confirm, it is 48 hours";
- time spent, then what came of it: "3 seasons on the OLRAC e-logbook, no rejected trips" ->
  "I have done three seasons on the OLRAC e-logbook with no rejected trips"; after "shld have
  mentioned": "2 yrs on the brewery job at Duvel" -> "my two years on the brewery job at Duvel";
- things brought, as the answer to "what I would bring": "prescribed burn experience + GIS
  mapping of fuel loads" -> "prescribed burn experience and GIS mapping of fuel loads".
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.shorthand import expand
from composer.offline.wellformed import problem

__all__ = ["amount", "brought", "said_yes", "time_spent"]

_COUNT = (
    r"(?:\d[\d,.]*\+?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|a\s+few|a\s+couple\s+of)"
)
_ROUGHLY = r"(?:(?:about|around|roughly|nearly|almost|over|under|up\s+to|within|at\s+least)\s+)?"
_UNIT = (
    r"(?:hours?|days?|weeks?|months?|years?|seasons?|shifts?|terms?|semesters?|rotations?"
    r"|tours?|minutes?|working\s+days?)"
)
# "48 hours", "about a week", "within 3 working days": an amount of time, nothing after it
_AMOUNT = re.compile(rf"(?i)^{_ROUGHLY}{_COUNT}\s+{_UNIT}$")
# "three seasons on the OLRAC e-logbook": time spent, and on what
_SPENT = re.compile(
    rf"(?i)^(?P<q>{_ROUGHLY}{_COUNT}\s+{_UNIT})\s+(?P<prep>on|at|in|with)\s+(?P<what>\S.*)$"
)
# what came of it, after a comma: "no rejected trips", "about 200 hours on the saw"
_NONE = re.compile(r"(?i)^no\s+(?P<np>[a-z][\w\s-]*)$")
_COMFORTABLE = re.compile(r"(?i)^(?:and\s+)?comfortable\s+with\s+(?P<np>\S.*)$")
# "what I would bring to the fuels crew": a question answered by things, not by a clause
_BRING = re.compile(
    r"^what I (?P<modal>would|could|can|will) (?P<verb>bring|offer|add|contribute)\b"
)
_DETERMINERS = frozenset(["the", "a", "an", "my", "our", "some", "any", "this", "that"])


def amount(said: str, question: str) -> str | None:
    """ "to confirm, it is 48 hours" for an amount said in the room about something asked about
    (`question` "about turnaround on ..."), else None. "it" is what was asked about."""
    text = expand(said.strip(" .,;"))
    if not question.startswith("about ") or not _AMOUNT.match(text):
        return None
    if re.search(r"\bmy\b|\bI\b", question):  # "about my hours": "it" would be the candidate's
        return None
    return f"to confirm, it is {text}"


def _spent(piece: str) -> tuple[str, str] | None:
    """ "three seasons", "on the OLRAC e-logbook" for a piece typed "3 seasons on the OLRAC
    e-logbook"; None for any other piece."""
    found = _SPENT.match(expand(piece.strip(" .")))
    if found is None or re.search(r"\bI\b|[,;:]", found["what"]):
        return None
    return found["q"], f"{found['prep'].lower()} {found['what']}"


def _after(piece: str) -> str | None:
    """What came of the time spent, joined to it: " with no rejected trips", ", with about 200
    hours on the saw", ", and I am comfortable with X"; None for any other piece."""
    text = expand(piece.strip(" ."))
    if _NONE.match(text):
        return f" with {text}"
    if _spent(text) is not None and re.match(rf"(?i){_ROUGHLY}\S", text):
        return f", with {text}"
    found = _COMFORTABLE.match(text)
    if found and not re.search(r"[,;:]", found["np"]):
        return f", and I am comfortable with {found['np']}"
    return None


def time_spent(text: str, *, mentioned: bool = False) -> str | None:
    """ "I have done three seasons on the OLRAC e-logbook with no rejected trips" for an answer
    typed as time spent and what came of it; with `mentioned` (after "should have mentioned"),
    the time as a thing: "my two years on the brewery job at Duvel". None when a piece is not
    read, or the sentence fails the gate."""
    pieces = [p for p in re.split(r",\s+", text.strip(" .")) if p.strip()]
    if not pieces:
        return None
    first = _spent(pieces[0])
    if first is None or (mentioned and len(pieces) > 1):
        return None
    tails = [_after(p) for p in pieces[1:]]
    if None in tails:
        return None
    how_long, what = first
    if mentioned:
        if re.match(r"(?i)(?:a|an)\s", how_long) or not re.match(r"(?i)[\w]", how_long):
            return None
        said = f"my {how_long} {what}"
        return None if problem(f"I should have mentioned {said}.") else said
    said = f"I have done {how_long} {what}" + "".join(t for t in tails if t)
    return None if problem(f"{said}.") else said


def brought(text: str, question: str) -> str | None:
    """ "prescribed burn experience and GIS mapping of fuel loads" for things typed as the answer
    to "what I would bring ..." (joined by "+", "," or "and"), each a noun phrase; None for any
    other answer or question."""
    found = _BRING.match(question)
    if found is None:
        return None
    typed = expand(text.strip(" ."))  # "5 yrs of case binding": five years of it
    things = [t.strip() for t in re.split(r"\s+\+\s+|,\s+|\s+and\s+", typed) if t]
    if not things or len(things) > 4:
        return None
    for thing in things:
        # the head: the last word before a phrase after it ("a reading knowledge of Latin")
        words = re.split(r"\s+(?:of|on|in|for|with|at)\s+", thing, maxsplit=1)[0].split()
        first, head = words[0].lower(), words[-1].lower()
        if first == "i" or (lexicon.is_base_verb(first) and first not in _DETERMINERS):
            return None  # "reweld", "I'd": a deed, said by the clause readers
        if not re.fullmatch(r"[\w&'-]+", head) or not lexicon.is_noun(head):
            return None
    listed = ", ".join(things[:-1]) + (" and " if len(things) > 1 else "") + things[-1]
    if problem(f"I {found['modal']} {found['verb']} {listed}."):
        return None
    return listed


# "I said yes" and what follows it, in a careful line: ", and I would add that I renewed it"
_SAID_YES = re.compile(
    r"^I said yes(?P<rest>(?:,\s+(?:and\s+)?(?:I (?:would|should|can)(?: like to)? add that\s+)?"
    r"[^;]+)?)$"
)
# The question's own auxiliary, which the answer repeats: "whether I have worked" -> "I have"
_AUX = {"have": "have", "had": "have", "can": "can", "could": "can", "would": "would",
        "will": "will", "am": "am", "was": "was"}  # fmt: skip


def said_yes(question: str, text: str) -> str | None:
    """ "I do, and I renewed it in August" for "I said yes, and I would add that I renewed it in
    August" after "whether I hold a 6G certificate": the yes said as the question's own verb;
    None for any other answer."""
    found = _SAID_YES.match(text)
    verb = re.match(r"I (\w+)\b", question)
    if found is None or verb is None:
        return None
    word = verb[1].lower()
    if word in _AUX:
        aux = _AUX[word]
    elif lexicon.is_base_verb(word) and not lexicon.is_participle(word):
        aux = "do"  # "whether I hold", "whether I get seasick"
    else:
        return None
    rest = re.sub(
        r"^,\s+(?:and\s+)?I (?:would|should|can)(?: like to)? add that\s+", ", and ", found["rest"]
    )
    said = f"I {aux}{rest}"
    # "I can, and I can start on 5 January": the yes said twice; left as typed
    if re.search(rf"\bI {aux}\b", rest):
        return None
    return said
