"""The seven checks of the letter's last gate, in one place.

A sentence said from the notes is stopped when it reads as a note (`wellformed.problem`; a '/'
between words is the reader modules' to judge), prints the notes' own words or symbols
(`notewords.unsent`), carries a note's syntax (`notesyntax.note_syntax`: "3x12h",
"academy/intranet", "merged team / shorter queues"), a join of its parts does not hold
(`notejoins.loose_join`), a piece of a note is pasted in whole (`pasted.pasted`), its own
shape is broken (`dangling.dangling`), or it carries a second-language slip no letter can
(`secondgrammar.second_grammar`: "before to start", "is very important the cleaning").
`flagged.stopped` runs them on every sentence of a letter (and lets a candidate's trusted words
pass); `rapportgate` asks them of a personal line before the letter is put together.
"""

from __future__ import annotations

import functools

from composer.offline.dangling import dangling
from composer.offline.notejoins import loose_join
from composer.offline.notesyntax import note_syntax
from composer.offline.notewords import unsent
from composer.offline.pasted import pasted
from composer.offline.secondgrammar import second_grammar
from composer.offline.wellformed import problem


# A letter's sentences meet the gate again and again (each wording tried, each reader's letter,
# the rapport gate): the verdict on the same text is found once.
@functools.lru_cache(maxsize=1024)
def last_gate(text: str) -> str:
    """Why the last gate stops the sentence `text`, or "" when it passes."""
    return (
        problem(text, slashes=False)
        or unsent(text)
        or note_syntax(text)
        or loose_join(text)
        or pasted(text)
        or dangling(text)
        or second_grammar(text)
    )
