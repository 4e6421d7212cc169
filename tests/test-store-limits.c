/* test-store-limits.c — what a user is told when the file system says no:
 * a session that cannot be made on a full disk (nothing was written, and
 * nothing "bewaard" is claimed), and a read that fails is worded as a
 * read. */
#include <glib.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/resource.h>

#include "sk-store.h"
#include "sk-test-util.h"

/* A file may grow to 4 KiB: a session needs more, so making one fails
 * as on a full disk (EFBIG instead of ENOSPC, the same path in SQLite). */
static void
create_on_full_disk_child (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "nieuw.samenkaart", NULL);
  SkStoreMetadata m = { .title = "Nieuw", .format = "atelier" };
  struct rlimit limit = { 4096, 4096 };
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;

  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  store = sk_store_create (path, &m, &error);
  g_assert_null (store);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "kon niet worden gemaakt"));
  g_assert_nonnull (strstr (error->message, "niets geschreven"));
  g_assert_null (strstr (error->message, "bewaard"));
  g_assert_nonnull (strstr (error->message, path));
}

static void
test_create_on_full_disk (void)
{
  g_autofree char *dir = sk_test_tmpdir_new ("store-limits");

  if (g_test_subprocess ())
    {
      create_on_full_disk_child (g_getenv ("SK_TEST_DIR"));
      return;
    }
  g_setenv ("SK_TEST_DIR", dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  /* Nothing at all beside it: not the session, not its temporary file. */
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);

    g_assert_null (g_dir_read_name (d));
  }
  sk_test_tmpdir_remove (dir);
}

/* Another program took the history out of the file while it was open
 * here: reading it fails, and the message says it could not be read
 * (nothing was changed), not that it could not be updated. */
static void
test_read_error_worded_as_read (void)
{
  g_autofree char *dir = sk_test_tmpdir_new ("store-limits");
  g_autofree char *path = g_build_filename (dir, "s.samenkaart", NULL);
  SkStoreMetadata m = { .title = "Lezen", .format = "atelier" };
  g_autoptr(SkStore) store = sk_store_create (path, &m, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  sqlite3 *other = NULL;

  g_assert_nonnull (store);
  events = sk_store_list_events (store, 0, -1, &error);
  g_assert_no_error (error);
  g_clear_pointer (&events, g_ptr_array_unref);
  g_assert_cmpint (sqlite3_open (path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "DROP TABLE events", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);
  events = sk_store_list_events (store, 0, -1, &error);
  g_assert_null (events);
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_READ);
  g_assert_nonnull (strstr (error->message, "kon niet worden gelezen"));
  g_assert_nonnull (strstr (error->message, "niets veranderd"));
  g_assert_null (strstr (error->message, "bijgewerkt"));
  sk_test_tmpdir_remove (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store-limits/create-on-full-disk", test_create_on_full_disk);
  g_test_add_func ("/store-limits/read-error-worded-as-read", test_read_error_worded_as_read);
  return g_test_run ();
}
