"""The questions `thankyou compose --ask` puts last: the few sentences the letters printed that the
writer is least sure of (`drafting.Unsure`, which the offline writer's last gate sets from how it
said each notes line: `offline.leastsure`), each shown as printed. Enter keeps it; a sentence
typed replaces its notes line, as an answer the letters say as typed; "-" leaves the line out of
the letters (the new notes file drops it; the notes file typed stays as it is).

They come after every other question, in a stable order (the least sure first, then the letters'
order), so answers typed or piped for the questions before them still answer the same questions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from composer.cli.app import say
from composer.cli.asking import terminal_ask
from composer.cli.askwords import title
from composer.compose import Letter
from composer.drafting import Unsure
from composer.models import Notes
from composer.offline.leftout import LeftOut, gate_record

__all__ = [
    "DROP",
    "MOST",
    "PROMPT",
    "ask_printed",
    "least_sure",
    "record_of",
    "typed_sentence",
]

MOST = 3  # questions about printed sentences, at most: the least sure
DROP = "-"
PROMPT = "Enter keeps it; or type your own sentence, or - to leave it out: "
_FEWEST = 3  # words in a sentence typed to replace one ("y" or "ok" is a reply, no sentence)


def least_sure(letters: Iterable[Letter], asked: Iterable[str]) -> list[Unsure]:
    """The printed sentences to ask about: one per notes line, none of a line asked about
    already (`asked`: notes fields), the least sure first, then in the letters' order; `MOST`
    at most."""
    done = set(asked)
    found: dict[str, tuple[int, int, Unsure]] = {}
    for order, unsure in enumerate(u for letter in letters for u in letter.unsure):
        if unsure.field not in done and unsure.field not in found:
            found[unsure.field] = (-unsure.weight, order, unsure)
    return [unsure for *_, unsure in sorted(found.values(), key=lambda f: f[:2])][:MOST]


def record_of(unsure: Unsure) -> LeftOut:
    """The notes line of a printed sentence, as compose asks for a line (`leftout.LeftOut`)."""
    instead = gate_record(unsure.field, unsure.line).instead
    return LeftOut(unsure.field, unsure.line, unsure.why, instead, said=unsure.sentence)


def typed_sentence(text: str) -> str:
    """A sentence typed to replace a printed one, kept as typed: its spaces made single, and a
    full stop put at its end when it has no mark there."""
    text = " ".join(text.split())
    return text if not text or text[-1] in ".!?" else f"{text}."


def ask_printed(
    asked: list[Unsure],
    notes: Notes,
    answer: Callable[[LeftOut, str], None],
    drop: Callable[[Unsure], None],
) -> None:
    """Ask about each printed sentence of `asked`: a sentence typed goes to `answer` with its
    notes line's record, and "-" to `drop` (after every question, the last line of a list
    first, so that no question's place in the notes moves before it is answered). Piped answers
    that end raise EOFError once the drops asked for so far are made."""
    say(
        f"\n{_sentences(len(asked))} in the letters may not read as you would say "
        f"{'them' if len(asked) > 1 else 'it'}."
    )
    drops: list[Unsure] = []
    try:
        for number, unsure in enumerate(asked, 1):
            record = record_of(unsure)
            say(f'\n{number} of {len(asked)}. {title(record, notes)}. Your note: "{unsure.line}"')
            say(f'   The letter says: "{unsure.sentence}"')
            typed = terminal_ask(PROMPT, None).strip()
            if typed == DROP:
                drops.append(unsure)
            elif len(typed.split()) >= _FEWEST:
                answer(record, typed_sentence(typed))
            elif typed:  # "y", "ok": no sentence to put in its place
                say(f"   Kept as printed: a sentence of {_FEWEST} words or more replaces it.")
    finally:
        for unsure in sorted(drops, key=_place, reverse=True):
            drop(unsure)


def _sentences(count: int) -> str:
    return "One sentence" if count == 1 else f"{count} sentences"


def _place(unsure: Unsure) -> int:
    """A line's place in its list ("highlights[2]": 2), or -1 for a field of one line."""
    found = re.search(r"\[(\d+)\]$", unsure.field)
    return int(found[1]) if found else -1
