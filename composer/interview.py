"""The questions `thankyou interview` asks, and how each answer is read and checked.

Everything here talks to the person through two callables, `ask(prompt, default) -> str` and
`tell(message)`, so the flow runs the same in a terminal, from piped input and in tests. `ask`
returns the default when the answer is left empty and raises EOFError or KeyboardInterrupt when
the person stops; the answers accepted so far stay in `InterviewSession.draft`, in the shape of a
notes file, so the caller can save them.
"""

from __future__ import annotations

import copy
import datetime as dt
import itertools
from collections.abc import Iterator
from typing import Any

from pydantic import ValidationError

from composer import dates
from composer import regexes as re
from composer.coordinator import LARGE_PANEL
from composer.errors import UNSAFE_CHARACTERS
from composer.models import Notes
from composer.notes_file import describe_validation_error
from composer.questions import (
    ABOUT_COORDINATOR,
    ABOUT_INTERVIEWER,
    ABOUT_THE_REST,
    ABOUT_YOU,
    ALIASES,
    CLEAR,
    Ask,
    Invalid,
    KeyPath,
    Question,
    Tell,
    as_items,
    default_text,
    field_adapter,
    list_item,
    parse_answer,
    parse_yes_no,
    show,
)


class InterviewSession:
    """Asks the questions in order and keeps the answers; `run()` returns the checked notes."""

    def __init__(
        self,
        ask: Ask,
        tell: Tell,
        *,
        prefill: dict[str, Any] | None = None,
        today: dt.date | None = None,
    ) -> None:
        self.ask = ask
        self.tell = tell
        self.today = today or dates.local_today()
        self.draft: dict[str, Any] = copy.deepcopy(prefill) if prefill else {}
        self.answered = 0

    # -- reading and writing the draft -------------------------------------------------------

    def get(self, path: KeyPath) -> Any:
        """The answer stored at `path`, or None."""
        node: Any = self.draft
        for part in path:
            if isinstance(part, int):
                if not isinstance(node, list) or part >= len(node):
                    return None
                node = node[part]
            else:
                if not isinstance(node, dict):
                    return None
                node = node.get(part)
        return node

    def set(self, path: KeyPath, value: Any) -> None:
        """Store `value` at `path`, creating the objects and list slots on the way."""
        node: Any = self.draft
        for part, following in itertools.pairwise(path):
            empty: Any = [] if isinstance(following, int) else {}
            if isinstance(part, int):
                while len(node) <= part:
                    node.append({})
                if not isinstance(node[part], (dict, list)):
                    node[part] = empty
                node = node[part]
            else:
                if not isinstance(node.get(part), (dict, list)):
                    node[part] = empty
                node = node[part]
        last = path[-1]
        if isinstance(last, int):
            while len(node) <= last:
                node.append({})
        node[last] = value

    def interviewer_count(self) -> int:
        """How many interviewers the draft holds."""
        people = self.draft.get("interviewers")
        return len(people) if isinstance(people, list) else 0

    # -- asking ------------------------------------------------------------------------------

    def ask_one(self, question: Question, index: int | None = None) -> None:
        """Ask `question` until the answer is usable, then store it."""
        if question.kind == "list":
            self.ask_list(question, index)
            return
        path = question.path(index)
        current = self.get(path)
        default = default_text(current)
        if default is None:
            default = question.default
        if question.kind == "date" and default is None:
            default = (self.today - dt.timedelta(days=1)).isoformat()
        while True:
            answer = self.ask(question.prompt, default)
            try:
                value = parse_answer(question, answer, self.today)
            except Invalid as exc:
                self.tell(f"  {str(exc).rstrip('.')}.")
                continue
            self.set(path, value)
            self.answered += 1
            return

    def ask_list(self, question: Question, index: int | None = None) -> None:
        """Ask for a list, one item per line; Enter on the first line keeps the current items."""
        path = question.path(index)
        current = as_items(self.get(path))
        self.tell(question.prompt)
        if current:
            self.tell("  Now: " + "; ".join(current))
            self.tell(
                f"  Press Enter to keep these, type {CLEAR} to empty the list, or type new ones."
            )
        items: list[str] = []
        while True:
            line = self.ask("  > ", None)
            item = list_item(line)
            if not items and current:
                if item == "":
                    self.set(path, current)
                    break
                if line.strip() == CLEAR:
                    self.set(path, [])
                    break
            if item == "" or (not items and line.strip() == CLEAR):
                break
            bad = UNSAFE_CHARACTERS.search(item)
            if bad is not None:  # an escape code or a bidi override: never stored, never echoed
                self.tell(
                    f"  That line holds an invisible control character (U+{ord(bad.group()):04X}); "
                    "type it again."
                )
                continue
            items.append(item)
            self.set(path, list(items))  # kept as typed, should the person stop mid-list
        if not current or items:
            self.set(path, field_adapter(question.model, question.field).validate_python(items))
        self.answered += 1

    def ask_yes_no(self, prompt: str, default: bool) -> bool:
        """A yes/no question that is not stored in the notes."""
        while True:
            answer = self.ask(prompt, "yes" if default else "no")
            try:
                return parse_yes_no(answer)
            except Invalid as exc:
                self.tell(f"  {str(exc).rstrip('.')}.")

    def ask_interviewer(self, index: int) -> None:
        """All the questions about one interviewer."""
        self.tell(f"\nInterviewer {index + 1} (each one gets a letter of their own)")
        if self.interviewer_count() <= index:
            self.set(("interviewers", index), {})
        for question in ABOUT_INTERVIEWER:
            self.ask_one(question, index)

    def ask_coordinator(self) -> None:
        """Who arranged a large panel (optional): an empty name (or the clear mark) skips it."""
        self.tell(
            f"\nThe panel had {self.interviewer_count()} people: one letter to the person who "
            "arranged it, naming everyone, is the custom (the panellists get theirs as well)."
        )
        question = ABOUT_COORDINATOR[0]
        while True:
            answer = self.ask(question.prompt, default_text(self.get(question.path())))
            if answer.strip() in ("", CLEAR):
                self.draft.pop("coordinator", None)
                return
            try:
                value = parse_answer(question, answer, self.today)
            except Invalid as exc:
                self.tell(f"  {str(exc).rstrip('.')}.")
                continue
            self.set(question.path(), value)
            self.answered += 1
            break
        for question in ABOUT_COORDINATOR[1:]:
            self.ask_one(question)

    def ask_recall(self) -> None:
        """Qualifications and highlights: at least one of the two is needed."""
        while True:
            for question in ABOUT_THE_REST[:2]:
                self.ask_one(question)
            if self.get(("qualifications",)) or self.get(("highlights",)):
                return
            self.tell(
                "  The letter needs something to remind them of: add at least one qualification "
                "or highlight."
            )

    def run(self) -> Notes:
        """Ask everything, show the summary until the person goes on; return the notes."""
        self.tell(
            "A few questions about the interview. Press Enter to keep the answer in [brackets], "
            f"type {CLEAR} to clear it; Ctrl-C stops and saves what you have typed."
        )
        self.tell("\nAbout you and the interview")
        for question in ABOUT_YOU:
            self.ask_one(question)
        planned = max(self.interviewer_count(), 1)
        index = 0
        while True:
            self.ask_interviewer(index)
            more = self.ask_yes_no("Add another interviewer?", default=index + 1 < planned)
            if not more:
                break
            index += 1
        del self.draft["interviewers"][index + 1 :]
        if self.interviewer_count() > LARGE_PANEL:
            self.ask_coordinator()
        self.tell("\nWhat the letters should say")
        self.ask_recall()
        for question in ABOUT_THE_REST[2:]:
            self.ask_one(question)
        return self.review()

    # -- the summary ---------------------------------------------------------------------------

    def fields(self) -> Iterator[tuple[str, Question, int | None]]:
        """Every answer in summary order: (label, question, interviewer index)."""
        for question in ABOUT_YOU:
            yield question.label, question, None
        for index in range(self.interviewer_count()):
            for question in ABOUT_INTERVIEWER:
                yield question.label_for(index), question, index
        for question in ABOUT_THE_REST:
            yield question.label, question, None
        if isinstance(self.get(("coordinator",)), dict):
            for question in ABOUT_COORDINATOR:
                yield question.label, question, None

    def summary(self) -> str:
        """The answers, numbered, one per line."""
        lines = ["\nHere is what you told me:", "  About you and the interview"]
        for number, (label, question, index) in enumerate(self.fields(), start=1):
            if question.key == "name" and index is not None:
                lines.append(f"  Interviewer {index + 1}")
            elif question.key == "qualifications":
                lines.append("  What the letters should say")
            elif question.key == "coordinator.name":
                lines.append("  The coordinator, who gets one letter for the whole panel")
            shown = question.label if index is not None else label
            lines.append(f"  {number:>4}. {shown}: {show(self.get(question.path(index)))}")
        return "\n".join(lines)

    def find(self, choice: str) -> tuple[Question, int | None] | None:
        """The field named by number, label or the start of a label."""
        fields = list(self.fields())
        wanted = " ".join(choice.casefold().replace("_", " ").split())
        if re.fullmatch(r"[0-9]+", wanted):
            number = int(wanted)
            if 1 <= number <= len(fields):
                _, question, index = fields[number - 1]
                return question, index
            return None
        wanted = ALIASES.get(wanted, wanted)
        exact = [(q, i) for label, q, i in fields if label == wanted]
        if exact:
            return exact[0]
        if self.interviewer_count() == 1:
            alone = [(q, i) for label, q, i in fields if label == f"interviewer 1 {wanted}"]
            if alone:
                return alone[0]
        starts = [(q, i) for label, q, i in fields if label.startswith(wanted)]
        return starts[0] if len(starts) == 1 else None

    def review(self) -> Notes:
        """Show the summary and fix fields until the person goes on with valid notes."""
        while True:
            self.tell(self.summary())
            self.tell(
                "Press Enter to go on, or type a number or a name to change it (like 5, "
                '"company" or "interviewer 1 email"), "add" for another interviewer, or '
                '"remove N" to drop interviewer N.'
            )
            choice = self.ask("Change", "").strip()
            if not choice:
                notes = self.check()
                if notes is not None:
                    return notes
                continue
            if choice.casefold() in {"add", "add interviewer"}:
                self.ask_interviewer(self.interviewer_count())
                continue
            if choice.casefold() in {"coordinator", "add coordinator"}:
                self.ask_coordinator()
                continue
            removal = re.fullmatch(
                r"(?:remove|drop|delete)\s+(?:interviewer\s+)?(\d+)", choice, re.I
            )
            if removal:
                self.remove_interviewer(int(removal.group(1)))
                continue
            found = self.find(choice)
            if found is None:
                self.tell(f"  {choice!r} is not in the list; type its number.")
                continue
            question, index = found
            if question.key in {"qualifications", "highlights"}:
                self.ask_recall()
            elif question.key == "coordinator.name":
                self.ask_coordinator()  # an empty name drops the coordinator
            else:
                self.ask_one(question, index)

    def remove_interviewer(self, number: int) -> None:
        """Drop interviewer `number` (1-based); the last one stays."""
        count = self.interviewer_count()
        if not 1 <= number <= count:
            self.tell(f"  There is no interviewer {number}; there are {count}.")
        elif count == 1:
            self.tell("  The letters need at least one interviewer; change this one instead.")
        else:
            removed = self.draft["interviewers"].pop(number - 1)
            name = removed.get("name") if isinstance(removed, dict) else None
            self.tell(f"  Removed interviewer {number}{f' ({name})' if name else ''}.")

    def check(self) -> Notes | None:
        """The draft as validated notes, or None after telling what is wrong."""
        try:
            return Notes.model_validate(self.draft)
        except ValidationError as exc:
            self.tell(describe_validation_error(exc, "the answers").split("\nRun `thankyou", 1)[0])
            self.tell("Change those fields, then press Enter.")
            return None
