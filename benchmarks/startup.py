"""Start-up cost: `thankyou --help` against `python -c "import typer, pydantic"`.

Run: .venv/bin/python benchmarks/startup.py [--rounds N]
Prints the median wall time of each and the median of the per-round ratios.
"""

from __future__ import annotations

import argparse
import sys

from paired_timing import compare, thankyou_command


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    pair = compare(
        [thankyou_command(), "--help"],
        [sys.executable, "-c", "import typer, pydantic"],
        args.rounds,
    )
    print(f"thankyou --help:                    median {pair.median_a * 1000:.0f} ms")
    print(f"python -c 'import typer, pydantic': median {pair.median_b * 1000:.0f} ms")
    print(f"median ratio over {args.rounds} rounds: {pair.ratio:.2f}")


if __name__ == "__main__":
    main()
