/* sk-map-render.c — a calm, legible base map drawn from region data.
 *
 * Sizes of features are given in metres where they represent something
 * on the ground (a village's built-up area, a stream's width) and in
 * pixels where they are symbols (label type, casing), with a minimum so
 * that a stream stays visible at zoom 9.
 */
#include "sk-map-render.h"
#include "sk-map-render-private.h"

#include <math.h>
#include <pango/pangocairo.h>

typedef struct
{
  double r, g, b;
} Rgb;

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0 }

static const Rgb land = RGB (0xeef0e3);
static const Rgb built = RGB (0xe6ddcf);
static const Rgb built_edge = RGB (0xcdbfab);
static const Rgb water = RGB (0x8fbfe0);
static const Rgb water_label = RGB (0x3a6f99);
static const Rgb road_casing = RGB (0xbdb5a6);
static const Rgb road_fill = RGB (0xffffff);
static const Rgb motorway_casing = RGB (0xc9935a);
static const Rgb motorway_fill = RGB (0xf6cf94);
static const Rgb rail = RGB (0x6d6a66);
static const Rgb text = RGB (0x2e3436);

typedef struct
{
  cairo_t *cr;
  SkRegion *region;
  const SkMapView *view;
  double mpp;          /* ground metres per device pixel at the view's centre */
  GPtrArray *placed;   /* SkMapLabel; NULL: not wanted */
} Ctx;

void
sk_map_view_init_centred (SkMapView *view,
                          double     lat,
                          double     lon,
                          double     zoom,
                          int        width,
                          int        height)
{
  view->zoom = zoom;
  view->x = sk_mercator_x (lon, zoom) - width / 2.0;
  view->y = sk_mercator_y (lat, zoom) - height / 2.0;
  view->width = width;
  view->height = height;
}

void
sk_map_view_init_fit (SkMapView    *view,
                      const SkBBox *bbox,
                      int           width,
                      int           height)
{
  double dx = sk_mercator_x (bbox->east, 0) - sk_mercator_x (bbox->west, 0);
  double dy = sk_mercator_y (bbox->south, 0) - sk_mercator_y (bbox->north, 0);
  double zoom = MIN (log2 (width * 0.9 / MAX (dx, 1e-9)), log2 (height * 0.9 / MAX (dy, 1e-9)));
  SkLatLon centre = sk_bbox_get_centre (bbox);

  sk_map_view_init_centred (view, centre.lat, centre.lon, CLAMP (zoom, 5, 17), width, height);
}

void
sk_map_view_init_tile (SkMapView *view,
                       int        x,
                       int        y,
                       int        zoom,
                       int        tile_size)
{
  view->zoom = zoom;
  view->x = (double) x * 256.0;
  view->y = (double) y * 256.0;
  view->width = tile_size;
  view->height = tile_size;
}

static void
project (const Ctx *ctx,
         double     lat,
         double     lon,
         double    *px,
         double    *py)
{
  *px = sk_mercator_x (lon, ctx->view->zoom) - ctx->view->x;
  *py = sk_mercator_y (lat, ctx->view->zoom) - ctx->view->y;
}

static void
set_rgb (cairo_t   *cr,
         const Rgb *c)
{
  cairo_set_source_rgb (cr, c->r, c->g, c->b);
}

/* Width in pixels of something that is `metres` wide, at least `min_px`. */
static double
ground_width (const Ctx *ctx,
              double     metres,
              double     min_px)
{
  return MAX (min_px, metres / ctx->mpp);
}

static double
kern_radius_m (const SkKern *kern)
{
  const SkBBox *box = &kern->outline_bbox;

  /* With a kom outline: half its larger side (for placing the label). */
  if (kern->n_outline > 0)
    {
      return MAX (sk_geo_haversine_m (box->south, box->west, box->north, box->west),
                  sk_geo_haversine_m (box->south, box->west, box->south, box->east)) / 2;
    }
  /* A round stand-in for the built-up area; an assumption for drawing
   * only: about 9 m × √inhabitants (a town of 30,000 ≈ 1.6 km, a hamlet
   * of 300 ≈ 160 m), 150 m where the inhabitants are unknown. */
  return kern->inhabitants > 0 ? MAX (100.0, 9.0 * sqrt (kern->inhabitants)) : 150.0;
}

static void
line_path (const Ctx    *ctx,
           const SkLine *line)
{
  cairo_new_path (ctx->cr);
  for (size_t i = 0; i < line->n_points; i++)
    {
      double px, py;

      project (ctx, line->points[i].lat, line->points[i].lon, &px, &py);
      if (i == 0)
        cairo_move_to (ctx->cr, px, py);
      else
        cairo_line_to (ctx->cr, px, py);
    }
}

static gboolean
line_visible (const Ctx    *ctx,
              const SkLine *line,
              double        margin)
{
  double minx = G_MAXDOUBLE, miny = G_MAXDOUBLE, maxx = -G_MAXDOUBLE, maxy = -G_MAXDOUBLE;

  for (size_t i = 0; i < line->n_points; i++)
    {
      double px, py;

      project (ctx, line->points[i].lat, line->points[i].lon, &px, &py);
      minx = MIN (minx, px);
      maxx = MAX (maxx, px);
      miny = MIN (miny, py);
      maxy = MAX (maxy, py);
    }
  return maxx >= -margin && minx <= ctx->view->width + margin
         && maxy >= -margin && miny <= ctx->view->height + margin;
}

typedef enum
{
  OUTLINE_OFF_VIEW,
  OUTLINE_TINY,        /* under 5 px across: the disc reads better */
  OUTLINE_DRAWN,
} OutlineState;

/* The kom outline as the current path, rings filled even-odd so that
 * holes stay open. */
static OutlineState
kern_outline_path (const Ctx    *ctx,
                   const SkKern *kern)
{
  double minx = G_MAXDOUBLE, miny = G_MAXDOUBLE, maxx = -G_MAXDOUBLE, maxy = -G_MAXDOUBLE;
  double wx, ny, ex, sy;

  cairo_new_path (ctx->cr);
  /* Most koms are off a tile: test the box before the points. */
  project (ctx, kern->outline_bbox.north, kern->outline_bbox.west, &wx, &ny);
  project (ctx, kern->outline_bbox.south, kern->outline_bbox.east, &ex, &sy);
  if (ex < -2 || wx > ctx->view->width + 2 || sy < -2 || ny > ctx->view->height + 2)
    return OUTLINE_OFF_VIEW;
  for (size_t r = 0; r < kern->n_outline; r++)
    {
      for (size_t i = 0; i < kern->outline[r].n_points; i++)
        {
          double px, py;

          project (ctx, kern->outline[r].points[i].lat, kern->outline[r].points[i].lon, &px, &py);
          if (i == 0)
            cairo_move_to (ctx->cr, px, py);
          else
            cairo_line_to (ctx->cr, px, py);
          minx = MIN (minx, px);
          maxx = MAX (maxx, px);
          miny = MIN (miny, py);
          maxy = MAX (maxy, py);
        }
      cairo_close_path (ctx->cr);
    }
  if (maxx < -2 || minx > ctx->view->width + 2 || maxy < -2 || miny > ctx->view->height + 2)
    return OUTLINE_OFF_VIEW;
  return MAX (maxx - minx, maxy - miny) < 5 ? OUTLINE_TINY : OUTLINE_DRAWN;
}

/* A disc as the current path; FALSE when it is off the view. */
static gboolean
kern_disc_path (const Ctx    *ctx,
                const SkKern *kern)
{
  double px, py, r;

  project (ctx, kern->lat, kern->lon, &px, &py);
  r = ground_width (ctx, kern->n_outline > 0 ? 0 : kern_radius_m (kern), 2.5);
  cairo_new_path (ctx->cr);
  if (px + r < 0 || px - r > ctx->view->width || py + r < 0 || py - r > ctx->view->height)
    return FALSE;
  cairo_arc (ctx->cr, px, py, r, 0, 2 * G_PI);
  cairo_set_line_width (ctx->cr, r > 6 ? 1.0 : 0.6);
  return TRUE;
}

/* Each kern's bebouwde kom where kommen.json gives its outline (TOP10NL),
 * else a disc sized by its inhabitants. */
static void
draw_kernen_areas (const Ctx *ctx)
{
  cairo_t *cr = ctx->cr;

  cairo_save (cr);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (size_t i = 0; i < sk_region_get_n_kernen (ctx->region); i++)
    {
      const SkKern *kern = sk_region_get_kern (ctx->region, i);
      OutlineState state;

      /* Inside another kern's kom, which is drawn already. */
      if (kern->inhabitants_definition == SK_INHABITANTS_WITHIN_KOM)
        continue;
      state = kern->n_outline > 0 ? kern_outline_path (ctx, kern) : OUTLINE_TINY;
      if (state == OUTLINE_OFF_VIEW || (state == OUTLINE_TINY && !kern_disc_path (ctx, kern)))
        continue;
      if (state == OUTLINE_DRAWN)
        cairo_set_line_width (cr, ctx->view->zoom >= 12 ? 1.2 : 0.8);
      /* A buurtschap's area is mostly fields: a light wash, a dashed edge. */
      if (state == OUTLINE_DRAWN && kern->inhabitants_definition == SK_INHABITANTS_BUURTSCHAP)
        {
          cairo_set_source_rgba (cr, built.r, built.g, built.b, 0.4);
          cairo_fill_preserve (cr);
          cairo_set_dash (cr, (const double[]) { 4.0, 3.0 }, 2, 0);
          set_rgb (cr, &built_edge);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
          continue;
        }
      set_rgb (cr, &built);
      cairo_fill_preserve (cr);
      set_rgb (cr, &built_edge);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

static void
draw_water (const Ctx *ctx)
{
  cairo_t *cr = ctx->cr;

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (size_t i = 0; i < sk_region_get_n_lines (ctx->region); i++)
    {
      const SkLine *line = sk_region_get_line (ctx->region, i);
      double metres;

      if (!sk_line_class_is_water (line->klass) || !line_visible (ctx, line, 20))
        continue;
      metres = line->klass == SK_LINE_STREAM ? 8.0 : line->klass == SK_LINE_CANAL ? 20.0 : 30.0;
      line_path (ctx, line);
      set_rgb (cr, &water);
      cairo_set_line_width (cr, ground_width (ctx, metres, ctx->view->zoom >= 11 ? 2.0 : 1.3));
      cairo_stroke (cr);
    }
}

static void
draw_roads (const Ctx *ctx)
{
  cairo_t *cr = ctx->cr;
  double z = ctx->view->zoom;

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  /* Two passes so casings never cover the fill of a crossing road. */
  for (int pass = 0; pass < 2; pass++)
    for (size_t i = 0; i < sk_region_get_n_lines (ctx->region); i++)
      {
        const SkLine *line = sk_region_get_line (ctx->region, i);
        gboolean motorway = line->klass == SK_LINE_MOTORWAY;
        double width;

        if (sk_line_class_is_water (line->klass) || line->klass == SK_LINE_RAILWAY)
          continue;
        if ((line->klass == SK_LINE_SECONDARY && z < 10) || (line->klass == SK_LINE_TERTIARY && z < 12))
          continue;
        if (!line_visible (ctx, line, 20))
          continue;
        width = motorway ? CLAMP ((z - 7) * 1.1, 1.2, 9) : CLAMP ((z - 8) * 0.9, 0.8, 7);
        line_path (ctx, line);
        if (pass == 0)
          {
            set_rgb (cr, motorway ? &motorway_casing : &road_casing);
            cairo_set_line_width (cr, width + (z >= 11 ? 2.0 : 1.0));
          }
        else
          {
            set_rgb (cr, motorway ? &motorway_fill : &road_fill);
            cairo_set_line_width (cr, width);
          }
        cairo_stroke (cr);
      }
}

static void
draw_railways (const Ctx *ctx)
{
  cairo_t *cr = ctx->cr;
  double z = ctx->view->zoom;

  for (size_t i = 0; i < sk_region_get_n_lines (ctx->region); i++)
    {
      const SkLine *line = sk_region_get_line (ctx->region, i);

      if (line->klass != SK_LINE_RAILWAY || !line_visible (ctx, line, 20))
        continue;
      line_path (ctx, line);
      set_rgb (cr, &rail);
      cairo_set_line_width (cr, z >= 12 ? 3.0 : 1.6);
      cairo_stroke_preserve (cr);
      if (z >= 12)
        {
          /* The classic railway ladder: white dashes on a dark line. */
          static const double dashes[] = { 6.0, 6.0 };
          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_set_line_width (cr, 1.6);
          cairo_set_dash (cr, dashes, 2, 0);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
        }
      else
        cairo_new_path (cr);
    }
}

static const Rgb *
facility_colour (SkFacilityType type)
{
  static const Rgb health = RGB (0xc01c28), school = RGB (0xe5a50a), shop = RGB (0x26a269),
                   transport = RGB (0x1c71d8), meet = RGB (0x9141ac), other = RGB (0x5e5c64);

  switch (type)
    {
    case SK_FACILITY_HUISARTS:
    case SK_FACILITY_APOTHEEK:
    case SK_FACILITY_HUISARTSENPOST:
    case SK_FACILITY_ZIEKENHUIS:
    case SK_FACILITY_ZORG:
      return &health;
    case SK_FACILITY_BASISSCHOOL:
    case SK_FACILITY_VOORTGEZET:
    case SK_FACILITY_KINDEROPVANG:
    case SK_FACILITY_BIBLIOTHEEK:
      return &school;
    case SK_FACILITY_SUPERMARKT:
    case SK_FACILITY_GROEN:
      return &shop;
    case SK_FACILITY_STATION:
    case SK_FACILITY_BUSHALTE:
    case SK_FACILITY_MOBILITEITSHUB:
      return &transport;
    case SK_FACILITY_ONTMOETINGSPLEK:
    case SK_FACILITY_SPORT:
      return &meet;
    case SK_FACILITY_WERKPLEK:
    case SK_N_FACILITY_TYPES:
    case SK_FACILITY_INVALID:
    default:
      return &other;
    }
}

static void
draw_facilities (const Ctx *ctx)
{
  cairo_t *cr = ctx->cr;
  double z = ctx->view->zoom;

  for (size_t i = 0; i < sk_region_get_n_facilities (ctx->region); i++)
    {
      const SkFacility *f = sk_region_get_facility (ctx->region, i);
      double px, py, r;

      /* Stations show from zoom 10, bus stops (dozens per village in an
       * imported region) from 15, the rest from 13, when there is room. */
      if (z < (f->type == SK_FACILITY_STATION ? 10 : f->type == SK_FACILITY_BUSHALTE ? 15 : 13))
        continue;
      project (ctx, f->lat, f->lon, &px, &py);
      r = f->type == SK_FACILITY_STATION ? 5.0 : 3.5;
      if (px < -r || py < -r || px > ctx->view->width + r || py > ctx->view->height + r)
        continue;
      cairo_new_path (cr);
      cairo_arc (cr, px, py, r, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill_preserve (cr);
      set_rgb (cr, facility_colour (f->type));
      cairo_set_line_width (cr, 2.0);
      cairo_stroke (cr);
    }
}

int
sk_map_label_min_inhabitants (double zoom)
{
  if (zoom < 8.5)
    return 20000;
  if (zoom < 9.5)
    return 8000;
  if (zoom < 10.5)
    return 2500;
  if (zoom < 11.5)
    return 800;
  return 0;
}

typedef struct
{
  size_t kern;
  double x, y, w, h;  /* label box in world pixels at the view's zoom */
  double size;
} Label;

static int
compare_by_inhabitants (gconstpointer a,
                        gconstpointer b,
                        gpointer      user_data)
{
  SkRegion *region = user_data;
  const SkKern *ka = sk_region_get_kern (region, *(const size_t *) a);
  const SkKern *kb = sk_region_get_kern (region, *(const size_t *) b);

  if (ka->inhabitants != kb->inhabitants)
    return kb->inhabitants > ka->inhabitants ? 1 : -1;
  return g_strcmp0 (ka->id, kb->id);
}

static PangoLayout *
label_layout (cairo_t    *cr,
              const char *name,
              double      size,
              gboolean    bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Cantarell, Sans");
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Hinting off: the label measures the same in every tile. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  cairo_font_options_destroy (options);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_SEMIBOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, name, -1);
  pango_layout_context_changed (layout);
  return layout;
}

static double
label_size (const SkKern *kern,
            double        zoom)
{
  /* Names grow a little when zoomed in, where there is room. */
  double extra = zoom >= 12 ? 1.5 : 0.0;

  if (kern->inhabitants >= 10000)
    return 15.0 + extra;
  if (kern->inhabitants >= 2500)
    return 13.0 + extra;
  return 11.5 + extra;
}

/* Half the side of the box a kern's dot takes, px: the window puts a
 * dot of up to 14 px (with its edge) on every kern, and the map its own
 * smaller one; a name keeps 2 px clear of it. */
#define DOT_CLEAR 9.0

/* How many kernen's dots (its own included) LABEL would cover. */
static guint
covers_dots (const Ctx   *ctx,
             const Label *label)
{
  guint n = 0;

  for (size_t j = 0; j < sk_region_get_n_kernen (ctx->region); j++)
    {
      const SkKern *other = sk_region_get_kern (ctx->region, j);
      double ox = sk_mercator_x (other->lon, ctx->view->zoom);
      double oy = sk_mercator_y (other->lat, ctx->view->zoom);

      if (ox + DOT_CLEAR > label->x && ox - DOT_CLEAR < label->x + label->w
          && oy + DOT_CLEAR > label->y && oy - DOT_CLEAR < label->y + label->h)
        n++;
    }
  return n;
}

static gboolean
overlaps_a_label (const GArray *labels,
                  const Label  *label)
{
  for (guint j = 0; j < labels->len; j++)
    {
      const Label *o = &g_array_index (labels, Label, j);

      if (label->x < o->x + o->w + 4 && o->x < label->x + label->w + 4
          && label->y < o->y + o->h && o->y < label->y + label->h)
        return TRUE;
    }
  return FALSE;
}

/* Where KERN's name may go, best first (top-left corners, world px): on
 * a large village's kom, a line higher or lower, towards one of its
 * sides or just outside it; a small village's beside its dot, left of
 * it, above, below, or at one of the dot's corners. */
static guint
label_places (const Ctx    *ctx,
              const SkKern *kern,
              const Label  *label,
              double        xs[16],
              double        ys[16])
{
  /* A kom's name goes by its outline, which may lie beside the kern's point. */
  SkLatLon anchor = kern->n_outline > 0 ? sk_bbox_get_centre (&kern->outline_bbox)
                                        : (SkLatLon) { kern->lat, kern->lon };
  double ax = sk_mercator_x (anchor.lon, ctx->view->zoom);
  double ay = sk_mercator_y (anchor.lat, ctx->view->zoom);
  double r = ground_width (ctx, kern_radius_m (kern), 2.5);
  double off = MAX (r, DOT_CLEAR) + 4, w = label->w, h = label->h;
  guint n = 0;

  if (r > 3 * h)
    {
      static const double lines[][2] = { { 0, 0 }, { 0, -1 }, { 0, 1 }, { 0.5, 0 }, { -0.5, 0 },
                                         { 0, -2 }, { 0, 2 }, { 0.5, -1 }, { -0.5, -1 },
                                         { 0.5, 1 }, { -0.5, 1 } };

      /* Across: half the kom's radius; up and down: whole lines. */
      for (guint k = 0; k < G_N_ELEMENTS (lines); k++)
        xs[n] = ax - w / 2 + lines[k][0] * r, ys[n++] = ay - h / 2 + lines[k][1] * (h + 2);
      /* Then just outside the kom: right, left, above, below. */
      xs[n] = ax + r + 4, ys[n++] = ay - h / 2;
      xs[n] = ax - r - 4 - w, ys[n++] = ay - h / 2;
      xs[n] = ax - w / 2, ys[n++] = ay - r - 4 - h;
      xs[n] = ax - w / 2, ys[n++] = ay + r + 4;
      return n;
    }
  xs[n] = ax + off, ys[n++] = ay - h / 2;
  xs[n] = ax - off - w, ys[n++] = ay - h / 2;
  xs[n] = ax - w / 2, ys[n++] = ay - off - h;
  xs[n] = ax - w / 2, ys[n++] = ay + off;
  /* The corners: beside the dot a line higher or lower, above or below
   * it to one side. */
  for (int side = -1; side <= 1; side += 2)
    {
      double beside = side > 0 ? ax + off : ax - off - w;

      xs[n] = beside, ys[n++] = ay - h;
      xs[n] = beside, ys[n++] = ay;
      xs[n] = side > 0 ? ax : ax - w, ys[n++] = ay - off - h;
      xs[n] = side > 0 ? ax : ax - w, ys[n++] = ay + off;
    }
  return n;
}

/* The place of XS, YS where LABEL covers the fewest dots and no other
 * label, or G_MAXUINT when each covers a label. */
static guint
fewest_dots_place (const Ctx    *ctx,
                   const GArray *labels,
                   Label        *label,
                   const double *xs,
                   const double *ys,
                   guint         n_places)
{
  guint chosen = G_MAXUINT, fewest = G_MAXUINT;

  for (guint p = 0; p < n_places; p++)
    {
      guint covered;

      label->x = xs[p], label->y = ys[p];
      if (overlaps_a_label (labels, label))
        continue;
      covered = covers_dots (ctx, label);
      if (covered < fewest)
        fewest = covered, chosen = p;
    }
  return chosen;
}

/* Chooses the labels for the whole region at this zoom: the largest
 * kernen first, a label dropped when it would overlap one already placed.
 * A name never covers a kern's dot (the window puts a clickable dot on
 * every kern) where one of its places is free; a town's name (10,000+)
 * shows even when none is.
 * The choice depends only on the region and the zoom, so neighbouring
 * tiles agree and a label continues across a tile edge. */
static GArray *
place_labels (const Ctx *ctx)
{
  size_t n = sk_region_get_n_kernen (ctx->region);
  g_autofree size_t *order = g_new (size_t, n);
  GArray *labels = g_array_new (FALSE, FALSE, sizeof (Label));
  int min_inhabitants = sk_map_label_min_inhabitants (ctx->view->zoom);

  for (size_t i = 0; i < n; i++)
    order[i] = i;
  g_qsort_with_data (order, (int) n, sizeof (size_t), compare_by_inhabitants, ctx->region);

  for (size_t k = 0; k < n; k++)
    {
      const SkKern *kern = sk_region_get_kern (ctx->region, order[k]);
      g_autoptr(PangoLayout) layout = NULL;
      PangoRectangle ink, logical;
      Label label = { order[k] };
      double xs[16], ys[16];
      guint n_places, chosen = G_MAXUINT;

      if (MAX (kern->inhabitants, 0) < min_inhabitants)
        continue;
      label.size = label_size (kern, ctx->view->zoom);
      layout = label_layout (ctx->cr, kern->name, label.size, kern->inhabitants >= 10000);
      pango_layout_get_pixel_extents (layout, &ink, &logical);
      label.w = logical.width;
      label.h = logical.height;
      n_places = label_places (ctx, kern, &label, xs, ys);
      for (guint p = 0; p < n_places && chosen == G_MAXUINT; p++)
        {
          label.x = xs[p], label.y = ys[p];
          if (covers_dots (ctx, &label) == 0 && !overlaps_a_label (labels, &label))
            chosen = p;
        }
      if (chosen == G_MAXUINT && kern->inhabitants >= 10000)
        chosen = fewest_dots_place (ctx, labels, &label, xs, ys, n_places);
      if (chosen == G_MAXUINT)
        continue;
      label.x = xs[chosen], label.y = ys[chosen];
      g_array_append_val (labels, label);
    }
  return labels;
}

/* place_labels is the same for every tile of a zoom, and costs O(n²) in
 * the kernen (a province has over a thousand): made once per region and
 * zoom, for every tile and thread (a new reference). */
static GArray *
cached_labels (const Ctx *ctx)
{
  static GMutex lock;
  static GHashTable *cache;   /* "region/hash/zoom" → GArray of Label */
  g_autofree char *key = g_strdup_printf ("%p/%s/%.3f", (void *) ctx->region,
                                          sk_region_get_content_hash (ctx->region),
                                          ctx->view->zoom);
  GArray *labels;

  g_mutex_lock (&lock);
  if (cache == NULL)
    cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                   (GDestroyNotify) g_array_unref);
  labels = g_hash_table_lookup (cache, key);
  if (labels != NULL)
    g_array_ref (labels);
  g_mutex_unlock (&lock);
  if (labels != NULL)
    return labels;
  labels = place_labels (ctx);
  g_mutex_lock (&lock);
  if (g_hash_table_size (cache) >= 64)
    g_hash_table_remove_all (cache);
  g_hash_table_replace (cache, g_steal_pointer (&key), g_array_ref (labels));
  g_mutex_unlock (&lock);
  return labels;
}

static void
draw_labels (const Ctx *ctx)
{
  cairo_t *cr = ctx->cr;
  g_autoptr(GArray) labels = cached_labels (ctx);

  for (guint i = 0; i < labels->len; i++)
    {
      const Label *label = &g_array_index (labels, Label, i);
      const SkKern *kern = sk_region_get_kern (ctx->region, label->kern);
      g_autoptr(PangoLayout) layout = NULL;
      double x = label->x - ctx->view->x;
      double y = label->y - ctx->view->y;

      if (x > ctx->view->width || y > ctx->view->height || x + label->w < 0 || y + label->h < 0)
        continue;
      layout = label_layout (cr, kern->name, label->size, kern->inhabitants >= 10000);
      cairo_move_to (cr, x, y);
      pango_cairo_layout_path (cr, layout);
      cairo_set_source_rgba (cr, 1, 1, 1, 0.85);
      cairo_set_line_width (cr, 3.0);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke (cr);
      cairo_move_to (cr, x, y);
      set_rgb (cr, &text);
      pango_cairo_show_layout (cr, layout);
      if (ctx->placed != NULL)
        {
          SkMapLabel *out = g_new0 (SkMapLabel, 1);

          out->text = g_strdup (kern->name);
          out->kind = "place";
          out->x = x + label->w / 2;
          out->y = y + label->h / 2;
          out->width = label->w;
          out->height = label->h;
          g_ptr_array_add (ctx->placed, out);
        }
    }
}

/* The village names' boxes, which the map store's labels keep clear of. */
static void
draw_osm_labels (const Ctx  *ctx,
                 SkMapStore *store)
{
  g_autoptr(GArray) labels = cached_labels (ctx);
  g_autofree SkMapBox *boxes = g_new (SkMapBox, MAX (labels->len, 1));

  for (guint i = 0; i < labels->len; i++)
    {
      const Label *l = &g_array_index (labels, Label, i);

      boxes[i] = (SkMapBox) { l->x, l->y, l->w, l->h };
    }
  sk_map_labels_draw (ctx->cr, store, ctx->view, boxes, labels->len, ctx->placed);
}

static PangoLayout *
water_label_layout (cairo_t    *cr,
                    const char *name)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Cantarell, Sans Italic");

  pango_font_description_set_style (font, PANGO_STYLE_ITALIC);
  pango_font_description_set_absolute_size (font, 11.0 * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, name, -1);
  return layout;
}

static void
show_water_label (const Ctx   *ctx,
                  PangoLayout *layout,
                  double       x1,
                  double       y1,
                  double       x2,
                  double       y2)
{
  cairo_t *cr = ctx->cr;
  double angle = atan2 (y2 - y1, x2 - x1);
  PangoRectangle logical;

  if (MAX (x1, x2) < -200 || MIN (x1, x2) > ctx->view->width + 200
      || MAX (y1, y2) < -200 || MIN (y1, y2) > ctx->view->height + 200)
    return;
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  if (angle > G_PI / 2 || angle < -G_PI / 2)
    angle += G_PI;
  cairo_save (cr);
  cairo_translate (cr, (x1 + x2) / 2, (y1 + y2) / 2);
  cairo_rotate (cr, angle);
  cairo_move_to (cr, -logical.width / 2.0, -logical.height - 2);
  set_rgb (cr, &water_label);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

/* A name along a line wherever the line runs nearly straight for the
 * name's length plus a margin (a chord at least 85 % of the path under
 * it), at most once every SPACING px: a straight canal gets a name on its
 * long segments, a meandering stream (the Reest's 183 points) on its
 * straighter reaches. */
static void
draw_water_label (const Ctx    *ctx,
                  const SkLine *line)
{
  const double spacing = 450.0;
  g_autoptr(PangoLayout) layout = water_label_layout (ctx->cr, line->name);
  g_autofree double *xy = g_new (double, 2 * line->n_points);
  double since = spacing, need;
  PangoRectangle logical;
  size_t s = 0;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  need = MAX (160.0, logical.width + 40.0);
  for (size_t i = 0; i < line->n_points; i++)
    project (ctx, line->points[i].lat, line->points[i].lon, &xy[2 * i], &xy[2 * i + 1]);
  while (s + 1 < line->n_points)
    {
      double path = 0, chord;
      size_t e = s;

      while (e + 1 < line->n_points && path < need)
        {
          path += hypot (xy[2 * e + 2] - xy[2 * e], xy[2 * e + 3] - xy[2 * e + 1]);
          e++;
        }
      if (path < need)
        break;
      chord = hypot (xy[2 * e] - xy[2 * s], xy[2 * e + 1] - xy[2 * s + 1]);
      if (since >= spacing && chord >= 0.85 * path)
        {
          show_water_label (ctx, layout, xy[2 * s], xy[2 * s + 1], xy[2 * e], xy[2 * e + 1]);
          since = 0;
        }
      since += hypot (xy[2 * s + 2] - xy[2 * s], xy[2 * s + 3] - xy[2 * s + 1]);
      s++;
    }
}

static void
draw_water_labels (const Ctx *ctx)
{
  if (ctx->view->zoom < 11.5)
    return;
  for (size_t i = 0; i < sk_region_get_n_lines (ctx->region); i++)
    {
      const SkLine *line = sk_region_get_line (ctx->region, i);

      if (sk_line_class_is_water (line->klass) && line->name != NULL && line->n_points >= 2)
        draw_water_label (ctx, line);
    }
}

void
sk_map_label_free (SkMapLabel *label)
{
  if (label == NULL)
    return;
  g_free (label->text);
  g_free (label);
}

void
sk_map_render (cairo_t          *cr,
               SkRegion         *region,
               const SkMapView  *view,
               SkMapRenderFlags  flags)
{
  sk_map_render_with_labels (cr, region, view, flags, NULL);
}

void
sk_map_render_with_labels (cairo_t          *cr,
                           SkRegion         *region,
                           const SkMapView  *view,
                           SkMapRenderFlags  flags,
                           GPtrArray        *labels)
{
  Ctx ctx = { cr, region, view, 0, labels };
  SkMapStore *store;
  double centre_lat = sk_mercator_lat (view->y + view->height / 2.0, view->zoom);

  g_return_if_fail (cr != NULL);
  g_return_if_fail (SK_IS_REGION (region));

  ctx.mpp = sk_mercator_metres_per_pixel (centre_lat, view->zoom);
  store = sk_region_get_map_store (region);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, view->width, view->height);
  cairo_clip (cr);
  if (store != NULL)
    /* An imported region: the real map (sk-map-render-osm.c). */
    sk_map_render_osm (cr, store, view);
  else
    {
      set_rgb (cr, &land);
      cairo_paint (cr);
      draw_kernen_areas (&ctx);
      draw_water (&ctx);
      draw_roads (&ctx);
      draw_railways (&ctx);
    }
  if (flags & SK_MAP_RENDER_FACILITIES)
    draw_facilities (&ctx);
  if (flags & SK_MAP_RENDER_LABELS)
    {
      if (store != NULL)
        draw_osm_labels (&ctx, store);
      else
        draw_water_labels (&ctx);
      draw_labels (&ctx);
    }
  cairo_restore (cr);
}

cairo_surface_t *
sk_map_render_tile (SkRegion *region,
                    int       x,
                    int       y,
                    int       zoom,
                    int       scale)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  SkMapView view;

  scale = MAX (scale, 1);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 256 * scale, 256 * scale);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  sk_map_view_init_tile (&view, x, y, zoom, 256);
  sk_map_render (cr, region, &view, SK_MAP_RENDER_LABELS | SK_MAP_RENDER_FACILITIES);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}
