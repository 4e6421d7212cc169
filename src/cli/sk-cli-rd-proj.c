/* sk-cli-rd-proj.c — RD New (EPSG:28992) ↔ WGS84 with PROJ, for the
 * commands that derive region data from Dutch government files. PROJ's
 * own transformation (with the RDNAPTRANS grid where installed) is the
 * one the field uses; sk-geo's series is for the app, which has no PROJ.
 */
#include "sk-config.h"

#include <glib/gi18n.h>

#include "sk-cli-top10nl.h"

gboolean
sk_rd_proj_open (SkRdProj  *p,
                 GError   **error)
{
  PJ *raw;

  p->ctx = proj_context_create ();
  raw = proj_create_crs_to_crs (p->ctx, "EPSG:28992", "EPSG:4326", NULL);
  p->rd_to_wgs = raw != NULL ? proj_normalize_for_visualization (p->ctx, raw) : NULL;
  if (raw != NULL)
    proj_destroy (raw);
  if (p->rd_to_wgs == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("PROJ kent de omrekening RD New (EPSG:28992) → WGS84 niet: %s"),
                   proj_context_errno_string (p->ctx, proj_context_errno (p->ctx)));
      return FALSE;
    }
  return TRUE;
}

void
sk_rd_proj_close (SkRdProj *p)
{
  g_clear_pointer (&p->rd_to_wgs, proj_destroy);
  g_clear_pointer (&p->ctx, proj_context_destroy);
}

void
sk_rd_proj_to_wgs (SkRdProj *p,
                   double    x,
                   double    y,
                   double   *lon,
                   double   *lat)
{
  PJ_COORD c = proj_trans (p->rd_to_wgs, PJ_FWD, proj_coord (x, y, 0, 0));

  *lon = c.lp.lam;
  *lat = c.lp.phi;
}

void
sk_rd_proj_from_wgs (SkRdProj *p,
                     double    lon,
                     double    lat,
                     double   *x,
                     double   *y)
{
  PJ_COORD c = proj_trans (p->rd_to_wgs, PJ_INV, proj_coord (lon, lat, 0, 0));

  *x = c.xy.x;
  *y = c.xy.y;
}

