/* sk-cli-top10nl.h — reading TOP10NL "Plaats" (GML) and the CBS
 * municipal boundaries (GeoJSON) for derive-top10nl. Everything here is in
 * RD New (EPSG:28992) metres, as the files are. */
#pragma once

#include <gio/gio.h>
#include <proj.h>

G_BEGIN_DECLS

typedef struct
{
  double x;
  double y;
} SkRdPoint;

/* Rings (GArray of SkRdPoint) of one or more polygons, outer and inner
 * alike: a point is inside when an odd number of rings surround it. */
typedef struct
{
  GPtrArray *rings;
  double min_x, min_y, max_x, max_y;
} SkRdShape;

typedef struct
{
  char *name;           /* naamNL */
  char *type;           /* typeGebied: woonkern, wijk, buurt, buurtschap … */
  gboolean bebouwde_kom;
  int inhabitants;      /* aantalinwoners; -1 when absent */
  SkRdShape shape;
} SkPlaats;

typedef struct
{
  char *code;           /* statcode, GM0119 */
  char *name;           /* statnaam */
  SkRdShape shape;
} SkGemeente;

/* GPtrArray of SkPlaats from a TOP10NL GML file (gzip or plain). */
GPtrArray *sk_top10nl_read_plaatsen  (const char  *path,
                                      GError     **error);
/* GPtrArray of SkGemeente from a CBS GeoJSON FeatureCollection. */
GPtrArray *sk_top10nl_read_gemeenten (const char  *path,
                                      GError     **error);

gboolean   sk_rd_shape_contains      (const SkRdShape *shape,
                                      double           x,
                                      double           y);
/* Mean of the outer ring's vertices: a label point, roughly inside. */
SkRdPoint  sk_rd_shape_centre        (const SkRdShape *shape);
double     sk_rd_shape_area          (const SkRdShape *shape);

/* RD New (EPSG:28992) ↔ WGS84 through PROJ (sk-cli-rd-proj.c). */
typedef struct
{
  PJ_CONTEXT *ctx;
  PJ *rd_to_wgs;        /* normalised: x, y in; lon, lat out */
} SkRdProj;

gboolean   sk_rd_proj_open           (SkRdProj   *p,
                                      GError    **error);
void       sk_rd_proj_close          (SkRdProj   *p);
void       sk_rd_proj_to_wgs         (SkRdProj   *p,
                                      double      x,
                                      double      y,
                                      double     *lon,
                                      double     *lat);
void       sk_rd_proj_from_wgs       (SkRdProj   *p,
                                      double      lon,
                                      double      lat,
                                      double     *x,
                                      double     *y);

G_END_DECLS
