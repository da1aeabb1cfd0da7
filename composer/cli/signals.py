"""Signals while composing: SIGTERM stops the work as Ctrl-C does, and both wait while the
finished letters are being written."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Callable, Iterator
from types import FrameType

from composer.errors import Terminated

# What a signal may be handed: a function of (number, frame), or SIG_IGN / SIG_DFL.
_Handler = Callable[[int, FrameType | None], object] | signal.Handlers


def _raise_terminated(signum: int, frame: object) -> None:
    raise Terminated()


@contextlib.contextmanager
def _handled(handlers: dict[signal.Signals, _Handler]) -> Iterator[None]:
    """`handlers` installed for the moment, the earlier ones back after (in a thread other than
    the main one, where signals cannot be handled, nothing is installed)."""
    try:
        previous = {number: signal.signal(number, handler) for number, handler in handlers.items()}
    except ValueError:  # not the main thread: signals cannot be handled here
        yield
        return
    try:
        yield
    finally:
        for number, handler in previous.items():
            if handler is not None:
                signal.signal(number, handler)


def sigterm_interrupts() -> contextlib.AbstractContextManager[None]:
    """While composing, SIGTERM stops the work like Ctrl-C (finished letters kept, temporary
    files removed) instead of killing the process on the spot."""
    return _handled({signal.SIGTERM: _raise_terminated})


def signals_held() -> contextlib.AbstractContextManager[None]:
    """Ignore SIGINT and SIGTERM for the moment it takes to write the finished letters."""
    return _handled({signal.SIGINT: signal.SIG_IGN, signal.SIGTERM: signal.SIG_IGN})
