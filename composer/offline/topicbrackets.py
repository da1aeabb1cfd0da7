"""A topic's detail typed after a mark rather than a word.

A change typed in brackets after a noun of change: "ERP migration (SAP -> Dynamics)" is "the ERP
migration from SAP to Dynamics"; any other bracket, or one after a head that names where the
change goes already ("move to the new site (Leeds -> Wakefield)"), is the note-taker's aside, and
`topics` sets it aside as before. An aim typed as a label before a colon: "their plan: 3 new
sites by 2027" is "their plan for 3 new sites by 2027".
"""

from __future__ import annotations

from composer import regexes as re

__all__ = ["bracket_change", "labelled_aim"]

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


_AIM = re.compile(
    r"^(?P<head>(?:the|their|your|his|her|our) (?:plan|plans|aim|aims|goal|goals|target"
    r"|targets|ambition|ambitions|vision)):\s+(?P<what>[^:;]+)$",
    re.IGNORECASE,
)


def labelled_aim(text: str) -> str:
    """ "their plan: 3 new sites by 2027" -> "their plan for 3 new sites by 2027"; the text as
    it is when no aim is typed as a label before a colon."""
    found = _AIM.match(text.strip())
    if found is None or re.match(r"(?i)(?:to|for|of)\b", found["what"]):
        return text
    return f"{found['head']} for {found['what']}"
