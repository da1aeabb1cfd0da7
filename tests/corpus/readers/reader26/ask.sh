#!/usr/bin/env bash
# usage: ask.sh TREE OUT  -- compose 5 files with --ask, answers piped from answers/hNNN.txt
set -u
TREE=$(readlink -f "$1"); OUT=$(readlink -f -m "$2")
HERE=/work/heldout26
PY=/work/main/.venv/bin/python
WORK=$(mktemp -d /tmp/heldout26-ask.XXXXXX)   # copies, so the answered notes (hNNN-2.json) land in /tmp
mkdir -p "$OUT"
for b in h205 h207 h208 h209 h210; do
  cp "$HERE/$b.json" "$WORK/$b.json"
  ( cd /tmp && PYTHONPATH="$TREE" "$PY" -m composer compose "$WORK/$b.json" --backend offline --today 2026-12-04 --ask \
      < "$HERE/answers/$b.txt" ) > "$OUT/$b-ask.txt" 2> "$OUT/$b-ask.log"
  echo "exit=$?" >> "$OUT/$b-ask.log"
  cp "$WORK"/$b-*.json "$OUT/" 2>/dev/null || true
done
echo "answered notes in $WORK"
