/* weakref.h — weak references.
 *
 * An object whose type has a weaklistoffset keeps, at that offset, the
 * head of a doubly linked list of the weak references to it (not owned).
 * A weak reference holds its referent, and the list holds its links,
 * disguised (complemented), so that neither reference counting nor a
 * conservative scan counts them: under Boehm, a garbage weak reference
 * must not stay reachable through a live one (gc.h, WeakLinks).  When the
 * referent dies — by reference counting (obj_free) or as cyclic garbage
 * (the precise collector's hook) — every weak reference to it is cleared
 * first, then the callbacks of those that are themselves alive run.
 */
#ifndef OURO_WEAKREF_H
#define OURO_WEAKREF_H

#include "object.h"

extern Type WeakRef_type;

/* weakref.ref(o, callback): TypeError "cannot create weak reference to
 * 'list' object" when o's type does not support them. */
Object *weakref_new(Type *t, Object *referent, Object *callback);
/* The referent (borrowed), or NULL once it is dead. */
Object *weakref_referent(Object *wr);

/* o is dying: clear its weak references and run their callbacks. */
void weakref_clear_all(Object *o);
/* o is cyclic garbage: clear its weak references; those alive (not
 * is_garbage) with a callback are appended to *pending (a list, created
 * on demand) for weakref_run_callbacks once the collector is consistent. */
int weakref_clear_for_gc(Object *o, bool (*is_garbage)(Object *), Object **pending);
void weakref_run_callbacks(Object *pending);

Object *mod_weakref_create(void);
int weakref_init(void);

#endif
