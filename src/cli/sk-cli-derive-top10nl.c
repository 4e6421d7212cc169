/* sk-cli-derive-top10nl.c — samenkaart-cli derive-top10nl: makes a
 * region's kommen.json from TOP10NL "Plaats" (Kadaster, CC BY 4.0, with
 * CBS inhabitants) and the CBS municipal boundaries.
 *
 * Per kern of the region: the TOP10NL place of the same name (a woonkern
 * with a bebouwde kom first, else a buurtschap or gehucht) within 5 km of
 * the kern's position; its outline simplified (Douglas–Peucker) and
 * turned into WGS84 with PROJ (EPSG:28992 → EPSG:4326); its inhabitants;
 * its wijken and buurten; and where its people live: the kom sampled on a
 * 50 m grid, each sample given to the finest unit (buurt, wijk, kom) that
 * holds it, each unit's people not counted in a finer unit spread evenly
 * over its samples, summed into 250 m cells. The municipality of every
 * kern is the 2026 municipality its position lies in. All in RD metres
 * until written.
 */
#include "sk-config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sk-cli-commands.h"
#include "sk-cli-top10nl.h"
#include "sk-region.h"

#define MATCH_RADIUS_M 5000.0
#define SAMPLE_M 50.0
#define CELL_M 250.0
#define SIMPLIFY_M 8.0

/* JSON text by hand: coordinates with 5 decimals (about 1 m). */
static void
append_json_string (GString    *out,
                    const char *s)
{
  g_string_append_c (out, '"');
  for (; *s != '\0'; s++)
    {
      if (*s == '"' || *s == '\\')
        g_string_append_printf (out, "\\%c", *s);
      else if ((guchar) *s < 0x20)
        g_string_append_printf (out, "\\u%04x", (guchar) *s);
      else
        g_string_append_c (out, *s);
    }
  g_string_append_c (out, '"');
}

static void
append_lonlat (GString *out,
               SkRdProj *p,
               double   x,
               double   y)
{
  double lon, lat;
  char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE];

  sk_rd_proj_to_wgs (p, x, y, &lon, &lat);
  g_string_append_printf (out, "[%s,%s]", g_ascii_formatd (a, sizeof a, "%.5f", lon),
                          g_ascii_formatd (b, sizeof b, "%.5f", lat));
}

/* Douglas–Peucker on a closed ring, tolerance in metres. */
static void
simplify_range (const SkRdPoint *pt,
                guint            first,
                guint            last,
                double           tolerance,
                gboolean        *keep)
{
  double dx = pt[last].x - pt[first].x, dy = pt[last].y - pt[first].y;
  double len = hypot (dx, dy), worst = 0;
  guint at = 0;

  for (guint i = first + 1; i < last; i++)
    {
      double d = len > 0 ? fabs (dy * (pt[i].x - pt[first].x) - dx * (pt[i].y - pt[first].y)) / len
                         : hypot (pt[i].x - pt[first].x, pt[i].y - pt[first].y);
      if (d > worst)
        {
          worst = d;
          at = i;
        }
    }
  if (worst <= tolerance)
    return;
  keep[at] = TRUE;
  simplify_range (pt, first, at, tolerance, keep);
  simplify_range (pt, at, last, tolerance, keep);
}

static void
append_ring (GString *out,
             SkRdProj *p,
             GArray  *ring)
{
  const SkRdPoint *pt = (const SkRdPoint *) ring->data;
  g_autofree gboolean *keep = g_new0 (gboolean, ring->len);
  guint mid = ring->len / 2, n = 0;

  keep[0] = keep[mid] = keep[ring->len - 1] = TRUE;
  simplify_range (pt, 0, mid, SIMPLIFY_M, keep);
  simplify_range (pt, mid, ring->len - 1, SIMPLIFY_M, keep);
  g_string_append (out, "[");
  for (guint i = 0; i < ring->len; i++)
    if (keep[i])
      {
        g_string_append (out, n++ > 0 ? "," : "");
        append_lonlat (out, p, pt[i].x, pt[i].y);
      }
  g_string_append (out, "]");
}

/* The TOP10NL place for KERN: same name, the best kind, nearest. */
static int
type_rank (const SkPlaats *pl)
{
  if (g_str_equal (pl->type, "woonkern") && pl->bebouwde_kom)
    return 3;
  if (g_str_equal (pl->type, "buurtschap") || g_str_equal (pl->type, "gehucht"))
    return 2;
  return 0;
}

static gboolean
same_name (const char *a,
           const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);

  /* "De Lichtmis" in the region is "Lichtmis" in TOP10NL. */
  return g_str_equal (fa, fb) || (g_str_has_prefix (fa, "de ") && g_str_equal (fa + 3, fb));
}

static const SkPlaats *
match_kern (GPtrArray *plaatsen,
            const char *name,
            double     x,
            double     y)
{
  const SkPlaats *best = NULL;
  double best_d = G_MAXDOUBLE;
  int best_rank = 0;

  for (guint i = 0; i < plaatsen->len; i++)
    {
      const SkPlaats *pl = g_ptr_array_index (plaatsen, i);
      SkRdPoint c = sk_rd_shape_centre (&pl->shape);
      double d = hypot (c.x - x, c.y - y);
      int rank = type_rank (pl);

      if (rank == 0 || pl->inhabitants < 0 || d > MATCH_RADIUS_M || !same_name (pl->name, name))
        continue;
      if (rank > best_rank || (rank == best_rank && d < best_d))
        {
          best = pl;
          best_d = d;
          best_rank = rank;
        }
    }
  return best;
}

static const SkGemeente *
find_gemeente (GPtrArray *gemeenten,
               double     x,
               double     y)
{
  for (guint i = 0; i < gemeenten->len; i++)
    {
      const SkGemeente *g = g_ptr_array_index (gemeenten, i);

      if (sk_rd_shape_contains (&g->shape, x, y))
        return g;
    }
  return NULL;
}

/* A wijk or buurt of a kom: its level and the unit it lies in. */
typedef struct
{
  const SkPlaats *plaats;
  int rank;              /* 1 stadsdeel, 2 wijk, 3 buurt or deelkern; 0 the kom */
  int parent;            /* index in the unit list; 0 is the kom */
  double rest;           /* people not counted in a finer unit */
  guint n_samples;
} Unit;

static int
unit_rank (const SkPlaats *pl)
{
  if (g_str_equal (pl->type, "stadsdeel"))
    return 1;
  if (g_str_equal (pl->type, "wijk"))
    return 2;
  if (g_str_equal (pl->type, "buurt") || g_str_equal (pl->type, "deelkern"))
    return 3;
  return 0;
}

static GArray *
kom_units (GPtrArray      *plaatsen,
           const SkPlaats *kom)
{
  GArray *units = g_array_new (FALSE, TRUE, sizeof (Unit));
  Unit self = { kom, 0, -1, 0, 0 };

  g_array_append_val (units, self);
  for (guint i = 0; i < plaatsen->len; i++)
    {
      const SkPlaats *pl = g_ptr_array_index (plaatsen, i);
      SkRdPoint c = sk_rd_shape_centre (&pl->shape);
      Unit u = { pl, unit_rank (pl), 0, 0, 0 };

      if (u.rank > 0 && pl->inhabitants >= 0 && sk_rd_shape_contains (&kom->shape, c.x, c.y))
        g_array_append_val (units, u);
    }
  /* Parent: the finest coarser unit that holds the unit's centre. */
  for (guint i = 1; i < units->len; i++)
    {
      Unit *u = &g_array_index (units, Unit, i);
      SkRdPoint c = sk_rd_shape_centre (&u->plaats->shape);

      for (guint j = 1; j < units->len; j++)
        {
          Unit *v = &g_array_index (units, Unit, j);

          if (v->rank < u->rank && v->rank > g_array_index (units, Unit, u->parent).rank
              && sk_rd_shape_contains (&v->plaats->shape, c.x, c.y))
            u->parent = (int) j;
        }
    }
  for (guint i = 0; i < units->len; i++)
    g_array_index (units, Unit, i).rest = g_array_index (units, Unit, i).plaats->inhabitants;
  for (guint i = 1; i < units->len; i++)
    {
      Unit *u = &g_array_index (units, Unit, i);
      g_array_index (units, Unit, u->parent).rest -= u->plaats->inhabitants;
    }
  for (guint i = 0; i < units->len; i++)
    g_array_index (units, Unit, i).rest = MAX (0, g_array_index (units, Unit, i).rest);
  return units;
}

/* The finest unit holding (x, y): 0 (the kom) when none does. */
static guint
finest_unit (GArray *units,
             double  x,
             double  y)
{
  guint best = 0;

  for (guint i = 1; i < units->len; i++)
    {
      Unit *u = &g_array_index (units, Unit, i);

      if (u->rank > g_array_index (units, Unit, best).rank
          && sk_rd_shape_contains (&u->plaats->shape, x, y))
        best = i;
    }
  return best;
}

typedef struct
{
  double people;
  double px;             /* people-weighted sums of the samples' positions */
  double py;
} Cell;

static void
cell_add (GHashTable *cells,
          double      x,
          double      y,
          double      people)
{
  gint64 key = ((gint64) floor (x / CELL_M) << 32) | (guint32) (gint64) floor (y / CELL_M);
  Cell *c = g_hash_table_lookup (cells, &key);

  if (c == NULL)
    {
      gint64 *k = g_new (gint64, 1);

      *k = key;
      c = g_new0 (Cell, 1);
      g_hash_table_insert (cells, k, c);
    }
  c->people += people;
  c->px += people * x;
  c->py += people * y;
}

/* Spreads the kom's inhabitants over its samples; returns the cells. */
static GHashTable *
population_cells (const SkPlaats *kom,
                  GArray         *units)
{
  const SkRdShape *s = &kom->shape;
  GHashTable *cells = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GArray) owner = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) at = g_array_new (FALSE, FALSE, sizeof (SkRdPoint));

  for (double y = s->min_y + SAMPLE_M / 2; y < s->max_y; y += SAMPLE_M)
    for (double x = s->min_x + SAMPLE_M / 2; x < s->max_x; x += SAMPLE_M)
      if (sk_rd_shape_contains (s, x, y))
        {
          guint u = finest_unit (units, x, y);
          SkRdPoint p = { x, y };

          g_array_append_val (owner, u);
          g_array_append_val (at, p);
          g_array_index (units, Unit, u).n_samples++;
        }
  for (guint i = 0; i < owner->len; i++)
    {
      Unit *u = &g_array_index (units, Unit, g_array_index (owner, guint, i));
      SkRdPoint *p = &g_array_index (at, SkRdPoint, i);

      cell_add (cells, p->x, p->y, u->rest / u->n_samples);
    }
  /* A unit too small for a sample keeps its people at its centre. */
  for (guint i = 0; i < units->len; i++)
    {
      Unit *u = &g_array_index (units, Unit, i);
      SkRdPoint c = sk_rd_shape_centre (&u->plaats->shape);

      if (u->n_samples == 0 && u->rest > 0)
        cell_add (cells, c.x, c.y, u->rest);
    }
  return cells;
}

/* North to south, then west to east: the file is the same every run. */
static int
compare_cells (gconstpointer a,
               gconstpointer b)
{
  const Cell *ca = a, *cb = b;
  double ya = ca->py / MAX (ca->people, 1e-9), yb = cb->py / MAX (cb->people, 1e-9);
  double xa = ca->px / MAX (ca->people, 1e-9), xb = cb->px / MAX (cb->people, 1e-9);

  if (ya != yb)
    return ya < yb ? 1 : -1;
  return xa < xb ? -1 : xa > xb;
}

static void
append_population (GString        *out,
                   SkRdProj       *p,
                   const SkPlaats *kom,
                   GArray         *units)
{
  g_autoptr(GHashTable) cells = population_cells (kom, units);
  g_autoptr(GList) values = g_list_sort (g_hash_table_get_values (cells), compare_cells);
  double total = 0, scale;
  guint n = 0;

  for (GList *l = values; l != NULL; l = l->next)
    total += ((Cell *) l->data)->people;
  /* Rounding in the CBS figures: the points add up to the kom's figure. */
  scale = total > 0 ? kom->inhabitants / total : 0;
  g_string_append (out, ",\n      \"population\": [");
  for (GList *l = values; l != NULL; l = l->next)
    {
      Cell *c = l->data;
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      if (c->people * scale < 0.05)
        continue;
      g_string_append (out, n++ % 4 == 0 ? "\n        " : " ");
      append_lonlat (out, p, c->px / c->people, c->py / c->people);
      g_string_truncate (out, out->len - 1);
      g_string_append_printf (out, ",%s],", g_ascii_formatd (buf, sizeof buf, "%.1f",
                                                               c->people * scale));
    }
  if (n > 0)
    g_string_truncate (out, out->len - 1);
  g_string_append (out, "]");
}

static void
append_buurten (GString *out,
                SkRdProj *p,
                GArray  *units)
{
  g_string_append (out, ",\n      \"buurten\": [");
  for (guint i = 1; i < units->len; i++)
    {
      const SkPlaats *pl = g_array_index (units, Unit, i).plaats;
      SkRdPoint c = sk_rd_shape_centre (&pl->shape);

      g_string_append (out, i > 1 ? ",\n        {\"name\": " : "\n        {\"name\": ");
      append_json_string (out, pl->name);
      g_string_append (out, ", \"level\": ");
      append_json_string (out, pl->type);
      g_string_append_printf (out, ", \"inhabitants\": %d, \"at\": ", pl->inhabitants);
      append_lonlat (out, p, c.x, c.y);
      g_string_append (out, "}");
    }
  g_string_append (out, "]");
}

static void
append_kom (GString        *out,
            SkRdProj       *p,
            GPtrArray      *plaatsen,
            const SkPlaats *kom)
{
  g_autoptr(GArray) units = kom_units (plaatsen, kom);

  g_string_append_printf (out, ",\n      \"definition\": \"%s\", \"inhabitants\": %d, "
                          "\"inhabitants_year\": 2025, \"source\": \"top10nl-plaats-2025\"",
                          type_rank (kom) == 3 ? "bebouwde-kom" : "buurtschap", kom->inhabitants);
  g_string_append (out, ",\n      \"outline\": [");
  for (guint r = 0; r < kom->shape.rings->len; r++)
    {
      g_string_append (out, r > 0 ? ",\n        " : "\n        ");
      append_ring (out, p, g_ptr_array_index (kom->shape.rings, r));
    }
  g_string_append (out, "]");
  append_buurten (out, p, units);
  append_population (out, p, kom, units);
}

static const char header[] =
  "{\n"
  "  \"schema\": \"samenkaart-kommen/1\",\n"
  "  \"derivation\": \"samenkaart-cli derive-top10nl (src/cli/sk-cli-derive-top10nl.c): "
  "TOP10NL Plaats with the kern's name within 5 km, outline simplified at 8 m, RD New to WGS84 "
  "with PROJ; inhabitants spread over the finest wijk/buurt on a 50 m grid, summed in 250 m "
  "cells; municipality from the CBS 2026 boundaries\",\n"
  "  \"sources\": [\n"
  "    {\"id\": \"top10nl-plaats-2025\", \"title\": \"TOP10NL Plaats (bebouwde kommen, wijken, "
  "buurten) — Kadaster; inwoners 1 juli 2025: CBS\", \"url\": "
  "\"https://www.pdok.nl/introductie/-/article/basisregistratie-topografie-brt-topnl\", "
  "\"licence\": \"CC BY 4.0 (Bron: Kadaster, TOP10NL; inwoners: CBS)\"},\n"
  "    {\"id\": \"cbs-gemeenten-2026\", \"title\": \"Gemeentegrenzen 2026 (gegeneraliseerd) — CBS\", "
  "\"url\": \"https://www.pdok.nl/introductie/-/article/cbs-gebiedsindelingen\", "
  "\"licence\": \"CC BY 4.0 (Bron: CBS)\"}\n"
  "  ],\n"
  "  \"kernen\": [";

/* A kern with no kom of its own whose position lies in another kern's
 * kom (Noordscheschut in Hoogeveen's): counted in that kom. */
static int
within_kom (SkRegion        *region,
            const SkPlaats **koms,
            size_t           self,
            double           x,
            double           y)
{
  for (size_t j = 0; j < sk_region_get_n_kernen (region); j++)
    if (j != self && koms[j] != NULL && type_rank (koms[j]) == 3
        && sk_rd_shape_contains (&koms[j]->shape, x, y))
      return (int) j;
  return -1;
}

static char *
derive (SkRegion   *region,
        GPtrArray  *plaatsen,
        GPtrArray  *gemeenten,
        SkRdProj   *p,
        guint      *n_matched)
{
  GString *out = g_string_new (header);
  size_t n = sk_region_get_n_kernen (region);
  g_autofree const SkPlaats **koms = g_new0 (const SkPlaats *, MAX (n, 1));
  g_autofree SkRdPoint *at = g_new0 (SkRdPoint, MAX (n, 1));

  for (size_t i = 0; i < n; i++)
    {
      const SkKern *k = sk_region_get_kern (region, i);

      sk_rd_proj_from_wgs (p, k->lon, k->lat, &at[i].x, &at[i].y);
      koms[i] = match_kern (plaatsen, k->name, at[i].x, at[i].y);
    }
  for (size_t i = 0; i < n; i++)
    {
      const SkKern *k = sk_region_get_kern (region, i);
      double x = at[i].x, y = at[i].y;
      const SkPlaats *kom = koms[i];
      const SkGemeente *gm;
      int within = kom == NULL ? within_kom (region, koms, i, x, y) : -1;

      gm = find_gemeente (gemeenten, x, y);
      g_string_append (out, i > 0 ? ",\n    {\"kern\": " : "\n    {\"kern\": ");
      append_json_string (out, k->id);
      if (gm != NULL)
        {
          g_string_append (out, ", \"municipality\": ");
          append_json_string (out, gm->name);
          g_string_append (out, ", \"municipality_code\": ");
          append_json_string (out, gm->code);
        }
      if (kom != NULL)
        {
          append_kom (out, p, plaatsen, kom);
          (*n_matched)++;
        }
      else if (within >= 0)
        {
          g_string_append (out, ",\n      \"within\": ");
          append_json_string (out, sk_region_get_kern (region, within)->id);
          g_string_append (out, ", \"source\": \"top10nl-plaats-2025\"");
        }
      g_string_append (out, "}");
    }
  g_string_append (out, "\n  ]\n}\n");
  return g_string_free (out, FALSE);
}

int
sk_cli_derive_top10nl (int    argc,
                       char **argv)
{
  g_autofree char *region_name = NULL;
  g_autofree char *out_path = NULL;
  const GOptionEntry entries[] = {
    { "region", 0, 0, G_OPTION_ARG_STRING, &region_name, N_("de regio (naam of bestand)"), N_("REGIO") },
    { "out", 'o', 0, G_OPTION_ARG_FILENAME, &out_path, N_("schrijf naar BESTAND"), N_("BESTAND") },
    { NULL },
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("PLAATS.gml.gz GEMEENTEN.geojson"));
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = NULL;
  g_autoptr(GPtrArray) plaatsen = NULL;
  g_autoptr(GPtrArray) gemeenten = NULL;
  g_autofree char *text = NULL;
  SkRdProj p = { 0 };
  guint n_matched = 0;

  g_option_context_set_summary (context,
    _("Maakt kommen.json voor een regio: omtrek en inwoners (CBS, 1 juli 2025) van elke kern uit "
      "TOP10NL Plaats, en de gemeente uit de CBS-gemeentegrenzen 2026. Beide in RD New."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 3
      || region_name == NULL || out_path == NULL)
    {
      g_printerr ("%s\n", error != NULL ? error->message
                                        : _("Gebruik: samenkaart-cli derive-top10nl PLAATS.gml.gz "
                                            "GEMEENTEN.geojson --region REGIO --out BESTAND"));
      return 2;
    }
  if ((region = sk_region_load (region_name, &error)) == NULL
      || (plaatsen = sk_top10nl_read_plaatsen (argv[1], &error)) == NULL
      || (gemeenten = sk_top10nl_read_gemeenten (argv[2], &error)) == NULL
      || !sk_rd_proj_open (&p, &error))
    {
      g_printerr (_("Afleiden mislukt: %s\n"), error->message);
      sk_rd_proj_close (&p);
      return 1;
    }
  text = derive (region, plaatsen, gemeenten, &p, &n_matched);
  sk_rd_proj_close (&p);
  if (!g_file_set_contents (out_path, text, -1, &error))
    {
      g_printerr (_("Afleiden mislukt: %s\n"), error->message);
      return 1;
    }
  g_printerr (_("%u van de %zu kernen hebben een kom uit TOP10NL; geschreven naar %s\n"),
              n_matched, sk_region_get_n_kernen (region), out_path);
  return 0;
}
