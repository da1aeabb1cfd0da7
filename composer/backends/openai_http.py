"""The HTTP side of the model client: same-origin redirects, capped replies, keys that fit a header.

The hooks go into the SDK's HTTP client, so a redirect to another host never carries the notes
and an endless reply is never read whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import unquote, urlsplit

from composer.backends.openai_replies import display_url
from composer.backends.transport import RedirectRefused, ReplyTooLarge
from composer.errors import InputError

MAX_REDIRECTS = 3  # same origin only; enough for a trailing slash or a moved path


MAX_REPLY_BYTES = 1_000_000  # a letter's reply is a few kilobytes; the rest is never read


def _origin(url: Any) -> tuple[str, str, int | None]:
    scheme = str(url.scheme).lower()
    return scheme, str(url.host).lower(), url.port or {"http": 80, "https": 443}.get(scheme)


def same_origin_redirects(response: Any) -> None:
    """An HTTP client hook: a redirect to another origin raises RedirectRefused before it is
    followed, so the request (with the notes) never goes to another host, scheme or port."""
    if not response.has_redirect_location:
        return
    here = response.request.url
    try:
        target = here.join(response.headers["location"])
    except Exception:  # a malformed Location: the client reports it
        return
    if _origin(target) != _origin(here):
        raise RedirectRefused(response.status_code, display_url(str(target)))


def capped_replies(limit: int) -> Callable[[Any], None]:
    """An HTTP client hook that stops reading a reply after `limit` bytes (ReplyTooLarge)."""
    import httpx2  # with openai, never at import time

    class Capped(httpx2.SyncByteStream):
        def __init__(self, inner: Any) -> None:
            self.inner = inner

        def __iter__(self) -> Iterator[bytes]:
            total = 0
            for chunk in self.inner:
                total += len(chunk)
                if total > limit:
                    raise ReplyTooLarge(limit)
                yield chunk

        def close(self) -> None:
            self.inner.close()

    def hook(response: Any) -> None:
        length = response.headers.get("content-length", "")
        if length.isdigit() and int(length) > limit:
            raise ReplyTooLarge(limit)
        response.stream = Capped(response.stream)

    return hook


def check_key(key: str) -> None:
    """InputError for a key that cannot go into an HTTP header (the key itself never shown)."""
    for index, char in enumerate(key, 1):
        if char in "\r\n":
            problem = "a line break"
        elif not char.isascii():
            problem = "a non-ASCII character (a curly quote or an accented letter?)"
        elif not char.isprintable():
            problem = "a control character"
        else:
            continue
        raise InputError(
            f"the API key has {problem} at character {index} of {len(key)}; keys are plain "
            "ASCII on one line: copy it again from your provider (OPENAI_API_KEY or `api_key`)."
        )


def url_secrets(url: str) -> set[str]:
    """The password (and user:password) written into a base URL, as sent and as written."""
    try:
        parts = urlsplit(url.strip())
        user, password = parts.username, parts.password
    except ValueError:
        return set()
    if not password:
        return set()
    found = {password, unquote(password)}
    if user:
        found |= {f"{user}:{password}", f"{unquote(user)}:{unquote(password)}"}
    return found
