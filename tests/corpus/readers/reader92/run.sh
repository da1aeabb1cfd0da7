#!/usr/bin/env bash
# Usage: run.sh TREE OUT: compose this folder's notes files as reader 93 did (its date, its extra
# tones), through benchmarks/compose_set.py.
HERE=$(cd "$(dirname "$0")" && pwd)
exec /work/main/.venv/bin/python "$HERE/../../../../benchmarks/compose_set.py" "$HERE" "$@" \
  --today 2027-07-29 --also h481=warm h476=warm
