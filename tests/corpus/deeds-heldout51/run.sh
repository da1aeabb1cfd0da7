#!/bin/sh
# Compose every held-out line: each notes file with one line of heldout.json added to its field
# (highlights or qualifications), placed FIRST so that the letter's choice of points reaches it.
# Also composes each notes file as it is (p1..p5-as-is).
# Usage: run.sh WORKTREE OUTDIR
WT=$1; OUT=$2; mkdir -p "$OUT"; HERE=$(cd "$(dirname "$0")" && pwd)
cd "$WT" && PYTHONPATH="$WT" /work/main/.venv/bin/python - "$HERE" "$OUT" <<'PY'
import json, subprocess, sys, os
here, out = sys.argv[1], sys.argv[2]
def run(notes, name, head):
    path = os.path.join(out, name + ".json")
    json.dump(notes, open(path, "w"), indent=2)
    res = subprocess.run([sys.executable, "-m", "composer", "compose", path, "--today", "2026-12-04",
                          "--no-ask", "--backend", "offline"], capture_output=True, text=True)
    open(os.path.join(out, name + ".txt"), "w").write(f"{head}\n\n{res.stdout}\n{res.stderr}")
for f in sorted(x for x in os.listdir(here) if x.startswith("p") and x.endswith(".json")):
    run(json.load(open(os.path.join(here, f))), f[:-5] + "-as-is", "AS TYPED")
for i, row in enumerate(json.load(open(os.path.join(here, "heldout.json")))):
    notes = json.load(open(os.path.join(here, row["file"] + ".json")))
    notes[row["field"]] = [row["line"]] + notes.get(row["field"], [])
    run(notes, f"{i:02d}-{row['file']}", f"TYPED: {row['line']}\nEXPECTED: {row['expected']}")
PY
