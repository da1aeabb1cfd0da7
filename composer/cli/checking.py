"""What `thankyou check` (letters against their notes) and `thankyou rules` (what is checked) do."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import typer

import composer.rules.proofread as proofreader
from composer.channels import spec_for
from composer.errors import InputError
from composer.models import with_channel
from composer.notes_file import load_notes
from composer.prompting import load_prompts
from composer.rules import RULES, Report, check_letter, check_letters, resolve_addressee
from composer.userfiles import read_letter


@dataclass(frozen=True)
class _LetterFile:
    name: str  # as given on the command line; "-" for stdin
    text: str


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _print_text(files: list[_LetterFile], reports: list[Report]) -> None:
    for letter, report in zip(files, reports, strict=True):
        head = f"{letter.name} (to {report.to}, {report.size})"
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
                **({} if report.characters is None else {"characters": report.characters}),
                "violations": [found.as_dict() for found in report.violations],
            }
            for letter, report in zip(files, reports, strict=True)
        ],
    }
    typer.echo(json.dumps(document, indent=2, ensure_ascii=False))


def run_check(
    letters: list[str],
    notes: Path,
    to: str | None,
    as_json: bool,
    proofread: bool | None,
    dialect: str | None,
    coordinator: bool = False,
    *,
    channel: str | None = None,
    max_chars: int | None = None,
) -> int:
    """Check the letter files against the notes, print the results; 0 all pass, 1 otherwise.

    `coordinator` checks each as the letter to the panel's coordinator (the notes' own);
    `channel` and `max_chars` replace the notes' own (a LinkedIn note's limit).
    """
    facts_notes = with_channel(load_notes(notes), channel, max_chars)
    if dialect is not None and proofread is False:
        raise InputError("--dialect is a proofreading setting: drop it or --no-proofread.")
    proofread, dialect = proofreader.proofreading(proofread, dialect)
    if letters.count("-") > 1:
        raise InputError("stdin (-) can be given only once.")
    keep_subject = spec_for(facts_notes).has_subject
    files = [
        _LetterFile(source, read_letter(source, keep_subject=keep_subject)) for source in letters
    ]
    if coordinator:
        if to is not None:
            raise InputError("--to names a panellist; drop it with --coordinator.")
        reports = [
            check_letter(
                letter.text,
                facts_notes,
                proofread=proofread,
                dialect=dialect,
                prompts=_shipped_prompts(),
                coordinator=True,
            )
            for letter in files
        ]
        return _finish(files, reports, as_json)
    names: list[str | None] = []
    for letter in files:
        try:
            names.append(resolve_addressee(letter.text, facts_notes, to))
        except InputError as exc:
            label = "<stdin>" if letter.name == "-" else letter.name
            raise InputError(f"{label}: {exc}") from None
    texts = [letter.text for letter in files]
    reports = check_letters(
        texts,
        facts_notes,
        names,
        proofread=proofread,
        dialect=dialect,
        prompts=_shipped_prompts(),
    )
    return _finish(files, reports, as_json)


def _finish(files: list[_LetterFile], reports: list[Report], as_json: bool) -> int:
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
    active = proofreader.available()
    for rule in RULES:
        line = f"{rule.id:<{width}}  {rule.severity:<7}  {rule.summary}"
        if rule.id == "proofread":
            line += (
                " Active (turn off with --no-proofread)."
                if active
                else f" Inactive: install it with {proofreader.INSTALL_HINT}"
            )
        typer.echo(line)


def _shipped_prompts() -> tuple[str, ...]:
    """The texts of the shipped prompts, so a letter that repeats them breaks `leak`."""
    prompts = load_prompts()
    texts = (prompts.system.text, prompts.request.text, prompts.reask.text)
    return (*texts, prompts.coordinator_request().text)
