"""The middle paragraph's note lines (highlights and contributions), one row each, against the
sentence a candidate would want: tests/corpus/lines/middle.tsv, written by hand.

Every line is said as its target, as another sentence judged good, or left out: never as a
sentence no candidate would send, except the lines still known to break (listed here, so that
a fix or a new break shows). `benchmarks/lines_middle.py` prints the four counts.
"""

from __future__ import annotations

import pytest

from tests.conftest import load_benchmark

BENCH = load_benchmark("lines_middle")
ROWS = BENCH.rows()

# Lines the composer still says badly (each a shape not yet read); fixed ones leave the list.
KNOWN_BROKEN = frozenset(
    [
        # a name typed in lower case, said so ("white rose maths")
        "led switch to white rose maths across KS2",
        # dev 40b: a rate after a comma said with "with", the bench with no article (s40b)
        "set up ebike diagnostics bench, ~15 bikes a wk",
        # reader 4 and fresh rows (session 24)
        "sold 14 homes in q3, branch record",  # "with branch record", "q3"
        # reader 6 (session 26)
        "review score 4.2 -> 4.6 on TA in 18 months",  # "on TA": the site's initials kept
        "preceptor for 4 NQMs",  # "I am a preceptor for four NQMs": initials kept, "was"
        # reader 7 (session 27, before any fix)
        "get elmfield to Good + a stable permanent team",  # "elmfield" lower case
        # held-out 27 (written before any fix, never tuned on)
        "safe, on-time ops + mentoring new FOs",
        "neat, quick work on the facing brick + bring the apprentice on",
        "more appts booked + better complaint handling at branch",
        # reader 8 (session 28, after the fixes made on readers 1-7 and on reader 8)
        "built a 30-wine BTG list w/ coravin, cut spoilage approx in half",  # "coravin"
        # held-out 28 (written before any fix, never tuned on)
        "cut sample turnaround 48h -> 24h by re-batching runs",
        "ran the branch's 2024 fraud awareness days, approx 300 customers",
        "planned 3-day conf for 800 delegates, came in 8% under budget",
        "renegotiated cleaning contract, saved approx £140k/yr",
        "reduced dispensing errors 0.4% -> 0.1% after new checking process",
        "won 2 new corporate accts worth £90k premium",
        # reader 8 contributions (session 28, after the fixes made on readers 1-7)
        "getting the consent order closed on time + a TM program examiners trust",  # "that"
        # held-out 28 contributions (written before any fix, scored untouched after the fixes on
        # readers 1-7; three more were fixed after that score, by shape, and count as tuned:
        # "safe climbing + keep ...", "catalogue ..., get them online ...", "firm but fair ...")
        "calm on the radio, quick CAD entry",
        "fewer dispensing errors via double-check at the bench + help train the new ACTs",
        "enrichment for the big cats every day, not just wkends",
        # reader 9 contributions (session 29, after the fixes made on readers 1-8 and on reader 9)
        # held-out 29 contributions (written before any fix, scored untouched after the fixes
        # on readers 1-8)
        "get the micro lab UKAS ready by summer + fewer dumped batches",
        "faster turnaround on the legal docs w/o losing accuracy",  # "docs"
        "more mortgage referrals from the branch, approx 10/month",
        # reader 9 (session 29, after the fixes made on readers 1-8 and on reader 9)
        "recovered approx 1,400 files off 5.25in floppies w/ kryoflux + bitcurator",
        "trained 3 groundies up to CS38",  # "groundies": a trade's slang kept
        # held-out 29 (written before any fix, never tuned on)
        "interpreted at 200+ hearings incl. 3 murder trials",
        "got our ABV variance down to +/-0.1%",
        "took practice from 3 to 5 chairs w/o extra admin staff",
        # reader 11 (session 31, after the fixes made on reader 11): "epic", the records system,
        # typed in lower case is also a word
        "help get clinic running smoothly on epic in march",
        # readers 13 and 14 (session 35, after the fixes on them): "ops" for operators and
        # "ignition" the product typed in lower case; "the reps" spelled "the representatives"
        # by shorthand.expand; "train new coders on ED" (the ED is a place: "in the ED")
        "can train newer ops on SCADA + help w/ the ignition cutover, did one in mesa",
        "tighter launch process + enablement the reps actually use",
        "clean claims + help train new coders on ED",
    ]
)


# Reader 10's rows (session 30): two contributions are said in a sentence judged good after
# seeing it ("a calm head in degraded ops, and I already know ..."; "a steady respectful presence
# ..., and I am good at ..."), listed in their rows' good column.

# Rows whose targets are written and not yet scored (none: reader 9's and the held-out 29 set
# were scored in session 29, after the fixes made on readers 1-8).
PENDING: frozenset[str] = frozenset()


@pytest.mark.parametrize("row", ROWS, ids=[r.line[:50] for r in ROWS])
def test_a_line_is_said_as_wanted_or_left_out(row: object) -> None:
    if row.source in PENDING:  # type: ignore[attr-defined]
        pytest.skip("targets written, not yet scored")
    said = BENCH.said(row)
    found = BENCH.verdict(row, said)
    if row.line in KNOWN_BROKEN:  # type: ignore[attr-defined]
        assert found == "BROKEN", f"fixed: take it off KNOWN_BROKEN ({said!r})"
    else:
        assert found != "BROKEN", f"{said!r}, wanted {row.target!r}"  # type: ignore[attr-defined]


def test_the_table_has_the_corpus_lines_and_forty_of_other_trades() -> None:
    assert sum(r.source == "mine" for r in ROWS) >= 40
    assert {r.field for r in ROWS} == {"H", "C"}
    assert all(r.target == BENCH.LEAVE or r.target.endswith(".") for r in ROWS)


def test_most_lines_are_said_not_left_out() -> None:
    # Leaving every line out would break no sentence: the said lines are counted too.
    # Rows typed blind (reader 4's, fresh ones: targets written before the composer said them)
    # are held to the said share only; their exact wording is the frame's, not the target's.
    tuned = [r for r in ROWS if r.source not in BENCH.GROUPS]
    verdicts = [BENCH.verdict(r, BENCH.said(r)) for r in tuned]
    assert verdicts.count("EXACT") + verdicts.count("GOOD") >= 0.8 * len(tuned)
    assert verdicts.count("EXACT") >= 0.6 * len(tuned)
    scored = [r for r in ROWS if r.source not in PENDING]
    blind = [BENCH.verdict(r, BENCH.said(r)) for r in scored if r.source in BENCH.GROUPS]
    assert blind.count("EXACT") + blind.count("GOOD") >= 0.6 * len(blind)
