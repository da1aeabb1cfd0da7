"""Facts with no tie, and stock fillers, in the offline letters of the readers' notes.

Run: .venv/bin/python benchmarks/letter_ties.py [--all-tones] [--show] [--heldout35]

Every notes file under tests/corpus/readers/ (the readers' own folders included) is composed
in its own tone and channel (`--all-tones`: warm, formal and concise too, email only); each
letter's body (as boilerplate.py reads it) is split into paragraphs and sentences, and counted:
- lone facts: a paragraph of one sentence that says a qualification or highlight of the notes
  (an item "appears" as boilerplate.py decides it), a line of a CV with nothing around it;
- loose links: a sentence opening on a link word ("On top of that", "Also", "In addition",
  "Beyond that", "What's more", "Besides", "Additionally") that is the first of its paragraph,
  or follows a sentence that says no item and no contribution: "in addition" to nothing;
- runs: four or more sentences in a row that each say an item (a list read out);
- fillers: a sentence that is one of the phrasebook's stock wordings of thanks again, an offer
  of more or a line of interest, which say nothing of the notes ("Thanks again.").

`--heldout35` composes tests/corpus/selection-heldout/s30-s33 instead (panel35's held-out set,
written before the code ran on them) and also counts, from tests/corpus/lines/
panel_heldout35.json, the letters that say one of the picks written by hand for that reader.
`--show` prints each counted sentence with its letter.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from boilerplate import appears, body_of, sentences

from composer import compose, load_notes
from composer.models import Notes
from composer.offline import phrasebook

ROOT = Path(__file__).resolve().parent.parent
READERS = ROOT / "tests" / "corpus" / "readers"
HELDOUT = ROOT / "tests" / "corpus" / "selection-heldout"
HELDOUT_TABLE = ROOT / "tests" / "corpus" / "lines" / "panel_heldout35.json"
HELDOUT_FILES = ("s30", "s31", "s32", "s33")
LINK = re.compile(
    r"(?:On top of that|Also|In addition|Beyond that|What's more|Besides|Additionally)\b,?"
)
FILLER_SECTIONS = ("closing", "offer", "interest")
TONES = ("warm", "formal", "concise")
CHANNELS = ("email", "letter", "linkedin")
RUN = 4


def fillers() -> frozenset[str]:
    """Every stock wording of thanks again, an offer of more and interest, in any tone."""
    return frozenset(
        w
        for section in FILLER_SECTIONS
        for tone in TONES
        for channel in CHANNELS
        for w in phrasebook.wordings(section, tone, channel)
    )


def paragraphs(body: str) -> list[list[str]]:
    """The body's paragraphs, each as its sentences."""
    return [sentences(p) for p in re.split(r"\n\s*\n", body) if p.strip()]


def says_fact(sentence: str, items: Sequence[str], contribution: str) -> bool:
    """Whether a sentence says an item of the notes (or the contribution)."""
    return any(appears(item, sentence) for item in (*items, contribution) if item)


def counted(text: str, notes: Notes, stock: frozenset[str]) -> dict[str, list[str]]:
    """The sentences of one letter that each count finds."""
    items = [*notes.qualifications, *notes.highlights]
    found: dict[str, list[str]] = {"lone": [], "loose": [], "runs": [], "fillers": []}
    run: list[str] = []
    for paragraph in paragraphs(body_of(text)):
        facts = [says_fact(s, items, notes.contribution or "") for s in paragraph]
        if len(paragraph) == 1 and facts[0] and any(appears(i, paragraph[0]) for i in items):
            found["lone"].append(paragraph[0])
        for i, sentence in enumerate(paragraph):
            if LINK.match(sentence) and (i == 0 or not facts[i - 1]):
                found["loose"].append(sentence)
            if sentence in stock:
                found["fillers"].append(sentence)
            run = [*run, sentence] if facts[i] else []
            if len(run) == RUN:
                found["runs"].append(" ".join(run))
        run = []
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--all-tones", action="store_true", help="every tone, email")
    parser.add_argument("--heldout35", action="store_true", help="panel35's held-out notes")
    parser.add_argument("--show", action="store_true", help="print every counted sentence")
    args = parser.parse_args(argv)
    if args.heldout35:
        files = [HELDOUT / f"{name}.json" for name in HELDOUT_FILES]
    else:
        files = sorted(READERS.rglob("h*.json"), key=lambda p: int(re.sub(r"\D", "", p.stem)))
    stock = fillers()
    picks = {}
    if args.heldout35:
        for row in json.loads(HELDOUT_TABLE.read_text(encoding="utf-8")):
            picks[(row["notes"], row["reader"])] = row["picks"]
    totals = {"letters": 0, "lone": 0, "loose": 0, "runs": 0, "fillers": 0, "right": 0}
    for path in files:
        notes = load_notes(path)
        variants = [notes]
        if args.all_tones:
            variants = [notes.model_copy(update={"tone": t, "channel": "email"}) for t in TONES]
        for variant in variants:
            for place, letter in enumerate(compose(variant)):
                totals["letters"] += 1
                found = counted(letter.text, variant, stock)
                for kind, said in found.items():
                    totals[kind] += len(said)
                    if args.show:
                        for sentence in said:
                            print(f"{kind:8} {path.stem} {variant.tone} {letter.to}: {sentence}")
                wanted = picks.get((path.stem, place))
                if wanted is not None:
                    right = any(appears(p, body_of(letter.text)) for p in wanted)
                    totals["right"] += right
                    if args.show and not right:
                        print(f"not right {path.stem} {letter.to}: none of {wanted}")
    print(f"{len(files)} notes files, {totals['letters']} letters")
    print(f"  lone facts (a paragraph of one item):        {totals['lone']}")
    print(f"  loose links (a link word after no fact):     {totals['loose']}")
    print(f"  runs of {RUN}+ facts in a row:                  {totals['runs']}")
    print(f"  stock fillers (thanks again, offer, interest): {totals['fillers']}")
    if args.heldout35:
        print(f"  letters with a hand-picked point: {totals['right']} of {len(picks)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
