"""The letter rules: deterministic checks of a letter against the notes it was written from.

`check_letter` checks one letter, `check_letters` the letters of one interview together (adding
`unique`), and `RULES` lists every rule for `thankyou rules`. Each rule is a pure function of the
parsed letter and the notes' facts.
"""

from __future__ import annotations

from collections.abc import Sequence

import composer.rules.proofread as proofreader
from composer.channels import spec_for
from composer.english import WORD_RE
from composer.errors import MISSING_COORDINATOR, InputError
from composer.models import Notes, require_notes
from composer.rules.addressing import addressing
from composer.rules.content import (
    future,
    gratitude,
    personal_touch,
    qualifications,
    role_and_company,
)
from composer.rules.context import Context, PromptPhrases, Rule
from composer.rules.facts import Facts, Person, addressee, facts_for
from composer.rules.grounding import grounding
from composer.rules.hygiene import leak, placeholders, prompt_phrases, tone
from composer.rules.length import length
from composer.rules.names import greeting_near_miss, names
from composer.rules.panel import panel
from composer.rules.register import register
from composer.rules.registry import RULE_IDS, RULES, RuleInfo
from composer.rules.repetition import repetition
from composer.rules.report import Report, Severity, Violation
from composer.rules.shorthand import shorthand
from composer.rules.structure import greeting, signature, subject
from composer.rules.text import ParsedLetter, parse
from composer.rules.unique import unique

__all__ = [
    "RULES",
    "RULE_IDS",
    "Report",
    "RuleInfo",
    "Severity",
    "Violation",
    "check_letter",
    "check_letters",
    "resolve_addressee",
]

# In the order of RULES; `unique` needs several letters and runs in check_letters.
CHECKS: tuple[Rule, ...] = (
    greeting,
    gratitude,
    role_and_company,
    names,
    panel,
    qualifications,
    future,
    grounding,
    placeholders,
    addressing,
    shorthand,
    signature,
    length,
    subject,
    leak,
    repetition,
    personal_touch,
    tone,
    register,
)


def check_letter(
    text: str,
    notes: Notes,
    to: str | None = None,
    *,
    proofread: bool = False,
    dialect: str | None = None,
    prompts: tuple[str, ...] = (),
    coordinator: bool = False,
) -> Report:
    """Check one letter; `to` defaults to the interviewer its greeting names.

    `coordinator` checks it as the one letter to the panel's coordinator (the notes'
    `coordinator`; InputError when they name none): the greeting names the coordinator, every
    panellist is named in full (`panel`), and no panellist's personal note is in it.

    `prompts` are the texts of the prompts a model was given (system, request, re-ask): a
    letter that repeats one of their sentences breaks `leak`.

    `proofread` adds the spelling and grammar warnings of the optional checker (InputError with
    the install hint when it is missing). `dialect` ("american", "british", ...) holds spelling
    to one English dialect instead of accepting American and British alike; it implies
    `proofread`.
    """
    require_notes(notes, "check_letter")
    _require_text(text, "check_letter")
    proofread = _wants_proofreading(proofread, dialect)
    facts = facts_for(notes)
    letter = parse(text)
    person = coordinator_of(facts) if coordinator else _addressee(letter, facts, to)
    return _check(letter, text, facts, person, proofread, dialect, prompt_phrases(prompts))


def check_letters(
    texts: Sequence[str] | Sequence[tuple[str, str]],
    notes: Notes,
    to: Sequence[str | None] | None = None,
    *,
    proofread: bool = False,
    dialect: str | None = None,
    prompts: tuple[str, ...] = (),
) -> list[Report]:
    """Check the letters of one interview together, `unique` included: `check_letter` for many.

    `to[i]` names who `texts[i]` is for (default: the interviewer its greeting names).
    `proofread`, `dialect` and `prompts` as for `check_letter`. The older form, a list of (to,
    text) pairs, is still accepted.
    """
    require_notes(notes, "check_letters")
    if isinstance(texts, str):
        raise TypeError("check_letters() expected a list of letter texts, not one str")
    pairs = [_pair(item, to, i) for i, item in enumerate(texts)]
    if to is not None and len(to) != len(pairs):
        raise ValueError(f"check_letters(): {len(pairs)} letters but {len(to)} names in `to`")
    phrases = prompt_phrases(prompts)
    proofread = _wants_proofreading(proofread, dialect)
    facts = facts_for(notes)
    parsed = [(name, parse(text), text) for name, text in pairs]
    people = [_addressee(letter, facts, name or None) for name, letter, _ in parsed]
    reports = [
        _check(letter, text, facts, person, proofread, dialect, phrases)
        for (_, letter, text), person in zip(parsed, people, strict=True)
    ]
    named = [(p.interviewer.name, letter) for p, (_, letter, _) in zip(people, parsed, strict=True)]
    found = unique(named, facts)
    return [report.with_violations(extra) for report, extra in zip(reports, found, strict=True)]


def _pair(item: object, to: Sequence[str | None] | None, index: int) -> tuple[str | None, str]:
    """(to, text) of one item of check_letters: a text, or an older (to, text) pair."""
    if isinstance(item, tuple) and len(item) == 2:
        name, text = item
        _require_text(text, "check_letters")
        return (name if isinstance(name, str) else None), text
    _require_text(item, "check_letters")
    assert isinstance(item, str)
    return (to[index] if to is not None and index < len(to) else None), item


def _require_text(value: object, caller: str) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{caller}() expected the letter as str, not {type(value).__name__}")


def resolve_addressee(text: str, notes: Notes, to: str | None = None) -> str:
    """The full name of the interviewer a letter is for (`to`, else the one its greeting names).

    Raises InputError when `to` names nobody in the notes, or when `to` is not given and the
    greeting names no single interviewer of several.
    """
    return _addressee(parse(text), facts_for(notes), to).interviewer.name


def _addressee(letter: ParsedLetter, facts: Facts, to: str | None) -> Person:
    if to:
        return facts.person(to)
    greeting_text = letter.greeting.text if letter.greeting else None
    near: set[str] = set()
    if greeting_text:
        for match in WORD_RE.finditer(greeting_text):
            token = greeting_near_miss(match.group(), facts)
            if token is not None:
                near.add(token.folded)
    person = addressee(facts, greeting_text, near)
    if person is not None:
        return person
    if len(facts.people) == 1:
        return facts.people[0]
    names = ", ".join(f'"{p.interviewer.name}"' for p in facts.people)
    raise InputError(
        "cannot tell which interviewer the letter is addressed to: its greeting names none "
        f"(or several) of {names}. Pass `to` to say who it is for."
    )


def coordinator_of(facts: Facts) -> Person:
    """The coordinator the notes name, as the addressee; InputError saying what to add if none."""
    if facts.coordinator is None:
        raise InputError(MISSING_COORDINATOR)
    return facts.coordinator


def _wants_proofreading(proofread: bool, dialect: str | None) -> bool:
    """True when asked to proofread or given a dialect; a bad dialect or no checker fails now."""
    if not proofread and dialect is None:
        return False
    return proofreader.proofreading(proofread, dialect)[
        0
    ]  # before any rule runs, not at the first letter


def _check(
    letter: ParsedLetter,
    text: str,
    facts: Facts,
    person: Person,
    proofread: bool,
    dialect: str | None,
    phrases: PromptPhrases = frozenset(),
) -> Report:
    ctx = Context(facts, person, phrases)
    found: list[Violation] = []
    for rule in CHECKS:
        found += rule(letter, ctx)
    if proofread:
        # A word another rule already reports (a misspelled name, an invented one) once only.
        # (Words of the notes, digits and all, are the proofreader's own business.)
        quoted = {v.quote for v in found if v.quote}
        found += [v for v in _proofread(text, facts.notes, dialect) if v.quote not in quoted]
    counted = spec_for(facts.notes).length_unit == "characters"
    return Report(
        to=person.interviewer.name,
        words=letter.words,
        violations=tuple(found),
        characters=letter.characters if counted else None,
    )


def _proofread(text: str, notes: Notes, dialect: str | None) -> list[Violation]:
    """The proofreader's findings; InputError with the install hint when it is not installed."""
    return proofreader.proofread_findings(text, notes, dialect=dialect)
