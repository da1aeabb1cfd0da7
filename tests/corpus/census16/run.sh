#!/bin/bash
# usage: run.sh WORKTREE OUTDIR   -- compose every fNN.json beside this script offline, in its own tone
WT=$1; OUT=$2; mkdir -p "$OUT"
cd "$WT" || exit 1
for f in "$(dirname "$0")"/f*.json; do
  n=$(basename "$f" .json)
  OPENAI_API_KEY= PYTHONPATH="$WT" /work/main/.venv/bin/thankyou compose "$f" --today 2026-12-03 > "$OUT/$n.txt" 2>&1 </dev/null
  echo "$n rc=$?"
done
