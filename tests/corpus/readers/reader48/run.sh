#!/usr/bin/env bash
# Usage: run.sh TREE OUT: compose this folder's notes files as reader 49 did (its date, its extra
# tones), through benchmarks/compose_set.py.
HERE=$(cd "$(dirname "$0")" && pwd)
exec /work/main/.venv/bin/python "$HERE/../../../../benchmarks/compose_set.py" "$HERE" "$@" \
  --today 2026-12-19 --also h299=warm h300=warm h304=concise
