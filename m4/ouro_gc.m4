# OURO_SELECT_GC — choose the memory backend.
#   default             precise generational cycle collector
#   --with-gc[=boehm]   Boehm-Demers-Weiser conservative collector (libgc)
#   --disable-cycle-gc  reference counting only: cycles leak
# Defines OURO_GC_BACKEND ("precise", "boehm" or "none"), one of
# OURO_GC_PRECISE / OURO_GC_BOEHM / OURO_GC_NONE, and the automake
# conditionals of the same names.
AC_DEFUN([OURO_SELECT_GC], [
  AC_ARG_WITH([gc],
    [AS_HELP_STRING([--with-gc@<:@=boehm@:>@],
      [reclaim cycles with the Boehm-Demers-Weiser collector (libgc)])],
    [], [with_gc=no])
  AC_ARG_ENABLE([cycle-gc],
    [AS_HELP_STRING([--disable-cycle-gc],
      [reference counting only; cycles are never reclaimed])],
    [], [enable_cycle_gc=yes])

  AS_CASE([$with_gc],
    [yes|boehm], [ouro_gc=boehm],
    [no], [ouro_gc=precise],
    [AC_MSG_ERROR([unknown collector '--with-gc=$with_gc': the only one is boehm])])
  AS_IF([test "x$enable_cycle_gc" = xno], [
    AS_IF([test "x$ouro_gc" = xboehm],
      [AC_MSG_ERROR([--with-gc and --disable-cycle-gc exclude each other])])
    ouro_gc=none])

  AS_IF([test "x$ouro_gc" = xboehm], [
    PKG_CHECK_MODULES([BDWGC], [bdw-gc], [],
      [AC_MSG_ERROR([--with-gc needs libgc (bdw-gc), not found by pkg-config.
On Debian: apt-get install libgc-dev])])])

  AC_MSG_CHECKING([which memory backend to build])
  AC_MSG_RESULT([$ouro_gc])
  AC_DEFINE_UNQUOTED([OURO_GC_BACKEND], ["$ouro_gc"], [name of the memory backend])
  AS_CASE([$ouro_gc],
    [precise], [AC_DEFINE([OURO_GC_PRECISE], [1], [precise cycle collector])],
    [boehm], [AC_DEFINE([OURO_GC_BOEHM], [1], [Boehm-Demers-Weiser collector])],
    [none], [AC_DEFINE([OURO_GC_NONE], [1], [reference counting only])])
  AC_SUBST([OURO_GC_BACKEND], [$ouro_gc])
  AM_CONDITIONAL([GC_PRECISE], [test "x$ouro_gc" = xprecise])
  AM_CONDITIONAL([GC_BOEHM], [test "x$ouro_gc" = xboehm])
  AM_CONDITIONAL([GC_NONE], [test "x$ouro_gc" = xnone])
])
