"""Would compiling the offline writer's regular expressions lazily make compose faster?

Run: .venv/bin/python benchmarks/lazy_patterns.py [--rounds N]
compose_speed.py misses its target (compose within 1.3x of --help) and most of compose's time is
importing composer.offline, which compiles about a thousand patterns at module level. This script
answers the obvious question before anyone rewrites a hundred modules for it: each round runs, in
fresh processes and back to back, `thankyou compose examples/panel_three.json` (offline) as it is
and with every module-level `re.compile` in composer/ deferred until the pattern is first used. It
prints how many patterns are made at import and how many the compose actually uses, and the
median processor time (less noisy than the clock on a busy machine) of the import and of the
whole run, both with Python's bytecode cache written. A lazy rewrite pays only if the whole run
is clearly faster.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Runs in the child process: times the import and the compose, and, with "lazy", hands out a proxy
# for each re.compile made at module level in composer/ that compiles on first attribute use.
_CHILD = r"""
import json, re, sys, time
lazy = sys.argv[1] == "lazy"
real = re.compile
made, used = [], set()

class Deferred:
    __slots__ = ("_args", "_kwargs", "_compiled", "_index")
    def __init__(self, args, kwargs):
        self._args, self._kwargs, self._compiled, self._index = args, kwargs, None, len(made)
        made.append(self)
    def __getattr__(self, name):
        if self._compiled is None:
            self._compiled = real(*self._args, **self._kwargs)
            used.add(self._index)
        return getattr(self._compiled, name)

def deferring(*args, **kwargs):
    caller = sys._getframe(1)
    module = caller.f_globals.get("__name__", "")
    if caller.f_code.co_name == "<module>" and module.startswith("composer"):
        return Deferred(args, kwargs)
    return real(*args, **kwargs)

if lazy:
    re.compile = deferring
start = time.process_time()
import composer.cli, composer.offline.backend
imported = time.process_time()
sys.argv = ["thankyou", "compose", sys.argv[2], "--today", "2026-12-02"]
try:
    composer.cli.main()
except SystemExit:
    pass
done = time.process_time()
figures = {"import": imported - start, "total": done - start}
print(json.dumps({**figures, "made": len(made), "used": len(used)}))
"""


def run(mode: str, env: dict[str, str]) -> dict[str, float]:
    notes = str(ROOT / "examples" / "panel_three.json")
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, mode, notes],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    last = result.stdout.strip().splitlines()[-1]
    figures: dict[str, float] = json.loads(last)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "THANKYOU_"))}
    env["PYTHONPATH"] = str(ROOT)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode cached, as from a user's second run
    for mode in ("eager", "lazy"):  # the warm-up writes it
        run(mode, env)
    rounds = {"eager": [], "lazy": []}  # type: dict[str, list[dict[str, float]]]
    for _ in range(args.rounds):
        for mode in ("eager", "lazy"):
            rounds[mode].append(run(mode, env))
    lazy = rounds["lazy"][0]
    print(f"module-level patterns in composer/: {lazy['made']:.0f}", end="; ")
    print(f"used by one panel compose: {lazy['used']:.0f}")
    for mode in ("eager", "lazy"):
        imports = statistics.median(r["import"] for r in rounds[mode])
        totals = statistics.median(r["total"] for r in rounds[mode])
        print(f"{mode:5}: import median {imports * 1000:.0f} ms cpu", end=", ")
        print(f"import + compose median {totals * 1000:.0f} ms cpu")
    ratio = statistics.median(
        lz["total"] / eg["total"] for eg, lz in zip(rounds["eager"], rounds["lazy"], strict=True)
    )
    print(f"median per-round ratio lazy / eager (whole run): {ratio:.2f} over {args.rounds} rounds")


if __name__ == "__main__":
    main()
