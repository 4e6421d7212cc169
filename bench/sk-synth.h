/* sk-synth.h — realistic synthetic road networks for the benchmarks:
 * villages as dense, grid-like street clusters (jittered), joined to their
 * neighbours by rural roads with a shape point every ~120 m, in a square
 * around Drenthe's latitude. Deterministic for a seed. */
#pragma once

#include <glib.h>

#include "sk-network.h"

G_BEGIN_DECLS

typedef struct
{
  guint32 first;        /* index into refs */
  guint32 n;
  SkRoadClass klass;
} SkSynthWay;

typedef struct
{
  GArray *lat;          /* double, per node */
  GArray *lon;
  GArray *refs;         /* guint32 node indices of the ways */
  GArray *ways;         /* SkSynthWay */
  GArray *villages;     /* guint32: a central node of each village */
} SkSynth;

SkSynth          *sk_synth_generate    (guint32     target_nodes,
                                        guint32     seed);
void              sk_synth_free        (SkSynth    *synth);
guint32           sk_synth_get_n_nodes (SkSynth    *synth);
/* Builds the graph (all classes open to the modes OSM would allow). */
SkNetwork        *sk_synth_to_network  (SkSynth    *synth,
                                        const SkSpeeds *speeds);
/* Writes an .osm XML extract with the ways, named villages (place=village)
 * and some facilities. */
gboolean          sk_synth_write_osm   (SkSynth    *synth,
                                        const char *path,
                                        GError    **error);

/* The same with a map: a house beside every street segment of a village
 * (a 10 × 8 m building with a house number), a named street for every
 * grid line, farmland around each village and a wood beside it. */
gboolean          sk_synth_write_osm_map (SkSynth    *synth,
                                          const char *path,
                                          GError    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkSynth, sk_synth_free)

G_END_DECLS
