"""CV lines led by their figure, with no one named as doing it: "$4.1M closed w/ my AE in
FY25" -> "I closed $4.1M with my AE in FY25"; "0 sentencing sheet errors flagged on audit
2023-2025" -> "I had zero sentencing sheet errors flagged on audit from 2023 to 2025"."""

from __future__ import annotations

from composer import regexes as re
from composer.offline.realise import Clause

# A sum and what the candidate did to bring it in: the doer is the one the notes are about.
_SUM_DONE = re.compile(
    r"^(?P<sum>[$£€]\d[\d,.]*(?: ?(?:k|K|m|M|bn|million|billion))?)"
    r"(?P<what> (?:in|of) [a-z][\w -]*?)?"
    r" (?P<verb>closed|raised|secured|saved|generated|won|sold|booked|brought in|signed)"
    r"(?P<rest> (?:with|for|in|at|across|from|over|on|during|by) .+)?$"
)
# None of something found by others: "0 sentencing sheet errors flagged on audit".
_NONE_FOUND = re.compile(
    r"^(?:0|zero|no) (?P<what>[a-z][\w -]*?s) (?P<verb>flagged|raised|reported|upheld|found"
    r"|returned|rejected|missed)(?P<rest> (?:on|in|at|by|over|during|across|since) .+)?$"
)
_YEARS = re.compile(r"\b(?P<a>(?:19|20)\d\d) ?[-–] ?(?P<b>(?:19|20)?\d\d)$")


def read(text: str) -> tuple[str, Clause] | None:
    """The achievement a figure-led line says, or None for any other shape."""
    found = _SUM_DONE.match(text)
    if found is not None:
        said = f"{found['sum']}{found['what'] or ''}{found['rest'] or ''}"
        return "achievement", Clause("I", found["verb"], said)
    found = _NONE_FOUND.match(text)
    if found is not None:
        rest = _YEARS.sub(_from_to, found["rest"] or "")  # "on audit 2023-2025"
        return "achievement", Clause("I", "had", f"zero {found['what']} {found['verb']}{rest}")
    return None


def _from_to(found: re.Match[str]) -> str:
    a, b = found["a"], found["b"]
    return f"from {a} to {a[:2] + b if len(b) == 2 else b}"
