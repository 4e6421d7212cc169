/* sk-cli-commands.h — the subcommands of samenkaart-cli, one source file
 * each (sk-cli-<name>.c). Each takes the arguments after the program name
 * (argv[0] is the subcommand) and returns the exit status: 0 done, 1 the
 * input was bad or the work failed (a message on stderr), 2 usage. */
#pragma once

#include <json-glib/json-glib.h>

#include "sk-plan.h"
#include "sk-reach-eval.h"

G_BEGIN_DECLS

typedef int (*SkCliCommand) (int argc, char **argv);

/* Prints the builder's root as pretty JSON on stdout. */
void sk_cli_print_json   (JsonBuilder *builder);

/* The "before"/"after" summary object of reach --json (sk-cli-reach.c). */
void sk_cli_add_reach_summary (JsonBuilder   *builder,
                               const char    *name,
                               SkReachResult *result,
                               SkKengetallen *kengetallen);
/* Fills the empty PLAN from a session file or a GeoJSON FeatureCollection
 * (sk-cli-plan-input.c); *REGION_ID: the session's region, or NULL;
 * *CORRECTIONS (SkStoreCorrection): the facilities added during the
 * session, empty for GeoJSON. */
gboolean sk_cli_read_plan     (SkPlan        *plan,
                               const char    *path,
                               char         **region_id,
                               GPtrArray    **corrections,
                               GError       **error);

/* The GeoJSON FeatureCollection in TEXT into the empty PLAN; NAME (a
 * path) for the message when it is no FeatureCollection. */
gboolean sk_cli_read_geojson_text (SkPlan      *plan,
                                   const char  *text,
                                   gsize        length,
                                   const char  *name,
                                   GError     **error);

int  sk_cli_region_info  (int argc, char **argv);
int  sk_cli_evaluate     (int argc, char **argv);
int  sk_cli_reach        (int argc, char **argv);
int  sk_cli_import_osm   (int argc, char **argv);
int  sk_cli_session      (int argc, char **argv);
int  sk_cli_toolbox      (int argc, char **argv);
int  sk_cli_export       (int argc, char **argv);
int  sk_cli_derive_top10nl (int argc, char **argv);
int  sk_cli_region_check (int argc, char **argv);
int  sk_cli_render       (int argc, char **argv);
int  sk_cli_ov           (int argc, char **argv);
int  sk_cli_import_gtfs  (int argc, char **argv);

G_END_DECLS
