#!/bin/sh
# Compose every held-out line: each notes file with one line of heldout.json put into its field
# (a list field gets the line added last, so "said first" is the mark's work; topics and rapport go
# to the interviewer "who"; the other fields are replaced).
# Usage: run.sh WORKTREE OUTDIR
WT=$1; OUT=$2; mkdir -p "$OUT"; HERE=$(cd "$(dirname "$0")" && pwd)
cd "$WT" && PYTHONPATH="$WT" /work/main/.venv/bin/python - "$HERE" "$OUT" <<'PY'
import json, subprocess, sys, os
here, out = sys.argv[1], sys.argv[2]
for i, row in enumerate(json.load(open(os.path.join(here, "heldout.json")))):
    notes = json.load(open(os.path.join(here, row["file"] + ".json")))
    field, line = row["field"], row["line"]
    if field in ("topics", "rapport"):
        person = notes["interviewers"][row["who"]]
        person[field] = person.get(field, []) + [line]
    elif field in ("qualifications", "highlights"):
        notes[field] = notes.get(field, []) + [line]
    else:
        notes[field] = line
    path = os.path.join(out, f"{i:02d}-{row['file']}.json")
    json.dump(notes, open(path, "w"), indent=2)
    res = subprocess.run([sys.executable, "-m", "composer", "compose", path, "--today", "2026-12-04",
                          "--no-ask", "--backend", "offline"], capture_output=True, text=True)
    open(os.path.join(out, f"{i:02d}-{row['file']}.txt"), "w").write(
        f"FIELD: {field} (interviewer {row['who']})\nTYPED: {line}\nEXPECTED: {row['expected']}\n\n"
        f"{res.stdout}\n{res.stderr}")
PY
