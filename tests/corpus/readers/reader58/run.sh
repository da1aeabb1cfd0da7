#!/usr/bin/env bash
# Usage: run.sh TREE OUT
# Composes every held-out notes file with the offline backend from code tree TREE,
# in the file's own tone, and 3 files also in one other tone (a /tmp copy with the tone changed).
# stdout+stderr of each run goes to OUT/<file>-<tone>.txt
set -u
if [ $# -ne 2 ]; then echo "usage: $0 TREE OUT" >&2; exit 64; fi
TREE=$(cd "$1" && pwd) || exit 64
mkdir -p "$2" && OUT=$(cd "$2" && pwd) || exit 64
HERE=$(cd "$(dirname "$0")" && pwd)
PY=/work/main/.venv/bin/python
TMPD=$(mktemp -d /tmp/heldout58-run.XXXXXX)

# file -> extra tone
declare -A EXTRA=( [h340]=warm [h342]=concise [h345]=formal )

compose() {  # notes-file name tone
  ( cd /tmp && PYTHONPATH="$TREE" "$PY" -m composer compose "$1" --backend offline \
      --today 2027-01-13 --no-ask ) > "$OUT/$2-$3.txt" 2>&1
  echo "$2-$3 exit $?"
}

for f in "$HERE"/h3*.json; do
  name=$(basename "$f" .json)
  tone=$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1])).get("tone","warm"))' "$f")
  compose "$f" "$name" "$tone"
  if [ -n "${EXTRA[$name]:-}" ]; then
    t2=${EXTRA[$name]}
    copy="$TMPD/$name-$t2.json"
    "$PY" -c 'import json,sys; d=json.load(open(sys.argv[1])); d["tone"]=sys.argv[3]; json.dump(d,open(sys.argv[2],"w"),ensure_ascii=False,indent=2)' "$f" "$copy" "$t2"
    compose "$copy" "$name" "$t2"
  fi
done
rm -rf "$TMPD"
