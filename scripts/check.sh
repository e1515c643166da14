#!/bin/sh
# Command 2 of the README (and what CI runs): install what is missing,
# build warning-free, and run the whole test suite.
set -eu
cd "$(dirname "$0")/.."
sh scripts/deps.sh
cmake -S . -B build -DSHIPLOAD_WERROR=ON
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"
# The benchmarks' build (bench/engine.sh, bench/br0.sh): Release (-O3)
# warns about things -O2 does not see, so build the library, the examples
# and the benchmarks that way too, warning-free.
cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DSHIPLOAD_WERROR=ON \
      -DSHIPLOAD_BUILD_TESTS=OFF
cmake --build build-release -j"$(nproc)"
# Install into a temporary prefix and build examples/minimal.c against it
# from outside the tree (find_package, pkg-config shared and static).
sh scripts/consumer-test.sh build
# The reliability checks: sanitizers, valgrind, fuzz smoke runs
# (docs/reliability.md).  SHIPLOAD_HARDEN=0 skips them.
[ "${SHIPLOAD_HARDEN:-1}" = 0 ] || sh scripts/harden.sh
