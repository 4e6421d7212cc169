/* sk-region-import.h — importing an OpenStreetMap extract as an installed
 * region (sk-region-installed.h) in a worker thread, with progress and
 * cancelling, for the window. */
#pragma once

#include <gio/gio.h>

#include "sk-geo.h"

G_BEGIN_DECLS

/* FRACTION of the work done, 0 … 1, estimated from the bytes of the file
 * read so far (see sk-region-import.c); NODES and WAYS read so far. */
typedef void (*SkRegionImportProgress) (GObject *source_object,
                                        double   fraction,
                                        guint64  nodes,
                                        guint64  ways);

/* Reads EXTRACT (.osm.pbf or .osm) into a new installed region named
 * NAME, keeping only what lies in AREA (NULL: everything). PROGRESS is
 * called with SOURCE_OBJECT (then not NULL) in the thread-default main
 * context of the caller, always before CALLBACK. Cancelled or failed,
 * nothing is left behind. */
void      sk_region_import_async   (GObject                *source_object,
                                    const char             *extract,
                                    const char             *name,
                                    const SkBBox           *area,
                                    SkRegionImportProgress  progress,
                                    GCancellable           *cancellable,
                                    GAsyncReadyCallback     callback,
                                    gpointer                user_data);
/* The id of the new region, or NULL with ERROR (G_IO_ERROR_CANCELLED when
 * cancelled, SK_OSM_ERROR for a broken extract). */
char     *sk_region_import_finish  (GAsyncResult           *result,
                                    GError                **error);

G_END_DECLS
