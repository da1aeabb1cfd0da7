#!/usr/bin/env bash
# Usage: run.sh TREE OUT
# Composes each notes file in this folder (h323..h330) with the offline composer of TREE,
# in the file's own tone; h325, h326 and h330 also in one other tone (tone-changed copies in /tmp).
# stdout+stderr of each run go to OUT/<file>-<tone>.txt.
set -u
if [ $# -ne 2 ]; then echo "usage: $0 TREE OUT" >&2; exit 2; fi
TREE=$(cd "$1" && pwd) || exit 2
mkdir -p "$2"
OUT=$(cd "$2" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
PY=/work/main/.venv/bin/python
TMP=$(mktemp -d /tmp/r54-notes.XXXXXX)
trap 'rm -rf "$TMP"' EXIT

run() {  # run FILE NAME TONE
  ( cd /tmp && PYTHONPATH="$TREE" "$PY" -m composer compose "$1" --backend offline \
      --today 2027-01-06 --no-ask ) > "$OUT/$2-$3.txt" 2>&1
  echo "$2 $3 exit=$?"
}

for f in "$HERE"/h*.json; do
  name=$(basename "$f" .json)
  tone=$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1], encoding="utf-8")).get("tone","warm"))' "$f")
  run "$f" "$name" "$tone"
done

# one other tone for three files: name:tone
for pair in h325:warm h326:formal h330:concise; do
  name=${pair%%:*}; tone=${pair##*:}
  copy="$TMP/$name.json"
  "$PY" -c 'import json,sys; d=json.load(open(sys.argv[1], encoding="utf-8")); d["tone"]=sys.argv[3]; json.dump(d, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=2)' \
    "$HERE/$name.json" "$copy" "$tone"
  run "$copy" "$name" "$tone"
done
