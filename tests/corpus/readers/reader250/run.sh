#!/usr/bin/env bash
# Usage: run.sh TREE OUT: compose this folder's notes files as reader 251 did (its date, its extra
# tones), through benchmarks/compose_set.py.
HERE=$(cd "$(dirname "$0")" && pwd)
exec /work/main/.venv/bin/python "$HERE/../../../../benchmarks/compose_set.py" "$HERE" "$@" \
  --today 2030-11-06 --also h1107=warm h1111=concise
