"""Spreading the candidate's points over a panel: one point to each letter, the best overall,
and the points each letter may add when it is short (`reserves`).

`one_each` takes how well each point serves each reader (a weight; 0: not at all) and gives
each reader one point, no point to two readers, so that the weights add up to the most. A
greedy pass would let the first reader take the point a colleague needed ("offline-first sync"
fits both the product manager's offline mode and the engineer's sync conflicts, but the
engineer also has the build times); the search over subsets of readers does not.
"""

from __future__ import annotations

import functools

from composer.models import Notes
from composer.offline.phrases import Phrase

# A letter recalls a few of the candidate's facts, never a list: at most this many in all.
MOST_FACTS = 3
# A letter this many words short of its channel's target still has room for a point of the
# candidate's that the plan left unused (an email under about 110 words: the target is 120).
FULLER_SLACK = 10
# A point added only for fullness has at least this many words: a short credential alone ("I am
# a Welsh speaker.") reads as an item of a list, not as something the candidate recalls.
FULLER_CLAUSE = 6
# A point said plainly enough to add to a letter that has one already (`strength.strength`):
# a degree or certificate and up; a bare list of initials only when a letter has nothing else.
PLAIN = 2

# Each weight is scaled by this, less the point's place, so that equal totals differ.
_EVEN = 1 << 12
# Each weight is scaled by this, plus its square, so that of equal totals the one that gives a
# point to the reader it serves most wins: the tigers' injections to the curator whose blood
# draws they answer, not the rota leader for whom any point would do as well (squares sum to
# far less than this over a panel).
_SPREAD = 1 << 24
# Above this many readers the search is too wide: the strongest pairs are taken in turn.
_MOST_READERS = 12


def one_each(weights: list[list[int]]) -> list[int | None]:
    """For each reader (a row of `weights`), the point (a column) their letter opens with, or
    None when no point is left that serves them. Of equal totals, the one that gives each
    point to the reader it serves most, then the one that uses the earlier points (the notes'
    order), wins."""
    readers = len(weights)
    points = len(weights[0]) if weights else 0
    if readers > _MOST_READERS:
        return _greedy(weights)

    @functools.cache
    def best(point: int, taken: int) -> tuple[int, tuple[tuple[int, int], ...]]:
        """The most the points from `point` on can add, readers in `taken` served already."""
        if point == points:
            return 0, ()
        found = best(point + 1, taken)
        for reader in range(readers):
            if weights[reader][point] <= 0 or taken & (1 << reader):
                continue
            given = weights[reader][point]
            weight = (given * _SPREAD + given * given) * _EVEN - point
            rest, pairs = best(point + 1, taken | (1 << reader))
            if weight + rest > found[0]:
                found = (weight + rest, ((reader, point), *pairs))
        return found

    chosen: list[int | None] = [None] * readers
    for reader, point in best(0, 0)[1]:
        chosen[reader] = point
    return chosen


def withdraw(tied: dict[int, list[Phrase]], summary: list[Phrase], point: Phrase) -> None:
    """`point` out of one reader's ties (a topic left with none is dropped) or summary."""
    if point in summary:
        summary.remove(point)
    for place, points in list(tied.items()):
        if point in points:
            points.remove(point)
            if not points:
                del tied[place]


def _greedy(weights: list[list[int]]) -> list[int | None]:
    pairs = sorted(
        ((w, r, p) for r, row in enumerate(weights) for p, w in enumerate(row) if w > 0),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    chosen: list[int | None] = [None] * len(weights)
    used: set[int] = set()
    for _, reader, point in pairs:
        if chosen[reader] is None and point not in used:
            chosen[reader] = point
            used.add(point)
    return chosen


def reserves(
    ties: list[list[tuple[Phrase, list[Phrase]]]],
    summary: list[list[Phrase]],
    points: list[Phrase],
    fit: list[list[int]],
    power: list[int],
    notes: Notes,
    echo: list[list[bool]],
) -> list[list[Phrase]]:
    """The points each letter may add when it is under its channel's minimum.

    A point no letter carries goes first to the reader whose topic it is about; then in
    turns, each reader taking the strongest point fewest letters would then carry, so a point
    is never in every letter of a panel (each letter adds at most `MOST_FACTS` this way), and
    a point tied to a colleague's topic stays in that colleague's letter alone. A point said
    weakly ("RDN, CSP") is never added.
    """
    email = notes.channel == "email"
    held = [
        {p for _, tied in row for p in tied} | set(extra)
        for row, extra in zip(ties, summary, strict=True)
    ]
    uses = {p: sum(p in h for h in held) for p in points}
    # A point that answers a colleague's topic is theirs: it is never added to another letter;
    # nor is one said on its own in the letter of the reader it is about (`fit`), whose topic
    # it is near without a tie a sentence may claim (`ties.bridge`).
    answered = {p for row in ties for _, tied in row for p in tied} | {
        p for r, extra in enumerate(summary) for p in extra if fit[r][points.index(p)] > 0
    }
    crowded = len(ties) > len(points)  # more readers than points: each must share some
    size = len(held)
    # An email under its minimum is only short: it adds a point no more letters carry than
    # the panel needs to give each reader one ("nine years of drainage design" in two of
    # four letters, not three). A printed letter under its minimum is no letter: it may add
    # a point one colleague's letter carries too, never one a third carries.
    most = max(1 if email else min(2, size - 1), -(-size // max(1, len(points))))
    reserve: list[list[Phrase]] = [[] for _ in held]
    for number in sorted(range(len(points)), key=lambda n: (-power[n], n)):
        reader = max(range(size), key=lambda r: (fit[r][number], -r))
        fits = fit[reader][number] > 0 and not echo[reader][number]
        if uses[points[number]] == 0 and fits and power[number] >= PLAIN:
            reserve[reader].append(points[number])
            uses[points[number]] += 1
    for _ in range(MOST_FACTS):
        for reader in range(size):
            open_points = [
                p
                for p in points
                if p not in held[reader]
                and p not in reserve[reader]
                and power[points.index(p)] >= PLAIN
                and not echo[reader][points.index(p)]
                and (size == 1 or (uses[p] < most and (p not in answered or crowded)))
            ]
            if open_points:
                chosen = min(
                    open_points, key=lambda p: (uses[p], -power[points.index(p)], points.index(p))
                )
                reserve[reader].append(chosen)
                uses[chosen] += 1
    return reserve
