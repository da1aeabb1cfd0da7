"""Timing two commands against each other: fresh processes, back to back, several rounds."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Pair:
    """Median wall times of two commands, and the median of their per-round ratios (a / b)."""

    median_a: float
    median_b: float
    ratio: float


def thankyou_command() -> str:
    """The `thankyou` script of the environment running this benchmark."""
    return shutil.which("thankyou") or str(Path(sys.executable).with_name("thankyou"))


def time_command(
    cmd: list[str], env: dict[str, str] | None = None, cwd: Path | None = None
) -> float:
    """Wall time of one run of `cmd`, output discarded; a failing command stops the benchmark."""
    start = time.perf_counter()
    subprocess.run(
        cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=cwd
    )
    return time.perf_counter() - start


def compare(
    a: list[str],
    b: list[str],
    rounds: int,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> Pair:
    """Time `a` and `b` back to back for `rounds` rounds, after one warm-up run of each.

    Python may write its bytecode cache as it does on a user's machine from the second run on: a
    shell that sets PYTHONDONTWRITEBYTECODE would otherwise time compiling every module's source.
    """
    env = {k: v for k, v in (os.environ if env is None else env).items()}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for cmd in (a, b):  # warm the file cache and the bytecode
        time_command(cmd, env, cwd)
    times_a: list[float] = []
    times_b: list[float] = []
    for _ in range(rounds):
        times_a.append(time_command(a, env, cwd))
        times_b.append(time_command(b, env, cwd))
    ratios = [x / y for x, y in zip(times_a, times_b, strict=True)]
    return Pair(statistics.median(times_a), statistics.median(times_b), statistics.median(ratios))
