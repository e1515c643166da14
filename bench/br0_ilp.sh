#!/bin/sh
# bench/br0_ilp.sh - model (a) of docs/packing.md, full-height columns on
# the floor, solved exactly by CBC for the given BR0 instances (an
# experiment, not a test: CBC is installed here only, never needed by the
# library or its tests).
# Usage: sh bench/br0_ilp.sh [--sec SECONDS] INSTANCE...   (default 300 s
# each)
set -eu
cd "$(dirname "$0")/.."
data=$(cd ../shared/data && pwd)/br0-dev.tsv
if ! command -v cbc >/dev/null 2>&1; then
    apt-get install -y coinor-cbc >/dev/null
fi
secs=300
if [ "${1:-}" = --sec ]; then
    secs=$2
    shift 2
fi
printf 'inst\tcolumns_optimum\tstatus\tcpu\n'
for i in "$@"; do
    python3 bench/br0_columns_ilp.py "$data" "$i" "$secs"
done
