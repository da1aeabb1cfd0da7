"""Note-speak left in the offline composer's letters: sentences with a word typed as a note.

Run: .venv/bin/python benchmarks/notespeak.py [--show]

Every notes file under examples/, tests/corpus/candidates/ and tests/corpus/readers/ is composed
offline in its own tone and channel, for every interviewer, on a fixed day (2026-12-02). Each
sentence of each letter's body is searched for note-speak by the rule the sentence gate uses
(`lexicon.note_speak`: a lower-case word the word tables do not know that is short or has no
vowel, "circ", "pts", "abt", or a language, month or weekday typed in lower case, "spanish"),
and for note marks ("=", a stop inside a phrase "lunch. clubs", a year typed "'27").
Prints the count of such sentences over all sentences and, with --show, each one with its file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from boilerplate import body_of, sentences

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("examples", "tests/corpus/candidates", "tests/corpus/readers")
TODAY = dt.date(2026, 12, 2)
_WORD = re.compile(r"(?<![\w@./'’-])[A-Za-z]+(?![\w@/'’-])")
_MARKS = re.compile(r"(?<!\w)=(?!\w)|\s=\s|\b[a-z]+\. [a-z]+|(?<![\w])['’]\d\d\b")


def note_words(sentence: str) -> list[str]:
    """The note-speak words and marks of one sentence of a letter."""
    from composer.offline.lexicon import note_speak

    words = _WORD.findall(sentence)
    # "Circ was the part ...": a note word opening a sentence gets its capital there
    # (not a name signed under a note: "Noor Haddad")
    if len(words) > 2 and sentence.startswith(words[0]) and words[0][1:].islower():
        words[0] = words[0].lower()
    found = [w for w in words if note_speak(w)]
    return found + [m.group() for m in _MARKS.finditer(sentence)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="list every sentence counted")
    args = parser.parse_args(argv)

    from composer import compose, load_notes

    total = counted = 0
    words: Counter[str] = Counter()
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).glob("*.json")):
            notes = load_notes(path)
            for letter in compose(notes, today=TODAY):
                for sentence in sentences(body_of(letter.text)):
                    total += 1
                    found = note_words(sentence)
                    if found:
                        counted += 1
                        words.update(w.lower() for w in found)
                        if args.show:
                            print(f"{path.stem} -> {letter.to}: {found}\n    {sentence}")
    print(f"{counted} of {total} sentences hold note-speak ({counted / max(total, 1):.1%})")
    print("words: " + ", ".join(f"{w} {n}" for w, n in words.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
