/* mem.h — the single front door for memory.  Nothing in src/ calls the
 * C allocator directly: the Boehm build must see every buffer that can hold
 * an object pointer, or it frees objects still in use.
 *
 *  mem_alloc         zeroed memory that may hold object pointers (list
 *                    item arrays, dict tables, VM stacks, frames, AST);
 *  mem_alloc_atomic  memory that never holds object pointers (string
 *                    bytes, bigint digits); NOT zeroed;
 *  mem_realloc       grows either kind, keeping its kind; new bytes are
 *                    not zeroed;
 *  mem_free          gives either kind back (NULL is fine).
 *
 * Every function returns NULL on exhaustion without setting an exception:
 * callers raise MemoryError (err_no_memory()). */
#ifndef OURO_MEM_H
#define OURO_MEM_H

#include <stddef.h>

void *mem_alloc(size_t n);
void *mem_alloc_atomic(size_t n);
void *mem_realloc(void *p, size_t n);
void mem_free(void *p);
/* Memory for global tables that live as long as the runtime: a root the
 * Boehm collector always scans and never reclaims. */
void *mem_alloc_root(size_t n);
char *mem_strdup(const char *s);

/* Test builds: make the n-th allocation from now fail (0 disables). */
void mem_fail_after(unsigned long n);
/* Bytes currently allocated through the door (precise and none builds). */
size_t mem_bytes_in_use(void);

void mem_init(void);

#endif
