#!/bin/sh
# bench/cache.sh - what an sl_cache saves: the sweep of
# `shipload-estimate --sweep containers=10000:40000:7` and the default
# run's four interpretations, with and without a cache, interleaved.
# Usage: sh bench/cache.sh [BUILD_DIR] [ROUNDS] [SAMPLES] [THREADS]
# (defaults: build-bench, a clean Release build; 5; 100000; 0 = all
# cores).  See docs/performance.md, "Sharing the set-up".
set -eu
cd "$(dirname "$0")/.."
build=${1:-build-bench}
rounds=${2:-5}
samples=${3:-100000}
threads=${4:-0}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DSHIPLOAD_WERROR=ON \
      -DSHIPLOAD_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j2 --target bench_cache >/dev/null
"$build/bench/bench_cache" --rounds "$rounds" --samples "$samples" \
    --threads "$threads"
