#!/bin/sh
# Command 2 of the README (and what CI runs): install what is missing,
# build warning-free, and run the whole test suite.
set -eu
cd "$(dirname "$0")/.."
sh scripts/deps.sh
cmake -S . -B build -DSHIPLOAD_WERROR=ON
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"
# Install into a temporary prefix and build examples/minimal.c against it
# from outside the tree (find_package, pkg-config shared and static).
sh scripts/consumer-test.sh build
# The reliability checks: sanitizers, valgrind, fuzz smoke runs
# (docs/reliability.md).  SHIPLOAD_HARDEN=0 skips them.
[ "${SHIPLOAD_HARDEN:-1}" = 0 ] || sh scripts/harden.sh
