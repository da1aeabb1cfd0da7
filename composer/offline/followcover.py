"""Which parts of a follow-up its one sentence left unsaid, so the report names them.

A follow-up of two parts ("forgot to say I have a C licence. also I promise to send the
translation") read whole may give a sentence of one part only ("As promised, the translation is
attached."): the other part is lost with no word to the candidate (round 26's reader 229 saw
the driving licences of h1023 go missing silently). A part none of whose own words the sentence
says is named as left out.
"""

from __future__ import annotations

from collections.abc import Sequence

from composer import regexes as re
from composer.offline.words import FUNCTION_WORDS

__all__ = ["unsaid_parts"]

# Words of a follow-up that say what it is, never what it is about.
_FRAME_WORDS = frozenset(
    ["forget", "forgot", "say", "said", "mention", "mentioned", "promise", "promised", "send",
     "also", "already", "attach", "clarify", "correct", "would", "like", "want", "need"]
)  # fmt: skip


def _words(text: str) -> set[str]:
    found = re.findall(r"[A-Za-z][A-Za-z'-]{3,}", text.lower())
    return {w[:5] for w in found if w not in FUNCTION_WORDS and w not in _FRAME_WORDS}


def unsaid_parts(parts: Sequence[str], line: str) -> list[str]:
    """The `parts` (as typed) that `line` says none of the words of; [] when a part is the
    only one, or the line says something of each."""
    if len(parts) < 2:
        return []
    said = _words(line)
    return [part for part in parts if (own := _words(part)) and not own & said]
