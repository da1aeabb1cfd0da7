#!/bin/sh
# Compose every held-out contribution: each notes file as typed, then with each line of
# variants.json as its contribution.  Usage: run.sh WORKTREE OUTDIR
WT=$1; OUT=$2; mkdir -p "$OUT"; HERE=$(cd "$(dirname "$0")" && pwd)
cd "$WT" && PYTHONPATH="$WT" /work/main/.venv/bin/python - "$HERE" "$OUT" <<'PY'
import json, subprocess, sys, os
here, out = sys.argv[1], sys.argv[2]
variants = json.load(open(os.path.join(here, "variants.json")))
for name in sorted(variants):
    notes = json.load(open(os.path.join(here, name + ".json")))
    lines = [notes["contribution"], *variants[name]]
    for i, line in enumerate(lines):
        notes["contribution"] = line
        path = os.path.join(out, f"{name}-{i}.json")
        json.dump(notes, open(path, "w"), indent=2)
        res = subprocess.run([sys.executable, "-m", "composer", "compose", path, "--today", "2026-12-04",
                              "--no-ask", "--backend", "offline"], capture_output=True, text=True)
        open(os.path.join(out, f"{name}-{i}.txt"), "w").write(f"TYPED: {line}\n\n{res.stdout}\n{res.stderr}")
PY
