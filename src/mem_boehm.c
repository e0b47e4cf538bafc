/* mem_boehm.c — the memory door over libgc for the --with-gc build.
 * Pointer-holding memory comes from GC_MALLOC so the collector scans it;
 * payloads that never hold pointers come from GC_MALLOC_ATOMIC.  Memory
 * is still given back explicitly (GC_FREE) when reference counting says
 * it is dead; the collector only reclaims what counting missed.
 *
 * Settings are read once, by mem_init (docs/boehm.md has the table):
 *   OURO_GC_WARN=1       libgc's warnings go to stderr (default: dropped);
 *   OURO_GC_FIND_LEAK=1  the leak-finding mode (mem_boehm_leak.c; libgc's
 *                        own switch, GC_FIND_LEAK, selects it too);
 *   GC_INITIAL_HEAP_SIZE, GC_MAXIMUM_HEAP_SIZE, GC_FREE_SPACE_DIVISOR,
 *   GC_ENABLE_INCREMENTAL, GC_PRINT_STATS, ...: read by libgc in GC_INIT.
 *
 * Interior pointers stay recognised (GC_set_all_interior_pointers(1),
 * libgc's default, set on purpose).  It costs memory: every block grows by
 * a byte so that a pointer just past its end still counts for it, which
 * rounds a 32-byte object up to 48; bench/'s live heaps are 13-16% larger
 * than with 0, for no measurable difference in time.  With 0, a pointer
 * into the middle of a block, held in memory, no longer keeps it alive,
 * and a past-the-end pointer (a loop's end pointer left in a register or
 * on the stack) keeps the next block alive instead.  Measured with 0: 11
 * scripts of tests/regress/gc change, nine keeping an object one
 * collection longer and two crashing (one in libgc's "Duplicate large
 * block deallocation": a block reclaimed while in use).  docs/boehm.md
 * has the figures.
 */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <gc/gc.h>  /* libgc; "gc.h" is ours */
#include <gc/gc_inline.h>   /* GC_I_NORMAL, GC_I_PTRFREE: the kinds */
#include <gc/gc_mark.h>

#include "mem.h"
#include "mem_boehm_leak.h"
#include "object.h"

/* libgc starts with a 64 KiB heap and grows it section by section.  While
 * it marks, a register it saves for the stack scan (getcontext's rcx) can
 * still hold the end of the newest section, left by its own loop over the
 * heap; where the kernel placed the sections side by side, that address is
 * the start of an older one, and libgc itself keeps the first object there
 * alive (a __del__ that gc.collect() does not run).  One 4 MiB section from
 * the start leaves no section boundary inside the heap of most programs.
 * libgc uses a heap it was asked for before it collects, so this costs
 * peak RSS where garbage piles up: bench/cycles_10m.py peaks at 7.9 MiB
 * instead of 4.2 (docs/boehm.md).  GC_INITIAL_HEAP_SIZE overrides it. */
enum { INITIAL_HEAP = 4u << 20 };

static unsigned long fail_countdown;
bool leak_mode;
static int container_kind;   /* libgc kind of containers (mem_alloc_object) */

static int injected_failure(void)
{
    if (fail_countdown == 0)
        return 0;
    return --fail_countdown == 0;
}

/* ==== the door ==== */

void *mem_alloc(size_t n)
{
    if (injected_failure())
        return NULL;
    return leak_mode ? leak_alloc(n, 0, __builtin_return_address(0)) : GC_MALLOC(n);
}

void *mem_alloc_object(size_t n, bool container)
{
    if (injected_failure())
        return NULL;
    if (leak_mode)
        return leak_alloc(n, B_OBJECT | (container ? B_CONTAINER : 0), __builtin_return_address(0));
    return container ? GC_malloc_kind(n, container_kind) : GC_MALLOC(n);
}

bool mem_is_container(const void *p)
{
    return GC_get_kind_and_size(p, NULL) == container_kind;
}

void *mem_alloc_atomic(size_t n)
{
    if (injected_failure())
        return NULL;
    return leak_mode ? leak_alloc(n, B_ATOMIC, __builtin_return_address(0)) : GC_MALLOC_ATOMIC(n);
}

/* GC_REALLOC keeps the kind (scanned or atomic) of the original block. */
void *mem_realloc(void *p, size_t n)
{
    if (injected_failure())
        return NULL;
    return leak_mode ? leak_realloc(p, n, __builtin_return_address(0)) : GC_REALLOC(p, n);
}

void mem_free(void *p)
{
    if (leak_mode)
        leak_free(p);
    else
        GC_FREE(p);
}

/* Global tables: scanned, never reclaimed, freed only explicitly. */
void *mem_alloc_root(size_t n)
{
    return injected_failure() ? NULL : GC_MALLOC_UNCOLLECTABLE(n);
}

char *mem_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = mem_alloc_atomic(n);
    if (p)
        memcpy(p, s, n);
    return p;
}

void mem_fail_after(unsigned long n) { fail_countdown = n; }

size_t mem_bytes_in_use(void)
{
    return GC_get_heap_size() - GC_get_free_bytes();
}

/* libgc's warnings ("Repeated allocation of very large block", "Out of
 * memory", ...) are printf formats taking one word. */
static void GC_CALLBACK warn_to_stderr(char *msg, GC_word arg)
{
    fputs("ouro: ", stderr);
    fprintf(stderr, msg, arg);
}

static bool env_flag(const char *name)
{
    const char *v = getenv(name);
    return v && *v && strcmp(v, "0") != 0;
}

void mem_init(void)
{
    GC_set_warn_proc(env_flag("OURO_GC_WARN") ? warn_to_stderr : GC_ignore_warn_proc);
    leak_mode = env_flag("OURO_GC_FIND_LEAK") || getenv("GC_FIND_LEAK");
    GC_set_all_interior_pointers(1);   /* see the top */
    GC_INIT();
    if (getenv("GC_INITIAL_HEAP_SIZE") == NULL)
        (void)GC_expand_hp(INITIAL_HEAP);   /* see INITIAL_HEAP; failure is harmless */
    /* Containers: scanned like libgc's normal kind (the whole block,
     * conservatively) and cleared when allocated. */
    container_kind = (int)GC_new_kind(GC_new_free_list(), GC_DS_LENGTH, 1, 1);
    if (leak_mode)
        leak_mode_start(container_kind);
}
