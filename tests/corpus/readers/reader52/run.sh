#!/usr/bin/env bash
# Usage: run.sh TREE OUT
# Composes every notes file in this folder with the offline backend of TREE,
# in its own tone, and 3 files also in one other tone (copies in /tmp).
set -u
TREE=$(cd "$1" && pwd)
mkdir -p "$2"
OUT=$(cd "$2" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
PY=/work/main/.venv/bin/python
TMP=$(mktemp -d /tmp/r52-notes.XXXXXX)

run() {  # run FILE NAME TONE
  ( cd /tmp && PYTHONPATH="$TREE" "$PY" -m composer compose "$1" --backend offline \
      --today 2026-12-30 --no-ask ) > "$OUT/$2-$3.txt" 2>&1
  echo "$2 $3 exit=$?"
}

for f in "$HERE"/h*.json; do
  name=$(basename "$f" .json)
  tone=$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1], encoding="utf-8")).get("tone","warm"))' "$f")
  run "$f" "$name" "$tone"
done

# extra tones: file:tone
for pair in h317:formal h319:warm h322:formal; do
  name=${pair%%:*}; tone=${pair##*:}
  copy="$TMP/$name.json"
  "$PY" -c 'import json,sys; d=json.load(open(sys.argv[1], encoding="utf-8")); d["tone"]=sys.argv[3]; json.dump(d, open(sys.argv[2],"w",encoding="utf-8"), ensure_ascii=False, indent=2)' \
    "$HERE/$name.json" "$copy" "$tone"
  run "$copy" "$name" "$tone"
done
rm -rf "$TMP"
