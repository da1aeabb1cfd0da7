"""What an answer says again of its question, taken out so the letter says it once: the
question's time or scope at the answer's start or end ("In my first 90 days I would ..." or "...
in my first 90 days" after "what I would do in my first 90 days"), its condition ("... if the
budget were halved"), or its head as a lead-in ("On indirect costs, I said ..." after "about
indirect costs"; "On measuring PMM impact I'd look at ..." after "how I would measure PMM
impact"). Words are compared by their dictionary form, so "measuring" repeats "measure".
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import SMALL_NUMBERS

# The time or scope a question ends on: "what I would do in my first 90 days".
_SCOPE = re.compile(
    r"(?i)\b(?:in|within|during|over|by|for)\s+(?:my|the|your|our|a|this|next)\s[^,;:]+$"
)
# Words that carry no head of their own in a lead-in or a scope: "On the measuring of ...".
_EMPTY = frozenset(
    ["a", "an", "the", "my", "your", "our", "their", "this", "that", "of", "for", "to", "in",
     "on", "with", "and", "how", "what", "why", "whether", "i", "would", "could", "do", "be"]
)  # fmt: skip
# An answer's lead-in naming what it is about: "On measuring PMM impact(,) I ...", or ended by
# its own comma or colon, an "I" inside it ("On what I'd drop from the show: I'd move ...").
_LEAD = r"(?i)^(?:on|about|regarding|re|as\s+for|when\s+it\s+comes\s+to)\s+(?P<topic>[^,:;.]+?)"
_LEAD_IN = re.compile(_LEAD + r",?\s+(?=I\b)")
_LEAD_MARKED = re.compile(_LEAD + r"[,:]\s+(?=\S)")
# "I'd", "I've": the question's own subject, said in its lead ("what I'd drop")
_CONTRACTED = re.compile(r"(?i)\bi['’](?:d|m|ve|ll)\b")
# A time or scope at the start of an answer: "In my first 30 days(,) I ...".
_SCOPE_LEAD = re.compile(
    r"(?i)^(?:in|within|during|over|by|for)\s+(?:my|the|your|our|a|this|next)\s+"
    r"(?P<rest>[^,:;.]+?),?\s+(?=I\b)"
)


def _heads(words: str) -> list[str]:
    """The words of a phrase that carry its sense, in their dictionary form, numbers spelled:
    "measuring PMM impact" -> ["measure", "pmm", "impact"]; "first 6 months" -> ["first", "six",
    "month"]; "forklifts" -> ["forklift"]."""
    said = []
    for word in re.findall(r"[\w'-]+", _CONTRACTED.sub("", words).lower()):
        if word in _EMPTY:
            continue
        if word.isdigit() and 0 < int(word) <= len(SMALL_NUMBERS):
            word = str(SMALL_NUMBERS[int(word) - 1])
        base = lexicon.base_of(word) if word.isalpha() else None
        if base is None and lexicon.is_plural_noun(word) and lexicon.is_noun(word[:-1]):
            base = word[:-1]  # "forklifts": a forklift
        said.append(base or word)
    return said


def _scope_once(question: str, answer: str) -> str:
    """The answer without the question's time or scope said again at its start or its end: "I
    would meet every client in my first 90 days" (or "In my first 90 days I would meet ...")
    after "what I would do in my first 90 days"."""
    scope = _SCOPE.search(question)
    if scope is None or len(scope[0].split()) < 3:
        return answer
    lead = _SCOPE_LEAD.match(answer)
    heads = _heads(" ".join(scope[0].split()[2:]))
    if lead and _heads(lead["rest"]) == heads and len(answer[lead.end() :].split()) >= 3:
        answer = answer[lead.end() :]
    said = re.sub(rf"(?i)\s+{re.escape(scope[0])}(?=[.;]?$)", "", answer)
    return said if len(said.split()) >= 3 else answer


def unrepeated(question: str, answer: str) -> str:
    """The answer without what the question already says: its condition ("... drop the scanner
    if the budget were halved" after "what I would cut if the budget were halved"), its time or
    scope ("... in my first 90 days", `_scope_once`), or its head as a lead-in ("On indirect
    costs, I said ..." after "about indirect costs")."""
    on = _LEAD_MARKED.match(answer) or _LEAD_IN.match(answer)
    if on and set(_heads(on["topic"])) <= set(_heads(question)):
        answer = answer[on.end() :]  # "On indirect costs, I said ..." after "about indirect costs"
    answer = _scope_once(question, answer)
    found = re.search(r"\bif .+$", question)
    if found is None:
        return answer
    condition = found[0]
    lead = re.match(rf"(?i)^{re.escape(condition)},\s+", answer)
    if lead:
        return answer[lead.end() :]
    return re.sub(rf"\s+{re.escape(condition)}(?=[.;]?$)", "", answer)
