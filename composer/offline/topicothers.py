"""A topic typed as a clause about a thing, named as that thing: what others say of it ("Guest
reviews mention slow check-in at peak arrival times": "the slow check-in at peak arrival times
that guest reviews mention"), or a change its subject is making ("The resort is moving from its
old system to Opera Cloud in March": "the resort's move from its old system to Opera Cloud in
March"), or a plan its subject has ("the clinic want to start a program of oral hygiene in schools":
"the clinic's plan to start a program of oral hygiene in schools"). Its subject alone ("guest
reviews mention", "the resort") is never the topic."""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon

_REPORTED = re.compile(
    r"(?i)^(?P<who>(?:the\s+|our\s+|their\s+|your\s+|some\s+|many\s+|most\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:reviews|surveys|customers|guests|patients|parents|families|staff|complaints|audits|clients"
    r"|users|residents|inspectors|drivers|students))\s+(?:often\s+|keep\s+|still\s+)?"
    r"(?P<verb>mention|flag|highlight|complain\s+about|cite|point\s+to|report|criticise|criticize)"
    r"\s+(?!(?:that|how|what|why|when|the\s+fact)\b)(?P<what>[a-z][^,;.]*?)(?P<tail>[,;.].*)?$"
)


_CHANGES = {"moving": "move", "switching": "switch", "changing": "change", "migrating":
            "migration", "upgrading": "upgrade", "transitioning": "transition"}  # fmt: skip
_MOVING = re.compile(
    r"(?i)^(?P<who>(?:the|our|their|your)\s+[\w-]+(?:\s+[\w-]+){0,2}?)\s+(?:is|are|will\s+be)\s+"
    rf"(?P<verb>{'|'.join(_CHANGES)})\s+(?P<rest>(?:from\s+[^,;.]+?\s+)?to\s+[^,;.]+?)(?:[,;.].*)?$"
)


# A plan of a named thing, its verb also typed without its "-s" ("the clinic want to start ...").
_PLANS = {"want": "plan", "plan": "plan", "planning": "plan", "going": "plan", "intend": "plan",
          "hope": "hope", "hoping": "hope", "aim": "aim", "aiming": "aim"}  # fmt: skip
_PLANNING = re.compile(
    r"(?i)^(?P<who>(?:the|our|their)\s+[\w-]+(?:\s+[\w-]+){0,2}?)\s+(?:is\s+|are\s+)?"
    r"(?P<verb>wants?|plans?|planning|going|intends?|hopes?|hoping|aims?|aiming)\s+to\s+"
    r"(?P<rest>(?!be\b|have\b)[a-z]+\s+[^,;.]+?)(?:[,;.].*)?$"
)


def _whose(who: str) -> str:
    """ "The resort" -> "the resort's"; "the owners" -> "the owners'"."""
    who = who[:1].lower() + who[1:]
    return lexicon.genitive(who)


def reported_thing(text: str) -> str:
    """ "Guest reviews mention slow check-in at peak times, and he wants that fixed" -> "the slow
    check-in at peak times that guest reviews mention"; "The resort is moving to Opera Cloud in
    March" -> "the resort's move to Opera Cloud in March"; "the clinic want to start X" -> "the
    clinic's plan to start X"; `text` itself for any other line."""
    moving = _MOVING.match(text.strip())
    if moving is not None:
        return f"{_whose(moving['who'])} {_CHANGES[moving['verb'].lower()]} {moving['rest']}"
    planning = _PLANNING.match(text.strip())
    if planning is not None:
        verb = planning["verb"].lower().removesuffix("s")
        return f"{_whose(planning['who'])} {_PLANS[verb]} to {planning['rest']}"
    found = _REPORTED.match(text.strip())
    if found is None:
        return text
    what = found["what"].strip()
    article = "" if re.match(r"(?i)(?:the|a|an|their|our|your|its)\b", what) else "the "
    return f"{article}{what} that {found['who'].lower()} {found['verb'].lower()}"
