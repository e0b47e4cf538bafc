#!/bin/sh
# patches/gc-boehm.diff is committed so that a reader sees what the Boehm
# variant changes without building anything; this test keeps it in step
# with the sources.  It regenerates the patch into a temporary file and
# fails, with the instruction to run make patches, when the two differ.
# The patch depends on the sources only, not on the configuration, so
# every backend's make check runs it alike.
srcdir=${OURO_SRCDIR:-$(dirname "$0")/..}
unifdef=${UNIFDEF:-unifdef}
if ! command -v "$unifdef" >/dev/null 2>&1; then
  echo "SKIP: unifdef not found (Debian package unifdef), cannot regenerate patches/gc-boehm.diff"
  exit 77
fi
fresh=$(mktemp "${TMPDIR:-/tmp}/gc-boehm.diff.XXXXXX") || exit 99
trap 'rm -f "$fresh"' EXIT
UNIFDEF=$unifdef sh "$srcdir/patches/make-patch" "$srcdir" boehm >"$fresh" || exit 99
if ! cmp -s "$srcdir/patches/gc-boehm.diff" "$fresh"; then
  echo "patches/gc-boehm.diff is stale: run make patches"
  diff -u --label committed --label regenerated "$srcdir/patches/gc-boehm.diff" "$fresh" | head -40
  exit 1
fi
echo "patches/gc-boehm.diff is fresh: $(grep -m1 " changed, " "$fresh" | sed "s/:$//")"
