"""Revise a letter: change it as the user asks, then check it again like a composed letter.

With a model, the letter, the instruction and the notes go to the model (prompts/revise.md) and
the answer goes through compose's draft-check-re-ask loop. The rules still hold: a revision that
states a detail of the instruction that no note supports ("we met in Paris" when Paris is in no
note) is not re-asked until the model gives up on it; it ends at once with `NotInNotesError`,
which says which notes field to add the fact to.

Offline there is no model to rewrite text, so the instructions the offline composer can honour
are carried out with its own knobs and the letter is written again: the notes' `tone` (more
formal, warmer, concise), the interviewer's `rapport` (dropped) and the order of their topics
and personal notes (a "mention" put first), and the writer's word ceiling and floor and room
for one more point (`Adjustment`: shorter, longer, a highlight to mention). Anything else raises
`NeedsModelError` (exit 2).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from composer import regexes as re
from composer.attempts import Letter, Progress, Run, letter_for
from composer.backends.base import Backend, BackendBase, ModelSettings
from composer.channels import ChannelSpec, channel_spec
from composer.compose import prepare, prompt_texts
from composer.drafting import Adjustment, Draft, DraftRequest, Revision
from composer.english import WORD_RE
from composer.errors import InputError, NeedsModelError, NotInNotesError
from composer.instructions import (
    Item,
    find_item,
    items,
    mentions,
    notes_field,
    offline_change,
    share,
)
from composer.models import Interviewer, Notes, require_notes
from composer.prompting import Prompts
from composer.rules import check_letter, resolve_addressee
from composer.rules.text import parse
from composer.rules.wording import split_subject

__all__ = ["NeedsModelError", "NotInNotesError", "recheck", "revise"]

# The line compose puts above a letter that still breaks a rule: a note to the user, not the letter.
_BANNER = re.compile(r"\A\s*!! NOT READY TO SEND:[^\n]*\n+")
# An instruction that asks for something to be said, rather than for a manner of saying it.
_ASKS_TO_SAY = re.compile(
    r"\s*(?:please\s+)?(?:also\s+)?(?:say|mention|add|include|tell|state|write|note)\b", re.I
)
# "Shorter" asks for about a fifth fewer words.
_SHARE = 5


class _Reviser(BackendBase):
    """Asks `inner` for the letter revised; with a model, stops at a fact no note holds."""

    def __init__(
        self, inner: Backend, revision: Revision, notes: Notes, person: Interviewer
    ) -> None:
        self.inner = inner
        self.name = inner.name
        self.deterministic = inner.deterministic
        self.revision = revision
        self.notes = notes
        self.person = person

    def use_prompts(self, prompts: Prompts) -> None:
        self.inner.use_prompts(prompts)

    def draft(self, request: DraftRequest) -> Draft:
        draft = self.inner.draft(replace(request, revision=self.revision))
        if not self.deterministic:
            instruction = self.revision.instruction
            terms = _unsupported_asked(draft.text, self.notes, self.person, instruction)
            if terms:
                field = notes_field(instruction, self.notes, self.person)
                raise NotInNotesError(terms, field, draft=draft.text)
        return draft


def _unsupported_asked(text: str, notes: Notes, person: Interviewer, instruction: str) -> list[str]:
    """The `grounding` errors of a draft that quote words of the instruction."""
    asked = {w.casefold() for w in WORD_RE.findall(instruction)}
    report = check_letter(text, notes, to=person.name)
    return [
        v.quote
        for v in report.errors
        if v.rule == "grounding"
        and v.quote
        and {w.casefold() for w in WORD_RE.findall(v.quote)} & asked
    ]


def _article(noun: str) -> str:
    return f"an {noun}" if noun[:1] in "aeiou" else f"a {noun}"


def _front(items: list[str], first: str) -> list[str]:
    return [first, *(item for item in items if item != first)]


def _offline_inputs(
    notes: Notes, person: Interviewer, instruction: str, words: int
) -> tuple[Notes, Adjustment, Item | None]:
    """The notes and the writer's adjustment that carry out `instruction`, and the notes entry
    it asks to mention; `words` is the letter's length in its channel's unit."""
    try:
        change = offline_change(instruction)
    except NeedsModelError:
        # "Say we met in Paris": no model could say it either, when no note holds it.
        terms = _unsupported_asked(instruction, notes, person, instruction)
        if _ASKS_TO_SAY.match(instruction) and terms:
            raise NotInNotesError(terms, notes_field(instruction, notes, person)) from None
        raise
    spec = channel_spec(notes.channel)
    adjust = Adjustment()
    if spec.length_unit == "characters":
        adjust = _note_length(spec, change.shorter, change.longer, words)
    elif change.shorter:
        most = max(spec.min_words, words - words // _SHARE)
        if most >= words:
            raise NeedsModelError(
                f"this letter has {words} words, and {_article(spec.label)} should have at least "
                f"{spec.min_words}: the offline composer writes none shorter. A model can "
                "tighten the wording itself."
            )
        adjust = replace(adjust, most_words=most)
    if change.longer and spec.length_unit == "words":
        adjust = replace(adjust, more=True, least_words=words + 1)
    interviewer = person
    update: dict[str, object] = {}
    item: Item | None = None
    if change.mention is not None:
        item = find_item(change.mention, notes, person)
        if item is None:
            raise NotInNotesError([change.mention], notes_field(change.mention, notes, person))
        if item.field == "other":
            raise InputError(
                f'"{change.mention}" is in the notes for {item.owner}, not {person.name}: each '
                "letter speaks of what its reader discussed. If you talked about it with "
                f"{person.name} too, add it to their topics."
            )
        if item.field in ("topics", "rapport"):
            moved = _front(getattr(person, item.field), item.text)
            interviewer = interviewer.model_copy(update={item.field: moved})
            if item.field == "topics":
                adjust = replace(adjust, topic=item.text)
        elif item.field in ("qualifications", "highlights"):
            adjust = replace(adjust, lead=item.text)
    if change.drop_rapport:
        if item is not None and item.field == "rapport":
            raise InputError("the instruction asks both to mention and to drop a personal note.")
        interviewer = interviewer.model_copy(update={"rapport": []})
    if interviewer is not person:
        update["interviewers"] = [
            interviewer if p.name == person.name else p for p in notes.interviewers
        ]
    if change.tone is not None:
        update["tone"] = change.tone
    return notes.model_copy(update=update), adjust, item


def _note_length(spec: ChannelSpec, shorter: bool, longer: bool, chars: int) -> Adjustment:
    """The bounds in characters for a note made shorter (about a fifth) or longer (within the
    channel's limit, which holds either way)."""
    limit = spec.max_length
    if shorter:
        most = max(spec.min_length, chars - chars // _SHARE)
        if most >= chars:
            raise NeedsModelError(
                f"this note has {chars} characters, and {_article(spec.label)} should have at "
                f"least {spec.min_length}: the offline composer writes none shorter."
            )
        return Adjustment(most_chars=most)
    if longer:
        if chars >= limit:
            raise NeedsModelError(
                f"this note has {chars} characters, the most {_article(spec.label)} may have "
                f"({limit}); it cannot be longer. Allow more characters (max_chars, up to 300 on "
                "Premium) for a longer one."
            )
        return Adjustment(least_chars=chars + 1, most_chars=limit)
    return Adjustment()


def _gained(notes: Notes, revised: Letter, before: str) -> list[Item]:
    """The notes entries the revised letter says and the letter before it did not."""
    return [
        item
        for item in items(notes, revised.interviewer)
        if item.field != "other"
        and mentions(revised.text, item)
        and share(revised.text, item) > share(before, item)
    ]


# The words of the stock closing lines a short letter is padded with and a longer one drops
# ("Thanks so much again for the conversation.", "If you need anything more from me, ...").
_CLOSERS = 20


def _check_offline(
    notes: Notes,
    revised: Letter,
    before: str,
    instruction: str,
    adjust: Adjustment,
    item: Item | None,
) -> Letter:
    """The letter written again; NeedsModelError when it does not do what was asked."""
    words = parse(before).words
    if revised.report.characters is not None:
        return _check_note(revised, before, instruction, adjust, item)
    if item is not None and not mentions(revised.text, item):
        raise NeedsModelError(
            f'"{item.text}" is in the notes, but the offline composer found no place for it in '
            "this letter; a model can work it in."
        )
    if adjust.most_words is not None and revised.report.words >= words:
        raise NeedsModelError(
            f"the offline composer's letter to {revised.to} has {revised.report.words} words, "
            f"no fewer than this one ({words}); a model can shorten this letter itself."
        )
    # "longer" asks for more of the notes: a letter that says a point more has it, though the
    # stock closing lines the point made needless may go with it (about the same length)
    if adjust.more and (
        revised.report.words < words - _CLOSERS or not _gained(notes, revised, before)
    ):
        raise NeedsModelError(
            f"the letter to {revised.to} already says all that the offline composer takes from "
            f"these notes ({words} words). Add a topic, highlight or qualification to the notes, "
            "or use a model."
        )
    if revised.text == before:
        if item is not None:
            notice = f'The letter already mentions "{item.text}".'
            return replace(revised, notices=(*revised.notices, notice))
        raise NeedsModelError(f'"{instruction}": {_unchanged(revised, instruction)}')
    return revised


def _check_note(
    revised: Letter, before: str, instruction: str, adjust: Adjustment, item: Item | None
) -> Letter:
    """`_check_offline` for a note counted in characters."""
    chars, now = parse(before).characters, revised.report.characters or 0
    if item is not None and not mentions(revised.text, item):
        raise NeedsModelError(
            f'"{item.text}" is in the notes, but the offline composer found no room for it in '
            "this note; a model can work it in, or allow more characters (max_chars)."
        )
    if adjust.least_chars is None and adjust.most_chars is not None and now >= chars:
        raise NeedsModelError(
            f"the offline composer's shortest note to {revised.to} that still fits has {now} "
            f"characters, no fewer than this one ({chars}); a model can shorten it itself."
        )
    if adjust.least_chars is not None and now <= chars:
        raise NeedsModelError(
            f"the note to {revised.to} is already the longest the offline composer fits in "
            f"{adjust.most_chars} characters ({chars}); allow more characters (max_chars) or "
            "use a model."
        )
    if revised.text == before and item is None:
        raise NeedsModelError(f'"{instruction}": {_unchanged(revised, instruction)}')
    if revised.text == before and item is not None:
        notice = f'The note already mentions "{item.text}".'
        return replace(revised, notices=(*revised.notices, notice))
    return revised


def _unchanged(letter: Letter, instruction: str) -> str:
    """Why the offline composer wrote the same letter again, as the end of a message."""
    change = offline_change(instruction)
    if change.drop_rapport and not letter.interviewer.rapport:
        return f"the notes give no personal detail for {letter.to}, so there is no line to drop."
    if change.tone is not None:
        return (
            f"this letter is already the offline composer's {change.tone} one; a model can "
            "rewrite it further."
        )
    return "the offline composer writes this same letter again; a model can rewrite it."


def revise(
    letter_text: str,
    notes: Notes,
    instruction: str,
    *,
    to: str | None = None,
    backend: Backend | None = None,
    client: object = None,
    settings: ModelSettings | None = None,
    model: str | None = None,
    max_attempts: int = 3,
    prompt_dir: Path | None = None,
    proofread: bool = False,
    dialect: str | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> Letter:
    """The letter changed as `instruction` asks, checked by every rule (re-asked like compose).

    `to` names the addressee (default: the interviewer the greeting names); the other options
    are those of `compose` (offline unless a backend, client or model is given). Raises
    NotInNotesError when the instruction asks for a fact no note holds, NeedsModelError when the
    offline composer cannot do what is asked, InputError for bad input, BackendError when the
    model service fails.
    """
    require_notes(notes, "revise")
    instruction = " ".join(instruction.split())
    letter_text = _BANNER.sub("", letter_text, count=1).strip()
    if not instruction:
        raise InputError('the instruction is empty; say what to change, e.g. "shorter".')
    if not letter_text:
        raise InputError("the letter is empty.")
    person = notes.interviewer(resolve_addressee(letter_text, notes, to))
    chosen, proofread, dialect = prepare(
        backend,
        client=client,
        settings=settings,
        model=model,
        max_attempts=max_attempts,
        prompt_dir=prompt_dir,
        proofread=proofread,
        dialect=dialect,
        progress=progress,
    )
    texts = prompt_texts(chosen, prompt_dir)  # a letter must not repeat them (`leak`)

    def write(reviser: _Reviser) -> Letter:
        run = Run(reviser.notes, reviser, max_attempts, proofread, dialect, progress, today, texts)
        return letter_for(run, reviser.person, f"Revising the letter to {person.name}", None)

    if not chosen.deterministic:
        return write(_Reviser(chosen, Revision(letter_text, instruction), notes, person))
    before = check_letter(letter_text, notes, to=person.name)
    size = before.words if before.characters is None else before.characters
    changed, adjust, item = _offline_inputs(notes, person, instruction, size)
    revision = Revision(letter_text, instruction, adjust)
    revised = write(_Reviser(chosen, revision, changed, changed.interviewer(person.name)))
    revised = replace(revised, interviewer=person)  # the reader as the user's notes have them
    return _check_offline(notes, revised, letter_text, instruction, adjust, item)


def recheck(
    letter: Letter,
    text: str,
    notes: Notes,
    *,
    proofread: bool = False,
    dialect: str | None = None,
) -> Letter:
    """`letter` with `text` (the user's own edit) in its place, checked again by every rule."""
    text = text.strip()
    if not text:
        raise InputError("the edited letter is empty.")
    subject, body = split_subject(text)
    report = check_letter(
        text,
        notes,
        to=None if letter.coordinator else letter.to,
        proofread=proofread,
        dialect=dialect,
        coordinator=letter.coordinator,
    )
    return replace(letter, text=text, subject=subject, body=body, report=report)
