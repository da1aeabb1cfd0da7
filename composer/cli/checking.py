"""What `thankyou check` (letters against their notes) and `thankyou rules` (what is checked) do."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import typer

from composer.errors import InputError
from composer.notes_file import load_notes
from composer.rules import RULES, Report, check_letters, resolve_addressee
from composer.rules.proofread import INSTALL_HINT, available, missing_checker
from composer.userfiles import as_utf8, decode_utf8

MAX_LETTER_BYTES = 1_000_000


@dataclass(frozen=True)
class _LetterFile:
    name: str  # as given on the command line; "-" for stdin
    text: str


def _proofread_available() -> bool:
    return available()


def _read_letter(source: str, subject: bool = True) -> _LetterFile:
    """The letter in `source` ("-" for stdin); `subject`: keep a saved email's Subject."""
    if source == "-":
        data = typer.get_binary_stream("stdin").read()
        label = "<stdin>"
    else:
        path = Path(source)
        label = source
        try:
            if path.is_dir():
                raise InputError(f"{source}: is a folder; give the path of a letter (a text file).")
            size = path.stat().st_size
            if size > MAX_LETTER_BYTES:
                raise InputError(
                    f"{source}: the file is {size:,} bytes; a letter is far smaller. "
                    "Is this the right file?"
                )
            data = path.read_bytes()
        except FileNotFoundError:
            raise InputError(f"{source}: no such file.") from None
        except OSError as exc:
            raise InputError(f"{source}: cannot read it ({exc.strerror}).") from None
    data = as_utf8(data, label)
    if _EML_START.match(data):
        return _LetterFile(source, _eml_letter(data, label, subject))
    text = decode_utf8(data, label)
    if not text.strip():
        raise InputError(f"{label}: the letter is empty.")
    return _LetterFile(source, text)


# A saved email (such as `compose --format eml` writes) starts with mail headers; a plain
# letter starts with one "Subject:" line at most, so two header lines tell them apart.
_EML_START = re.compile(
    rb"^(?:(?:To|From|Subject|Date|MIME-Version|Content-Type|X-Unsent|Cc|Bcc)"
    rb":[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*){2,}",
    re.IGNORECASE,
)


def _eml_letter(data: bytes, label: str, with_subject: bool) -> str:
    """The letter in a saved email: "Subject: ..." (when wanted) and its plain-text body.

    A printed letter saved as a draft email has a Subject header only for the mail client.
    """
    from email import message_from_bytes, policy
    from email.message import EmailMessage

    message = message_from_bytes(data, policy=policy.default)
    part = message.get_body(("plain",)) if isinstance(message, EmailMessage) else None
    if part is None or not isinstance(part, EmailMessage):
        raise InputError(f"{label}: an email with no plain-text body; save the letter as text.")
    body = str(part.get_content()).replace("\r\n", "\n").strip()
    subject = message["Subject"]
    return f"Subject: {subject}\n\n{body}\n" if subject and with_subject else f"{body}\n"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _print_text(files: list[_LetterFile], reports: list[Report]) -> None:
    for letter, report in zip(files, reports, strict=True):
        head = f"{letter.name} (to {report.to}, {report.words} words)"
        if not report.violations:
            typer.echo(f"{head}: ok")
            continue
        verdict = "fails" if report.errors else "ok with warnings"
        typer.echo(f"{head}: {verdict}")
        for found in report.violations:
            typer.echo(f"  {found.severity} [{found.rule}] {found.message}")
    failing = sum(1 for report in reports if not report.ok)
    errors = sum(len(report.errors) for report in reports)
    warnings = sum(len(report.warnings) for report in reports)
    summary = (
        f"{_plural(len(reports), 'letter')} checked: "
        f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')}."
    )
    if failing:
        summary += f" {failing} of them should not be sent as is; fix the errors and check again."
    else:
        summary += " Ready to send." if not warnings else " Ready to send; consider the warnings."
    typer.echo(summary)


def _print_json(files: list[_LetterFile], reports: list[Report]) -> None:
    document = {
        "ok": all(report.ok for report in reports),
        "letters": [
            {
                "file": letter.name,
                "to": report.to,
                "ok": report.ok,
                "words": report.words,
                "violations": [found.as_dict() for found in report.violations],
            }
            for letter, report in zip(files, reports, strict=True)
        ],
    }
    typer.echo(json.dumps(document, indent=2, ensure_ascii=False))


def _proofreading(asked: bool | None, dialect: str | None) -> bool:
    """Whether to proofread: as asked, else when a dialect is chosen or the extra is installed."""
    if dialect is not None and asked is False:
        raise InputError("--dialect is a proofreading setting: drop it or --no-proofread.")
    wanted = asked or dialect is not None
    if wanted and not _proofread_available():
        raise missing_checker("--proofread" if asked else "--dialect")
    return wanted or (asked is None and _proofread_available())


def run_check(
    letters: list[str],
    notes: Path,
    to: str | None,
    as_json: bool,
    proofread: bool | None,
    dialect: str | None,
) -> int:
    """Check the letter files against the notes, print the results; 0 all pass, 1 otherwise."""
    facts_notes = load_notes(notes)
    proofread = _proofreading(proofread, dialect)
    if letters.count("-") > 1:
        raise InputError("stdin (-) can be given only once.")
    files = [_read_letter(source, facts_notes.channel == "email") for source in letters]
    pairs: list[tuple[str, str]] = []
    for letter in files:
        try:
            pairs.append((resolve_addressee(letter.text, facts_notes, to), letter.text))
        except InputError as exc:
            label = "<stdin>" if letter.name == "-" else letter.name
            raise InputError(f"{label}: {exc}") from None
    reports = check_letters(pairs, facts_notes, proofread=proofread, dialect=dialect)
    if as_json:
        _print_json(files, reports)
    else:
        _print_text(files, reports)
    if not all(report.ok for report in reports):
        return 1
    return 0


def print_rules() -> None:
    """Print every rule: id, severity, what it asks for (and whether proofreading is active)."""
    width = max(len(rule.id) for rule in RULES)
    active = _proofread_available()
    for rule in RULES:
        line = f"{rule.id:<{width}}  {rule.severity:<7}  {rule.summary}"
        if rule.id == "proofread":
            line += (
                " Active (turn off with --no-proofread)."
                if active
                else f" Inactive: install it with {INSTALL_HINT}"
            )
        typer.echo(line)
