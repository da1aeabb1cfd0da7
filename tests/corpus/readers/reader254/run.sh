#!/usr/bin/env bash
# Usage: run.sh TREE OUT: compose this folder's notes files as reader 255 did (its date, its extra
# tones), through benchmarks/compose_set.py.
HERE=$(cd "$(dirname "$0")" && pwd)
exec /work/main/.venv/bin/python "$HERE/../../../../benchmarks/compose_set.py" "$HERE" "$@" \
  --today 2030-12-04 --also h1125=warm h1128=concise
