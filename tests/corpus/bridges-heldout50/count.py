"""Count the bridge sentences per connective in a letter dump (benchmarks/dump_letters.py OUT);
with N (and a seed), print N of them drawn at random with the sentence before each, to score by
hand: `python count.py DUMP [N [SEED]]`."""

import collections
import os
import random
import re
import sys

CONN = {
    "On that subject": r"On that subject, ",
    "On that point": r"On that point, ",
    "On that front": r"On that front, ",
    "In that area": r"In that area, ",
    "In my own experience": r"In my own experience, ",
    "In my own work": r"In my own work, ",
    "As for": r"As for ",
    "With regard to": r"With regard to ",
    "When it comes to": r"When it comes to ",
    "came to mind": r"came to mind: ",
    "I was also glad to discuss": r"I was also glad to discuss [^:]+: ",
    "I was glad we talked about .. as well:": r"I was glad we talked about [^:]+ as well: ",
    "Our discussion of .. touched": r"Our discussion of [^:]+ touched on my own work",
    "Our talk about .. touched": r"Our talk about [^:]+ touched on my own work",
    "close to my own experience": r"It is close to my own experience: ",
    "familiar ground": r"That is familiar ground for me: ",
    "connects with my own work": r"It connects with my own work: ",
    "area I know": r"It is an area I know from my own work: ",
    "bears on it": r"My own experience bears on it: ",
    "touches on it": r"My own work touches on it: ",
    "Thinking about": r"Thinking about [^,]+, ",
    "With X in mind": r"With [^,.]{3,60} in mind, ",
    "talk through .. as well": r"(?:It was good to talk through|I was also glad to talk through) ",
    "correct that": r"glad to correct that",
    "Along those lines": r"Along those lines",
    "That is why": r"That is why",
    "On top of that": r"On top of that, ",
    "Beyond that": r"Beyond that, ",
    "In addition": r"In addition, ",
}
SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def sentences(root: str):
    """Each sentence of the dump, with its file and the sentence before it in its paragraph."""
    for where, _, files in os.walk(root):
        for name in sorted(files):
            path = os.path.join(where, name)
            with open(path, encoding="utf-8", errors="replace") as handle:
                text = handle.read()
            for para in text.split("\n\n"):
                said = SPLIT.split(para.replace("\n", " ").strip())
                for i, sentence in enumerate(said):
                    before = said[i - 1] if i else "<para start>"
                    yield os.path.relpath(path, root), before, sentence


def main() -> None:
    root = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    counts: collections.Counter[str] = collections.Counter()
    hits = []
    for where, before, sentence in sentences(root):
        for name, pattern in CONN.items():
            if re.search(pattern, sentence):
                counts[name] += 1
                hits.append((where, before, sentence, name))
    for name, count in counts.most_common():
        print(f"{count:6d}  {name}")
    print("total", sum(counts.values()))
    if n:
        random.seed(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
        for where, before, sentence, name in random.sample(hits, n):
            print(f"\n[{name}] {where}\n  PREV: {before}\n  THIS: {sentence}")


main()
