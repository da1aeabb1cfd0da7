"""The personal notes of the corpora: used, left out and named, or dropped silently, by kind.

Run: .venv/bin/python benchmarks/rapport_use.py [-v] [CORPUS ...]

Every notes file of the corpora (default: the readers' folders, the scouts', census16,
candidates and examples) is composed offline in its own tone and channel, sent the day after
the interview. Each personal note of each interviewer is then one of:
- used: the line `rapport_line` makes of it is in its reader's letter;
- named: a notice of the letter says it was left out, and why (compose asks for it);
- other: another note of the same reader was said (a letter says one personal line);
- silent: none of these: the note is lost and nobody is told.
The kind of a note (a pet, a child's event, a trip or move, ...) is read roughly from its words,
for the count only. With -v, every note that is not used: file, reader, status, kind, note, why.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from composer import compose, load_notes
from composer.offline import linkedin, sections
from composer.offline.rapport import RapportLine, rapport_line

SAID: dict[str, list[str]] = defaultdict(list)  # note -> the lines the letters made of it


def _recorded(note: str, *args: object, **options: object) -> RapportLine:
    said = rapport_line(note, *args, **options)  # type: ignore[arg-type]
    if said.text:
        SAID[note].append(said.text)
    return said


sections.rapport_line = _recorded  # type: ignore[assignment]
linkedin.rapport_line = _recorded  # type: ignore[assignment]

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [
    "tests/corpus/readers",
    *(f"tests/corpus/readers/reader{i}" for i in (*range(10, 20), 20, 21, 22)),
    *(f"tests/corpus/scouts/scout4{i}" for i in range(1, 5)),
    "tests/corpus/census16",
    "tests/corpus/candidates",
    "examples",
]

# Rough kinds, for counting only (first match wins).
KINDS = [
    ("recommendation", r"recommend|rec'?d\b|told me to|suggested|said i should|worth (?:a )?"),
    (
        "pet",
        r"\b(?:pup|puppy|dog|cat|kitten|horse|pony|collie|spaniel|lab|labrador|terrier|"
        r"greyhound|rescue|parrot|guinea pig|rabbit|chickens?|doodle|cockapoo|kelpie|kittens)\b",
    ),
    (
        "life event",
        r"married|wedding|engaged|baby|pregnan|expecting|retir|promot|grandchild|"
        r"grandson|granddaughter|new house|graduat|paternity|maternity|anniversary",
    ),
    ("child's event", r"\b(?:son|daughter|kids?|child|children|twins|boy|girl)'?s?\b"),
    (
        "shared background",
        r"\bboth\b|same (?:as me|school|uni)|like me|\btoo\b|also|as well|"
        r"fellow|\bex[- ]",
    ),
    (
        "trip or move",
        r"off to|trip|holiday|moving|moved|relocat|flying|heading|visiting|"
        r"back from|travel|going to|away",
    ),
    (
        "upcoming event",
        r"marathon|race|\brun\b|concert|game|match|tournament|this wknd|"
        r"weekend|\b(?:mon|tues?|wed|thurs?|fri|sat|sun)\w*\b|next week|gig|show|conference",
    ),
    (
        "sport or hobby",
        r"\bplays?\b|fan\b|supports|climb|cycl|swim|run|hik|fish|sail|golf|"
        r"knit|garden|paint|sing|choir|bake|ski|surf|boulder",
    ),
    ("place", r"\bloves?\b|grew up|\bfrom\b|lives? in"),
]


def kind_of(note: str) -> str:
    for name, pattern in KINDS:
        if re.search(pattern, note, re.IGNORECASE):
            return name
    return "other"


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w' ]+", " ", text.lower()).split())


def statuses(path: Path) -> list[tuple[str, str, str, str, str]]:
    """(reader, status, kind, note, why) for every personal note of the file at `path`."""
    notes = load_notes(path)
    today = notes.interview.date + dt.timedelta(days=1)
    SAID.clear()
    letters = compose(notes, today=today)
    found = []
    for person in notes.interviewers:
        if not person.rapport:
            continue
        letter = next((x for x in letters if x.interviewer == person), None)
        if letter is None:
            continue
        body, notices = _plain(letter.body), letter.notices
        rows = []
        index = notes.interviewers.index(person)
        for i, note in enumerate(person.rapport):
            start = f'The personal note for {person.name} ("{note}") was left out: '
            field = f"The notes field interviewers[{index}].rapport[{i}] ("  # a later gate's
            why = next((n[len(start) :] for n in notices if n.startswith(start)), "")
            why = why or next((n.split(": ", 1)[-1] for n in notices if n.startswith(field)), "")
            lines = SAID.get(note, [])
            line = next((x for x in lines if _plain(x) in body), lines[0] if lines else "")
            gate = next((n for n in notices if line and line in n), "")  # a later gate's
            why = why or gate
            if line and _plain(line) in body:
                status = "used"
            elif why:
                status = "named"
            else:
                status = "?"
            rows.append([person.name, status, kind_of(note), note, why or (line or "")])
        said = any(r[1] == "used" for r in rows)
        for row in rows:
            if row[1] == "?":
                row[1] = "other" if said else "silent"
        found.extend(tuple(r) for r in rows)  # type: ignore[misc]
    return found  # type: ignore[return-value]


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    corpora = [a for a in argv if a != "-v"] or DEFAULT
    by_kind: dict[str, Counter[str]] = defaultdict(Counter)
    files = 0
    for corpus in corpora:
        for path in sorted((ROOT / corpus).glob("*.json")):
            try:
                rows = statuses(path)
            except Exception as exc:  # a notes file the loader refuses: not counted
                print(f"{path}: {exc.__class__.__name__}", file=sys.stderr)
                continue
            files += 1
            for reader, status, kind, note, why in rows:
                by_kind[kind][status] += 1
                if verbose and status != "used":
                    print(
                        f"{path.parent.name}/{path.stem}\t{reader}\t{status}\t{kind}\t{note}\t{why}"
                    )
    total: Counter[str] = Counter()
    heads = ("used", "named", "other", "silent")
    print(f"{'kind':20}" + "".join(f"{h:>8}" for h in heads))
    for kind in sorted(by_kind):
        total.update(by_kind[kind])
        print(f"{kind:20}" + "".join(f"{by_kind[kind][h]:8}" for h in heads))
    print(f"{'all':20}" + "".join(f"{total[h]:8}" for h in heads) + f"   over {files} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
