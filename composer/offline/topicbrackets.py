"""A change typed in brackets after the topic it belongs to: "ERP migration (SAP -> Dynamics)"
is "the ERP migration from SAP to Dynamics", "move to the new site (Leeds -> Wakefield)" is
"the move to the new site from Leeds to Wakefield" only when the head names a change; any other
bracket is the note-taker's aside, and `topics` sets it aside as before.
"""

from __future__ import annotations

from composer import regexes as re

__all__ = ["bracket_change"]

# Nouns that name a change from one thing to another, and take "from A to B".
_CHANGES = frozenset(
    ["migration", "move", "switch", "transition", "upgrade", "rollout", "roll-out", "changeover",
     "conversion", "replacement", "change", "shift", "cutover", "cut-over", "swap", "transfer"]
)  # fmt: skip
_BRACKET = re.compile(
    r"^(?P<head>[^()]*?\b(?P<noun>[a-z-]+))\s*\(\s*(?P<a>[^()>→]+?)\s*(?:->|→|=>|>)\s*"
    r"(?P<b>[^()>→?]+?)\s*\)(?P<rest>[^()]*)$",
    re.IGNORECASE,
)


def bracket_change(text: str) -> str:
    """ "ERP migration (SAP -> Dynamics)" -> "ERP migration from SAP to Dynamics"; the text as
    it is when its bracket is no change from one thing to another after a noun of change."""
    found = _BRACKET.match(text.strip())
    if found is None or found["noun"].lower() not in _CHANGES:
        return text
    a, b = found["a"].strip(), found["b"].strip()
    if len(a.split()) > 4 or len(b.split()) > 5 or re.search(r"\b(?:from|to)\b", found["head"]):
        return text  # "move to the new site (...)": where it goes is named already
    return f"{found['head']} from {a} to {b}{found['rest']}"
