/* sk-variant-compare.c — two variants side by side.
 *
 * Thread rules: the store and the plans are read on the main thread into
 * plan snapshots (immutable, any thread). A GTask worker evaluates each
 * snapshot with sk_evaluate() and draws its map into plain pixels with
 * the report's map renderer; region, toolbox and kengetallen are
 * immutable and only read there. Textures and widgets are made back on
 * the main thread. A newer computation makes an older result stale (by
 * generation); it is dropped when it arrives. */
#include "sk-config.h"
#include "sk-variant-compare.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sk-correction.h"
#include "sk-format.h"
#include "sk-report.h"
#include "sk-report-private.h"
#include "sk-resources.h"
#include "sk-session.h"

/* The size of each map in logical pixels; the picture scales it down. */
#define MAP_WIDTH 560
#define MAP_HEIGHT 380

typedef enum
{
  METRIC_NCW,
  METRIC_BC,
  METRIC_SUBSIDY,
  METRIC_COSTS,
  METRIC_BENEFITS,
  METRIC_IDEAS,
  METRIC_REACH,
} Metric;

typedef enum
{
  SHOW_MONEY,
  SHOW_RATIO,
  SHOW_COUNT,
  SHOW_SHARE,
} Show;

/* Which way is better: +1 more, −1 less, 0 neither. */
typedef struct
{
  const char *id;          /* names the cells: "ncw-a", "ncw-b", "ncw-diff" */
  const char *title;       /* NULL: the facility type's name */
  const char *note;        /* a small line under the title, or NULL */
  Metric metric;
  Show show;
  int better;
  SkFacilityType type;     /* METRIC_REACH */
} RowSpec;

static const RowSpec rows[] = {
  { "ncw", N_("Saldo voor de samenleving"), N_("baten min kosten, met laag – hoog"),
    METRIC_NCW, SHOW_MONEY, +1, SK_FACILITY_INVALID },
  { "bc", N_("Baten per euro kosten"), NULL, METRIC_BC, SHOW_RATIO, +1, SK_FACILITY_INVALID },
  { "subsidy", N_("Subsidie uit het gebiedsfonds"), N_("aanname"),
    METRIC_SUBSIDY, SHOW_MONEY, +1, SK_FACILITY_INVALID },
  { "costs", N_("Kosten"), NULL, METRIC_COSTS, SHOW_MONEY, -1, SK_FACILITY_INVALID },
  { "benefits", N_("Baten"), NULL, METRIC_BENEFITS, SHOW_MONEY, +1, SK_FACILITY_INVALID },
  { "ideas", N_("Aantal ideeën"), NULL, METRIC_IDEAS, SHOW_COUNT, 0, SK_FACILITY_INVALID },
  { "huisarts", NULL, N_("inwoners binnen de norm, met de fiets"),
    METRIC_REACH, SHOW_SHARE, +1, SK_FACILITY_HUISARTS },
  { "basisschool", NULL, N_("inwoners binnen de norm, met de fiets"),
    METRIC_REACH, SHOW_SHARE, +1, SK_FACILITY_BASISSCHOOL },
  { "supermarkt", NULL, N_("inwoners binnen de norm, met de fiets"),
    METRIC_REACH, SHOW_SHARE, +1, SK_FACILITY_SUPERMARKT },
  { "ontmoetingsplek", NULL, N_("inwoners binnen de norm, met de fiets"),
    METRIC_REACH, SHOW_SHARE, +1, SK_FACILITY_ONTMOETINGSPLEK },
};

struct _SkVariantCompare
{
  AdwWindow parent_instance;

  SkStore *store;
  SkRegion *region;
  SkToolbox *toolbox;
  SkKengetallen *kengetallen;
  gboolean own_kengetallen;
  SkEvalSettings settings;

  GArray *variant_ids;          /* gint64, in the dropdowns' order */
  GtkStringList *variant_names;
  gint64 variants[2];
  guint n_ideas[2];
  SkEvaluation *evaluations[2];
  GdkTexture *textures[2];
  guint generation;             /* of the newest computation started */
  guint n_running;
  GCancellable *cancellable;
  gboolean syncing;             /* while the dropdowns follow self->variants */

  GtkDropDown *dropdown_a;
  GtkDropDown *dropdown_b;
  GtkLabel *title_a;
  GtkLabel *title_b;
  GtkPicture *picture_a;
  GtkPicture *picture_b;
  GtkGrid *table;
  GtkLabel *note_label;
  GtkSpinner *spinner;
};

G_DEFINE_FINAL_TYPE (SkVariantCompare, sk_variant_compare, ADW_TYPE_WINDOW)

/* ---- the worker -------------------------------------------------------- */

typedef struct
{
  SkPlanSnapshot *plan;
  SkEvaluation *evaluation;  /* out */
  GBytes *pixels;            /* out: CAIRO_FORMAT_ARGB32 */
  int stride;
} JobSide;

typedef struct
{
  SkRegion *region;
  SkToolbox *toolbox;
  SkKengetallen *kengetallen;  /* the window's, which the task keeps alive */
  SkEvalSettings settings;
  SkMapView view;              /* logical pixels */
  int scale;                   /* device pixels per logical pixel */
  guint generation;
  JobSide sides[2];
  GArray *corrections;         /* SkReachAddition: facilities added during the session */
} Job;

static void
job_free (Job *job)
{
  for (int s = 0; s < 2; s++)
    {
      g_clear_pointer (&job->sides[s].plan, sk_plan_snapshot_unref);
      g_clear_pointer (&job->sides[s].evaluation, sk_evaluation_unref);
      g_clear_pointer (&job->sides[s].pixels, g_bytes_unref);
    }
  g_clear_object (&job->region);
  g_clear_object (&job->toolbox);
  g_clear_pointer (&job->corrections, g_array_unref);
  g_free (job);
}

/* The region with the plan's interventions numbered on top, as in the
 * report, in pixels only (no GObject leaves the worker). */
static void
draw_map (Job     *job,
          JobSide *side)
{
  int width = job->view.width * job->scale, height = job->view.height * job->scale;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  SkReportVariant variant = { .plan = side->plan };

  cairo_scale (cr, job->scale, job->scale);
  sk_map_render (cr, job->region, &job->view, SK_MAP_RENDER_LABELS | SK_MAP_RENDER_FACILITIES);
  sk_report_draw_plan (cr, &job->view, job->toolbox, &variant, TRUE);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  side->stride = cairo_image_surface_get_stride (surface);
  side->pixels = g_bytes_new (cairo_image_surface_get_data (surface), (gsize) side->stride * height);
  cairo_surface_destroy (surface);
}

static void
job_run (GTask        *task,
         gpointer      source_object,
         gpointer      task_data,
         GCancellable *cancellable)
{
  Job *job = task_data;

  for (int s = 0; s < 2; s++)
    {
      if (g_cancellable_is_cancelled (cancellable))
        break;
      job->sides[s].evaluation = sk_evaluate_corrected (job->region, job->toolbox,
                                                        job->kengetallen, job->sides[s].plan,
                                                        (SkReachAddition *) job->corrections->data,
                                                        job->corrections->len, &job->settings);
      draw_map (job, &job->sides[s]);
    }
  g_task_return_boolean (task, TRUE);
}

/* ---- the table --------------------------------------------------------- */

static double
metric_value (const RowSpec *row,
              SkEvaluation  *ev,
              guint          n_ideas,
              double        *low,
              double        *high)
{
  const SkReachSummary *summary;

  *low = *high = NAN;
  switch (row->metric)
    {
    case METRIC_NCW:
      *low = ev->mkba->ncw[SK_RANGE_LOW];
      *high = ev->mkba->ncw[SK_RANGE_HIGH];
      return ev->mkba->ncw[SK_RANGE_CENTRAL];
    case METRIC_BC:
      return ev->mkba->bc[SK_RANGE_CENTRAL];
    case METRIC_SUBSIDY:
      return ev->mkba->subsidy;
    case METRIC_COSTS:
      return ev->mkba->costs[SK_RANGE_CENTRAL];
    case METRIC_BENEFITS:
      return ev->mkba->benefits[SK_RANGE_CENTRAL];
    case METRIC_IDEAS:
      return n_ideas;
    case METRIC_REACH:
    default:
      summary = ev->after ? sk_reach_result_get_summary (ev->after, row->type, SK_MODE_FIETS) : NULL;
      return summary != NULL && summary->present ? summary->share_within_norm : NAN;
    }
}

/* The value as shown, rounded: whole euros, two decimals, whole percents. */
static double
shown (Show   show,
       double value)
{
  switch (show)
    {
    case SHOW_RATIO:
      return round (value * 100) / 100;
    case SHOW_SHARE:
      return round (value * 100);
    case SHOW_MONEY:
    case SHOW_COUNT:
    default:
      return round (value);
    }
}

static char *
format_value (Show   show,
              double value)
{
  g_autofree char *number = NULL;

  if (isnan (value))
    return g_strdup ("–");
  switch (show)
    {
    case SHOW_MONEY:
      return sk_format_money (value);
    case SHOW_RATIO:
      return sk_format_decimal (value, 2);
    case SHOW_SHARE:
      number = sk_format_count (lround (100 * value));
      return g_strdup_printf ("%s %%", number);
    case SHOW_COUNT:
    default:
      return sk_format_count (lround (value));
    }
}

/* "+ € 12.300", "− 0,25", "+ 3 procentpunt": the size of B − A with its sign. */
static char *
format_difference (Show   show,
                   double difference)
{
  const char *sign = difference < 0 ? "−" : "+";
  double size = fabs (difference);
  g_autofree char *number = NULL;

  switch (show)
    {
    case SHOW_MONEY:
      number = sk_format_money (size);
      break;
    case SHOW_RATIO:
      number = sk_format_decimal (size, 2);
      break;
    case SHOW_SHARE:
      {
        g_autofree char *points = sk_format_count (lround (size));
        number = g_strdup_printf (ngettext ("%s procentpunt", "%s procentpunten", lround (size)), points);
      }
      break;
    case SHOW_COUNT:
    default:
      number = sk_format_count (lround (size));
      break;
    }
  return g_strdup_printf ("%s %s", sign, number);
}

static GtkWidget *
cell_label (const char *text,
            const char *name,
            float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  if (name != NULL)
    gtk_widget_set_name (label, name);
  return label;
}

static void
attach_cell (SkVariantCompare *self,
             GtkWidget        *cell,
             int               column,
             int               row)
{
  gtk_widget_add_css_class (cell, "sk-compare-cell");
  gtk_widget_set_valign (cell, GTK_ALIGN_CENTER);
  gtk_grid_attach (self->table, cell, column, row, 1, 1);
}

static GtkWidget *
title_cell (const RowSpec *row)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  const char *title = row->title ? _(row->title) : sk_facility_type_get_name (row->type);

  gtk_box_append (GTK_BOX (box), cell_label (title, NULL, 0));
  if (row->note != NULL)
    {
      GtkWidget *note = cell_label (_(row->note), NULL, 0);

      gtk_widget_add_css_class (note, "dim-label");
      gtk_widget_add_css_class (note, "caption");
      gtk_box_append (GTK_BOX (box), note);
    }
  gtk_widget_set_hexpand (box, TRUE);
  return box;
}

static GtkWidget *
value_cell (const RowSpec *row,
            const char    *side,
            double         value,
            double         low,
            double         high)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *name = g_strdup_printf ("%s-%s", row->id, side);
  g_autofree char *text = format_value (row->show, value);
  GtkWidget *label = cell_label (text, name, 1);

  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (box), label);
  if (!isnan (low) && !isnan (high))
    {
      g_autofree char *from = format_value (row->show, low);
      g_autofree char *to = format_value (row->show, high);
      g_autofree char *range = g_strdup_printf ("%s – %s", from, to);
      GtkWidget *caption = cell_label (range, NULL, 1);

      gtk_widget_add_css_class (caption, "dim-label");
      gtk_widget_add_css_class (caption, "caption");
      gtk_widget_add_css_class (caption, "numeric");
      gtk_box_append (GTK_BOX (box), caption);
    }
  return box;
}

/* B − A with an arrow for its direction and a word for what it means;
 * green when B is better, red when worse, so colour is not the only cue. */
static GtkWidget *
difference_cell (const RowSpec *row,
                 double         a,
                 double         b)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *name = g_strdup_printf ("%s-diff", row->id);
  double difference = shown (row->show, b) - shown (row->show, a);
  g_autofree char *text = NULL;
  int verdict;

  gtk_widget_set_halign (box, GTK_ALIGN_END);
  if (isnan (difference))
    {
      gtk_box_append (GTK_BOX (box), cell_label ("–", name, 1));
      return box;
    }
  if (difference == 0)
    {
      GtkWidget *same = cell_label (_("gelijk"), name, 1);

      gtk_widget_add_css_class (same, "dim-label");
      gtk_box_append (GTK_BOX (box), same);
      return box;
    }
  text = format_difference (row->show, row->show == SHOW_SHARE ? difference : b - a);
  gtk_box_append (GTK_BOX (box),
                  gtk_image_new_from_icon_name (difference > 0 ? "go-up-symbolic" : "go-down-symbolic"));
  gtk_box_append (GTK_BOX (box), cell_label (text, name, 1));
  gtk_widget_add_css_class (gtk_widget_get_last_child (box), "numeric");
  verdict = (difference > 0 ? 1 : -1) * row->better;
  if (verdict != 0)
    {
      GtkWidget *word = cell_label (verdict > 0 ? _("beter") : _("slechter"), NULL, 0);

      gtk_widget_add_css_class (word, "caption");
      gtk_box_append (GTK_BOX (box), word);
      gtk_widget_add_css_class (box, verdict > 0 ? "success" : "error");
    }
  return box;
}

static void
clear_table (SkVariantCompare *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->table))) != NULL)
    gtk_grid_remove (self->table, child);
}

static void
fill_table (SkVariantCompare *self)
{
  const char *headers[] = { N_("Variant A"), N_("Variant B"), N_("Verschil (B − A)") };
  int line = 0;

  clear_table (self);
  for (int c = 0; c < 3; c++)
    {
      GtkWidget *header = cell_label (_(headers[c]), NULL, 1);

      gtk_widget_add_css_class (header, "heading");
      attach_cell (self, header, c + 1, line);
    }
  line++;
  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    {
      const RowSpec *row = &rows[r];
      double value[2], low[2], high[2];

      for (int s = 0; s < 2; s++)
        value[s] = metric_value (row, self->evaluations[s], self->n_ideas[s], &low[s], &high[s]);
      gtk_grid_attach (self->table, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL), 0, line++, 4, 1);
      attach_cell (self, title_cell (row), 0, line);
      attach_cell (self, value_cell (row, "a", value[0], low[0], high[0]), 1, line);
      attach_cell (self, value_cell (row, "b", value[1], low[1], high[1]), 2, line);
      attach_cell (self, difference_cell (row, value[0], value[1]), 3, line);
      line++;
    }
}

static void
update_note (SkVariantCompare *self)
{
  g_autofree char *rate = sk_format_decimal (100 * self->settings.mkba.rate, 2);
  g_autofree char *share = sk_format_count (lround (100 * self->settings.mkba.subsidy_share));
  g_autofree char *note =
    g_strdup_printf (_("Bedragen in euro’s van %d, opgeteld over %d jaar met %s %% rente per jaar. "
                       "De subsidie is een aanname: %s %% van een positief saldo. Bereikbaarheid: "
                       "het deel van de inwoners dat met de fiets binnen de norm bij de voorziening "
                       "is, met het plan."),
                     sk_toolbox_get_price_year (self->toolbox), self->settings.mkba.horizon, rate,
                     share);

  gtk_label_set_text (self->note_label, note);
}

/* ---- reading the session (main thread) -------------------------------- */

static const char *
variant_name (SkVariantCompare *self,
              gint64            id)
{
  for (guint i = 0; i < self->variant_ids->len; i++)
    if (g_array_index (self->variant_ids, gint64, i) == id)
      return gtk_string_list_get_string (self->variant_names, i);
  return "";
}

/* The plan of VARIANT_ID as a snapshot, and the extent of its shapes. */
static SkPlanSnapshot *
read_plan (SkVariantCompare *self,
           gint64            variant_id,
           SkBBox           *extent)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) saved = sk_store_list_interventions (self->store, variant_id, &error);
  g_autoptr(SkPlan) plan = sk_plan_new (self->toolbox);

  if (saved == NULL)
    g_warning ("Cannot read variant %" G_GINT64_FORMAT ": %s", variant_id, error->message);
  for (guint i = 0; saved != NULL && i < saved->len; i++)
    {
      const SkStoreIntervention *iv = g_ptr_array_index (saved, i);
      g_autoptr(SkInterventionState) state = sk_session_state_from_store (self->toolbox, iv);

      if (state == NULL || !sk_plan_load (plan, iv->id, state, NULL))
        continue;  /* a kind this toolbox lacks: the report leaves it out too */
      sk_bbox_extend (extent, iv->bbox.south, iv->bbox.west);
      sk_bbox_extend (extent, iv->bbox.north, iv->bbox.east);
    }
  return sk_plan_dup_snapshot (plan);
}

/* Both maps share one view, so the same place is at the same spot: the
 * interventions of both with room around them (about 2 km at least, so
 * that nearby kernen name the place), or the whole region. */
static void
map_view (SkVariantCompare *self,
          SkBBox           *extent,
          SkMapView        *view)
{
  if (sk_bbox_is_empty (extent))
    *extent = *sk_region_get_bbox (self->region);
  else
    {
      double pad_lat = MAX ((extent->north - extent->south) * 0.25, 0.018);
      double pad_lon = MAX ((extent->east - extent->west) * 0.25, 0.03);

      extent->south -= pad_lat;
      extent->north += pad_lat;
      extent->west -= pad_lon;
      extent->east += pad_lon;
    }
  sk_map_view_init_fit (view, extent, MAP_WIDTH, MAP_HEIGHT);
}

static void
set_busy (SkVariantCompare *self,
          gboolean          busy)
{
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
}

static void
show_side (SkVariantCompare *self,
           int               s,
           JobSide          *side,
           const Job        *job)
{
  GtkLabel *title = s == 0 ? self->title_a : self->title_b;
  GtkPicture *picture = s == 0 ? self->picture_a : self->picture_b;
  g_autofree char *text = NULL;
  guint n;

  g_clear_pointer (&self->evaluations[s], sk_evaluation_unref);
  self->evaluations[s] = g_steal_pointer (&side->evaluation);
  g_clear_object (&self->textures[s]);
  self->textures[s] = gdk_memory_texture_new (job->view.width * job->scale,
                                              job->view.height * job->scale,
                                              GDK_MEMORY_DEFAULT, side->pixels, side->stride);
  gtk_picture_set_paintable (picture, GDK_PAINTABLE (self->textures[s]));
  /* From now on the map's own shape sets its height: no empty bands. */
  gtk_widget_set_size_request (GTK_WIDGET (picture), -1, -1);
  n = self->n_ideas[s];
  text = g_strdup_printf (ngettext ("%s · %u idee", "%s · %u ideeën", n),
                          variant_name (self, self->variants[s]), n);
  gtk_label_set_text (title, text);
}

static void
on_job_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  SkVariantCompare *self = SK_VARIANT_COMPARE (source);
  Job *job = g_task_get_task_data (G_TASK (result));

  self->n_running--;
  /* Cancelled: the window is closing and its widgets are gone. */
  if (!g_task_propagate_boolean (G_TASK (result), NULL))
    return;
  set_busy (self, self->n_running > 0);
  if (job->generation != self->generation)
    return;  /* stale: a newer one is on its way */
  for (int s = 0; s < 2; s++)
    show_side (self, s, &job->sides[s], job);
  fill_table (self);
}

static void
recompute (SkVariantCompare *self)
{
  g_autoptr(GTask) task = NULL;
  Job *job = g_new0 (Job, 1);
  SkBBox extent;

  sk_bbox_init_empty (&extent);
  job->region = g_object_ref (self->region);
  job->toolbox = g_object_ref (self->toolbox);
  job->kengetallen = self->kengetallen;
  job->settings = self->settings;
  job->scale = MAX (1, gtk_widget_get_scale_factor (GTK_WIDGET (self)));
  job->generation = ++self->generation;
  {
    /* Read here: the store stays on the main thread. */
    g_autoptr(GPtrArray) corrections = sk_store_list_corrections (self->store, NULL);

    job->corrections = sk_corrections_to_additions (corrections);
  }
  for (int s = 0; s < 2; s++)
    {
      job->sides[s].plan = read_plan (self, self->variants[s], &extent);
      self->n_ideas[s] = sk_plan_snapshot_get_n_items (job->sides[s].plan);
    }
  map_view (self, &extent, &job->view);

  self->n_running++;
  set_busy (self, TRUE);
  task = g_task_new (self, self->cancellable, on_job_done, NULL);
  g_task_set_source_tag (task, recompute);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, job_run);
}

/* ---- the variants ------------------------------------------------------ */

static guint
variant_index (SkVariantCompare *self,
               gint64            id)
{
  for (guint i = 0; i < self->variant_ids->len; i++)
    if (g_array_index (self->variant_ids, gint64, i) == id)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static gint64
variant_at (SkVariantCompare *self,
            guint             i)
{
  if (self->variant_ids->len == 0)
    return 0;
  return g_array_index (self->variant_ids, gint64, MIN (i, self->variant_ids->len - 1));
}

static void
read_variants (SkVariantCompare *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) variants = sk_store_list_variants (self->store, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_null_terminated (8, NULL, TRUE);

  g_array_set_size (self->variant_ids, 0);
  if (variants == NULL)
    g_warning ("Cannot read the variants: %s", error->message);
  for (guint i = 0; variants != NULL && i < variants->len; i++)
    {
      SkStoreVariant *v = g_ptr_array_index (variants, i);

      g_array_append_val (self->variant_ids, v->id);
      g_ptr_array_add (names, v->name);
    }
  self->syncing = TRUE;
  gtk_string_list_splice (self->variant_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->variant_names)),
                          (const char * const *) names->pdata);
  self->syncing = FALSE;
}

/* The dropdowns follow self->variants; a variant that is gone becomes the
 * first (A) or the second (B). */
static void
sync_dropdowns (SkVariantCompare *self)
{
  GtkDropDown *dropdowns[2] = { self->dropdown_a, self->dropdown_b };

  for (int s = 0; s < 2; s++)
    {
      guint i = variant_index (self, self->variants[s]);

      if (i == GTK_INVALID_LIST_POSITION)
        {
          self->variants[s] = variant_at (self, s);
          i = variant_index (self, self->variants[s]);
        }
      self->syncing = TRUE;
      gtk_drop_down_set_selected (dropdowns[s], i);
      self->syncing = FALSE;
    }
}

static void
on_dropdown_selected (SkVariantCompare *self)
{
  gint64 a, b;

  if (self->syncing)
    return;
  a = variant_at (self, gtk_drop_down_get_selected (self->dropdown_a));
  b = variant_at (self, gtk_drop_down_get_selected (self->dropdown_b));
  sk_variant_compare_set_variants (self, a, b);
}

/* ---- public API -------------------------------------------------------- */

SkVariantCompare *
sk_variant_compare_new (GtkWindow     *parent,
                        SkStore       *store,
                        SkRegion      *region,
                        SkToolbox     *toolbox,
                        SkKengetallen *kengetallen,
                        gint64         variant_a,
                        gint64         variant_b)
{
  SkVariantCompare *self;
  SkReportOptions options;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SK_IS_STORE (store) && SK_IS_REGION (region), NULL);
  g_return_val_if_fail (SK_IS_TOOLBOX (toolbox), NULL);

  self = g_object_new (SK_TYPE_VARIANT_COMPARE, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->region = g_object_ref (region);
  self->toolbox = g_object_ref (toolbox);
  self->kengetallen = kengetallen;
  if (kengetallen == NULL)
    {
      g_autoptr(GError) error = NULL;

      self->kengetallen = sk_kengetallen_load_default (&error);
      self->own_kengetallen = TRUE;
      /* Built into the program: failing is a broken build. */
      if (self->kengetallen == NULL)
        g_error ("The built-in kengetallen do not load: %s", error->message);
    }
  sk_eval_settings_init_default (&self->settings);
  sk_report_options_init_from_store (&options, store);
  self->settings.mkba = options.mkba;
  update_note (self);
  read_variants (self);
  self->variants[0] = variant_a != 0 ? variant_a : variant_at (self, 0);
  self->variants[1] = variant_b != 0 ? variant_b : variant_at (self, 1);
  sync_dropdowns (self);
  recompute (self);
  return self;
}

void
sk_variant_compare_set_variants (SkVariantCompare *self,
                                 gint64            variant_a,
                                 gint64            variant_b)
{
  g_return_if_fail (SK_IS_VARIANT_COMPARE (self));

  if (self->variants[0] == variant_a && self->variants[1] == variant_b)
    return;
  self->variants[0] = variant_a;
  self->variants[1] = variant_b;
  sync_dropdowns (self);
  recompute (self);
}

gint64
sk_variant_compare_get_variant (SkVariantCompare     *self,
                                SkVariantCompareSide  side)
{
  g_return_val_if_fail (SK_IS_VARIANT_COMPARE (self), 0);
  return self->variants[side == SK_VARIANT_COMPARE_B];
}

void
sk_variant_compare_reload (SkVariantCompare *self)
{
  g_return_if_fail (SK_IS_VARIANT_COMPARE (self));

  read_variants (self);
  sync_dropdowns (self);
  recompute (self);
}

gboolean
sk_variant_compare_get_busy (SkVariantCompare *self)
{
  g_return_val_if_fail (SK_IS_VARIANT_COMPARE (self), FALSE);
  return self->n_running > 0;
}

SkEvaluation *
sk_variant_compare_get_evaluation (SkVariantCompare     *self,
                                   SkVariantCompareSide  side)
{
  g_return_val_if_fail (SK_IS_VARIANT_COMPARE (self), NULL);
  return self->evaluations[side == SK_VARIANT_COMPARE_B];
}

GdkTexture *
sk_variant_compare_get_texture (SkVariantCompare     *self,
                                SkVariantCompareSide  side)
{
  g_return_val_if_fail (SK_IS_VARIANT_COMPARE (self), NULL);
  return self->textures[side == SK_VARIANT_COMPARE_B];
}

/* ---- GObject ----------------------------------------------------------- */

static void
sk_variant_compare_dispose (GObject *object)
{
  SkVariantCompare *self = SK_VARIANT_COMPARE (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_VARIANT_COMPARE);
  for (int s = 0; s < 2; s++)
    {
      g_clear_pointer (&self->evaluations[s], sk_evaluation_unref);
      g_clear_object (&self->textures[s]);
    }
  g_clear_object (&self->store);
  G_OBJECT_CLASS (sk_variant_compare_parent_class)->dispose (object);
}

/* A running task holds a reference to the window: the kengetallen it
 * reads are freed only after the last one returned. */
static void
sk_variant_compare_finalize (GObject *object)
{
  SkVariantCompare *self = SK_VARIANT_COMPARE (object);

  if (self->own_kengetallen)
    g_clear_pointer (&self->kengetallen, sk_kengetallen_free);
  g_clear_object (&self->region);
  g_clear_object (&self->toolbox);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->variant_names);
  g_clear_pointer (&self->variant_ids, g_array_unref);
  G_OBJECT_CLASS (sk_variant_compare_parent_class)->finalize (object);
}

static void
sk_variant_compare_class_init (SkVariantCompareClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_variant_compare_dispose;
  object_class->finalize = sk_variant_compare_finalize;

  /* Referencing the resource keeps it (and its registration) linked in. */
  (void) sk_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/samenkaart/Samenkaart/ui/sk-variant-compare.ui");
  gtk_widget_class_bind_template_child (widget_class, SkVariantCompare, dropdown_a);
  gtk_widget_class_bind_template_child (widget_class, SkVariantCompare, dropdown_b);
  gtk_widget_class_bind_template_child (widget_class, SkVariantCompare, title_a);
  gtk_widget_class_bind_template_child (widget_class, SkVariantCompare, title_b);
  gtk_widget_class_bind_template_child (widget_class, SkVariantCompare, picture_a);
  gtk_widget_class_bind_template_child (widget_class, SkVariantCompare, picture_b);
  gtk_widget_class_bind_template_child (widget_class, SkVariantCompare, table);
  gtk_widget_class_bind_template_child (widget_class, SkVariantCompare, note_label);
  gtk_widget_class_bind_template_child (widget_class, SkVariantCompare, spinner);
  gtk_widget_class_bind_template_callback (widget_class, on_dropdown_selected);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sk_variant_compare_init (SkVariantCompare *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->variant_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->variant_names = gtk_string_list_new (NULL);
  self->cancellable = g_cancellable_new ();
  gtk_drop_down_set_model (self->dropdown_a, G_LIST_MODEL (self->variant_names));
  gtk_drop_down_set_model (self->dropdown_b, G_LIST_MODEL (self->variant_names));
}
