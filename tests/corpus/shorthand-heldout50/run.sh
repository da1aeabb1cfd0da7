#!/bin/sh
# Compose every held-out line: each notes file with one line of heldout.json as the only item of
# its field ("qualifications" or "highlights": the field becomes [line] and the other of the two
# is emptied; "topics" / "rapport": the interviewer's list becomes [line]; "contribution": the
# contribution is the line).
# Usage: run.sh WORKTREE OUTDIR
WT=$1; OUT=$2; mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd); HERE=$(cd "$(dirname "$0")" && pwd)
cd /tmp && PYTHONPATH="$WT" /work/main/.venv/bin/python - "$HERE" "$OUT" <<'PY'
import json, subprocess, sys, os
here, out = sys.argv[1], sys.argv[2]
for i, row in enumerate(json.load(open(os.path.join(here, "heldout.json")))):
    notes = json.load(open(os.path.join(here, row["file"] + ".json")))
    if row["field"] in ("topics", "rapport"):
        notes["interviewers"][0][row["field"]] = [row["line"]]
    elif row["field"] == "contribution":
        notes["contribution"] = row["line"]
    else:
        other = "highlights" if row["field"] == "qualifications" else "qualifications"
        notes[row["field"]] = [row["line"]]
        notes[other] = []
    path = os.path.join(out, f"{i:02d}-{row['file']}.json")
    json.dump(notes, open(path, "w"), indent=2, ensure_ascii=False)
    res = subprocess.run([sys.executable, "-m", "composer", "compose", path, "--today", "2026-12-04",
                          "--no-ask", "--backend", "offline"], capture_output=True, text=True)
    open(os.path.join(out, f"{i:02d}-{row['file']}.txt"), "w").write(
        f"TYPED: {row['line']}\nEXPECTED: {row['expected']}\n\n{res.stdout}\n{res.stderr}")
PY
