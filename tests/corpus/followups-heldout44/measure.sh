#!/bin/sh
# Compose every held-out notes file on TREE into OUT (letters on stdout, report on stderr).
# Usage: sh measure.sh TREE OUT
TREE=$1; OUT=$2; HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$OUT"
for f in "$HERE"/a*.json; do
  b=$(basename "$f" .json)
  (cd "$TREE" && PYTHONPATH=. /work/main/.venv/bin/python -m composer compose "$f" --backend offline \
    --today 2026-12-04 --no-ask >"$OUT/$b.txt" 2>"$OUT/$b.err")
done
