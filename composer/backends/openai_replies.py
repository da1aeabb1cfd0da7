"""What the OpenAI backend reads out of a server's replies and errors, as plain functions.

The letter in a reply (a code fence or a reasoning block around it, an event stream joined), the
token usage, the server's own words in an error, URLs as a person should see them, and messages
with every trace of the API key hidden.
"""

from __future__ import annotations

import html
import json
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from composer import regexes as re
from composer.backends.transport import status_of
from composer.drafting import Usage

_KEY_LIKE = re.compile(r"\bsk-[A-Za-z0-9_*.\-]{4,}")
_BEARER = re.compile(r"(Bearer\s+)[^\s)\]}\"',;]+", re.IGNORECASE)  # keeps the punctuation
_KEY_RUN = re.compile(r"[A-Za-z0-9_\-]{8,}")

MAX_TIMEOUT = 86400.0  # a day; beyond about 1e9 s the socket layer overflows


def client_timeout(client: Any, default: float) -> float:
    """The seconds a user-built client waits for an answer (its read timeout), else `default`."""
    timeout = getattr(client, "timeout", None)
    seconds = getattr(timeout, "read", timeout)  # an httpx.Timeout, or a number
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)):
        return default  # None (wait forever), or nothing a message can name
    return float(seconds) if 0 < seconds <= MAX_TIMEOUT else default


def is_web_address(url: str) -> bool:
    """True for an http(s) URL with a host name, a valid port and no spaces."""
    stripped = url.strip()
    try:
        parts = urlsplit(stripped)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        return False
    return (
        parts.scheme in ("http", "https")
        and bool(parts.hostname)
        and not any(ch.isspace() for ch in stripped)
    )


def display_url(url: str) -> str:
    """The URL to show a person: credentials and query left out, no trailing slash."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # "http://[::1/v1": shown as given, credentials still cut
        return re.sub(r"(?<=://)[^/@]*@", "", url.strip()).split("?")[0].rstrip("/")
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, host, parts.path, "", "")).rstrip("/")


def usage_of(completion: Any) -> Usage:
    usage = getattr(completion, "usage", None)
    prompt = getattr(usage, "prompt_tokens", 0)
    completion_tokens = getattr(usage, "completion_tokens", 0)
    return Usage(
        prompt if isinstance(prompt, int) else 0,
        completion_tokens if isinstance(completion_tokens, int) else 0,
    )


# The whole reply in one Markdown code block: the letter is what the block holds.
_FENCED = re.compile(r"\s*```[\w-]*[ \t]*\n(.*?)\n[ \t]*```\s*", re.DOTALL)
_REASONING = re.compile(r"\A\s*<(think|thinking|reasoning)>.*?</\1>", re.IGNORECASE | re.DOTALL)


def letter_text(content: Any) -> str | None:
    """The reply's text: parts joined, a leading <think> block cut, a code block unwrapped.

    Some servers send content as a list of parts ([{"type": "text", "text": ...}]); reasoning
    models served without a reasoning parser put their thinking first, in <think> tags; small
    local models like to wrap the whole reply in ``` fences. None of it is the letter, and a
    re-ask often cannot make a model drop the habit. Anything else stays for the rules (`leak`).
    """
    if isinstance(content, list):
        texts = [getattr(part, "text", None) for part in content]
        texts += [part.get("text") for part in content if isinstance(part, dict)]
        content = "".join(text for text in texts if isinstance(text, str)) or None
    if not isinstance(content, str):
        return None
    content = _REASONING.sub("", content, count=1)
    fenced = _FENCED.fullmatch(content)
    return fenced.group(1) if fenced else content


# An event stream opens with a field ("data:", "event:", "id:") or a comment (": keep-alive").
_EVENT_STREAM = re.compile(r"\s*(?:data|event|id|retry)?:")


def unstreamed(completion: Any) -> Any:
    """A reply streamed as server-sent events (some servers only stream), joined into one.

    The SDK hands such a reply over as its raw text; anything else is returned as it is.
    """
    if not isinstance(completion, str) or not _EVENT_STREAM.match(completion):
        return completion
    parts: list[str] = []
    finish: str | None = None
    usage: dict[str, Any] = {}
    chunks = 0
    for line in completion.splitlines():
        data = line.removeprefix("data:").strip() if line.startswith("data:") else ""
        if not data or data == "[DONE]":
            continue
        try:
            chunk = json.loads(data)
        except ValueError:
            return completion
        if not isinstance(chunk, dict):
            return completion
        chunks += 1
        if "error" in chunk:
            return SimpleNamespace(choices=None, error=chunk["error"])
        for choice in chunk.get("choices") or []:
            if not isinstance(choice, dict) or choice.get("index", 0) != 0:
                continue
            delta = choice.get("delta") or choice.get("message") or {}
            piece = delta.get("content") if isinstance(delta, dict) else None
            parts += [piece] if isinstance(piece, str) else []
            finish = choice.get("finish_reason") or finish
        counted = chunk.get("usage")
        usage = counted if isinstance(counted, dict) else usage
    if not chunks:
        return completion  # text that only looked like a stream
    message = SimpleNamespace(content="".join(parts), refusal=None)
    return SimpleNamespace(
        choices=[SimpleNamespace(message=message, finish_reason=finish)],
        usage=SimpleNamespace(**usage),
    )


def named(exc: BaseException, name: str) -> bool:
    return any(cls.__name__ == name for cls in type(exc).__mro__)


def one_line(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


def server_message(source: object) -> str:
    """': <the server's own words>' when an error (or a reply) carries a message, else ''."""
    body = getattr(source, "body", None)
    if body is None:
        body = getattr(source, "model_extra", None) or getattr(source, "error", None)
    message: object = None
    if isinstance(body, dict):
        inner = body.get("error", body)
        message = inner.get("message") if isinstance(inner, dict) else inner
    elif isinstance(body, str):
        message = body
    if isinstance(message, str) and message.strip():
        return f": {one_line(_without_markup(message), 160)}"
    return ""


def text_detail(reply: str | bytes) -> str:
    """': a web page (<its title>)' for an HTML reply where JSON was expected, else ''."""
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply
    if not _HTML.search(text):
        return ""
    return f": a web page ({one_line(_without_markup(text), 80)})"


_HTML = re.compile(r"<\s*(?:!doctype|html|head|body|title|h1|p|div|center)\b", re.IGNORECASE)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)


def _without_markup(text: str) -> str:
    """An HTML error page as words (its title when it has one); other text as it is."""
    if not _HTML.search(text):
        return text
    title = _TITLE.search(text)
    words = _TAG.sub(" ", title.group(1) if title and title.group(1).strip() else text)
    return html.unescape(" ".join(words.split())) or "no text"


def wants_completion_tokens(exc: BaseException) -> bool:
    """True for a 400 saying this model takes max_completion_tokens instead of max_tokens."""
    if status_of(exc) != 400:
        return False
    return "max_completion_tokens" in server_message(exc)


def redact(text: str, secrets: tuple[str, ...]) -> str:
    """`text` with every secret, every stretch of one, and anything key-like replaced by ***."""
    for secret in secrets:
        text = text.replace(secret, "***")
    if secrets:
        # a server may echo a stretch of the key ("Incorrect key a1b2c3d4e5f6...")
        def hide(match: re.Match[str]) -> str:
            piece = match.group()
            return "***" if any(piece in secret for secret in secrets) else piece

        text = _KEY_RUN.sub(hide, text)
    return _BEARER.sub(r"\1***", _KEY_LIKE.sub("***", text))
