"""The `panel` rule: a letter to the coordinator names every panellist, spelled as noted.

One letter to the coordinator of a large panel stands in for a letter to each panellist, so it
must name all of them in full: a panellist left out reads as forgotten, and is reported here. A
name that is there but misspelt is the `names` rule's finding (with the right spelling as the
fix), so it is not reported twice.
"""

from __future__ import annotations

from composer import regexes as re
from composer.rules.context import Context, finding
from composer.rules.names import misspellings
from composer.rules.report import Violation
from composer.rules.text import ParsedLetter
from composer.rules.wording import normalise


def _named(name: str, text: str) -> bool:
    """True when `text` holds the full name as written (any white space between its words)."""
    words = normalise(name).split()
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)"
    return re.search(pattern, text) is not None


def panel(letter: ParsedLetter, ctx: Context) -> list[Violation]:
    """In a letter to the coordinator: every interviewer named in full in the body."""
    if not ctx.person.coordinator:
        return []
    body = normalise(letter.body_text)
    misspelt = {token.whose for _, _, token in misspellings(letter, ctx.facts)}
    missing = []
    for person in ctx.notes.interviewers:
        if _named(person.name, body):
            continue
        if f"the name of the interviewer {person.name}" in misspelt:
            continue  # `names` reports it, with the spelling to use
        missing.append(person.name)
    if not missing:
        return []
    listed = ", ".join(missing)
    return [
        finding(
            "panel",
            f"the letter to the coordinator {ctx.interviewer.name} does not name "
            f"{len(missing)} of the {len(ctx.notes.interviewers)} panellists: {listed}. "
            "A letter that thanks the panel names everyone on it, in full.",
            fix=f"Name every panellist in full, spelled as in the notes; add: {listed}.",
        )
    ]
