/* bench-reach-kernen.c — memory of `samenkaart-cli reach` as the number
 * of kernen grows: the Reestdal's facilities with N synthetic kernen
 * spread over the same area (crow-fly, no network).
 *
 * Each run is its own process; printed as JSON: kernen, the output mode
 * (text or --json), the wall time (s) and the child's peak memory
 * (ru_maxrss, MB), and that memory per kern (KB).
 * Usage: [SAMENKAART_CLI=…] bench-reach-kernen [DIRECTORY]
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

/* The Reestdal's region.json with N kernen in place of its own. */
static char *
make_region (const char *dir,
             guint       n)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *name = g_strdup_printf ("kernen-%u.json", n);
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (n);
  JsonObject *root;
  JsonArray *kernen = json_array_new ();
  JsonArray *facilities;

  if (!json_parser_load_from_file (parser, SK_BENCH_REGION, &error))
    g_error ("%s", error->message);
  root = json_node_get_object (json_parser_get_root (parser));
  for (guint i = 0; i < n; i++)
    {
      JsonObject *k = json_object_new ();
      char id[32], kern_name[32];

      g_snprintf (id, sizeof id, "k%u", i);
      g_snprintf (kern_name, sizeof kern_name, "Kern %u", i);
      json_object_set_string_member (k, "id", id);
      json_object_set_string_member (k, "name", kern_name);
      json_object_set_double_member (k, "lat", g_rand_double_range (rand, 52.55, 52.85));
      json_object_set_double_member (k, "lon", g_rand_double_range (rand, 6.10, 6.60));
      json_object_set_int_member (k, "inhabitants", 100 + i % 5000);
      json_object_set_string_member (k, "source", "wp-en-meppel");
      json_array_add_object_element (kernen, k);
    }
  json_object_set_array_member (root, "kernen", kernen);
  facilities = json_object_get_array_member (root, "facilities");
  for (guint i = 0; i < json_array_get_length (facilities); i++)
    json_object_remove_member (json_array_get_object_element (facilities, i), "kern");
  json_generator_set_root (generator, json_parser_get_root (parser));
  if (!json_generator_to_file (generator, path, &error))
    g_error ("%s", error->message);
  return path;
}

static void
run (const char *region,
     guint       n,
     gboolean    json,
     gboolean    last)
{
  const char *cli = g_getenv ("SAMENKAART_CLI") ? g_getenv ("SAMENKAART_CLI") : SK_BENCH_CLI;
  char *argv[] = { (char *) cli, "reach", (char *) region, json ? "--json" : NULL, NULL };
  posix_spawn_file_actions_t actions;
  struct rusage usage;
  gint64 start = g_get_monotonic_time ();
  int status;
  pid_t pid;

  posix_spawn_file_actions_init (&actions);
  posix_spawn_file_actions_addopen (&actions, 1, "/dev/null", O_WRONLY, 0);
  if (posix_spawn (&pid, cli, &actions, NULL, argv, environ) != 0)
    g_error ("cannot start %s", cli);
  posix_spawn_file_actions_destroy (&actions);
  if (wait4 (pid, &status, 0, &usage) != pid || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("reach failed for %u kernen", n);
  g_print ("    {\"kernen\": %u, \"output\": \"%s\", \"seconds\": %.2f, \"peak_mb\": %.0f, "
           "\"kb_per_kern\": %.1f}%s\n", n, json ? "json" : "text",
           (g_get_monotonic_time () - start) / 1e6, usage.ru_maxrss / 1024.0,
           usage.ru_maxrss / (double) n, last ? "" : ",");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = argc > 1 ? g_strdup (argv[1]) : g_dir_make_tmp ("bench-kernen-XXXXXX",
                                                                          NULL);
  const guint sizes[] = { 5000, 20000, 50000 };

  g_print ("{\n  \"bench\": \"reach-kernen\",\n  \"runs\": [\n");
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autofree char *region = make_region (dir, sizes[s]);

      run (region, sizes[s], FALSE, FALSE);
      run (region, sizes[s], TRUE, s + 1 == G_N_ELEMENTS (sizes));
    }
  g_print ("  ]\n}\n");
  return 0;
}
