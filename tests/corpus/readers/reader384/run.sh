#!/usr/bin/env bash
# Usage: run.sh TREE OUT: compose this folder's notes files as reader 385 did (its date, its extra
# tones), through benchmarks/compose_set.py.
HERE=$(cd "$(dirname "$0")" && pwd)
exec /work/main/.venv/bin/python "$HERE/../../../../benchmarks/compose_set.py" "$HERE" "$@" \
  --today 2032-07-07 --also h1614=warm h1617=formal
