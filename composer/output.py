"""Letters as text, Markdown, .eml drafts and JSON, and writing them to files safely."""

from __future__ import annotations

import contextlib
import json
import re
import time
import unicodedata
from collections.abc import Sequence
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import formatdate
from pathlib import Path
from typing import Any

from composer.channels import spec_for
from composer.choices import EXTENSIONS, FORMATS, OutputFormat
from composer.compose import Letter
from composer.errors import InputError
from composer.files import slug, write_bytes_atomic
from composer.models import Notes
from composer.rolename import role_title

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "OutputFormat",
    "check_format",
    "failing_banner",
    "letter_as_dict",
    "plan_files",
    "render",
    "render_eml",
    "render_json",
    "render_markdown",
    "render_text",
    "slug",
    "write_planned",
]


def _problems(letter: Letter) -> str:
    rules = sorted({v.rule for v in letter.report.errors})
    count = len(rules)  # rules broken, not findings: one rule may be broken in two places
    return f"{count} rule{'s' if count != 1 else ''} ({', '.join(rules)})"


def failing_banner(letter: Letter) -> str:
    """The line that marks a letter that still breaks an error rule."""
    return (
        f"!! NOT READY TO SEND: this letter breaks {_problems(letter)}; "
        "see the report, fix it, then send."
    )


def render_text(letters: Sequence[Letter]) -> str:
    """Plain text; several letters are separated by a line naming the next addressee."""
    parts: list[str] = []
    for index, letter in enumerate(letters, 1):
        block = letter.text
        if not letter.ok:
            block = f"{failing_banner(letter)}\n\n{block}"
        if len(letters) > 1:
            to = f"{letter.to} (coordinator)" if letter.coordinator else letter.to
            title = f" Letter {index} of {len(letters)}: to {to} "
            block = f"{title:=^72}\n\n{block}"
        parts.append(block)
    return "\n\n\n".join(parts) + "\n"


def _md(text: str) -> str:
    """`text` with Markdown's markup characters escaped, so it shows as written."""
    text = re.sub(r"([\\`*_\[\]<>])", r"\\\1", text)
    # At a line's start, "# ", "> ", "- ", "+ " or "1. " would make a heading, quote or list.
    text = re.sub(r"(?m)^(\s*)(#{1,6}(?=\s|$)|[+-](?=\s))", r"\1\\\2", text)
    return re.sub(r"(?m)^(\s*\d+)([.)])(?=\s|$)", r"\1\\\2", text)


def render_markdown(letters: Sequence[Letter]) -> str:
    """Markdown: a heading per letter, the subject in bold, the body as paragraphs."""
    parts: list[str] = []
    for letter in letters:
        to = f"{letter.to} (coordinator)" if letter.coordinator else letter.to
        lines = [f"## To {_md(to)}", "", f"*Send by {letter.send_by.isoformat()}*", ""]
        if not letter.ok:
            lines += [f"> **{_md(failing_banner(letter))}**", ""]
        if letter.subject is not None:
            lines += [f"**Subject:** {_md(letter.subject)}", ""]
        for paragraph in re.split(r"\n\s*\n", letter.body):
            # A hard line break keeps the sign-off and the name on separate lines.
            lines += ["  \n".join(_md(line) for line in paragraph.splitlines()), ""]
        parts.append("\n".join(lines).rstrip())
    return "\n\n---\n\n".join(parts) + "\n"


def header_text(value: str) -> str:
    """`value` fit for one header line: line breaks (CR, LF, U+2028, U+2029, U+0085) and other
    control characters become spaces, so no value can end a header or start another."""
    kept = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in value)
    return " ".join(kept.split())


def _address(name: str, email: str | None) -> Address | None:
    if not email:
        return None
    username, _, domain = email.rpartition("@")
    # An accented domain goes in its ASCII (IDNA) form: encoded words are not allowed in an
    # address, and every mail system understands "xn--bcher-kva.example".
    with contextlib.suppress(UnicodeError):
        domain = domain.encode("idna").decode("ascii")
    return Address(display_name=header_text(name), username=username, domain=domain)


def render_eml(letter: Letter, notes: Notes, *, when: float | None = None) -> bytes:
    """A draft email a mail client opens: To, From, Subject, a UTF-8 body and `X-Unsent: 1`.
    Its Date is `when` (seconds since the epoch), else now."""
    message = EmailMessage(policy=default_policy)
    to = _address(letter.to, letter.interviewer.email)
    if to is not None:
        message["To"] = to
    sender = _address(notes.candidate.name, notes.candidate.email)
    if sender is not None:
        message["From"] = sender
    subject = header_text(letter.subject or "") or f"Thank you: {role_title(notes.role)} interview"
    message["Subject"] = header_text(subject)
    message["Date"] = formatdate(when, localtime=True)
    message["X-Unsent"] = "1"
    if not letter.ok:
        message["X-Thankyou-Problems"] = _problems(letter)
    message.set_content(letter.body + "\n", charset="utf-8")
    if not all(a.username.isascii() for a in (to, sender) if a is not None):
        # An accented mailbox name has no ASCII form: write the headers as UTF-8 (RFC 6532).
        return message.as_bytes(policy=default_policy.clone(utf8=True))
    return message.as_bytes()


def letter_as_dict(letter: Letter) -> dict[str, Any]:
    """One letter in the JSON shape of `compose --format json`."""
    return {
        "to": letter.to,
        "coordinator": letter.coordinator,
        "subject": letter.subject,
        "text": letter.text,
        "send_by": letter.send_by.isoformat(),
        "attempts": letter.attempts,
        "ok": letter.ok,
        "violations": [v.as_dict() for v in letter.report.violations],
        "usage": letter.usage.as_dict(),
    }


def render_json(letters: Sequence[Letter]) -> str:
    """`{"letters": [...]}` with one object per letter."""
    data = {"letters": [letter_as_dict(letter) for letter in letters]}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def check_format(notes: Notes, fmt: OutputFormat) -> None:
    """InputError when the notes' channel cannot be written in format `fmt` (a LinkedIn note
    is no email, so it has no .eml draft)."""
    spec = spec_for(notes)
    if fmt == "eml" and not spec.as_email:
        raise InputError(
            f"{spec.article} is pasted into the site, not sent by email, so it has no .eml "
            "draft; choose `format` text, markdown or json."
        )


def render(
    letters: Sequence[Letter], notes: Notes, fmt: OutputFormat, *, when: float | None = None
) -> bytes:
    """All `letters` in one document of format `fmt` (for stdout or a single file); `when`
    (seconds since the epoch, else now) dates an email and an mbox's separator lines."""
    check_format(notes, fmt)
    if fmt == "text":
        return render_text(letters).encode("utf-8")
    if fmt == "markdown":
        return render_markdown(letters).encode("utf-8")
    if fmt == "json":
        return render_json(letters).encode("utf-8")
    if len(letters) == 1:
        return render_eml(letters[0], notes, when=when)
    # Several drafts on one stream: an mbox, which mail clients can import.
    chunks: list[bytes] = []
    for letter in letters:
        raw = render_eml(letter, notes, when=when)
        escaped = re.sub(rb"(?m)^(>*From )", rb">\1", raw)
        # The mbox separator line carries the date in asctime form ("Wed Nov 25 21:30:00 2026").
        stamp = time.asctime(time.gmtime(when)).encode()
        chunks.append(b"From thankyou-composer " + stamp + b"\n" + escaped)
    return b"\n".join(chunks)


# Endings that name a file, never a folder, whatever the format.
_FILE_ENDINGS = frozenset({*EXTENSIONS.values(), ".text", ".markdown", ".mbox", ".eml"})


def plan_files(
    out: Path, interviewers: Sequence[str], fmt: OutputFormat, *, folder: bool = False
) -> list[tuple[Path, list[int]]]:
    """Paths for `out`: a file for one letter, else one file per interviewer in a folder.

    `folder` says the user wrote the path as a folder ("drafts/"; Path drops the slash).
    Returns (path, indexes of the interviewers it holds); names never leave the folder.
    """
    out = Path(out)
    # One letter goes to the file named, unless that names a folder: an existing one, one
    # written with a trailing slash, or a new path without an extension.
    if len(interviewers) == 1 and not folder and not out.is_dir() and (out.suffix or out.exists()):
        return [(out, [0])]
    if out.exists() and not out.is_dir():
        raise InputError(
            f"`out` {out}: {len(interviewers)} letters need a folder, and this is a file; "
            "pass a folder path."
        )
    if not folder and not out.exists() and out.suffix.lower() in _FILE_ENDINGS:
        raise InputError(
            f"`out` {out}: there are {len(interviewers)} letters, one file per interviewer, "
            f"so `out` needs a folder, such as {out.with_suffix('')}/ (without `out` they all "
            "go to stdout)."
        )
    extension = EXTENSIONS[fmt]
    used: set[str] = set()
    planned: list[tuple[Path, list[int]]] = []
    for index, name in enumerate(interviewers):
        stem = slug(name, fallback=f"interviewer-{index + 1}")
        candidate, number = stem, 2
        while candidate in used:
            candidate, number = f"{stem}-{number}", number + 1
        used.add(candidate)
        planned.append((out / f"{candidate}{extension}", [index]))
    return planned


def write_planned(
    letters: Sequence[Letter],
    notes: Notes,
    fmt: OutputFormat,
    plan: list[tuple[Path, list[int]]],
    *,
    force: bool = False,
) -> list[Path]:
    """Write each planned file atomically (FileExists unless `force`); the paths written."""
    written: list[Path] = []
    for path, indexes in plan:
        chosen = [letters[i] for i in indexes if i < len(letters)]
        if not chosen:
            continue
        write_bytes_atomic(path, render(chosen, notes, fmt), force=force)
        written.append(path)
    return written
