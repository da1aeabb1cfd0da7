"""A figure the candidate puts right in the follow-up, put right where the notes still say it
(session 61, reader 191's h874): "I mentioned that I had handled around 200 surveys; the correct
figure ... is 312" beside the highlight "Handled around 200 marine cargo surveys" gave a letter
that claimed 200 surveys and then corrected it to 312. The highlight now says 312; the
correction is still said, as the candidate asked. Only the figure said before its own noun (the
noun within two words after it) is put right; any other line stays as typed.
"""

from __future__ import annotations

from composer import regexes as re
from composer.models import Notes

__all__ = ["figures_corrected"]

# What was said: "I mentioned that I had handled around 200 surveys", "I said 12 loggers".
_SAID = re.compile(
    r"(?i)\bI\s+(?:said|mentioned|stated|told\s+\w+)\s+(?:that\s+)?[^.;]*?"
    r"(?P<old>\b\d[\d,]*)\s+(?P<noun>[a-z]{3,})"
)
# What is right, after it: "the correct figure ... is 312", "it was actually 14", "in fact 14".
_RIGHT = re.compile(
    r"(?i)\b(?:the\s+(?:correct|right|actual)\s+(?:figure|number|count)\b[^.;]*?\b(?:is|was)"
    r"|it\s+was\s+(?:actually|in\s+fact)|but\s+(?:it\s+)?(?:was|is)(?:\s+actually)?)\s+"
    r"(?P<new>\d[\d,]*)\b"
)
_ABOUT = r"(?:(?:about|around|roughly|approximately|some|~)\s*)?"


def figures_corrected(notes: Notes) -> Notes:
    """`notes` with a corrected figure put right in the qualifications and highlights; the same
    object when there is none."""
    typed = notes.follow_up or ""
    said = _SAID.search(typed)
    right = _RIGHT.search(typed, said.end()) if said else None
    if said is None or right is None or said["old"] == right["new"]:
        return notes
    old, new, noun = said["old"], right["new"], said["noun"][:5]
    figure = re.compile(rf"(?i)\b{_ABOUT}{re.escape(old)}(?=\s+(?:[\w-]+\s+){{0,2}}{noun})")

    def fixed(lines: list[str]) -> list[str]:
        return [figure.sub(new, line) for line in lines]

    update = {"qualifications": fixed(notes.qualifications), "highlights": fixed(notes.highlights)}
    if update == {"qualifications": notes.qualifications, "highlights": notes.highlights}:
        return notes
    return notes.model_copy(update=update)
