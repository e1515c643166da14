#!/bin/sh
# The consumer test: install the built library into a temporary prefix, then
# build examples/minimal.c from outside the source tree the three ways a C
# programmer would, and run each program:
#   1. CMake:      find_package(shipload) -> shipload::shipload (shared) and
#                  shipload::shipload_static
#   2. pkg-config: --cflags --libs (shared)
#   3. pkg-config: --static (a fully static executable)
#   and plain -I/-L/-l flags, as the README shows.
# Usage: scripts/consumer-test.sh [BUILD_DIR]   (default: build, already built)
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$src/build}" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/shipload-consumer.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
prefix=$tmp/prefix
cc=${CC:-cc}
cflags="-std=c11 -Wall -Wextra -Wpedantic -Werror"

step() { printf '== %s\n' "$*"; }
die() { echo "consumer test: $*" >&2; exit 1; }
first=""
run() { # run NAME PROGRAM: it must succeed, print, and print what the first did
  out=$("$2") || die "$1: exit status $?"
  [ -n "$out" ] || die "$1: printed nothing"
  printf '   %s\n' "$(printf '%s\n' "$out" | head -n 1)"
  [ -n "$first" ] || first=$out
  [ "$out" = "$first" ] || die "$1: output differs from the first build's:
$out"
}

step "install into $prefix"
cmake --install "$build" --prefix "$prefix" >/dev/null
for prog in shipload-estimate shipload-pack; do # run from the prefix: $ORIGIN rpath
  "$prefix/bin/$prog" --help >/dev/null || die "installed $prog does not run"
done
[ -f "$prefix/include/shipload/shipload.h" ] || die "headers not installed"
mkdir "$tmp/app"
cp "$src/examples/minimal.c" "$tmp/app/"
cd "$tmp/app"
[ -z "$(find "$prefix" -name internal.h)" ] || die "lib/internal.h was installed"
# the installed README's relative links (docs, the chart, examples) resolve
doc=$(find "$prefix" -path '*/doc/shipload/README.md')
[ -n "$doc" ] || die "README.md not installed"
for link in $(grep -o '](\(docs\|examples\)/[^)#]*' "$doc" | sed 's/^](//' | sort -u); do
  [ -e "$(dirname "$doc")/$link" ] || die "the installed README links to $link, not installed"
done

step "CMake find_package(shipload), shared and static targets"
cat >CMakeLists.txt <<'CMAKE'
cmake_minimum_required(VERSION 3.18)
project(minimal_consumer LANGUAGES C)
find_package(shipload 0.1 REQUIRED)
add_executable(minimal minimal.c)
target_link_libraries(minimal PRIVATE shipload::shipload)
add_executable(minimal_static minimal.c)
target_link_libraries(minimal_static PRIVATE shipload::shipload_static)
CMAKE
cmake -S . -B cmake-build -DCMAKE_PREFIX_PATH="$prefix" \
  -DCMAKE_C_FLAGS="$cflags" >/dev/null
cmake --build cmake-build >/dev/null
ldd cmake-build/minimal | grep -q "$prefix/.*libshipload\.so\.0" ||
  die "minimal does not load libshipload.so.0 from $prefix"
if ldd cmake-build/minimal_static | grep -q libshipload; then
  die "minimal_static loads libshipload.so"
fi
run "cmake shared" cmake-build/minimal
run "cmake static" cmake-build/minimal_static

libdir=$(dirname "$(find "$prefix" -name shipload.pc)")
export PKG_CONFIG_PATH="$libdir"
pc_libdir=$(pkg-config --variable=libdir shipload)
# The programs below link the shared library without an rpath.
export LD_LIBRARY_PATH="$pc_libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"

step "pkg-config shipload (shared)"
# shellcheck disable=SC2046
"$cc" $cflags minimal.c -o minimal-pc $(pkg-config --cflags --libs shipload)
ldd ./minimal-pc | grep -q "libshipload\.so\.0" ||
  die "minimal-pc does not link libshipload.so.0"
run "pkg-config shared" ./minimal-pc

step "plain compiler flags (shared library), as in the README"
"$cc" $cflags -I"$prefix/include" minimal.c -L"$pc_libdir" -lshipload -o minimal-plain
run "plain flags" ./minimal-plain
step "plain compiler flags (static archive), as in the README"
"$cc" $cflags -I"$prefix/include" minimal.c "$pc_libdir/libshipload.a" \
  -lgsl -lgslcblas -ljansson -lm -pthread -o minimal-plain-static
if ldd ./minimal-plain-static | grep -q libshipload; then
  die "minimal-plain-static loads libshipload.so"
fi
run "plain flags, static archive" ./minimal-plain-static

step "pkg-config --static shipload (fully static executable)"
# shellcheck disable=SC2046
"$cc" $cflags -static minimal.c -o minimal-static \
  $(pkg-config --static --cflags --libs shipload)
if ldd ./minimal-static >/dev/null 2>&1; then
  die "minimal-static is not a static executable"
fi
run "pkg-config static" ./minimal-static

echo "consumer test passed: find_package (shared, static), pkg-config (shared, static), plain flags"
