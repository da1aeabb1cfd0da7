"""A panel's letters drafted at once: overlap, the --jobs bound, order, re-asks, failures, and
the shared backoff after a 429. The backends here are in-process fakes that block on events and
barriers, so the tests prove overlap without timing anything."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

import pytest

from composer.backends.base import Draft, DraftRequest, Usage
from composer.backends.transport import RetryPolicy, SharedBackoff, call_with_retries
from composer.choices import PANEL_JOBS, panel_jobs
from composer.compose import compose
from composer.errors import BackendError
from composer.models import Interviewer, Notes
from composer.offline import OfflineBackend
from tests.fakes import copy_for_second
from tests.test_openai_backend import Recorder


@dataclass
class Honest:
    """Writes the offline composer's letter but, as a model, is not deterministic.

    `gate(request)` runs before each draft (to block, count or fail); `copy` maps an
    interviewer's name to a letter to return instead, for their first `copies` drafts.
    """

    notes: Notes
    name: str = "honest"
    gate: Any = None
    copy: dict[str, str] = field(default_factory=dict)
    copies: int = 1
    requests: list[DraftRequest] = field(default_factory=list)
    threads: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)
    deterministic: bool = False

    def use_prompts(self, prompts: object) -> None:
        """Writes without prompts."""

    def draft(self, request: DraftRequest) -> Draft:
        with self.lock:
            self.requests.append(request)
            self.threads.add(threading.current_thread().name)
            mine = [r for r in self.requests if r.interviewer == request.interviewer]
        if self.gate is not None:
            self.gate(request)
        person = request.interviewer.name
        if person in self.copy and len(mine) <= self.copies:
            return Draft(self.copy[person], Usage(300, 200), calls=1)
        text = OfflineBackend().draft(DraftRequest(self.notes, request.interviewer)).text
        return Draft(text, Usage(300, 200), calls=1)


def test_all_first_drafts_of_a_panel_are_in_flight_together(panel_notes: Notes) -> None:
    # Each draft waits until all three are being drafted: one at a time, the barrier breaks.
    barrier = threading.Barrier(3, timeout=10)
    backend = Honest(panel_notes, gate=lambda _request: barrier.wait())
    letters = compose(panel_notes, backend=backend)
    assert [letter.ok for letter in letters] == [True, True, True]
    assert len(backend.requests) == 3


def test_letters_come_out_in_the_interviewers_order_whatever_finishes_first(
    panel_notes: Notes,
) -> None:
    # The first interviewer's draft is held back until the other two are done.
    others_done = threading.Semaphore(0)
    names = [p.name for p in panel_notes.interviewers]

    def gate(request: DraftRequest) -> None:
        if request.interviewer.name == names[0]:
            for _ in range(2):
                assert others_done.acquire(timeout=10)

    def release_after(draft: Any) -> Any:
        def wrapped(request: DraftRequest) -> Draft:
            result: Draft = draft(request)
            if request.interviewer.name != names[0]:
                others_done.release()
            return result

        return wrapped

    backend = Honest(panel_notes, gate=gate)
    backend.draft = release_after(backend.draft)  # type: ignore[method-assign]
    letters = compose(panel_notes, backend=backend)
    assert [letter.to for letter in letters] == names
    assert [letter.interviewer for letter in letters] == list(panel_notes.interviewers)


@pytest.mark.parametrize("jobs", [1, 2])
def test_no_more_than_jobs_drafts_at_once(panel_notes: Notes, jobs: int) -> None:
    state = {"now": 0, "most": 0}
    lock = threading.Lock()
    overlap = threading.Event()

    def gate(_request: DraftRequest) -> None:
        with lock:
            state["now"] += 1
            state["most"] = max(state["most"], state["now"])
            if state["now"] == jobs:
                overlap.set()
        overlap.wait(timeout=10)  # hold the slot until `jobs` drafts overlap (10 s: a hang)
        with lock:
            state["now"] -= 1

    letters = compose(panel_notes, backend=Honest(panel_notes, gate=gate), jobs=jobs)
    assert len(letters) == 3
    assert state["most"] == jobs


def _larger_panel(notes: Notes, size: int) -> Notes:
    """`notes` with interviewers added until the panel has `size` of them."""
    names = ["Rosa Delgado", "Tomasz Nowak", "Ines Moreau", "Kwame Boateng", "Lena Fischer"]
    names += ["Omar Haddad", "Sofia Rossi", "Arjun Mehta", "Hana Sato", "Pablo Ruiz"]
    more = [
        Interviewer(name=name, title="Engineer", topics=[f"how the team plans work, week {n}"])
        for n, name in enumerate(names[: size - len(notes.interviewers)], 1)
    ]
    return notes.model_copy(update={"interviewers": [*notes.interviewers, *more]})


def test_by_default_a_panel_of_five_is_drafted_all_at_once(panel_notes: Notes) -> None:
    # Five drafts wait for each other: with fewer than five workers the barrier breaks.
    notes = _larger_panel(panel_notes, 5)
    barrier = threading.Barrier(5, timeout=10)
    backend = Honest(notes, gate=lambda request: request.attempt > 1 or barrier.wait())
    letters = compose(notes, backend=backend)
    assert len(letters) == 5
    assert len([r for r in backend.requests if r.attempt == 1]) == 5


def _most_at_once(notes: Notes, expected: int, **kwargs: Any) -> int:
    """The most drafts in flight together while composing `notes`; each draft holds its worker
    until `expected` overlap (or gives up after 10 s, which only a hang takes)."""
    state = {"now": 0, "most": 0}
    lock = threading.Lock()
    overlap = threading.Event()

    def gate(_request: DraftRequest) -> None:
        with lock:
            state["now"] += 1
            state["most"] = max(state["most"], state["now"])
            if state["now"] == expected:
                overlap.set()
        overlap.wait(timeout=10)
        with lock:
            state["now"] -= 1

    compose(notes, backend=Honest(notes, gate=gate), **kwargs)
    return state["most"]


def test_by_default_a_large_panel_is_drafted_at_most_eight_at_once(panel_notes: Notes) -> None:
    assert _most_at_once(_larger_panel(panel_notes, 10), 8) == PANEL_JOBS == 8


def test_jobs_overrides_the_panel_default(panel_notes: Notes) -> None:
    assert _most_at_once(_larger_panel(panel_notes, 5), 2, jobs=2) == 2


def test_panel_jobs_is_the_panel_size_up_to_the_cap_unless_given() -> None:
    assert [panel_jobs(size, None) for size in (0, 1, 5, 8, 9, 30)] == [1, 1, 5, 8, 8, 8]
    assert panel_jobs(30, 3) == 3
    assert panel_jobs(2, 6) == 6


def test_a_letter_repeating_another_is_asked_again_with_unique_feedback(
    panel_notes: Notes,
) -> None:
    first, second, _ = panel_notes.interviewers
    backend = Honest(panel_notes, copy={second.name: copy_for_second(panel_notes)})
    letters = compose(panel_notes, backend=backend)
    assert [letter.ok for letter in letters] == [True, True, True]
    assert [letter.attempts for letter in letters] == [1, 2, 1]
    assert letters[1].usage == Usage(600, 400) and letters[1].calls == 2
    [reask] = [r for r in backend.requests if r.attempt == 2]
    assert reask.interviewer == second
    assert reask.previous == copy_for_second(panel_notes).strip()
    assert [v.rule for v in reask.violations] == ["unique"]
    assert first.name in reask.violations[0].message
    assert all(v.rule != "unique" for letter in letters for v in letter.report.violations)


def test_a_letter_that_keeps_repeating_stops_at_max_attempts_and_both_are_marked(
    panel_notes: Notes,
) -> None:
    second = panel_notes.interviewers[1]
    copy = copy_for_second(panel_notes)
    backend = Honest(panel_notes, copy={second.name: copy}, copies=99)
    letters = compose(panel_notes, backend=backend, max_attempts=2)
    assert len(backend.requests) == 4
    assert [letter.attempts for letter in letters] == [1, 2, 1]
    assert [letter.ok for letter in letters] == [False, False, True]
    for letter in letters[:2]:
        assert [v.rule for v in letter.report.errors] == ["unique"]


def test_a_failure_keeps_every_other_letter_in_order(panel_notes: Notes) -> None:
    middle = panel_notes.interviewers[1].name

    def gate(request: DraftRequest) -> None:
        if request.interviewer.name == middle:
            raise BackendError("the service is down")

    with pytest.raises(BackendError) as caught:
        compose(panel_notes, backend=Honest(panel_notes, gate=gate))
    kept = [letter.to for letter in caught.value.completed]
    assert kept == [panel_notes.interviewers[0].name, panel_notes.interviewers[2].name]


def test_the_offline_composer_writes_one_letter_after_another(panel_notes: Notes) -> None:
    threads: list[str] = []

    class Recording(OfflineBackend):
        def draft(self, request: DraftRequest) -> Draft:
            threads.append(threading.current_thread().name)
            return super().draft(request)

    letters = compose(panel_notes, backend=Recording(), jobs=4)
    assert len(letters) == 3
    assert threads == [threading.main_thread().name] * 3


def test_jobs_below_one_is_refused(panel_notes: Notes) -> None:
    with pytest.raises(Exception, match="must be at least 1"):
        compose(panel_notes, backend=Honest(panel_notes), jobs=0)


# -- one backoff for every worker -------------------------------------------------------------


class RateLimited(Exception):
    """Looks like the SDK's 429 with a Retry-After header."""

    status_code = 429

    def __init__(self, seconds: str) -> None:
        super().__init__("rate limited")
        self.response = type("R", (), {"headers": {"retry-after": seconds}})()


def test_a_429_to_one_caller_holds_the_others_for_its_retry_after() -> None:
    clock = Recorder()
    shared = SharedBackoff()
    other_waits: list[float] = []
    sent: list[tuple[str, float]] = []

    def other_caller() -> None:
        recorder = Recorder()
        recorder.now = clock.now  # the same moment, its own record of sleeps

        def sleep(seconds: float) -> None:
            other_waits.append(seconds)

        policy = RetryPolicy(sleep=sleep, clock=lambda: clock.now)
        call_with_retries(lambda: sent.append(("other", clock.now)), policy, shared=shared)

    def sleep_while_the_other_sends(seconds: float) -> None:
        if not other_waits and not any(who == "other" for who, _ in sent):
            other_caller()  # runs while this caller is sleeping out its 429
        clock.sleep(seconds)

    answers: list[Any] = [RateLimited("5"), "fine"]

    def limited() -> Any:
        sent.append(("limited", clock.now))
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    policy = RetryPolicy(sleep=sleep_while_the_other_sends, clock=clock.clock)
    result, requests = call_with_retries(limited, policy, shared=shared)
    assert (result, requests) == ("fine", 2)
    assert other_waits == [5.0]  # the other caller waited the server's 5 s before sending
    assert clock.waits == [5.0]  # the limited caller itself waited once, not twice


def test_without_a_429_nobody_waits_for_anybody() -> None:
    clock = Recorder()
    shared = SharedBackoff()
    policy = RetryPolicy(sleep=clock.sleep, clock=clock.clock)
    for _ in range(3):
        call_with_retries(lambda: "fine", policy, shared=shared)
    assert clock.waits == []
    assert shared.remaining(policy) == 0.0
