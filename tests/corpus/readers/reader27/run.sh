#!/bin/bash
# usage: run.sh TREE OUT
TREE="$1"; OUT="$2"
mkdir -p "$OUT" /tmp/h27tones
PY=/work/main/.venv/bin/python
H=/work/heldout27
run() { # notesfile label
  ( cd /tmp && PYTHONPATH="$TREE" "$PY" -m composer compose "$1" --backend offline --today 2026-12-04 --no-ask ) > "$OUT/$2.txt" 2>&1
  echo "exit=$?" >> "$OUT/$2.txt"
}
for f in $H/h21?.json; do
  b=$(basename "$f" .json)
  t=$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1])).get("tone","warm"))' "$f")
  run "$f" "$b-$t"
done
for pair in h212:formal h214:concise h218:warm; do
  b=${pair%%:*}; t=${pair##*:}
  "$PY" -c 'import json,sys; d=json.load(open(sys.argv[1])); d["tone"]=sys.argv[2]; json.dump(d,open(sys.argv[3],"w"),ensure_ascii=False,indent=2)' "$H/$b.json" "$t" "/tmp/h27tones/$b-$t.json"
  run "/tmp/h27tones/$b-$t.json" "$b-$t"
done
