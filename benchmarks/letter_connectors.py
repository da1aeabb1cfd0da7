"""Stock connectors in the offline letters, and how many name a relation that is not there.

Run: .venv/bin/python benchmarks/letter_connectors.py [--set DIR ...] [--show]

Every notes file in the sets (default: tests/corpus/readers with its readers' folders,
tests/corpus/census16 and tests/corpus/candidates) is composed in its own tone and channel. A
sentence opening on a connector is counted by the relation the connector names:
- "role": "As for / Regarding / When it comes to / With regard to the ... role itself": never
  true, the letter is about the role throughout (reader 16's and 17's most quoted fault);
- "more": "More broadly", "It may also help to know that", "I would also mention that", "On top
  of that", "In addition", "Beyond that", "What's more", "Besides": untied when it opens its
  paragraph, or the sentence before it says no qualification, highlight or contribution;
- "same": "On that subject / point / front", "In that area": untied when the sentence before it
  and the fact share no content word (numbers, time words and words of the role or company do
  not count: "three days a week in the office" and "three weeks to four days" share nothing).
Printed per set: letters, connectors, untied ones, letters with any untied, the panels where
over a third of the items are in every letter (with 3 or more items, issue 10's target), and
the letters whose only points are a degree or certificate (`strength.CREDENTIAL` or less) while
a stronger point the writer can say (a role, years, a result) is in no letter of the notes.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from boilerplate import _STOPWORDS, appears, body_of, sentences, stem, words

from composer import compose, load_notes
from composer.models import Notes
from composer.offline.strength import CREDENTIAL, strength

ROOT = Path(__file__).resolve().parent.parent
SETS = ("tests/corpus/readers", "tests/corpus/census16", "tests/corpus/candidates")
ROLE = re.compile(
    r"^(?:As for|Regarding|When it comes to|With regard to|For) (?:the|this) .{0,60}?\bitself, "
)
MORE = re.compile(
    r"^(?:More broadly|It may also help to know that|I would also mention that|On top of that"
    r"|In addition|Beyond that|What's more|Besides|Additionally)\b"
)
SAME = re.compile(r"^(?:On that (?:subject|point|front)|In that area), ")
_TIME_WORDS = """day days week weeks wk wks month months year years yr yrs hour hours hrs time
    times one two three four five six seven eight nine ten first second third last"""
_TIME = frozenset(_TIME_WORDS.split())


def _content(text: str, generic: frozenset[str]) -> set[str]:
    kept = (w for w in words(text) if w not in _STOPWORDS and w not in _TIME)
    return {stem(w) for w in kept if len(w) >= 3 and not w.isdigit()} - generic


def untied(
    kind: str, sentence: str, before: str, facts: Sequence[str], generic: frozenset[str]
) -> bool:
    """Whether a connector of `kind` names a relation the sentence before it does not bear out."""
    if kind == "role":
        return True
    if kind == "more":
        return not before or not any(appears(f, before) for f in facts if f)
    rest = SAME.sub("", sentence)
    return not before or not (_content(rest, generic) & _content(before, generic))


def connectors(text: str, notes: Notes) -> list[tuple[str, str, bool]]:
    """(kind, sentence, untied) for each connector of a letter."""
    facts = [*notes.qualifications, *notes.highlights, notes.contribution or ""]
    generic = frozenset(stem(w) for w in words(f"{notes.role} {notes.company} role"))
    found = []
    for paragraph in re.split(r"\n\s*\n", body_of(text)):
        said = sentences(paragraph)
        for i, sentence in enumerate(said):
            before = said[i - 1] if i else ""
            for kind, pattern in (("role", ROLE), ("more", MORE), ("same", SAME)):
                if pattern.match(sentence):
                    found.append((kind, sentence, untied(kind, sentence, before, facts, generic)))
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", action="append", type=Path, help="a folder of notes files")
    parser.add_argument("--show", action="store_true", help="print every untied connector")
    args = parser.parse_args(argv)
    for folder in args.set or [ROOT / s for s in SETS]:
        files = sorted(folder.rglob("*.json"))
        totals = {
            "weak": 0,
            "letters": 0,
            "connectors": 0,
            "untied": 0,
            "with": 0,
            "panels": 0,
            "over": 0,
        }
        for path in files:
            try:
                notes = load_notes(path)
            except Exception:  # answers and tables under the folder
                continue
            letters = compose(notes)
            bodies = []
            for letter in letters:
                totals["letters"] += 1
                found = connectors(letter.text, notes)
                totals["connectors"] += len(found)
                bad = [s for _, s, loose in found if loose]
                if args.show:
                    for sentence in bad:
                        body = " ".join(sentences(body_of(letter.text)))
                        print(f"  {path.stem} {letter.to}: ...{body[: body.find(sentence)][-110:]}")
                totals["untied"] += len(bad)
                totals["with"] += bool(bad)
                bodies.append(body_of(letter.text))
                if args.show:
                    for sentence in bad:
                        print(f"  {path.stem} {letter.to}: {sentence}")
            items = [*notes.qualifications, *notes.highlights]
            power = {i: strength(i) for i in items}
            unsaid = [i for i in items if power[i] > CREDENTIAL]
            unsaid = [i for i in unsaid if not any(appears(i, b) for b in bodies)]
            for body in bodies if unsaid else []:
                said = [i for i in items if power[i] and appears(i, body)]
                if said and max(power[i] for i in said) <= CREDENTIAL:
                    totals["weak"] += 1
                    if args.show:
                        print(f"  weak only {path.stem}: {said} while {unsaid} unsaid")
            if len(bodies) > 1 and len(items) >= 3:
                totals["panels"] += 1
                everywhere = sum(all(appears(i, b) for b in bodies) for i in items)
                totals["over"] += everywhere * 3 > len(items)
        print(
            f"{folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder}: "
            f"{totals['letters']} letters, {totals['connectors']} connectors, "
            f"{totals['untied']} untied, {totals['with']} letters with an untied one; "
            f"panels over a third in every letter: {totals['over']} of {totals['panels']}; "
            f"letters whose only points are a degree or certificate while a stronger usable "
            f"point is in no letter: {totals['weak']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
