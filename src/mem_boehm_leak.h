/* mem_boehm_leak.h — between the Boehm build's memory door (mem_boehm.c)
 * and its leak-finding mode (mem_boehm_leak.c).  In that mode every block
 * the door hands out carries a trailer (where the script was, which C
 * code asked), and the collections judge what counting missed. */
#ifndef OURO_MEM_BOEHM_LEAK_H
#define OURO_MEM_BOEHM_LEAK_H

#include <stdbool.h>
#include <stddef.h>

extern bool leak_mode;   /* set once, by mem_init */

enum {                   /* what a block is, given to leak_alloc */
    B_OBJECT = 1,        /* starts with an object header (mem_alloc_object) */
    B_CONTAINER = 2,     /* an object of the container kind */
    B_ATOMIC = 4,        /* holds no pointers */
};

/* After GC_INIT, with the libgc kind of containers. */
void leak_mode_start(int container_kind);

/* caller: the return address into the C code that asked for the block. */
void *leak_alloc(size_t n, unsigned flags, void *caller);
void *leak_realloc(void *p, size_t n, void *caller);
void leak_free(void *p);

#endif
