/* sk-region-installed.c — the regions a user imported, in the user data
 * folder (see sk-region-installed.h for the layout). */
#include "sk-config.h"
#include "sk-region-installed.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sk-region.h"

#define NAME_FILE "name"
/* A name longer than this is cut: it has to fit in a list row. */
#define MAX_NAME_BYTES 200

void
sk_installed_region_free (SkInstalledRegion *region)
{
  if (region == NULL)
    return;
  g_free (region->id);
  g_free (region->name);
  g_free (region->path);
  g_free (region);
}

char *
sk_region_installed_root (void)
{
  return g_build_filename (g_get_user_data_dir (), "samenkaart", "regio's", NULL);
}

gboolean
sk_region_id_is_valid (const char *id)
{
  if (id == NULL || *id == '\0' || *id == '-' || strlen (id) > 64)
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

char *
sk_region_installed_path (const char *id)
{
  g_autofree char *root = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *json = NULL;

  if (!sk_region_id_is_valid (id))
    return NULL;
  root = sk_region_installed_root ();
  dir = g_build_filename (root, id, NULL);
  json = g_build_filename (dir, "region.json", NULL);
  if (!g_file_test (json, G_FILE_TEST_IS_REGULAR))
    return NULL;
  return g_steal_pointer (&dir);
}

static char *
read_name (const char *dir,
           const char *fallback)
{
  g_autofree char *path = g_build_filename (dir, NAME_FILE, NULL);
  g_autofree char *text = NULL;
  size_t len = 0;

  if (!g_file_get_contents (path, &text, &len, NULL) || len > MAX_NAME_BYTES
      || !g_utf8_validate (text, len, NULL))
    return g_strdup (fallback);
  g_strstrip (text);
  return *text != '\0' ? g_steal_pointer (&text) : g_strdup (fallback);
}

static int
compare_by_name (gconstpointer a,
                 gconstpointer b)
{
  const SkInstalledRegion *x = *(SkInstalledRegion *const *) a;
  const SkInstalledRegion *y = *(SkInstalledRegion *const *) b;
  g_autofree char *kx = g_utf8_collate_key (x->name, -1);
  g_autofree char *ky = g_utf8_collate_key (y->name, -1);

  return strcmp (kx, ky);
}

GPtrArray *
sk_region_list_installed (void)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_installed_region_free);
  g_autofree char *root = sk_region_installed_root ();
  g_autoptr(GDir) dir = g_dir_open (root, 0, NULL);
  const char *entry;

  while (dir != NULL && (entry = g_dir_read_name (dir)) != NULL)
    {
      SkInstalledRegion *region;
      char *path;

      /* ".name.tmp-XXXXXX": an import that is still being written. */
      if (!sk_region_id_is_valid (entry) || (path = sk_region_installed_path (entry)) == NULL)
        continue;
      region = g_new0 (SkInstalledRegion, 1);
      region->id = g_strdup (entry);
      region->path = path;
      region->name = read_name (path, entry);
      g_ptr_array_add (list, region);
    }
  g_ptr_array_sort (list, compare_by_name);
  return list;
}

static gboolean
id_taken (const char *id)
{
  g_autofree char *root = sk_region_installed_root ();
  g_autofree char *dir = g_build_filename (root, id, NULL);

  return g_strv_contains (sk_region_list_embedded (), id) || g_file_test (dir, G_FILE_TEST_EXISTS);
}

/* Letters lose their accents ("Städtle" → "stadtle"); anything else
 * becomes one '-'. */
static char *
slug (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  GString *s = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0' && s->len < 40; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (s, g_ascii_tolower (*p));
      else if (s->len > 0 && s->str[s->len - 1] != '-')
        g_string_append_c (s, '-');
    }
  while (s->len > 0 && s->str[s->len - 1] == '-')
    g_string_truncate (s, s->len - 1);
  if (s->len == 0)
    g_string_append (s, "regio");
  return g_string_free (s, FALSE);
}

char *
sk_region_installed_new_id (const char *name)
{
  g_autofree char *base = slug (name != NULL ? name : "");
  char *id = g_strdup (base);

  for (int n = 2; id_taken (id); n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%d", base, n);
    }
  return id;
}

gboolean
sk_region_installed_set_name (const char  *id,
                              const char  *name,
                              GError     **error)
{
  g_autofree char *dir = sk_region_installed_path (id);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (name != NULL, FALSE);

  if (dir == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("De regio “%s” is niet (meer) geïnstalleerd."), id);
      return FALSE;
    }
  text = g_strstrip (g_utf8_make_valid (name, -1));
  if (*text == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Geef de regio een naam."));
      return FALSE;
    }
  if (strlen (text) > MAX_NAME_BYTES)
    *g_utf8_find_prev_char (text, text + MAX_NAME_BYTES) = '\0';
  path = g_build_filename (dir, NAME_FILE, NULL);
  return g_file_set_contents (path, text, -1, error);
}

static gboolean
remove_failed (const char  *path,
               int          saved,
               GError     **error)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
               _("“%s” kan niet worden verwijderd: %s"), path, g_strerror (saved));
  return FALSE;
}

static gboolean
remove_tree (const char  *path,
             int          depth,
             GError     **error)
{
  g_autoptr(GDir) dir = NULL;
  const char *entry;

  /* Symbolic links are removed, never followed. */
  if (g_file_test (path, G_FILE_TEST_IS_SYMLINK) || !g_file_test (path, G_FILE_TEST_IS_DIR))
    return g_unlink (path) == 0 || errno == ENOENT || remove_failed (path, errno, error);
  if (depth > 2)
    return remove_failed (path, ENOTEMPTY, error);
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (entry = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, entry, NULL);

      if (!remove_tree (child, depth + 1, error))
        return FALSE;
    }
  return g_rmdir (path) == 0 || errno == ENOENT || remove_failed (path, errno, error);
}

gboolean
sk_region_installed_remove_dir (const char  *path,
                                GError     **error)
{
  g_return_val_if_fail (path != NULL, FALSE);
  return remove_tree (path, 0, error);
}

gboolean
sk_region_installed_remove (const char  *id,
                            GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *gone = NULL;
  g_autofree char *root = NULL;

  if (g_strv_contains (sk_region_list_embedded (), id))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                   _("De ingebouwde regio “%s” kan niet worden verwijderd."), id);
      return FALSE;
    }
  dir = sk_region_installed_path (id);
  if (dir == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("De regio “%s” is niet (meer) geïnstalleerd."), id);
      return FALSE;
    }
  /* Out of the list at once, even when removing the files takes a while. */
  root = sk_region_installed_root ();
  gone = g_strdup_printf ("%s/.%s.removed-XXXXXX", root, id);
  if (g_mkdtemp (gone) == NULL || g_rename (dir, gone) != 0)
    {
      int saved = errno;

      if (gone != NULL)
        g_rmdir (gone);
      return remove_failed (dir, saved, error);
    }
  return sk_region_installed_remove_dir (gone, error);
}
