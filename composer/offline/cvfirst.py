"""Qualification lines read before every other shape: a list of credentials held
(`cvtickets`: "safe pass + manual handling", "Fortinet NSE 4")."""

from __future__ import annotations

from composer.offline import cvtickets
from composer.offline.itemkinds import Kind
from composer.offline.realise import Clause


def read(item: str, common: frozenset[str]) -> tuple[Kind, Clause | None, str] | None:
    """(kind, clause or None, why it is left out) for a line of these shapes, else None;
    `common` holds the words the notes write in lower case."""
    line = " ".join(item.split())
    listed = cvtickets.read(line)
    return None if listed is None else (Kind.HELD, listed[1], "")
