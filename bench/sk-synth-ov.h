/* sk-synth-ov.h — the synthetic regional bus feed of the public-transport
 * benchmarks (bench-ov, bench-ui-ov): a 55 × 55 grid of stops about 1 km
 * apart over Drenthe (jittered by up to ~100 m), a bus line along every
 * row and column, hourly both ways from 06:00 to 21:00, every day of
 * 2026–2028 (3,025 stops, 3,520 trips, 193,600 stop times); and a region
 * of N kernen at random places on the grid. Deterministic. */
#pragma once

#include <glib.h>

#include "sk-region.h"

G_BEGIN_DECLS

#define SK_SYNTH_OV_GRID 55
#define SK_SYNTH_OV_LAT0 52.50
#define SK_SYNTH_OV_LON0 6.10
#define SK_SYNTH_OV_DLAT 0.0092     /* ≈ 1.02 km */
#define SK_SYNTH_OV_DLON 0.0148     /* ≈ 1.0 km at 52.75° */

/* Writes agency, stops, routes, trips, stop_times and calendar .txt
 * into DIR (which must exist); aborts on a write error. */
void      sk_synth_ov_write_feed (const char *dir);

/* N kernen of 100–5,000 inhabitants (seed N), region id ID; WITH_GP adds
 * one huisarts so the window's reachability panel has a type to show. */
SkRegion *sk_synth_ov_region     (guint       n,
                                  const char *id,
                                  gboolean    with_gp);

G_END_DECLS
