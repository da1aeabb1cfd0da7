"""Transport retries for the model service: the single layer that retries (the SDK's is off).

What is retried: connection errors, timeouts, HTTP 408, 409, 429 and 5xx, except a 429 whose error
code is `insufficient_quota` (more requests will not add credit). Waits grow exponentially with
jitter; a `Retry-After` / `retry-after-ms` header from the server wins, capped. The loop is bounded
by attempts and by total time, whichever comes first. Requests that share a `SharedBackoff` (the
workers drafting a panel's letters at once) all hold off when any of them is rate limited.

Time: each request has a deadline for the whole exchange (connect, send, headers, body), kept by
waiting for it on a watchdog, so a server that drips its reply a byte at a time cannot hold on to
the caller (a socket timeout only bounds each read). All the tries of one request share one
budget (`total_seconds`, or the request deadline if that is longer), and a retry is sent only
while a whole request deadline still fits in it: a server that never answers costs one deadline,
not two.

With the default policy a service that always fails receives exactly `DEFAULT_ATTEMPTS` (4)
requests for one draft, then the error is reported. Nothing here imports openai: errors are
recognised by their attributes, so a user-built client of the same family works too.
"""

from __future__ import annotations

import contextvars
import email.utils
import math
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from tenacity import RetryCallState

T = TypeVar("T")

DEFAULT_ATTEMPTS = 4
"""Requests per draft against a service that keeps failing (1 + 3 retries)."""

RETRYABLE_STATUS = frozenset({408, 409, 429})


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to retry a transport fault; `sleep` and `clock` are injectable for tests."""

    attempts: int = DEFAULT_ATTEMPTS
    initial_wait: float = 1.0
    max_wait: float = 20.0
    retry_after_cap: float = 30.0
    total_seconds: float = 120.0
    jitter: float = 1.0
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    clock: Callable[[], float] = field(default=time.monotonic, repr=False)

    def backoff(self, retry_number: int) -> float:
        """Exponential wait with jitter before retry `retry_number` (1-based), at most max_wait."""
        base: float = self.initial_wait * 2.0 ** (retry_number - 1)
        return min(base + random.uniform(0, self.jitter), self.max_wait)


DEFAULT_POLICY = RetryPolicy()
"""The policy a backend uses when none is given; tests of the CLI swap in one that never sleeps."""


def default_policy() -> RetryPolicy:
    """The current default retry policy (read at call time, so it can be replaced)."""
    return DEFAULT_POLICY


def status_of(exc: BaseException) -> int | None:
    """The HTTP status of an API error, None for network errors and anything else."""
    status = getattr(exc, "status_code", None)
    return status if isinstance(status, int) else None


def error_codes(exc: BaseException) -> set[str]:
    """The `code` and `type` an OpenAI-style error carries, e.g. {"insufficient_quota"}."""
    found: set[str] = set()
    sources: list[Any] = [exc]
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        sources += [body, body.get("error")]
    for source in sources:
        for name in ("code", "type"):
            value = source.get(name) if isinstance(source, dict) else getattr(source, name, None)
            if isinstance(value, str) and value:
                found.add(value)
    return found


class DeadlineExceeded(TimeoutError):
    """A request that did not finish (connect, headers and body) within its deadline."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"no complete answer within {seconds:g}s")
        self.seconds = seconds


class RedirectRefused(Exception):
    """The server redirected to another origin (scheme, host, port): not followed, so nothing
    (the notes included) is ever sent there."""

    def __init__(self, status: int, target: str) -> None:
        super().__init__(f"HTTP {status} redirect to {target}")
        self.status = status
        self.target = target


class ReplyTooLarge(Exception):
    """The server's reply went past the size any letter could need; the rest was not read."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the reply is larger than {limit:,} bytes")
        self.limit = limit


def causes(exc: BaseException) -> list[BaseException]:
    """`exc` and the errors it was raised from, outermost first."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def too_many_redirects(exc: BaseException) -> bool:
    """True when the HTTP client gave up after its maximum number of redirects."""
    return any(type(e).__name__ == "TooManyRedirects" for e in causes(exc))


_TIMEOUT_NAMES = frozenset({"APITimeoutError", "TimeoutException", "DeadlineExceeded"})


def is_timeout(exc: BaseException) -> bool:
    """True for a request that got no answer in time."""
    return any(cls.__name__ in _TIMEOUT_NAMES for cls in type(exc).__mro__)


def is_connection_error(exc: BaseException) -> bool:
    """True for a network-level failure (refused, reset, DNS, timeout): no HTTP status at all."""
    names = {cls.__name__ for cls in type(exc).__mro__}
    return bool(
        names & {"APIConnectionError", "TransportError", "ConnectionError", "DeadlineExceeded"}
    )


def within_deadline(send: Callable[[], T], seconds: float | None) -> T:
    """`send()`, or DeadlineExceeded once `seconds` have passed without its result.

    The call runs on a daemon thread and the caller waits for it; a request given up on is left
    to its own socket timeout and its result dropped. Ctrl-C reaches the caller at once.
    """
    if seconds is None:
        return send()
    result: list[T] = []
    failure: list[BaseException] = []
    done = threading.Event()
    context = contextvars.copy_context()

    def run() -> None:
        try:
            result.append(context.run(send))
        except BaseException as exc:  # handed to the caller's thread as is
            failure.append(exc)
        finally:
            done.set()

    threading.Thread(target=run, name="thankyou-request", daemon=True).start()
    if not done.wait(seconds):
        raise DeadlineExceeded(seconds)
    if failure:
        raise failure[0]
    return result[0]


def is_transient(exc: BaseException) -> bool:
    """True when sending the same request again may succeed."""
    status = status_of(exc)
    if status is None:
        # a redirect loop answers the same way every time
        return is_connection_error(exc) and not too_many_redirects(exc)
    if status == 429 and "insufficient_quota" in error_codes(exc):
        return False
    return status in RETRYABLE_STATUS or status >= 500


def retry_after(exc: BaseException, now: float | None = None) -> float | None:
    """Seconds the server asked us to wait (`retry-after-ms`, then `Retry-After`), if any."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            value = float(millis) / 1000
        except ValueError:
            value = math.nan
        if math.isfinite(value) and value >= 0:
            return value
    raw = headers.get("retry-after")
    if raw is None:
        return None
    try:
        value = float(raw)
    except ValueError:
        parsed = email.utils.parsedate_tz(raw)
        if parsed is None:
            return None
        value = email.utils.mktime_tz(parsed) - (time.time() if now is None else now)
        return max(value, 0.0)
    return value if math.isfinite(value) and value >= 0 else None


def describe_fault(exc: BaseException) -> str:
    """A few words on what went wrong, for progress lines and messages."""
    status = status_of(exc)
    if status is not None:
        reason = {
            408: "request timeout",
            409: "conflict",
            429: "rate limited",
            500: "internal server error",
            502: "bad gateway",
            503: "service unavailable",
            504: "gateway timeout",
        }.get(status, "server error" if status >= 500 else "error")
        return f"HTTP {status} {reason}"
    if is_timeout(exc):
        return "no answer in time"
    if is_connection_error(exc):
        return "connection failed"
    return type(exc).__name__


class SharedBackoff:
    """One pause shared by every worker of a backend: a 429 to any of them holds them all.

    The worker that was rate limited waits as usual and records until when (`hold`); the others
    wait out what is left of that pause before their next request (`wait`).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._until = -math.inf

    def hold(self, seconds: float, policy: RetryPolicy) -> float:
        """Hold every worker for `seconds` from now (or longer, if held longer); the deadline."""
        with self._lock:
            self._until = max(self._until, policy.clock() + seconds)
            return self._until

    def remaining(self, policy: RetryPolicy) -> float:
        """Seconds left of the current pause (0 when there is none)."""
        with self._lock:
            until = self._until
        return max(until - policy.clock(), 0.0)

    def wait(self, policy: RetryPolicy, own: float) -> float:
        """Sleep out a pause set by another worker (not one ending by `own`); seconds slept."""
        with self._lock:
            until = self._until
        if until <= own:
            return 0.0
        left = until - policy.clock()
        if left <= 0:
            return 0.0
        policy.sleep(left)
        return left


class RetriesExhausted(Exception):
    """A transient fault persisted: `last` is the final error, `requests` how many were sent."""

    def __init__(self, last: BaseException, requests: int, waited: float) -> None:
        super().__init__(describe_fault(last))
        self.last = last
        self.requests = requests
        self.waited = waited


def call_with_retries(
    send: Callable[[], T],
    policy: RetryPolicy,
    *,
    progress: Callable[[str], None] | None = None,
    timeout: float | None = None,
    shared: SharedBackoff | None = None,
) -> tuple[T, int]:
    """Run `send` with transport retries; return its result and the number of requests sent.

    `timeout` is each request's deadline for the whole exchange (None: no deadline of ours). A
    non-transient error is raised as is after one request; a transient one that outlasts the
    policy raises RetriesExhausted. With `shared`, a 429 pauses every caller sharing it.
    """
    # tenacity (and the asyncio it imports) loads with the first request: an offline run never
    # sends one.
    from tenacity import Retrying, retry_if_exception

    start = policy.clock()
    sent = 0
    waited = 0.0
    budget = max(policy.total_seconds, timeout or 0.0)
    own_pause = -math.inf  # the end of the shared pause this caller set itself (and sleeps out)

    def attempt() -> T:
        nonlocal sent, waited
        if shared is not None:
            waited += shared.wait(policy, own_pause)
        sent += 1
        return within_deadline(send, timeout)

    def wait(state: RetryCallState) -> float:
        nonlocal own_pause
        exc = _exception(state)
        asked = retry_after(exc) if exc is not None else None
        seconds = (
            min(asked, policy.retry_after_cap)
            if asked is not None
            else policy.backoff(state.attempt_number)
        )
        if shared is not None and exc is not None and status_of(exc) == 429:
            seconds = max(seconds, shared.remaining(policy))
            own_pause = shared.hold(seconds, policy)
        return seconds

    def stop(state: RetryCallState) -> bool:
        if state.attempt_number >= policy.attempts:
            return True
        elapsed = policy.clock() - start
        # the retry must be able to take its whole deadline within the budget
        return elapsed + state.upcoming_sleep + (timeout or 0.0) > budget

    def sleep(seconds: float) -> None:
        nonlocal waited
        waited += seconds
        policy.sleep(seconds)

    def before_sleep(state: RetryCallState) -> None:
        exc = _exception(state)
        if progress is not None and exc is not None:
            progress(
                f"waiting {_seconds(state.upcoming_sleep)} before retry {state.attempt_number} of "
                f"{policy.attempts - 1} ({describe_fault(exc)})"
            )

    retrying = Retrying(
        retry=retry_if_exception(is_transient),
        stop=stop,
        wait=wait,
        sleep=sleep,
        before_sleep=before_sleep,
        reraise=True,
    )
    try:
        result = retrying(attempt)
    except Exception as exc:
        if is_transient(exc):
            raise RetriesExhausted(exc, sent, waited) from exc
        raise
    return result, sent


def _seconds(value: float) -> str:
    return f"{value:.1f}s" if value >= 0.1 else f"{value * 1000:.0f}ms"


def _exception(state: RetryCallState) -> BaseException | None:
    outcome: Any = state.outcome
    if outcome is None or not outcome.failed:
        return None
    exc = outcome.exception()
    return exc if isinstance(exc, BaseException) else None
