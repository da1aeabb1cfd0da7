#!/usr/bin/env bash
# Usage: run.sh TREE OUT
# Composes every held-out notes file in /work/heldout40 with the offline backend of the composer
# found in TREE, in the file's own tone, plus one other tone for three of the files.
set -u
TREE=$(cd "${1:?usage: run.sh TREE OUT}" && pwd)
OUT=${2:?usage: run.sh TREE OUT}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
HERE=/work/heldout40
PY=/work/main/.venv/bin/python
TMPD=$(mktemp -d /tmp/r40-notes.XXXXXX)

run_one() {  # notes-file name tone
  local file=$1 name=$2 tone=$3
  (cd /tmp && PYTHONPATH="$TREE" "$PY" -m composer compose "$file" --backend offline \
      --today 2026-12-09 --no-ask) > "$OUT/$name-$tone.txt" 2>&1
  echo "$name-$tone: exit $?"
}

for f in "$HERE"/h*.json; do
  name=$(basename "$f" .json)
  tone=$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1])).get("tone","warm"))' "$f")
  run_one "$f" "$name" "$tone"
done

# three files again in one other tone (a copy of the notes with only the tone changed)
for pair in h267:warm h270:formal h272:concise; do
  name=${pair%%:*}; tone=${pair##*:}
  copy="$TMPD/$name-$tone.json"
  "$PY" -c 'import json,sys; d=json.load(open(sys.argv[1])); d["tone"]=sys.argv[3]; json.dump(d,open(sys.argv[2],"w"),ensure_ascii=False,indent=2)' \
      "$HERE/$name.json" "$copy" "$tone"
  run_one "$copy" "$name" "$tone"
done
rm -rf "$TMPD"
