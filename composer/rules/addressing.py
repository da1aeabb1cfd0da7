"""The `addressing` rule: a letter speaks to its reader as "you", never of them by name.

A letter to Olivia that says "Olivia will be in touch on Friday" reads as notes pasted in: the
notes were written about the reader, the letter is written to them. Only the reader's own names
are read (first name, full name, salutation), in the body, followed by a verb that makes them the
subject of a sentence ("Olivia will", "Ms. Grant said"); a name used to address them ("Thank you,
Olivia, for ...") is followed by a comma and is left alone.
"""

from __future__ import annotations

from composer import regexes as re
from composer.rules.context import Context, finding
from composer.rules.report import Violation
from composer.rules.text import ParsedLetter

_VERBS = (
    "will|would|shall|said|says|is|was|has|had|mentioned|explained|told|asked|noted|described"
    "|shared|showed|suggested|recommended|can|could|should|may|might|wants|wanted|plans|expects"
    "|expected|hopes|thinks|thought|knows|'ll|'s\\s+going|does\\s+not|doesn't|didn't|does|did"
    "|needs|needed"
)


def _names(ctx: Context) -> list[str]:
    person = ctx.interviewer
    full = person.name.strip()
    names = {full, full.split()[0]}
    if person.salutation:
        names.add(person.salutation.strip().rstrip(","))
    return sorted((n for n in names if n), key=len, reverse=True)


def addressing(letter: ParsedLetter, ctx: Context) -> list[Violation]:
    """The reader named as the subject of a sentence in their own letter."""
    if not letter.body:
        return []
    start, end = letter.body[0].start, letter.body[-1].end
    text = letter.text[start:end]
    # a name typed in lower case in the notes reaches a letter so too ("so pieter does not
    # have to"): the reader's own first name is read in lower case as well
    names = [n for n in _names(ctx) if n in text]
    lowered = ctx.interviewer.name.strip().split()[0].lower()
    if lowered in text:
        names.append(lowered)
    if not names:
        return []
    pattern = re.compile(
        r"(?<![\w.'-])(?:" + "|".join(re.escape(n) for n in names) + r")"
        rf"(?=\s*(?:{_VERBS})\b)(?:\s*(?:{_VERBS}))"
    )
    found: list[Violation] = []
    for match in pattern.finditer(text):
        quote = " ".join(match.group().split())
        found.append(
            finding(
                "addressing",
                f'line {letter.line_at(start + match.start())}: "{quote}" speaks of the reader '
                'by name in their own letter; write to them as "you".',
                fix=f'Say "you" instead of the reader\'s name in "{quote}".',
                quote=quote,
            )
        )
    return found
