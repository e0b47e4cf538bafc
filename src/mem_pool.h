/* mem_pool.h — the small-block pool allocator under the memory door of
 * the precise and none builds (design note in mem_pool.c).  Only
 * mem_system.c calls it.
 *
 * Under AddressSanitizer the pools are compiled out (MEM_POOLS is 0): the
 * functions below become stubs that own nothing, so every block comes
 * from the C allocator and the sanitizer sees each one. */
#ifndef OURO_MEM_POOL_H
#define OURO_MEM_POOL_H

#include <stddef.h>

#if defined(__SANITIZE_ADDRESS__)
#define MEM_POOLS 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MEM_POOLS 0
#endif
#endif
#ifndef MEM_POOLS
#define MEM_POOLS 1
#endif

/* Requests of 1..POOL_MAX_BLOCK bytes are served by the pools, in blocks
 * of the request rounded up to POOL_ALIGN. */
#define POOL_ALIGN 16
#define POOL_MAX_BLOCK 512

/* The block size a request of n (1..POOL_MAX_BLOCK) bytes gets. */
static inline size_t pool_block_size(size_t n)
{
    return (n + POOL_ALIGN - 1) & ~(size_t)(POOL_ALIGN - 1);
}

#if MEM_POOLS
/* A block of pool_block_size(n) bytes, NOT zeroed; NULL when the system
 * gives no more memory.  n must be 1..POOL_MAX_BLOCK. */
void *pool_alloc(size_t n);
/* The size of the pool block p, or 0 when p is not a pool block (then it
 * came from the C allocator).  Reads no memory outside the pools. */
size_t pool_size_of(const void *p);
/* Gives back p and returns its size when p is a pool block; returns 0 and
 * does nothing when it is not. */
size_t pool_release(void *p);
#else
static inline void *pool_alloc(size_t n) { (void)n; return NULL; }
static inline size_t pool_size_of(const void *p) { (void)p; return 0; }
static inline size_t pool_release(void *p) { (void)p; return 0; }
#endif

#endif
