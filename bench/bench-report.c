/* bench-report.c — the PDF report of sessions with long unbroken text:
 * one idea whose note is one "word" of L characters, many ideas with a
 * long note each, and a very long title (repeated in every page footer).
 *
 * Each report is written by `samenkaart-cli export --pdf` in its own
 * process; printed as JSON: the case, the wall time (s) and the child's
 * peak memory (ru_maxrss, MB), and the PDF's pages and size.
 * Usage: [SAMENKAART_CLI=…] bench-report [DIRECTORY]   (default: a new directory in /tmp)
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <spawn.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "sk-store.h"

extern char **environ;

static char *
make_session (const char *dir,
              const char *name,
              gsize       title_chars,
              guint       n_ideas,
              gsize       note_chars)
{
  char *path = g_build_filename (dir, name, NULL);
  g_autofree char *title = g_strnfill (title_chars, 'T');
  g_autofree char *note = g_strnfill (note_chars, 'x');
  SkStoreMetadata m = { .title = title, .place = "Ruinen", .date = "2026-03-14",
                        .format = "atelier", .region_id = "reestdal" };
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;

  g_unlink (path);
  store = sk_store_create (path, &m, &error);
  if (store == NULL)
    g_error ("%s", error->message);
  for (guint i = 0; i < n_ideas; i++)
    {
      g_autofree char *geometry = g_strdup_printf ("{\"type\":\"Point\",\"coordinates\":"
                                                   "[%.4f,%.4f]}", 6.30 + (i % 50) * 0.002,
                                                   52.70 + (i / 50 % 50) * 0.001);
      SkStoreAction add = { .op = SK_STORE_OP_ADD, .kind = "pluktuin", .geometry = geometry,
                            .name = "Tuin", .note = note };

      if (sk_store_apply (store, &add, NULL, &error) == 0)
        g_error ("%s", error->message);
    }
  return path;
}

static void
run_case (const char *dir,
          const char *label,
          gsize       title_chars,
          guint       n_ideas,
          gsize       note_chars,
          gboolean    last)
{
  g_autofree char *session = make_session (dir, "bench.samenkaart", title_chars, n_ideas,
                                           note_chars);
  g_autofree char *pdf = g_build_filename (dir, "bench.pdf", NULL);
  g_autofree char *pdf_arg = g_strconcat ("--pdf=", pdf, NULL);
  /* SAMENKAART_CLI: another build to compare with (before/after). */
  const char *cli = g_getenv ("SAMENKAART_CLI") ? g_getenv ("SAMENKAART_CLI") : SK_BENCH_CLI;
  char *argv[] = { (char *) cli, "export", session, pdf_arg, NULL };
  struct rusage usage;
  GStatBuf st = { 0 };
  gint64 start = g_get_monotonic_time ();
  int status;
  pid_t pid;

  if (posix_spawn (&pid, cli, NULL, NULL, argv, environ) != 0)
    g_error ("cannot start %s", cli);
  if (wait4 (pid, &status, 0, &usage) != pid || !WIFEXITED (status)
      || WEXITSTATUS (status) != 0)
    g_error ("export failed for %s", label);
  g_stat (pdf, &st);
  g_print ("    {\"case\": \"%s\", \"title_chars\": %zu, \"ideas\": %u, \"note_chars\": %zu, "
           "\"seconds\": %.2f, \"peak_mb\": %.0f, \"pdf_kb\": %.0f}%s\n",
           label, title_chars, n_ideas, note_chars,
           (g_get_monotonic_time () - start) / 1e6, usage.ru_maxrss / 1024.0,
           st.st_size / 1024.0, last ? "" : ",");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = argc > 1 ? g_strdup (argv[1]) : g_dir_make_tmp ("bench-report-XXXXXX",
                                                                          NULL);

  g_print ("{\n  \"bench\": \"report\",\n  \"runs\": [\n");
  run_case (dir, "one note, 12,500 characters in one word", 20, 1, 12500, FALSE);
  run_case (dir, "one note, 25,000 characters in one word", 20, 1, 25000, FALSE);
  run_case (dir, "one note, 50,000 characters in one word", 20, 1, 50000, FALSE);
  run_case (dir, "one note, 100,000 characters in one word", 20, 1, 100000, FALSE);
  run_case (dir, "500 ideas, 2,000-character notes", 20, 500, 2000, FALSE);
  run_case (dir, "1,000 ideas, 2,000-character notes", 20, 1000, 2000, FALSE);
  run_case (dir, "5,000-character title, 300 ideas", 5000, 300, 20, TRUE);
  g_print ("  ]\n}\n");
  return 0;
}
