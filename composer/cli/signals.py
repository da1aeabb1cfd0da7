"""Signals while composing: SIGTERM stops the work as Ctrl-C does, and both wait while the
finished letters are being written."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator

from composer.errors import Terminated


def _raise_terminated(signum: int, frame: object) -> None:
    raise Terminated()


@contextlib.contextmanager
def sigterm_interrupts() -> Iterator[None]:
    """While composing, SIGTERM stops the work like Ctrl-C (finished letters kept, temporary
    files removed) instead of killing the process on the spot."""
    try:
        previous = signal.signal(signal.SIGTERM, _raise_terminated)
    except ValueError:  # not the main thread: signals cannot be handled here
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Ignore SIGINT and SIGTERM for the moment it takes to write the finished letters."""
    try:
        previous = {
            number: signal.signal(number, signal.SIG_IGN)
            for number in (signal.SIGINT, signal.SIGTERM)
        }
    except ValueError:  # not the main thread: signals cannot be handled here
        yield
        return
    try:
        yield
    finally:
        for number, handler in previous.items():
            if handler is not None:
                signal.signal(number, handler)
