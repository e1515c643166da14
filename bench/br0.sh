#!/bin/sh
# bench/br0.sh - BR0 dev set: shipload's packer against the best known
# counts, plain horizontal layers and binpackingjs (side by side).
# Usage: sh bench/br0.sh [BUILD_DIR]   (default: build-bench, a clean
# Release build).  Installs binpackingjs@4.1.0 under bench/ if missing.
set -eu
cd "$(dirname "$0")/.."
build=${1:-build-bench}
data=$(cd ../shared/data && pwd)/br0-dev.tsv
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DSHIPLOAD_WERROR=ON \
      -DSHIPLOAD_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j2 --target bench_br0 >/dev/null
if [ ! -d bench/node_modules/binpackingjs ]; then
    (cd bench && npm install --no-save --no-package-lock binpackingjs@4.1.0 \
        >/dev/null)
fi
ours=$(mktemp) peer=$(mktemp)
trap 'rm -f "$ours" "$peer"' EXIT
status=0
"$build/bench/bench_br0" "$data" >"$ours" || status=$?
(cd bench && node binpack.mjs "$data") >"$peer"
# Join on the instance number and print rows, then totals and ratios.
awk -F'\t' '
    NR == FNR { bp[$1] = $2; bpms[$1] = $3; next }
    /^#/ { summary = summary $0 "\n"; next }
    $1 == "inst" { print $0 "\tbinpackingjs\tbp_ms"; next }
    {
        print $0 "\t" bp[$1] "\t" bpms[$1]
        n++; ours += $2; theirs += bp[$1]; t1 += $6; t2 += bpms[$1]
        more += ($2 > bp[$1]); fewer += ($2 < bp[$1])
    }
    END {
        printf "%s", summary
        printf "# binpackingjs: total %d boxes; shipload / binpackingjs = %.4f;", theirs, ours / theirs
        printf " more boxes on %d, fewer on %d of %d\n", more, fewer, n
        printf "# time: shipload %.1f ms in all, binpackingjs %.1f ms; ratio %.5f\n", t1, t2, t1 / t2
    }' "$peer" "$ours"
exit $status
