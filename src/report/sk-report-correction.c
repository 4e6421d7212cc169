/* sk-report-correction.c — the report's "Toegevoegd tijdens de sessie":
 * facilities residents knew of that the region data lacked, added during
 * the session (who, when, where, what). The figures of the report count
 * them before and after the plan; this section says so, so that a reader
 * can check them. */
#include "sk-config.h"
#include "sk-report-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>

/* Degrees with four decimals (about 10 m) and the reader's separator. */
static char *
degrees_text (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  g_autoptr(GString) s = NULL;

  g_ascii_formatd (buffer, sizeof buffer, "%.4f", value);
  s = g_string_new (buffer);
  g_string_replace (s, ".", C_("decimal separator", ","), 1);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* "bij Echten (52,7124 N, 6,3989 O)": the nearest kern and the place in
 * WGS84 degrees. */
static char *
where_text (SkRegion                *region,
            const SkStoreCorrection *c)
{
  g_autofree char *lat = degrees_text (c->lat);
  g_autofree char *lon = degrees_text (c->lon);
  const SkKern *nearest = NULL;
  double best = G_MAXDOUBLE;

  for (size_t k = 0; region != NULL && k < sk_region_get_n_kernen (region); k++)
    {
      const SkKern *kern = sk_region_get_kern (region, k);
      double d = sk_geo_haversine_m (c->lat, c->lon, kern->lat, kern->lon);

      if (d < best)
        {
          best = d;
          nearest = kern;
        }
    }
  if (nearest == NULL)
    return g_strdup_printf (_("%s N, %s O"), lat, lon);
  /* Translators: the nearest village, then latitude and longitude. */
  return g_strdup_printf (_("bij %s (%s N, %s O)"), nearest->name, lat, lon);
}

static char *
what_text (const SkStoreCorrection *c)
{
  SkFacilityType type = sk_facility_type_from_id (c->type);
  const char *kind = type != SK_FACILITY_INVALID ? sk_facility_type_get_name (type) : c->type;

  if (c->name != NULL && *c->name != '\0')
    return g_strdup_printf ("%s: %s", kind, c->name);
  return g_strdup (kind);
}

/* On the plan's map: a white disc with a dashed purple edge and a "+",
 * as the window's marker, so it never passes for region data. */
void
sk_report_draw_corrections (cairo_t         *cr,
                            const SkMapView *view,
                            GPtrArray       *corrections)
{
  static const double dash[] = { 2.0, 1.5 };

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, view->width, view->height);
  cairo_clip (cr);
  for (guint i = 0; corrections != NULL && i < corrections->len; i++)
    {
      const SkStoreCorrection *c = g_ptr_array_index (corrections, i);
      double x = sk_mercator_x (c->lon, view->zoom) - view->x;
      double y = sk_mercator_y (c->lat, view->zoom) - view->y;

      cairo_new_path (cr);
      cairo_arc (cr, x, y, 7.0, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill_preserve (cr);
      /* #613583, the marker's purple. */
      cairo_set_source_rgb (cr, 0x61 / 255.0, 0x35 / 255.0, 0x83 / 255.0);
      cairo_set_line_width (cr, 1.5);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_set_line_width (cr, 2.0);
      cairo_move_to (cr, x - 3.5, y);
      cairo_line_to (cr, x + 3.5, y);
      cairo_move_to (cr, x, y - 3.5);
      cairo_line_to (cr, x, y + 3.5);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

void
sk_report_section_corrections (SkReport *report)
{
  static const SkReportColumn columns[] = {
    { N_("Wat"), 0.30, SK_REPORT_ALIGN_LEFT },
    { N_("Waar"), 0.36, SK_REPORT_ALIGN_LEFT },
    { N_("Wie"), 0.16, SK_REPORT_ALIGN_LEFT },
    { N_("Wanneer"), 0.18, SK_REPORT_ALIGN_LEFT },
  };
  SkReportColumn translated[G_N_ELEMENTS (columns)];
  GPtrArray *list = report->data->corrections;
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

  if (list == NULL || list->len == 0)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      translated[i] = columns[i];
      translated[i].title = _(columns[i].title);
    }
  for (guint i = 0; i < list->len; i++)
    {
      const SkStoreCorrection *c = g_ptr_array_index (list, i);

      g_ptr_array_add (cells, what_text (c));
      g_ptr_array_add (cells, where_text (report->data->region, c));
      g_ptr_array_add (cells, g_strdup (c->participant_name ? c->participant_name : _("onbekend")));
      g_ptr_array_add (cells, sk_report_format_date (c->created));
    }
  sk_report_writer_keep (report->w, 120);
  sk_report_writer_heading (report->w, _("Toegevoegd tijdens de sessie"));
  sk_report_writer_paragraph (report->w,
                              _("Deze voorzieningen stonden niet in de gegevens van de regio. "
                                "Deelnemers wisten dat ze er zijn en hebben ze op de kaart gezet. "
                                "Ze tellen mee in de bereikbaarheid vóór en na het plan."));
  sk_report_table (report, translated, G_N_ELEMENTS (translated), cells);
  sk_report_writer_note (report->w, _("Op de kaart van het plan staan ze als een witte cirkel "
                                      "met een paarse stippelrand en een +."));
}
