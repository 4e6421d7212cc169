/* sk-output.c — safe export targets; see sk-output.h. */
#include "sk-config.h"
#include "sk-output.h"

#include "sk-report-writer.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct _SkOutput
{
  char *path;
  char *part_path;
  int fd;
  mode_t mode;        /* for the finished file */
};

/* The temporary file of the output being written, for the signal handler:
 * a fixed buffer, since a handler may not allocate. */
static char signal_part_path[4096];
static volatile sig_atomic_t signal_part_set;

static void
set_error (GError     **error,
           const char  *path,
           const char  *reason)
{
  g_set_error (error, SK_REPORT_ERROR, SK_REPORT_ERROR_WRITE,
               _("“%s” kan niet worden geschreven: %s"), path, reason);
}

/* NULL when a target of this kind may be replaced, else why not. */
static const char *
refuse_kind (const struct stat *st)
{
  if (S_ISREG (st->st_mode))
    return NULL;
  if (S_ISDIR (st->st_mode))
    return _("dat is een map. Kies een bestandsnaam in die map");
  if (S_ISLNK (st->st_mode))
    return _("dat is een koppeling naar een ander bestand. Kies het bestand zelf of een "
             "andere naam");
  return _("dat is geen gewoon bestand (maar een apparaat of een pijp). Kies een andere naam");
}

static gboolean
check_target (const char  *path,
              mode_t      *mode,
              GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  struct stat st;
  mode_t mask = umask (0);

  umask (mask);
  *mode = 0666 & ~mask;
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, SK_REPORT_ERROR, SK_REPORT_ERROR_WRITE,
                   _("“%s” kan niet worden geschreven: de map “%s” bestaat niet. Kies een "
                     "map die er is."), path, dir);
      return FALSE;
    }
  if (g_lstat (path, &st) == 0)
    {
      const char *reason = refuse_kind (&st);

      if (reason != NULL)
        {
          set_error (error, path, reason);
          return FALSE;
        }
      *mode = st.st_mode & 07777;
    }
  return TRUE;
}

SkOutput *
sk_output_begin (const char  *path,
                 GError     **error)
{
  g_autofree char *template = NULL;
  SkOutput *self;
  mode_t mode;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  if (!check_target (path, &mode, error))
    return NULL;
  template = g_strconcat (path, ".XXXXXX.part", NULL);
  fd = g_mkstemp_full (template, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      set_error (error, path, g_strerror (errno));
      return NULL;
    }
  self = g_new0 (SkOutput, 1);
  self->path = g_strdup (path);
  self->part_path = g_steal_pointer (&template);
  self->fd = fd;
  self->mode = mode;
  if (strlen (self->part_path) < sizeof signal_part_path)
    {
      signal_part_set = 0;
      strcpy (signal_part_path, self->part_path);
      signal_part_set = 1;
    }
  return self;
}

const char *
sk_output_get_part_path (SkOutput *self)
{
  return self->part_path;
}

gboolean
sk_output_write_all (SkOutput    *self,
                     const char  *contents,
                     gsize        length,
                     GError     **error)
{
  while (length > 0)
    {
      ssize_t n = write (self->fd, contents, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          set_error (error, self->path, g_strerror (n < 0 ? errno : ENOSPC));
          return FALSE;
        }
      contents += n;
      length -= (gsize) n;
    }
  return TRUE;
}

static void
output_free (SkOutput *self)
{
  if (self->fd >= 0)
    close (self->fd);
  signal_part_set = 0;
  g_free (self->path);
  g_free (self->part_path);
  g_free (self);
}

gboolean
sk_output_commit (SkOutput  *self,
                  GError   **error)
{
  struct stat st;
  const char *reason;

  g_return_val_if_fail (self != NULL, FALSE);

  /* The target may have become something else while we wrote. */
  if (g_lstat (self->path, &st) == 0 && (reason = refuse_kind (&st)) != NULL)
    {
      set_error (error, self->path, reason);
      sk_output_abort (self);
      return FALSE;
    }
  if (fchmod (self->fd, self->mode) != 0 || fsync (self->fd) != 0
      || g_rename (self->part_path, self->path) != 0)
    {
      set_error (error, self->path, g_strerror (errno));
      sk_output_abort (self);
      return FALSE;
    }
  output_free (self);
  return TRUE;
}

void
sk_output_abort (SkOutput *self)
{
  if (self == NULL)
    return;
  g_unlink (self->part_path);
  output_free (self);
}

static void
on_signal (int signum)
{
  if (signal_part_set)
    unlink (signal_part_path);
  signal (signum, SIG_DFL);
  raise (signum);
}

void
sk_output_clean_up_on_signals (void)
{
  struct sigaction action = { 0 };

  action.sa_handler = on_signal;
  sigemptyset (&action.sa_mask);
  sigaction (SIGINT, &action, NULL);
  sigaction (SIGTERM, &action, NULL);
  sigaction (SIGHUP, &action, NULL);
}
