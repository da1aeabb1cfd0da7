"""The transport retry loop on its own: which faults are retried, how often, how long it waits."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from composer.backends.transport import (
    RetriesExhausted,
    RetryPolicy,
    call_with_retries,
    describe_fault,
    is_transient,
)


class StatusError(Exception):
    """Shaped like the SDK's APIStatusError: a status, a body, a response with headers."""

    def __init__(self, status: int, code: str | None = None, wait: str | None = None) -> None:
        super().__init__(f"HTTP {status}")
        self.status_code = status
        self.body = {"message": "x", "code": code, "type": code}
        self.code = code
        headers = {"retry-after": wait} if wait is not None else {}
        self.response = type("Response", (), {"headers": headers})()


class APIConnectionError(Exception):
    """Named like the SDK's, which is how the loop recognises it."""


class APITimeoutError(APIConnectionError):
    pass


OUTCOMES: dict[str, Any] = {
    "ok": None,
    "400": lambda: StatusError(400),
    "401": lambda: StatusError(401),
    "404": lambda: StatusError(404),
    "408": lambda: StatusError(408),
    "409": lambda: StatusError(409),
    "429": lambda: StatusError(429, wait="2"),
    "quota": lambda: StatusError(429, code="insufficient_quota"),
    "500": lambda: StatusError(500),
    "503": lambda: StatusError(503, wait="999"),
    "refused": APIConnectionError,
    "timeout": APITimeoutError,
}
TRANSIENT = {"408", "409", "429", "500", "503", "refused", "timeout"}
PERMANENT = {"400", "401", "404", "quota"}


class Clock:
    def __init__(self) -> None:
        self.now = 0.0
        self.waits: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds

    def time(self) -> float:
        return self.now


@given(
    outcomes=st.lists(st.sampled_from(sorted(OUTCOMES)), min_size=1, max_size=8),
    attempts=st.integers(min_value=1, max_value=6),
    total=st.sampled_from([5.0, 60.0, 1e9]),
)
def test_requests_and_waits_follow_the_policy(
    outcomes: list[str], attempts: int, total: float
) -> None:
    clock = Clock()
    policy = RetryPolicy(
        attempts=attempts, total_seconds=total, sleep=clock.sleep, clock=clock.time
    )
    sent: list[str] = []
    raised: list[Exception] = []

    def send() -> str:
        name = outcomes[min(len(sent), len(outcomes) - 1)]
        sent.append(name)
        if name == "ok":
            return "done"
        raised.append(OUTCOMES[name]())
        raise raised[-1]

    try:
        result, count = call_with_retries(send, policy)
    except RetriesExhausted as exc:
        assert sent[-1] in TRANSIENT
        assert exc.requests == len(sent)
        stopped_by_attempts = len(sent) == attempts
        assert stopped_by_attempts or clock.now <= total
    except StatusError as exc:
        # a permanent fault comes out as it was raised, after exactly one request for it
        assert sent[-1] in PERMANENT
        assert exc is raised[-1]
    else:
        assert result == "done" and count == len(sent) and sent[-1] == "ok"
    # every request but the last failed transiently; nothing is sent after a permanent fault
    assert all(name in TRANSIENT for name in sent[:-1])
    assert len(sent) <= attempts
    assert len(clock.waits) == len(sent) - 1
    assert clock.now <= total
    for wait in clock.waits:
        assert 0 <= wait <= max(policy.max_wait, policy.retry_after_cap)


def test_progress_names_the_wait_and_the_reason() -> None:
    clock = Clock()
    lines: list[str] = []
    failures = [StatusError(429, wait="2"), APIConnectionError()]

    def send() -> str:
        if failures:
            raise failures.pop(0)
        return "done"

    policy = RetryPolicy(sleep=clock.sleep, clock=clock.time, jitter=0)
    assert call_with_retries(send, policy, progress=lines.append) == ("done", 3)
    assert lines == [
        "waiting 2.0s before retry 1 of 3 (HTTP 429 rate limited)",
        "waiting 2.0s before retry 2 of 3 (connection failed)",
    ]


@pytest.mark.parametrize(
    ("error", "transient"),
    [
        (StatusError(429, code="insufficient_quota"), False),
        (StatusError(429, code="rate_limit_exceeded"), True),
        (StatusError(422), False),
        (StatusError(599), True),
        (ValueError("bad json"), False),
    ],
)
def test_what_counts_as_transient(error: Exception, transient: bool) -> None:
    assert is_transient(error) is transient


def test_descriptions() -> None:
    assert describe_fault(APITimeoutError()) == "no answer in time"
    assert describe_fault(StatusError(503)) == "HTTP 503 service unavailable"
