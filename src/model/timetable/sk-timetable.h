/* sk-timetable.h — public transport: GTFS timetables of a region, the
 * plan's changes to them (buurtbus, mobiliteitshub, new stop) and the
 * door-to-door travel time from every kern to named destinations for
 * every departure minute of a window (issue #15, "Binnen een uur in
 * Zwolle of Emmen").
 *
 * Units everywhere: positions WGS84 degrees; distances metres; clock
 * times seconds since midnight of the service day (GTFS: 25:10:00 is
 * 90600, the next morning of the same service day); durations seconds
 * unless a name says minutes. A result's minutes are doubles; NAN
 * stands for JSON null.
 *
 * Where a timetable is kept: one SQLite file per region,
 *
 *   $XDG_DATA_HOME/samenkaart/regio's/ID/ov.sqlite
 *
 * beside region.json for an imported region, and in a folder of its own
 * (holding only ov.sqlite) for a built-in region such as "reestdal".
 * sk_timetable_import() writes it to a temporary file and renames it at
 * the end, so a failed or cancelled import leaves the region unchanged.
 *
 * Threads: a loaded SkTimetable is immutable and may be shared between
 * threads (ref-counted). An SkOvOverlay is a plain value owned by one
 * thread; copy it to hand it to a worker. sk_ov_compute() is a pure
 * function and may run in a GTask thread.
 */
#pragma once

#include <gio/gio.h>

#include "sk-geo.h"
#include "sk-kengetallen.h"
#include "sk-region.h"

G_BEGIN_DECLS

#define SK_TIMETABLE_ERROR (sk_timetable_error_quark ())

typedef enum
{
  SK_TIMETABLE_ERROR_IO,             /* a file cannot be opened or written */
  SK_TIMETABLE_ERROR_MISSING_FILE,   /* a required GTFS file is absent */
  SK_TIMETABLE_ERROR_CSV,            /* broken CSV, missing column, bad value */
  SK_TIMETABLE_ERROR_UNKNOWN_ID,     /* a stop, trip, route or service id not defined */
  SK_TIMETABLE_ERROR_BAD_TIME,       /* a time that is not H:MM:SS */
  SK_TIMETABLE_ERROR_NO_SERVICE,     /* no trip runs on the chosen date */
  SK_TIMETABLE_ERROR_EMPTY,          /* nothing of the feed lies in the region */
  SK_TIMETABLE_ERROR_NOT_FOUND,      /* the region has no imported timetable */
  SK_TIMETABLE_ERROR_CORRUPT,        /* ov.sqlite is damaged or of another version */
  SK_TIMETABLE_ERROR_INVALID,        /* a bad argument: destination, window, overlay */
} SkTimetableError;

GQuark        sk_timetable_error_quark   (void);

/* ---------------------------------------------------------------------
 * Timetables
 * ------------------------------------------------------------------- */

typedef struct _SkTimetable SkTimetable;

/* A stop (GTFS stops.txt, location_type 0; stations are folded into their
 * platforms' positions). */
typedef struct
{
  char *id;
  char *name;
  double lat;
  double lon;
} SkTransitStop;

/* FRACTION 0 … 1; STAGE a translated phrase ("Haltes lezen"). Called on
 * the thread that reads. */
typedef void (*SkTimetableProgress) (double      fraction,
                                     const char *stage,
                                     gpointer    user_data);

/* Reads the GTFS feed at PATH: a .zip file or a folder holding the .txt
 * files (agency, stops, routes, trips, stop_times required; calendar
 * and/or calendar_dates; transfers optional). With REGION, only what
 * serves the region is kept: trips calling at a stop within the region's
 * bounding box (widened by SK_TIMETABLE_CLIP_MARGIN_M) or near one of
 * the N_KEEP points KEEP (the destinations outside it), and of those
 * trips all their stops. REGION NULL keeps everything. Every problem is
 * a Dutch GError naming the file and line. */
#define SK_TIMETABLE_CLIP_MARGIN_M 5000.0
SkTimetable  *sk_timetable_read_gtfs     (const char          *path,
                                          SkRegion            *region,
                                          const SkLatLon      *keep,
                                          size_t               n_keep,
                                          SkTimetableProgress  progress,
                                          gpointer             user_data,
                                          GCancellable        *cancellable,
                                          GError             **error);

/* The ov.sqlite path of a region (see the top of this file). */
char         *sk_timetable_path_for_region (SkRegion          *region);

/* Reads FEED clipped to REGION and its default destinations
 * (data/ov/bestemmingen.json) and stores it as the region's ov.sqlite,
 * replacing an earlier import only when all went well. */
gboolean      sk_timetable_import        (SkRegion            *region,
                                          const char          *feed,
                                          SkTimetableProgress  progress,
                                          gpointer             user_data,
                                          GCancellable        *cancellable,
                                          GError             **error);
/* The region's stored timetable; SK_TIMETABLE_ERROR_NOT_FOUND: none. */
SkTimetable  *sk_timetable_load_for_region (SkRegion          *region,
                                            GError           **error);
gboolean      sk_timetable_save          (SkTimetable         *self,
                                          const char          *path,
                                          GError             **error);
SkTimetable  *sk_timetable_load          (const char          *path,
                                          GError             **error);

SkTimetable  *sk_timetable_ref           (SkTimetable         *self);
void          sk_timetable_unref         (SkTimetable         *self);

size_t        sk_timetable_get_n_stops   (SkTimetable         *self);
const SkTransitStop *sk_timetable_get_stop (SkTimetable       *self,
                                            size_t             i);
size_t        sk_timetable_get_n_trips   (SkTimetable         *self);
size_t        sk_timetable_get_n_stop_times (SkTimetable      *self);
/* Rules of transfers.txt kept: between two stops, for every trip. */
size_t        sk_timetable_get_n_transfer_rules (SkTimetable  *self);
/* First and last date of the calendar (FALSE: no service at all). */
gboolean      sk_timetable_get_date_range (SkTimetable        *self,
                                           GDate              *first,
                                           GDate              *last);
/* Number of trips that run on DATE (calendar + calendar_dates). */
size_t        sk_timetable_count_trips_on (SkTimetable        *self,
                                           const GDate        *date);

/* ---------------------------------------------------------------------
 * Destinations: data/ov/bestemmingen.json and the region's kernen
 * ------------------------------------------------------------------- */

typedef struct
{
  char *name;
  double lat;
  double lon;
  char *source;        /* where the position comes from; NULL for a kern */
  gboolean centre;     /* a regional centre: counts for "binnen een uur" */
  int kern;            /* index of the region's kern, or -1 */
} SkOvDestination;

void          sk_ov_destination_free     (SkOvDestination     *dest);
/* The embedded data/ov/bestemmingen.json: Zwolle, Emmen, Assen,
 * Groningen, Meppel (stations, centre TRUE). Array of SkOvDestination. */
GPtrArray    *sk_ov_destinations_load_default (GError        **error);
/* "NAME" (a default destination or a kern of REGION, case-insensitive)
 * or "NAME@LAT,LON". A named default is a centre; a kern or a point
 * given by position is not. */
SkOvDestination *sk_ov_destination_parse (const char          *text,
                                          SkRegion            *region,
                                          GError             **error);

/* ---------------------------------------------------------------------
 * The plan's changes (an overlay on the timetable; the feed is untouched)
 * ------------------------------------------------------------------- */

typedef struct _SkOvOverlay SkOvOverlay;

SkOvOverlay  *sk_ov_overlay_new          (void);
SkOvOverlay  *sk_ov_overlay_copy         (const SkOvOverlay   *self);
void          sk_ov_overlay_free         (SkOvOverlay         *self);
gboolean      sk_ov_overlay_is_empty     (const SkOvOverlay   *self);

/* A buurtbus: a new line through the N (≥ 2) STOPS in order, running in
 * both directions every HEADWAY_MINUTES from FIRST_DEPARTURE to
 * LAST_DEPARTURE (seconds since midnight, the departure from the first
 * stop of each direction). Between stops it takes SEGMENT_SECONDS[i]
 * (N - 1 values) or, when NULL, the crow-fly distance × the car detour
 * at SPEED_KMH. Runs every day. Returns FALSE with
 * SK_TIMETABLE_ERROR_INVALID for nonsense (headway ≤ 0, last < first). */
gboolean      sk_ov_overlay_add_line     (SkOvOverlay         *self,
                                          const SkLatLon      *stops,
                                          size_t               n,
                                          double               headway_minutes,
                                          int                  first_departure,
                                          int                  last_departure,
                                          double               speed_kmh,
                                          const double        *segment_seconds,
                                          GError             **error);
/* A mobiliteitshub at a point: the stop nearest to it (within
 * SK_OV_HUB_RADIUS_M, or the hub itself becomes a stop on no line
 * otherwise: then it changes nothing) gets bike access with parking,
 * also when the query's access is on foot. */
#define SK_OV_HUB_RADIUS_M 300.0
void          sk_ov_overlay_add_hub      (SkOvOverlay         *self,
                                          double               lat,
                                          double               lon);
/* A new stop near a point on the existing line that passes nearest
 * (within SK_OV_NEW_STOP_RADIUS_M of its straight stop-to-stop legs):
 * every trip of that route calls there, its time interpolated between
 * the neighbouring stops plus SK_OV_NEW_STOP_DWELL_S. No line that near:
 * nothing changes (sk_ov_compute() reports it in the result's notes). */
#define SK_OV_NEW_STOP_RADIUS_M 1000.0
#define SK_OV_NEW_STOP_DWELL_S 30
void          sk_ov_overlay_add_stop     (SkOvOverlay         *self,
                                          double               lat,
                                          double               lon);

/* ---------------------------------------------------------------------
 * The query: every kern × destination × departure minute
 * ------------------------------------------------------------------- */

typedef struct
{
  GDate date;                 /* the service day */
  int window_start;           /* seconds since midnight, inclusive */
  int window_end;             /* exclusive; one departure per minute */
  SkMode access;              /* SK_MODE_LOPEN or SK_MODE_FIETS: from the
                               * kern to the first stop; the last stop to
                               * the destination is always on foot (the
                               * bike stays parked at the first stop) */
  int max_rounds;             /* transit legs at most; 0: SK_OV_MAX_ROUNDS */
} SkOvQuery;

#define SK_OV_MAX_ROUNDS 5
/* No arrival within this long counts as "no way to arrive" (issue #15). */
#define SK_OV_MAX_TRIP_S (3 * 3600)

/* What one kern → destination pair gives over the window, by nearest
 * rank over the departure minutes (no arrival within 3 h counting as
 * +∞). Minutes are NAN (JSON null) by the rules: the median when
 * more than half of the minutes have no arrival within 3 h; the p80 when
 * more than a fifth have none (it does not exist then); the best only
 * when no minute arrives at all. */
typedef struct
{
  double median_minutes;
  double p80_minutes;
  double best_minutes;
  gboolean by_transit;        /* some minute's best way uses a bus or train */
} SkOvTimes;

typedef struct _SkOvResult SkOvResult;

/* Computes the travel times for every kern of REGION to the N_DESTS
 * DESTS. A kern is one origin: its access time to a stop is the mean over
 * its population points (SkKern.population, weighted by people, as the
 * reach code weighs them). Travel is over TIMETABLE changed by OVERLAY
 * (may be NULL); walking or cycling all the way counts too. Access (by
 * QUERY->access) and egress (on foot) follow the region's network when
 * it has one, otherwise crow-fly × the mode's detour (sk-kengetallen.h). The speeds,
 * distances and transfer times come from data/ov/ov-kengetallen.json.
 * Fails with SK_TIMETABLE_ERROR_NO_SERVICE when no trip runs on the
 * date, INVALID for an empty window or no destinations. */
SkOvResult   *sk_ov_compute              (SkTimetable         *timetable,
                                          SkRegion            *region,
                                          SkKengetallen       *kengetallen,
                                          const SkOvQuery     *query,
                                          SkOvDestination *const *dests,
                                          size_t               n_dests,
                                          const SkOvOverlay   *overlay,
                                          GCancellable        *cancellable,
                                          GError             **error);
/* The same with OVERLAY applied; equal to a full sk_ov_compute(). When
 * the overlay only adds (buurtbus lines, hubs; no new stop, which delays
 * the trips it joins) only the kernen it can change are searched, and
 * those with BEFORE's answers as bounds, a third of the work or less.
 * BEFORE should come from sk_ov_compute() with no overlay (any other
 * BEFORE gives a full recomputation); it keeps
 * references to the timetable and region, and borrows KENGETALLEN, which
 * must outlive it. */
SkOvResult   *sk_ov_compute_after        (SkOvResult          *before,
                                          const SkOvOverlay   *overlay,
                                          GCancellable        *cancellable,
                                          GError             **error);
void          sk_ov_result_free          (SkOvResult          *self);

/* The kernen are searched on several threads, each kern on one, so the
 * answers are the same for any number. N: at most this many threads
 * (0, the default: one per processor, at most SK_OV_MAX_THREADS). */
#define SK_OV_MAX_THREADS 4
void          sk_ov_set_threads          (guint                n);

size_t        sk_ov_result_get_n_kernen  (SkOvResult          *self);
size_t        sk_ov_result_get_n_dests   (SkOvResult          *self);
const SkOvDestination *sk_ov_result_get_dest (SkOvResult      *self,
                                              size_t           d);
/* Departure minutes in the window. */
size_t        sk_ov_result_get_n_minutes (SkOvResult          *self);
const SkOvTimes *sk_ov_result_get_times  (SkOvResult          *self,
                                          size_t               kern,
                                          size_t               dest);
/* Door-to-door minutes for departure minute M (window_start + 60 M);
 * NAN when no arrival within SK_OV_MAX_TRIP_S. */
double        sk_ov_result_get_minute    (SkOvResult          *self,
                                          size_t               kern,
                                          size_t               dest,
                                          size_t               m);
/* Per kern the smallest median over the centre destinations (NAN: none
 * has a median). */
double        sk_ov_result_get_centre_median (SkOvResult      *self,
                                              size_t           kern);
/* Share 0 … 1 of the region's inhabitants living in a kern whose median
 * to any centre destination is ≤ 60 minutes ("binnen een uur in Zwolle
 * of Emmen"). Without centres among the destinations: every destination
 * counts. */
double        sk_ov_result_get_within_60_share (SkOvResult    *self);
/* How many kernen were searched (all of them, or fewer after
 * sk_ov_compute_after()). */
size_t        sk_ov_result_get_n_searched (SkOvResult         *self);
/* Plain Dutch remarks for the user (an overlay stop near no line, a
 * crow-fly estimate), NULL-terminated; may be empty. */
const char *const *sk_ov_result_get_notes (SkOvResult         *self);

/* The reference search for the bench and the tests: the same question
 * answered by a time-dependent Dijkstra over stops, one departure minute
 * at a time. Slow by design. */
SkOvResult   *sk_ov_compute_dijkstra     (SkTimetable         *timetable,
                                          SkRegion            *region,
                                          SkKengetallen       *kengetallen,
                                          const SkOvQuery     *query,
                                          SkOvDestination *const *dests,
                                          size_t               n_dests,
                                          const SkOvOverlay   *overlay,
                                          GCancellable        *cancellable,
                                          GError             **error);

/* "HH:MM-HH:MM" → seconds since midnight; end may pass 24:00. */
gboolean      sk_ov_parse_window         (const char          *text,
                                          int                 *start,
                                          int                 *end,
                                          GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkTimetable, sk_timetable_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkOvOverlay, sk_ov_overlay_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkOvResult, sk_ov_result_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkOvDestination, sk_ov_destination_free)

G_END_DECLS
