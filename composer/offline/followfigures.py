"""A follow-up's figure change, typed as something not mentioned in the room ("didnt mention:
staff retention 68% -> 85% over 2 yrs"), said as the clause the item readers say of it."""

from __future__ import annotations

from composer.offline import figureshort
from composer.offline.items import Kind, read_point


def said(text: str) -> str | None:
    """A follow-up's figure change ("staff retention 68% -> 85% over 2 yrs", after "didnt
    mention:") as the clause the item readers say of it ("I helped raise staff retention from
    68% to 85% over two years"), mid-sentence; None for any line that is no such change."""
    if not figureshort.changed(text):
        return None
    item = read_point(text.strip(" .,;"))
    if item.kind is not Kind.ACHIEVEMENT or item.said is None or "," in item.said.text():
        return None
    clause = item.said.text()
    return clause if clause.startswith("I ") else clause[:1].lower() + clause[1:]
