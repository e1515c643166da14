#!/bin/sh
# tests/memory_check.sh EXE MODE DIR: a sweep's or a register's memory
# does not grow with its runs (docs/shipload-estimate.1, "Sweeping one
# input" and "Several scenario files").
#
# The smallest address-space limit (ulimit -v, to 1 MiB) under which a
# sweep of 2 values (MODE sweep) or a register of 2 files (MODE
# register, copies of one example scenario in DIR) runs is found first;
# the same with 12 values or 12 files must then run under that limit plus
# MARGIN.  Each run draws 400,000 samples: a sweep or register that kept
# every run's samples needs 10 runs' more (measured: 153 MiB for the
# sweep, 72 MiB for the register), while one that keeps only what its
# output needs (reg_keep) needs about the same as 2 (measured: +1 MiB for
# the sweep; 0 to +14 MiB for the register, the allocator's fragmentation,
# which varies with the address-space layout and stays the same with 24
# files).  One thread and no progress bar.
set -u
exe=$1 mode=$2 dir=$3
margin=40960 # KiB: 2.5 runs' samples
common="--samples 400000 --threads 1 --quiet"
example=$(dirname "$0")/../examples/scenarios/A.json

# args N: the arguments of a sweep of N values, or a register of N files
args() {
    if [ "$mode" = sweep ]; then
        echo "--cargo 152mm-round --claim 4000000 --sweep containers=1000:50000:$1"
    else
        i=1 list=""
        while [ "$i" -le "$1" ]; do
            cp "$example" "$dir/copy$i.json" || exit 1
            list="$list $dir/copy$i.json"
            i=$((i + 1))
        done
        echo "--json$list"
    fi
}

# fits KIB N: the run of N values or files ends with status 0 under an
# address-space limit of KIB (its output is not this test's)
fits() {
    # shellcheck disable=SC2046 # the arguments split on blanks
    (ulimit -v "$1" && exec "$exe" $common $(args "$2")) >/dev/null 2>&1
}

mkdir -p "$dir" || exit 1
if ! fits 8388608 2; then
    echo "a run of 2 does not fit in 8 GiB, or fails without a limit:"
    "$exe" $common $(args 2) >/dev/null
    exit 1
fi
# the smallest limit that fits 2: double up from 16 MiB, then halve the gap
lo=8192 hi=16384
while ! fits "$hi" 2; do
    lo=$hi
    hi=$((hi * 2))
done
while [ $((hi - lo)) -gt 1024 ]; do
    mid=$(((lo + hi) / 2))
    if fits "$mid" 2; then hi=$mid; else lo=$mid; fi
done
limit=$((hi + margin))
if fits "$limit" 12; then
    echo "$mode: 2 runs fit in $hi KiB; 12 fit in $limit KiB (+$margin)"
    exit 0
fi
echo "$mode: 2 runs fit in $hi KiB, and 12 do not fit in $limit KiB" \
     "(+$margin): the memory grows with the runs"
(ulimit -v "$limit" && exec "$exe" $common $(args 12)) >/dev/null
exit 1
