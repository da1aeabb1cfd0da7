#!/usr/bin/env bash
# Usage: run.sh TREE OUT
# Composes each held-out notes file offline with the composer in TREE, in the file's own tone,
# and three of the files also in one other tone. Output (stdout+stderr) per run in OUT/<file>-<tone>.txt.
set -u
TREE=$(cd "$1" && pwd)
mkdir -p "$2"
OUT=$(cd "$2" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
PY=/work/main/.venv/bin/python
TMPD=$(mktemp -d /tmp/h46-tones.XXXXXX)

run_one() {  # $1 notes file, $2 base name, $3 tone
  ( cd /tmp && PYTHONPATH="$TREE" "$PY" -m composer compose "$1" --backend offline \
      --today 2026-12-16 --no-ask ) > "$OUT/$2-$3.txt" 2>&1
  echo "$2-$3 exit $?"
}

tone_of() { "$PY" -c 'import json,sys; print(json.load(open(sys.argv[1])).get("tone","warm"))' "$1"; }

for f in "$HERE"/h29[1-8].json; do
  b=$(basename "$f" .json)
  run_one "$f" "$b" "$(tone_of "$f")"
done

# extra tones: file:tone
for pair in h293:concise h294:formal h296:warm; do
  b=${pair%%:*}; t=${pair##*:}
  copy="$TMPD/$b-$t.json"
  "$PY" -c 'import json,sys; d=json.load(open(sys.argv[1])); d["tone"]=sys.argv[3]; json.dump(d,open(sys.argv[2],"w"),ensure_ascii=False,indent=2)' \
    "$HERE/$b.json" "$copy" "$t"
  run_one "$copy" "$b" "$t"
done
rm -rf "$TMPD"
