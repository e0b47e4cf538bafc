/* mem_boehm.c — the memory door over libgc for the --with-gc build.
 * Pointer-holding memory comes from GC_MALLOC so the collector scans it;
 * payloads that never hold pointers come from GC_MALLOC_ATOMIC.  Memory
 * is still given back explicitly (GC_FREE) when reference counting says
 * it is dead; the collector only reclaims what counting missed. */
#include "config.h"

#include <string.h>
#include <gc/gc.h>  /* libgc; "gc.h" is ours */

#include "mem.h"

static unsigned long fail_countdown;

static int injected_failure(void)
{
    if (fail_countdown == 0)
        return 0;
    return --fail_countdown == 0;
}

void *mem_alloc(size_t n)
{
    return injected_failure() ? NULL : GC_MALLOC(n);
}

void *mem_alloc_atomic(size_t n)
{
    return injected_failure() ? NULL : GC_MALLOC_ATOMIC(n);
}

/* GC_REALLOC keeps the kind (scanned or atomic) of the original block. */
void *mem_realloc(void *p, size_t n)
{
    return injected_failure() ? NULL : GC_REALLOC(p, n);
}

void mem_free(void *p)
{
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

/* Interior pointers stay recognised (libgc's default): C code holds
 * pointers into the middle of objects (string bytes, list item arrays
 * reached through a cursor), and the cost is one byte per object. */
void mem_init(void)
{
    GC_INIT();
}
