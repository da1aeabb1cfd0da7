"""The closed sets of values a caller picks from: who writes the drafts, and the output format."""

from __future__ import annotations

from typing import Literal

__all__ = [
    "BACKENDS",
    "DEFAULT_JOBS",
    "EXTENSIONS",
    "FORMATS",
    "PANEL_JOBS",
    "BackendKind",
    "OutputFormat",
    "panel_jobs",
]

# auto: a model when a key or base URL is configured, else the offline writer.
# The tones a letter is written in (the notes model's `tone`; a test keeps the two in step).
TONES = ("warm", "formal", "concise")
BackendKind = Literal["auto", "offline", "openai"]
BACKENDS: tuple[BackendKind, ...] = ("auto", "offline", "openai")

OutputFormat = Literal["text", "markdown", "eml", "json"]
FORMATS: tuple[OutputFormat, ...] = ("text", "markdown", "eml", "json")
EXTENSIONS: dict[str, str] = {"text": ".txt", "markdown": ".md", "eml": ".eml", "json": ".json"}

DEFAULT_JOBS = 4
"""Letters a model drafts at the same time in `batch` when the caller does not say (`--jobs`)."""

PANEL_JOBS = 8
"""The most letters of one panel `compose` drafts at the same time when the caller does not say:
a panel waits for one model reply, not for rounds of them, yet a very large panel does not send
dozens of requests at once."""


def panel_jobs(size: int, jobs: int | None) -> int:
    """Letters of a panel of `size` drafted at the same time: `jobs`, else all of them up to
    PANEL_JOBS."""
    if jobs is not None:
        return jobs
    return max(1, min(size, PANEL_JOBS))
