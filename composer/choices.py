"""The closed sets of values a caller picks from: who writes the drafts, and the output format."""

from __future__ import annotations

from typing import Literal

__all__ = ["BACKENDS", "EXTENSIONS", "FORMATS", "BackendKind", "OutputFormat"]

# auto: a model when a key or base URL is configured, else the offline writer.
BackendKind = Literal["auto", "offline", "openai"]
BACKENDS: tuple[BackendKind, ...] = ("auto", "offline", "openai")

OutputFormat = Literal["text", "markdown", "eml", "json"]
FORMATS: tuple[OutputFormat, ...] = ("text", "markdown", "eml", "json")
EXTENSIONS: dict[str, str] = {"text": ".txt", "markdown": ".md", "eml": ".eml", "json": ".json"}
