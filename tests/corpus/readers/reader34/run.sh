#!/usr/bin/env bash
# Usage: run.sh TREE OUT
# Composes every heldout34 notes file with the offline backend using the composer in TREE,
# in the file's own tone, and three files also in one other tone (a copy of the notes in /tmp).
# Each run's stdout+stderr goes to OUT/<file>-<tone>.txt.
set -u
TREE=$(cd "$1" && pwd)
mkdir -p "$2"
OUT=$(cd "$2" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
PY=/work/main/.venv/bin/python
TMPD=$(mktemp -d /tmp/r34-notes.XXXXXX)

compose() {  # compose NOTES NAME TONE
  ( cd /tmp && PYTHONPATH="$TREE" "$PY" -m composer compose "$1" --backend offline \
      --today 2026-12-04 --no-ask ) > "$OUT/$2-$3.txt" 2>&1
  echo "$2-$3: exit $?"
}

tone_of() { "$PY" -c 'import json,sys; print(json.load(open(sys.argv[1])).get("tone","warm"))' "$1"; }

for f in "$HERE"/h*.json; do
  name=$(basename "$f" .json)
  compose "$f" "$name" "$(tone_of "$f")"
done

# Extra tones: one other tone for three of the files.
for pair in h243:concise h246:warm h248:formal; do
  name=${pair%%:*}; tone=${pair##*:}
  copy="$TMPD/$name.json"
  "$PY" -c 'import json,sys; d=json.load(open(sys.argv[1])); d["tone"]=sys.argv[3]; json.dump(d,open(sys.argv[2],"w"),ensure_ascii=False,indent=2)' \
    "$HERE/$name.json" "$copy" "$tone"
  compose "$copy" "$name" "$tone"
done
rm -rf "$TMPD"
