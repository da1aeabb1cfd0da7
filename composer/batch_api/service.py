"""Talking to the provider's Batch API: one request with retries, waiting for a batch, its files."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from composer.backends.openai_backend import OpenAIBackend
from composer.backends.openai_replies import letter_text
from composer.backends.transport import RetriesExhausted, call_with_retries
from composer.errors import BackendError

ENDPOINT = "/v1/chat/completions"


DONE = {"completed", "failed", "expired", "cancelled"}


@dataclass(frozen=True)
class Poll:
    """How to wait for a batch: first wait, growth, longest wait; `sleep` injectable."""

    first: float = 5.0
    factor: float = 1.5
    longest: float = 300.0
    limit: int = 100_000  # polls at most before giving up (the batch keeps running)
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)


def wait_for_batch(
    backend: OpenAIBackend, batch_id: str, poll: Poll, say: Callable[[str], None]
) -> Any:
    wait = poll.first
    for _ in range(poll.limit):
        batch = call(backend, lambda: backend.client.batches.retrieve(batch_id))
        counts = getattr(batch, "request_counts", None)
        done = getattr(counts, "completed", 0) or 0
        failed = getattr(counts, "failed", 0) or 0
        total = getattr(counts, "total", 0) or 0
        say(f"batch {batch_id}: {batch.status}, {done + failed} of {total} answered")
        if batch.status in DONE:
            return batch
        poll.sleep(wait)
        wait = min(wait * poll.factor, poll.longest)
    raise BackendError(
        f"batch {batch_id} is still running after {poll.limit} polls: pick it up later with "
        "`thankyou batch --resume DIR`."
    )


def file_lines(backend: OpenAIBackend, file_id: str | None) -> list[dict[str, Any]]:
    if not file_id:
        return []
    content = call(backend, lambda: backend.client.files.content(file_id))
    text = content.text if hasattr(content, "text") else bytes(content).decode("utf-8")
    found = []
    for line in text.splitlines():
        if line.strip():
            try:
                found.append(json.loads(line))
            except ValueError:
                continue
    return found


def batch_errors(batch: Any) -> str:
    """The first of the batch's own errors (a failed batch says why), as ` (code: message)`."""
    errors = getattr(batch, "errors", None)
    data = getattr(errors, "data", None) or []
    if not data:
        return ""
    first = data[0]
    code, message = getattr(first, "code", None), getattr(first, "message", None)
    return f" ({': '.join(str(x) for x in (code, message) if x)})" if code or message else ""


def line_error(status: object, error: object) -> str:
    """What a failed line of the output or error file says, in a few words."""
    where = f"HTTP {status}" if isinstance(status, int) else "not run"
    if isinstance(error, dict):
        code, message = error.get("code") or error.get("type"), error.get("message")
        detail = ": ".join(str(x) for x in (code, message) if x)
        return f"the request failed in the batch ({where}{', ' + detail if detail else ''})"
    return f"the request failed in the batch ({where}, no reply)"


def reply_text(body: Any) -> str | None:
    choices = body.get("choices") if isinstance(body, dict) else None
    if not isinstance(choices, list) or not choices:
        return None
    message = choices[0].get("message") or {}
    text = letter_text(message.get("content"))
    return text.strip() if text and text.strip() else None


def call(backend: OpenAIBackend, send: Callable[[], Any]) -> Any:
    """One request to the files or batches endpoints, with the transport's retries."""
    try:
        result, _ = call_with_retries(send, backend.retry, progress=backend.progress)
    except RetriesExhausted as exc:
        raise BackendError(
            f"the Batch API kept failing ({exc}) at {backend.base_url}: run `thankyou batch "
            "--resume DIR` later; nothing done so far is lost."
        ) from None
    except BackendError:
        raise
    except Exception as exc:
        status = getattr(exc, "status_code", None)
        if status is None and "openai" not in type(exc).__module__:
            raise
        raise BackendError(
            f"the Batch API refused a request (HTTP {status}) at {backend.base_url}: check the "
            "key, --base-url and that the service offers the Batch API."
        ) from None
    return result
