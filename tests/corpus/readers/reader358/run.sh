#!/usr/bin/env bash
# Usage: run.sh TREE OUT: compose this folder's notes files as reader 359 did (its date, its extra
# tones), through benchmarks/compose_set.py.
HERE=$(cd "$(dirname "$0")" && pwd)
exec /work/main/.venv/bin/python "$HERE/../../../../benchmarks/compose_set.py" "$HERE" "$@" \
  --today 2032-06-09 --also h1542=warm h1545=formal
