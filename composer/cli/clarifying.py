"""After `thankyou compose` has written the letters: the notes lines the offline writer could not
read are asked for again at the terminal, and so are the empty notes fields that would give a
short letter substance (a result, what the candidate would bring, something personal, the next
steps); the letters are written again with the answers.

The notes file itself is never changed: the answers go, as they are typed, into a new notes file
beside it (`save_new`: "h57.json" -> "h57-2.json"), so Ctrl-C or a failure while writing again
loses none of them. At the end the person keeps that file, or it is removed.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

from composer.cli.app import say, show_error
from composer.cli.asked import rank, unread, unsure, wanted
from composer.cli.asking import interactive, isatty, quoted, terminal_ask
from composer.cli.askwords import (
    again_hint,
    capitalised,
    example,
    instruction,
    kept_why,
    left_out_lines,
    offer,
    short_letters,
    title,
    unsure_sentences,
)
from composer.cli.options import ComposeOptions
from composer.cli.printedasks import ask_printed, least_sure
from composer.cli.rounds import FIRST_DRAFT, MORE_DRAFT, SURE_DRAFT, Round
from composer.compose import Letter
from composer.drafting import Unsure
from composer.errors import ComposerError, InputError
from composer.files import FileExists, write_text_atomic
from composer.models import Notes
from composer.notes_file import default_notes_path, notes_json, save_new
from composer.offline.leftout import LeftOut, leave_out, rewritten

__all__ = ["Again", "check_ask", "clarify", "said_in", "unread", "unsure", "wanted"]

INTERRUPTED = 130  # 128 + SIGINT
Again = Callable[[Notes], Round]
"""Write the letters again from these notes: a round, shown when `Clarifying` says how."""

ASK = "Your words (Enter keeps it out): "
ADD = "Your words (Enter skips it): "
KEEP = "Your words (Enter keeps it as it is): "


def check_ask(options: ComposeOptions) -> None:
    """Refuse --ask where answers cannot be read or the letters cannot be given twice."""
    if not options.ask:
        return
    if options.notes_path is None:
        raise InputError("--ask reads your answers on stdin: pass the notes as a file, not -.")
    if options.review:
        raise InputError("--ask and --review do not go together: drop one.")
    if options.format == "json" and options.out is None:
        raise InputError("--ask prints the letters twice, which --format json cannot: add --out.")


def asks(options: ComposeOptions) -> bool:
    """Whether to ask: --ask/--no-ask, else only with someone at the terminal (stdin and stdout
    both terminals), never for JSON, --review or --show-prompt."""
    if options.ask is not None:
        return options.ask
    return (
        options.notes_path is not None
        and options.format != "json"
        and not options.review
        and not options.show_prompt
        and interactive(sys.stdin)
    )


def clarify(first: Round, notes: Notes, options: ComposeOptions, again: Again) -> int:
    """Show the `first` round of letters, ask for the lines they left out and write the letters
    again; return the exit code (that of the last letters written; 130 after Ctrl-C, 2 when
    piped answers end early). A round questions follow is a draft (`rounds`): the last round
    is printed on stdout however the session ends."""
    letters = first.letters
    records = unread(letters, notes)
    doubts = unsure(letters, notes, records)
    short, empty = wanted(letters, notes)
    asking = bool(records or doubts or empty)
    printed = asks(options) and bool(least_sure(letters, [r.field for r in [*records, *doubts]]))
    code = first.show(FIRST_DRAFT if (asking or printed) and asks(options) else "")
    if not asking and not printed:
        return code
    if not asks(options):
        where = quoted(options.notes_path) if options.notes_path else "NOTES"
        if records:
            them = "it" if len(records) == 1 else "them"
            say(
                f"{left_out_lines(len(records))} (see the notes above); `thankyou compose "
                f"{where}` on a terminal asks you to reword {them}."
            )
        for record in doubts:
            say(f'This sentence may still read as your notes: "{record.said}"')
        if doubts:
            say(
                f"{unsure_sentences(len(doubts))}; `thankyou compose {where}` on a terminal "
                "asks about them."
            )
        if empty:
            say(
                f"{short_letters(short, capital=True)}; `thankyou compose {where}` on a "
                "terminal asks you for what your notes leave out."
            )
        return code
    session = Clarifying(notes, options.notes_path, again, first)
    try:
        if not asking:
            return session.printed(code)
        return session.run([*doubts, *records], (short, empty), code)
    except KeyboardInterrupt:
        session.stopped("Stopped")
        return INTERRUPTED
    except EOFError:
        session.stopped("The input ended")
        return 2
    except InputError as exc:  # an answer that fits no question, or answers with nowhere to go
        failed = show_error(exc)
        session.stopped("Stopped")
        return failed
    except ComposerError as exc:
        failed = show_error(exc)
        session.stopped("Writing the letters again failed")
        return failed
    finally:
        session.last.publish()  # the last round written, on stdout: never left with a draft


# Said before the letters are written again with the answers: on a terminal both versions show,
# and the one to copy is the last.
REWRITTEN = "\nThe letters again, with your answers (they replace the ones above):"


class Clarifying:
    """One round of questions: the answers so far, and the file that keeps them."""

    def __init__(self, notes: Notes, path: Path | None, again: Again, first: Round) -> None:
        self.original = path
        self.notes = notes
        self.again = again
        self.last = first  # the last round of letters written
        self.typed: dict[str, str] = {}  # field -> the last answer typed for it
        self.kept: Path | None = None  # the new notes file with the answers
        self.shown: set[str] = set()  # the examples shown so far

    def run(
        self, records: list[LeftOut], wanting: tuple[list[str], list[LeftOut]], code: int
    ) -> int:
        """Ask, write again, offer once more what is still unread, then keep the file or not."""
        short, empty = wanting
        say("")
        doubts = sum(1 for record in records if record.said)
        question = offer(len(records) - doubts, doubts, short if empty else [])
        if not _yes(f"{question} [Y/n] "):
            return code
        say("Your answers go into a new notes file as you type; your notes file stays as it is.")
        asked = sorted([*records, *empty], key=rank)
        ended = False
        try:
            for number, record in enumerate(asked, 1):
                self.ask(record, f"{number} of {len(asked)}")
        except EOFError:  # piped answers ran out: the lines not answered stay out
            ended = True
            say("\nThe input ended: the lines not answered stay out of the letters.")
        if not self.typed:
            say("Nothing rewritten: the letters above stand.")
            if ended:
                raise EOFError
            return self.printed(code)
        say(REWRITTEN)
        self.last = self.again(self.notes)
        letters = self.last.letters
        still = [r for r in unread(letters, self.notes) if self._answered(r)]
        code = self.last.show("" if ended else self._draft(letters, bool(still)))
        if still and not ended:
            try:
                for record in still:
                    named = title(record, self.notes)
                    say(f"\nI still cannot use your words for {named[:1].lower()}{named[1:]}:")
                    say(f'   "{self._words(record)}"')
                    say(f"   {again_hint(record, self._words(record))} {example(record)}")
                    self.answer(record, terminal_ask("Once more (Enter keeps it out): ", None))
            except EOFError:
                ended = True
                say("\nThe input ended: the lines not answered again stay as you typed them.")
            if any(self.typed[r.field] != r.text for r in still):
                say(REWRITTEN)
                self.last = self.again(self.notes)
                letters = self.last.letters
                code = self.last.show("" if ended else self._draft(letters, False))
            still = [r for r in unread(letters, self.notes) if self._answered(r)]
        for record in still:  # kept in the new notes file and named here, with why: never lost
            words = self._words(record)
            say(
                f"Not in the letters, but kept in your notes: {title(record, self.notes)}: "
                f'"{words}" ({kept_why(record, words)}).'
            )
        listed = {record.field for record in still}
        for field, text in self.typed.items():  # read, but no letter chose it
            if field not in listed and not said_in(text, letters):
                named = title(LeftOut(field, text, "", ""), self.notes)
                say(
                    f"In your notes, but in none of the letters (a letter keeps to a few "
                    f'points): {named}: "{text}"'
                )
        if ended:
            raise EOFError  # the file is kept: `stopped` says where
        self.keep()
        return self.printed(code)

    def _draft(self, letters: list[Letter], more: bool) -> str:
        """The heading of a round that questions follow (the "once more" ones when `more`, else
        those `printed` asks about its least sure sentences), or "" for the letters to send."""
        if more:
            return MORE_DRAFT
        return SURE_DRAFT if least_sure(letters, self.typed) else ""

    def printed(self, code: int) -> int:
        """Last, ask about the printed sentences the writer is least sure of (`printedasks`),
        and write the letters again if one changed; piped answers that end here keep the rest
        as printed. The answers go into the notes file kept, or a new one (then asked to keep)."""
        asked = least_sure(self.last.letters, self.typed)
        if not asked:
            return code
        before, file = self.notes, self.kept
        try:
            ask_printed(asked, self.notes, self.answer, self.drop)
        except EOFError:
            say("\nThe input ended: the sentences not answered stay as printed.")
        if self.notes is before:
            return code
        say(REWRITTEN)
        self.last = self.again(self.notes)
        code = self.last.show()
        mine = {u.field for u in asked if self.typed.get(u.field)}  # a sentence typed for it
        for record in unread(self.last.letters, self.notes):
            if record.field in mine:  # never lost: kept in the notes, and named
                named = title(record, self.notes)
                say(f'Not in the letters, but kept in your notes: {named}: "{record.text}".')
        if self.kept is not file:
            self.keep()
        elif self.kept is not None:
            say(f"Saved to {self.kept}.")
        return code

    def drop(self, unsure: Unsure) -> None:
        """Leave the line of a printed sentence out of the letters: the new notes file drops it."""
        notes = leave_out(self.notes, unsure.field, unsure.line)
        if notes is None:
            say(f'Kept "{unsure.sentence}": the letters need one of your points.')
            return
        self.notes = notes
        self.typed[unsure.field] = ""
        self.save()

    def ask(self, record: LeftOut, number: str) -> None:
        """Ask for one line: the field in a person's words, the note quoted, what to type in a
        few words, and one example of a good answer (the first time its kind is asked)."""
        if record.said:  # a sentence the writer was unsure of, kept or left out: Enter keeps it
            say(f'\n{number}. {title(record, self.notes)}. Your note: "{record.text}"')
            say(
                f'   This line may read as a note: "{record.said}" Say it as you would to them, '
                "or press Enter to keep it."
            )
            typed = terminal_ask(KEEP, None)
            if typed.strip():
                self.answer(record, typed)
            else:
                self.vouch(record)
        elif record.text:
            say(f'\n{number}. {title(record, self.notes)}. Your note: "{record.text}"')
            say(f"   {instruction(record)}{self._example(record)}")
            self.answer(record, terminal_ask(ASK, None))
        else:  # an empty field
            say(f"\n{number}. {record.instead}")
            say(f"   {example(record)}")
            self.answer(record, terminal_ask(ADD, None))

    def _example(self, record: LeftOut) -> str:
        """' For example: "..."' the first time that example is due, then "": the same example
        three questions running (reader 13: three qualifications) is noise."""
        shown = example(record)
        if shown in self.shown:
            return ""
        self.shown.add(shown)
        return f" {shown}"

    def answer(self, record: LeftOut, text: str) -> None:
        """Put a typed answer into the notes and into the file at once; Enter changes nothing."""
        text = capitalised(record, " ".join(text.split()))
        if not text or text == record.text:
            return
        self.notes = rewritten(self.notes, record, text)
        self.typed[record.field] = text
        self.save()

    def vouch(self, record: LeftOut) -> None:
        """Keep the sentence the writer was unsure of, as the candidate asked (Enter): its line
        is marked in the notes as theirs (`leftout.rewritten`, as an answer), so the letters
        say it and no longer doubt it, now and whenever these notes are composed again."""
        self.notes = rewritten(self.notes, record, record.text)
        self.typed[record.field] = record.text
        self.save()

    def _words(self, record: LeftOut) -> str:
        """What the candidate typed for `record` (a follow-up's question is kept before it)."""
        typed = self.typed.get(record.field, "")
        return typed if typed and typed in record.text else record.text

    def _answered(self, record: LeftOut) -> bool:
        typed = self.typed.get(record.field)
        return typed is not None and (record.text in typed or typed in record.text)

    def save(self) -> None:
        """Write the notes with the answers so far: a new file the first time, then that file."""
        text = notes_json(self.notes)
        target = self.kept or _base(self.original, self.notes)
        try:
            if self.kept is None:
                self.kept = save_new(target, text)
            else:
                write_text_atomic(self.kept, text, force=True)
        except (FileExists, OSError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "name taken"
            typed = "; ".join(f"{field}: {line}" for field, line in self.typed.items())
            raise InputError(
                f"{target}: cannot save your answers ({reason}). You typed: {typed}"
            ) from None

    def keep(self) -> None:
        """Ask whether to keep the new notes file; remove it when not."""
        if self.kept is None:
            return
        was = f"; {self.original} stays as it was" if self.original else ""
        if _yes(f"\nKeep your notes with these answers in {self.kept}{was}? [Y/n] "):
            say(f"Saved to {self.kept}. Next time: thankyou compose {quoted(self.kept)}")
            return
        self.kept.unlink(missing_ok=True)
        say(f"Removed {self.kept}; your notes are as they were.")
        self.kept = None

    def stopped(self, why: str) -> None:
        """Say where the answers typed so far are (they were saved as each was typed)."""
        say("")
        if self.kept is None:
            say(f"{why}; nothing was rewritten, so nothing was saved.")
            return
        say(
            f"{why}. The {len(self.typed)} line(s) you rewrote are saved in {self.kept} (your "
            f"notes with them); compose from it with: thankyou compose {quoted(self.kept)}"
        )


_WORD = re.compile(r"[^\W_]+")


def said_in(text: str, letters: list[Letter]) -> bool:
    """Whether the letters say `text`: most (60%) of its words of four letters or more, and
    its numbers, are in them."""
    words = {w.casefold() for w in _WORD.findall(text) if len(w) >= 4 or w.isdigit()}
    have = {w.casefold() for letter in letters for w in _WORD.findall(letter.text)}
    return not words or len(words & have) >= 0.6 * len(words)


def _yes(prompt: str) -> bool:
    """A yes or a no (Enter is yes). Anything else is asked again at a terminal; piped in, it
    is refused, since it is most likely an answer meant for another question."""
    while True:
        answer = terminal_ask(prompt, "y").strip()
        if answer.lower() in {"y", "yes", "n", "no"}:
            return answer.lower() in {"y", "yes"}
        if not isatty(sys.stdin):  # piped answers; a person at the keyboard is asked again
            shown = answer if len(answer) <= 40 else f"{answer[:40]}..."
            raise InputError(
                f"{prompt.strip()} takes y or n (Enter means yes), but the answers piped in "
                f"gave '{shown}' there: put y or n on that line of your answers."
            )
        say("Please answer y or n (Enter means yes).")


def _base(path: Path | None, notes: Notes) -> Path:
    """The name `save_new` numbers from: the notes file's own, without a "-2" it already has."""
    if path is None:
        return default_notes_path(notes.model_dump(mode="json"))
    stem = re.sub(r"-\d+$", "", path.stem)
    return path.with_name(f"{stem}{path.suffix or '.json'}")
