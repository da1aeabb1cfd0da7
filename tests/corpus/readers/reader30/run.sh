#!/usr/bin/env bash
# Usage: run.sh TREE OUT
# Composes every notes file here with the composer in TREE (offline backend),
# in the file's own tone, and for three files also in one other tone (a copy in /tmp).
# stdout+stderr of each run go to OUT/<file>-<tone>.txt.
set -u
TREE=$(cd "${1:?usage: run.sh TREE OUT}" && pwd)
OUT=${2:?usage: run.sh TREE OUT}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
PY=${PY:-python3}
# extra tones: file -> other tone
declare -A EXTRA=( [h228]=warm [h230]=formal [h233]=concise )
TMPD=$(mktemp -d /tmp/r30-notes.XXXXXX)

tone_of() { "$PY" -c 'import json,sys; print(json.load(open(sys.argv[1])).get("tone","warm"))' "$1"; }

run_one() {  # notes-file name tone
  ( cd /tmp && PYTHONPATH="$TREE" "$PY" -m composer compose "$1" --backend offline \
      --today 2026-12-04 --no-ask ) > "$OUT/$2-$3.txt" 2>&1
  echo "$2-$3: exit $?"
}

for f in "$HERE"/h2*.json; do
  name=$(basename "$f" .json)
  run_one "$f" "$name" "$(tone_of "$f")"
  if [[ -n "${EXTRA[$name]:-}" ]]; then
    t=${EXTRA[$name]}
    copy="$TMPD/$name-$t.json"
    "$PY" -c 'import json,sys; d=json.load(open(sys.argv[1])); d["tone"]=sys.argv[3]; json.dump(d, open(sys.argv[2],"w"), ensure_ascii=False, indent=2)' "$f" "$copy" "$t"
    run_one "$copy" "$name" "$t"
  fi
done
rm -rf "$TMPD"
