"""Rules on a short note (a LinkedIn connection note): the name at its end, its characters.

`structure.signature` and `length.length` hand a note here when its channel spec asks for no
sign-off line (`signoff_line` False) or counts characters (`length_unit`).
"""

from __future__ import annotations

from collections.abc import Callable

from composer import regexes as re
from composer.channels import spec_for
from composer.english import given_name
from composer.rules.context import Context, finding, shorten
from composer.rules.report import Violation
from composer.rules.text import ParsedLetter

_DASH_RE = re.compile(r"^\s*[-–—~]+\s*")


def name_at_end(
    letter: ParsedLetter, ctx: Context, is_candidate: Callable[[str], bool]
) -> list[Violation]:
    """A note signed with the name alone: the last line is the candidate's full or first name
    (`is_candidate` tells the full name, allowing a near-miss that `names` reports)."""
    name = ctx.notes.candidate.name
    first = given_name(name)
    kind = spec_for(ctx.notes).article
    fix = f'End with your name alone on the last line: "{name}" (or "{first}").'
    line = letter.signature
    if line is None:
        last = next((line for line in reversed(letter.lines) if not line.blank), None)
        where = f'line {last.number} "{shorten(last.text, 50)}"' if last else "the note"
        return [
            finding(
                "signature",
                f"{where}: {kind} ends with your name on a line of its own, and this one does "
                f'not. Add "{name}" as the last line.',
                fix=fix,
                quote=last.text.strip() if last else None,
            )
        ]
    signed = _DASH_RE.sub("", line.text).strip()
    if is_candidate(signed) or [w.casefold() for w in signed.split()] == [first.casefold()]:
        return []
    return [
        finding(
            "signature",
            f'line {line.number}: the note is signed "{shorten(signed)}"; sign it with your '
            f'name, "{name}" (or "{first}").',
            fix=fix,
            quote=signed,
        )
    ]


def characters(letter: ParsedLetter, ctx: Context) -> list[Violation]:
    """A note counted in characters, line breaks included, within the channel's bounds."""
    spec = spec_for(ctx.notes)
    count, low, high = letter.characters, spec.min_length, spec.max_length
    if count > high:
        return [
            finding(
                "length",
                f"the note has {count} characters, line breaks included, and the limit of "
                f"{spec.article} is {high}: cut {count - high}. Keep the greeting, the thanks "
                "with the role and company, one point and a short close.",
                fix=f"Shorten the note to at most {high} characters (now {count}).",
            )
        ]
    if count < low:
        return [
            finding(
                "length",
                f"the note has {count} characters; {spec.article} needs at least {low} to "
                "thank them, name the role and company and recall one point.",
                fix=f"Lengthen the note to {low}-{high} characters (now {count}).",
            )
        ]
    return []
