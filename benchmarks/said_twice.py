"""Sentences of dumped letters that say a thing twice or read back what they should only use:
the follow-up's own "I'd like to add" under the letter's "I would add that", an answer that
repeats its question ("...: I would drop X: I would ..."), the interviewer named in the third
person in a letter to them ("Dr Mehta asked how I ..."), a point led by the topic it repeats
("As for teaching trainees, I teach six trainees") and a personal line that says who in the
interviewer's family goes ("... to Bali with the children").

Run: .venv/bin/python benchmarks/dump_letters.py OUT (from the tree to dump), then
     .venv/bin/python benchmarks/said_twice.py OUT/tests_corpus_readers_reader15 ... [-v]

Prints the count of each shape over the letters of the given dump folders (with -v, each
sentence and its letter). With --lines NOTES_DIR DUMP_FOLDER, lists instead, for each notes file,
its follow-up and personal (rapport) lines and the sentence of the letter in its own tone and
channel that says each (the one sharing most words with it; "-" when none shares three).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

_ADD = (
    r"(?:I(?: would|'d)(?: also)? like to (?:add|mention|say)|I (?:also )?want(?:ed)? to"
    r" (?:add|mention|say)|just to add|I would (?:also )?(?:add|mention) that)"
)
_SHAPES = {
    "add twice": re.compile(
        r"\b(?:add|mention)\b(?: to my answer on| that|[^.:]*?:)?[^.]*?\b" + _ADD, re.I
    ),
    "question twice": re.compile(
        r": (?P<q>(?:\w+ ){2,}\w+): (?P=q)\b|: (?P<r>(?:\w+ ){3,}).*: (?P=r)"
    ),
    "family read back": re.compile(
        r"\b(?:with|and) (?:her|his|your|the) (?:husband|wife|partner|kids|children|child|son"
        r"|daughter|grandkids|grandchildren|family|mum|mother|dad|father|twins|teenagers|boys"
        r"|girls)\b|\byour (?:husband|wife|partner|son|daughter|kids|children|grandkids)'?s?\b",
        re.I,
    ),
}
_LEAD = re.compile(
    r"^(?:On|As for|With regard to|Regarding|When it comes to|On the subject of|Turning to)"
    r" (?P<topic>[^,]+), (?P<rest>.+)$"
)
_SMALL = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "for",
        "to",
        "and",
        "with",
        "my",
        "our",
        "your",
        "their",
        "at",
        "by",
        "from",
        "about",
        "how",
        "what",
        "new",
    ]
)


def _topic_twice(sentence: str) -> bool:
    found = _LEAD.match(sentence)
    if found is None:
        return False
    words = [w for w in re.findall(r"[\w-]{3,}", found["topic"].lower()) if w not in _SMALL]
    rest = found["rest"].lower()
    hits = [w for w in words if w[:5] in rest]
    return len(words) >= 2 and len(hits) >= max(2, len(words) - 1)


def _third_person(sentence: str, name: str) -> bool:
    said = re.search(rf"\b{re.escape(name)} (?:asked|said|mentioned)\b", sentence)
    return bool(name) and said is not None


def _words(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z0-9]{3,}", text.lower())} - _SMALL


def _lines(notes_dir: str, dump: str) -> int:
    import json

    for path in sorted(Path(notes_dir).glob("*.json")):
        notes = json.loads(path.read_text())
        tone, channel = notes.get("tone") or "warm", notes.get("channel") or "email"
        letters = sorted(Path(dump).glob(f"{path.stem}.{tone}.{channel}.*.txt"))
        said = {
            p.stem.split(".")[-1]: re.split(r"(?<=[.!?])\s+", " ".join(p.read_text().split()))
            for p in letters
        }
        asks = [("follow_up", notes.get("follow_up") or "", list(said))]
        for person in notes["interviewers"]:
            for line in person.get("rapport") or []:
                key = [k for k in said if k.endswith(person["name"].lower().split()[-1])]
                asks.append(("rapport", line, key))
        for kind, line, keys in asks:
            if not line:
                continue
            for key in keys:
                wanted = _words(line)
                best = max(said[key], key=lambda s: len(wanted & _words(s)), default="")
                shown = best if len(wanted & _words(best)) >= 3 else "-"
                print(f"{path.stem} {kind} [{key}]\n  note: {line}\n  said: {shown}")
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["--lines"]:
        return _lines(argv[1], argv[2])
    verbose = "-v" in argv
    counts: Counter[str] = Counter()
    letters = 0
    for folder in (a for a in argv if a != "-v"):
        for path in sorted(Path(folder).glob("*.txt")):
            letters += 1
            text = path.read_text()
            surname = path.stem.split(".")[-1].split("-")[-1].capitalize()
            for sentence in re.split(r"(?<=[.!?])\s+", " ".join(text.split())):
                found = [k for k, r in _SHAPES.items() if r.search(sentence)]
                if _topic_twice(sentence):
                    found.append("topic twice")
                if _third_person(sentence, surname):
                    found.append("third person")
                for shape in found:
                    counts[shape] += 1
                    if verbose:
                        print(f"{shape}\t{path.parent.name}/{path.name}\t{sentence}")
    print(f"{letters} letters")
    for shape in ("add twice", "question twice", "third person", "topic twice", "family read back"):
        print(f"{shape}: {counts[shape]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
