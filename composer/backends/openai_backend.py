"""Drafts from any OpenAI-compatible chat-completions service (OpenAI, Azure, Ollama, vLLM, ...).

The model is asked for plain text (first line `Subject: ...` for email); no structured outputs,
so every compatible server works (one that streams its reply although not asked to has the
events joined). Exactly one layer retries transport faults: the client is made
with the SDK's retries off and `composer.backends.transport` retries with tenacity. With the
default policy a service that always fails gets `DEFAULT_ATTEMPTS` (4) requests for a draft (no
new request after 120 s of trying), then a BackendError (exit 3) says what failed, where, and
what to do. The API key never appears
in a message, a repr or a progress line.

A client you build yourself (`compose(notes, client=openai.OpenAI(...))`) is used with its own
settings (base URL, key, timeout), except that its retries are turned off with
`client.with_options(max_retries=0)` so they do not stack on ours; a client object without
`with_options` is used as is, and any retries it does itself add to ours.
"""

from __future__ import annotations

import inspect
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from composer.backends import transport
from composer.backends.base import Draft, DraftRequest, ModelSettings, Usage
from composer.backends.openai_failures import request_failed, retries_exhausted
from composer.backends.openai_http import (
    MAX_REDIRECTS,
    MAX_REPLY_BYTES,
    capped_replies,
    check_key,
    same_origin_redirects,
    url_secrets,
)
from composer.backends.openai_replies import (
    MAX_TIMEOUT,
    client_timeout,
    display_url,
    is_web_address,
    letter_text,
    one_line,
    redact,
    server_message,
    text_detail,
    unstreamed,
    usage_of,
    wants_completion_tokens,
)
from composer.backends.transport import (
    DEFAULT_ATTEMPTS,
    RedirectRefused,
    ReplyTooLarge,
    RetriesExhausted,
    RetryPolicy,
    SharedBackoff,
    call_with_retries,
)
from composer.errors import BackendError, InputError
from composer.prompting import Prompts, load_prompts
from composer.rules.report import Violation

__all__ = [
    "DEFAULT_ATTEMPTS",
    "DEFAULT_BASE_URL",
    "DEFAULT_MODEL",
    "DUMMY_API_KEY",
    "OpenAIBackend",
]

DEFAULT_MODEL = "gpt-4o-mini"
DEFAULT_BASE_URL = "https://api.openai.com/v1"
DUMMY_API_KEY = "not-needed"  # local servers (Ollama, llama.cpp, vLLM) accept any key
DEFAULT_TIMEOUT = 60.0
MAX_LETTER_CHARS = 20_000  # about ten times the longest printed letter
MAX_TOKENS = 1024  # a 250-word letter needs about 400
LENGTH_RETRY_FACTOR = 3

Progress = Callable[[str], None]


def secret_in_draft() -> Violation:
    """The finding for a draft that carried the API key or a base URL's password."""
    return Violation(
        rule="leak",
        severity="error",
        message="the draft contained the API key or a password from the base URL; it was "
        'replaced by "***". A letter never carries a credential: rewrite that passage.',
        quote="***",
        fix='Remove "***" and the sentence around it; never write a key or password.',
    )


class OpenAIBackend:
    """Writes drafts with an OpenAI-compatible chat model; see the module docstring."""

    name = "openai"
    deterministic = False  # a model writes a new draft each time: a re-ask can help

    def __init__(
        self,
        *,
        model: str = DEFAULT_MODEL,
        base_url: str = DEFAULT_BASE_URL,
        api_key: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        client: Any = None,
        prompts: Prompts | None = None,
        prompt_dir: Path | None = None,
        retry: RetryPolicy | None = None,
        progress: Progress | None = None,
        max_tokens: int = MAX_TOKENS,
    ) -> None:
        if client is None and not api_key:
            raise InputError(
                f"no API key for the model service at {base_url}: set OPENAI_API_KEY or pass "
                "`api_key` (a local server needs only `base_url`), or use the offline backend."
            )
        if api_key is not None:
            check_key(api_key)
        if client is not None:
            timeout = client_timeout(client, timeout)  # the one its requests really use
        if not 0 < timeout <= MAX_TIMEOUT:  # also NaN; inf or more crashes the socket layer
            raise InputError(
                f"`timeout` must be more than 0 and at most {MAX_TIMEOUT:g} seconds (a day), "
                f"not {timeout:g}."
            )
        shown = display_url(base_url)
        if client is None and not is_web_address(base_url):
            # Malformed, it can only fail: as bad input now, not as four "could not connect"s.
            raise InputError(
                f"`base_url` {shown!r} is not a web address; write it like "
                "http://localhost:11434/v1 or https://api.openai.com/v1."
            )
        self.model = model
        self.base_url = shown  # for messages: no user:password@, no query
        self._url = base_url.rstrip("/")
        self.timeout = timeout
        self._prompts = prompts
        self._prompt_dir = prompt_dir
        self.retry = retry or transport.default_policy()
        self.progress = progress
        self.max_tokens = max_tokens
        self._api_key = api_key
        # A client built by the caller carries its own key, which messages must not show either.
        given_key = getattr(client, "api_key", None) if client is not None else None
        known = {api_key, given_key, *url_secrets(base_url)}
        # longest first, so a secret that holds another is replaced whole
        self._secrets = tuple(
            sorted(
                {k for k in known if isinstance(k, str) and len(k) >= 4} - {DUMMY_API_KEY},
                key=len,
                reverse=True,
            )
        )
        self._given_client = client
        self._client: Any = None
        self._limit_param = "max_tokens"
        self._backoff = SharedBackoff()  # a 429 to one concurrent draft slows them all

    @classmethod
    def from_settings(
        cls,
        settings: ModelSettings,
        *,
        client: Any = None,
        env: Mapping[str, str] | None = None,
        prompts: Prompts | None = None,
        prompt_dir: Path | None = None,
        retry: RetryPolicy | None = None,
        progress: Progress | None = None,
    ) -> OpenAIBackend:
        """Options first, then THANKYOU_MODEL / OPENAI_BASE_URL / OPENAI_API_KEY, then defaults."""
        env = os.environ if env is None else env
        model = settings.model or env.get("THANKYOU_MODEL") or DEFAULT_MODEL
        explicit_url = settings.base_url or env.get("OPENAI_BASE_URL")
        if client is not None:
            client_url = getattr(client, "base_url", None)
            base_url = str(client_url) if client_url else (explicit_url or DEFAULT_BASE_URL)
        else:
            base_url = explicit_url or DEFAULT_BASE_URL
        api_key = settings.api_key or env.get("OPENAI_API_KEY")
        if not api_key and explicit_url:
            api_key = DUMMY_API_KEY
        return cls(
            model=model,
            base_url=base_url,
            api_key=api_key,
            timeout=settings.timeout,
            client=client,
            prompts=prompts,
            prompt_dir=prompt_dir,
            retry=retry,
            progress=progress,
        )

    def __repr__(self) -> str:  # never show the key
        return (
            f"OpenAIBackend(model={self.model!r}, base_url={self.base_url!r}, "
            f"timeout={self.timeout:g})"
        )

    @property
    def prompts(self) -> Prompts:
        """The prompts to write from: given, or loaded (from `prompt_dir`) on first use."""
        if self._prompts is None:
            self._prompts = load_prompts(self._prompt_dir)
        return self._prompts

    def use_prompts(self, prompts: Prompts) -> None:
        """Write from these prompts (compose() hands over the ones it loaded)."""
        self._prompts = prompts

    @property
    def client(self) -> Any:
        """The SDK client, made on first use (importing openai only then), retries off."""
        if self._client is None:
            if self._given_client is not None:
                given = self._given_client
                with_options = getattr(given, "with_options", None)
                self._client = with_options(max_retries=0) if callable(with_options) else given
            else:
                import openai  # here: importing composer must not pay for loading openai

                http_client = openai.DefaultHttpxClient(
                    timeout=self.timeout,
                    follow_redirects=True,
                    max_redirects=MAX_REDIRECTS,
                    event_hooks={
                        "response": [same_origin_redirects, capped_replies(MAX_REPLY_BYTES)]
                    },
                )
                self._client = openai.OpenAI(
                    api_key=self._api_key,
                    base_url=self._url,
                    timeout=self.timeout,
                    max_retries=0,
                    http_client=http_client,
                )
        return self._client

    def draft(self, request: DraftRequest) -> Draft:
        """One draft for `request`: transport faults are retried here and never become drafts."""
        messages = self.prompts.messages(request)
        limit = self.max_tokens
        usage = Usage()
        calls = 0
        for room in (1, 2):
            completion, sent = self._complete(messages, limit)
            completion = unstreamed(completion)
            calls += sent
            usage = usage + usage_of(completion)
            content, finish, refusal = self._read(completion)
            if refusal:
                raise self._error(
                    f"the model refused to write this letter ({one_line(refusal, 160)})",
                    "check the notes for anything it may object to, or try another `model`",
                )
            if finish == "content_filter":
                raise self._error(
                    "the service's content filter stopped the letter",
                    "check the notes for wording that may trip the filter, or try another `model`",
                )
            if finish == "length":
                if room == 1:
                    limit = self.max_tokens * LENGTH_RETRY_FACTOR
                    self._say(f"the model ran out of room; asking again with {limit} tokens")
                    continue
                raise self._error(
                    f"the model ran out of room twice (stopped at {limit} tokens)",
                    "try another `model`; a thank-you letter needs only about 400 tokens",
                )
            if not content or not content.strip():
                raise self._error(
                    "the model returned an empty reply",
                    "try again, or try another `model`",
                )
            if len(content) > MAX_LETTER_CHARS:
                raise self._error(
                    f"the model's reply is {len(content):,} characters long, not a letter "
                    f"(at most {MAX_LETTER_CHARS:,})",
                    "try again, or try another --model",
                )
            text = redact(content.strip(), self._secrets)
            findings: tuple[Violation, ...] = ()
            if text != content.strip():
                findings = (secret_in_draft(),)
                self._say("the draft carried the API key or a password; it was removed")
            return Draft(text=text, usage=usage, calls=calls, findings=findings)
        raise AssertionError("unreachable")  # pragma: no cover

    # -- one request, with transport retries -------------------------------------------------

    def _complete(self, messages: list[dict[str, str]], limit: int) -> tuple[Any, int]:
        sent = 0  # every request, those retried before a switch of token parameter included

        def send() -> Any:
            nonlocal sent
            sent += 1
            return self._create(messages, limit)

        while True:
            try:
                completion, _ = call_with_retries(
                    send,
                    self.retry,
                    progress=self.progress,
                    timeout=self.timeout,
                    shared=self._backoff,
                )
                return completion, sent
            except RetriesExhausted as exc:
                raise self._exhausted(exc) from None
            except ReplyTooLarge as exc:
                raise self._error(
                    f"the service's reply went past {exc.limit:,} bytes, far more than a letter; "
                    "the rest was not read",
                    "check that `base_url` points to an OpenAI-compatible /v1 endpoint",
                ) from None
            except RedirectRefused as exc:
                raise self._error(
                    f"the server answered with a redirect to another address ({exc}); it was "
                    "not followed and nothing was sent there",
                    "if that address is right, pass it as `base_url`",
                    status=exc.status,
                ) from None
            except BackendError:
                raise
            except Exception as exc:
                if self._limit_param == "max_tokens" and wants_completion_tokens(exc):
                    # Newer OpenAI models take max_completion_tokens instead: ask again once.
                    self._limit_param = "max_completion_tokens"
                    continue
                failure = self._failure(exc)
                if failure is None:
                    raise
                raise failure from None

    def _create(self, messages: list[dict[str, str]], limit: int) -> Any:
        result = self.client.chat.completions.create(
            model=self.model,
            # a copy each time: the caller's messages are never mutated
            messages=[dict(m) for m in messages],
            **{self._limit_param: limit},
        )
        if inspect.isawaitable(result):
            close = getattr(result, "close", None)
            if callable(close):
                close()
            raise InputError(
                "the client passed to compose() is asynchronous; pass a synchronous client "
                "such as openai.OpenAI(...)."
            )
        return result

    def _read(self, completion: Any) -> tuple[str | None, str | None, str | None]:
        """(content, finish_reason, refusal) of the first choice; BackendError if malformed."""
        text_reply = isinstance(completion, (str, bytes))
        choices = None if text_reply else getattr(completion, "choices", None)
        if not isinstance(choices, list) or not choices:
            # some compatible servers answer 200 with {"error": {...}}: show its words
            detail = text_detail(completion) if text_reply else server_message(completion)
            raise self._error(
                f"the service's reply is not a chat completion (no choices{detail})",
                "check that `base_url` points to an OpenAI-compatible /v1 endpoint",
            )
        choice = choices[0]
        message = getattr(choice, "message", None)
        content = getattr(message, "content", None)
        refusal = getattr(message, "refusal", None)
        finish = getattr(choice, "finish_reason", None)
        return (
            letter_text(content),
            finish if isinstance(finish, str) else None,
            refusal if isinstance(refusal, str) and refusal.strip() else None,
        )

    # -- messages ----------------------------------------------------------------------------

    def _say(self, line: str) -> None:
        if self.progress is not None:
            self.progress(line)

    def _where(self) -> str:
        return f"model {self.model} at {self.base_url}"

    def _error(self, what: str, fix: str, **extra: Any) -> BackendError:
        return BackendError(redact(f"{what} ({self._where()}): {fix}.", self._secrets), **extra)

    def _exhausted(self, exc: RetriesExhausted) -> BackendError:
        return retries_exhausted(exc, self.timeout, self._error)

    def _failure(self, exc: Exception) -> BackendError | None:
        """The BackendError for a non-retryable fault; None when the error is not the service's."""
        return request_failed(exc, self.model, self._error)
