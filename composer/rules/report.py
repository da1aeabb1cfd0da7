"""What a check finds: one `Violation` per broken rule, gathered in a `Report` per letter."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Violation:
    """One broken rule in one letter.

    `message` is for a person (what, where, how to fix); `quote` is the offending text when
    there is one, and `fix` a short instruction the model can act on in a re-ask.
    """

    rule: str
    severity: Severity
    message: str
    quote: str | None = None
    fix: str | None = None

    def as_dict(self) -> dict[str, str]:
        """The JSON shape used by `thankyou check --json` and `compose --format json`."""
        return {"rule": self.rule, "severity": self.severity, "message": self.message}


@dataclass(frozen=True)
class Report:
    """The result of checking one letter addressed to `to`."""

    to: str
    words: int
    violations: tuple[Violation, ...] = field(default_factory=tuple)
    characters: int | None = None  # set for a channel counted in characters

    @property
    def size(self) -> str:
        """The length as the channel counts it: "183 characters" or "164 words"."""
        if self.characters is not None:
            return f"{self.characters} characters"
        return f"{self.words} words"

    @property
    def ok(self) -> bool:
        """True when no rule of severity error is broken (warnings allowed)."""
        return not self.errors

    @property
    def errors(self) -> tuple[Violation, ...]:
        return tuple(v for v in self.violations if v.severity == "error")

    @property
    def warnings(self) -> tuple[Violation, ...]:
        return tuple(v for v in self.violations if v.severity == "warning")

    def without_warnings(self, rules: tuple[str, ...]) -> Report:
        """A copy of this report without the warnings of `rules` (errors always stay)."""
        kept = tuple(v for v in self.violations if v.severity != "warning" or v.rule not in rules)
        return Report(to=self.to, words=self.words, violations=kept, characters=self.characters)

    def with_violations(self, extra: tuple[Violation, ...] | list[Violation]) -> Report:
        """A copy of this report with `extra` findings added."""
        return Report(
            to=self.to,
            words=self.words,
            violations=(*self.violations, *extra),
            characters=self.characters,
        )
