"""The candidate's own work typed in a shape of its own, read before a line is left out: a
thesis or final project with its label (`thesis`), a result with the thing they made as its
subject (`madeby`), a result typed as a measure in a shape of its own (`measures`)."""

from __future__ import annotations

from collections.abc import Callable

from composer.offline import madeby, measures, thesis
from composer.offline.realise import Clause

__all__ = ["read"]


def read(item: str, reader: Callable[[str], Clause | None]) -> Clause | None:
    """The line said as the candidate's sentence by the first shape that reads it, or None."""
    return thesis.read(item, reader) or madeby.read(item, reader) or measures.read(item, reader)
