"""Sentences a rule flagged, left out: when every wording of a letter breaks an error rule, the
sentences said from the notes that hold what the rule quoted go, each with a notice, and the
letter is written again without them (`backend.OfflineBackend._best` drives the rounds)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from composer.offline.body import Sentence
from composer.offline.tone import registered

# Sentences said from the notes, which a flagged quote can take out: never the thanks or the
# next step, which every letter needs (their wordings are the writer's own).
DROPPABLE = frozenset(
    [
        "summary",
        "point",
        "point_more",
        "topic",
        "topic_more",
        "contribution",
        "follow_up",
        "rapport",
    ]
)
# The sections that say why the candidate fits.
POINTS = ("summary", "point", "point_more")


def holds(text: str, quote: str) -> bool:
    """True when `quote` stands in `text` as whole words ("wk" is in "15 hours/wk", not "work")."""
    return re.search(rf"(?<!\w){re.escape(quote)}(?!\w)", text) is not None


def unflagged(
    sentences: list[Sentence], flagged: Sequence[tuple[str, str]], tone: str, notices: list[str]
) -> list[Sentence]:
    """`sentences` without those that hold a (rule, quote) of `flagged`; a notice for each quote
    is added to `notices` (once)."""
    if not flagged:
        return sentences
    kept = []
    for item in sentences:
        said = registered([item], tone)[0].text
        hit = next(
            (
                (rule, quote)
                for rule, quote in flagged
                if item.section in DROPPABLE and any(holds(t, quote) for t in (item.text, said))
            ),
            None,
        )
        if hit is None:
            kept.append(item)
        elif not any(f'flagged "{hit[1]}"' in note for note in notices):
            notices.append(
                f"A sentence was left out of the letter because the {hit[0]} rule flagged "
                f'"{hit[1]}" in it: "{said}". Reword that note if you want it said.'
            )
    return kept
