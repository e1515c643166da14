#!/bin/sh
# Each public header must stand alone: compile it by itself (twice, for the
# include guard) as C11 and, when a C++ compiler is given, as C++11, with
# every warning an error; and include nothing but standard headers and its
# siblings, so a program that uses the library needs no GSL or jansson
# headers.
#
# Usage: check-headers.sh HEADER_DIR CC [CXX]
# Exit 0 when every header passes; 1 with every fault listed on stderr.
set -eu
[ $# -ge 2 ] || { echo "usage: $0 HEADER_DIR CC [CXX]" >&2; exit 2; }
hdir=$1 cc=$2 cxx=${3:-}
inc=$(dirname "$hdir")
sub=$(basename "$hdir")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
fail=0 n=0
c11="assert|complex|ctype|errno|fenv|float|inttypes|iso646|limits|locale|math|\
setjmp|signal|stdalign|stdarg|stdatomic|stdbool|stddef|stdint|stdio|stdlib|\
stdnoreturn|string|tgmath|threads|time|uchar|wchar|wctype"
for h in "$hdir"/*.h; do
  name=$(basename "$h")
  n=$((n + 1))
  printf '#include <%s/%s>\n#include <%s/%s>\ntypedef int header_check_nonempty_;\n' \
    "$sub" "$name" "$sub" "$name" >"$tmp/t.c"
  if ! "$cc" -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
      -Wmissing-prototypes -Werror -fsyntax-only -I"$inc" "$tmp/t.c"; then
    echo "$name: does not compile alone as C11" >&2
    fail=1
  fi
  if [ -n "$cxx" ] && ! "$cxx" -x c++ -std=c++11 -Wall -Wextra -Wpedantic \
      -Werror -fsyntax-only -I"$inc" "$tmp/t.c"; then
    echo "$name: does not compile alone as C++11" >&2
    fail=1
  fi
  # Allowed includes: the C11 standard headers and "sibling.h".
  if grep -nE '^[[:space:]]*#[[:space:]]*include' "$h" |
      grep -vE "<($c11)\.h>|\"[A-Za-z0-9_]+\.h\""; then
    echo "$name: includes a header outside the C standard library (above)" >&2
    fail=1
  fi
done
[ "$n" -gt 0 ] || { echo "no header in $hdir" >&2; exit 1; }
if [ "$fail" -ne 0 ]; then
  echo "header check FAILED" >&2
  exit 1
fi
echo "header check passed: $n headers${cxx:+, as C11 and C++11}"
