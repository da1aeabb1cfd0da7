"""Letters drafted at once: a bounded pool of threads working through panels of letters.

A model spends seconds on each reply and the machine waits for it, so threads overlap the waits.
Each panel (the letters of one interview) goes in two steps: every letter is first written on
its own (its drafts and re-asks for its own rules), then, once all of them are back, the panel is
looked at together: letters that repeat another are asked again, in parallel, until none collide
or their attempts run out. Panels are taken from the input only as workers free up, so a long
input is never held in memory at once. This module knows nothing of letters: `PanelWork` says
how to write, compare and settle them.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

from composer.choices import DEFAULT_JOBS

__all__ = ["DEFAULT_JOBS", "PanelWork", "run_panels"]

L = TypeVar("L")
W = TypeVar("W", bound="PanelWork[Any]")


class PanelWork(Protocol[L]):
    """The letters of one interview, as the pool drives them."""

    @property
    def size(self) -> int:
        """How many letters (one per interviewer)."""
        ...

    def first(self, index: int) -> L:
        """Write letter `index` on its own (drafts and re-asks for its own rules)."""
        ...

    def repeats(self, done: Mapping[int, L]) -> list[int]:
        """The letters to ask again because they repeat another (only those with attempts left)."""
        ...

    def again(self, index: int, done: Mapping[int, L]) -> L:
        """Ask again for letter `index`, which repeats one of the others in `done`."""
        ...

    def settle(self, done: Mapping[int, L]) -> dict[int, L]:
        """The final letters, checked together."""
        ...


@dataclass
class _Panel(Generic[W, L]):
    work: W
    outcomes: dict[int, L | BaseException] = field(default_factory=dict)
    left: int = 0  # letters queued or being written


Task = tuple["_Panel[W, L]", int, Callable[[], L]]


def run_panels(works: Iterable[W], jobs: int) -> Iterator[tuple[W, list[object]]]:
    """Yield each panel with its outcomes (a letter, or the exception that stopped it) per index.

    Panels come out as they finish, not in input order; within a panel the outcomes are in
    index order. At most `jobs` letters are written at the same time.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    source = iter(works)
    queue: deque[Task[W, object]] = deque()
    running: dict[Future[object], tuple[_Panel[W, object], int]] = {}
    exhausted = False
    pool = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="thankyou-draft")
    try:
        while True:
            # Fill the free workers: re-asks and letters already taken first, then new panels.
            while len(running) < jobs:
                if queue:
                    panel, index, call = queue.popleft()
                    running[pool.submit(call)] = (panel, index)
                    continue
                work = None if exhausted else next(source, None)
                if work is None:
                    exhausted = True
                    break
                panel = _Panel(work)
                for index in range(work.size):
                    queue.append((panel, index, _bind(work.first, index)))
                panel.left = work.size
                if work.size == 0:
                    yield work, []
            if not running:
                if exhausted and not queue:
                    return
                continue
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                panel, index = running.pop(future)
                panel.left -= 1
                error = future.exception()
                panel.outcomes[index] = error if error is not None else future.result()
                if panel.left:
                    continue
                done = _letters(panel)
                again = panel.work.repeats(done) if len(done) > 1 else []
                if again:
                    for index in again:
                        queue.appendleft((panel, index, _bind_again(panel.work, index, done)))
                    panel.left = len(again)
                    continue
                settled: dict[int, object] = panel.work.settle(done) if done else {}
                yield (
                    panel.work,
                    [settled.get(i, panel.outcomes[i]) for i in range(panel.work.size)],
                )
    except KeyboardInterrupt as exc:
        # Ctrl-C: what each unfinished panel has so far goes with the exception (keyed by the
        # id of its work), and nobody waits for the requests still in flight.
        for future, (panel, index) in running.items():
            if future.done() and not future.cancelled() and future.exception() is None:
                panel.outcomes[index] = future.result()  # finished, not yet taken in
        open_panels = _open_panels(running, queue)
        exc.finished = {id(p.work): dict(p.outcomes) for p in open_panels}  # type: ignore[attr-defined]
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _open_panels(
    running: dict[Future[object], tuple[_Panel[W, object], int]],
    queue: deque[Task[W, object]],
) -> list[_Panel[W, object]]:
    """The panels with letters still being written or waiting."""
    found: dict[int, _Panel[W, object]] = {}
    for panel, _ in running.values():
        found[id(panel)] = panel
    for panel, _, _ in queue:
        found[id(panel)] = panel
    return list(found.values())


def _letters(panel: _Panel[W, L]) -> dict[int, L]:
    return {i: o for i, o in panel.outcomes.items() if not isinstance(o, BaseException)}


def _bind(call: Callable[[int], L], index: int) -> Callable[[], L]:
    return lambda: call(index)


def _bind_again(work: PanelWork[L], index: int, done: Mapping[int, L]) -> Callable[[], L]:
    snapshot = dict(done)
    return lambda: work.again(index, snapshot)
