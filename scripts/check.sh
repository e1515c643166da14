#!/bin/sh
# Command 2 of the README (and what CI runs): install what is missing,
# build warning-free, and run the whole test suite.
set -eu
cd "$(dirname "$0")/.."
sh scripts/deps.sh
cmake -S . -B build -DSHIPLOAD_WERROR=ON
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"
