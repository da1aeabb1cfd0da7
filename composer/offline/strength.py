"""How strong a candidate's note item is when said, for choosing which points a letter carries.

A measured result ("I cut readmissions within 30 days from 14% to 9%") says most; then what
the candidate is or has done for years ("I have five years of experience as a radiographer");
then a named degree or certificate; then a bare standing or list of initials ("I am HCPC
registered"). An item the letter cannot say well counts nothing: it is never chosen.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline.items import Kind, read_point
from composer.offline.words import DETERMINERS, PREPOSITIONS, STATES

LEFT_OUT, INITIALS, CREDENTIAL, STANDING, RESULT = range(5)

_CREDENTIAL_KINDS = frozenset([Kind.DEGREE, Kind.UNDER_WAY, Kind.CERTIFICATE, Kind.HELD])
# A number that measures: a share, a sum, a count or a span (not a year, not a grade name).
_MEASURE = re.compile(
    r"\d+(?:\.\d+)?\s?%|[£$€]\s?\d|\bfrom \S+ to \S+|\b\d[\d,.]*\s?(?:k|m|bn)?\s+[a-z]"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred)\b",
    re.IGNORECASE,
)
# Words that name nothing held: "registered with the HCPC" is the HCPC's initials only;
# "ACCA qualified" names a qualification passed (a credential, like a degree).
_SMALL = STATES | DETERMINERS | PREPOSITIONS | {"and", "or"}
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Papers most in a trade hold, which say little of why this candidate fits: a driving licence,
# a site safety card, first aid, manual handling.
_EVERYDAY = re.compile(
    r"(?i)\b(?:driv(?:er'?s?|ing)\s+licen[cs]e|(?:full\s+)?clean\s+licen[cs]e|white\s+card|cscs"
    r"|safe\s+pass|manual\s+handling|first\s+aid|food\s+hygiene|coshh)\b"
)


def _everyday(item: str) -> bool:
    """ "full clean licence", "white card + hr truck licence": a line of such papers alone (never
    "12 yrs HGV driving + clean licence", whose years say more)."""
    rest = _EVERYDAY.sub(" ", item.lower())
    words = [w for w in re.findall(r"[a-z]+", rest) if w not in _PAPER_WORDS]
    return rest != item.lower() and len(words) <= 2


# Words a line of papers is typed with besides their names: "current", "valid", "cert".
_PAPER_WORDS = frozenset(
    ["current", "valid", "full", "certificate", "cert", "card", "and", "in", "date", "still", "hr",
     "truck", "licence", "license", "my", "a", "the", "with", "own", "van", "car"]
)  # fmt: skip


def strength(item: str, common: frozenset[str] = frozenset()) -> int:
    """0 when the item is left out of letters; 1 a bare standing or list of initials; 2 a named
    degree or certificate; 3 a role, years in a field, an ability or an action; 4 a measured
    result. Items of equal strength keep the order the candidate typed them in."""
    read = read_point(item, common)
    if read.said is None:
        return LEFT_OUT
    said = _YEAR.sub("", read.said.text())
    if read.kind is Kind.ACHIEVEMENT and _MEASURE.search(said):
        return RESULT
    if _everyday(item):
        return INITIALS  # "full clean licence", "first aid current": held by most, said last
    if read.kind in _CREDENTIAL_KINDS:
        # "working towards my CMB, which I expect to finish by spring": the frame's words name
        # nothing; what is worked towards is "CMB", initials only
        held = re.sub(r"^working towards (?:my |the |an? )?([^,]+)(?:,.*)?$", r"\1", read.said.rest)
        words = re.findall(r"[A-Za-z][\w'-]*", held)
        named = [w for w in words if not w.isupper() and w.lower() not in _SMALL]
        return CREDENTIAL if named else INITIALS
    return STANDING
