"""A question put to the candidate typed with their answer: what the letter says of each line
of a set (session 38b), for a person to judge against the target (exact / good / left out /
BROKEN).

    .venv/bin/python benchmarks/topic_answers.py tests/corpus/lines/answers_heldout38b.tsv

A set file has columns field, line, job, target, fine (tab-separated). A line said with its
answer prints "You asked ...: ..."; a question said alone prints the topic as named ("said:"),
to go into a topic frame; a line left out prints why.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from composer.offline.topicanswers import asked_sentence
from composer.offline.topics import read_topic


def main(path: Path) -> None:
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            topic = read_topic(row["line"])
            said = asked_sentence(topic.text, topic.answer)
            if not said:
                said = f"said: {topic.text!r}" if topic.text else f"(left out: {topic.why})"
            print(f"LINE   {row['line']}\nTARGET {row['target']}\n   -> {said}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
