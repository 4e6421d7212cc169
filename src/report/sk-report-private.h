/* sk-report-private.h — a session read once for an export: its JSON,
 * every variant's plan and that plan's evaluation. Shared by the PDF,
 * CSV, GeoJSON and PNG exports; not installed. */
#pragma once

#include "sk-plan.h"
#include "sk-evaluator.h"
#include "sk-ov-eval.h"
#include "sk-reach-eval.h"
#include "sk-report.h"

G_BEGIN_DECLS

/* The travel mode of the report's reachability: the bike, the mode that
 * fits the distances between kernen (domain.md §3). */
#define SK_REPORT_MODE SK_MODE_FIETS

typedef struct
{
  gint64 id;
  char *name;
  SkPlanSnapshot *plan;      /* ids are the store's intervention ids */
  GPtrArray *saved;          /* SkStoreIntervention, the same order as PLAN */
  SkEvaluation *evaluation;  /* sk_evaluate () of PLAN; the three below are its own */
  SkMkbaResult *mkba;
  SkReachResult *before;
  SkReachResult *after;
} SkReportVariant;

typedef struct
{
  SkStore *store;
  SkRegion *region;
  SkToolbox *toolbox;
  SkKengetallen *kengetallen;
  SkReportOptions options;
  JsonNode *json;            /* sk_store_dup_json () */
  JsonObject *session;       /* its root object */
  GPtrArray *variants;       /* SkReportVariant, in the session's order */
  SkReportVariant *main;     /* options.variant_id, or the first */
  GPtrArray *corrections;    /* SkStoreCorrection: facilities added during the session */
  SkOvSetup *ov;             /* bus and train: the region's timetable, or NULL */
  char *ov_problem;          /* why there is none although one was found, or NULL */
  SkOvEvaluation *ov_last;   /* borrowed: the last variant's, whose "before" is reused */
} SkReportData;

/* Reads STORE; evaluates every variant when EVALUATE. */
SkReportData   *sk_report_data_new          (SkStore               *store,
                                             SkRegion              *region,
                                             SkToolbox             *toolbox,
                                             SkKengetallen         *kengetallen,
                                             const SkReportOptions *options,
                                             gboolean               evaluate,
                                             GError               **error);
void            sk_report_data_free         (SkReportData          *data);

/* The result after the plan (or before it, when the plan adds nothing). */
SkReachResult  *sk_report_variant_get_after (SkReportVariant       *variant);
/* A member of the session's "participants", "comments" … arrays. */
JsonArray      *sk_report_data_get_array    (SkReportData          *data,
                                             const char            *member);
/* The participant's name, or NULL. */
const char     *sk_report_data_participant  (SkReportData          *data,
                                             gint64                 id);
/* Number (1 …) of intervention ID in the main variant, 0 when not in it. */
guint           sk_report_data_number       (SkReportData          *data,
                                             gint64                 id);
/* The extent of VARIANT's interventions (NULL: of every variant) with
 * room around them, or the region's when there are none. */
void            sk_report_data_plan_bbox    (SkReportData          *data,
                                             SkReportVariant       *variant,
                                             SkBBox                *bbox);
/* Which facility types the report shows: huisarts, basisschool and
 * supermarkt, and every type an intervention of VARIANT (NULL: of any
 * variant) provides. */
void            sk_report_data_reach_types  (SkReportData          *data,
                                             SkReportVariant       *variant,
                                             gboolean               types[SK_N_FACILITY_TYPES]);
/* Writes a complete file or nothing (a temporary file renamed). */
gboolean        sk_report_write_file        (const char            *path,
                                             const char            *contents,
                                             gsize                  length,
                                             GError               **error);

/* The toolbox's name of KIND_ID, or the id itself. */
const char     *sk_report_kind_name         (SkToolbox             *toolbox,
                                             const char            *kind_id);

/* Draws VARIANT's interventions over a map VIEW: areas and lines in their
 * theme's colour, a numbered disc on each when NUMBERS. */
void            sk_report_draw_plan         (cairo_t               *cr,
                                             const SkMapView       *view,
                                             SkToolbox             *toolbox,
                                             SkReportVariant       *variant,
                                             gboolean               numbers);
/* The theme colour of KIND_ID as "#rrggbb". */
const char     *sk_report_kind_colour       (SkToolbox             *toolbox,
                                             const char            *kind_id);


/* The PDF report while it is written (sk-report.c, sk-report-sections.c). */
typedef struct
{
  SkReportData *data;
  SkReportWriter *w;
} SkReport;

void            sk_report_section_reach      (SkReport *report);
void            sk_report_section_conditions (SkReport *report);
/* sk-report-fit.c: "Past het hier?", the ideas counted per verdict. */
void            sk_report_section_fit        (SkReport *report);
/* sk-report-correction.c: "Toegevoegd tijdens de sessie" (who, when,
 * where, what); nothing when the session added no facilities. */
void            sk_report_section_corrections (SkReport *report);
/* Draws the corrections (SkStoreCorrection) over a map VIEW. */
void            sk_report_draw_corrections   (cairo_t         *cr,
                                              const SkMapView *view,
                                              GPtrArray       *corrections);
/* sk-report-ov.c: "Met bus en trein", before → after per kern. */
void            sk_report_section_ov         (SkReport *report);
/* sk-report-ov.c: the region's timetable and the first question, when
 * the region has one (DATA->ov stays NULL otherwise). */
void            sk_report_data_load_ov       (SkReportData *data);
void            sk_report_section_comments   (SkReport *report);
void            sk_report_section_variants   (SkReport *report);
void            sk_report_section_sources    (SkReport *report);

/* In the report a note or comment is cut after SK_REPORT_NOTE_MAX
 * characters, a name after SK_REPORT_NAME_MAX (the session file keeps
 * them whole, the GeoJSON and CSV exports too): a session of 25,000 ideas
 * with long notes stays a report one can print. */
#define SK_REPORT_NOTE_MAX 1000
#define SK_REPORT_NAME_MAX 200

/* TEXT, or its first MAX_CHARS characters and "…(ingekort)". */
char           *sk_report_shorten           (const char            *text,
                                             glong                  max_chars);
/* "23 november 2026" from an ISO date (and "10:15" after it when the
 * text has a time); the text itself when it is no date. */
char           *sk_report_format_date       (const char            *iso);
/* "35 %" of a share 0 … 1; "–" for NAN. */
char           *sk_report_format_share      (double                 share);
/* A table from a flat array of owned cells, N_COLUMNS to a row. */
void            sk_report_table             (SkReport              *report,
                                             const SkReportColumn  *columns,
                                             guint                  n_columns,
                                             GPtrArray             *cells);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkReportData, sk_report_data_free)

G_END_DECLS
