"""Choosing the backend: offline unless a key or a base URL says a model service is wanted.

It sits above both backends (the offline writer and the model client), which know nothing of it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from composer.backends.base import Backend, ModelSettings
from composer.backends.openai_backend import OpenAIBackend
from composer.backends.transport import RetryPolicy
from composer.choices import BackendKind
from composer.errors import InputError
from composer.offline import OfflineBackend
from composer.prompting import Prompts

__all__ = ["BackendKind", "ModelSettings", "choose_backend", "wants_model"]


def wants_model(settings: ModelSettings, env: Mapping[str, str]) -> bool:
    """True when a key or a base URL is configured, by option or environment."""
    return bool(
        settings.api_key
        or settings.base_url
        or env.get("OPENAI_API_KEY")
        or env.get("OPENAI_BASE_URL")
    )


def choose_backend(
    kind: BackendKind = "auto",
    settings: ModelSettings | None = None,
    *,
    client: Any = None,
    env: Mapping[str, str] | None = None,
    prompts: Prompts | None = None,
    prompt_dir: Path | None = None,
    progress: Callable[[str], None] | None = None,
    retry: RetryPolicy | None = None,
) -> tuple[Backend, str | None]:
    """The backend to use and, for `auto`, a one-line notice saying which and why.

    `prompts`/`prompt_dir`, `progress` (retry waits and the like, one line each) and `retry`
    (transport retry policy) apply to the model backend only.
    """
    settings = settings or ModelSettings()
    env = os.environ if env is None else env
    if kind not in ("auto", "offline", "openai"):
        raise InputError(f"unknown backend {kind!r}; use auto, offline or openai.")
    use_model = kind == "openai" or (
        kind == "auto" and (client is not None or wants_model(settings, env))
    )
    if not use_model:
        notice = (
            "No OPENAI_API_KEY or base URL set: writing with the built-in offline composer."
            if kind == "auto"
            else None
        )
        return OfflineBackend(), notice
    backend = OpenAIBackend.from_settings(
        settings,
        client=client,
        env=env,
        prompts=prompts,
        prompt_dir=prompt_dir,
        progress=progress,
        retry=retry,
    )
    notice = (
        f"Writing with model {backend.model} at {backend.base_url}." if kind == "auto" else None
    )
    return backend, notice
