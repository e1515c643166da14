#!/bin/sh
# tests/progress_check.sh EXE ERRFILE: run EXE's default scenario with
# --progress (the bar from the start, stderr to ERRFILE), then check that
# the bar's percentages never decrease, end at 100, and that --quiet wins.
set -eu
exe=$1 err=$2
"$exe" --progress --samples 200000 --threads 1 >/dev/null 2>"$err"
tr '\r' '\n' <"$err" | sed -n 's/.*\] *\([0-9][0-9]*\) %$/\1/p' | awk '
    NR > 1 && $1 + 0 < prev + 0 { back++ }
    { prev = $1 }
    END {
        if (NR < 10) { print "bar shown " NR " times (want >= 10)"; exit 1 }
        if (back) { print "bar went back " back " times"; exit 1 }
        if (prev != 100) { print "bar ended at " prev " %"; exit 1 }
        print NR " bar updates, never back, ending at 100 %"
    }'
"$exe" --progress --quiet --samples 20000 >/dev/null 2>"$err"
if [ -s "$err" ]; then
    echo "--quiet --progress wrote to stderr:"; cat "$err"; exit 1
fi
