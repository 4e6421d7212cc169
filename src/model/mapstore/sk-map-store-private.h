/* sk-map-store-private.h — what the OSM import uses to fill a map store:
 * the tag rules (sk-map-classify.c) and the writer (sk-map-store-write.c). */
#pragma once

#include "sk-map-store.h"
#include "sk-osm.h"

G_BEGIN_DECLS

/* The area or line class of a way (areas only when CLOSED); SK_MAP_NONE
 * when the map does not draw it. */
SkMapClass sk_map_classify_way      (const SkOsmTag *tags,
                                     size_t          n,
                                     gboolean        closed);
/* The point class of a node, or of a way drawn at its centre (a church,
 * a school, a farm); SK_MAP_NONE when none. */
SkMapClass sk_map_classify_point    (const SkOsmTag *tags,
                                     size_t          n);
/* The lowest zoom band a class appears in. */
int        sk_map_class_min_band    (SkMapClass      klass);

typedef struct _SkMapStoreWriter SkMapStoreWriter;

SkMapStoreWriter *sk_map_store_writer_new      (void);
void              sk_map_store_writer_free     (SkMapStoreWriter *writer);
/* Classifies the tags and keeps what the map draws. */
void              sk_map_store_writer_add_way  (SkMapStoreWriter *writer,
                                                const SkOsmTag   *tags,
                                                size_t            n,
                                                const SkLatLon   *points,
                                                guint             n_points,
                                                gboolean          closed);
void              sk_map_store_writer_add_node (SkMapStoreWriter *writer,
                                                const SkOsmTag   *tags,
                                                size_t            n,
                                                double            lat,
                                                double            lon);
/* A name for the search only (a kern, drawn by the region's own layer). */
void              sk_map_store_writer_add_name (SkMapStoreWriter *writer,
                                                const char       *kind,
                                                const char       *name,
                                                double            lat,
                                                double            lon);
/* A feature in world units as it is (areas may hold several rings,
 * separated by SK_MAP_RING_BREAK pairs). */
void              sk_map_store_writer_add_geometry (SkMapStoreWriter *writer,
                                                    SkMapClass        klass,
                                                    const char       *name,
                                                    const gint32     *xy,
                                                    guint             n_points);
guint             sk_map_store_writer_get_n_features (SkMapStoreWriter *writer);
/* Writes PATH (a new file) in one transaction. */
gboolean          sk_map_store_writer_save     (SkMapStoreWriter *writer,
                                                const char       *path,
                                                GCancellable     *cancellable,
                                                GError          **error);

/* Douglas-Peucker on (x, y) pairs in world units: keeps the first and the
 * last point and every point further than TOLERANCE from the line through
 * its kept neighbours. Returns the new number of points (in place). */
guint      sk_map_simplify          (gint32         *xy,
                                     guint           n,
                                     double          tolerance);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkMapStoreWriter, sk_map_store_writer_free)

G_END_DECLS
