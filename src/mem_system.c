/* mem_system.c — the memory door over the C allocator, for the precise
 * and none builds.  Both kinds of memory (pointer-holding and atomic) are
 * plain heap memory here: nothing scans it.  The one extra service is
 * failure injection, so tests can make any allocation fail. */
#include "config.h"

#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"

static unsigned long fail_countdown;  /* 0: never fail */
static size_t bytes_in_use;

/* True when this allocation is the one a test asked to fail. */
static int injected_failure(void)
{
    if (fail_countdown == 0)
        return 0;
    return --fail_countdown == 0;
}

void *mem_alloc(size_t n)
{
    if (injected_failure())
        return NULL;
    void *p = calloc(1, n ? n : 1);
    if (p)
        bytes_in_use += malloc_usable_size(p);
    return p;
}

void *mem_alloc_atomic(size_t n)
{
    if (injected_failure())
        return NULL;
    void *p = malloc(n ? n : 1);
    if (p)
        bytes_in_use += malloc_usable_size(p);
    return p;
}

void *mem_realloc(void *p, size_t n)
{
    if (p == NULL)
        return mem_alloc_atomic(n);
    if (injected_failure())
        return NULL;
    size_t old = malloc_usable_size(p);
    void *q = realloc(p, n ? n : 1);
    if (q)
        bytes_in_use += malloc_usable_size(q) - old;
    return q;
}

void mem_free(void *p)
{
    if (p == NULL)
        return;
    bytes_in_use -= malloc_usable_size(p);
    free(p);
}

void *mem_alloc_root(size_t n)
{
    return mem_alloc(n);
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
size_t mem_bytes_in_use(void) { return bytes_in_use; }
void mem_init(void) {}
