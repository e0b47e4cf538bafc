/* mem_pool.c — small blocks from pools, under the memory door of the
 * precise and none builds (mem_system.c).
 *
 * Why: nearly every object is a small block of a few dozen bytes; glibc's
 * malloc spent about three times the instructions these pools do on each
 * allocation and free, and its chunk headers made the heap the collector
 * walks less dense.
 *
 *   arena  1 MiB, 1 MiB aligned, mapped from the system and never given
 *          back; carved into pools in address order.  Pages are touched
 *          only when a pool first hands out blocks on them.
 *   pool   64 KiB, 64 KiB aligned: a header (struct Pool) at its start,
 *          then equal blocks of one size class.  The pool of a block is
 *          its address rounded down to 64 KiB.
 *   class  block sizes 16, 32, ... 512 bytes: a request is rounded up to
 *          a multiple of 16, so blocks are 16-byte aligned as objects need.
 *
 * A pool hands out the blocks on its free list (linked through their
 * first word): blocks given back, and, when the list runs empty, the next
 * block never used (a bump pointer).  Each class keeps a doubly linked
 * list of its pools that have a free block and allocates from the first;
 * a pool that fills leaves the list, one that gets a block back rejoins
 * at the front.  A pool left with no live block goes to the free-pool
 * list, where any class can take it, so memory given back in one size
 * serves the others (unless it is its class's last usable pool).
 *
 * The door frees both pool blocks and the C allocator's, and must tell
 * them apart without reading memory it does not own (the bytes before a
 * malloc block may be unmapped; valgrind would report them).  A two-level
 * bitmap over arena numbers answers "is this address in one of our
 * arenas": user addresses have 48 bits, so arena numbers (address >> 20)
 * have 28, split 14 + 14 into a static table of 2^14 pointers and bitmaps
 * of 2^14 bits allocated when the first arena lands in their range.
 *
 * Single-threaded, like the rest of the runtime. */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS */
#include "config.h"

#include "mem_pool.h"

#if MEM_POOLS
#include <assert.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define ARENA_SHIFT 20
#define ARENA_SIZE ((uintptr_t)1 << ARENA_SHIFT)
#define POOL_SHIFT 16
#define POOL_SIZE ((uintptr_t)1 << POOL_SHIFT)
#define NUM_CLASSES (POOL_MAX_BLOCK / POOL_ALIGN)

#define ADDRESS_BITS 48
#define MAP_BITS ((ADDRESS_BITS - ARENA_SHIFT) / 2) /* per level: 14 */
#define MAP_SIZE ((uintptr_t)1 << MAP_BITS)

/* Invariant: a pool on its class's usable list has a block on its free
 * list.  Blocks never used join the free list one at a time, when it would
 * run empty, so a full pool is one with an empty free list, and a new
 * pool touches its pages only as its blocks are handed out. */
typedef struct Pool Pool;
struct Pool {
    Pool *next, *prev;   /* its class's usable list; free_pools uses next only */
    void *free_blocks;   /* blocks free, linked through their first word */
    char *bump;          /* the first block never used */
    uint32_t block_size;
    uint32_t live;       /* blocks handed out and not given back */
};

#define FIRST_BLOCK ((sizeof(Pool) + POOL_ALIGN - 1) & ~(size_t)(POOL_ALIGN - 1))

static Pool *usable[NUM_CLASSES]; /* per class: its pools with a free block */
static Pool *free_pools;          /* pools with no live block, of any class */
static char *carve_next;          /* pools not yet carved from the newest arena */
static char *carve_end;
static uint64_t *arena_map[MAP_SIZE]; /* level 1; level 2: MAP_SIZE bits each */

/* ---- which addresses are ours ---- */

static bool in_arena(uintptr_t address)
{
    uintptr_t arena = address >> ARENA_SHIFT;
    if (arena >> (2 * MAP_BITS))
        return false; /* beyond 48 bits: no arena of ours is there */
    const uint64_t *bits = arena_map[arena >> MAP_BITS];
    if (bits == NULL)
        return false;
    uintptr_t i = arena & (MAP_SIZE - 1);
    return bits[i / 64] >> (i % 64) & 1;
}

/* Records the arena at `start` in the map; false when the map's bitmap
 * cannot be allocated. */
static bool map_arena(uintptr_t start)
{
    uintptr_t arena = start >> ARENA_SHIFT;
    uint64_t **bits = &arena_map[arena >> MAP_BITS];
    if (*bits == NULL && (*bits = calloc(MAP_SIZE / 64, sizeof **bits)) == NULL)
        return false;
    uintptr_t i = arena & (MAP_SIZE - 1);
    (*bits)[i / 64] |= (uint64_t)1 << (i % 64);
    return true;
}

/* ---- arenas and pools ---- */

/* Maps a fresh 1 MiB-aligned arena and makes it the one pools are carved
 * from.  mmap only promises page alignment, so map twice the size and
 * unmap what lies outside the aligned middle. */
static bool new_arena(void)
{
    char *raw = mmap(NULL, 2 * ARENA_SIZE, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED)
        return false;
    uintptr_t start = ((uintptr_t)raw + ARENA_SIZE - 1) & ~(ARENA_SIZE - 1);
    char *arena = (char *)start;
    if (arena > raw)
        munmap(raw, arena - raw);
    munmap(arena + ARENA_SIZE, raw + ARENA_SIZE - arena);
    if (start >> ADDRESS_BITS || !map_arena(start)) {
        munmap(arena, ARENA_SIZE);
        return false;
    }
    carve_next = arena;
    carve_end = arena + ARENA_SIZE;
    return true;
}

static void push_usable(Pool *p, size_t cls)
{
    p->prev = NULL;
    p->next = usable[cls];
    if (p->next)
        p->next->prev = p;
    usable[cls] = p;
}

static void unlink_usable(Pool *p, size_t cls)
{
    if (p->prev)
        p->prev->next = p->next;
    else
        usable[cls] = p->next;
    if (p->next)
        p->next->prev = p->prev;
}

static void refill(Pool *p, size_t cls);

/* A pool for class cls, from the free-pool list or newly carved, set up
 * empty and first on the class's usable list; NULL when out of memory. */
static __attribute__((noinline, cold)) Pool *add_pool(size_t cls)
{
    Pool *p = free_pools;
    if (p) {
        free_pools = p->next;
    } else {
        if (carve_next == carve_end && !new_arena())
            return NULL;
        p = (Pool *)carve_next;
        carve_next += POOL_SIZE;
    }
    p->free_blocks = NULL;
    p->bump = (char *)p + FIRST_BLOCK;
    p->block_size = (uint32_t)((cls + 1) * POOL_ALIGN);
    p->live = 0;
    push_usable(p, cls);
    refill(p, cls);
    return p;
}

/* The free list of pool p ran empty: give it p's next never-used block,
 * or take p off its class's usable list when it has none left. */
static __attribute__((noinline, cold)) void refill(Pool *p, size_t cls)
{
    if ((size_t)((char *)p + POOL_SIZE - p->bump) >= p->block_size) {
        p->free_blocks = p->bump;
        *(void **)p->bump = NULL;
        p->bump += p->block_size;
    } else {
        unlink_usable(p, cls);
    }
}

/* Pool p just got a block back: a pool that was full rejoins its class's
 * usable list; one left with no live block goes to the free-pool list,
 * unless it is its class's only usable pool (a loop that takes and gives
 * back one block would otherwise move it there and back every turn). */
static __attribute__((noinline, cold)) void regroup(Pool *p, bool was_full)
{
    size_t cls = p->block_size / POOL_ALIGN - 1;
    if (was_full) {
        push_usable(p, cls);
    } else if (usable[cls] != p || p->next != NULL) {
        unlink_usable(p, cls);
        p->next = free_pools;
        free_pools = p;
    }
}

static Pool *pool_of(const void *block)
{
    return (Pool *)((uintptr_t)block & ~(POOL_SIZE - 1));
}

/* ---- blocks ---- */

void *pool_alloc(size_t n)
{
    assert(n >= 1 && n <= POOL_MAX_BLOCK);
    size_t cls = (n - 1) / POOL_ALIGN;
    Pool *p = usable[cls];
    if (p == NULL && (p = add_pool(cls)) == NULL)
        return NULL;
    void *block = p->free_blocks;
    p->live++;
    if ((p->free_blocks = *(void **)block) == NULL)
        refill(p, cls);
    return block;
}

size_t pool_size_of(const void *block)
{
    if (!in_arena((uintptr_t)block))
        return 0;
    return pool_of(block)->block_size;
}

size_t pool_release(void *block)
{
    if (!in_arena((uintptr_t)block))
        return 0;
    Pool *p = pool_of(block);
    size_t size = p->block_size;
    /* a block the pool handed out: past the header, on a block boundary */
    assert((size_t)((char *)block - (char *)p - FIRST_BLOCK) % size == 0);
    assert(p->live > 0);
#ifdef OURO_DEBUG
    memset(block, 0xdb, size); /* a use after free reads garbage */
#endif
    bool was_full = p->free_blocks == NULL;
    *(void **)block = p->free_blocks;
    p->free_blocks = block;
    if (--p->live == 0 || was_full)
        regroup(p, was_full);
    return size;
}
#endif
