/* sk-region-import.c — an OpenStreetMap import in a worker thread.
 *
 * Progress: sk_osm_import() reports counts of nodes and ways; how many
 * there will be is not known beforehand. The fraction is therefore taken
 * from the position of the file the import reads, as the kernel reports
 * it in /proc/self/fdinfo (Linux); elsewhere from the counts and a
 * measured size per element. Reading the file is 90 % of the bar; the
 * network and writing the region are the last 10 %.
 */
#include "sk-config.h"
#include "sk-region-import.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sk-osm.h"
#include "sk-region-installed.h"

/* Bytes of file per node or way, for when the read position is unknown:
 * liechtenstein-2015.osm.pbf, 1,323,403 bytes for about 160,000 nodes and
 * ways (8 bytes each); an .osm XML file of it takes about 110. */
#define PBF_BYTES_PER_ELEMENT 8.0
#define XML_BYTES_PER_ELEMENT 110.0
#define READING_SHARE 0.9

typedef struct
{
  char *extract;
  char *real_extract;   /* with symbolic links resolved, to find its descriptor */
  char *name;
  char *id;
  char *out_dir;
  SkBBox area;
  gboolean has_area;
  goffset size;
  int fd;               /* the import's descriptor of the extract; -1: not found yet */
  double fraction;
  SkRegionImportProgress progress;
  GMainContext *context;
  GTask *task;          /* not owned */
} Job;

typedef struct
{
  GTask *task;
  double fraction;
  guint64 nodes;
  guint64 ways;
} Progress;

static void
job_free (Job *job)
{
  g_free (job->extract);
  g_free (job->real_extract);
  g_free (job->name);
  g_free (job->id);
  g_free (job->out_dir);
  g_main_context_unref (job->context);
  g_free (job);
}

static int
find_descriptor (const char *real_path)
{
  g_autoptr(GDir) dir = g_dir_open ("/proc/self/fd", 0, NULL);
  const char *entry;

  while (real_path != NULL && dir != NULL && (entry = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *link = g_build_filename ("/proc/self/fd", entry, NULL);
      g_autofree char *target = g_file_read_link (link, NULL);

      if (g_strcmp0 (target, real_path) == 0)
        return atoi (entry);
    }
  return -1;
}

/* The read position of descriptor FD in bytes, or -1. */
static gint64
read_position (int fd)
{
  g_autofree char *path = g_strdup_printf ("/proc/self/fdinfo/%d", fd);
  g_autofree char *text = NULL;
  const char *pos;

  if (!g_file_get_contents (path, &text, NULL, NULL) || (pos = strstr (text, "pos:")) == NULL)
    return -1;
  return g_ascii_strtoll (pos + 4, NULL, 10);
}

static double
estimate (Job     *job,
          guint64  nodes,
          guint64  ways)
{
  gint64 pos = -1;
  double read;

  if (job->fd < 0)
    job->fd = find_descriptor (job->real_extract);
  if (job->fd >= 0)
    pos = read_position (job->fd);
  if (pos >= 0)
    read = (double) pos / MAX (job->size, 1);
  else
    read = (nodes + ways) * (g_str_has_suffix (job->extract, ".pbf") ? PBF_BYTES_PER_ELEMENT
                                                                     : XML_BYTES_PER_ELEMENT)
           / MAX (job->size, 1);
  /* Never backwards, even when an import reads the file twice. */
  job->fraction = MAX (job->fraction, READING_SHARE * CLAMP (read, 0.0, 1.0));
  return job->fraction;
}

static gboolean
deliver_progress (gpointer data)
{
  Progress *p = data;
  Job *job = g_task_get_task_data (p->task);
  GObject *source = g_task_get_source_object (p->task);

  if (job->progress != NULL && !g_task_get_completed (p->task))
    job->progress (source, p->fraction, p->nodes, p->ways);
  return G_SOURCE_REMOVE;
}

static void
progress_free (gpointer data)
{
  Progress *p = data;

  g_object_unref (p->task);
  g_free (p);
}

/* In the worker: hands the figures to the caller's main context. */
static void
on_import_progress (guint64  nodes,
                    guint64  ways,
                    gpointer user_data)
{
  Job *job = user_data;
  Progress *p = g_new0 (Progress, 1);

  p->task = g_object_ref (job->task);
  p->fraction = estimate (job, nodes, ways);
  p->nodes = nodes;
  p->ways = ways;
  g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, deliver_progress, p, progress_free);
}

static gboolean
import (Job          *job,
        GCancellable *cancellable,
        GError      **error)
{
  g_autofree char *root = sk_region_installed_root ();
  SkOsmImportOptions options = { 0 };
  SkOsmImportStats stats = { 0 };

  if (g_mkdir_with_parents (root, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("De map “%s” voor regio's kan niet worden gemaakt: %s"), root, g_strerror (saved));
      return FALSE;
    }
  options.id = job->id;
  options.name = job->name;
  options.progress = on_import_progress;
  options.user_data = job;
  options.bbox = job->has_area ? &job->area : NULL;
  options.cancellable = cancellable;
  if (!sk_osm_import (job->extract, job->out_dir, &options, &stats, error))
    return FALSE;
  /* An import that does not look at the cancellable finishes anyway:
   * cancelled is cancelled, and the region goes again. */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      sk_region_installed_remove_dir (job->out_dir, NULL);
      return FALSE;
    }
  if (!sk_region_installed_set_name (job->id, job->name, error))
    {
      sk_region_installed_remove_dir (job->out_dir, NULL);
      return FALSE;
    }
  return TRUE;
}

static void
run_import (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;

  if (import (job, cancellable, &error))
    g_task_return_pointer (task, g_strdup (job->id), g_free);
  else
    g_task_return_error (task, error);
}

void
sk_region_import_async (GObject                *source_object,
                        const char             *extract,
                        const char             *name,
                        const SkBBox           *area,
                        SkRegionImportProgress  progress,
                        GCancellable           *cancellable,
                        GAsyncReadyCallback     callback,
                        gpointer                user_data)
{
  g_autoptr(GTask) task = g_task_new (source_object, cancellable, callback, user_data);
  g_autofree char *root = sk_region_installed_root ();
  char resolved[PATH_MAX];
  GStatBuf st;
  Job *job;

  g_return_if_fail (extract != NULL && name != NULL);
  g_return_if_fail (progress == NULL || G_IS_OBJECT (source_object));

  job = g_new0 (Job, 1);
  job->extract = g_strdup (extract);
  job->real_extract = realpath (extract, resolved) != NULL ? g_strdup (resolved) : NULL;
  job->name = g_strdup (name);
  job->id = sk_region_installed_new_id (name);
  job->out_dir = g_build_filename (root, job->id, NULL);
  job->has_area = area != NULL;
  if (area != NULL)
    job->area = *area;
  job->size = g_stat (extract, &st) == 0 ? st.st_size : 0;
  job->fd = -1;
  job->progress = progress;
  job->context = g_main_context_ref_thread_default ();
  job->task = task;
  g_task_set_source_tag (task, sk_region_import_async);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  /* The error of a cancelled import is the worker's, after it cleaned up. */
  g_task_set_return_on_cancel (task, FALSE);
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, run_import);
}

char *
sk_region_import_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_async_result_is_tagged (result, sk_region_import_async), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
