/* sk-cli-commands.h — the subcommands of samenkaart-cli, one source file
 * each (sk-cli-<name>.c). Each takes the arguments after the program name
 * (argv[0] is the subcommand) and returns the exit status: 0 done, 1 the
 * input was bad or the work failed (a message on stderr), 2 usage. */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef int (*SkCliCommand) (int argc, char **argv);

/* Prints the builder's root as pretty JSON on stdout. */
void sk_cli_print_json   (JsonBuilder *builder);

int  sk_cli_region_info  (int argc, char **argv);
int  sk_cli_reach        (int argc, char **argv);
int  sk_cli_import_osm   (int argc, char **argv);
int  sk_cli_session      (int argc, char **argv);
int  sk_cli_toolbox      (int argc, char **argv);
int  sk_cli_export       (int argc, char **argv);

G_END_DECLS
