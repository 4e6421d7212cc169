/* sk-window-shape.c — a drawn area is checked before it is placed: an
 * outline that crosses itself (corners tapped in the wrong order) is
 * refused with a plain message, and a size far outside what the kind
 * usually is ("Getekend: woonerf van 76 ha") is asked about, offering the usual
 * size. */
#include "sk-config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "sk-format.h"
#include "sk-window-private.h"

/* What is placed once the question is answered. */
typedef struct
{
  SkWindow *window;
  char *kind_id;
  GArray *points;              /* SkLatLon */
  double usual_m2;
  SkWindowPlaceFunc place;
} Pending;

static void
pending_free (Pending *pending)
{
  g_object_unref (pending->window);
  g_free (pending->kind_id);
  g_array_unref (pending->points);
  g_free (pending);
}

/* An area as people say it: "76 ha", "0,4 ha", "800 m²". */
static char *
format_area (double m2)
{
  g_autofree char *number = NULL;

  if (m2 < 5000)
    {
      number = sk_format_count (lround (m2));
      return g_strdup_printf (_("%s m²"), number);
    }
  number = sk_format_decimal (m2 / 10000, m2 < 100000 ? 1 : 0);
  return g_strdup_printf (_("%s ha"), number);
}

static const SkParameter *
area_parameter (const SkKind *kind)
{
  for (size_t i = 0; i < kind->n_parameters; i++)
    if (kind->parameters[i].from_geometry == SK_FROM_GEOMETRY_AREA)
      return &kind->parameters[i];
  return NULL;
}

static void
refuse_crossing (SkWindow *self)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("De rand kruist zichzelf"),
                                              _("De hoeken zijn niet rondom getikt, zodat de rand "
                                                "zichzelf kruist. Tik de hoeken één voor één rondom "
                                                "aan en tik dubbel op de laatste."));

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Opnieuw tekenen"));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_size_response (AdwMessageDialog *dialog,
                  const char       *response,
                  Pending          *pending)
{
  /* The window may be gone already (closed at quit). */
  if (!gtk_widget_get_realized (GTK_WIDGET (pending->window)))
    return;
  if (g_strcmp0 (response, "usual") == 0)
    sk_geo_polygon_scale_to_area ((SkLatLon *) (void *) pending->points->data, pending->points->len,
                                  pending->usual_m2);
  pending->place (pending->window, pending->kind_id, (const SkLatLon *) (void *) pending->points->data,
                  pending->points->len);
}

static void
ask_size (SkWindow          *self,
          const SkKind      *kind,
          const SkParameter *param,
          double             area,
          const SkLatLon    *points,
          guint              n,
          SkWindowPlaceFunc  place)
{
  Pending *pending = g_new0 (Pending, 1);
  g_autofree char *lower = g_utf8_strdown (sk_kind_get_display_name (kind), -1);
  g_autofree char *size = format_area (area);
  g_autofree char *min = format_area (param->min), *max = format_area (param->max);
  g_autofree char *usual = format_area (param->default_value);
  /* Translators: "Getekend: woonerf van 76 ha" (the kind, then its drawn area). */
  g_autofree char *heading = g_strdup_printf (_("Getekend: %s van %s"), lower, size);
  g_autofree char *body = g_strdup_printf (_("Een %s is meestal %s tot %s. Klopt de tekening? "
                                             "Met de gewone maat (%s) houdt het dezelfde vorm op "
                                             "dezelfde plek."), lower, min, max, usual);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  pending->window = g_object_ref (self);
  pending->kind_id = g_strdup (kind->id);
  pending->points = g_array_sized_new (FALSE, FALSE, sizeof (SkLatLon), n);
  g_array_append_vals (pending->points, points, n);
  pending->usual_m2 = param->default_value;
  pending->place = place;
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Zo laten"),
                                    "usual", _("_Gewone maat gebruiken"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "usual",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "usual");
  /* Closing the question keeps the drawing: nothing is lost. */
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_size_response), pending,
                         (GClosureNotify) (void (*) (void)) pending_free, 0);
  /* A window closed with the question open takes it along, unanswered. */
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
sk_window_check_shape (SkWindow          *self,
                       const char        *kind_id,
                       const SkLatLon    *points,
                       guint              n,
                       SkWindowPlaceFunc  place)
{
  const SkKind *kind = sk_toolbox_find_kind (self->toolbox, kind_id);
  const SkParameter *param;
  double area;

  if (kind == NULL || kind->geometry != SK_GEOMETRY_AREA || n < 3)
    return TRUE;
  if (!sk_geo_polygon_is_simple (points, n))
    {
      refuse_crossing (self);
      return FALSE;
    }
  param = area_parameter (kind);
  area = sk_geo_polygon_area_m2 (points, n);
  if (param == NULL || (area >= param->min && area <= param->max))
    return TRUE;
  ask_size (self, kind, param, area, points, n, place);
  return FALSE;
}
