#!/bin/sh
# Compose every held-out notes file (in its own tone, and p1, p4, p5 in one other tone) with the
# offline backend of WORKTREE; each letter's pairs in heldout.json are scored by hand (EXPECTED.md).
# Usage: run.sh WORKTREE OUTDIR
WT=$(cd "$1" && pwd); OUT=$2; mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd); HERE=$(cd "$(dirname "$0")" && pwd)
cd /tmp && PYTHONPATH="$WT" /work/main/.venv/bin/python - "$HERE" "$OUT" <<'PY'
import json, subprocess, sys, os
here, out = sys.argv[1], sys.argv[2]
runs = [(f"p{i}", None) for i in range(1, 7)] + [("p1", "formal"), ("p4", "warm"), ("p5", "concise")]
for name, tone in runs:
    notes = json.load(open(os.path.join(here, name + ".json")))
    if tone:
        notes["tone"] = tone
    tag = f"{name}-{notes['tone']}"
    path = os.path.join(out, tag + ".json")
    json.dump(notes, open(path, "w"), indent=2)
    res = subprocess.run([sys.executable, "-m", "composer", "compose", path, "--today", "2026-12-04",
                          "--no-ask", "--backend", "offline"], capture_output=True, text=True)
    open(os.path.join(out, tag + ".txt"), "w").write(f"{res.stdout}\n{res.stderr}")
    print(tag, res.returncode)
PY
