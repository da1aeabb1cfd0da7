#!/bin/sh
# Compose every held-out line: each notes file with one line of heldout.json put in its field
# (follow_up, next_steps, or the first interviewer's first topic).
# Usage: run.sh WORKTREE OUTDIR
WT=$1; OUT=$2; mkdir -p "$OUT"; HERE=$(cd "$(dirname "$0")" && pwd)
cd "$WT" && PYTHONPATH="$WT" /work/main/.venv/bin/python - "$HERE" "$OUT" <<'PY'
import json, subprocess, sys, os
here, out = sys.argv[1], sys.argv[2]
for i, row in enumerate(json.load(open(os.path.join(here, "heldout.json")))):
    notes = json.load(open(os.path.join(here, row["file"] + ".json")))
    if row["field"] == "topics":
        notes["interviewers"][0]["topics"][0] = row["line"]
    else:
        notes[row["field"]] = row["line"]
    path = os.path.join(out, f"{i:02d}-{row['file']}.json")
    json.dump(notes, open(path, "w"), indent=2, ensure_ascii=False)
    res = subprocess.run([sys.executable, "-m", "composer", "compose", path, "--today", "2026-12-04",
                          "--no-ask", "--backend", "offline"], capture_output=True, text=True)
    open(os.path.join(out, f"{i:02d}-{row['file']}.txt"), "w").write(
        f"TYPED ({row['field']}): {row['line']}\nEXPECTED: {row['expected']}\n\n{res.stdout}\n{res.stderr}")
PY
