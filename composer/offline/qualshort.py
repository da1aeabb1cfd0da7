"""A qualification's words typed short with their stop spelled out before any reader reads
the line: "Univ. of Eastern Finland" (the University of ...), "Cert. in Feline Nursing", "forest
owners' assoc.", "Inst. of Technology". Each short form here has one reading wherever it is
typed with its stop; one typed bare ("uni", "assoc") is `shorthand`'s. A degree typed with its
stops ("M.Sc.", "B.Pharm") is the degree reader's, and is left as typed."""

from __future__ import annotations

from composer import regexes as re

# The short form (lower case, no stop) -> the word it stands for, as a name's word.
_WORDS = {
    "univ": "University",
    "inst": "Institute",
    "coll": "College",
    "assoc": "Association",
    "cert": "Certificate",
    "dipl": "Diploma",
}
_SHORT = re.compile(
    r"(?<![\w.])(?P<short>(?i:univ|inst|coll|cert|dipl)|(?i:assoc)(?=\.\s*(?:$|[,;)])))\.(?=\s|$|[,;)])"
)  # "assoc." ends a name ("forest owners' assoc."); before a word it may be "associate"


def _word(found: re.Match[str]) -> str:
    short = found["short"]
    full = _WORDS[short.lower()]
    return full if short[0].isupper() else full.lower()


def spelled(text: str) -> str:
    """ "MSc forestry, Univ. of Eastern Finland 2021" -> "MSc forestry, University of Eastern
    Finland 2021"; "4 yrs advisor @ forest owners' assoc." -> "... forest owners' association"
    (the line's last stop is the short form's, so none is left); other text as typed."""
    return _SHORT.sub(_word, text)
