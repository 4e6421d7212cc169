/* sk-region-installed.h — regions the user imported from an OpenStreetMap
 * extract, kept in the user data folder:
 *
 *   $XDG_DATA_HOME/samenkaart/regio's/ID/region.json   (sk-osm.h writes it)
 *   $XDG_DATA_HOME/samenkaart/regio's/ID/network.bin
 *   $XDG_DATA_HOME/samenkaart/regio's/ID/name          (the name the user gave, UTF-8)
 *
 * ID is the region's id (as in region.json and in a session's metadata):
 * lower-case letters, digits and '-', so that it is also a safe folder name.
 * Directories whose name starts with '.' are imports under way.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  char *id;
  char *name;      /* for people; the id when no name was kept */
  char *path;      /* the region directory, for sk_region_load() */
} SkInstalledRegion;

void        sk_installed_region_free         (SkInstalledRegion *region);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkInstalledRegion, sk_installed_region_free)

/* The folder that holds the installed regions (it may not exist yet). */
char       *sk_region_installed_root         (void);
/* SkInstalledRegion, sorted by name; folders without a region.json are left out. */
GPtrArray  *sk_region_list_installed         (void);
/* The directory of installed region ID, or NULL when there is none. */
char       *sk_region_installed_path         (const char  *id);
gboolean    sk_region_id_is_valid            (const char  *id);
/* An id made from NAME ("Vaduz en omgeving" → "vaduz-en-omgeving") that
 * is neither installed nor built in; "-2", "-3" … when taken. */
char       *sk_region_installed_new_id       (const char  *name);
/* Writes the name file of an imported region (atomically). */
gboolean    sk_region_installed_set_name     (const char  *id,
                                              const char  *name,
                                              GError     **error);
/* Removes the directory of installed region ID and everything in it;
 * built-in regions cannot be removed. */
gboolean    sk_region_installed_remove       (const char  *id,
                                              GError     **error);
/* Removes directory PATH and the files in it (one level of
 * subdirectories deep at most, as a region directory has). */
gboolean    sk_region_installed_remove_dir   (const char  *path,
                                              GError     **error);

G_END_DECLS
