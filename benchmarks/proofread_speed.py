"""Cost of the `proofread` rule: the checker's start-up, and the time per letter once it is up.

Run: .venv/bin/python benchmarks/proofread_speed.py [--rounds N]
Start-up is timed in fresh processes (the linters are built once per process): importing
harper, then building the default pair (American + British) and a single chosen dialect.
Per-letter time is the median over the letters of every examples/*.json notes file written by
the offline composer, the hand-written OWN_LETTERS below, and tests/corpus/good (paired with
notes by its manifest.json), each checked for the first time, then again; the findings
on those letters (false alarms: they are meant to be clean) are counted and listed.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from composer.models import Notes

ROOT = Path(__file__).resolve().parent.parent

# Letters written by hand for this benchmark, meant to be clean: (notes file, text).
OWN_LETTERS: list[tuple[str, str]] = [
    (
        "formal_letter.json",
        """Dear Ms. Ellison-Shaw,

Thank you for meeting me on Monday for the final interview for the Trainee Solicitor position
at Hargreave & Lowe. I valued the chance to hear how trainees rotate through the commercial
property seat, and your account of the firm's pro bono housing clinic has stayed with me.

My two years volunteering at a tenants' advice centre taught me to organise a busy caseload
and to explain deposit disputes in plain English; I drafted the centre's guide on the subject.
I would bring the same steady, client-focused work to the housing clinic from the first week.

Since we spoke, I have confirmed that I can start the training contract in September. I
understand that offers will be made by the end of the month, and I wish you the very best of
luck with the London Marathon in April.

Yours sincerely,

Seán O'Connor-Ramírez
sean.oconnor@example.org
+44 20 7946 0958
""",
    ),
    (
        "open_to_other_roles.json",
        """Subject: Thank you for the Technical Writer interview

Hi Greg,

Thanks again for the conversation on Tuesday about the Technical Writer role at Cobalt
Robotics Labs. Rebuilding the developer portal sounds like exactly the kind of project I enjoy,
and I liked hearing how your team wants release notes that customers actually read.

In my last role I rewrote the SDK quick-start guide, and support tickets fell by a third. With
four years of writing API documentation and a background in mechanical engineering, I would
bring a docs-as-code workflow that keeps the portal in step with each release. The style guide
I mentioned is public on my portfolio site if you would like to see it.

I hope the move to the new office in Austin goes well. If another role at Cobalt turns out to
be a better fit, I would be glad to be considered for it too.

Best wishes,
Aisha Al-Farsi
aisha.alfarsi@example.com
+1 555 014 2281
""",
    ),
    (
        "phone_screen.json",
        """Subject: Thank you - Operations Analyst

Dear Jordan Bell,

Thank you for taking the time to speak with me by phone about the Operations Analyst role at
Larkspur Logistics. I enjoyed learning how the team works, and I left the call even more
interested in the position.

I have spent three years building supply chain reports in SQL and Excel, and I would be glad
to put that experience to work for your operations team.

I look forward to hearing about the next steps.

Kind regards,
Tomás Rivera
""",
    ),
    (
        "panel_three.json",
        """Subject: Thank you for yesterday's panel

Dear Mr. Okafor,

Thank you for joining the panel yesterday for the Product Designer role at Brightline Health.
Your description of how nurses use the scheduling tool on night shifts was the most useful
part of the day for me: it is the kind of detail a designer rarely hears first-hand.

I have spent five years designing clinical software, and I led usability studies with forty
nurses at Fairview Hospital. I would bring research-led design to the scheduling tool, starting
with the people who use it at three in the morning.

I understand a decision is expected next week, and I would be delighted to continue the
conversation. Thank you again for your time.

Best regards,
Mei-Ling Zhou
meiling.zhou@example.net
""",
    ),
]

_STARTUP = """
import time
from composer.rules.proofread import load_checker
t0 = time.perf_counter()
import harper
t1 = time.perf_counter()
load_checker({dialect!r})
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""


def _startup(dialect: str | None) -> tuple[float, float]:
    code = _STARTUP.format(dialect=dialect)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"start-up run failed:\n{done.stderr}")
    out = done.stdout
    imported, built = (float(x) for x in out.split())
    return imported, built


def _letters() -> list[tuple[str, str, Notes]]:
    """(label, text, notes) for every letter to time: offline letters and the good corpus."""
    from composer.notes_file import load_notes

    letters: list[tuple[str, str, Notes]] = []
    examples = sorted((ROOT / "examples").glob("*.json"))
    try:
        from composer.backends.base import DraftRequest
        from composer.offline import OfflineBackend
    except ImportError:
        print("(offline composer not available: no offline letters timed)")
    else:
        backend = OfflineBackend()
        for path in examples:
            notes = load_notes(path)
            for person in notes.interviewers:
                draft = backend.draft(DraftRequest(notes=notes, interviewer=person))
                letters.append((f"offline {path.stem} -> {person.name}", draft.text, notes))
    for name, text in OWN_LETTERS:
        letters.append((f"own {name}", text, load_notes(ROOT / "examples" / name)))
    letters.extend(_corpus())
    return letters


def _corpus() -> list[tuple[str, str, Notes]]:
    """The rules engineer's good-letter corpus, each letter with the notes its manifest names."""
    from composer.notes_file import load_notes

    good = ROOT / "tests" / "corpus" / "good"
    manifest = good / "manifest.json"
    if not manifest.is_file():
        print("(tests/corpus/good/manifest.json not present)")
        return []
    found: list[tuple[str, str, Notes]] = []
    for name, meta in json.loads(manifest.read_text(encoding="utf-8")).items():
        text = (good / name).read_text(encoding="utf-8")
        found.append((f"corpus {name}", text, load_notes(ROOT / meta["notes"])))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    from composer.rules.proofread import load_checker, proofread_findings

    for dialect, label in ((None, "American + British (default)"), ("british", "one dialect")):
        runs = [_startup(dialect) for _ in range(args.rounds)]
        imports = statistics.median(r[0] for r in runs)
        builds = statistics.median(r[1] for r in runs)
        print(
            f"start-up, {label}: import harper {imports * 1000:.0f} ms, "
            f"build linters {builds * 1000:.0f} ms (median of {args.rounds} processes)"
        )

    letters = _letters()
    if not letters:
        print("no letters to time")
        return
    load_checker()  # built before timing: start-up is measured above
    first: list[float] = []
    again: list[float] = []
    false_alarms: list[tuple[str, str]] = []
    for label, text, notes in letters:
        start = time.perf_counter()
        found = proofread_findings(text, notes)
        first.append(time.perf_counter() - start)
        start = time.perf_counter()
        proofread_findings(text, notes)
        again.append(time.perf_counter() - start)
        false_alarms.extend((label, v.message) for v in found)
    words = statistics.median(len(text.split()) for _, text, _ in letters)
    print(
        f"per letter, first check: median {statistics.median(first) * 1000:.1f} ms, "
        f"max {max(first) * 1000:.1f} ms over {len(letters)} letters (median {words:.0f} words)"
    )
    slowest = max(range(len(letters)), key=first.__getitem__)
    print(
        f"slowest first check: {letters[slowest][0]} (Harper sets up its suggestion search, "
        "once per process, on meeting certain unknown words such as some surnames)"
    )
    print(f"per letter, same text again: median {statistics.median(again) * 1000:.1f} ms")
    print(f"findings on letters meant to be clean: {len(false_alarms)}")
    for label, message in false_alarms:
        print(f"  {label}: {message}")


if __name__ == "__main__":
    main()
