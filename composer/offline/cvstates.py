"""Qualifications typed with their state after them, said as a letter says them.

still being taken, with the month it ends: "NEBOSH cert in progress, finish sep 27" -> "I am
working towards the NEBOSH certificate, finishing in September 2027". (One no longer held, "PTS +
COSS (lapsed 2024)", is not said here: said, it led reader 10's letters as their first point.)
Only initials are read as the qualification's name (a name of words, "Dip Musical Instrument
Tech", could be cut anywhere): any other line is None here, and `cvheld` or the gate decide.
`read` takes the line after `cleaning.clean` ("certificate", "September 27", "and").
`held_year` reads a credential's initials with the year it came ("OSCP (2023)"), for `cvheld`.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline.heard import MONTH
from composer.offline.realise import Clause
from composer.offline.words import HELD_INITIALS

# Initials, at least two capitals ("NDB", "GPCert", "L3" is not one): a qualification's name.
_INITIALS = r"(?=[A-Z][a-z]*[A-Z])[A-Z][A-Za-z]{1,6}"
_TOWARDS = re.compile(
    rf"^(?P<what>{_INITIALS}(?: certificate| diploma)?),? \(?(?:in progress|under way|underway"
    rf"|ongoing)\)?,? (?:finish|finishing|done|due|completing) (?:in |by )?"
    rf"(?P<month>{MONTH}) (?P<year>(?:20)?\d\d)$"
)


def read(text: str) -> tuple[str, Clause] | None:
    """The kind ("held") and clause of a qualification typed with its state, else None."""
    towards = _TOWARDS.match(text)
    if towards is None:
        return None
    year = towards["year"] if len(towards["year"]) == 4 else f"20{towards['year']}"
    when = f"finishing in {towards['month']} {year}"
    return "held", Clause("I", "am", f"working towards the {towards['what']}, {when}")


def held_year(text: str) -> tuple[str, Clause] | None:
    """ "OSCP (2023)" -> "I earned my OSCP in 2023"; a status held ("QTS 2019") -> "I have held
    QTS since 2019"."""
    found = re.fullmatch(r"(?P<what>[A-Z]{2,6}),? \(?(?P<year>(?:19|20)\d\d)\)?", text)
    if found is None:
        return None
    what, year = found.group("what"), found.group("year")
    if what.lower() in HELD_INITIALS:
        return "held", Clause("I", "have held", f"{what} since {year}")
    return "held", Clause("I", "earned", f"my {what} in {year}")
