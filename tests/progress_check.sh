#!/bin/sh
# tests/progress_check.sh EXE TYPESCRIPT: run EXE's default scenario on a
# pseudo-terminal with enough samples for the bar to show (after 1 s), then
# check that the bar's percentages never decrease and end at 100.
set -eu
exe=$1 out=$2
script -qec "$exe --samples 1500000 --threads 1 >/dev/null" "$out" >/dev/null
tr '\r' '\n' <"$out" | sed -n 's/.*\] *\([0-9][0-9]*\) %$/\1/p' | awk '
    NR > 1 && $1 + 0 < prev + 0 { back++ }
    { prev = $1 }
    END {
        if (NR < 10) { print "bar shown " NR " times (want >= 10)"; exit 1 }
        if (back) { print "bar went back " back " times"; exit 1 }
        if (prev != 100) { print "bar ended at " prev " %"; exit 1 }
        print NR " bar updates, never back, ending at 100 %"
    }'
