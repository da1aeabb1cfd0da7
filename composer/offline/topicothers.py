"""A topic typed as what others say of a thing ("Guest reviews mention slow check-in at peak
arrival times"), named as that thing, with who says it: "the slow check-in at peak arrival
times that guest reviews mention". Its subject alone ("guest reviews mention") is never the
topic: the thing they talked about is what the reviews say."""

from __future__ import annotations

from composer import regexes as re

_REPORTED = re.compile(
    r"(?i)^(?P<who>(?:the\s+|our\s+|their\s+|your\s+|some\s+|many\s+|most\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:reviews|surveys|customers|guests|patients|parents|families|staff|complaints|audits|clients"
    r"|users|residents|inspectors|drivers|students))\s+(?:often\s+|keep\s+|still\s+)?"
    r"(?P<verb>mention|flag|highlight|complain\s+about|cite|point\s+to|report|criticise|criticize)"
    r"\s+(?!(?:that|how|what|why|when|the\s+fact)\b)(?P<what>[a-z][^,;.]*?)(?P<tail>[,;.].*)?$"
)


def reported_thing(text: str) -> str:
    """ "Guest reviews mention slow check-in at peak times, and he wants that fixed" -> "the slow
    check-in at peak times that guest reviews mention"; `text` itself when it is no such line."""
    found = _REPORTED.match(text.strip())
    if found is None:
        return text
    what = found["what"].strip()
    article = "" if re.match(r"(?i)(?:the|a|an|their|our|your|its)\b", what) else "the "
    return f"{article}{what} that {found['who'].lower()} {found['verb'].lower()}"
