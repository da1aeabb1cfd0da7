#!/usr/bin/env bash
# Usage: run.sh TREE OUT: compose this folder's notes files as reader 301 did (its date, its extra
# tones), through benchmarks/compose_set.py.
HERE=$(cd "$(dirname "$0")" && pwd)
exec /work/main/.venv/bin/python "$HERE/../../../../benchmarks/compose_set.py" "$HERE" "$@" \
  --today 2031-11-12 --also h1309=formal h1313=warm
