"""Count the sentences of a letter dump that still carry note syntax.

Usage: python count_syntax.py DUMP_DIR [-v]
Note syntax: an arrow, a '~', a '/' between two words (not a URL, a date or "and/or"), a number
glued to a unit or a times sign ("3x12h", "80m", "22k", "10min", "4on"). Letters only: the
lines of a letter between its subject and its sign-off, split at sentence stops.
"""

import pathlib
import re
import sys

MARKS = {
    "arrow": re.compile(r"->|=>|→|<-"),
    "tilde": re.compile(r"~"),
    "slash": re.compile(
        r"(?<![/:\w.])(?!and/or)[A-Za-z][A-Za-z'-]*/[A-Za-z][A-Za-z'-]*"
        r"(?![\w/.]*\.(?:com|org|net|io))"
    ),
    "glued": re.compile(
        r"(?<![\w.£$€-])\d+(?:\.\d+)?x\d*|(?<![\w£$€.-])\d+(?:\.\d+)?"
        r"(?:h|hr|hrs|km|m|k|min|mins|wk|wks|yr|yrs|on|off|mo)\b"
    ),
}
SKIP = re.compile(
    r"^(===|Subject:|Dear |Hello |Hi |Kind regards|Best|Yours|Warm|Sincerely|Many thanks"
    r"|Thanks,|Regards|ERROR RULE)"
)


def sentences(text):
    for line in text.splitlines():
        line = line.strip()
        if not line or SKIP.match(line) or line.endswith(","):
            continue
        yield from (s for s in re.split(r"(?<=[.!?])\s+", line) if s)


def main():
    root = pathlib.Path(sys.argv[1])
    counts = {k: 0 for k in MARKS}
    total = 0
    seen = []
    for path in sorted(root.rglob("*.txt")):
        for s in sentences(path.read_text()):
            hits = [k for k, rx in MARKS.items() if rx.search(s)]
            if hits:
                total += 1
                for k in hits:
                    counts[k] += 1
                seen.append((path.relative_to(root), hits, s))
    if "-v" in sys.argv:
        for p, hits, s in seen:
            print(f"{p}\t{','.join(hits)}\t{s}")
    print("sentences with note syntax:", total, counts)


main()
