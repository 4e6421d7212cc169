/* sk-map-labels.c — names on the offline map: streets along their
 * longest straight stretch, water, farms, churches and schools, house
 * numbers.
 *
 * No seams across tiles: labels are placed per meta-tile of 1024 × 1024
 * world pixels, from all candidates of that meta-tile in a fixed order
 * (priority, then the feature's id), and a label must lie inside its
 * meta-tile. Every tile of a meta-tile therefore sees the same labels, and
 * a label either appears whole in every tile it overlaps or not at all.
 * The choice is cached per meta-tile, so the 16 tiles of one meta-tile
 * place their labels once.
 */
#include "sk-map-render-private.h"
#include "sk-map-style.h"

#include <math.h>
#include <string.h>

#define META_PX 1024.0
#define PAD_PX 3.0            /* free space around a label */
#define SAME_NAME_PX 320.0    /* one street name per this distance */
#define STRAIGHT_PX 1.5       /* a "straight" stretch bends less than this */
#define CACHE_MAX 256

typedef enum
{
  FONT_WATER_MAJOR,
  FONT_MAIN_ROAD,
  FONT_STREET,
  FONT_WATER,
  FONT_FARM,
  FONT_POI,
  FONT_PATH,
  FONT_NUMBER,
  N_FONTS
} Font;

typedef struct
{
  double size;
  PangoWeight weight;
  PangoStyle style;
  guint32 rgb;
  const char *kind;
} FontSpec;

static const FontSpec fonts[N_FONTS] = {
  [FONT_WATER_MAJOR] = { 12.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, 0x3a6f99, "water" },
  [FONT_MAIN_ROAD] = { 11.0, PANGO_WEIGHT_SEMIBOLD, PANGO_STYLE_NORMAL, 0x4a4235, "street" },
  [FONT_STREET] = { 10.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0x45423d, "street" },
  [FONT_WATER] = { 10.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, 0x3a6f99, "water" },
  [FONT_FARM] = { 10.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, 0x4f4a44, "place" },
  [FONT_POI] = { 10.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0x6b5b4d, "poi" },
  [FONT_PATH] = { 9.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0x6e675d, "street" },
  [FONT_NUMBER] = { 8.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0x8a7b6c, "poi" },
};

typedef struct
{
  const char *text;     /* in the placement's string chunk */
  Font font;
  double cx, cy;        /* centre, world pixels */
  double angle;         /* radians, text reads left to right */
  double w, h;          /* text size, pixels */
  double corner[8];     /* padded box, world pixels */
} Label;

typedef struct
{
  GArray *labels;       /* Label */
  GStringChunk *strings;
} Placement;

typedef struct
{
  const char *text;
  Font font;
  gint64 id;
  double cx, cy, angle, w, h;
} Candidate;

static GMutex cache_lock;
static GHashTable *cache;   /* "store/zoom/mx/my" → Placement */

static void
placement_clear (Placement *p)
{
  g_array_unref (p->labels);
  g_string_chunk_free (p->strings);
}

/* Shared by the cache and the threads drawing its tiles. */
static void
placement_unref (Placement *p)
{
  g_atomic_rc_box_release_full (p, (GDestroyNotify) placement_clear);
}

PangoLayout *
sk_map_label_layout (PangoContext *context,
                     const char   *text,
                     double        size_px,
                     PangoWeight   weight,
                     PangoStyle    style)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_from_string ("Cantarell, Sans");

  pango_font_description_set_absolute_size (font, size_px * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_font_description_set_style (font, style);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static void
set_unhinted (PangoContext *context)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Hinting off: a label measures the same in every tile. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
}

static Font
line_font (SkMapClass klass,
           double     zoom,
           gboolean  *ok)
{
  Font f;
  int from;

  switch (klass)
    {
    case SK_MAP_RIVER: f = FONT_WATER_MAJOR, from = 12; break;
    case SK_MAP_STREAM: f = FONT_WATER, from = 14; break;
    case SK_MAP_MOTORWAY:
    case SK_MAP_PRIMARY:
    case SK_MAP_SECONDARY: f = FONT_MAIN_ROAD, from = 13; break;
    case SK_MAP_TERTIARY: f = FONT_MAIN_ROAD, from = 14; break;
    case SK_MAP_MINOR: f = FONT_STREET, from = 15; break;
    default: f = FONT_PATH, from = 16; break;
    }
  *ok = zoom >= from && klass != SK_MAP_RAILWAY;
  return f;
}

static gboolean
point_font (const SkMapFeature *f,
            double              zoom,
            Font               *font,
            const char        **text)
{
  *text = f->name;
  switch (f->klass)
    {
    case SK_MAP_FARM: *font = FONT_FARM; return f->name != NULL && zoom >= 14;
    case SK_MAP_STATION: *font = FONT_POI; return f->name != NULL && zoom >= 13;
    case SK_MAP_WORSHIP:
    case SK_MAP_SCHOOL:
    case SK_MAP_TOWNHALL:
    case SK_MAP_LANDMARK: *font = FONT_POI; return f->name != NULL && zoom >= 16;
    case SK_MAP_ADDRESS:
    case SK_MAP_BUILDING:
      *font = FONT_NUMBER;
      *text = f->label;
      return f->label != NULL && zoom >= 17.5;
    case SK_MAP_WATER_AREA: *font = FONT_WATER; return f->name != NULL && zoom >= 13;
    default: return FALSE;
    }
}

typedef struct
{
  PangoContext *context;
  GHashTable *widths;     /* "font|text" → width in 1/64 px (size in h) */
  double zoom, scale;     /* world px per world unit */
  double bx0, by0, bx1, by1;  /* the meta-tile, world pixels */
  GArray *candidates;
} Gather;

static void
measure (Gather     *g,
         const char *text,
         Font        font,
         double     *w,
         double     *h)
{
  g_autoptr(PangoLayout) layout = sk_map_label_layout (g->context, text, fonts[font].size,
                                                       fonts[font].weight, fonts[font].style);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  *w = (double) logical.width / PANGO_SCALE;
  *h = (double) logical.height / PANGO_SCALE;
}

static gboolean
inside_meta (const Gather *g,
             double        x,
             double        y)
{
  return x >= g->bx0 && x <= g->bx1 && y >= g->by0 && y <= g->by1;
}

static double
offset_px (const double *p,
           const double *a,
           const double *b)
{
  double dx = b[0] - a[0], dy = b[1] - a[1], len = hypot (dx, dy);

  return len == 0 ? hypot (p[0] - a[0], p[1] - a[1])
                  : fabs (dx * (a[1] - p[1]) - dy * (a[0] - p[0])) / len;
}

/* The longest run of points inside the meta-tile that stays within
 * STRAIGHT_PX of its chord; *A and *B its ends. */
static double
longest_straight (const Gather *g,
                  const double *p,
                  guint         n,
                  guint        *a,
                  guint        *b)
{
  double best = 0;

  for (guint i = 0; i + 1 < n;)
    {
      guint j = i + 1, end = i;

      if (inside_meta (g, p[2 * i], p[2 * i + 1]))
        for (; j < n && inside_meta (g, p[2 * j], p[2 * j + 1]); j++)
          {
            gboolean straight = TRUE;

            for (guint k = i + 1; k < j && straight; k++)
              straight = offset_px (&p[2 * k], &p[2 * i], &p[2 * j]) <= STRAIGHT_PX;
            if (!straight)
              break;
            end = j;
          }
      if (end > i && hypot (p[2 * end] - p[2 * i], p[2 * end + 1] - p[2 * i + 1]) > best)
        {
          best = hypot (p[2 * end] - p[2 * i], p[2 * end + 1] - p[2 * i + 1]);
          *a = i, *b = end;
        }
      i = end > i ? end : i + 1;
    }
  return best;
}

static void
gather_line (Gather             *g,
             const SkMapFeature *f)
{
  gboolean ok;
  Font font = line_font (f->klass, g->zoom, &ok);
  g_autofree double *p = NULL;
  Candidate c = { f->name, font, f->id };
  guint a = 0, b = 0;
  double len, dx, dy;

  if (!ok || f->name == NULL)
    return;
  p = g_new (double, 2 * f->n_points);
  for (guint i = 0; i < 2 * f->n_points; i++)
    p[i] = f->xy[i] * g->scale;
  len = longest_straight (g, p, f->n_points, &a, &b);
  measure (g, f->name, font, &c.w, &c.h);
  if (len < c.w + 12)
    return;
  dx = p[2 * b] - p[2 * a], dy = p[2 * b + 1] - p[2 * a + 1];
  c.angle = atan2 (dy, dx);
  if (c.angle > G_PI / 2)
    c.angle -= G_PI;
  else if (c.angle <= -G_PI / 2)
    c.angle += G_PI;
  c.cx = (p[2 * a] + p[2 * b]) / 2;
  c.cy = (p[2 * a + 1] + p[2 * b + 1]) / 2;
  g_array_append_val (g->candidates, c);
}

/* Even-odd test over all rings of an area (holes excluded), world units. */
static gboolean
inside_area (const SkMapFeature *f,
             double              x,
             double              y)
{
  gboolean inside = FALSE;

  for (guint i = 1; i < f->n_points; i++)
    {
      const gint32 *a = &f->xy[2 * (i - 1)], *b = &f->xy[2 * i];

      if (a[0] == SK_MAP_RING_BREAK || b[0] == SK_MAP_RING_BREAK)
        continue;
      if ((a[1] > y) != (b[1] > y) && x < a[0] + (y - a[1]) * (b[0] - a[0]) / (double) (b[1] - a[1]))
        inside = !inside;
    }
  return inside;
}

static void
gather_point (Gather             *g,
              const SkMapFeature *f)
{
  Candidate c = { NULL, 0, f->id };
  double x = 0, y = 0;
  guint n = 0;

  if (!point_font (f, g->zoom, &c.font, &c.text))
    return;
  /* Areas: the mean of the first outline (without the closing point). */
  for (guint i = 0; i < MAX (f->n_points - 1, 1) && f->xy[2 * i] != SK_MAP_RING_BREAK; i++, n++)
    x += f->xy[2 * i] * g->scale, y += f->xy[2 * i + 1] * g->scale;
  if (n == 0)
    return;
  x /= n, y /= n;
  /* The mean of a winding lake or river bank can lie outside it. */
  if (f->n_points > 1 && !inside_area (f, x / g->scale, y / g->scale))
    return;
  measure (g, c.text, c.font, &c.w, &c.h);
  /* Beside a symbol, centred on an area. */
  c.cx = sk_map_class_get_shape (f->klass) == SK_MAP_SHAPE_POINT && c.font != FONT_NUMBER
         ? x + 5 + c.w / 2 : x;
  c.cy = y;
  g_array_append_val (g->candidates, c);
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a, *y = b;

  if (x->font != y->font)
    return x->font < y->font ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

static void
label_corners (Label *l)
{
  double c = cos (l->angle), s = sin (l->angle);
  double hw = l->w / 2 + PAD_PX, hh = l->h / 2 + PAD_PX / 2;
  static const double sx[] = { -1, 1, 1, -1 }, sy[] = { -1, -1, 1, 1 };

  for (int i = 0; i < 4; i++)
    {
      l->corner[2 * i] = l->cx + sx[i] * hw * c - sy[i] * hh * s;
      l->corner[2 * i + 1] = l->cy + sx[i] * hw * s + sy[i] * hh * c;
    }
}

/* Separating axis test of two convex quadrilaterals. */
static gboolean
quads_overlap (const double *a,
               const double *b)
{
  const double *quads[2] = { a, b };

  for (int q = 0; q < 2; q++)
    for (int e = 0; e < 2; e++)
      {
        const double *p = quads[q];
        double ax = -(p[2 * e + 3] - p[2 * e + 1]), ay = p[2 * e + 2] - p[2 * e];
        double amin = G_MAXDOUBLE, amax = -G_MAXDOUBLE, bmin = G_MAXDOUBLE, bmax = -G_MAXDOUBLE;

        for (int i = 0; i < 4; i++)
          {
            double pa = a[2 * i] * ax + a[2 * i + 1] * ay, pb = b[2 * i] * ax + b[2 * i + 1] * ay;

            amin = MIN (amin, pa), amax = MAX (amax, pa);
            bmin = MIN (bmin, pb), bmax = MAX (bmax, pb);
          }
        if (amax < bmin || bmax < amin)
          return FALSE;
      }
  return TRUE;
}

static gboolean
fits (const Gather   *g,
      const Label    *l,
      GArray         *placed,
      const double   *avoid,
      guint           n_avoid)
{
  for (int i = 0; i < 4; i++)
    if (!inside_meta (g, l->corner[2 * i], l->corner[2 * i + 1]))
      return FALSE;
  for (guint i = 0; i < n_avoid; i++)
    if (quads_overlap (l->corner, &avoid[8 * i]))
      return FALSE;
  for (guint i = 0; i < placed->len; i++)
    {
      const Label *o = &g_array_index (placed, Label, i);

      if (quads_overlap (l->corner, o->corner))
        return FALSE;
      if (o->font == l->font && strcmp (o->text, l->text) == 0
          && hypot (o->cx - l->cx, o->cy - l->cy) < SAME_NAME_PX)
        return FALSE;
    }
  return TRUE;
}

static void
avoid_quads (const SkMapBox *boxes,
             guint           n,
             double         *quads)
{
  for (guint i = 0; i < n; i++)
    {
      const SkMapBox *b = &boxes[i];
      double q[8] = { b->x, b->y, b->x + b->w, b->y, b->x + b->w, b->y + b->h, b->x, b->y + b->h };

      memcpy (&quads[8 * i], q, sizeof q);
    }
}

static Placement *
place_meta (SkMapStore     *store,
            double          zoom,
            gint64          mx,
            gint64          my,
            const SkMapBox *avoid,
            guint           n_avoid)
{
  Gather g = { 0 };
  Placement *p = g_atomic_rc_box_new0 (Placement);
  g_autoptr(SkMapSelection) sel = NULL;
  g_autofree double *quads = g_new (double, 8 * MAX (n_avoid, 1));

  g.zoom = zoom;
  g.scale = 256.0 * exp2 (zoom) / SK_MAP_WORLD;
  g.bx0 = mx * META_PX, g.by0 = my * META_PX;
  g.bx1 = g.bx0 + META_PX, g.by1 = g.by0 + META_PX;
  p->labels = g_array_new (FALSE, FALSE, sizeof (Label));
  p->strings = g_string_chunk_new (1024);
  sel = sk_map_store_select (store, sk_map_band_for_zoom (zoom), (gint32) floor (g.bx0 / g.scale),
                             (gint32) floor (g.by0 / g.scale), (gint32) ceil (g.bx1 / g.scale),
                             (gint32) ceil (g.by1 / g.scale), NULL);
  if (sel == NULL)
    return p;
  g.context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  set_unhinted (g.context);
  g.candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  for (guint i = 0; i < sk_map_selection_get_n (sel); i++)
    {
      const SkMapFeature *f = sk_map_selection_get (sel, i);

      if (sk_map_class_get_shape (f->klass) == SK_MAP_SHAPE_LINE)
        gather_line (&g, f);
      else
        gather_point (&g, f);
    }
  g_array_sort (g.candidates, compare_candidates);
  avoid_quads (avoid, n_avoid, quads);
  for (guint i = 0; i < g.candidates->len; i++)
    {
      const Candidate *c = &g_array_index (g.candidates, Candidate, i);
      Label l = { c->text, c->font, c->cx, c->cy, c->angle, c->w, c->h };

      label_corners (&l);
      if (!fits (&g, &l, p->labels, quads, n_avoid))
        continue;
      l.text = g_string_chunk_insert_const (p->strings, c->text);
      g_array_append_val (p->labels, l);
    }
  g_array_unref (g.candidates);
  g_object_unref (g.context);
  return p;
}

/* The placement of one meta-tile (a new reference), from the cache when
 * it was made before. The key holds the store's serial number and the
 * number of village names to avoid. */
static Placement *
get_placement (SkMapStore     *store,
               double          zoom,
               gint64          mx,
               gint64          my,
               const SkMapBox *avoid,
               guint           n_avoid)
{
  g_autofree char *key = g_strdup_printf ("%" G_GUINT64_FORMAT "/%u/%.3f/%" G_GINT64_FORMAT
                                          "/%" G_GINT64_FORMAT, sk_map_store_get_serial (store),
                                          n_avoid, zoom, mx, my);
  Placement *p;

  g_mutex_lock (&cache_lock);
  if (cache == NULL)
    cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                   (GDestroyNotify) placement_unref);
  p = g_hash_table_lookup (cache, key);
  if (p != NULL)
    p = g_atomic_rc_box_acquire (p);
  g_mutex_unlock (&cache_lock);
  if (p != NULL)
    return p;
  p = place_meta (store, zoom, mx, my, avoid, n_avoid);
  g_mutex_lock (&cache_lock);
  if (g_hash_table_size (cache) >= CACHE_MAX)
    g_hash_table_remove_all (cache);
  g_hash_table_replace (cache, g_steal_pointer (&key), g_atomic_rc_box_acquire (p));
  g_mutex_unlock (&cache_lock);
  return p;
}

static void
draw_label (cairo_t      *cr,
            PangoContext *context,
            const Label  *l,
            double        x,
            double        y)
{
  const FontSpec *f = &fonts[l->font];
  g_autoptr(PangoLayout) layout = sk_map_label_layout (context, l->text, f->size, f->weight,
                                                       f->style);

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_rotate (cr, l->angle);
  cairo_move_to (cr, -l->w / 2, -l->h / 2);
  pango_cairo_layout_path (cr, layout);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.85);
  cairo_set_line_width (cr, 2.6);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
  cairo_move_to (cr, -l->w / 2, -l->h / 2);
  cairo_set_source_rgb (cr, (f->rgb >> 16 & 0xff) / 255.0, (f->rgb >> 8 & 0xff) / 255.0,
                        (f->rgb & 0xff) / 255.0);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

static gboolean
label_in_view (const Label     *l,
               const SkMapView *view)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  for (int i = 0; i < 4; i++)
    {
      x0 = MIN (x0, l->corner[2 * i]), x1 = MAX (x1, l->corner[2 * i]);
      y0 = MIN (y0, l->corner[2 * i + 1]), y1 = MAX (y1, l->corner[2 * i + 1]);
    }
  return x1 >= view->x && x0 <= view->x + view->width
         && y1 >= view->y && y0 <= view->y + view->height;
}

void
sk_map_labels_draw (cairo_t         *cr,
                    SkMapStore      *store,
                    const SkMapView *view,
                    const SkMapBox  *avoid,
                    guint            n_avoid,
                    GPtrArray       *placed)
{
  PangoContext *context = pango_cairo_create_context (cr);
  gint64 mx0 = (gint64) floor (view->x / META_PX), my0 = (gint64) floor (view->y / META_PX);
  gint64 mx1 = (gint64) floor ((view->x + view->width) / META_PX);
  gint64 my1 = (gint64) floor ((view->y + view->height) / META_PX);

  set_unhinted (context);
  for (gint64 my = my0; my <= my1; my++)
    for (gint64 mx = mx0; mx <= mx1; mx++)
      {
        Placement *p = get_placement (store, view->zoom, mx, my, avoid, n_avoid);

        for (guint i = 0; i < p->labels->len; i++)
          {
            const Label *l = &g_array_index (p->labels, Label, i);
            SkMapLabel *out;

            if (!label_in_view (l, view))
              continue;
            draw_label (cr, context, l, l->cx - view->x, l->cy - view->y);
            if (placed == NULL)
              continue;
            out = g_new0 (SkMapLabel, 1);
            out->text = g_strdup (l->text);
            out->kind = fonts[l->font].kind;
            out->x = l->cx - view->x;
            out->y = l->cy - view->y;
            out->width = l->w;
            out->height = l->h;
            g_ptr_array_add (placed, out);
          }
        placement_unref (p);
      }
  g_object_unref (context);
}
