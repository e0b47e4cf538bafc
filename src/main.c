/* main.c — the ouro program: python3's command line for the subset.
 *
 *   ouro script.py [args...]   run a script
 *   ouro -c 'code' [args...]   run a string
 *   ouro - [args...]           run standard input
 *   ouro                       the prompt on a terminal, else run stdin
 *   ouro -V | --version        "ouro 0.1.0 (precise)": the backend last
 *
 * Only this file sees libedit: the library takes lines through a callback
 * (ouro_repl_lines), so embedders need no line-editing library. */
#define _DEFAULT_SOURCE        /* isatty */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <editline/readline.h>

#include "ouro.h"

static void usage(FILE *f)
{
    fputs("usage: ouro [option] [-c cmd | file | -] [arg] ...\n"
          "Options:\n"
          "-c cmd : program passed in as string (terminates option list)\n"
          "-h     : print this help message and exit (also -? or --help)\n"
          "-V     : print the version number and exit (also --version)\n"
          "file   : program read from script file\n"
          "-      : program read from stdin (default; interactive mode if a tty)\n"
          "arg ...: arguments passed to program in sys.argv[1:]\n", f);
}

/* The prompt's line reader over libedit.  readline() returns memory from
 * the C allocator that only free() may release; this program is not part
 * of the library, so the front-door check lets main.c do it. */
static const char *edit_read_line(const char *prompt, void *ctx)
{
    char **last = ctx;
    free(*last);
    *last = readline(prompt);
    if (*last && (*last)[0])
        add_history(*last);
    return *last;
}

static int repl(ouro_vm *vm)
{
    char *last = NULL;
    int status = ouro_repl_lines(vm, edit_read_line, &last);
    free(last);
    return status;
}

/* python3's flags that change nothing here (unbuffered output, no .pyc,
 * environment and site handling, optimisation): accepted and ignored. */
static int ignored_flag(const char *opt)
{
    return opt[0] == '-' && opt[1] && strchr("uBEsSIOq", opt[1]) && opt[2] == '\0';
}

int main(int argc, char **argv)
{
    int first = 1;          /* argv index of the program's sys.argv[0] */
    while (first < argc && ignored_flag(argv[first]))
        first++;
    const char *command = NULL;
    const char *opt = first < argc ? argv[first] : "";
    if (opt[0] == '-' && opt[1] != '\0') {
        if (!strcmp(opt, "-V") || !strcmp(opt, "--version")) {
            printf("ouro %s (%s)\n", ouro_version(), ouro_backend());
            return 0;
        }
        if (!strcmp(opt, "-h") || !strcmp(opt, "-?") || !strcmp(opt, "--help")) {
            usage(stdout);
            return 0;
        }
        if (strcmp(opt, "-c") != 0) {
            fprintf(stderr, "unknown option %s\n", opt);
            usage(stderr);
            return 2;
        }
        if (first + 1 >= argc) {
            fputs("Argument expected for the -c option\n", stderr);
            usage(stderr);
            return 2;
        }
        command = argv[first + 1];
        argv[first + 1] = argv[first];  /* sys.argv[0] is '-c' */
        first++;
    }
    int interactive = first >= argc && isatty(0);
    char *empty[] = {"", NULL};
    ouro_vm *vm = first < argc ? ouro_open(argc - first, argv + first) : ouro_open(1, empty);
    if (!vm) {
        fputs("ouro: cannot start the runtime (out of memory)\n", stderr);
        return 1;
    }
    int status;
    if (command)
        status = ouro_run_string(vm, command, "<string>");
    else if (interactive)
        status = repl(vm);
    else
        status = ouro_run_file(vm, first < argc ? argv[first] : "-");
    ouro_close(vm);
    return status;
}
