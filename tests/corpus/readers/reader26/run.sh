#!/usr/bin/env bash
# usage: run.sh TREE OUT  -- compose every heldout26 notes file offline, own tone + 4 other tones
set -u
TREE=$(readlink -f "$1"); OUT=$(readlink -f -m "$2")
HERE=/work/heldout26
PY=/work/main/.venv/bin/python
mkdir -p "$OUT" /tmp/heldout26-tones
run() { # FILE LABEL
  ( cd /tmp && PYTHONPATH="$TREE" "$PY" -m composer compose "$1" --backend offline --today 2026-12-04 --no-ask ) > "$OUT/$2.txt" 2>&1
  echo "exit=$?" >> "$OUT/$2.txt"
}
for f in "$HERE"/h2*.json; do
  b=$(basename "$f" .json)
  tone=$("$PY" -c 'import json,sys;print(json.load(open(sys.argv[1])).get("tone","warm"))' "$f")
  run "$f" "$b-$tone"
done
# four files in one other tone
for pair in h203:concise h205:formal h207:concise h209:warm; do
  b=${pair%%:*}; t=${pair##*:}
  "$PY" -c 'import json,sys;d=json.load(open(sys.argv[1]));d["tone"]=sys.argv[2];json.dump(d,open(sys.argv[3],"w"),ensure_ascii=False,indent=2)' \
    "$HERE/$b.json" "$t" "/tmp/heldout26-tones/$b.json"
  run "/tmp/heldout26-tones/$b.json" "$b-$t"
done
