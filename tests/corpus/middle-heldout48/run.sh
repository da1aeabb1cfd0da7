#!/bin/sh
# Compose every held-out notes file in its own tone. Usage: run.sh WORKTREE OUTDIR
WT=$1; OUT=$2; mkdir -p "$OUT"; HERE=$(cd "$(dirname "$0")" && pwd)
for f in "$HERE"/p*.json; do
  n=$(basename "$f" .json)
  (cd /tmp && PYTHONPATH="$WT" /work/main/.venv/bin/python -m composer compose "$f" --today 2026-12-04 \
     --no-ask --backend offline) > "$OUT/$n.txt" 2>&1
done
