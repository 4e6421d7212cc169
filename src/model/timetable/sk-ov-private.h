/* sk-ov-private.h — the search's own view of a timetable on one date:
 * trips grouped into patterns (same stops in the same order, no trip
 * overtaking another), footpaths between stops, access from each kern
 * and egress to each destination. Built once per query; immutable. */
#pragma once

#include "sk-timetable-private.h"

G_BEGIN_DECLS

#define SK_OV_INF G_MAXINT32

typedef struct
{
  SkLatLon *points;
  size_t n;
  int headway_s;
  int first;
  int last;
  double speed_kmh;
  double *segment_s;     /* n - 1, or NULL */
} SkOvLine;

struct _SkOvOverlay
{
  GArray *lines;         /* SkOvLine */
  GArray *hubs;          /* SkLatLon */
  GArray *new_stops;     /* SkLatLon */
};

typedef struct
{
  guint32 first_stop;    /* into SkOvGraph.pattern_stops */
  guint32 n_stops;
  guint32 n_trips;
  guint32 times;         /* into arr/dep: trip t, position i at times + t * n_stops + i */
  gboolean overlay;      /* trips of the plan's buurtbus */
} SkOvPattern;

typedef struct
{
  guint32 to;
  gint32 s;
} SkOvLink;

/* Degrees: latitudes lat0 … lat1, longitudes lon0 … lon1. */
typedef struct
{
  double lat0, lat1;
  double lon0, lon1;
} SkOvBox;

/* sk-ov-place.c. Where the people of a place are: a kern's population
 * points weighted by people, or one point. */
typedef struct
{
  const SkPopPoint *points;  /* NULL: the one point SINGLE */
  size_t n;
  SkPopPoint single;
  SkOvBox box;               /* around the points */
} SkOvPlace;

SkOvPlace         sk_ov_place_for_kern      (const SkKern    *kern);
SkOvPlace         sk_ov_place_at            (double           lat,
                                             double           lon);
const SkPopPoint *sk_ov_place_point         (const SkOvPlace *place,
                                             size_t           i);
/* Mean crow-fly distance × DETOUR from the place to (LAT, LON), metres. */
double            sk_ov_place_mean_distance (const SkOvPlace *place,
                                             double           lat,
                                             double           lon,
                                             double           detour);
/* Never more than sk_geo_haversine_m() from (LAT, LON) to a point of BOX. */
double            sk_ov_distance_floor_m    (double           lat,
                                             double           lon,
                                             const SkOvBox   *box);

typedef struct
{
  size_t n_stops;        /* base stops, then the overlay's */
  size_t n_base_stops;
  SkLatLon *pos;
  GArray *patterns;      /* SkOvPattern */
  GArray *pattern_stops; /* guint32 */
  GArray *arr;           /* gint32 */
  GArray *dep;           /* gint32 */
  /* stop → (pattern, position), CSR */
  guint32 *sp_off;
  guint32 *sp_pattern;
  guint32 *sp_pos;
  /* footpaths, CSR, the stop itself first (the minimum transfer time) */
  guint32 *fp_off;
  SkOvLink *fp;
  /* access from each kern (CSR over kernen), egress to each destination,
   * and the direct trip without a vehicle (seconds, SK_OV_INF: too far) */
  size_t n_kernen;
  size_t n_dests;
  guint32 *acc_off;
  SkOvLink *acc;
  guint32 *egr_off;
  SkOvLink *egr;
  gint32 *direct;        /* n_kernen × n_dests */
  /* Stops whose reach an overlay changes (see sk_ov_compute_after) */
  gboolean *touched;
  /* Lower bounds (sk-ov-bounds.c): seconds from stop s to destination d
   * at lb[s × n_dests + d]; the fastest-ride graph reversed. */
  gint32 *lb;
  guint32 *rev_off;
  SkOvLink *rev;
  GPtrArray *notes;      /* char *, translated */
} SkOvGraph;

SkOvGraph   *sk_ov_graph_build   (SkTimetable            *tt,
                                  SkRegion               *region,
                                  SkKengetallen          *kengetallen,
                                  const SkOvQuery        *query,
                                  SkOvDestination *const *dests,
                                  size_t                  n_dests,
                                  const SkOvOverlay      *overlay,
                                  GError                **error);
gboolean     sk_ov_graph_can_extend (const SkOvOverlay   *overlay);
/* BASE, built without an overlay for the same question, with the lines
 * of OVERLAY (sk_ov_graph_can_extend()) added; see sk-ov-graph.c. */
SkOvGraph   *sk_ov_graph_extend  (const SkOvGraph        *base,
                                  SkTimetable            *tt,
                                  SkRegion               *region,
                                  SkKengetallen          *kengetallen,
                                  const SkOvQuery        *query,
                                  SkOvDestination *const *dests,
                                  const SkOvOverlay      *overlay,
                                  GError                **error);
void         sk_ov_graph_free    (SkOvGraph              *graph);
void         sk_ov_graph_bounds  (SkOvGraph              *graph);
/* Lower bounds from each stop to each destination through a touched
 * stop: [d × n_stops + s]; g_free() it. */
gint32      *sk_ov_graph_touched_bounds (const SkOvGraph *graph);

static inline gint32
sk_ov_arr (const SkOvGraph   *g,
           const SkOvPattern *p,
           guint32            trip,
           guint32            i)
{
  return ((const gint32 *) g->arr->data)[p->times + trip * p->n_stops + i];
}

static inline gint32
sk_ov_dep (const SkOvGraph   *g,
           const SkOvPattern *p,
           guint32            trip,
           guint32            i)
{
  return ((const gint32 *) g->dep->data)[p->times + trip * p->n_stops + i];
}

/* Result internals shared by RAPTOR, Dijkstra and the statistics. */
struct _SkOvResult
{
  SkTimetable *tt;
  SkRegion *region;
  SkKengetallen *kengetallen;
  SkOvQuery query;
  GPtrArray *dests;          /* SkOvDestination copies */
  size_t n_kernen;
  size_t n_minutes;
  float *seconds;            /* kern × dest × minute; INFINITY: none within 3 h */
  gboolean *transit;         /* kern × dest × minute: a vehicle used */
  SkOvTimes *times;          /* kern × dest */
  size_t n_searched;
  char **notes;
  gboolean plain;            /* computed without an overlay: a valid BEFORE */
  SkOvGraph *graph;          /* when plain: its graph, extended after an edit */
};

SkOvResult  *sk_ov_result_new    (SkTimetable            *tt,
                                  SkRegion               *region,
                                  SkKengetallen          *kengetallen,
                                  const SkOvQuery        *query,
                                  SkOvDestination *const *dests,
                                  size_t                  n_dests,
                                  const SkOvGraph        *graph);
/* Whether the overlay of graph G (built for the result after) can change
 * kern K's times: whether the fastest conceivable trip through a stop the
 * overlay touches beats the slowest minute of BEFORE, for some destination. */
gboolean     sk_ov_kern_affected (SkOvResult             *before,
                                  const SkOvGraph        *g,
                                  const gint32           *touched_bounds,
                                  size_t                  kern);
void         sk_ov_result_copy_kern (SkOvResult          *result,
                                     SkOvResult          *before,
                                     size_t               kern);
/* Minute M's door-to-door seconds from BEST (earliest vehicle arrival
 * per stop), the direct trip and the egress links. */
void         sk_ov_store_minute  (SkOvResult             *result,
                                  const SkOvGraph        *g,
                                  const gint32           *best,
                                  size_t                  kern,
                                  size_t                  m,
                                  gint32                  dep);
/* Median, p80, best per kern × destination from the minutes. */
void         sk_ov_result_finish (SkOvResult             *result);

/* sk-ov-heap.c: a binary min-heap on t, in a GArray of SkOvHeapItem
 * (g_array_new (FALSE, FALSE, sizeof (SkOvHeapItem))); pop needs len > 0. */
typedef struct
{
  gint32 t;
  guint32 stop;
} SkOvHeapItem;

void          sk_ov_heap_push (GArray  *heap,
                               gint32   t,
                               guint32  stop);
SkOvHeapItem  sk_ov_heap_pop  (GArray  *heap);

G_END_DECLS
