/* sk-fit-places.c — the places behind the rules, in local metres with a
 * grid index: the region's streams (and the wet areas of its map store)
 * and its kommen (the outlines of kommen.json, or a circle round a kern
 * without one).
 *
 * Local metres: an equirectangular projection about the region's centre
 * (x east, y north). Over a region of ~60 km the scale error is below
 * 0.5 %, about a metre at the distances the rules ask about.
 *
 * The grid: square cells; each lists the segments that come within the
 * layer's reach of it, so a point looks only at its own cell. A point
 * whose cell lists nothing is farther than the reach from everything.
 */
#include "sk-config.h"

#include <math.h>

#include "sk-fit-private.h"

#define CELL_M 200.0
#define MAX_CELLS 4000000   /* a region of 1000 × 1000 km still gets a grid */

typedef struct
{
  double x0, y0, x1, y1;
  int owner;                /* line or kern index; -1: a wet area */
} Seg;

/* A filled shape: rings even-odd, with a box for a quick no. */
typedef struct
{
  GArray *rings;            /* GArray of GArray of double (x, y pairs) */
  double min_x, min_y, max_x, max_y;
  int owner;
} Shape;

typedef struct
{
  GArray *segs;             /* Seg */
  guint32 *start;           /* per cell, into items; n_cells + 1 */
  guint32 *items;
  double reach;
} Layer;

struct _SkFitPlaces
{
  double lat0, lon0, kx, ky;
  double gx0, gy0;
  int nx, ny;
  Layer beek;
  Layer kom;
  GArray *kom_shapes;       /* Shape */
  GArray *wet_shapes;       /* Shape */
  GArray *circles;          /* double triples: x, y, radius; owner in circle_kern */
  GArray *circle_kern;      /* int */
};

static void
to_local (SkFitPlaces *self,
          double       lat,
          double       lon,
          double      *x,
          double      *y)
{
  *x = (lon - self->lon0) * self->kx;
  *y = (lat - self->lat0) * self->ky;
}

static void
clear_ring (GArray **ring)
{
  g_array_unref (*ring);
}

static void
clear_shape (Shape *s)
{
  g_array_unref (s->rings);
}

static void
add_seg (Layer  *layer,
         double  x0,
         double  y0,
         double  x1,
         double  y1,
         int     owner)
{
  Seg s = { x0, y0, x1, y1, owner };

  g_array_append_val (layer->segs, s);
}

/* A shape from WGS84 rings; its edges go into LAYER too. */
static void
add_shape (SkFitPlaces    *self,
           GArray         *shapes,
           Layer          *layer,
           const SkLatLon *const *rings,
           const size_t   *n_points,
           size_t          n_rings,
           int             owner)
{
  Shape s = { g_array_new (FALSE, FALSE, sizeof (GArray *)), INFINITY, INFINITY,
              -INFINITY, -INFINITY, owner };

  g_array_set_clear_func (s.rings, (GDestroyNotify) clear_ring);
  for (size_t r = 0; r < n_rings; r++)
    {
      GArray *xy = g_array_sized_new (FALSE, FALSE, sizeof (double), 2 * n_points[r]);

      for (size_t i = 0; i < n_points[r]; i++)
        {
          double x, y;

          to_local (self, rings[r][i].lat, rings[r][i].lon, &x, &y);
          g_array_append_val (xy, x);
          g_array_append_val (xy, y);
          s.min_x = MIN (s.min_x, x), s.max_x = MAX (s.max_x, x);
          s.min_y = MIN (s.min_y, y), s.max_y = MAX (s.max_y, y);
        }
      for (size_t i = 0; i < n_points[r]; i++)
        {
          const double *a = &g_array_index (xy, double, 2 * i);
          const double *b = &g_array_index (xy, double, 2 * ((i + 1) % n_points[r]));

          add_seg (layer, a[0], a[1], b[0], b[1], owner);
        }
      g_array_append_val (s.rings, xy);
    }
  g_array_append_val (shapes, s);
}

static gboolean
shape_contains (const Shape *s,
                double       x,
                double       y)
{
  gboolean inside = FALSE;

  if (x < s->min_x || x > s->max_x || y < s->min_y || y > s->max_y)
    return FALSE;
  for (guint r = 0; r < s->rings->len; r++)
    {
      GArray *ring = g_array_index (s->rings, GArray *, r);
      const double *p = (const double *) ring->data;
      guint n = ring->len / 2;

      for (guint i = 0, j = n - 1; i < n; j = i++)
        if ((p[2 * i + 1] > y) != (p[2 * j + 1] > y)
            && x < (p[2 * j] - p[2 * i]) * (y - p[2 * i + 1]) / (p[2 * j + 1] - p[2 * i + 1]) + p[2 * i])
          inside = !inside;
    }
  return inside;
}

static void
add_streams (SkFitPlaces *self,
             SkRegion    *region)
{
  for (size_t i = 0; i < sk_region_get_n_lines (region); i++)
    {
      const SkLine *line = sk_region_get_line (region, i);

      /* A canal is dug, not a stream: it has no valley. */
      if (line->klass != SK_LINE_RIVER && line->klass != SK_LINE_STREAM)
        continue;
      for (size_t k = 0; k + 1 < line->n_points; k++)
        {
          double x0, y0, x1, y1;

          to_local (self, line->points[k].lat, line->points[k].lon, &x0, &y0);
          to_local (self, line->points[k + 1].lat, line->points[k + 1].lon, &x1, &y1);
          add_seg (&self->beek, x0, y0, x1, y1, (int) i);
        }
    }
}

/* natural=wetland areas of an imported region's map store (the most
 * detailed band), as unnamed beekdal. The map reaches beyond the box of
 * the region's kernen and lines, and ideas are placed there too: 0.05°
 * (about 5 km) round it. */
static void
add_wet_areas (SkFitPlaces *self,
               SkRegion    *region)
{
  SkMapStore *store = sk_region_get_map_store (region);
  const SkBBox *box = sk_region_get_bbox (region);
  g_autoptr(SkMapSelection) sel = NULL;
  gint32 x0, y0, x1, y1;

  if (store == NULL)
    return;
  sk_map_world_from_latlon (box->north + 0.05, box->west - 0.05, &x0, &y0);
  sk_map_world_from_latlon (box->south - 0.05, box->east + 0.05, &x1, &y1);
  sel = sk_map_store_select (store, SK_MAP_N_BANDS - 1, x0, y0, x1, y1, NULL);
  for (guint i = 0; sel != NULL && i < sk_map_selection_get_n (sel); i++)
    {
      const SkMapFeature *f = sk_map_selection_get (sel, i);
      g_autofree SkLatLon *pts = NULL;
      const SkLatLon *rings[1];
      size_t n;

      if (f->klass != SK_MAP_WETLAND || f->n_points < 4)
        continue;
      n = f->n_points - 1;  /* areas are stored closed */
      pts = g_new (SkLatLon, n);
      for (size_t k = 0; k < n; k++)
        pts[k] = sk_map_world_to_latlon (f->xy[2 * k], f->xy[2 * k + 1]);
      rings[0] = pts;
      add_shape (self, self->wet_shapes, &self->beek, rings, &n, 1, -1);
    }
}

static void
add_kommen (SkFitPlaces *self,
            SkRegion    *region,
            double       kern_radius_m)
{
  for (size_t i = 0; i < sk_region_get_n_kernen (region); i++)
    {
      const SkKern *k = sk_region_get_kern (region, i);

      if (k->n_outline > 0)
        {
          g_autofree const SkLatLon **rings = g_new (const SkLatLon *, k->n_outline);
          g_autofree size_t *n = g_new (size_t, k->n_outline);

          for (size_t r = 0; r < k->n_outline; r++)
            rings[r] = k->outline[r].points, n[r] = k->outline[r].n_points;
          add_shape (self, self->kom_shapes, &self->kom, rings, n, k->n_outline, (int) i);
        }
      else if (k->within_kern < 0)
        {
          double c[3] = { 0, 0, kern_radius_m };
          int owner = (int) i;

          to_local (self, k->lat, k->lon, &c[0], &c[1]);
          g_array_append_vals (self->circles, c, 3);
          g_array_append_val (self->circle_kern, owner);
          /* a point segment, so the grid finds the circle */
          add_seg (&self->kom, c[0], c[1], c[0], c[1], owner);
        }
    }
}

/* The box of LAYER's cells that come within REACH of segment S. */
static void
seg_cells (SkFitPlaces *self,
           const Seg   *s,
           double       reach,
           int         *cx0,
           int         *cy0,
           int         *cx1,
           int         *cy1)
{
  *cx0 = CLAMP ((int) floor ((MIN (s->x0, s->x1) - reach - self->gx0) / CELL_M), 0, self->nx - 1);
  *cx1 = CLAMP ((int) floor ((MAX (s->x0, s->x1) + reach - self->gx0) / CELL_M), 0, self->nx - 1);
  *cy0 = CLAMP ((int) floor ((MIN (s->y0, s->y1) - reach - self->gy0) / CELL_M), 0, self->ny - 1);
  *cy1 = CLAMP ((int) floor ((MAX (s->y0, s->y1) + reach - self->gy0) / CELL_M), 0, self->ny - 1);
}

/* Compressed rows: start[c] … start[c + 1] are cell c's segments. */
static void
index_layer (SkFitPlaces *self,
             Layer       *layer)
{
  size_t n_cells = (size_t) self->nx * self->ny;
  g_autofree guint32 *fill = g_new0 (guint32, n_cells + 1);

  layer->start = g_new0 (guint32, n_cells + 1);
  for (int pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < layer->segs->len; i++)
        {
          int cx0, cy0, cx1, cy1;

          seg_cells (self, &g_array_index (layer->segs, Seg, i), layer->reach, &cx0, &cy0, &cx1, &cy1);
          for (int cy = cy0; cy <= cy1; cy++)
            for (int cx = cx0; cx <= cx1; cx++)
              {
                size_t c = (size_t) cy * self->nx + cx;

                if (pass == 0)
                  layer->start[c + 1]++;
                else
                  layer->items[layer->start[c] + fill[c]++] = i;
              }
        }
      if (pass == 0)
        {
          for (size_t c = 0; c < n_cells; c++)
            layer->start[c + 1] += layer->start[c];
          layer->items = g_new (guint32, MAX (layer->start[n_cells], 1));
        }
    }
}

static void
extend_box (const Layer *layer,
            double      *min_x,
            double      *min_y,
            double      *max_x,
            double      *max_y)
{
  for (guint i = 0; i < layer->segs->len; i++)
    {
      const Seg *s = &g_array_index (layer->segs, Seg, i);

      *min_x = MIN (*min_x, MIN (s->x0, s->x1) - layer->reach);
      *max_x = MAX (*max_x, MAX (s->x0, s->x1) + layer->reach);
      *min_y = MIN (*min_y, MIN (s->y0, s->y1) - layer->reach);
      *max_y = MAX (*max_y, MAX (s->y0, s->y1) + layer->reach);
    }
}

static void
build_grid (SkFitPlaces *self)
{
  double min_x = INFINITY, min_y = INFINITY, max_x = -INFINITY, max_y = -INFINITY;

  extend_box (&self->beek, &min_x, &min_y, &max_x, &max_y);
  extend_box (&self->kom, &min_x, &min_y, &max_x, &max_y);
  if (!isfinite (min_x))
    min_x = min_y = 0, max_x = max_y = 1;
  self->gx0 = min_x;
  self->gy0 = min_y;
  self->nx = (int) ceil ((max_x - min_x) / CELL_M) + 1;
  self->ny = (int) ceil ((max_y - min_y) / CELL_M) + 1;
  if ((double) self->nx * self->ny > MAX_CELLS)
    self->nx = self->ny = 1;  /* absurd data: one cell, still correct */
  index_layer (self, &self->beek);
  index_layer (self, &self->kom);
}

SkFitPlaces *
sk_fit_places_new (SkRegion *region,
                   double    reach_beek_m,
                   double    reach_kom_m,
                   double    kern_radius_m)
{
  SkFitPlaces *self = g_new0 (SkFitPlaces, 1);
  SkLatLon centre = sk_bbox_get_centre (sk_region_get_bbox (region));

  self->lat0 = centre.lat;
  self->lon0 = centre.lon;
  self->ky = SK_EARTH_RADIUS_M * G_PI / 180.0;
  self->kx = self->ky * cos (centre.lat * G_PI / 180.0);
  self->beek.segs = g_array_new (FALSE, FALSE, sizeof (Seg));
  self->kom.segs = g_array_new (FALSE, FALSE, sizeof (Seg));
  self->beek.reach = reach_beek_m;
  self->kom.reach = reach_kom_m;
  self->kom_shapes = g_array_new (FALSE, FALSE, sizeof (Shape));
  g_array_set_clear_func (self->kom_shapes, (GDestroyNotify) clear_shape);
  self->wet_shapes = g_array_new (FALSE, FALSE, sizeof (Shape));
  g_array_set_clear_func (self->wet_shapes, (GDestroyNotify) clear_shape);
  self->circles = g_array_new (FALSE, FALSE, sizeof (double));
  self->circle_kern = g_array_new (FALSE, FALSE, sizeof (int));
  add_streams (self, region);
  add_wet_areas (self, region);
  add_kommen (self, region, kern_radius_m);
  /* a circle's segment is its centre: reach it from a radius farther */
  if (self->circles->len > 0)
    self->kom.reach += kern_radius_m;
  build_grid (self);
  return self;
}

void
sk_fit_places_free (SkFitPlaces *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->beek.segs);
  g_array_unref (self->kom.segs);
  g_free (self->beek.start);
  g_free (self->beek.items);
  g_free (self->kom.start);
  g_free (self->kom.items);
  g_array_unref (self->kom_shapes);
  g_array_unref (self->wet_shapes);
  g_array_unref (self->circles);
  g_array_unref (self->circle_kern);
  g_free (self);
}

size_t
sk_fit_places_get_n_wet_areas (SkFitPlaces *self)
{
  return self->wet_shapes->len;
}

/* Squared distance: the square root is taken once, for the nearest. */
static double
seg_distance2 (const Seg *s,
               double     x,
               double     y)
{
  double dx = s->x1 - s->x0, dy = s->y1 - s->y0;
  double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((x - s->x0) * dx + (y - s->y0) * dy) / len2 : 0;
  double ex, ey;

  t = CLAMP (t, 0.0, 1.0);
  ex = x - (s->x0 + t * dx);
  ey = y - (s->y0 + t * dy);
  return ex * ex + ey * ey;
}

/* The nearest segment of LAYER within its reach: distance and owner. */
static double
layer_nearest (SkFitPlaces *self,
               const Layer *layer,
               double       x,
               double       y,
               int         *owner)
{
  int cx = (int) floor ((x - self->gx0) / CELL_M), cy = (int) floor ((y - self->gy0) / CELL_M);
  double best = INFINITY;
  size_t c;

  *owner = -1;
  if (cx < 0 || cy < 0 || cx >= self->nx || cy >= self->ny)
    return INFINITY;
  c = (size_t) cy * self->nx + cx;
  for (guint32 k = layer->start[c]; k < layer->start[c + 1]; k++)
    {
      const Seg *s = &g_array_index (layer->segs, Seg, layer->items[k]);
      double d2 = seg_distance2 (s, x, y);

      if (d2 < best)
        best = d2, *owner = s->owner;
    }
  best = sqrt (best);
  return best <= layer->reach ? best : INFINITY;
}

static void
near_kom (SkFitPlaces *self,
          double       x,
          double       y,
          SkFitNear   *near)
{
  int owner;
  double d = layer_nearest (self, &self->kom, x, y, &owner);

  /* A circle's "segment" is its centre: the kom's edge is a radius nearer. */
  for (guint i = 0; owner >= 0 && i < self->circle_kern->len; i++)
    if (g_array_index (self->circle_kern, int, i) == owner)
      d = MAX (0.0, d - g_array_index (self->circles, double, 3 * i + 2));
  for (guint i = 0; i < self->kom_shapes->len; i++)
    if (shape_contains (&g_array_index (self->kom_shapes, Shape, i), x, y))
      {
        d = 0, owner = g_array_index (self->kom_shapes, Shape, i).owner;
        break;
      }
  near->kom_m = d;
  near->kom_kern = isfinite (d) ? owner : -1;
}

void
sk_fit_places_near (SkFitPlaces *self,
                    double       lat,
                    double       lon,
                    SkFitNear   *near)
{
  double x, y;
  int owner;

  to_local (self, lat, lon, &x, &y);
  near->beek_m = layer_nearest (self, &self->beek, x, y, &owner);
  near->beek_line = isfinite (near->beek_m) ? owner : -1;
  for (guint i = 0; near->beek_m > 0 && i < self->wet_shapes->len; i++)
    if (shape_contains (&g_array_index (self->wet_shapes, Shape, i), x, y))
      near->beek_m = 0, near->beek_line = -1;
  near_kom (self, x, y, near);
}
