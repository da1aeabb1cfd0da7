"""A count typed in brackets after a deed's thing, said in the sentence: "led team of 14 (3
shifts)" -> "led team of 14 across three shifts"; "led night shift (22 people)" -> "led night
shift of 22 people"; "ran brunch line (4 cooks)" -> "ran brunch line with four cooks". Only
places and shifts are spread "across", only people are "of" a team or "with" the deed; any other
count in brackets is left as typed, for the gate (`notemarks`) to stop."""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import GROUP_NOUNS, PERSON_HEADS

__all__ = ["said"]

_NUMBER = r"(?:about |~)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# "(3 shifts)", "(two sites)", "(22 people)": a count and its plural noun, at the line's end.
_BRACKET = re.compile(rf" \((?P<n>{_NUMBER}) (?P<noun>[a-z][a-z-]*s|people|staff)\)$")
# Places and turns of work a deed is spread across.
_ACROSS = frozenset(
    [
        "sites",
        "stores",
        "clinics",
        "branches",
        "schools",
        "offices",
        "locations",
        "depots",
        "wards",
        "venues",
        "shifts",
        "regions",
        "countries",
        "states",
        "cities",
        "kitchens",
        "restaurants",
        "hotels",
        "plants",
        "warehouses",
        "hospitals",
        "campuses",
        "floors",
        "buildings",
        "departments",
        "teams",
        "time-zones",
        "zones",
        "practices",
        "yards",
        "farms",
        "vessels",
        "ships",
        "lines",
        "projects",
    ]
)
# Groups of people a count of people belongs to: "shift of 22 people".
_GROUPS = GROUP_NOUNS | {"shift"}
# People a count names that are no one's trade.
_PEOPLE = frozenset(["people", "staff", "hands", "operatives", "reports"])
# People a deed is done for, never the ones it is done with.
_SERVED = frozenset(["member", "graduate", "fellow", "speaker"])


def _person(noun: str) -> bool:
    """ "cooks", "people", "nurses": a plural naming people at work (never "clients", whom a
    deed is done for)."""
    if noun in _PEOPLE:
        return True
    base = lexicon.classes(noun).get("noun", (noun.removesuffix("s"),))[0]
    return base in PERSON_HEADS and base not in _SERVED


def said(text: str) -> str:
    """The text with a count typed in brackets at its end said in words; else as it is."""
    found = _BRACKET.search(text)
    if found is None:
        return text
    before, count = text[: found.start()], f"{found['n']} {found['noun']}"
    if " (" in before or "," in before:  # a line of parts: whose count it is is unsure
        return text
    if found["noun"] in _ACROSS:
        return f"{before} across {count}"
    if not _person(found["noun"]):
        return text
    head = before.split()[-1] if before.split() else ""
    if head in _GROUPS and not re.search(r"\bof (?:about )?\d", before):
        return f"{before} of {count}"
    return f"{before} with {count}"
