"""A panel's next step said once in each wording: a letter whose next-step sentence, filled in, is
word for word a sentence of a colleague's letter written before it says the same step in another
of its wordings ("I hope to hear from you by 11 December, and I would welcome the chance of a
second interview with the CFO." in three letters of a panel of four: the panel compares letters).

The wordings the sentence was made from are known by their shape (a wording with its slots
read as any words matches the start of the sentence), so this holds for any step, whatever it
says. The new sentence is kept only when it says every word of the first that is not a word of
a wording (the step, who, when): a step said with less, to be different, is worse than the same.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from composer import regexes as re
from composer.offline import phrasebook
from composer.offline.usable import stems

# Each try bans the wordings the last sentence was made from: a few tries cover every table.
_TRIES = 4


@functools.cache
def _wordings(sections: tuple[str, ...], tone: str, channel: str) -> tuple[str, ...]:
    """Every wording of these sections for this tone and channel, spare ones too."""
    found: list[str] = []
    with phrasebook.spare_wordings():
        for section in sections:
            found += phrasebook.wordings(section, tone, channel)
    return tuple(found)


@functools.cache
def _shape(wording: str) -> re.Pattern[str]:
    """A wording as a pattern: its slots any words, its end open (a part may follow)."""
    text = wording.rstrip(".")
    pieces = re.split(r"\{\w+\}", text)
    return re.compile(r".+?".join(re.escape(p) for p in pieces), re.IGNORECASE)


# The sections varied: hearing from them, with a step hoped for or not. Another kind of step
# ("I look forward to receiving the brief ...") keeps its wording, which says what the close must.
_VARIED = ("next_hear", "next_hear_from", "next_hear_then")


def _made_from(sentence: str, tone: str, channel: str) -> set[str]:
    """The wordings to vary whose shape starts the sentence."""
    return {w for w in _wordings(_VARIED, tone, channel) if _shape(w).match(sentence)}


def _allowed(option: str, *, fits: Callable[[str], bool], banned: frozenset[str]) -> bool:
    return fits(option) and option not in banned


def varied(
    say: Callable[[Callable[[str], bool]], str],
    fits: Callable[[str], bool],
    repeats: Callable[[str], bool],
    tone: str,
    channel: str,
) -> str:
    """The next-step sentence `say` makes (given a test a wording must pass, no final stop),
    made again with the wordings of each try left out while it repeats an earlier letter of
    the panel (`repeats`); the first sentence when no other says as much. The first try never
    takes a spare wording (`phrasebook.SPARE`): those are for a panel's repeats alone."""
    first = said = say(fits)
    steps = tuple(section for section in phrasebook.BOOK if section.startswith("next_"))
    frame = stems(" ".join(_wordings(steps, tone, channel)))
    needed = stems(first) - frame
    banned: set[str] = set()
    for _ in range(_TRIES):
        if not repeats(f"{said}."):
            return said
        used = _made_from(said, tone, channel)
        if not used - banned:
            break
        banned = banned | used
        with phrasebook.spare_wordings():
            said = say(functools.partial(_allowed, fits=fits, banned=frozenset(banned)))
        if not needed <= stems(said):
            break  # said with less: the step, who or when lost
    return first
