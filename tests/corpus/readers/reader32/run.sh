#!/usr/bin/env bash
# Usage: run.sh TREE OUT
# Composes every heldout32 notes file with the offline backend from the composer in TREE,
# in the file's own tone, and 3 files also in one other tone. stdout+stderr -> OUT/<file>-<tone>.txt
set -u
TREE=$(cd "${1:?usage: run.sh TREE OUT}" && pwd)
OUT=${2:?usage: run.sh TREE OUT}
mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
PY=/work/main/.venv/bin/python
TMP=$(mktemp -d /tmp/r32-notes.XXXXXX)

compose() {  # $1 notes file, $2 output name
  ( cd /tmp && PYTHONPATH="$TREE" "$PY" -m composer compose "$1" --backend offline \
      --today 2026-12-04 --no-ask ) > "$OUT/$2.txt" 2>&1
  echo "$2 rc=$?"
}

for f in "$HERE"/h*.json; do
  name=$(basename "$f" .json)
  tone=$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1], encoding="utf-8")).get("tone", "warm"))' "$f")
  compose "$f" "$name-$tone"
done

# one other tone for 3 files
for pair in h236:formal h240:warm h242:concise; do
  name=${pair%%:*}; tone=${pair##*:}
  copy="$TMP/$name.json"
  "$PY" -c 'import json,sys; d=json.load(open(sys.argv[1], encoding="utf-8")); d["tone"]=sys.argv[3]; json.dump(d, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=2)' \
    "$HERE/$name.json" "$copy" "$tone"
  compose "$copy" "$name-$tone"
done
rm -rf "$TMP"
