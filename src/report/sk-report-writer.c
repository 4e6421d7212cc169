/* sk-report-writer.c — A4 PDF layout with cairo and pango. */
#include "sk-config.h"
#include "sk-report-writer.h"

#include "sk-output.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

/* A4 in points, with 2 cm margins. */
#define PAGE_W 595.28
#define PAGE_H 841.89
#define MARGIN 56.7
#define FOOTER_H 28.0
#define TEXT_W (PAGE_W - 2 * MARGIN)
#define BOTTOM (PAGE_H - MARGIN - FOOTER_H)
#define FONT "Cantarell, DejaVu Sans, Sans"

struct _SkReportWriter
{
  cairo_surface_t *surface;
  cairo_t *cr;
  char *path;
  SkOutput *output;      /* written beside path, renamed to it when finished */
  char *footer;
  double y;
  int page;
};

G_DEFINE_QUARK (sk-report-error-quark, sk_report_error)

/* Longest run of characters without a break opportunity in a report. */
#define WORD_MAX 16

/* Pango finds a break inside a word that does not fit by trying ever
 * shorter pieces of it, so one word of n characters costs n²: a note of
 * 100,000 characters without a space took 21 s. A zero-width space
 * (U+200B, a break opportunity that draws nothing) after every WORD_MAX
 * characters of a longer word makes laying out linear. Markup tags and
 * entities are copied as they are. */
static char *
breakable_markup (const char *markup)
{
  GString *out = g_string_sized_new (strlen (markup) + 16);
  gboolean in_tag = FALSE, in_entity = FALSE;
  guint run = 0;

  for (const char *p = markup; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (in_tag)
        in_tag = c != '>';
      else if (c == '<')
        in_tag = TRUE;
      else if (in_entity)
        in_entity = c != ';';
      else if (g_unichar_isspace (c) || c == 0x200B || c == '-')
        run = 0;
      else if (++run > WORD_MAX)
        {
          g_string_append (out, "\u200B");
          run = 1;
        }
      if (!in_tag && c == '&')
        in_entity = TRUE;
      g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (out, FALSE);
}

static PangoLayout *
make_layout (SkReportWriter *self,
             const char     *markup,
             double          size,
             PangoWeight     weight,
             double          width)
{
  PangoLayout *layout = pango_cairo_create_layout (self->cr);
  PangoFontDescription *font = pango_font_description_from_string (FONT);
  g_autofree char *breakable = breakable_markup (markup);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, breakable, -1);
  return layout;
}

static void
draw_footer (SkReportWriter *self)
{
  g_autofree char *number = g_strdup_printf (_("pagina %d"), self->page);
  g_autofree char *footer = g_markup_escape_text (self->footer, -1);
  g_autoptr(PangoLayout) left = make_layout (self, footer, 8, PANGO_WEIGHT_NORMAL, TEXT_W * 0.8);
  g_autoptr(PangoLayout) right = make_layout (self, number, 8, PANGO_WEIGHT_NORMAL, TEXT_W);
  double y = PAGE_H - MARGIN - 10;

  pango_layout_set_alignment (right, PANGO_ALIGN_RIGHT);
  cairo_set_source_rgb (self->cr, 0.45, 0.45, 0.45);
  cairo_move_to (self->cr, MARGIN, y);
  pango_cairo_show_layout (self->cr, left);
  cairo_move_to (self->cr, MARGIN, y);
  pango_cairo_show_layout (self->cr, right);
}

void
sk_report_writer_page_break (SkReportWriter *self)
{
  draw_footer (self);
  cairo_show_page (self->cr);
  self->page++;
  self->y = MARGIN;
}

/* Starts a new page when HEIGHT points do not fit on this one. */
static void
ensure_room (SkReportWriter *self,
             double          height)
{
  if (self->y + height > BOTTOM && self->y > MARGIN)
    sk_report_writer_page_break (self);
}

/* A layout taller than the room left, line by line over the pages. */
static void
show_lines (SkReportWriter *self,
            PangoLayout    *layout,
            double          grey)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;
      double baseline = pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE;
      double top, height;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = logical.y / (double) PANGO_SCALE;
      height = logical.height / (double) PANGO_SCALE;
      ensure_room (self, height);
      cairo_set_source_rgb (self->cr, grey, grey, grey);
      cairo_move_to (self->cr, MARGIN + logical.x / (double) PANGO_SCALE, self->y + baseline - top);
      pango_cairo_show_layout_line (self->cr, pango_layout_iter_get_line_readonly (iter));
      self->y += height;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
show_layout (SkReportWriter *self,
             PangoLayout    *layout,
             double          gap_after,
             double          grey)
{
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  if (self->y + height > BOTTOM && height > BOTTOM - MARGIN)
    {
      show_lines (self, layout, grey);
      self->y += gap_after;
      return;
    }
  ensure_room (self, height);
  cairo_set_source_rgb (self->cr, grey, grey, grey);
  cairo_move_to (self->cr, MARGIN, self->y);
  pango_cairo_show_layout (self->cr, layout);
  self->y += height + gap_after;
}

SkReportWriter *
sk_report_writer_new (const char  *path,
                      const char  *footer,
                      GError     **error)
{
  SkReportWriter *self;
  cairo_surface_t *surface;
  g_autoptr(SkOutput) output = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  /* Never a half-written report under the real name. */
  output = sk_output_begin (path, error);
  if (output == NULL)
    return NULL;
  surface = cairo_pdf_surface_create (sk_output_get_part_path (output), PAGE_W, PAGE_H);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, SK_REPORT_ERROR, SK_REPORT_ERROR_WRITE,
                   _("Het verslag “%s” kan niet worden geschreven: %s"), path,
                   cairo_status_to_string (cairo_surface_status (surface)));
      cairo_surface_destroy (surface);
      return NULL;
    }
  self = g_new0 (SkReportWriter, 1);
  self->surface = surface;
  self->cr = cairo_create (surface);
  self->path = g_strdup (path);
  self->output = g_steal_pointer (&output);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Samenkaart " PACKAGE_VERSION);
  self->footer = g_strdup (footer ? footer : "");
  self->y = MARGIN;
  self->page = 1;
  return self;
}

void
sk_report_writer_title (SkReportWriter *self,
                        const char     *title,
                        const char     *subtitle)
{
  g_autofree char *t = g_markup_escape_text (title, -1);
  g_autoptr(PangoLayout) layout = make_layout (self, t, 26, PANGO_WEIGHT_BOLD, TEXT_W);

  show_layout (self, layout, 6, 0.1);
  if (subtitle != NULL)
    {
      g_autofree char *s = g_markup_escape_text (subtitle, -1);
      g_autoptr(PangoLayout) sub = make_layout (self, s, 13, PANGO_WEIGHT_NORMAL, TEXT_W);

      show_layout (self, sub, 18, 0.35);
    }
}

void
sk_report_writer_heading (SkReportWriter *self,
                          const char     *text)
{
  g_autofree char *t = g_markup_escape_text (text, -1);
  g_autoptr(PangoLayout) layout = make_layout (self, t, 15, PANGO_WEIGHT_BOLD, TEXT_W);

  /* A heading never ends a page: keep room for two lines after it. */
  ensure_room (self, 60);
  self->y += 8;
  show_layout (self, layout, 6, 0.1);
}

void
sk_report_writer_paragraph (SkReportWriter *self,
                            const char     *markup)
{
  g_autoptr(PangoLayout) layout = make_layout (self, markup, 10.5, PANGO_WEIGHT_NORMAL, TEXT_W);

  pango_layout_set_spacing (layout, 2 * PANGO_SCALE);
  show_layout (self, layout, 8, 0.1);
}

void
sk_report_writer_note (SkReportWriter *self,
                       const char     *markup)
{
  g_autoptr(PangoLayout) layout = make_layout (self, markup, 8, PANGO_WEIGHT_NORMAL, TEXT_W);

  show_layout (self, layout, 6, 0.4);
}

static double
table_row (SkReportWriter       *self,
           const SkReportColumn *columns,
           guint                 n_columns,
           const char * const   *cells,
           gboolean              header,
           gboolean              draw)
{
  double x = MARGIN, height = 0;

  for (guint c = 0; c < n_columns; c++)
    {
      double w = columns[c].width * TEXT_W;
      g_autofree char *text = g_markup_escape_text (cells[c] ? cells[c] : "", -1);
      g_autoptr(PangoLayout) layout = make_layout (self, text, 9,
                                                   header ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                                                   w - 6);
      int lw, lh;

      if (columns[c].align == SK_REPORT_ALIGN_RIGHT)
        pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      pango_layout_get_pixel_size (layout, &lw, &lh);
      height = MAX (height, lh);
      if (draw)
        {
          cairo_set_source_rgb (self->cr, 0.1, 0.1, 0.1);
          cairo_move_to (self->cr, x + 3, self->y + 3);
          pango_cairo_show_layout (self->cr, layout);
        }
      x += w;
    }
  return height + 6;
}

void
sk_report_writer_table (SkReportWriter       *self,
                        const SkReportColumn *columns,
                        guint                 n_columns,
                        const char * const   *cells,
                        guint                 n_rows)
{
  g_autofree const char **titles = g_new0 (const char *, n_columns);

  for (guint c = 0; c < n_columns; c++)
    titles[c] = columns[c].title;
  for (int r = -1; r < (int) n_rows; r++)
    {
      gboolean header = r < 0;
      const char * const *row = header ? titles : cells + (gsize) r * n_columns;
      double h = table_row (self, columns, n_columns, row, header, FALSE);

      /* A row never splits; the header comes again on a new page. */
      if (self->y + h > BOTTOM)
        {
          sk_report_writer_page_break (self);
          if (!header)
            self->y += table_row (self, columns, n_columns, titles, TRUE, TRUE);
        }
      if (header)
        {
          cairo_set_source_rgb (self->cr, 0.93, 0.93, 0.91);
          cairo_rectangle (self->cr, MARGIN, self->y, TEXT_W, h);
          cairo_fill (self->cr);
        }
      table_row (self, columns, n_columns, row, header, TRUE);
      self->y += h;
      cairo_set_source_rgb (self->cr, 0.8, 0.8, 0.78);
      cairo_set_line_width (self->cr, 0.5);
      cairo_move_to (self->cr, MARGIN, self->y);
      cairo_line_to (self->cr, MARGIN + TEXT_W, self->y);
      cairo_stroke (self->cr);
    }
  self->y += 10;
}

/* Draws one map WIDTH × HEIGHT points at (X, the current y). */
static void
draw_map (SkReportWriter     *self,
          SkRegion           *region,
          const SkBBox       *bbox,
          double              x,
          double              width,
          double              height,
          SkReportMapOverlay  overlay,
          gpointer            user_data)
{
  SkMapView view;

  sk_map_view_init_fit (&view, bbox, (int) width, (int) height);
  cairo_save (self->cr);
  cairo_translate (self->cr, x, self->y);
  sk_map_render (self->cr, region, &view, SK_MAP_RENDER_LABELS | SK_MAP_RENDER_FACILITIES);
  if (overlay != NULL)
    {
      cairo_save (self->cr);
      overlay (self->cr, &view, user_data);
      cairo_restore (self->cr);
    }
  cairo_rectangle (self->cr, 0, 0, view.width, view.height);
  cairo_set_source_rgb (self->cr, 0.6, 0.6, 0.6);
  cairo_set_line_width (self->cr, 0.5);
  cairo_stroke (self->cr);
  cairo_restore (self->cr);
}

void
sk_report_writer_map (SkReportWriter     *self,
                      SkRegion           *region,
                      const SkBBox       *bbox,
                      double              height,
                      SkReportMapOverlay  overlay,
                      gpointer            user_data)
{
  ensure_room (self, height);
  draw_map (self, region, bbox, MARGIN, TEXT_W, height, overlay, user_data);
  self->y += height + 10;
}

void
sk_report_writer_map_row (SkReportWriter     *self,
                          SkRegion           *region,
                          const SkBBox       *bbox,
                          guint               n_maps,
                          double              height,
                          const char * const *captions,
                          SkReportMapOverlay  overlay,
                          gpointer           *user_data)
{
  double gap = 10, width = (TEXT_W - gap * (n_maps - 1)) / MAX (n_maps, 1);
  double caption_h = 0;

  for (guint i = 0; i < n_maps; i++)
    {
      g_autofree char *text = g_markup_escape_text (captions[i], -1);
      g_autoptr(PangoLayout) layout = make_layout (self, text, 9, PANGO_WEIGHT_BOLD, width);
      int lw, lh;

      pango_layout_get_pixel_size (layout, &lw, &lh);
      caption_h = MAX (caption_h, lh + 4);
    }
  ensure_room (self, height + caption_h);
  for (guint i = 0; i < n_maps; i++)
    {
      g_autofree char *text = g_markup_escape_text (captions[i], -1);
      g_autoptr(PangoLayout) layout = make_layout (self, text, 9, PANGO_WEIGHT_BOLD, width);

      cairo_set_source_rgb (self->cr, 0.1, 0.1, 0.1);
      cairo_move_to (self->cr, MARGIN + i * (width + gap), self->y);
      pango_cairo_show_layout (self->cr, layout);
    }
  self->y += caption_h;
  for (guint i = 0; i < n_maps; i++)
    draw_map (self, region, bbox, MARGIN + i * (width + gap), width, height, overlay, user_data[i]);
  self->y += height + 10;
}

void
sk_report_writer_keep (SkReportWriter *self,
                       double          height)
{
  ensure_room (self, MIN (height, BOTTOM - MARGIN));
}

void
sk_report_writer_space (SkReportWriter *self,
                        double          points)
{
  self->y = MIN (self->y + points, BOTTOM);
}

int
sk_report_writer_get_n_pages (SkReportWriter *self)
{
  return self->page;
}

gboolean
sk_report_writer_finish (SkReportWriter  *self,
                         GError         **error)
{
  cairo_status_t status;

  draw_footer (self);
  cairo_show_page (self->cr);
  cairo_destroy (self->cr);
  cairo_surface_finish (self->surface);
  status = cairo_surface_status (self->surface);
  cairo_surface_destroy (self->surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, SK_REPORT_ERROR, SK_REPORT_ERROR_WRITE,
                   _("Het verslag “%s” kan niet worden geschreven: %s"), self->path,
                   cairo_status_to_string (status));
      sk_output_abort (self->output);
    }
  else if (!sk_output_commit (self->output, error))
    status = CAIRO_STATUS_WRITE_ERROR;
  g_free (self->path);
  g_free (self->footer);
  g_free (self);
  return status == CAIRO_STATUS_SUCCESS;
}
