"""Every sentence a topic line can be said in: the line read as the composer reads a topic,
put through each topic frame of each tone (the same choice `Wording.pick` makes, tried with
many seeds), so a frame that does not fit the topic shows (session 38).

    .venv/bin/python benchmarks/topic_frames.py --set tests/corpus/lines/topics_heldout38.tsv
    .venv/bin/python benchmarks/topic_frames.py tests/corpus/readers/reader17/h*.json

A --set file has columns field, line, job, target (the sentence wanted, by hand), fine; the
script prints each line's target and every sentence the code can give it, for a person to
judge (exact / good / left out / BROKEN).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

from composer.models import Notes
from composer.offline.phrasebook import Variation
from composer.offline.topics import read_topic, topic_parts
from composer.offline.wording import Wording

SECTIONS = ("topic", "topic_only", "topic_also", "topic_also_mine")
TONES = ("formal", "warm", "concise")
SEEDS = 24
# Frames that say the topic was the reader's opinion: shown first, as they fit fewest topics.
_VIEW = re.compile(r"your view|your thinking|what you said about")


class _Letter(Wording):
    """A letter with nothing said yet, to ask for one wording."""

    def __init__(self, notes: Notes, tone: str, seed: int) -> None:
        self.notes = notes
        self.tone = tone
        self.channel = "email"
        self.variation = Variation(f"seed {seed}")
        self.used, self.moods, self.frames = set(), set(), set()
        self.taken = frozenset()


def sentences(line: str, notes: Notes) -> tuple[list[str], list[str]]:
    """Every sentence the topic frames give `line`, and the reasons of parts left out."""
    said: list[str] = []
    why: list[str] = []
    for part in topic_parts(line):
        topic = read_topic(part)
        if not topic.text:
            why.append(topic.why)
            continue
        sections = ["topic", "topic_also_mine" if topic.mine or topic.question else "topic_also"]
        sections.append("topic_only")
        for section in sections:
            text = topic.text if section == "topic" else topic.full or topic.text
            for tone in TONES:
                for seed in range(SEEDS):
                    letter = _Letter(notes, tone, seed)
                    capital = text[0].upper() + text[1:]
                    got = letter.pick(section, topic=text, Topic=capital)
                    if got not in said:
                        said.append(got)
    return said, why


def _notes() -> Notes:
    return Notes.model_validate(
        {
            "candidate": {"name": "Sam Doe"},
            "company": "Acme",
            "role": "Analyst",
            "interview": {"date": "2026-12-02"},
            "interviewers": [{"name": "Pat Lee"}],
            "qualifications": ["BA"],
        }
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="notes files (their topics)")
    parser.add_argument("--set", type=Path, help="a table of lines with hand targets")
    parser.add_argument("--all", action="store_true", help="every sentence, not a sample")
    args = parser.parse_args(argv)
    notes = _notes()
    rows: list[tuple[str, str]] = []
    if args.set:
        with args.set.open(encoding="utf-8") as handle:
            rows += [(r["line"], r["target"]) for r in csv.DictReader(handle, delimiter="\t")]
    for path in args.files:
        data = json.loads(path.read_text(encoding="utf-8"))
        for person in data["interviewers"]:
            rows += [(t, f"{path.stem} {person['name']}") for t in person.get("topics", [])]
    for line, target in rows:
        said, why = sentences(line, notes)
        print(f"LINE   {line}\nTARGET {target}")
        for part in topic_parts(line):
            topic = read_topic(part)
            if topic.text:
                kind = "question" if topic.question else "mine" if topic.mine else "theirs"
                print(f"   said: {topic.text!r} ({kind}); alone: {topic.full!r}")
        shown = said if args.all else [s for s in said if _VIEW.search(s)][:3] + said[:1]
        for text in shown:
            print(f"   {text}")
        for reason in why:
            print(f"   (left out: {reason})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
