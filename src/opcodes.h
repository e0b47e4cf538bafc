/* opcodes.h — the bytecode instruction set, as one X-macro list used for
 * the opcode enum, the names (disassembly, debugging) and the VM's
 * computed-goto table.
 *
 * An instruction is one 32-bit word: the opcode in the low 8 bits and the
 * argument in the high 24 bits (INSTR_OP / INSTR_ARG).  No EXTENDED_ARG:
 * 16M constants, names or code words are plenty, and every jump target is
 * an absolute word index.
 *
 * The value stack is described per opcode as  before -> after.
 * Exception handling uses a per-frame block stack (see vm.c):
 * SETUP_FINALLY pushes a handler; when an exception reaches it the VM
 * pushes an EXCEPT_HANDLER block and the values [previous handled
 * exception (or None), exception], and jumps to the handler.
 */
#ifndef OURO_OPCODES_H
#define OURO_OPCODES_H

#include <stdint.h>

#define OPCODE_LIST(X) \
    X(NOP)                 /* */ \
    X(POP_TOP)             /* v -> */ \
    X(ROT_TWO)             /* a b -> b a */ \
    X(ROT_THREE)           /* a b c -> c a b */ \
    X(ROT_FOUR)            /* a b c d -> d a b c */ \
    X(DUP_TOP)             /* a -> a a */ \
    X(DUP_TOP_TWO)         /* a b -> a b a b */ \
    X(LOAD_CONST)          /* -> consts[arg] */ \
    X(LOAD_FAST)           /* -> locals[arg] (UnboundLocalError if unset) */ \
    X(LOAD_FAST_PAIR)      /* -> locals[arg & 0xfff] locals[arg >> 12] */ \
    X(STORE_FAST)          /* v -> ; locals[arg] = v */ \
    X(DELETE_FAST)         /* */ \
    X(LOAD_NAME)           /* class bodies: locals dict, globals, builtins */ \
    X(STORE_NAME) \
    X(DELETE_NAME) \
    X(LOAD_GLOBAL)         /* -> globals/builtins[names[arg]] */ \
    X(STORE_GLOBAL) \
    X(DELETE_GLOBAL) \
    X(LOAD_DEREF)          /* -> cell contents; arg indexes cells+frees */ \
    X(LOAD_CLASSDEREF)     /* class body: locals dict first, then the cell */ \
    X(STORE_DEREF) \
    X(DELETE_DEREF) \
    X(LOAD_CLOSURE)        /* -> the cell itself */ \
    X(LOAD_ATTR)           /* o -> o.names[arg] */ \
    X(STORE_ATTR)          /* v o -> ; o.name = v */ \
    X(DELETE_ATTR)         /* o -> */ \
    X(LOAD_METHOD)         /* o -> meth o | NULL attr */ \
    X(BINARY_SUBSCR)       /* o k -> o[k] */ \
    X(STORE_SUBSCR)        /* v o k -> */ \
    X(DELETE_SUBSCR)       /* o k -> */ \
    X(BINARY_OP)           /* a b -> a op b; arg is a BinOp (below) */ \
    X(UNARY_NEG) \
    X(UNARY_POS) \
    X(UNARY_NOT) \
    X(UNARY_INVERT) \
    X(COMPARE_OP)          /* a b -> a cmp b; arg is a CompareOp */ \
    X(IS_OP)               /* a b -> a is b (arg 1: is not) */ \
    X(CONTAINS_OP)         /* a b -> a in b (arg 1: not in) */ \
    X(JUMP)                /* ip = arg */ \
    X(POP_JUMP_IF_FALSE)   /* v -> */ \
    X(POP_JUMP_IF_TRUE)    /* v -> */ \
    X(JUMP_IF_FALSE_OR_POP) \
    X(JUMP_IF_TRUE_OR_POP) \
    X(POP_JUMP_IF_NONE)    /* v -> */ \
    X(POP_JUMP_IF_NOT_NONE) \
    X(GET_ITER)            /* o -> iter(o) */ \
    X(FOR_ITER)            /* it -> it next | (exhausted: pop it, ip = arg) */ \
    X(BUILD_TUPLE)         /* arg items -> tuple */ \
    X(BUILD_LIST) \
    X(BUILD_SET) \
    X(BUILD_MAP)           /* k1 v1 .. kn vn -> dict */ \
    X(BUILD_CONST_KEY_MAP) /* v1..vn keys -> dict */ \
    X(BUILD_SLICE)         /* arg 2 or 3 values -> slice */ \
    X(BUILD_STRING)        /* arg strs -> concatenation */ \
    X(LIST_APPEND)         /* v -> ; stack[-arg-1].append(v) (comprehensions) */ \
    X(SET_ADD) \
    X(MAP_ADD)             /* k v -> */ \
    X(LIST_EXTEND)         /* it -> ; stack[-arg-1].extend(it) */ \
    X(SET_UPDATE) \
    X(DICT_UPDATE)         /* m -> ; {**m} */ \
    X(DICT_MERGE)          /* m -> ; f(**m): str keys, no duplicates */ \
    X(LIST_TO_TUPLE) \
    X(UNPACK_SEQUENCE)     /* seq -> v_n .. v_1 */ \
    X(UNPACK_EX)           /* seq -> ... ; arg = before | after << 8 */ \
    X(FORMAT_VALUE)        /* v [spec] -> str; arg: conversion | 4 if spec */ \
    X(CALL)                /* f a1..an -> result */ \
    X(CALL_KW)             /* f a1..an kwnames -> result; arg = n incl. kw values */ \
    X(CALL_METHOD)         /* m self a1..an | NULL f a1..an -> result */ \
    X(CALL_METHOD_KW)      /* as CALL_METHOD with a kwnames tuple on top */ \
    X(CALL_EX)             /* f args_tuple [kwargs] -> result; arg 1: kwargs */ \
    X(MAKE_FUNCTION)       /* [defaults] [kwdefaults] [closure] code qualname -> fn */ \
    X(RETURN_VALUE)        /* v -> (frame ends) */ \
    X(YIELD_VALUE)         /* v -> sent value */ \
    X(GET_YIELD_FROM_ITER) /* o -> iter */ \
    X(YIELD_FROM)          /* it v -> it (re-executes while yielding) | result */ \
    X(SETUP_FINALLY)       /* push a handler block for ip = arg */ \
    X(POP_BLOCK) \
    X(POP_EXCEPT)          /* prev -> ; end of a handler: restore prev as handled */ \
    X(RERAISE)             /* exc -> (raise it again, keeping its traceback) */ \
    X(JUMP_IF_NOT_EXC_MATCH) /* exc type -> ; ip = arg when no match */ \
    X(RAISE_VARARGS)       /* [exc [cause]] -> */ \
    X(SETUP_WITH)          /* cm -> exit enter_result; handler block at arg */ \
    X(WITH_EXIT)           /* exit -> ; exit(None, None, None) */ \
    X(WITH_EXCEPT_START)   /* exit prev exc -> exit prev exc res */ \
    X(IMPORT_NAME)         /* -> module */ \
    X(IMPORT_FROM)         /* m -> m m.name */ \
    X(IMPORT_STAR)         /* m -> */ \
    X(LOAD_BUILD_CLASS) \
    X(PRINT_EXPR)          /* v -> ; interactive echo */ \
    X(LOAD_ASSERTION_ERROR) \
    X(SETUP_ANNOTATIONS) \
    X(RETURN_GENERATOR)    /* (unused marker: generators are made at call time) */

typedef enum {
#define X(name) OP_##name,
    OPCODE_LIST(X)
#undef X
    OP__COUNT
} Opcode;

#define INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define INSTR_OP(w) ((w) & 0xffu)
#define INSTR_ARG(w) ((w) >> 8)
#define INSTR_MAXARG 0xffffffu

/* Arguments of BINARY_OP; the in-place forms follow the plain ones in
 * the same order, so BINOP_INPLACE(op) == op + BINOP__PLAIN. */
#define BINOP_LIST(X) \
    X(ADD, "+") X(SUB, "-") X(MUL, "*") X(TRUEDIV, "/") X(FLOORDIV, "//") \
    X(MOD, "%") X(POW, "**") X(LSHIFT, "<<") X(RSHIFT, ">>") X(AND, "&") \
    X(OR, "|") X(XOR, "^") X(MATMUL, "@")

typedef enum {
#define X(name, sym) BINOP_##name,
    BINOP_LIST(X)
#undef X
    BINOP__PLAIN
} BinOp;
#define BINOP_INPLACE(op) ((op) + BINOP__PLAIN)

/* FORMAT_VALUE conversions (low 2 bits of the argument). */
enum { FVC_NONE = 0, FVC_STR = 1, FVC_REPR = 2, FVC_ASCII = 3, FVS_HAVE_SPEC = 4 };

/* MAKE_FUNCTION flags. */
enum { MKFN_DEFAULTS = 1, MKFN_KWDEFAULTS = 2, MKFN_CLOSURE = 4 };

extern const char *const opcode_names[OP__COUNT];

#endif
