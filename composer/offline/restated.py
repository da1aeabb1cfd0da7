"""What an answer says again of its question, taken out so the letter says it once: the
question's closing time or scope ("... in my first 90 days" after "what I would do in my first
90 days"), its condition ("... if the budget were halved"), or its subject as a lead-in ("On
indirect costs, I said ..." after "about indirect costs").
"""

from __future__ import annotations

import re

# The time or scope a question ends on: "what I would do in my first 90 days".
_SCOPE = re.compile(
    r"(?i)\b(?:in|within|during|over|by|for)\s+(?:my|the|your|our|a|this|next)\s[^,;:]+$"
)


def _scope_once(question: str, answer: str) -> str:
    """The answer without the question's closing time or scope said again at its end: "I would
    meet every client in my first 90 days" after "what I would do in my first 90 days"."""
    scope = _SCOPE.search(question)
    if scope is None or len(scope[0].split()) < 3:
        return answer
    said = re.sub(rf"(?i)\s+{re.escape(scope[0])}(?=[.;]?$)", "", answer)
    return said if len(said.split()) >= 3 else answer


def unrepeated(question: str, answer: str) -> str:
    """The answer without what the question already says: its condition ("... drop the scanner
    if the budget were halved" after "what I would cut if the budget were halved"), its closing
    time or scope ("... in my first 90 days", `_scope_once`), or its
    subject as a lead-in ("On indirect costs, I said ..." after "about indirect costs")."""
    on = re.match(r"(?i)^(?:on|about|regarding|as for)\s+(?P<topic>[^,:]+),\s+(?=I\b)", answer)
    if on and set(on["topic"].lower().split()) <= set(question.lower().split()):
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
