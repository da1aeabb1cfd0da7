"""Answers first when a letter is cut: a sentence said from a line the candidate typed as an
answer at `compose --ask` stays when a concise letter leaves out what a warm one adds, and
goes last of its section when a letter is too long. And an answer typed as a whole
first-person sentence that passes the last gate is said as typed (`typed_in`).

The candidate answered because compose asked: the answer did the work the tool asked for, so a
shorter letter keeps it before an untouched line (`select` gives it its place in the plan;
this keeps that place through the cuts). Which sentences were said from an answer is read by
their words: most of the answer's content words (`usable.stems`) are in the sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from composer import regexes as re
from composer.offline import typedwhole
from composer.offline.body import Sentence
from composer.offline.flagged import stopped, trusted
from composer.offline.phrases import Phrase
from composer.offline.select import is_answered
from composer.offline.typedwhole import counts_joined
from composer.offline.usable import stems
from composer.offline.verbatim import spelled_out

# The sections a candidate's point is said in (`flagged.POINTS`), and the contribution.
_SAID_FROM_LINES = frozenset(["summary", "point", "point_more", "contribution"])
POINT_SECTIONS = frozenset(["summary", "point_more"])  # a point said on its own


def from_answer(item: Sentence, answered: frozenset[str], share: float = 0.6) -> bool:
    """Whether `item` says one of the `answered` lines: 60% of its content words or more (or
    `share` of them)."""
    if item.section not in _SAID_FROM_LINES:
        return False
    said = stems(item.text)
    return any(
        (words := stems(line)) and len(words & said) >= share * len(words) for line in answered
    )


def from_marked(item: Sentence, marked: frozenset[str]) -> bool:
    """Whether `item` says one of the lines the candidate `marked` (`marks`): 80% of its content
    words or more, so a point that shares a few words with it ("B.Tech in computer science",
    "M.Tech data science") is not taken for it."""
    return from_answer(item, marked, share=0.8)


def said_as_typed(item: Sentence, answered: frozenset[str]) -> bool:
    """Whether `item` says a line the user typed as an answer, in any section: its words are
    theirs, not to be mended."""
    said = stems(item.text)
    return from_answer(item, answered) or any(
        (words := stems(line)) and len(words & said) >= 0.8 * len(words) for line in answered
    )


def answers_kept(
    planned: list[Sentence],
    cut: list[Sentence],
    answered: frozenset[str],
    length: Callable[[list[Sentence]], int],
    high: int,
    marked: frozenset[str] = frozenset(),
) -> list[Sentence]:
    """`cut` (what the tone kept of `planned`) with the sentences said from an answer, or from a
    line the candidate marked (`marks`), put back in their places, each while the letter stays
    within `high` words. Only an answer may be said as typed (`typed_in`)."""
    if not answered and not marked:
        return cut
    kept = list(cut)
    for item in planned:
        if any(s is item for s in kept):
            continue
        if not from_answer(item, answered) and not from_marked(item, marked):
            continue
        trial = [s for s in planned if s is item or any(s is k for k in kept)]
        if length(trial) <= high:
            kept = trial
    words = trusted(answered)
    return [typed_in(item, answered, words) for item in kept]


# An answer typed as a whole sentence of the candidate's own: "I rebuilt ...", "My ... has been".
_FIRST_PERSON = re.compile(r"^(?:I|I['’](?:m|ve|d|ll)|My)\s")


def as_typed(line: str, words: frozenset[str] = frozenset()) -> str | None:
    """`line`, typed as an answer, as a letter's sentence (contractions in full, a count and its
    unit joined before a noun, a full stop), when it is a whole first-person sentence that
    passes the last gate (`flagged.stopped`, the candidate's own `words` trusted), or a whole
    sentence of another shape that `typedwhole` takes as typed; else None."""
    text = " ".join(line.split()).rstrip(" .!")
    if not _FIRST_PERSON.match(text):  # "Since losing that account, I always ...": typed whole
        return typedwhole.as_typed(line)
    said = f"{counts_joined(spelled_out(text))}."
    return None if stopped(said, words) else said


def typed_in(item: Sentence, answered: frozenset[str], words: frozenset[str]) -> Sentence:
    """`item` with what it says of an answer typed as a whole first-person sentence that passes
    the gate (`as_typed`) put back as typed, after the sentence's own lead ("That is familiar
    ground for me: "): the writer's reading of a sentence typed in full can only lose from it
    (reader 14: "..., and our win rate ... went up 9 points" was said "which raised and our win
    rate ... by nine points"). Only where the sentence says that line and little else from where
    the line's first two words stand: the whole line's words, and at most two of its own."""
    if item.section not in _SAID_FROM_LINES:
        return item
    for line in sorted(answered):
        typed = as_typed(line, words)
        if typed is None:
            continue
        # where the sentence says it: by its first two words as said or as typed ("I've been")
        starts = (" ".join(typed.split()[:2]), " ".join(line.split()[:2]))
        at = max(item.text.find(start) for start in starts)
        tail = stems(item.text[at:]) if at >= 0 else frozenset()
        whole = stems(typed)
        if not whole or len(whole & tail) < 0.8 * len(whole) or len(tail - whole) > 2:
            continue
        return replace(item, text=item.text[:at] + typed) if item.text[at:] != typed else item
    return item


def answers_last(droppable: list[Sentence], answered: frozenset[str]) -> list[Sentence]:
    """`droppable` (in the order the writer drops them, last first) with the sentences said
    from an answer moved to the front, so they go last."""
    return sorted(droppable, key=lambda s: not from_answer(s, answered))


def topic_unsaid(
    sentences: list[Sentence], topics: tuple[Phrase, ...], answered: frozenset[str]
) -> bool:
    """Whether one of the reader's `topics` was typed as an answer and no sentence names it
    (most of its content words)."""
    said = stems(" ".join(s.text for s in sentences))
    return any(
        (words := stems(t.text)) and len(words & said) < 0.6 * len(words)
        for t in topics
        if is_answered(t, answered)
    )


# A sentence that reads right wherever it stands in its paragraph: the candidate's plain clause,
# with no link word or "also" that leans on a sentence before it.
_MOVABLE = re.compile(r"^I (?!also\b)(?:(?!\balso\b).)*$")


def marked_said_first(sentences: list[Sentence], marked: frozenset[str]) -> list[Sentence]:
    """`sentences` with a point said from a line the candidate marked (`marks`) moved before the
    other points of its paragraph, where both read right in either place (`_MOVABLE`)."""
    out = list(sentences)
    for item in sentences:
        if item.section not in POINT_SECTIONS or not from_marked(item, marked):
            continue
        before = next(
            (
                k
                for k, other in enumerate(out)
                if other.paragraph == item.paragraph and other.section in POINT_SECTIONS
            ),
            None,
        )
        at = out.index(item)
        if before is None or before >= at or not _MOVABLE.match(item.text):
            continue
        if not _MOVABLE.match(out[before].text):
            continue
        out.insert(before, out.pop(at))
    return out
