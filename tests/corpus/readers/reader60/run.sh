#!/usr/bin/env bash
# Usage: run.sh TREE OUT
# Composes every heldout60 notes file with the offline backend from code tree TREE,
# in the file's own tone, and three files also in one other tone.
# Output (stdout+stderr) of each run goes to OUT/<file>-<tone>.txt
set -u
TREE="$(cd "${1:?usage: run.sh TREE OUT}" && pwd)"
OUT="${2:?usage: run.sh TREE OUT}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
HERE="$(cd "$(dirname "$0")" && pwd)"
PY=/work/main/.venv/bin/python
TMP="$(mktemp -d /tmp/r60-tones.XXXXXX)"
trap 'rm -rf "$TMP"' EXIT

compose() {  # $1 notes file, $2 output file
  ( cd /tmp && PYTHONPATH="$TREE" "$PY" -m composer compose "$1" \
      --backend offline --today 2027-01-14 --no-ask ) > "$2" 2>&1
  echo "$(basename "$2") exit $?"
}

for f in "$HERE"/h*.json; do
  name="$(basename "$f" .json)"
  tone="$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1])).get("tone","warm"))' "$f")"
  compose "$f" "$OUT/$name-$tone.txt"
done

# extra tones: file -> other tone
for pair in h347:warm h352:warm h353:formal; do
  name="${pair%%:*}"; tone="${pair##*:}"
  mkdir -p "$TMP/$tone"
  "$PY" -c 'import json,sys; d=json.load(open(sys.argv[1])); d["tone"]=sys.argv[2]; json.dump(d, open(sys.argv[3],"w"), ensure_ascii=False, indent=2)' \
      "$HERE/$name.json" "$tone" "$TMP/$tone/$name.json"
  compose "$TMP/$tone/$name.json" "$OUT/$name-$tone.txt"
done
