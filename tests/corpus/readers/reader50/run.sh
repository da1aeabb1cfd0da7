#!/usr/bin/env bash
# Usage: run.sh TREE OUT   — compose every held-out notes file (h307..h314) with the offline backend.
# Each file runs in its own tone; h308, h311 and h313 also run in one other tone (copy in /tmp).
set -u
if [ $# -ne 2 ]; then echo "usage: $0 TREE OUT" >&2; exit 2; fi
TREE=$(cd "$1" && pwd)
mkdir -p "$2"; OUT=$(cd "$2" && pwd)
DIR=$(cd "$(dirname "$0")" && pwd)
PY=/work/main/.venv/bin/python
TMPN=$(mktemp -d /tmp/heldout50-notes.XXXXXX)
trap 'rm -rf "$TMPN"' EXIT

compose() {  # compose NOTES LABEL
  (cd /tmp && PYTHONPATH="$TREE" "$PY" -m composer compose "$1" --backend offline \
      --today 2026-12-23 --no-ask) > "$OUT/$2.txt" 2>&1
  echo "$2 exit $?"
}

tone_of() { "$PY" -c 'import json,sys; print(json.load(open(sys.argv[1])).get("tone","warm"))' "$1"; }

for f in "$DIR"/h3*.json; do
  b=$(basename "$f" .json)
  compose "$f" "$b-$(tone_of "$f")"
done

for pair in h308:warm h311:warm h313:formal; do
  b=${pair%%:*}; t=${pair#*:}
  "$PY" -c 'import json,sys; d=json.load(open(sys.argv[1])); d["tone"]=sys.argv[3]; json.dump(d,open(sys.argv[2],"w"),ensure_ascii=False,indent=2)' \
      "$DIR/$b.json" "$TMPN/$b.json" "$t"
  compose "$TMPN/$b.json" "$b-$t"
done
