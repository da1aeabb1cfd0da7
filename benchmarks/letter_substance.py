"""What each letter of the readers' notes carries, and how it is put together.

Run: .venv/bin/python benchmarks/letter_substance.py [--show] [--readers 1-5]

Every notes file of tests/corpus/readers/ (h1-h58) is composed offline as typed, the way a
reader runs it (`--today 2026-12-02`). For each letter:
- words: the body's words (between greeting and sign-off);
- points: how many of the candidate's qualifications and highlights it says (a point is said
  as `panel_substance.carried` finds it);
- shared: a letter whose every point is also said in another letter of the same panel (the
  panel hears the same substance), and the most letters that share one point sentence;
- orphans: paragraphs of one sentence, between the opening and the closing paragraphs, that
  say a point of the candidate's ("I am registered with the HCPC." on its own; a personal line
  or a follow-up on its own is no orphan);
- stock: sentences that hold no word of the notes, beyond the closing's usual two; and offers:
  an offer of more said in place of content ("If anything else from me would help, just let
  me know.", the phrasebook's `offer`);
- brackets: a note-taker's bracket of the role ("(gr 6-8)") pasted into the subject or body.
And for each notes file: whether its best point (`strength.strength`, the notes' order among
equals) is said in at least one letter of the panel.

And how many of the points the letters could say (`usable_points`) no letter says.

Printed per reader (1-7; reader 6 wrote h43-h50, reader 7 h51-h58) and in total.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from boilerplate import _STOPWORDS, body_of, notes_words, sentences, words
from panel_substance import carried

from composer import compose, load_notes
from composer.models import Notes
from composer.offline.phrasebook import BOOK
from composer.offline.strength import strength
from composer.offline.usable import lowercase_words

ROOT = Path(__file__).resolve().parent.parent
READERS = ROOT / "tests" / "corpus" / "readers"
TODAY = dt.date(2026, 12, 2)
LAST_OF_READER = (10, 18, 26, 34, 42, 50, 58)
# A closing thanks and a look forward hold no note word in any letter: more than these is padding.
USUAL_STOCK = 2


_OFFERS = frozenset(w.casefold() for table in BOOK["offer"].values() for w in table)


def reader_of(name: str) -> int:
    """Which independent reader wrote notes file `name` ("h44" -> 6)."""
    number = int(name.removeprefix("h"))
    return next(r for r, last in enumerate(LAST_OF_READER, start=1) if number <= last)


@dataclass
class Measure:
    """One letter's figures."""

    name: str
    to: str
    words: int
    points: int
    shared: bool  # says points, every one of them in another letter of the panel too
    most_sharing: int  # the most letters of the panel that say one of its points
    orphans: list[str]
    stock: list[str]
    offers: int
    bracket: bool


def _stock(sentence: str, mine: frozenset[str]) -> bool:
    content = [w for w in words(sentence) if len(w) > 2 and w not in _STOPWORDS]
    return bool(content) and not any(w in mine for w in content)


def measure(name: str) -> tuple[list[Measure], bool, str | None, int]:
    """Each letter's figures for notes file `name`, whether the best point is said, it, and
    how many points the letters could say are said in none."""
    notes: Notes = load_notes(READERS / f"{name}.json")
    letters = compose(notes, today=TODAY)
    texts = [letter.text for letter in letters]
    where = carried(notes, texts)
    common = lowercase_words(notes)
    ranked = sorted(
        ((strength(item, common), -k, item)
         for k, item in enumerate((*notes.qualifications, *notes.highlights))),
        reverse=True,
    )  # fmt: skip
    best = ranked[0][2] if ranked and ranked[0][0] > 0 else None
    best_said = best is not None and bool(where.get(best))
    mine = notes_words(notes)
    bracket = re.search(r"\([^)]*\)", notes.role)
    found: list[Measure] = []
    for place, letter in enumerate(letters):
        body = body_of(letter.text)
        said = [p for p, at in where.items() if place in at]
        paragraphs = [p for p in re.split(r"\n\s*\n", body) if p.strip()]
        alone = [" ".join(p.split()) for p in paragraphs[1:-1] if len(sentences(p)) == 1]
        # a lone paragraph that says a point of the candidate's, not a personal line
        lone = carried(notes, alone) if alone else {}
        orphans = [a for k, a in enumerate(alone) if any(k in at for at in lone.values())]
        stock = [s for s in sentences(body) if _stock(s, mine)]
        found.append(
            Measure(
                name=name,
                to=letter.to,
                words=len(words(body)),
                points=len(said),
                shared=bool(said) and len(letters) > 1 and all(len(where[p]) > 1 for p in said),
                most_sharing=max((len(where[p]) for p in said), default=0),
                orphans=orphans,
                stock=stock,
                offers=sum(s.casefold() in _OFFERS for s in sentences(body)),
                bracket=bool(bracket) and bracket.group(0).lower() in letter.text.lower(),
            )
        )
    return found, best_said, best, sum(not at for at in where.values())


def _span(text: str) -> set[int]:
    if not text:
        return set(range(1, len(LAST_OF_READER) + 1))
    first, _, last = text.partition("-")
    return set(range(int(first), int(last or first) + 1))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="print each letter's faults")
    parser.add_argument("--readers", default="", help="only these readers, e.g. 1-5 or 6")
    args = parser.parse_args(argv)
    wanted = _span(args.readers)
    names = sorted((p.stem for p in READERS.glob("h*.json")), key=lambda n: int(n[1:]))
    totals: dict[int, Counter[str]] = {}
    for name in names:
        reader = reader_of(name)
        if reader not in wanted:
            continue
        letters, best_said, best, unsaid = measure(name)
        count = totals.setdefault(reader, Counter())
        count["files"] += 1
        count["best said"] += best_said or best is None
        count["unsaid"] += unsaid
        for m in letters:
            count["letters"] += 1
            count["words"] += m.words
            count["points"] += m.points
            count["no point"] += m.points == 0
            count["shared"] += m.shared
            count["orphans"] += len(m.orphans)
            count["extra stock"] += max(0, len(m.stock) - USUAL_STOCK)
            count["brackets"] += m.bracket
            count["offers"] += m.offers
            if args.show:
                faults = [f"orphan {o!r}" for o in m.orphans]
                faults += [f"stock {s!r}" for s in m.stock[USUAL_STOCK:]]
                faults += (
                    ["offer of more"] * m.offers + ["shared"] * m.shared + ["bracket"] * m.bracket
                )
                head = f"{name} {m.to}: {m.words}w {m.points}pt"
                print(head + (" | " + "; ".join(faults) if faults else ""))
        if args.show and not best_said and best is not None:
            print(f"{name}: best point not said: {best!r}")
    print(
        "reader files letters  words/letter points/letter no-point shared orphans "
        "extra-stock offers brackets best-said unsaid"
    )
    for reader, c in [*sorted(totals.items()), (0, sum(totals.values(), Counter()))]:
        n = max(1, c["letters"])
        label = "all" if reader == 0 else str(reader)
        print(
            f"{label:>6} {c['files']:>5} {c['letters']:>7} {c['words'] / n:>12.0f} "
            f"{c['points'] / n:>13.2f} {c['no point']:>8} {c['shared']:>6} {c['orphans']:>7} "
            f"{c['extra stock']:>11} {c['offers']:>6} {c['brackets']:>8} "
            f"{c['best said']:>5}/{c['files']} {c['unsaid']:>6}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
