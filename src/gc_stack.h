/* gc_stack.h — what the interpreter tells a conservative collector about
 * its own C frames.
 *
 * eval's C frame is full of dead spill slots: temporaries of instructions
 * that finished long ago (the object a STORE_ATTR stored, the operands of
 * an addition in a function that has returned).  A collector that scans the
 * C stack conservatively (Boehm) takes them for references, and garbage
 * survives gc.collect() until the compiler happens to reuse the slot.
 *
 * While eval waits in a call made from a "clean" call site, every object
 * it holds is also reachable from its current VM frame.  At such a time its
 * whole C frame is a hole: the collector may hide it (save, zero, collect,
 * restore) and scan `root` instead.  Each eval entry links a hole record,
 * kept in a small fence frame just above eval's, into gc_stack_holes; a
 * clean call site sets lo and root for the length of the call.  A callee
 * whose own C frames hold no object the VM frame does not (gc.collect) may
 * lower lo to its own frame for the length of its work.  Backends that do
 * not scan the C stack ignore the list.
 */
#ifndef OURO_GC_STACK_H
#define OURO_GC_STACK_H

typedef struct GcStackHole GcStackHole;
struct GcStackHole {
    char *lo;              /* lowest byte of the hole; NULL: not clean now */
    char *hi;              /* one past its highest byte (the record itself) */
    void *root;            /* what to scan instead: the current VM frame */
    GcStackHole *outer;    /* the hole of the eval this one runs inside */
};

/* The innermost eval's hole (NULL outside the interpreter); vm.c keeps it. */
extern GcStackHole *gc_stack_holes;

#endif
