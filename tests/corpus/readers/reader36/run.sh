#!/usr/bin/env bash
# Usage: run.sh TREE OUT
# Composes every reader36 notes file with the offline backend using the code in TREE,
# in the file's own tone, plus one other tone for three files. stdout+stderr of each run
# goes to OUT/<file>-<tone>.txt.
set -u
if [ $# -ne 2 ]; then echo "usage: $0 TREE OUT" >&2; exit 64; fi
TREE=$(cd "$1" && pwd) || { echo "no such tree: $1" >&2; exit 64; }
mkdir -p "$2" && OUT=$(cd "$2" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
PY=/work/main/.venv/bin/python
ALT=$(mktemp -d /tmp/r36-alt.XXXXXX)
trap 'rm -rf "$ALT"' EXIT

# file -> extra tone
declare -A EXTRA=( [h252]=formal [h253]=warm [h256]=concise )

tone_of() { "$PY" -c 'import json,sys; print(json.load(open(sys.argv[1])).get("tone","warm"))' "$1"; }

run_one() {  # notes-file name tone
  ( cd /tmp && PYTHONPATH="$TREE" "$PY" -m composer compose "$1" \
      --backend offline --today 2026-12-09 --no-ask ) > "$OUT/$2-$3.txt" 2>&1
  echo "$2-$3 exit $?"
}

for f in "$HERE"/h2*.json; do
  name=$(basename "$f" .json)
  run_one "$f" "$name" "$(tone_of "$f")"
  if [ -n "${EXTRA[$name]:-}" ]; then
    t=${EXTRA[$name]}
    mkdir -p "$ALT/$t"
    "$PY" -c 'import json,sys; d=json.load(open(sys.argv[1])); d["tone"]=sys.argv[3]; json.dump(d,open(sys.argv[2],"w"),ensure_ascii=False,indent=2)' \
      "$f" "$ALT/$t/$name.json" "$t"
    run_one "$ALT/$t/$name.json" "$name" "$t"
  fi
done
