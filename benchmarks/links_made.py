"""The link phrases of a dump of letters (`benchmarks/dump_letters.py OUT`), counted by frame.

Run: python benchmarks/links_made.py OUT [--show]

A link phrase joins a topic, a question or the sentence before to the candidate's point ("On that
point, ...", "It is close to my own experience: ...", "When we turned to X, one example came to
mind: ...", "As for X, ...", "On top of that, ..."): the phrasebook's own wordings of the
sections in `SECTIONS`. Each letter body is read sentence by sentence, as the letter checks read
it; a sentence opening on (or ending with) a link frame is counted under its frame, and with
--show printed after the sentence before it, so the two can be read together. Also counted: a
capital left after the link words ("Beyond that, During ...") and a comma list named as a topic
inside a frame ("When we turned to A, B and C, ...").

"no shared word" counts the link phrases (every frame but "more", which claims no subject) whose
point shares no content word (four letters or more, cut to five, or a code in capitals; the
frames' own words set aside) with the topic it is tied to: the sentence before for a frame that
points back ("On that front, ..."), the topic named inside the sentence for one that names it
("As for X, ...").
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from composer.offline import phrasebook
from composer.rules.text import parse

# Each count and the phrasebook sections whose wordings it counts.
SECTIONS: dict[str, tuple[str, ...]] = {
    "link": ("link", "link_done"),
    "same": ("link_same",),
    "tie_more": ("tie_more",),
    "as_for": ("tie_more_held", "contribution_at"),
    "tie_mine": ("tie_mine",),
    "more": ("point_more",),
}
# The slot a wording says the point in: the words before it open the sentence, the words after
# it end it ("{clause}; I would put that to work here.").
_POINT = re.compile(r"\{(?:clause|clause_lower|clause_also|said)\}")


def _frame(wording: str) -> str | None:
    """A wording's link words as a pattern, a topic named in them read as any words; None for a
    wording that is the point alone ("{clause}.")."""
    parts = _POINT.split(wording, maxsplit=1)
    if len(parts) < 2:
        return None
    before, after = parts
    found = []
    if before:
        found.append("^" + ".+?".join(re.escape(p) for p in re.split(r"\{\w+\}", before)))
    if after.rstrip("."):
        found.append(re.escape(after) + "$")
    return "|".join(found) or None


def _frames() -> dict[str, re.Pattern[str]]:
    """Each count's pattern: a wording of its sections in any tone, spare ones too."""
    found = {}
    for name, sections in SECTIONS.items():
        wordings = [
            w
            for section in sections
            for table in (phrasebook.BOOK[section], phrasebook.SPARE.get(section, {}))
            for options in table.values()
            for w in options
        ]
        frames = dict.fromkeys(f for f in map(_frame, wordings) if f)
        found[name] = re.compile("|".join(f"(?:{f})" for f in frames))
    return found


FRAMES = _frames()

# link words, then a word that opens a clause still in its capital: "Beyond that, During ..."
_CAPITAL_AFTER = re.compile(
    r"^(?:[A-Z][^,:]*, |.*?: )(?:For|During|At|In|On|As|With|When|After|Before|Since|While|My"
    r"|The|This|Our) "
)
# a topic named as a comma list inside a frame: "When we turned to A, B and C, one example ..."
_LISTED = re.compile(
    r"^(?:When we turned to [^:]*, [^:]*, one example|(?:I was also glad to discuss|Our "
    r"discussion of|Our talk about|I was glad we talked about) [^:]*, [^:]*: )"
)


# Words of the letters' own frames and of any sentence, which say no subject.
_FRAME_WORDS = frozenset(
    w[:5]
    for line in (
        "about chance discuss discussion talked through conversation glad grateful enjoyed",
        "valued appreciated particularly especially exchange returning keep coming back",
        "hearing thinking view what said told with your from that this have would work",
        "experience familiar ground close connects touches bears area front point subject",
        "turned example came mind regard comes when well also time gave spent part interview",
        "most since thought found interesting instructive useful highlight covered stood",
        "opportunity pleasure good",
    )
    for w in line.split()
)
# a content word, or a code in capitals ("SLO", "CPE", "ACLs")
_CONTENT = re.compile(r"[^\W\d_]{4,}|\b[A-Z]{2,}(?=s?\b)")


def _stems(text: str) -> set[str]:
    return {w.lower()[:5] for w in _CONTENT.findall(text)} - _FRAME_WORDS


def shares_no_word(frame: str, before: str, sentence: str) -> bool:
    """True when a link phrase's point shares no content word with the topic it is tied to."""
    if frame in ("link", "same"):
        topic, point = before, FRAMES[frame].sub("", sentence)
    else:  # the topic is named in the sentence, before the point: "As for X, ...", "...: ..."
        lead, _, point = sentence.partition(":" if ":" in sentence else ",")
        topic = lead
    return not (_stems(topic) & _stems(point))


def body(text: str) -> list[str]:
    """The sentences of a letter between its greeting and its sign-off, each on one line."""
    return [" ".join(s.text.split()) for s in parse(text).sentences]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("dump", type=Path)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    counts: Counter[str] = Counter()
    letters = 0
    for path in sorted(args.dump.rglob("*.txt")):
        if path.parent == args.dump:
            continue  # a corpus summary
        letters += 1
        said = body(path.read_text(encoding="utf-8"))
        for before, sentence in zip(["", *said], said, strict=False):
            frame = next((f for f, pattern in FRAMES.items() if pattern.search(sentence)), None)
            if frame is None:
                continue
            counts[frame] += 1
            if frame != "link" and _CAPITAL_AFTER.match(sentence):
                counts["capital after"] += 1
            if _LISTED.match(sentence):
                counts["comma list named"] += 1
            if frame != "more" and shares_no_word(frame, before, sentence):
                counts["no shared word"] += 1
            if args.show:
                print(f"[{frame}] {path.relative_to(args.dump)}\n    {before}\n  > {sentence}")
    total = sum(v for k, v in counts.items() if k in FRAMES)
    print(
        f"letters {letters}, link phrases {total}: "
        + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
