/* sk-toolbox.h — the catalogue of intervention kinds (woonerf, pluktuin,
 * ommetje …) with their parameters, costs, benefits and sources
 * (format: data/toolbox/SCHEMA.md, schema "samenkaart-toolbox/1").
 *
 * A loaded SkToolbox is immutable, so it may be read from any thread. The
 * structs it hands out are borrowed and live as long as the toolbox.
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "sk-kengetallen.h"  /* SkFigure */
#include "sk-vocabulary.h"

G_BEGIN_DECLS

#define SK_TOOLBOX_ERROR (sk_toolbox_error_quark ())

typedef enum
{
  SK_TOOLBOX_ERROR_NOT_FOUND,
  SK_TOOLBOX_ERROR_PARSE,
  SK_TOOLBOX_ERROR_INVALID,
} SkToolboxError;

typedef enum
{
  SK_GEOMETRY_POINT,
  SK_GEOMETRY_LINE,
  SK_GEOMETRY_AREA,
  SK_GEOMETRY_INVALID = -1,
} SkGeometry;

/* Where a parameter's value comes from: typed in, or measured from the
 * drawn geometry (length in metres, area in m²). */
typedef enum
{
  SK_FROM_GEOMETRY_NONE,
  SK_FROM_GEOMETRY_LENGTH,
  SK_FROM_GEOMETRY_AREA,
} SkFromGeometry;

typedef enum
{
  SK_COST_INVESTMENT,   /* at t = 0 and at every end of its lifetime */
  SK_COST_YEARLY,       /* every year t = 1 … H */
} SkCostType;

/* A named entry of one of the catalogue's lists (actors, categories,
 * brede-welvaart themes, conditions); colour only for themes. */
typedef struct
{
  char *id;
  char *name;
  char *name_en;
  char *colour;         /* "#RRGGBB" for themes, else NULL */
} SkToolboxTerm;

typedef struct
{
  char *id;
  char *title;
  char *publisher;
  int year;
  char *url;
} SkToolboxSource;

typedef struct
{
  char *id;
  char *name;
  char *name_en;
  char *unit;
  double default_value;
  double min;
  double max;
  SkFromGeometry from_geometry;
  gboolean has_range;   /* the usual values, low/central/high with a source */
  SkFigure range;       /* in `unit`; all zero without has_range */
} SkParameter;

typedef struct
{
  char *id;
  char *name;
  char *name_en;
  SkCostType type;
  char *category;
  char *actor;
  char *per;            /* parameter id, or NULL for a lump sum */
  SkFigure amount;
  SkFigure lifetime;    /* investments only; all zero for yearly costs */
} SkCost;

typedef struct
{
  char *id;
  char *name;
  char *name_en;
  char *category;
  char *bw_theme;
  char *actor;
  char *per;
  SkFigure amount;      /* EUR a year (per unit of `per`) */
} SkBenefit;

/* A PM-post: an effect that is named but not priced. */
typedef struct
{
  char *name;
  char *name_en;
  char *bw_theme;
} SkPm;

typedef struct
{
  char *id;
  char *name;
  char *name_en;
  char *explanation;
  char *explanation_en;
  char *theme;
  char *icon;           /* "sk-<id>-symbolic" */
  SkGeometry geometry;
  gboolean was_point;   /* a line kind that older sessions stored as a point */
  SkParameter *parameters;
  size_t n_parameters;
  SkCost *costs;
  size_t n_costs;
  SkBenefit *benefits;
  size_t n_benefits;
  SkPm *pm;
  size_t n_pm;
  SkFacilityType *provides;
  size_t n_provides;
  char *households_per; /* parameter id, or NULL */
  gboolean *conditions; /* one per sk_toolbox_get_condition(), same order */
  char *conditions_note;
  char **sources;       /* NULL-terminated source ids */
} SkKind;

#define SK_TYPE_TOOLBOX (sk_toolbox_get_type ())
G_DECLARE_FINAL_TYPE (SkToolbox, sk_toolbox, SK, TOOLBOX, GObject)

GQuark               sk_toolbox_error_quark      (void);

/* Loads NAME_OR_PATH: a catalogue file, or "default" (also NULL) for the
 * catalogue built into the program. */
SkToolbox           *sk_toolbox_load             (const char  *name_or_path,
                                                  GError     **error);
SkToolbox           *sk_toolbox_new_from_bytes   (GBytes      *bytes,
                                                  const char  *display_name,
                                                  GError     **error);

int                  sk_toolbox_get_price_year   (SkToolbox   *self);

size_t               sk_toolbox_get_n_kinds      (SkToolbox   *self);
const SkKind        *sk_toolbox_get_kind         (SkToolbox   *self,
                                                  size_t       i);
/* NULL when no kind has that id. */
const SkKind        *sk_toolbox_find_kind        (SkToolbox   *self,
                                                  const char  *id);

size_t               sk_toolbox_get_n_themes     (SkToolbox   *self);
const SkToolboxTerm *sk_toolbox_get_theme        (SkToolbox   *self,
                                                  size_t       i);
size_t               sk_toolbox_get_n_actors     (SkToolbox   *self);
const SkToolboxTerm *sk_toolbox_get_actor        (SkToolbox   *self,
                                                  size_t       i);
size_t               sk_toolbox_get_n_categories (SkToolbox   *self);
const SkToolboxTerm *sk_toolbox_get_category     (SkToolbox   *self,
                                                  size_t       i);
size_t               sk_toolbox_get_n_bw_themes  (SkToolbox   *self);
const SkToolboxTerm *sk_toolbox_get_bw_theme     (SkToolbox   *self,
                                                  size_t       i);
size_t               sk_toolbox_get_n_conditions (SkToolbox   *self);
const SkToolboxTerm *sk_toolbox_get_condition    (SkToolbox   *self,
                                                  size_t       i);
size_t               sk_toolbox_get_n_sources    (SkToolbox   *self);
const SkToolboxSource *sk_toolbox_get_source     (SkToolbox   *self,
                                                  size_t       i);

/* Lookups by id in the lists above; NULL when unknown. */
const SkToolboxTerm *sk_toolbox_find_theme       (SkToolbox   *self,
                                                  const char  *id);
const SkToolboxTerm *sk_toolbox_find_actor       (SkToolbox   *self,
                                                  const char  *id);
const SkToolboxTerm *sk_toolbox_find_category    (SkToolbox   *self,
                                                  const char  *id);
const SkToolboxTerm *sk_toolbox_find_bw_theme    (SkToolbox   *self,
                                                  const char  *id);
const SkToolboxSource *sk_toolbox_find_source    (SkToolbox   *self,
                                                  const char  *id);

/* The name in the language of the user interface: name_en when the UI
 * is in English, else the Dutch name. */
const char          *sk_kind_get_display_name    (const SkKind        *kind);
const char          *sk_toolbox_term_get_display_name (const SkToolboxTerm *term);
const char          *sk_kind_get_display_explanation  (const SkKind        *kind);
const char          *sk_parameter_get_display_name    (const SkParameter   *param);
const char          *sk_cost_get_display_name         (const SkCost        *cost);
const char          *sk_benefit_get_display_name      (const SkBenefit     *benefit);

/* The parameter with that id, or NULL. */
const SkParameter   *sk_kind_find_parameter      (const SkKind *kind,
                                                  const char   *id);

/* sk-parameter.c: NODE, a value typed in for PARAM, must be a JSON number
 * from param->min to param->max; the message names the parameter, what
 * was given and the range ("oppervlakte is “veel”, geen getal; kies een
 * getal van 200 tot 20000"). */
gboolean             sk_parameter_read_value     (const SkParameter *param,
                                                  JsonNode          *node,
                                                  double            *value,
                                                  GError           **error);
/* PARAMS must be a JSON object; each member that is a typed-in parameter
 * of KIND is checked by sk_parameter_read_value (others are not used by
 * the evaluation and pass); with NULL_REMOVES a null member (an edit
 * taking a value away) passes too. */
gboolean             sk_kind_check_params        (const SkKind      *kind,
                                                  JsonNode          *params,
                                                  gboolean           null_removes,
                                                  GError           **error);

const char          *sk_geometry_to_id           (SkGeometry   geometry);
SkGeometry           sk_geometry_from_id         (const char  *id);

G_END_DECLS
