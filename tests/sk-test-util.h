/* sk-test-util.h — helpers shared by the tests. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A new empty directory under the temporary directory. */
char *sk_test_tmpdir_new    (const char *prefix);
/* Removes DIR and everything in it. */
void  sk_test_tmpdir_remove (const char *dir);

/* Runs the default main context for MS milliseconds. */
void  sk_test_run_for       (guint       ms);

/* Runs ARGV (NULL-terminated, ARGV[0] a path) and waits for it; what it
 * wrote in OUT and ERR (either may be NULL). The exit status, or -1 when
 * it did not exit by itself (a crash). */
int   sk_test_spawn         (const char * const *argv,
                             char              **out,
                             char              **err);

/* Runs CLI (a path) with the NULL-terminated ARGS, INPUT (NULL: nothing)
 * on its standard input, and waits for it; what it wrote in OUT and ERR
 * (either may be NULL). Its exit status. */
int   sk_test_run_cli       (const char         *cli,
                             const char * const *args,
                             const char         *input,
                             char              **out,
                             char              **err);

G_END_DECLS
