"""Start-up cost: `thankyou --help` against `python -c "import typer, pydantic"`.

Run: .venv/bin/python benchmarks/startup.py [--rounds N]
Prints the median wall time of each and the median of the per-round ratios.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path


def _time(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    thankyou = shutil.which("thankyou") or str(Path(sys.executable).with_name("thankyou"))
    help_cmd = [thankyou, "--help"]
    base_cmd = [sys.executable, "-c", "import typer, pydantic"]
    for cmd in (help_cmd, base_cmd):  # warm the file cache
        _time(cmd)
    helps, bases, ratios = [], [], []
    for _ in range(args.rounds):
        h, b = _time(help_cmd), _time(base_cmd)
        helps.append(h)
        bases.append(b)
        ratios.append(h / b)
    print(f"thankyou --help:               median {statistics.median(helps) * 1000:.0f} ms")
    print(f"python -c 'import typer, pydantic': median {statistics.median(bases) * 1000:.0f} ms")
    print(f"median ratio over {args.rounds} rounds: {statistics.median(ratios):.2f}")


if __name__ == "__main__":
    main()
