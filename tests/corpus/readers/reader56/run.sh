#!/usr/bin/env bash
# Usage: run.sh TREE OUT
# Composes every heldout56 notes file with the offline backend in its own tone,
# and h331, h333, h336 also in one other tone (copies in /tmp with the tone changed).
set -u
TREE="$(cd "$1" && pwd)"
mkdir -p "$2"
OUT="$(cd "$2" && pwd)"
HERE="$(cd "$(dirname "$0")" && pwd)"
PY=/work/main/.venv/bin/python
TMPD="$(mktemp -d /tmp/r56-notes.XXXXXX)"

compose() {  # file name tone
  ( cd /tmp && PYTHONPATH="$TREE" "$PY" -m composer compose "$1" \
      --backend offline --today 2027-01-07 --no-ask ) > "$OUT/$2-$3.txt" 2>&1
  echo "$2-$3 exit $?"
}

for f in "$HERE"/h33[1-8].json; do
  name="$(basename "$f" .json)"
  tone="$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1])).get("tone","warm"))' "$f")"
  compose "$f" "$name" "$tone"
done

# second tone for three files
for pair in h331:warm h333:formal h336:concise; do
  name="${pair%%:*}"; tone="${pair##*:}"
  copy="$TMPD/$name-$tone.json"
  "$PY" -c 'import json,sys; d=json.load(open(sys.argv[1])); d["tone"]=sys.argv[3]; json.dump(d, open(sys.argv[2],"w"), ensure_ascii=False, indent=2)' \
    "$HERE/$name.json" "$copy" "$tone"
  compose "$copy" "$name" "$tone"
done
rm -rf "$TMPD"
