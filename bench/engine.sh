#!/bin/sh
# bench/engine.sh - the engine's speed targets, side by side in one run:
# shipload (1 thread, all threads, 10^3/10^5/10^7 containers, set-up
# alone), GSL's generator floor, numpy and Squiggle on the same model.
# Usage: sh bench/engine.sh [BUILD_DIR] [SAMPLES] [ROUNDS] [SQUIGGLE_SAMPLES]
# (defaults: build-bench, a clean Release build; 1000000; 3; 100000).
# Installs the peers if missing, for the benchmark only: numpy from Debian
# (python3-numpy, for /usr/bin/python3) and @quri/squiggle-lang@0.10.0
# under bench/ (node_modules is git-ignored).  See docs/performance.md.
set -eu
cd "$(dirname "$0")/.."
build=${1:-build-bench}
samples=${2:-1000000}
rounds=${3:-3}
sqn=${4:-100000}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DSHIPLOAD_WERROR=ON \
      -DSHIPLOAD_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j2 --target bench_engine >/dev/null
if ! /usr/bin/python3 -c 'import numpy' 2>/dev/null; then
    apt-get install -y -qq python3-numpy >/dev/null
fi
if [ ! -d bench/node_modules/@quri/squiggle-lang ]; then
    (cd bench && npm install --no-save --no-package-lock \
        @quri/squiggle-lang@0.10.0 >/dev/null)
fi
model=$(mktemp)
trap 'rm -f "$model"' EXIT
# numpy runs its default BLAS kernel: the model uses no BLAS routine, and
# OPENBLAS_* set for old processors would only slow it (env README).
"$build/bench/bench_engine" --samples "$samples" --rounds "$rounds" \
    --model "$model" \
    --peer "numpy=env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 bench/peer_numpy.py" \
    --peer "Squiggle 0.10@$sqn=node bench/peer_squiggle.mjs"
