/* sk-report.h — what a session becomes outside Samenkaart: the PDF report
 * ("Exporteer verslag"), a GeoJSON file of the interventions, a CSV file
 * of the indicators and a PNG of the map of the plan.
 *
 * Every export reads the session (any SkStore, also one open for writing
 * in the window) and never changes it. Every file is written under a
 * temporary name and renamed when complete: a failed export leaves no
 * half file, and an existing file is replaced only by a complete one.
 *
 * Thread rules: the store belongs to the calling thread; region, toolbox
 * and kengetallen are immutable and may be shared.
 */
#pragma once

#include "sk-fit.h"
#include "sk-kengetallen.h"
#include "sk-map-render.h"
#include "sk-mkba-eval.h"
#include "sk-region.h"
#include "sk-report-writer.h"
#include "sk-store.h"
#include "sk-toolbox.h"

G_BEGIN_DECLS

typedef struct
{
  SkMkbaSettings mkba;      /* discount rate, horizon, subsidy share */
  gint64 variant_id;        /* the variant the report is about; 0: the first */
  const char *export_date;  /* YYYY-MM-DD for the footer; NULL: today */
} SkReportOptions;

void     sk_report_options_init_default (SkReportOptions        *options);
/* The defaults, then the session's own MKBA rules where it has them
 * (settings "mkba.rate", "mkba.horizon", "mkba.subsidy-share", as the
 * window stores them). */
void     sk_report_options_init_from_store (SkReportOptions     *options,
                                            SkStore             *store);

/* The report as an A4 PDF at OUT_PATH: cover, map of the plan, headline
 * indicators, MKBA per category and per actor, reachability per kern
 * before → after, toolbox conditions, “Past het hier?” (the ideas per
 * verdict), comments and votes, variants side
 * by side (when there are several) and the sources of every figure. */
gboolean sk_report_write_pdf            (SkStore                *store,
                                         SkRegion               *region,
                                         SkToolbox              *toolbox,
                                         SkKengetallen          *kengetallen,
                                         const SkReportOptions  *options,
                                         const char             *out_path,
                                         GError                **error);

/* A GeoJSON FeatureCollection (RFC 7946: WGS84, [lon, lat], outer rings
 * counter-clockwise), one feature per intervention of VARIANT_ID (0: of
 * every variant). Properties: id, kind, kind_name, name, note, variant,
 * variant_name, participant, and one property per parameter, named by its
 * id (its unit is in the toolbox). */
gboolean sk_export_geojson              (SkStore                *store,
                                         SkToolbox              *toolbox,
                                         gint64                  variant_id,
                                         const char             *out_path,
                                         GError                **error);

/* The indicators of every variant as CSV (RFC 4180): UTF-8, comma between
 * fields, a point before decimals, fields with a comma or quote in double
 * quotes, one header line. Columns: variant, indicator (an identifier
 * such as "ncw" or "bereik_huisarts_voor"), omschrijving (plain Dutch),
 * waarde, laag, hoog (empty when there is no range), eenheid, bron. */
gboolean sk_export_csv                  (SkStore                *store,
                                         SkRegion               *region,
                                         SkToolbox              *toolbox,
                                         SkKengetallen          *kengetallen,
                                         const SkReportOptions  *options,
                                         const char             *out_path,
                                         GError                **error);

/* The map of the plan of VARIANT_ID (0: the first variant) as a PNG of
 * view->width × view->height pixels: the region drawn from its data, the
 * interventions numbered on top. For the window's current view build VIEW
 * with sk_map_view_init_centred (centre, zoom, size); for the whole region
 * use sk_export_region_view(). */
gboolean sk_export_png                  (SkStore                *store,
                                         SkRegion               *region,
                                         SkToolbox              *toolbox,
                                         gint64                  variant_id,
                                         const SkMapView        *view,
                                         const char             *out_path,
                                         GError                **error);
void     sk_export_region_view          (SkRegion               *region,
                                         int                     width,
                                         int                     height,
                                         SkMapView              *view);

/* "Past het hier?" counted in words, good to bad: "1 idee: past;
 * 2 ideeën: nee, tenzij"; "" when every count is 0. */
char    *sk_report_fit_counts_text      (const guint             counts[SK_FIT_N_VERDICTS]);

G_END_DECLS
