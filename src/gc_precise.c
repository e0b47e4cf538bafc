/* gc_precise.c — the precise generational cycle collector's object
 * bookkeeping.
 *
 * Every container carries a two-word pre-header, GCHead, in front of the
 * object.  Tracked containers sit on one of three circular doubly linked
 * lists (the generations), so tracking and untracking are O(1) and need
 * no allocation.  `next` is NULL exactly when the object is untracked.
 * The low bits of `prev` are free for flags because GCHead is at least
 * word aligned; the collection pass (gc_refs) keeps its counts there.
 */
#include "config.h"

#include <assert.h>

#include "gc.h"
#include "mem.h"

typedef struct GCHead {
    struct GCHead *next;
    uintptr_t prev;          /* struct GCHead * | flag bits */
} GCHead;

#define FLAG_MASK ((uintptr_t)3)
#define HEAD(o) ((GCHead *)(o) - 1)
#define PREV(h) ((GCHead *)((h)->prev & ~FLAG_MASK))

typedef struct {
    GCHead head;             /* list sentinel */
    int threshold;
    int count;               /* gen 0: allocations minus frees; older: collections of the younger */
} Generation;

#define NUM_GENERATIONS 3
static Generation generations[NUM_GENERATIONS];
static bool enabled = true;
volatile int gc_pending;

static void list_init(GCHead *h)
{
    h->next = h;
    h->prev = (uintptr_t)h;
}

static void list_append(GCHead *node, GCHead *list)
{
    GCHead *last = PREV(list);
    node->prev = (uintptr_t)last | (node->prev & FLAG_MASK);
    node->next = list;
    last->next = node;
    list->prev = (uintptr_t)node | (list->prev & FLAG_MASK);
}

static void list_remove(GCHead *node)
{
    GCHead *prev = PREV(node), *next = node->next;
    prev->next = next;
    next->prev = (uintptr_t)prev | (next->prev & FLAG_MASK);
    node->next = NULL;
    node->prev &= FLAG_MASK;
}

void *gc_alloc_object(size_t size, bool container)
{
    if (!container)
        return mem_alloc(size);
    GCHead *h = mem_alloc(sizeof(GCHead) + size);
    if (h == NULL)
        return NULL;
    Generation *young = &generations[0];
    if (++young->count > young->threshold && enabled && young->threshold > 0)
        gc_pending = 1;
    return h + 1;
}

void gc_free_object(Object *o, bool container)
{
    if (!container) {
        mem_free(o);
        return;
    }
    GCHead *h = HEAD(o);
    assert(h->next == NULL && "a container is freed while still tracked");
    if (generations[0].count > 0)
        generations[0].count--;
    mem_free(h);
}

void gc_track(Object *o)
{
    GCHead *h = HEAD(o);
    assert(h->next == NULL && "object tracked twice");
    list_append(h, &generations[0].head);
}

void gc_untrack(Object *o)
{
    GCHead *h = HEAD(o);
    if (h->next != NULL)
        list_remove(h);
}

bool gc_is_tracked(Object *o)
{
    return obj_is_gc(o) && HEAD(o)->next != NULL;
}

/* The gc_refs collection itself arrives with the collector issue; until
 * then a collection finds nothing, exactly like the none backend. */
intptr_t gc_collect(int gen)
{
    (void)gen;
    gc_pending = 0;
    generations[0].count = 0;
    return 0;
}

void gc_safe_point(void)
{
    gc_pending = 0;
    if (enabled)
        gc_collect(0);
}

void gc_enable(bool on) { enabled = on; }
bool gc_is_enabled(void) { return enabled; }
const char *gc_backend_name(void) { return "precise"; }

void gc_init(void)
{
    static const int thresholds[NUM_GENERATIONS] = {700, 10, 10};
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        list_init(&generations[i].head);
        generations[i].threshold = thresholds[i];
        generations[i].count = 0;
    }
}

void gc_fini(void) {}
