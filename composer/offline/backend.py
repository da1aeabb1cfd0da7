"""The offline backend: writes each letter with the pipeline in this package, no network."""

from __future__ import annotations

import datetime as dt
import functools
import os

from composer.backends.base import BackendBase, Draft, DraftRequest
from composer.channels import spec_for
from composer.drafting import Adjustment
from composer.errors import OfflineWriterError
from composer.models import Interviewer, Notes
from composer.offline.coordinator import CoordinatorWriter
from composer.offline.figurefix import figures_corrected
from composer.offline.linkedin import NoteWriter
from composer.offline.marks import marked_notices_first
from composer.offline.screen import instruction_notices
from composer.offline.secondnotes import normalised
from composer.offline.topicbetter import MOVED
from composer.offline.usable import point_notices, topic_notices
from composer.offline.writer import Writer, Written
from composer.rules import check_letter
from composer.rules.facts import facts_for
from composer.rules.report import Report
from composer.rules.text import ParsedLetter, parse
from composer.rules.unique import repeats

# Other wordings tried when a draft breaks an error rule: a frame word that the grounding rule
# reads as another panellist's personal detail, or a letter too like an earlier one of a panel.
RETRIES = 8


# What a fault of the writer's own raises (an index past a list's end, a key no table holds).
_OWN_FAULTS = (IndexError, KeyError, ValueError, AttributeError, TypeError, ZeroDivisionError)


def _index_of(notes: Notes, person: Interviewer) -> int:
    for index, candidate in enumerate(notes.interviewers):
        if candidate is person:
            return index
    for index, candidate in enumerate(notes.interviewers):
        if candidate.name == person.name:
            return index
    return 0


class OfflineBackend(BackendBase):
    """Writes letters from the notes alone, deterministically; no network, no model."""

    name = "offline"
    deterministic = True  # the same request always gets the same draft: no point re-asking

    def __init__(self, answered: frozenset[str] = frozenset()) -> None:
        # The notes' lines the candidate typed as answers at `compose --ask`: each wins a place
        # in a letter (`select`). Set again for each round of answers (`answering`).
        self.answered = answered
        # The letters written for the last notes seen, by interviewer: a panel's later letters
        # are checked against its earlier ones without writing those again.
        self._notes: Notes | None = None
        self._written: dict[tuple[int, dt.date | None], Written] = {}
        self._order: dict[dt.date | None, list[int]] = {}  # in which order a panel is settled
        self._checked: dict[tuple[str, str], Report] = {}  # (reader, text): the rules' report
        # The LinkedIn notes' writers that measured each reader's room: they write the first
        # try of the note too, their plans already made.
        self._notes_by: dict[tuple[int, dt.date | None], NoteWriter] = {}
        # Each letter settled is read again beside every later letter of the panel: once here.
        self._parsed: dict[str, ParsedLetter] = {}
        # The notes' own notices (lines left out or flagged), which every letter of them carries.
        self._notes_notices: tuple[Notes | None, tuple[str, ...]] = (None, ())
        # The notes as typed and as mended (`secondlanguage`), for the last notes seen.
        self._typed: tuple[Notes | None, Notes | None] = (None, None)
        self._checked_notes: tuple[Notes | None, Notes | None] = (None, None)

    def answering(self, answered: frozenset[str]) -> None:
        """Write the next letters with these lines as answered (the last letters are forgotten)."""
        if answered != self.answered:
            self.answered, self._notes = answered, None

    def draft(self, request: DraftRequest) -> Draft:
        """Write the letter for `request`; the same request always gives the same text. A fault
        of the writer's own on these notes is an `OfflineWriterError` (one line for the user,
        never a traceback; THANKYOU_DEBUG=1 lets it through)."""
        try:
            return self._draft(request)
        except _OWN_FAULTS as exc:
            if os.environ.get("THANKYOU_DEBUG"):
                raise
            raise OfflineWriterError(
                f"the offline writer failed on the letter to {request.interviewer.name} "
                f"({type(exc).__name__}). This is a fault in thankyou, not in your notes: please "
                "report it with the notes file. Rewording the line you typed last may get round "
                "it; THANKYOU_DEBUG=1 shows the details."
            ) from exc

    def _draft(self, request: DraftRequest) -> Draft:
        # Lines typed in a second language are mended before any reader sees them (their
        # notices quote them as mended, as the letters read them).
        typed = request.notes
        if self._typed[0] is not typed:
            self._typed = (typed, normalised(figures_corrected(typed)))  # "200" said, "312" so
        notes = self._typed[1] or typed
        if request.coordinator:
            letter = CoordinatorWriter(notes, today=request.today).write()
            return Draft(text=letter.text, calls=0, notices=self._notices(notes, letter.notices))
        if self._notes is not notes:  # another interview: forget the last one's letters
            self._notes, self._written, self._order, self._checked = notes, {}, {}, {}
            self._notes_by, self._parsed = {}, {}
        index = _index_of(notes, request.interviewer)
        if request.revision is not None:
            # A rewrite on request: this one letter, with the writer's knobs changed.
            adjust = request.revision.adjust
            earlier = self._earlier(notes, index, request.today)
            written = self._best(notes, index, request.today, earlier, adjust)
        else:
            written = self._write(notes, index, request.today)
        notices = self._notices(notes, written.notices)
        checked = self._checked.get((request.interviewer.name, written.text))
        return Draft(
            text=written.text,
            calls=0,
            notices=notices,
            explained=written.explained,
            checked=checked,
            unsure=written.unsure,
        )

    def _write(self, notes: Notes, index: int, today: dt.date | None) -> Written:
        key = (index, today)
        if key not in self._written:
            earlier = self._earlier(notes, index, today)
            self._written[key] = self._best(notes, index, today, earlier)
        return self._written[key]

    def _earlier(self, notes: Notes, index: int, today: dt.date | None) -> list[tuple[str, str]]:
        """(reader, text) of the panel's letters settled before the letter to `index`."""
        if today not in self._order:
            self._order[today] = self._writing_order(notes, today)
        order = self._order[today]
        return [
            (notes.interviewers[i].name, self._write(notes, i, today).text)
            for i in order[: order.index(index)]
        ]

    def _best(
        self,
        notes: Notes,
        index: int,
        today: dt.date | None,
        earlier: list[tuple[str, str]],
        adjust: Adjustment | None = None,
    ) -> Written:
        """The first wording that breaks no error rule, alone and beside the earlier letters."""
        first = None
        texts = [text for _, text in earlier]
        parsed = [(name, self._parse(text)) for name, text in earlier]
        # every wording of this letter: the same notes, reader, day and earlier letters
        writer = functools.partial(
            Writer, notes, index, today=today, adjust=adjust, earlier=texts, answered=self.answered
        )
        short = []  # wordings that break the length rule alone (and repeat no earlier letter)
        for salt in range(RETRIES + 1):
            if spec_for(notes).short_note:
                written = self._note_writer(notes, index, today, salt, texts, adjust).write()
            else:
                written = writer(salt=salt).write()
            first = first or written
            report = self._check(written.text, notes, index)
            if self._passes(report, written.text, notes, index, parsed):
                return written
            if _too_short(report, notes) and (
                not parsed or _unlike(self._parse(written.text), notes, index, parsed)
            ):
                short.append(written)
        assert first is not None
        if spec_for(notes).short_note:
            return first
        if short and short[0] is first:
            # The first wording is clean but too short, and none passes: the one that says the
            # most (the first of the longest), not the first, which may have lost a sentence
            # another wording kept (its other rounds leave out quoted sentences: no quote here).
            return max(short, key=lambda w: len(w.text.split()))
        # Every wording broke a rule: the note sentences holding what the rules quoted are left
        # out, one round at a time, until the letter passes (or nothing more can go).
        flagged: list[tuple[str, str]] = []
        report = self._checked[(notes.interviewers[index].name, first.text)]
        for _ in range(4):
            found = [(v.rule, v.quote) for v in report.errors if v.quote]
            new = [pair for pair in found if pair not in flagged]
            if not new:
                break
            flagged.extend((rule, quote) for rule, quote in new)
            written = writer(flagged=flagged).write()
            report = self._check(written.text, notes, index)
            if self._passes(report, written.text, notes, index, parsed):
                return written
        return first

    def _notices(self, notes: Notes, written: tuple[str, ...]) -> tuple[str, ...]:
        """The draft's notices: the notes' lines left out or flagged (worked out once for the
        notes), then the letter's own (a follow-up the writer could not say is already its
        `LeftOut` record's notice)."""
        if self._notes_notices[0] is not notes:
            found = (*instruction_notices(notes), *point_notices(notes), *topic_notices(notes))
            self._notes_notices = (notes, found)
        return marked_notices_first((*self._notes_notices[1], *written), notes)

    def _check(self, text: str, notes: Notes, index: int) -> Report:
        """The rules' report on `text` to interviewer `index`, kept for the draft to carry."""
        person = notes.interviewers[index].name
        report = check_letter(text, self._with_moved(notes), to=person)
        self._checked[(person, text)] = report
        return report

    def _with_moved(self, notes: Notes) -> Notes:
        """`notes` with each topic said in the follow-up instead (`topicbetter.MOVED`) as it was
        typed, for the rules: "said 3 yrs internship, was 2" is a point of the conversation that
        the note recalls by its correction (round 58, h1530)."""
        typed = self._typed[0]
        if typed is None or self._typed[1] is not notes or typed is notes:
            return notes
        if self._checked_notes[0] is not notes:
            panel = [
                person.model_copy(
                    update={
                        "topics": [
                            old if new == MOVED else new
                            for new, old in zip(person.topics, was.topics, strict=False)
                        ]
                    }
                )
                if MOVED in person.topics and len(person.topics) == len(was.topics)
                else person
                for person, was in zip(notes.interviewers, typed.interviewers, strict=True)
            ]
            self._checked_notes = (notes, notes.model_copy(update={"interviewers": panel}))
        return self._checked_notes[1] or notes

    def _passes(
        self,
        report: Report,
        text: str,
        notes: Notes,
        index: int,
        earlier: list[tuple[str, ParsedLetter]],
    ) -> bool:
        """True when `text` breaks no error rule (its `report`) and repeats none of the
        `earlier` (reader, letter) of the panel."""
        if report.errors:
            return False
        return not earlier or _unlike(self._parse(text), notes, index, earlier)

    def _parse(self, text: str) -> ParsedLetter:
        if text not in self._parsed:
            self._parsed[text] = parse(text)
        return self._parsed[text]

    def _note_writer(
        self,
        notes: Notes,
        index: int,
        today: dt.date | None,
        salt: int,
        earlier: list[str],
        adjust: Adjustment | None,
    ) -> NoteWriter:
        """The LinkedIn note's writer: the one that measured its room, for a first try."""
        if salt == 0 and adjust is None and (index, today) in self._notes_by:
            return self._notes_by.pop((index, today)).beside(earlier)
        return NoteWriter(notes, index, today=today, salt=salt, earlier=earlier, adjust=adjust)

    def _writing_order(self, notes: Notes, today: dt.date | None) -> list[int]:
        """The order in which a panel's letters are settled, each avoiding those before it.

        Letters go in the panel's order. Short notes go fewest-choices first: a reader whose
        long name leaves room for one wording only gets it, and the others, with room to vary,
        avoid it.
        """
        panel = range(len(notes.interviewers))
        if not spec_for(notes).short_note:
            return list(panel)
        for i in panel:
            self._notes_by[(i, today)] = NoteWriter(notes, i, today=today)
        room = [self._notes_by[(i, today)].room() for i in panel]
        return sorted(panel, key=lambda i: (room[i], i))


def _too_short(report: Report, notes: Notes) -> bool:
    """True when the only error rule `report` finds broken is [length], the letter being short."""
    spec, errors = spec_for(notes), report.errors
    short = spec.length_unit == "words" and report.words < spec.min_words
    return bool(errors) and short and all(v.rule == "length" for v in errors)


def _unlike(
    letter: ParsedLetter, notes: Notes, index: int, earlier: list[tuple[str, ParsedLetter]]
) -> bool:
    """True when `letter` (which breaks no error rule on its own) repeats none of the `earlier`
    (reader, letter) of the panel.

    The other rules were run on the earlier letters when they were settled: beside them, only
    the `unique` rule is new.
    """
    return not repeats(notes.interviewers[index].name, letter, earlier, facts_for(notes))
