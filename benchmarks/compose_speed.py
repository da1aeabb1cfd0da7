"""Compose speed: `thankyou compose examples/panel_three.json` (offline) against `thankyou --help`.

Run: .venv/bin/python benchmarks/compose_speed.py [--rounds N]
Each round times both commands back to back in fresh processes; the figure is the median of the
per-round ratios (compose / help). Target: under 1.30, i.e. composing and checking three letters
adds less than 30% to start-up.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.30


def _time(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    thankyou = shutil.which("thankyou") or str(Path(sys.executable).with_name("thankyou"))
    # The offline path, whatever the caller's environment says.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "THANKYOU_"))}
    help_cmd = [thankyou, "--help"]
    compose_cmd = [thankyou, "compose", str(ROOT / "examples" / "panel_three.json")]
    for cmd in (help_cmd, compose_cmd):  # warm the file cache and the bytecode
        _time(cmd, env)
    helps: list[float] = []
    composes: list[float] = []
    ratios: list[float] = []
    for _ in range(args.rounds):
        h, c = _time(help_cmd, env), _time(compose_cmd, env)
        helps.append(h)
        composes.append(c)
        ratios.append(c / h)
    ratio = statistics.median(ratios)
    print(
        f"thankyou --help:                          median {statistics.median(helps) * 1000:.0f} ms"
    )
    print(
        "thankyou compose panel_three.json (offline): "
        f"median {statistics.median(composes) * 1000:.0f} ms"
    )
    verdict = "meets" if ratio < TARGET else "misses"
    print(f"median ratio over {args.rounds} rounds: {ratio:.2f} ({verdict} the target < {TARGET})")


if __name__ == "__main__":
    main()
