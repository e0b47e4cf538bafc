/* mem_system.c — the memory door for the precise and none builds.  Both
 * kinds of memory (pointer-holding and atomic) are plain memory here:
 * nothing scans it.  Requests of up to POOL_MAX_BLOCK bytes are served by
 * our pools (mem_pool.c), bigger ones by the C allocator; mem_free and
 * mem_realloc ask the pools which kind a block is.  mem_realloc moves a
 * pool block that changes size class (to the C allocator when it outgrows
 * the pools); a block of the C allocator stays there at any new size.
 *
 * For the tools that watch the C allocator, every block can come from it:
 *  - built with AddressSanitizer, the pools are compiled out (mem_pool.h);
 *  - with OURO_MALLOC=system in the environment (read by mem_init), every
 *    request goes to calloc/malloc, so valgrind sees each block:
 *        OURO_MALLOC=system valgrind --leak-check=full ouro script.py
 *    Allocations made before mem_init take that path too.
 *
 * The door adds two services: failure injection, so tests can make any
 * allocation fail, and an exact count of the bytes handed out (the block
 * size for a pool block, malloc_usable_size for the others). */
#include "config.h"

#include <malloc.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "mem_pool.h"

static unsigned long fail_countdown;  /* 0: never fail */
static size_t bytes_in_use;
static bool use_pools;                /* set by mem_init */

/* True when this allocation is the one a test asked to fail. */
static int injected_failure(void)
{
    if (fail_countdown == 0)
        return 0;
    return --fail_countdown == 0;
}

/* A counted pool block for n (>= 1) bytes, not zeroed; NULL when n is too
 * big for a pool, the pools are off, or they got no memory (then the C
 * allocator is asked instead). */
static void *pool_block(size_t n)
{
    if (!use_pools || n > POOL_MAX_BLOCK)
        return NULL;
    void *p = pool_alloc(n);
    if (p)
        bytes_in_use += pool_block_size(n);
    return p;
}

/* p, fresh from the C allocator, counted. */
static void *counted(void *p)
{
    if (p)
        bytes_in_use += malloc_usable_size(p);
    return p;
}

void *mem_alloc(size_t n)
{
    if (injected_failure())
        return NULL;
    if (n == 0)
        n = 1;
    void *p = pool_block(n);
    if (p)
        return memset(p, 0, n);
    return counted(calloc(1, n));
}

void *mem_alloc_object(size_t n, bool container)
{
    (void)container;
    return mem_alloc(n);
}

void *mem_alloc_atomic(size_t n)
{
    if (injected_failure())
        return NULL;
    if (n == 0)
        n = 1;
    void *p = pool_block(n);
    return p ? p : counted(malloc(n));
}

/* Moves pool block p of `size` bytes to a block for n bytes of another
 * size class; NULL (p untouched) when there is no memory. */
static void *move_pool_block(void *p, size_t size, size_t n)
{
    void *q = pool_block(n);
    if (q == NULL && (q = counted(malloc(n))) == NULL)
        return NULL;
    memcpy(q, p, size < n ? size : n);
    bytes_in_use -= pool_release(p);
    return q;
}

void *mem_realloc(void *p, size_t n)
{
    if (p == NULL)
        return mem_alloc_atomic(n);
    if (injected_failure())
        return NULL;
    if (n == 0)
        n = 1;
    size_t size = pool_size_of(p);
    if (size != 0) {
        if (n <= POOL_MAX_BLOCK && pool_block_size(n) == size)
            return p;
        return move_pool_block(p, size, n);
    }
    size_t old = malloc_usable_size(p);
    void *q = realloc(p, n);
    if (q)
        bytes_in_use += malloc_usable_size(q) - old;
    return q;
}

void mem_free(void *p)
{
    if (p == NULL)
        return;
    size_t size = pool_release(p);
    if (size != 0) {
        bytes_in_use -= size;
        return;
    }
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

void mem_init(void)
{
    const char *allocator = getenv("OURO_MALLOC");
    use_pools = MEM_POOLS && !(allocator && strcmp(allocator, "system") == 0);
}

void mem_set_leak_hooks(const MemLeakHooks *hooks) { (void)hooks; }
