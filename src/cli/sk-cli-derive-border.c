/* sk-cli-derive-border.c — samenkaart-cli derive-border: the course of a
 * stream that is the border of two provinces, taken from the CBS
 * municipal boundaries (CC BY 4.0).
 *
 * The Reest is the border of Drenthe and Overijssel for most of its
 * course. The CBS boundaries of neighbouring municipalities share their
 * vertices exactly, so the border is every run of vertices of a
 * municipality of one province that is also a vertex of a municipality of
 * the other. The province of a municipality is that of the region's
 * kernen in it (kommen.json gives each kern its municipality code). The
 * runs are joined into chains; the stream is the part of one chain
 * between the vertices nearest to --from (its source) and --to (its
 * mouth). RD New metres until written; WGS84 through PROJ.
 */
#include "sk-config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "sk-cli-commands.h"
#include "sk-cli-top10nl.h"
#include "sk-region.h"

/* A vertex key: RD coordinates in centimetres (the file has millimetres). */
static gint64
vertex_key (double x,
            double y)
{
  return (gint64) llround (x * 100.0) * 1000000000LL + llround (y * 100.0);
}

/* Municipality code → province, from the region's kernen. */
static GHashTable *
provinces_of_codes (SkRegion *region)
{
  GHashTable *provinces = g_hash_table_new (g_str_hash, g_str_equal);

  for (size_t i = 0; i < sk_region_get_n_kernen (region); i++)
    {
      const SkKern *k = sk_region_get_kern (region, i);

      if (k->municipality_code != NULL && k->province != NULL)
        g_hash_table_insert (provinces, k->municipality_code, k->province);
    }
  return provinces;
}

static const char *
province_of (GHashTable       *provinces,
             const SkGemeente *gm)
{
  return g_hash_table_lookup (provinces, gm->code);
}

/* Every vertex of the municipalities of PROVINCE. */
static GHashTable *
vertices_of (GPtrArray  *gemeenten,
             GHashTable *provinces,
             const char *province)
{
  GHashTable *set = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint g = 0; g < gemeenten->len; g++)
    {
      const SkGemeente *gm = g_ptr_array_index (gemeenten, g);
      const char *p = province_of (provinces, gm);

      if (p == NULL || g_strcmp0 (p, province) != 0)
        continue;
      for (guint r = 0; r < gm->shape.rings->len; r++)
        {
          GArray *ring = g_ptr_array_index (gm->shape.rings, r);

          for (guint i = 0; i < ring->len; i++)
            {
              const SkRdPoint *pt = &g_array_index (ring, SkRdPoint, i);

              g_hash_table_add (set, g_memdup2 (&(gint64) { vertex_key (pt->x, pt->y) },
                                                sizeof (gint64)));
            }
        }
    }
  return set;
}

static gboolean
on_border (GHashTable      *other,
           const SkRdPoint *pt)
{
  gint64 key = vertex_key (pt->x, pt->y);

  return g_hash_table_contains (other, &key);
}

/* Runs (GArray of SkRdPoint, ≥ 2 points) of RING's vertices that lie in
 * OTHER, appended to RUNS. The ring is walked from a vertex off the
 * border, so a run is never cut where the ring closes. */
static void
ring_runs (GArray     *ring,
           GHashTable *other,
           GPtrArray  *runs)
{
  guint n = ring->len, start = 0;
  GArray *run = NULL;

  if (n > 1 && g_array_index (ring, SkRdPoint, 0).x == g_array_index (ring, SkRdPoint, n - 1).x
      && g_array_index (ring, SkRdPoint, 0).y == g_array_index (ring, SkRdPoint, n - 1).y)
    n--;  /* GeoJSON repeats the first vertex */
  while (start < n && on_border (other, &g_array_index (ring, SkRdPoint, start)))
    start++;
  if (start == n)
    return;  /* the whole ring is border: an enclave, not a stream */
  for (guint k = 1; k <= n; k++)
    {
      const SkRdPoint *pt = &g_array_index (ring, SkRdPoint, (start + k) % n);

      if (k < n && on_border (other, pt))
        {
          if (run == NULL)
            run = g_array_new (FALSE, FALSE, sizeof (SkRdPoint));
          g_array_append_vals (run, pt, 1);
          continue;
        }
      if (run != NULL && run->len >= 2)
        g_ptr_array_add (runs, run);
      else if (run != NULL)
        g_array_unref (run);
      run = NULL;
    }
}

static gboolean
same_point (const SkRdPoint *a,
            const SkRdPoint *b)
{
  return vertex_key (a->x, a->y) == vertex_key (b->x, b->y);
}

static void
reverse_run (GArray *run)
{
  for (guint i = 0, j = run->len - 1; i < j; i++, j--)
    {
      SkRdPoint t = g_array_index (run, SkRdPoint, i);

      g_array_index (run, SkRdPoint, i) = g_array_index (run, SkRdPoint, j);
      g_array_index (run, SkRdPoint, j) = t;
    }
}

/* Appends B to A when they meet end to start (turning B round if need
 * be); FALSE when they do not meet. */
static gboolean
join_runs (GArray *a,
           GArray *b)
{
  const SkRdPoint *a_end = &g_array_index (a, SkRdPoint, a->len - 1);

  if (!same_point (a_end, &g_array_index (b, SkRdPoint, 0)))
    {
      if (!same_point (a_end, &g_array_index (b, SkRdPoint, b->len - 1)))
        return FALSE;
      reverse_run (b);
    }
  g_array_append_vals (a, &g_array_index (b, SkRdPoint, 1), b->len - 1);
  return TRUE;
}

/* Joins RUNS into as few chains as they make. */
static void
chain_runs (GPtrArray *runs)
{
  gboolean joined = TRUE;

  while (joined)
    {
      joined = FALSE;
      for (guint i = 0; i < runs->len && !joined; i++)
        for (guint j = 0; j < runs->len && !joined; j++)
          {
            GArray *a = g_ptr_array_index (runs, i), *b = g_ptr_array_index (runs, j);

            if (i == j)
              continue;
            if (!join_runs (a, b))
              {
                reverse_run (a);
                if (!join_runs (a, b))
                  {
                    reverse_run (a);
                    continue;
                  }
              }
            g_ptr_array_remove_index (runs, j);
            joined = TRUE;
          }
    }
}

/* The chain and vertex nearest to (X, Y). */
static void
nearest_vertex (GPtrArray *chains,
                double     x,
                double     y,
                guint     *chain,
                guint     *vertex,
                double    *distance)
{
  *distance = INFINITY;
  for (guint c = 0; c < chains->len; c++)
    {
      GArray *run = g_ptr_array_index (chains, c);

      for (guint i = 0; i < run->len; i++)
        {
          const SkRdPoint *pt = &g_array_index (run, SkRdPoint, i);
          double d = hypot (pt->x - x, pt->y - y);

          if (d < *distance)
            *distance = d, *chain = c, *vertex = i;
        }
    }
}

typedef struct
{
  const char *province_a;
  const char *province_b;
  SkLatLon from;
  SkLatLon to;
  double max_snap_m;
} BorderQuery;

/* The stretch of border from QUERY->from to QUERY->to, in RD metres. */
static GArray *
border_stretch (GPtrArray         *gemeenten,
                GHashTable        *provinces,
                const BorderQuery *query,
                SkRdProj          *p,
                GError           **error)
{
  g_autoptr(GHashTable) other = vertices_of (gemeenten, provinces, query->province_b);
  g_autoptr(GPtrArray) chains = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  double fx, fy, tx, ty, df, dt;
  guint cf = 0, vf = 0, ct = 0, vt = 0;
  GArray *out;

  for (guint g = 0; g < gemeenten->len; g++)
    {
      const SkGemeente *gm = g_ptr_array_index (gemeenten, g);

      if (g_strcmp0 (province_of (provinces, gm), query->province_a) == 0)
        for (guint r = 0; r < gm->shape.rings->len; r++)
          ring_runs (g_ptr_array_index (gm->shape.rings, r), other, chains);
    }
  chain_runs (chains);
  sk_rd_proj_from_wgs (p, query->from.lon, query->from.lat, &fx, &fy);
  sk_rd_proj_from_wgs (p, query->to.lon, query->to.lat, &tx, &ty);
  nearest_vertex (chains, fx, fy, &cf, &vf, &df);
  nearest_vertex (chains, tx, ty, &ct, &vt, &dt);
  if (chains->len == 0 || df > query->max_snap_m || dt > query->max_snap_m || cf != ct)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("Tussen %s en %s ligt geen doorlopende grens van het ene punt naar het "
                     "andere (afstand tot de grens: %.0f m en %.0f m). Kies punten op de grens."),
                   query->province_a, query->province_b, df, dt);
      return NULL;
    }
  out = g_array_new (FALSE, FALSE, sizeof (SkRdPoint));
  for (guint i = MIN (vf, vt); i <= MAX (vf, vt); i++)
    g_array_append_vals (out, &g_array_index ((GArray *) g_ptr_array_index (chains, cf),
                                              SkRdPoint, i), 1);
  if (vf > vt)
    reverse_run (out);  /* from the source to the mouth */
  return out;
}

static gboolean
parse_latlon (const char *text,
              SkLatLon   *at)
{
  g_auto(GStrv) parts = text != NULL ? g_strsplit (text, ",", 2) : NULL;
  char *end1 = NULL, *end2 = NULL;

  if (parts == NULL || g_strv_length (parts) != 2)
    return FALSE;
  at->lat = g_ascii_strtod (parts[0], &end1);
  at->lon = g_ascii_strtod (parts[1], &end2);
  return *end1 == '\0' && *end2 == '\0' && fabs (at->lat) <= 90 && fabs (at->lon) <= 180;
}

static void
append_json_string (GString    *out,
                    const char *s)
{
  g_autoptr(JsonNode) node = json_node_init_string (json_node_alloc (), s);
  g_autofree char *quoted = json_to_string (node, FALSE);

  g_string_append (out, quoted);
}

/* The stream as a region.json "streams" entry (data/regions/README.md),
 * one point a line, coordinates with 5 decimals (about a metre, finer
 * than the generalised boundary). *LENGTH_M: its length. */
static char *
stream_json (GArray     *stretch,
             SkRdProj   *p,
             const char *id,
             const char *name,
             const char *source,
             double     *length_m)
{
  GString *out = g_string_new ("{\n  \"id\": ");
  g_auto(GStrv) sources = g_strsplit (source, ",", -1);
  double prev_lat = 0, prev_lon = 0;

  *length_m = 0;
  append_json_string (out, id);
  g_string_append (out, ",\n  \"name\": ");
  append_json_string (out, name);
  g_string_append (out, ",\n  \"kind\": \"river\",\n  \"schematic\": false,\n  \"points\": [");
  for (guint i = 0; i < stretch->len; i++)
    {
      const SkRdPoint *pt = &g_array_index (stretch, SkRdPoint, i);
      char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE];
      double lon, lat;

      sk_rd_proj_to_wgs (p, pt->x, pt->y, &lon, &lat);
      lon = round (lon * 1e5) / 1e5;
      lat = round (lat * 1e5) / 1e5;
      if (i > 0)
        *length_m += sk_geo_haversine_m (prev_lat, prev_lon, lat, lon);
      prev_lat = lat, prev_lon = lon;
      g_string_append_printf (out, "%s\n    [%s, %s]", i > 0 ? "," : "",
                              g_ascii_formatd (a, sizeof a, "%.5f", lon),
                              g_ascii_formatd (b, sizeof b, "%.5f", lat));
    }
  g_string_append (out, "\n  ],\n  \"source\": [");
  for (guint i = 0; sources[i] != NULL; i++)
    {
      g_string_append (out, i > 0 ? ", " : "");
      append_json_string (out, sources[i]);
    }
  g_string_append (out, "]\n}\n");
  return g_string_free (out, FALSE);
}

int
sk_cli_derive_border (int    argc,
                      char **argv)
{
  g_autofree char *region_name = NULL, *out_path = NULL, *from = NULL, *to = NULL;
  g_autofree char *id = NULL, *name = NULL, *source = NULL;
  g_autofree char *province_a = NULL, *province_b = NULL;
  const GOptionEntry entries[] = {
    { "region", 0, 0, G_OPTION_ARG_STRING, &region_name, N_("de regio (naam of bestand)"), N_("REGIO") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("de bron van de beek"), N_("LAT,LON") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("de monding van de beek"), N_("LAT,LON") },
    { "between", 0, 0, G_OPTION_ARG_STRING, &province_a, N_("de ene provincie"), N_("PROVINCIE") },
    { "and", 0, 0, G_OPTION_ARG_STRING, &province_b, N_("de andere provincie"), N_("PROVINCIE") },
    { "id", 0, 0, G_OPTION_ARG_STRING, &id, N_("id van de beek"), N_("ID") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("naam van de beek"), N_("NAAM") },
    { "source", 0, 0, G_OPTION_ARG_STRING, &source, N_("ids van de bronnen in de regio, met komma’s ertussen"), N_("ID") },
    { "out", 'o', 0, G_OPTION_ARG_FILENAME, &out_path, N_("schrijf naar BESTAND"), N_("BESTAND") },
    { NULL },
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("GEMEENTEN.geojson"));
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = NULL;
  g_autoptr(GPtrArray) gemeenten = NULL;
  g_autoptr(GHashTable) provinces = NULL;
  g_autoptr(GArray) stretch = NULL;
  g_autofree char *text = NULL;
  BorderQuery query = { 0 };
  SkRdProj p = { 0 };
  double length_m = 0;

  g_option_context_set_summary (context,
    _("Leidt de loop van een beek af die de grens tussen twee provincies is, uit de "
      "CBS-gemeentegrenzen (RD New). De provincie van een gemeente is die van de kernen van de "
      "regio erin."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2
      || region_name == NULL || out_path == NULL || id == NULL || name == NULL
      || source == NULL || province_a == NULL || province_b == NULL
      || !parse_latlon (from, &query.from) || !parse_latlon (to, &query.to))
    {
      g_printerr ("%s\n", error != NULL ? error->message
                  : _("Gebruik: samenkaart-cli derive-border GEMEENTEN.geojson --region REGIO "
                      "--between PROVINCIE --and PROVINCIE --from LAT,LON --to LAT,LON --id ID "
                      "--name NAAM --source BRON --out BESTAND"));
      return 2;
    }
  query.province_a = province_a;
  query.province_b = province_b;
  query.max_snap_m = 1000.0;  /* a point farther from the border is a mistake */
  if ((region = sk_region_load (region_name, &error)) == NULL
      || (gemeenten = sk_top10nl_read_gemeenten (argv[1], &error)) == NULL
      || !sk_rd_proj_open (&p, &error)
      || (provinces = provinces_of_codes (region)) == NULL
      || (stretch = border_stretch (gemeenten, provinces, &query, &p, &error)) == NULL)
    {
      g_printerr (_("Afleiden mislukt: %s\n"), error->message);
      sk_rd_proj_close (&p);
      return 1;
    }
  text = stream_json (stretch, &p, id, name, source, &length_m);
  sk_rd_proj_close (&p);
  if (!g_file_set_contents (out_path, text, -1, &error))
    {
      g_printerr (_("Afleiden mislukt: %s\n"), error->message);
      return 1;
    }
  g_printerr (_("%s: %u punten, %.1f km lang; geschreven naar %s\n"),
              name, stretch->len, length_m / 1000.0, out_path);
  return 0;
}
