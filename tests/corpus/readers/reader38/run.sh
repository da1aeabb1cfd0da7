#!/usr/bin/env bash
# Usage: run.sh TREE OUT
# Composes every heldout38 notes file with the offline backend of the composer in TREE,
# in the file's own tone, plus one other tone for three of the files.
set -u
if [ $# -ne 2 ]; then echo "usage: $0 TREE OUT" >&2; exit 64; fi
TREE=$(cd "$1" && pwd)
mkdir -p "$2"
OUT=$(cd "$2" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
PY=/work/main/.venv/bin/python
TMPD=$(mktemp -d /tmp/r38-notes.XXXXXX)
trap 'rm -rf "$TMPD"' EXIT

compose() {  # $1 = notes file, $2 = output name
  ( cd /tmp && PYTHONPATH="$TREE" "$PY" -m composer compose "$1" --backend offline \
      --today 2026-12-09 --no-ask ) > "$OUT/$2.txt" 2>&1
  echo "$2 exit=$?"
}

tone_of() { "$PY" -c 'import json,sys; print(json.load(open(sys.argv[1])).get("tone","warm"))' "$1"; }

for f in "$HERE"/h*.json; do
  base=$(basename "$f" .json)
  compose "$f" "$base-$(tone_of "$f")"
done

# Extra tone for three files: a copy of the notes with only the tone changed.
for pair in h260:warm h261:warm h266:formal; do
  base=${pair%%:*}; tone=${pair#*:}
  copy="$TMPD/$base-$tone.json"
  "$PY" -c 'import json,sys; d=json.load(open(sys.argv[1])); d["tone"]=sys.argv[3]; json.dump(d,open(sys.argv[2],"w"),ensure_ascii=False,indent=2)' \
    "$HERE/$base.json" "$copy" "$tone"
  compose "$copy" "$base-$tone"
done
