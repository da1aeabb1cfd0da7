"""Where each letter puts the candidate's points, against placements written by hand.

Run: .venv/bin/python benchmarks/letter_placement.py --set dev36|heldout36 [--show]
     .venv/bin/python benchmarks/letter_placement.py --readers [--show] [--dir FOLDER]

`--set NAME` composes tests/corpus/panel36/<notes>.json (each in its own tone and channel) and
reads tests/corpus/lines/panel_NAME.json: per letter, a key for each of that reader's topics
and each point, and the (point, topic) pairs that are the same subject, all written by hand
before the code ran on those notes. Counted per letter:
- misplaced: a point said in a paragraph that names a topic of this reader it is not tied to
  (a CV line after an unrelated topic: "The oat milk pitch ... I hold a BA in English.");
- apart: a tied point said, but not in the paragraph that names its topic;
- lone: a paragraph of one sentence that says a point (a line of a CV on its own);
- stacked: more than one stock closing line (thanks again, an offer of more, interest);
- tacked: "and I would bring that with me" or a like tail that says nothing;
- thin: fewer points said than the hand table's `least` (a letter that says almost nothing).
- turned: sentences that turn from the topics to the role itself ("As for the role itself,
  ..."): a point said so is not counted as misplaced, whatever paragraph it shares.
`--readers` counts, over every notes file under tests/corpus/readers/, the point sentences
that follow a topic sentence in their paragraph with no tie to it by the composer's own
measure (`ties.tie`), plus lone, stacked and tacked as above.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from boilerplate import appears, body_of, sentences
from letter_ties import fillers, paragraphs

from composer import compose, load_notes
from composer.offline.ties import generic_of, tie

ROOT = Path(__file__).resolve().parent.parent
SETS = ROOT / "tests" / "corpus" / "panel36"
TABLES = ROOT / "tests" / "corpus" / "lines"
READERS = ROOT / "tests" / "corpus" / "readers"
TACKED = re.compile(r", and I would bring that with me\.|, which I would build on in the role\.")
KINDS = ("letters", "misplaced", "apart", "lone", "stacked", "tacked", "thin", "turned")
# A sentence that turns from the topics to the role itself (`roleparagraph`): a point after a
# topic with this opening is said as no comment on the topic, and counted as "turned".
# Since session 39 a point with nothing of the candidate's to stand beside is said as what they
# would bring to the role (`roleparagraph._fit`: "I would come to the role with ...", "I would
# bring ... to the team."): it names the role, so it is no comment on the topic before it.
TURNED = re.compile(
    r"(?:As for|Regarding|With regard to|When it comes to) the [\w &'-]*(?:role|position)"
    r" itself, "
    r"|^I would (?:come to the (?:role|position) (?:with|as) |join the team (?:with|as) )"
    r"|^I would bring .+ to the (?:role|position|team)(?:\.|, and )"
)


def _has(key: str, text: str) -> bool:
    return key.casefold() in text.casefold()


def placed(text: str, row: dict[str, object], stock: frozenset[str]) -> dict[str, list[str]]:
    """What one letter does wrong against its hand row."""
    topics: list[str] = row["topics"]  # type: ignore[assignment]
    items: list[str] = row["items"]  # type: ignore[assignment]
    tied = {(i, t) for i, t in row["tied"]}  # type: ignore[attr-defined]
    found: dict[str, list[str]] = {k: [] for k in KINDS[1:]}
    said = 0
    paras = paragraphs(body_of(text))
    for paragraph in paras:
        joined = " ".join(paragraph)
        named = [t for t in topics if _has(t, joined)]
        for item in items:
            if not _has(item, joined):
                continue
            said += 1
            loose = [t for t in named if (item, t) not in tied and not _has(item, t)]
            turned = any(_has(item, s) and TURNED.match(s) for s in paragraph)
            if loose and not turned and not any((item, t) in tied for t in named):
                found["misplaced"].append(f"{item} beside {loose}: {joined}")
        for item, topic in tied:
            if _has(item, joined) and not any(_has(topic, " ".join(p)) for p in [paragraph]):
                found["apart"].append(f"{item} not with {topic}: {joined}")
        if len(paragraph) == 1 and any(_has(i, paragraph[0]) for i in items):
            found["lone"].append(paragraph[0])
        found["turned"] += [s for s in paragraph if TURNED.match(s)]
    body = body_of(text)
    closers = [s for s in sentences(body) if s in stock]
    if len(closers) > 1:
        found["stacked"].append(" ".join(closers))
    found["tacked"] += [s for s in sentences(body) if TACKED.search(s)]
    least: int = row["least"]  # type: ignore[assignment]
    if said < least:
        found["thin"].append(f"{said} of at least {least} points said")
    return found


def run_set(name: str, show: bool) -> dict[str, int]:
    table = json.loads((TABLES / f"panel_{name}.json").read_text(encoding="utf-8"))
    stock = fillers()
    totals = dict.fromkeys(KINDS, 0)
    letters: dict[str, list[str]] = {}
    for row in table["letters"]:
        if row["notes"] not in letters:
            notes = load_notes(SETS / f"{row['notes']}.json")
            letters[row["notes"]] = [letter.text for letter in compose(notes)]
        text = letters[row["notes"]][row["reader"]]
        totals["letters"] += 1
        for kind, said in placed(text, row, stock).items():
            totals[kind] += len(said)
            if show:
                for line in said:
                    print(f"{kind:9} {row['notes']}[{row['reader']}]: {line}")
    return totals


def run_readers(show: bool, folder: Path | None = None) -> dict[str, int]:
    stock = fillers()
    totals = dict.fromkeys(KINDS, 0)
    if folder is None:
        files = sorted(READERS.rglob("h*.json"), key=lambda p: int(re.sub(r"\D", "", p.stem)))
    else:
        files = sorted(folder.glob("*.json"))
    for path in files:
        notes = load_notes(path)
        generic = generic_of(notes)
        points = [*notes.qualifications, *notes.highlights]
        for person, letter in zip(notes.interviewers, compose(notes), strict=False):
            totals["letters"] += 1
            for paragraph in paragraphs(body_of(letter.text)):
                topic_seen: list[str] = []
                for sentence in paragraph:
                    named = [t for t in person.topics if appears(t.split(" - ")[0], sentence)]
                    says = [p for p in points if appears(p, sentence)]
                    if says and topic_seen and not named and TURNED.match(sentence):
                        totals["turned"] += 1
                    elif (
                        says
                        and topic_seen
                        and not named
                        and not any(tie(p, t, generic) for p in says for t in topic_seen)
                    ):
                        totals["misplaced"] += 1
                        if show:
                            print(f"untied    {path.stem} {letter.to}: {sentence}")
                    topic_seen += named
                if len(paragraph) == 1 and any(appears(p, paragraph[0]) for p in points):
                    totals["lone"] += 1
                    if show:
                        print(f"lone      {path.stem} {letter.to}: {paragraph[0]}")
            closers = [s for s in sentences(body_of(letter.text)) if s in stock]
            if len(closers) > 1:
                totals["stacked"] += 1
                if show:
                    print(f"stacked   {path.stem} {letter.to}: {' '.join(closers)}")
            tacked = [s for s in sentences(body_of(letter.text)) if TACKED.search(s)]
            totals["tacked"] += len(tacked)
            if show:
                for s in tacked:
                    print(f"tacked    {path.stem} {letter.to}: {s}")
    return totals


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", help="dev36 or heldout36")
    parser.add_argument("--readers", action="store_true", help="every reader's notes")
    parser.add_argument("--dir", type=Path, help="as --readers, over the notes files of a folder")
    parser.add_argument("--show", action="store_true", help="print every counted sentence")
    args = parser.parse_args(argv)
    if args.readers or args.dir:
        totals = run_readers(args.show, args.dir)
    else:
        totals = run_set(args.set or "dev36", args.show)
    print(", ".join(f"{k} {v}" for k, v in totals.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
