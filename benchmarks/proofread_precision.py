"""Harper's precision per lint kind on the good-letter corpus, and what it catches of planted slips.

Run: .venv/bin/python benchmarks/proofread_precision.py

Every letter of tests/corpus/good is well written, so every Harper finding on it is a false
alarm. Each planted slip (PLANTED below: one mistake written into a good letter) that Harper
finds is a hit for the finding's kind. A kind is kept (composer.rules.proofread.KEPT_KINDS)
only when it raised no false alarm on the good corpus. Style kinds are listed for completeness;
they are advice and never reported.
"""

from __future__ import annotations

import collections
import json
from pathlib import Path

from composer.notes_file import load_notes
from composer.rules.proofread import DROPPED_KINDS, KEPT_KINDS, STYLE_KINDS, lint_kinds

ROOT = Path(__file__).resolve().parent.parent
GOOD = ROOT / "tests" / "corpus" / "good"

# (good letter, text in it, the same text with one slip written in, whether `proofread` reports
# it): the slip is the changed part. Harper's kinds and composer/rules/slips.py together.
PLANTED: tuple[tuple[str, str, str, str], ...] = (
    ("warm_email_dana.txt", "I know how delicate", "I know how delicat", "caught"),
    (
        "warm_email_dana.txt",
        "the work ahead of your team",
        "the work ahead of of your team",
        "caught",
    ),
    (
        "warm_email_dana.txt",
        "I would bring the same care",
        "I would brings the same care",
        "missed",
    ),
    ("warm_email_dana.txt", "a pragmatic migration plan", "an pragmatic migration plan", "caught"),
    ("panel_amelie.txt", "Thank you", "Thank you you", "caught"),
    ("fjord_ortiz.txt", "Thank you", "Thankyou", "caught"),
    ("retail_jo.txt", "I really enjoyed it", "I realy enjoyed it", "caught"),
    ("policy_qureshi.txt", "I particularly enjoyed", "I particulary enjoyed", "caught"),
    ("electrician_ray.txt", "I enjoyed hearing", "I enjoyed hering", "caught"),
    ("graduate_ben.txt", "I enjoyed the case study", "I enjoyed the the case study", "caught"),
    ("backend_sofia.txt", "I enjoyed our conversation", "I enjoyed are conversation", "missed"),
    ("audit_pryce.txt", "I enjoyed hearing", "I could of enjoyed hearing", "caught"),
    ("sales_lindsay.txt", "Your plans for", "You're plans for", "caught"),
    ("hotel_emma.txt", "I appreciated hearing", "I appreciated hearing hearing", "caught"),
    ("nursing_patricia.txt", "Thank you for meeting me", "Thank you for meeting me me", "caught"),
    ("law_hollis.txt", "I appreciated your candor", "I appreciated you candor", "missed"),
    ("design_ingrid.txt", "Good type does", "Good type do", "missed"),
    ("teaching_powell.txt", "I have taught", "I has taught", "caught"),
    ("social_work_whitaker.txt", "a hard job", "a hard jobb", "caught"),
    ("history_marsh.txt", "I am grateful", "I am greatful", "caught"),
)


def measure() -> tuple[collections.Counter[str], collections.Counter[str]]:
    """(false alarms per kind on the good corpus, planted slips caught per kind)."""
    manifest = json.loads((GOOD / "manifest.json").read_text(encoding="utf-8"))
    false_alarms: collections.Counter[str] = collections.Counter()
    for name, entry in manifest.items():
        text = (GOOD / name).read_text(encoding="utf-8")
        for kind, quote in lint_kinds(text, load_notes(ROOT / entry["notes"])):
            if quote.strip() and not quote.strip().startswith("Subject"):
                false_alarms[kind] += 1
    hits: collections.Counter[str] = collections.Counter()
    for name, old, new, _ in PLANTED:
        text = (GOOD / name).read_text(encoding="utf-8")
        start = text.index(old)
        planted = text[:start] + new + text[start + len(old) :]
        end = start + len(new)
        for kind, quote in lint_kinds(planted, load_notes(ROOT / manifest[name]["notes"])):
            at = planted.find(quote, max(0, start - 20))
            if quote.strip() and start - 20 <= at < end:
                hits[kind] += 1
    return false_alarms, hits


def main() -> None:
    """Print the table."""
    false_alarms, hits = measure()
    kinds = sorted({*false_alarms, *hits, *KEPT_KINDS, *DROPPED_KINDS})
    letters = len(json.loads((GOOD / "manifest.json").read_text(encoding="utf-8")))
    caught = sum(expected == "caught" for *_, expected in PLANTED)
    print(f"good letters: {letters}; planted slips: {len(PLANTED)}, {caught} reported by proofread")
    print(f"{'kind':<15} {'false alarms':>12} {'slips hit':>9} {'precision':>9}  decision")
    for kind in kinds:
        wrong, right = false_alarms[kind], hits[kind]
        precision = f"{right / (right + wrong):.2f}" if right + wrong else "-"
        decision = (
            "style (never)" if kind in STYLE_KINDS else "kept" if kind in KEPT_KINDS else "dropped"
        )
        print(f"{kind:<15} {wrong:>12} {right:>9} {precision:>9}  {decision}")


if __name__ == "__main__":
    main()
