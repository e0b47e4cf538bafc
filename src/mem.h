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

#include <stdbool.h>
#include <stddef.h>

void *mem_alloc(size_t n);
/* Memory for one object (the header of object.h at its start), zeroed;
 * container: its type is TF_GC, so it may hold references.  mem_alloc on
 * the precise and none builds.  The Boehm build allocates containers from
 * a libgc kind of their own (mem_is_container tells them from other
 * blocks), and its leak report names the type of either. */
void *mem_alloc_object(size_t n, bool container);
/* Boehm build only: was p (a block start) allocated as a container?  Takes
 * no lock: usable inside libgc callbacks. */
bool mem_is_container(const void *p);
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

/* The Boehm build's leak-finding mode (OURO_GC_FIND_LEAK=1, docs/boehm.md)
 * names what it reports through these hooks: site gives the script file
 * and line now running (NULL: none), type_name an object type's name.
 * The runtime registers them after gc_init (the mode chains the collection
 * event callback it finds then).  Both run inside allocations and
 * collections: they must only read memory.  Other builds ignore them. */
struct Type;
typedef struct {
    const char *(*site)(int *line);
    const char *(*type_name)(struct Type *t);
} MemLeakHooks;
void mem_set_leak_hooks(const MemLeakHooks *hooks);

#endif
