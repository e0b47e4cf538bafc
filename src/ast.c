/* ast.c — the arena that holds a syntax tree.
 *
 * Chunks of ARENA_CHUNK bytes from mem_alloc (zeroed, scanned by the Boehm
 * collector) are chained through their first word; requests larger than a
 * quarter chunk get a chunk of their own, linked behind the current one so
 * the current chunk keeps serving small requests.  Nothing is freed before
 * ast_arena_free, which releases every chunk at once. */
#include <string.h>

#include "ast.h"
#include "mem.h"

enum { ARENA_CHUNK = 16 * 1024, ARENA_ALIGN = 16 };

typedef struct Chunk {
    struct Chunk *next;
    size_t size, used;          /* bytes of data[] */
    _Alignas(ARENA_ALIGN) unsigned char data[];
} Chunk;

struct AstArena {
    Chunk *head;                /* the chunk serving small requests */
};

static Chunk *new_chunk(size_t size)
{
    Chunk *c = mem_alloc(sizeof(Chunk) + size);
    if (c) {
        c->size = size;
        c->used = 0;
        c->next = NULL;
    }
    return c;
}

AstArena *ast_arena_new(void)
{
    AstArena *a = mem_alloc(sizeof *a);
    if (!a)
        return NULL;
    a->head = new_chunk(ARENA_CHUNK);
    if (!a->head) {
        mem_free(a);
        return NULL;
    }
    return a;
}

void ast_arena_free(AstArena *arena)
{
    if (!arena)
        return;
    Chunk *c = arena->head;
    while (c) {
        Chunk *next = c->next;
        mem_free(c);
        c = next;
    }
    mem_free(arena);
}

void *ast_alloc(AstArena *arena, size_t n)
{
    n = (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (n == 0)
        n = ARENA_ALIGN;
    Chunk *c = arena->head;
    if (n > ARENA_CHUNK / 4) {
        Chunk *big = new_chunk(n);
        if (!big)
            return NULL;
        big->next = c->next;
        c->next = big;
        big->used = n;
        return big->data;
    }
    if (c->size - c->used < n) {
        c = new_chunk(ARENA_CHUNK);
        if (!c)
            return NULL;
        c->next = arena->head;
        arena->head = c;
    }
    void *p = c->data + c->used;
    c->used += n;
    return p;
}

char *ast_strndup(AstArena *arena, const char *s, size_t n)
{
    char *p = ast_alloc(arena, n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}
