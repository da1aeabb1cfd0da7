#!/usr/bin/env bash
# Usage: run.sh TREE OUT
# Composes every notes file in /work/heldout42 with the offline backend from the composer in TREE,
# in the file's own tone, and for three files also in one other tone (a copy in /tmp).
# stdout+stderr of each run go to OUT/<file>-<tone>.txt.
set -u
TREE=$(cd "${1:?usage: run.sh TREE OUT}" && pwd)
OUT=${2:?usage: run.sh TREE OUT}
mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd)
HERE=/work/heldout42
PY=/work/main/.venv/bin/python
declare -A EXTRA=( [h276]=formal [h278]=warm [h280]=concise )
TMPD=$(mktemp -d /tmp/r42-tones.XXXXXX)

compose() {  # file outfile
  ( cd /tmp && PYTHONPATH="$TREE" "$PY" -m composer compose "$1" --backend offline \
      --today 2026-12-09 --no-ask ) > "$2" 2>&1
  echo "$(basename "$2") exit=$?"
}

for f in "$HERE"/h*.json; do
  base=$(basename "$f" .json)
  tone=$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1])).get("tone","warm"))' "$f")
  compose "$f" "$OUT/$base-$tone.txt"
  if [ -n "${EXTRA[$base]:-}" ]; then
    alt=${EXTRA[$base]}
    mkdir -p "$TMPD/$alt"
    "$PY" -c 'import json,sys; d=json.load(open(sys.argv[1])); d["tone"]=sys.argv[2]; json.dump(d,open(sys.argv[3],"w"),ensure_ascii=False,indent=2)' \
      "$f" "$alt" "$TMPD/$alt/$base.json"
    compose "$TMPD/$alt/$base.json" "$OUT/$base-$alt.txt"
  fi
done
rm -rf "$TMPD"
