/* sk-report-writer.h — a small flowing-layout writer for A4 PDF reports:
 * headings, paragraphs, tables and maps, with page breaks, a running
 * footer and page numbers. Units are PostScript points (1/72 inch).
 *
 * Thread rules: one writer belongs to one thread.
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "sk-map-render.h"

G_BEGIN_DECLS

#define SK_REPORT_ERROR (sk_report_error_quark ())

typedef enum
{
  SK_REPORT_ERROR_WRITE,
  SK_REPORT_ERROR_NO_VARIANT,   /* the session has no such variant */
} SkReportError;

typedef enum
{
  SK_REPORT_ALIGN_LEFT,
  SK_REPORT_ALIGN_RIGHT,
} SkReportAlign;

typedef struct
{
  const char *title;
  double width;          /* share of the text width, 0–1 */
  SkReportAlign align;
} SkReportColumn;

/* Draws extra content (interventions …) over a report map. */
typedef void (*SkReportMapOverlay) (cairo_t         *cr,
                                    const SkMapView *view,
                                    gpointer         user_data);

typedef struct _SkReportWriter SkReportWriter;

GQuark          sk_report_error_quark        (void);

/* Writes to PATH; FOOTER stands at the bottom of every page. */
SkReportWriter *sk_report_writer_new         (const char          *path,
                                              const char          *footer,
                                              GError             **error);
void            sk_report_writer_title       (SkReportWriter      *self,
                                              const char          *title,
                                              const char          *subtitle);
void            sk_report_writer_heading     (SkReportWriter      *self,
                                              const char          *text);
void            sk_report_writer_paragraph   (SkReportWriter      *self,
                                              const char          *markup);
/* A small grey note, e.g. a source or an assumption. */
void            sk_report_writer_note        (SkReportWriter      *self,
                                              const char          *markup);
void            sk_report_writer_table       (SkReportWriter      *self,
                                              const SkReportColumn *columns,
                                              guint                n_columns,
                                              const char * const  *cells,
                                              guint                n_rows);
/* A map of the region fitted to BBOX, HEIGHT points tall. */
void            sk_report_writer_map         (SkReportWriter      *self,
                                              SkRegion            *region,
                                              const SkBBox        *bbox,
                                              double               height,
                                              SkReportMapOverlay   overlay,
                                              gpointer             user_data);
/* N_MAPS maps of the same BBOX side by side, each with a caption above
 * it; overlay gets USER_DATA[i] for map i. */
void            sk_report_writer_map_row     (SkReportWriter      *self,
                                              SkRegion            *region,
                                              const SkBBox        *bbox,
                                              guint                n_maps,
                                              double               height,
                                              const char * const  *captions,
                                              SkReportMapOverlay   overlay,
                                              gpointer            *user_data);
/* Starts a new page unless HEIGHT points fit on this one: keeps a
 * heading with a short table after it. */
void            sk_report_writer_keep        (SkReportWriter      *self,
                                              double               height);
/* Vertical white space, in points (never past the page's end). */
void            sk_report_writer_space       (SkReportWriter      *self,
                                              double               points);
void            sk_report_writer_page_break  (SkReportWriter      *self);
int             sk_report_writer_get_n_pages (SkReportWriter      *self);
/* Finishes the file; FALSE with an error when it could not be written
 * (full disk, no permission). Frees the writer either way. */
gboolean        sk_report_writer_finish      (SkReportWriter      *self,
                                              GError             **error);

G_END_DECLS
