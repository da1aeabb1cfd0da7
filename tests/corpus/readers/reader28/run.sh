#!/usr/bin/env bash
# Usage: run.sh TREE OUT
# Composes letters for every notes file here with the composer from TREE (offline backend),
# in the file's own tone, and for three files also in one other tone.
set -u
if [ $# -ne 2 ]; then echo "usage: $0 TREE OUT" >&2; exit 2; fi
TREE=$(cd "$1" && pwd) || exit 2
mkdir -p "$2" && OUT=$(cd "$2" && pwd) || exit 2
HERE=$(cd "$(dirname "$0")" && pwd)
PY=/work/main/.venv/bin/python
TMP=$(mktemp -d /tmp/r28-notes.XXXXXX)
trap 'rm -rf "$TMP"' EXIT

# extra tone per file (copy of the notes with tone changed)
declare -A EXTRA=( [h220]=formal [h223]=warm [h224]=concise )

run_one() {  # notes-file name tone
  ( cd /tmp && PYTHONPATH="$TREE" "$PY" -m composer compose "$1" --backend offline \
      --today 2026-12-04 --no-ask ) > "$OUT/$2-$3.txt" 2>&1
  echo "$2-$3: exit $?"
}

for f in "$HERE"/h2*.json; do
  name=$(basename "$f" .json)
  tone=$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1])).get("tone","warm"))' "$f")
  run_one "$f" "$name" "$tone"
  if [ -n "${EXTRA[$name]:-}" ]; then
    alt=${EXTRA[$name]}
    copy="$TMP/$name-$alt.json"
    "$PY" -c 'import json,sys; d=json.load(open(sys.argv[1])); d["tone"]=sys.argv[3]; json.dump(d,open(sys.argv[2],"w"),ensure_ascii=False,indent=2)' "$f" "$copy" "$alt"
    run_one "$copy" "$name" "$alt"
  fi
done
