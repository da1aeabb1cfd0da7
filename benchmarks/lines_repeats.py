"""A phrase said twice in one letter: the middle paragraphs of dumped letters, read for a run of
four words (two of them content words, none with a capital: names of the company and role are
said again by design) that two different sentences share ("the time we spent on ... the time we
spent on", "in my first 30 days ... in my first 30 days").

Run: .venv/bin/python benchmarks/boilerplate.py --corpus tests/corpus/readers --dump /tmp/d
     --no-proofread, then .venv/bin/python benchmarks/lines_repeats.py /tmp/d [more dirs]

Prints each shared run with how many letters say it twice, and the first letter's two sentences.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

_SMALL = frozenset(
    ["i", "a", "an", "the", "to", "of", "and", "in", "on", "for", "with", "at", "by", "my",
     "your", "you", "we", "our", "it", "is", "was", "be", "as", "that", "this", "about"]
)  # fmt: skip


def _middle(text: str) -> list[str]:
    """The sentences of a letter's middle: no subject, greeting, thanks, closing or sign-off."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    body = [p for p in paragraphs if not p.startswith(("Subject:", "Dear ", "Hello ", "Hi "))]
    return [s for p in body[1:-2] for s in re.split(r"(?<=[.!?])\s+", p.strip()) if s]


def _runs(sentence: str) -> set[tuple[str, ...]]:
    words = [w.strip(".,;:") for w in sentence.split()]
    out = set()
    for start in range(len(words) - 3):
        run = words[start : start + 4]
        if any(w[:1].isupper() and w != "I" for w in run):
            continue
        lower = tuple(w.lower() for w in run)
        if sum(w not in _SMALL for w in lower) >= 2:
            out.add(lower)
    return out


def main(argv: list[str]) -> int:
    counts: Counter[str] = Counter()
    first: dict[str, tuple[str, str, str]] = {}
    for folder in argv:
        for path in sorted(Path(folder).iterdir()):
            seen: dict[tuple[str, ...], int] = {}
            sentences = _middle(path.read_text(encoding="utf-8"))
            for index, sentence in enumerate(sentences):
                for run in _runs(sentence):
                    if run in seen and seen[run] != index:
                        key = " ".join(run)
                        counts[key] += 1
                        first.setdefault(key, (path.name, sentences[seen[run]], sentence))
                    seen.setdefault(run, index)
    for key, count in counts.most_common():
        name, one, other = first[key]
        print(f"{count:3} {key!r} ({name})\n      {one}\n      {other}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
