"""Qualification lines read before every other shape: a degree whose school follows a dash
("BSc Natural Resource Science - TRU", read as with a comma by `credentials.degree`), a
standing and what is held behind it (`cvstanding`: "qualified joiner - solas apprenticeship +
QQI level 6 adv cert"), and a list of credentials held (`cvtickets`: "safe pass + manual
handling", "Fortinet NSE 4")."""

from __future__ import annotations

from composer.offline import credentials, cvstanding, cvtickets
from composer.offline.itemkinds import Kind
from composer.offline.realise import Clause, sentence
from composer.offline.wellformed import problem


def read(item: str, common: frozenset[str]) -> tuple[Kind, Clause | None, str] | None:
    """(kind, clause or None, why it is left out) for a line of these shapes, else None;
    `common` holds the words the notes write in lower case. A clause the sentence gate
    (`wellformed.problem`) stops is no reading: the line goes on to the other readers."""
    found = _read(item, common)
    if found is None or found[1] is None or not problem(sentence(found[1].text())):
        return found
    return None


def _read(item: str, common: frozenset[str]) -> tuple[Kind, Clause | None, str] | None:
    line = " ".join(item.split())
    left, dash, right = line.partition(" - ")
    if dash and " - " not in right and credentials.names_degree(left) and "," not in line:
        degree = credentials.degree(f"{left}, {right}")
        if degree is not None:
            return Kind.DEGREE, Clause("I", *degree.said()), ""
    standing = cvstanding.read(line)
    if standing is not None:
        return Kind.ROLE, standing[1], ""
    listed = cvtickets.read(line)
    return None if listed is None else (Kind.HELD, listed[1], "")
