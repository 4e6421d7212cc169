/* sk-file.c — checking a file before it is read (sk-file.h). */
#include "sk-config.h"
#include "sk-file.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

/* The message for stat() failing on PATH with ERRNO_VALUE. */
static void
set_stat_error (const char  *path,
                const char  *what,
                int          errno_value,
                GError     **error)
{
  GStatBuf link;

  switch (errno_value)
    {
    case ELOOP:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS,
                   _("%s “%s” kan niet worden geopend: de snelkoppelingen (symlinks) verwijzen "
                     "in een kring naar elkaar. Kies het bestand zelf."), what, path);
      break;
    case EACCES:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                   _("%s “%s” mag u niet lezen. Vraag de eigenaar om leesrechten of kies een "
                     "kopie."), what, path);
      break;
    default:
      if (g_lstat (path, &link) == 0)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     _("%s “%s” is een snelkoppeling naar een bestand dat niet (meer) bestaat. "
                       "Kies het bestand zelf."), what, path);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     _("%s “%s” bestaat niet. Controleer de naam en de map."), what, path);
      break;
    }
}

gboolean
sk_file_check_readable (const char  *path,
                        const char  *what,
                        GError     **error)
{
  GStatBuf st;

  g_return_val_if_fail (path != NULL && what != NULL, FALSE);

  if (g_stat (path, &st) != 0)
    {
      set_stat_error (path, what, errno, error);
      return FALSE;
    }
  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("%s “%s” is een map, geen bestand. Kies een bestand in die map."), what,
                   path);
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("%s “%s” is geen gewoon bestand. Kies een bestand."), what, path);
      return FALSE;
    }
  if (g_access (path, R_OK) != 0)
    {
      set_stat_error (path, what, EACCES, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
sk_file_check_folder_of (const char  *path,
                         GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  GStatBuf st;

  g_return_val_if_fail (path != NULL, FALSE);

  if (g_stat (folder, &st) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("De map “%s” bestaat niet, dus “%s” kan daar niet worden geschreven. "
                     "Maak de map eerst of kies een andere."), folder, path);
      return FALSE;
    }
  if (!S_ISDIR (st.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY,
                   _("“%s” is geen map, dus “%s” kan daar niet worden geschreven. Kies een "
                     "map."), folder, path);
      return FALSE;
    }
  return TRUE;
}

gboolean
sk_file_is_same (const char *a,
                 const char *b)
{
  GStatBuf sa, sb;

  return g_stat (a, &sa) == 0 && g_stat (b, &sb) == 0 && sa.st_dev == sb.st_dev
         && sa.st_ino == sb.st_ino;
}
