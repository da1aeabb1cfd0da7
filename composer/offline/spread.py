"""Spreading the candidate's points over a panel: one point to each letter, the best overall.

`one_each` takes how well each point serves each reader (a weight; 0: not at all) and gives
each reader one point, no point to two readers, so that the weights add up to the most. A
greedy pass would let the first reader take the point a colleague needed ("offline-first sync"
fits both the product manager's offline mode and the engineer's sync conflicts, but the
engineer also has the build times); the search over subsets of readers does not.
"""

from __future__ import annotations

import functools

# Each weight is scaled by this, less the point's place, so that equal totals differ.
_EVEN = 1 << 12
# Above this many readers the search is too wide: the strongest pairs are taken in turn.
_MOST_READERS = 12


def one_each(weights: list[list[int]]) -> list[int | None]:
    """For each reader (a row of `weights`), the point (a column) their letter opens with, or
    None when no point is left that serves them. Of equal totals, the one that uses the
    earlier points (the notes' order) wins."""
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
            weight = weights[reader][point] * _EVEN - point
            rest, pairs = best(point + 1, taken | (1 << reader))
            if weight + rest > found[0]:
                found = (weight + rest, ((reader, point), *pairs))
        return found

    chosen: list[int | None] = [None] * readers
    for reader, point in best(0, 0)[1]:
        chosen[reader] = point
    return chosen


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
