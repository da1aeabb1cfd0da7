"""The closed sets of values a caller picks from: who writes the drafts, and the output format."""

from __future__ import annotations

from typing import Literal

__all__ = ["BACKENDS", "DEFAULT_JOBS", "EXTENSIONS", "FORMATS", "BackendKind", "OutputFormat"]

# auto: a model when a key or base URL is configured, else the offline writer.
BackendKind = Literal["auto", "offline", "openai"]
BACKENDS: tuple[BackendKind, ...] = ("auto", "offline", "openai")

OutputFormat = Literal["text", "markdown", "eml", "json"]
FORMATS: tuple[OutputFormat, ...] = ("text", "markdown", "eml", "json")
EXTENSIONS: dict[str, str] = {"text": ".txt", "markdown": ".md", "eml": ".eml", "json": ".json"}

DEFAULT_JOBS = 4
"""Letters a model drafts at the same time when the caller does not say (`--jobs`)."""
