#!/bin/sh
# fuzz/build.sh — build the libFuzzer target fuzz_ouro.
#
#   fuzz/build.sh            configure (once) and build in _build/fuzz
#   BUILD=/tmp/x fuzz/build.sh   another build directory
#   EXTRA_CFLAGS=... fuzz/build.sh   more flags (e.g. -fno-sanitize=pointer-overflow
#                    to fuzz past a known finding); use its own BUILD dir
#
# A VPATH build of the library with clang, instrumented for coverage
# (-fsanitize=fuzzer-no-link) and checked by ASan+UBSan; then the target is
# linked with libFuzzer's main.  Works from a fresh clone: runs ./bootstrap
# when there is no configure yet.  Needs clang (with libFuzzer) and the
# same libraries as any ouro build (GMP, libedit, check).
set -eu

srcdir=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$srcdir/_build/fuzz}
CC=${CC:-clang}
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}

# Instrumentation for the library objects.  configure's
# --enable-sanitizers adds -fsanitize=address,undefined
# -fno-sanitize-recover=undefined to OURO_CFLAGS (and LDFLAGS) after these:
# the two lists combine (clang takes the union of -fsanitize= lists), and
# -fno-sanitize-recover makes every UBSan report abort, so libFuzzer keeps it
# as a crash.  -O1 -g: fast enough to fuzz, readable stack traces.
FUZZ_CFLAGS="-g -O1 -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined ${EXTRA_CFLAGS:-}"

if [ ! -x "$srcdir/configure" ]; then
    (cd "$srcdir" && ./bootstrap)
fi

mkdir -p "$build"
if [ ! -f "$build/config.status" ]; then
    (cd "$build" && "$srcdir/configure" CC="$CC" CFLAGS="$FUZZ_CFLAGS" \
        --enable-sanitizers --disable-dependency-tracking >configure.log 2>&1) || {
        tail -30 "$build/configure.log" >&2
        exit 1
    }
fi

# The library, and the ouro program (instrumented too: handy to replay a
# reproducer with its output: _build/fuzz/ouro fuzz/findings/NNN-x.py).
make -C "$build" -j"$jobs" libouro.la ouro >/dev/null

# The target: libFuzzer's main, the library, GMP and libm.
$CC $FUZZ_CFLAGS -fsanitize=fuzzer \
    -I"$srcdir/src" -I"$build" \
    -o "$build/fuzz_ouro" "$srcdir/fuzz/fuzz_ouro.c" \
    "$build/.libs/libouro.a" -lgmp -lm

echo "built $build/fuzz_ouro"
