"""Time limits against real loopback servers: one that drips its reply a byte a second, and one
that never answers. `--timeout` covers a request's whole exchange; the tries of one draft share
one budget, and a retry is sent only while a whole --timeout still fits in it.

The tests count requests rather than time them: a loaded machine makes a run slower, never
faster, so a time bound here is only a floor (the deadline was waited out) or a ceiling far
above any slow run that only catches a hang."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from composer.backends import transport
from composer.backends.transport import (
    DeadlineExceeded,
    RetriesExhausted,
    RetryPolicy,
    call_with_retries,
)
from composer.cli import app
from tests.conftest import EXAMPLES
from tests.fakes import count_reaching

KEY = "sk-test-SECRET-deadline-0123456789"
REPLY = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2000\r\n\r\n"
    + b" " * 2000
)


class LoopbackServer:
    """A TCP server on 127.0.0.1 that reads each request, then drips REPLY one byte every
    `interval` seconds (None: says nothing at all), until stopped or `limit` bytes are sent."""

    def __init__(self, interval: float | None, limit: int = 20) -> None:
        self.interval = interval
        self.limit = limit
        self.connections = 0
        self.stop = threading.Event()
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/v1"
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            self.connections += 1
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            try:
                conn.recv(65536)  # the request (its size does not matter here)
                for index in range(self.limit):
                    if self.stop.wait(self.interval or 5):
                        return
                    if self.interval is not None:
                        conn.sendall(REPLY[index : index + 1])
            except OSError:
                return

    def close(self) -> None:
        self.stop.set()
        self.thread.join(2)
        self.sock.close()


@pytest.fixture
def no_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries follow the real clock but never sleep, so only the requests take time."""
    policy = RetryPolicy(attempts=2, initial_wait=0.0, jitter=0.0, sleep=lambda _: None)
    monkeypatch.setattr(transport, "DEFAULT_POLICY", policy)


@pytest.fixture
def drip() -> Iterator[LoopbackServer]:
    server = LoopbackServer(interval=1.0, limit=60)  # a minute, unless the test ends it
    yield server
    server.close()


@pytest.fixture
def blackhole() -> Iterator[LoopbackServer]:
    server = LoopbackServer(interval=None)
    yield server
    server.close()


def compose_against(url: str, *extra: str) -> tuple[int, str, float]:
    args = ["compose", str(EXAMPLES / "warm_email.json"), "--backend", "openai", "--model", "m"]
    args += ["--base-url", url, "--api-key", KEY, "--today", "2026-11-25", *extra]
    start = time.monotonic()
    result = CliRunner().invoke(app, args)
    return result.exit_code, result.stderr, time.monotonic() - start


def test_a_server_that_drips_one_byte_a_second_is_cut_at_the_timeout(
    drip: LoopbackServer, no_waits: None
) -> None:
    # A byte a second never trips a 2-second read timeout; only a deadline on the whole
    # exchange stops it. Two tries of 2 s each: about 4 s. Uncut, one drip alone lasts a minute
    # (and ends in a different fault); the ceiling only catches that, however loaded the machine.
    code, stderr, elapsed = compose_against(drip.url, "--timeout", "2")
    assert code == 3, stderr
    assert "no answer within 2s, after 2 requests" in stderr
    assert count_reaching(lambda: drip.connections, 2) == 2
    assert 3.5 < elapsed < 50


def test_a_blackhole_costs_one_timeout_not_two(
    blackhole: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The budget (3 s) holds one 2-second request but not a second: one request. The retry is
    # judged on the clock the policy reads, which has moved at least the 2 s waited out; a slow
    # machine only moves it further, so the count below holds at any load.
    readings: list[float] = []

    def clock() -> float:
        readings.append(time.monotonic())
        return readings[-1]

    policy = RetryPolicy(
        total_seconds=3, initial_wait=0.0, jitter=0.0, sleep=lambda _: None, clock=clock
    )
    monkeypatch.setattr(transport, "DEFAULT_POLICY", policy)
    code, stderr, elapsed = compose_against(blackhole.url, "--timeout", "2")
    assert code == 3, stderr
    assert "no answer within 2s, after 1 request " in stderr
    assert count_reaching(lambda: blackhole.connections, 1) == 1
    # the policy looked at its clock once the one request was given up on, 2 s or more later
    assert len(readings) >= 2 and readings[-1] - readings[0] >= 1.9
    assert 1.5 < elapsed < 50  # the floor: one deadline waited out; the ceiling: no hang


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_budget_with_a_long_timeout_allows_no_second_full_wait() -> None:
    # --timeout 100 under the 2-minute budget: a request that times out is not retried, since
    # another 100 s would end past 120 s (the 204 s of the issue came from that retry).
    clock = FakeClock()
    policy = RetryPolicy(sleep=lambda s: None, clock=clock)

    def never_answers() -> str:
        clock.now += 100
        raise DeadlineExceeded(100)

    with pytest.raises(RetriesExhausted) as caught:
        call_with_retries(never_answers, policy, timeout=None)
    # (without a per-request timeout the policy only knows the elapsed time: it retries)
    assert caught.value.requests == 2
    clock.now = 0.0
    with pytest.raises(RetriesExhausted) as caught:
        call_with_retries(never_answers, policy, timeout=100)
    assert caught.value.requests == 1


def test_a_fast_failing_server_still_gets_every_retry_within_the_budget() -> None:
    clock = FakeClock()
    policy = RetryPolicy(sleep=lambda s: setattr(clock, "now", clock.now + s), clock=clock)
    calls: list[float] = []

    def refuses() -> str:
        calls.append(clock.now)
        raise ConnectionError("refused")

    with pytest.raises(RetriesExhausted):
        call_with_retries(refuses, policy, timeout=60)
    assert len(calls) == policy.attempts


def test_the_timeouts_are_stated_in_help_and_readme() -> None:
    help_text = " ".join(CliRunner().invoke(app, ["compose", "--help"]).stdout.split())
    assert "whole exchange" in help_text and "2 minutes" in help_text
    readme = " ".join((Path(__file__).parent.parent / "README.md").read_text().split())
    assert "whole exchange" in readme and "a whole `--timeout` still fits" in readme
