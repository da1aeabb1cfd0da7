#!/usr/bin/env bash
# Usage: run.sh TREE OUT
# Composes every held-out notes file with the offline backend in its own tone,
# and three files also in one other tone (a copy of the notes in /tmp).
set -u
TREE=$(cd "$1" && pwd)
mkdir -p "$2"
OUT=$(cd "$2" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
PY=/work/main/.venv/bin/python
TMPD=$(mktemp -d /tmp/heldout44-notes.XXXXXX)

compose() {  # compose NOTES NAME TONE
  ( cd /tmp && PYTHONPATH="$TREE" "$PY" -m composer compose "$1" \
      --backend offline --today 2026-12-09 --no-ask ) > "$OUT/$2-$3.txt" 2>&1
  echo "$2 $3 exit=$?"
}

for f in "$HERE"/h*.json; do
  name=$(basename "$f" .json)
  tone=$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1])).get("tone","warm"))' "$f")
  compose "$f" "$name" "$tone"
done

# extra tones: file:tone
for pair in h283:warm h287:concise h289:formal; do
  name=${pair%%:*}; tone=${pair##*:}
  src="$HERE/$name.json"
  [ -f "$src" ] || continue
  copy="$TMPD/$name-$tone.json"
  "$PY" -c 'import json,sys; d=json.load(open(sys.argv[1])); d["tone"]=sys.argv[3]; json.dump(d,open(sys.argv[2],"w"),ensure_ascii=False,indent=2)' "$src" "$copy" "$tone"
  compose "$copy" "$name" "$tone"
done
rm -rf "$TMPD"
