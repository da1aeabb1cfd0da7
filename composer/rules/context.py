"""What every rule receives besides the letter: the notes' facts and who the letter is for."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from composer.models import Interviewer, Notes
from composer.rules.facts import Facts, Person
from composer.rules.report import Severity, Violation
from composer.rules.text import ParsedLetter

PromptPhrases = frozenset[tuple[str, ...]]
"""Sentences of the prompts in use, as lower-case word tuples (see hygiene.prompt_phrases)."""


@dataclass(frozen=True)
class Context:
    """The facts of the notes, the interviewer the letter is addressed to, and the sentences of
    the prompts in use (which a letter must not repeat)."""

    facts: Facts
    person: Person
    prompt_phrases: PromptPhrases = frozenset()

    @property
    def notes(self) -> Notes:
        return self.facts.notes

    @property
    def interviewer(self) -> Interviewer:
        return self.person.interviewer


Rule = Callable[[ParsedLetter, Context], list[Violation]]


def shorten(text: str, limit: int = 70) -> str:
    """`text` on one line, cut to about `limit` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 3].rstrip() + "..."


def finding(
    rule: str,
    message: str,
    *,
    fix: str,
    quote: str | None = None,
    severity: Severity = "error",
) -> Violation:
    """A `Violation` whose message ends with how to fix it."""
    return Violation(rule=rule, severity=severity, message=message, quote=quote, fix=fix)
