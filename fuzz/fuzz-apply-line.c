/* fuzz-apply-line.c — libFuzzer target: one line of `session apply`
 * (sk_cli_apply_read), then stored with sk_store_apply in a fresh copy of
 * a small session (a participant, a pluktuin, an ommetje, a woonerf and a
 * second variant), so that what the reader lets through also meets the
 * store. Seeds: fuzz/corpus/apply-line (the lines of the CLI tests). */
#include "sk-cli-apply.h"
#include "sk-fuzz.h"

#include <glib/gstdio.h>


static SkToolbox *toolbox;
static char *template_bytes;
static gsize template_length;
static char *work_path;

static const char *const setup_lines[] = {
  "{\"op\":\"participant\",\"name\":\"Anne\"}",
  "{\"op\":\"add\",\"kind\":\"pluktuin\",\"lat\":52.71,\"lon\":6.39,\"participant\":1}",
  "{\"op\":\"add\",\"kind\":\"ommetje\",\"coordinates\":[[6.39,52.71],[6.40,52.72]]}",
  "{\"op\":\"add\",\"kind\":\"woonerf\",\"coordinates\":[[6.39,52.71],[6.391,52.71],[6.391,52.7106]]}",
  "{\"op\":\"variant-new\",\"name\":\"Tweede\"}",
  "{\"op\":\"comment\",\"id\":1,\"text\":\"Mooi\",\"lat\":52.71,\"lon\":6.39}",
};

static void
remove_work (void)
{
  g_autofree char *wal = g_strconcat (work_path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (work_path, "-shm", NULL);

  g_unlink (work_path);
  g_unlink (wal);
  g_unlink (shm);
}

static void
make_template (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sk-fuzz-apply-XXXXXX", &error);
  g_autofree char *path = NULL;
  SkStoreMetadata metadata = { .title = (char *) "Fuzz", .place = (char *) "Echten" };

  g_assert_no_error (error);
  toolbox = sk_toolbox_load (NULL, &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "template.samenkaart", NULL);
  work_path = g_build_filename (dir, "work.samenkaart", NULL);
  {
    g_autoptr(SkStore) store = sk_store_create (path, &metadata, &error);

    g_assert_no_error (error);
    for (guint i = 0; i < G_N_ELEMENTS (setup_lines); i++)
      {
        g_auto(SkCliApply) apply = { 0 };

        g_assert_true (sk_cli_apply_read (&apply, toolbox, store, setup_lines[i], -1, &error));
        g_assert_cmpint (sk_store_apply (store, &apply.action, NULL, &error), >, 0);
      }
    g_assert_true (sk_store_checkpoint (store, &error));
  }
  g_assert_true (g_file_get_contents (path, &template_bytes, &template_length, &error));
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;
  g_auto(SkCliApply) apply = { 0 };

  if (toolbox == NULL)
    make_template ();
  remove_work ();
  g_assert_true (g_file_set_contents (work_path, template_bytes, template_length, &error));
  store = sk_store_open (work_path, &error);
  g_assert_no_error (error);
  if (sk_cli_apply_read (&apply, toolbox, store, (const char *) data, size, &error))
    {
      if (sk_store_apply (store, &apply.action, NULL, &error) == 0)
        g_assert_nonnull (error);
    }
  sk_fuzz_check_message (error);
  return 0;
}
