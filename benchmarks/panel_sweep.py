"""Bare panels of 2-5 readers in every tone and channel: how many letters break the `unique` rule.

Run: .venv/bin/python benchmarks/panel_sweep.py

A bare panel is the hardest case for the panel's variety: the readers have nothing of their own
(no topics, no personal note) and the candidate one or two points, so the letters are mostly
frame sentences (thanks, a point, thanks again, the next step, an offer, other roles). Swept:
panel size 2-5, tone, channel, a company name that ends in an abbreviation ("Inc", "Ltd") or not,
one or two points (one a plain achievement, one a highlight typed as a thing, "a talk on
pipelines"), open to other roles or not; one reader with a topic or none. Printed: the letters
composed, those with a `unique` error, and the first few such letters' panels.
"""

from __future__ import annotations

import datetime as dt
import itertools
import time

from composer import compose
from composer.models import Notes

COMPANIES = ("Acme", "Brightline Health Inc", "Nordlys-Brightline Ltd", "Hollis & Co.")
POINTS = (
    ("led data for 2 people",),
    ("a talk on pipelines",),
    ("led data for 2 people", "a certificate in data"),
)
NAMES = ("Amélie Dubois", "Kjetil Dubois", "Ana Berg", "Tom Li", "Sara Okafor")


def panel(size: int, company: str, points: tuple[str, ...], tone: str, channel: str,
          other: bool, topic: bool) -> Notes:  # fmt: skip
    people: list[dict[str, object]] = [{"name": name} for name in NAMES[:size]]
    if topic:
        people[-1]["topics"] = ["the data"]
    return Notes.model_validate(
        {
            "candidate": {"name": "Amélie Dubois"},
            "company": company,
            "role": "Data Engineer",
            "interview": {"date": "2020-01-01"},
            "interviewers": people,
            "highlights": list(points),
            "open_to_other_roles": other,
            "tone": tone,
            "channel": channel,
        }
    )


def main() -> int:
    started = time.perf_counter()
    letters = failing = 0
    shown = 0
    grid = itertools.product(
        range(2, 6), COMPANIES, POINTS, ("warm", "formal", "concise"), ("email", "letter"),
        (False, True), (False, True),
    )  # fmt: skip
    by_size: dict[int, list[int]] = {}
    for size, company, points, tone, channel, other, topic in grid:
        notes = panel(size, company, points, tone, channel, other, topic)
        written = compose(notes, max_attempts=1, today=dt.date(2031, 1, 1))
        bad = [w for w in written if any(v.rule == "unique" for v in w.report.errors)]
        letters += len(written)
        failing += len(bad)
        counts = by_size.setdefault(size, [0, 0])
        counts[0] += len(written)
        counts[1] += len(bad)
        if bad and shown < 3:
            shown += 1
            print(f"-- size {size}, {company}, {points}, {tone}/{channel}, other={other}")
            for w in written:
                print(w.text, "\n")
    for size, (all_, bad_) in sorted(by_size.items()):
        print(f"panel of {size}: {bad_} of {all_} letters break the unique rule")
    print(f"all: {failing} of {letters} letters break the unique rule")
    print(f"({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
