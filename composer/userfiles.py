"""Reading users' files (notes, letters, saved emails) and stdin, with messages that say what to do.

One reader for every file a user hands us: never more than a size cap is read (a FIFO, stdin or
/dev/zero cannot exhaust memory); text arrives from every kind of editor: UTF-8 with or without a
byte-order mark, Windows Notepad's "Unicode" (UTF-16 with a mark), or a legacy encoding. Unicode
with a mark is read; anything else that is not UTF-8 gets one clear error naming the line. A saved
email (.eml) gives its plain-text body; JSON nested too deeply is bad input, not a crash.
"""

from __future__ import annotations

import codecs
import json
import re
import sys
from collections.abc import Callable
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any, BinaryIO

from composer.errors import InputError

__all__ = [
    "MAX_LETTER_BYTES",
    "SAVE_AS_UTF8",
    "STDIN",
    "as_utf8",
    "decode_text",
    "decode_utf8",
    "parse_json",
    "read_bytes",
    "read_letter",
]

STDIN = "-"  # the name that stands for standard input
MAX_LETTER_BYTES = 1_000_000

SAVE_AS_UTF8 = 'save it as UTF-8 (in Notepad: File > Save as, Encoding "UTF-8")'

# UTF-32 first: its little-endian mark starts like UTF-16's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)


def as_utf8(data: bytes, label: str, error: type[InputError] = InputError) -> bytes:
    """`data` as UTF-8 bytes: UTF-16/32 with a byte-order mark is converted; others unchanged.

    UTF-16 without a mark (a NUL in most byte pairs) and damaged UTF-16/32 raise `error`.
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec).encode("utf-8")
            except UnicodeDecodeError as exc:
                raise error(
                    f"{label}: the file is {name} text (it starts with a {name} byte-order mark) "
                    f"but is damaged at byte {exc.start}; {SAVE_AS_UTF8}."
                ) from None
    if data.count(b"\x00") * 4 > len(data):  # text has no NULs; UTF-16 has one in every pair
        raise error(
            f"{label}: the file looks like UTF-16 text without a byte-order mark; {SAVE_AS_UTF8}."
        )
    return data


def decode_utf8(data: bytes, label: str, error: type[InputError] = InputError) -> str:
    """UTF-8 bytes (a leading mark allowed) as text; otherwise `error` naming the line."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise error(
            f"{label}: line {line}: byte 0x{data[exc.start]:02x} is not UTF-8 text (a Windows "
            f"or Latin-1 file?); {SAVE_AS_UTF8}."
        ) from None


def decode_text(data: bytes, label: str, error: type[InputError] = InputError) -> str:
    """The text of a user's file: UTF-8, or UTF-16/32 with a byte-order mark."""
    return decode_utf8(as_utf8(data, label, error), label, error)


def read_bytes(
    source: str | Path,
    *,
    what: str,
    max_bytes: int,
    error: type[InputError] = InputError,
    missing: str = "",
    stdin: BinaryIO | None = None,
) -> tuple[bytes, str]:
    """The bytes of `source` ("-" is stdin) and its label for messages, at most `max_bytes`.

    `what` names the expected file in messages ("a notes file"); `missing` is added to the
    message for a file that does not exist. Reads `max_bytes + 1` bytes at most: more is an error.
    """
    if str(source) == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        return _capped(stream, "<stdin>", what, max_bytes, error), "<stdin>"
    path = Path(source)
    label = str(source)
    try:
        if path.is_dir():
            raise error(f"{label}: is a folder; give the path of {what}.")
        with path.open("rb") as handle:
            return _capped(handle, label, what, max_bytes, error), label
    except FileNotFoundError:
        raise error(f"{label}: no such file.{' ' + missing if missing else ''}") from None
    except OSError as exc:
        raise error(f"{label}: cannot read it ({exc.strerror or exc}).") from None


def _capped(
    stream: BinaryIO, label: str, what: str, max_bytes: int, error: type[InputError]
) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise error(
            f"{label}: more than {max_bytes:,} bytes; {what} is at most {max_bytes:,} bytes. "
            "Is this the right file?"
        )
    return data


def parse_json(
    text: str,
    source: str,
    error: type[InputError] = InputError,
    object_pairs_hook: Callable[[list[tuple[str, Any]]], Any] | None = None,
) -> Any:
    """The JSON value in `text`; `error` naming the line and column when it is not JSON."""
    try:
        return json.loads(text, object_pairs_hook=object_pairs_hook)
    except json.JSONDecodeError as exc:
        raise error(
            f"{source}: line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg}). "
            "Check for a missing comma or quote, or a trailing comma, near that spot."
        ) from None
    except RecursionError:
        raise error(
            f"{source}: the JSON is nested too deeply to be notes; is this the right file?"
        ) from None


# A saved email (such as `compose --format eml` writes) starts with mail headers; a plain
# letter starts with one "Subject:" line at most, so two header lines tell them apart.
_EML_START = re.compile(
    rb"^(?:(?:To|From|Subject|Date|MIME-Version|Content-Type|X-Unsent|Cc|Bcc)"
    rb":[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*){2,}",
    re.IGNORECASE,
)


def read_letter(
    source: str | Path,
    *,
    keep_subject: bool = True,
    max_bytes: int = MAX_LETTER_BYTES,
    stdin: BinaryIO | None = None,
) -> str:
    """The text of a letter in a text file or a saved email (.eml); "-" reads stdin.

    `keep_subject`: a saved email's Subject header becomes the letter's "Subject:" line (an
    email's letter has one; a printed letter saved as an email does not).
    """
    data, label = read_bytes(
        source, what="a letter (a text file)", max_bytes=max_bytes, stdin=stdin
    )
    data = as_utf8(data, label)
    text = _eml_letter(data, label, keep_subject) if _EML_START.match(data) else None
    if text is None:
        text = decode_utf8(data, label)
    if not text.strip():
        raise InputError(f"{label}: the letter is empty.")
    return text


def _eml_letter(data: bytes, label: str, keep_subject: bool) -> str:
    """The letter in a saved email: "Subject: ..." (when wanted) and its plain-text body."""
    message = message_from_bytes(data, policy=policy.default)
    part = message.get_body(("plain",)) if isinstance(message, EmailMessage) else None
    if part is None or not isinstance(part, EmailMessage):
        raise InputError(f"{label}: an email with no plain-text body; save the letter as text.")
    body = str(part.get_content()).replace("\r\n", "\n").strip()
    subject = message["Subject"]
    return f"Subject: {subject}\n\n{body}\n" if subject and keep_subject else f"{body}\n"
