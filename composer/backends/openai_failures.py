"""What went wrong with a model call, as a BackendError that says what failed and how to fix it."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable

from composer.backends.openai_http import MAX_REDIRECTS
from composer.backends.openai_replies import named, one_line, server_message
from composer.backends.transport import (
    RetriesExhausted,
    describe_fault,
    error_codes,
    is_timeout,
    status_of,
    too_many_redirects,
)
from composer.errors import BackendError

# Makes the error with the model and address added and secrets redacted: (what, fix, **extra).
ErrorMaker = Callable[..., BackendError]


def retries_exhausted(exc: RetriesExhausted, timeout: float, error: ErrorMaker) -> BackendError:
    """The BackendError once the transport's retries are spent: what failed and what to do."""
    last = exc.last
    tries = f"after {exc.requests} request{'s' if exc.requests != 1 else ''}"
    if is_timeout(last):
        what = f"no answer within {timeout:g}s, {tries}"
        fix = "try again later, or raise `timeout` for a slow server"
    elif status_of(last) is None:
        what = f"could not connect, {tries}"
        fix = "check `base_url` / OPENAI_BASE_URL and that the server is running"
    else:
        detail = server_message(last)
        what = f"the service kept failing ({describe_fault(last)}{detail}), {tries}"
        fix = "try again later" + ("; you are being rate limited" if status_of(last) == 429 else "")
    return error(what, fix, status=status_of(last), requests=exc.requests)


def request_failed(exc: Exception, model: str, error: ErrorMaker) -> BackendError | None:
    """The BackendError for a non-retryable fault; None when the error is not the service's."""
    status = status_of(exc)
    if status is not None:
        what, fix = _refused(status, server_message(exc), model, error_codes(exc))
        return error(what, fix, status=status)
    if isinstance(exc, (json.JSONDecodeError, UnicodeDecodeError)) or named(
        exc, "APIResponseValidationError"
    ):
        return error(
            "the service's reply is not valid JSON",
            "check that `base_url` points to an OpenAI-compatible /v1 endpoint",
        )
    if too_many_redirects(exc):
        return error(
            f"the server kept redirecting (more than {MAX_REDIRECTS} redirects: a loop?)",
            "check `base_url`; it should name the /v1 endpoint itself",
        )
    if named(exc, "OpenAIError"):
        return error(
            f"the model call failed ({one_line(str(exc), 160)})",
            "check `base_url`, `model` and the key",
        )
    return None


def _refused(status: int, detail: str, model: str, codes: Iterable[str]) -> tuple[str, str]:
    """(what failed, how to fix it) for an HTTP error status that retrying does not mend."""
    if status == 429 and "insufficient_quota" in codes:
        return (
            "the account behind the API key has no quota left (HTTP 429 insufficient_quota)",
            "add credit or use another key; retrying will not help",
        )
    if status in (401, 403):
        # the server's own message may echo part of the key: leave it out entirely
        return (
            f"the service rejected the API key (HTTP {status})",
            "check OPENAI_API_KEY or `api_key`, and that the key may use this model",
        )
    if status == 404:
        return (
            f"model {model!r} was not found (HTTP 404{detail})",
            "check `model` / THANKYOU_MODEL, and that `base_url` ends in /v1",
        )
    if status in (400, 422):
        return (
            f"the service rejected the request (HTTP {status}{detail})",
            "check `model` and `base_url`",
        )
    return f"the service answered HTTP {status}{detail}", "check `base_url` and `model`"
