#!/bin/sh
# Compose every held-out line: each notes file with one line of heldout.json put into its field
# (a list field gets it as its last item; a topic goes last in the first reader's topics). A line
# marked "typed" is also listed in "answered", as compose --ask saves it.
# Usage: run.sh WORKTREE OUTDIR
WT=$1; OUT=$2; mkdir -p "$OUT"; HERE=$(cd "$(dirname "$0")" && pwd)
cd "$WT" && PYTHONPATH="$WT" /work/main/.venv/bin/python - "$HERE" "$OUT" <<'PY'
import json, subprocess, sys, os
here, out = sys.argv[1], sys.argv[2]
for i, row in enumerate(json.load(open(os.path.join(here, "heldout.json")))):
    notes = json.load(open(os.path.join(here, row["file"] + ".json")))
    field, line = row["field"], row["line"]
    if field == "topics":
        topics = notes["interviewers"][0]["topics"]
        topics.append(line)
        path_name = f"interviewers[0].topics[{len(topics) - 1}]"
    elif field in ("qualifications", "highlights"):
        notes[field].append(line)
        path_name = f"{field}[{len(notes[field]) - 1}]"
    else:
        notes[field] = line
        path_name = field
    if row["typed"]:
        notes["answered"] = [{"field": path_name, "text": line}]
    path = os.path.join(out, f"{i:02d}-{row['file']}.json")
    json.dump(notes, open(path, "w"), indent=2)
    res = subprocess.run([sys.executable, "-m", "composer", "compose", path, "--today", "2026-12-04",
                          "--no-ask", "--backend", "offline"], capture_output=True, text=True)
    open(os.path.join(out, f"{i:02d}-{row['file']}.txt"), "w").write(
        f"TYPED: {line}\nFIELD: {path_name} typed={row['typed']}\nEXPECTED: {row['expected']}\n\n"
        f"{res.stdout}\n{res.stderr}")
PY
