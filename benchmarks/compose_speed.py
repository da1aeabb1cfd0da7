"""Compose speed: `thankyou compose examples/panel_three.json` (offline) against `thankyou --help`.

Run: .venv/bin/python benchmarks/compose_speed.py [--rounds N]
Each round times both commands back to back in fresh processes; the figure is the median of the
per-round ratios (compose / help). Target: under 1.30, i.e. composing and checking three letters
adds less than 30% to start-up.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from paired_timing import compare, thankyou_command

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.30


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    # The offline path, whatever the caller's environment says.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "THANKYOU_"))}
    thankyou = thankyou_command()
    pair = compare(
        [thankyou, "compose", str(ROOT / "examples" / "panel_three.json")],
        [thankyou, "--help"],
        args.rounds,
        env=env,
        cwd=ROOT,
    )
    print(f"thankyou --help:                             median {pair.median_b * 1000:.0f} ms")
    print(f"thankyou compose panel_three.json (offline): median {pair.median_a * 1000:.0f} ms")
    verdict = "meets" if pair.ratio < TARGET else "misses"
    print(
        f"median ratio over {args.rounds} rounds: {pair.ratio:.2f} "
        f"({verdict} the target < {TARGET})"
    )


if __name__ == "__main__":
    main()
