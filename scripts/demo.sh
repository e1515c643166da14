#!/bin/sh
# Command 1 of the README: install what is missing, build, and run the
# example estimator on the default scenario (the June 2024 claim).
set -eu
cd "$(dirname "$0")/.."
sh scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
exec build/examples/shipload-estimate "$@"
