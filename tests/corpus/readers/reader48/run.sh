#!/usr/bin/env bash
# Usage: run.sh TREE OUT   — compose every held-out notes file with the offline backend.
set -u
TREE=$(cd "$1" && pwd)
mkdir -p "$2"; OUT=$(cd "$2" && pwd)
DIR=$(cd "$(dirname "$0")" && pwd)
PY=/work/main/.venv/bin/python
TMPN=$(mktemp -d /tmp/heldout48-notes.XXXXXX)

compose() {  # compose NOTES LABEL
  (cd /tmp && PYTHONPATH="$TREE" "$PY" -m composer compose "$1" --backend offline \
      --today 2026-12-19 --no-ask) > "$OUT/$2.txt" 2>&1
  echo "$2 exit $?"
}

tone_of() { "$PY" -c 'import json,sys; print(json.load(open(sys.argv[1])).get("tone","warm"))' "$1"; }

for f in "$DIR"/h*.json; do
  b=$(basename "$f" .json)
  compose "$f" "$b-$(tone_of "$f")"
done

# three files also in one other tone (a copy of the notes with the tone changed)
for pair in h299:warm h300:warm h304:concise; do
  b=${pair%%:*}; t=${pair#*:}
  "$PY" -c 'import json,sys; d=json.load(open(sys.argv[1])); d["tone"]=sys.argv[3]; json.dump(d,open(sys.argv[2],"w"),ensure_ascii=False,indent=2)' \
      "$DIR/$b.json" "$TMPN/$b.json" "$t"
  compose "$TMPN/$b.json" "$b-$t"
done
rm -rf "$TMPN"
