#!/bin/sh
# The memory front door: no C allocator call in src/ outside the memory
# backends.  A buffer from plain malloc is invisible to the Boehm
# collector, which would then free objects that buffer still points to.
# Allowed: src/mem_*.c (the door itself) and src/main.c (the program, which
# must release the lines libedit's readline() returns with free()).
srcdir=${OURO_SRCDIR:-$(dirname "$0")/..}
hits=$(grep -nE '(^|[^A-Za-z0-9_])(malloc|calloc|realloc|free|strdup|strndup)[[:space:]]*\(' \
         "$srcdir"/src/*.c "$srcdir"/src/*.h \
       | grep -vE '^[^:]*/src/(mem_[a-z_]*|main)\.c:')
if [ -n "$hits" ]; then
  echo "Allocation outside the memory interface (use mem.h):"
  echo "$hits"
  exit 1
fi
echo "front door: every allocation in src/ goes through mem.h"
