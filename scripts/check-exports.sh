#!/bin/sh
# The export check: a shared library must export exactly the functions that
# its public headers declare with SL_API, every one named sl_*; a static
# archive, if given, may define only sl_* and sli_* global names (so a
# program that links it statically meets no surprise collisions).
#
# Usage: check-exports.sh [-p PENDING] [-a ARCHIVE] LIBRARY.so HEADER_DIR
#   PENDING  names declared but not implemented yet, one per line (# comments):
#            their absence is reported, not failed.
# Exit 0 when all holds; 1 with every fault listed on stderr.
set -eu
export LC_ALL=C
pending="" archive=""
while getopts p:a: opt; do
  case $opt in
    p) pending=$OPTARG ;;
    a) archive=$OPTARG ;;
    *) echo "usage: $0 [-p PENDING] [-a ARCHIVE] LIBRARY.so HEADER_DIR" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -eq 2 ] || { echo "usage: $0 [-p PENDING] [-a ARCHIVE] LIBRARY.so HEADER_DIR" >&2; exit 2; }
lib=$1 hdir=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

# Declared: strip comments without expanding macros (the compiler's own
# tokenizer, so comments and strings are read right), join continued lines,
# drop directives, then take the identifier before the "(" (function) or ";"
# (object) that ends each SL_API declaration.
for h in "$hdir"/*.h; do
  "${CC:-cc}" -w -fpreprocessed -dD -E -P "$h"
done | sed -e ':a' -e '/\\$/N; s/\\\n//; ta' | grep -v '^[[:space:]]*#' |
  tr '\n' ' ' | grep -o 'SL_API[^(;]*[(;]' |
  sed -e 's/[[:space:](;]*$//' -e 's/.*[^A-Za-z0-9_]//' | sort -u >"$tmp/declared"
[ -s "$tmp/declared" ] || { echo "no SL_API declaration found in $hdir/*.h" >&2; exit 1; }

nm -D --defined-only "$lib" | awk 'NF >= 3 { sub(/@.*/, "", $3); print $3 }' |
  sort -u >"$tmp/exported"
if [ -n "$pending" ]; then
  sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' "$pending" | sort -u >"$tmp/pending"
else
  : >"$tmp/pending"
fi

fail=0
report() { # report FILE MESSAGE: one line per name in FILE; marks failure
  while read -r name; do
    echo "$name: $2" >&2
    fail=1
  done <"$1"
}
comm -23 "$tmp/declared" "$tmp/exported" >"$tmp/missing"
comm -23 "$tmp/missing" "$tmp/pending" >"$tmp/missing-hard"
comm -12 "$tmp/missing" "$tmp/pending" >"$tmp/waiting"
comm -12 "$tmp/exported" "$tmp/pending" >"$tmp/stale"
[ -s "$tmp/waiting" ] && echo "pending ($(wc -l <"$tmp/waiting") declared, not implemented yet):" $(cat "$tmp/waiting")
[ -s "$tmp/stale" ] && echo "note: now exported, delete from $pending:" $(cat "$tmp/stale")
report "$tmp/missing-hard" "declared SL_API in $hdir but not exported by $lib"
comm -13 "$tmp/declared" "$tmp/exported" >"$tmp/extra"
report "$tmp/extra" "exported by $lib but declared by no public header (mark it static, or declare it SL_API)"
cat "$tmp/declared" "$tmp/exported" | sort -u | grep -v '^sl_' >"$tmp/noprefix" || :
report "$tmp/noprefix" "public name without the sl_ prefix"
if [ -n "$archive" ]; then
  nm -g --defined-only "$archive" | awk 'NF >= 3 { print $3 }' | sort -u |
    grep -Ev '^sli?_' >"$tmp/archive-bad" || :
  report "$tmp/archive-bad" "global name in $archive without the sl_/sli_ prefix (make it static or name it sli_)"
fi

n=$(wc -l <"$tmp/exported")
if [ "$fail" -ne 0 ]; then
  echo "export check FAILED ($n exported)" >&2
  exit 1
fi
echo "export check passed: $n symbols exported, all declared SL_API, all sl_*"
