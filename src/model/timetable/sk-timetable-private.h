/* sk-timetable-private.h — the in-memory timetable shared by the GTFS
 * reader, the store and the search. Not installed; model only. */
#pragma once

#include "sk-timetable.h"

G_BEGIN_DECLS

/* One service_id: calendar.txt weekdays between two dates plus the
 * calendar_dates.txt exceptions. Dates are GDate julian days. */
typedef struct
{
  char *id;
  guint8 weekdays;        /* bit 0 Monday … bit 6 Sunday */
  guint32 start_julian;   /* 0: no calendar.txt row */
  guint32 end_julian;
  GArray *added;          /* guint32 julian days (exception_type 1) */
  GArray *removed;        /* guint32 julian days (exception_type 2) */
} SkService;

typedef struct
{
  char *id;
  char *agency_id;
  char *short_name;
  char *long_name;
  int type;               /* GTFS route_type */
} SkRoute;

typedef struct
{
  char *id;
  guint32 route;
  guint32 service;
  guint32 first;          /* index of its first stop time */
  guint32 n;              /* stop times, in stop_sequence order */
} SkTrip;

typedef struct
{
  guint32 from;
  guint32 to;
  int type;               /* GTFS transfer_type: 2 minimum time, 3 not possible */
  int min_time;           /* seconds; -1 none given */
} SkTransferRule;

struct _SkTimetable
{
  gatomicrefcount ref;
  GArray *stops;          /* SkTransitStop */
  GArray *routes;         /* SkRoute */
  GArray *services;       /* SkService */
  GArray *trips;          /* SkTrip */
  GArray *st_stop;        /* guint32 per stop time */
  GArray *st_arr;         /* gint32 seconds since midnight */
  GArray *st_dep;         /* gint32 */
  GArray *transfers;      /* SkTransferRule */
};

SkTimetable *sk_timetable_new_empty     (void);
gboolean     sk_service_runs_on         (const SkService *service,
                                         guint32          julian);
/* Rebuilds nothing: checks a freshly filled timetable for the counts the
 * search relies on (each trip ≥ 2 stop times, times not decreasing). */
const SkTrip *sk_timetable_get_trip     (SkTimetable *self,
                                         size_t       i);

/* The figures of data/ov/ov-kengetallen.json (central values). */
typedef struct
{
  double walk_kmh;
  double bike_kmh;
  double max_walk_access_m;
  double max_bike_access_m;
  double max_transfer_walk_m;
  int min_transfer_s;
  int bike_park_s;
} SkOvFigures;

gboolean     sk_ov_figures_load         (SkKengetallen *kengetallen,
                                         SkOvFigures   *out,
                                         GError       **error);

G_END_DECLS
