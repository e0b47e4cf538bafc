/* gc_boehm.h — between the parts of the Boehm backend (gc_boehm.c, the
 * collector and finalizers; gc_boehm_weak.c, weak references). */
#ifndef OURO_GC_BOEHM_H
#define OURO_GC_BOEHM_H

#include <stddef.h>

/* The refcount of an object freed by counting while libgc had it queued
 * for its finalizer: the proc must do nothing (gc_free_object). */
#define DEAD ((intptr_t)-0x0dead)

/* libgc's finalizer proc for objects whose class defines __del__: queues
 * the __del__ call (data: the registration's sequence number). */
void queue_finalizer(void *obj, void *data);
/* Zero n bytes of the dead C stack below the caller (see gc_boehm.c). */
void clear_dead_stack(size_t n);
/* After a collection: run the callbacks of weak references whose
 * referents libgc reclaimed (once per collection). */
void scan_weakrefs(void);

#endif
