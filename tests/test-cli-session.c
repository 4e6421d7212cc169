/* test-cli-session.c — samenkaart-cli session new/apply/show/merge, and
 * what a kill -9 in the middle of a burst of actions leaves behind: every
 * acknowledged action, in a sound file.
 *
 * Usage: test-cli-session [--tap] PATH-OF-samenkaart-cli
 */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <unistd.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "sk-store.h"
#include "sk-test-util.h"

static const char *cli_path;

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sk_test_tmpdir_new ("test-cli-session");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sk_test_tmpdir_remove (f->dir);
  g_free (f->dir);
}

/* Runs samenkaart-cli with @args, feeding @input; returns stdout. */
static char *
run_cli (const char * const *args,
         const char         *input,
         int                *status,
         char              **err)
{
  char *out = NULL;

  *status = sk_test_run_cli (cli_path, args, input, &out, err);
  return out;
}

static JsonObject *
parse_object (JsonParser *parser,
              const char *text)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_node_get_object (json_parser_get_root (parser));
}

static char *
new_session (Fixture    *f,
             const char *name,
             const char *title)
{
  char *path = g_build_filename (f->dir, name, NULL);
  const char *args[] = { "session", "new", path, "--title", title, "--place", "Ruinen",
                         "--format", "atelier", "--region", "reestdal", NULL };
  g_autofree char *out = NULL, *err = NULL;
  int status;

  out = run_cli (args, NULL, &status, &err);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (status, ==, 0);
  return path;
}

static const char script[] =
  "{\"op\":\"participant\",\"name\":\"Robert'); DROP TABLE interventions;--\","
  "\"role\":\"bewoner\",\"colour\":\"#1c71d8\"}\n"
  "{\"op\":\"add\",\"kind\":\"pluktuin\",\"lat\":52.70,\"lon\":6.30,"
  "\"params\":{\"oppervlakte\":400},\"participant\":1,\"name\":\"Tuin \\\"De Hof\\\"\"}\n"
  "{\"op\":\"add\",\"kind\":\"ommetje\",\"coordinates\":[[6.30,52.70],[6.31,52.71],[6.32,52.70]]}\n"
  "{\"op\":\"add\",\"kind\":\"woonerf\",\"coordinates\":[[6.30,52.70],[6.301,52.7006],[6.302,52.70],"
  "[6.30,52.70]]}\n"
  "{\"op\":\"move\",\"id\":1,\"lat\":52.71,\"lon\":6.31}\n"
  "{\"op\":\"edit\",\"id\":1,\"params\":{\"bomen\":12},\"note\":\"met bankje\"}\n"
  "\n"
  "{\"op\":\"comment\",\"lat\":52.70,\"lon\":6.30,\"text\":\"Mooi!\",\"id\":1,\"participant\":1}\n"
  "{\"op\":\"vote\",\"id\":3,\"participant\":1}\n"
  "{\"op\":\"delete\",\"id\":2}\n"
  "{\"op\":\"undo\"}\n"
  "niet eens JSON\n"
  "{\"op\":\"vote\",\"id\":3,\"participant\":77}\n"
  "{\"op\":\"move\",\"id\":99,\"lat\":52,\"lon\":6}\n";

static void
test_new_apply_show (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = new_session (f, "sessie.samenkaart", "Atelier “Reestdal”");
  const char *apply[] = { "session", "apply", path, NULL };
  const char *show[] = { "session", "show", path, "--json", NULL };
  g_autofree char *out = NULL, *err = NULL, *shown = NULL, *err2 = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *o, *iv;
  int status;

  out = run_cli (apply, script, &status, &err);
  /* A bad line does not stop the rest, but the exit status tells. */
  g_assert_cmpint (status, ==, 1);
  lines = g_strsplit (out, "\n", -1);
  /* 13 non-empty lines, 13 answers and a final newline. */
  g_assert_cmpuint (g_strv_length (lines), ==, 14);
  for (guint i = 0; i < 13; i++)
    {
      gboolean expect_ok = i < 10;

      o = parse_object (parser, lines[i]);
      g_assert_cmpint (json_object_get_boolean_member (o, "ok"), ==, expect_ok);
      if (expect_ok)
        g_assert_cmpint (json_object_get_int_member (o, "event"), ==, i + 1);
      else
        {
          /* Line numbers count the empty line too. */
          g_assert_cmpint (json_object_get_int_member (o, "line"), ==, i + 2);
          g_assert_cmpuint (strlen (json_object_get_string_member (o, "error")), >, 0);
        }
    }
  o = parse_object (parser, lines[1]);
  g_assert_cmpint (json_object_get_int_member (o, "id"), ==, 1);

  shown = run_cli (show, NULL, &status, &err2);
  g_assert_cmpint (status, ==, 0);
  o = parse_object (parser, shown);
  g_assert_cmpstr (json_object_get_string_member (o, "title"), ==, "Atelier “Reestdal”");
  g_assert_cmpstr (json_object_get_string_member (o, "format"), ==, "atelier");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (o, "region"),
                                                  "id"), ==, "reestdal");
  g_assert_cmpint (json_object_get_int_member (o, "events"), ==, 10);
  /* The undo brought back the deleted ommetje. */
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (o, "interventions")), ==,
                    3);
  iv = json_array_get_object_element (json_object_get_array_member (o, "interventions"), 0);
  g_assert_cmpstr (json_object_get_string_member (iv, "name"), ==, "Tuin \"De Hof\"");
  g_assert_cmpstr (json_object_get_string_member (iv, "note"), ==, "met bankje");
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (iv, "params"),
                                               "bomen"), ==, 12);
  iv = json_array_get_object_element (json_object_get_array_member (o, "interventions"), 2);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (iv, "geometry"),
                                                  "type"), ==, "Polygon");
  g_assert_cmpstr (json_object_get_string_member (
                     json_array_get_object_element (json_object_get_array_member (o, "participants"),
                                                    0), "name"),
                   ==, "Robert'); DROP TABLE interventions;--");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (o, "comments")), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (o, "votes")), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (o, "variants")), ==, 1);
}

typedef struct
{
  gint64 event;
  gint64 id;
  char  *name;   /* for an add: the name it was given */
} Ack;

static void
ack_clear (gpointer data)
{
  g_free (((Ack *) data)->name);
}

/* Line @i of burst @run: mostly adds, and moves, edits, comments and
 * votes on intervention 1. */
static char *
burst_line (int    run,
            int    i,
            char **name)
{
  *name = NULL;
  switch (i % 5)
    {
    case 1:
      return g_strdup_printf ("{\"op\":\"move\",\"id\":1,\"lat\":%.4f,\"lon\":6.3}",
                              52.6 + i * 0.0001);
    case 2:
      return g_strdup_printf ("{\"op\":\"edit\",\"id\":1,\"params\":{\"ronde\":%d,\"i\":%d}}", run,
                              i);
    case 3:
      return g_strdup_printf ("{\"op\":\"comment\",\"lat\":52.7,\"lon\":6.3,\"id\":1,"
                              "\"participant\":1,\"text\":\"opmerking %d-%d\"}", run, i);
    case 4:
      /* A vote would be refused after the third: 3 dots per variant. */
      return g_strdup_printf ("{\"op\":\"participant\",\"name\":\"Gast %d-%d\"}", run, i);
    default:
      *name = g_strdup_printf ("burst-%d-%d", run, i);
      return g_strdup_printf ("{\"op\":\"add\",\"kind\":\"pluktuin\",\"lat\":52.7,\"lon\":%.5f,"
                              "\"name\":\"%s\"}", 6.2 + i * 0.0001, *name);
    }
}

static void
read_ack (GDataInputStream *in,
          GArray           *acks,
          char             *name,
          gboolean         *eof)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *line = g_data_input_stream_read_line_utf8 (in, NULL, NULL, &error);
  JsonObject *o;
  Ack ack;

  g_assert_no_error (error);
  if (line == NULL)
    {
      *eof = TRUE;
      g_free (name);
      return;
    }
  o = parse_object (parser, line);
  g_assert_true (json_object_get_boolean_member (o, "ok"));
  ack.event = json_object_get_int_member (o, "event");
  ack.id = json_object_get_int_member (o, "id");
  ack.name = name;
  g_array_append_val (acks, ack);
}

/* Writes the burst in batches of 50 lines; after batch @kill_batch is
 * written the process gets SIGKILL while it works through it. Every
 * answer it printed before dying is an acknowledged action. */
static void
burst_and_kill (const char *path,
                int         run,
                int         kill_batch,
                GArray     *acks)
{
  const char *argv[] = { cli_path, "session", "apply", path, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GDataInputStream) in = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GOutputStream *out;
  gboolean eof = FALSE;
  guint read = 0;

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDIN_PIPE
                               | G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);
  out = g_subprocess_get_stdin_pipe (process);
  in = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  for (int batch = 0; batch < 20; batch++)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      for (int i = batch * 50; i < (batch + 1) * 50; i++)
        {
          char *name;
          g_autofree char *line = burst_line (run, i, &name);

          g_string_append_printf (text, "%s\n", line);
          g_ptr_array_add (names, name);
        }
      g_output_stream_write_all (out, text->str, text->len, NULL, NULL, &error);
      g_assert_no_error (error);
      if (batch == kill_batch)
        {
          /* Let it get going on the batch, then kill it mid-way. */
          g_usleep (2000 + run * 1500);
          g_subprocess_force_exit (process);
          break;
        }
      while (read < names->len)
        read_ack (in, acks, g_ptr_array_index (names, read++), &eof);
    }
  while (!eof && read < names->len)
    read_ack (in, acks, g_ptr_array_index (names, read++), &eof);
  for (; read < names->len; read++)
    g_free (g_ptr_array_index (names, read));
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_signaled (process));
  g_assert_cmpint (g_subprocess_get_term_sig (process), ==, 9);
}

/* Variants and the session's details through `session apply`, as
 * `session show --json` then reports them. */
static void
test_variants (Fixture       *f,
               gconstpointer  data)
{
  static const char steps[] =
    "{\"op\":\"add\",\"kind\":\"pluktuin\",\"lat\":52.70,\"lon\":6.30}\n"
    "{\"op\":\"variant-new\",\"name\":\"Leeg\"}\n"
    "{\"op\":\"variant-duplicate\",\"variant\":1,\"name\":\"Kopie\"}\n"
    "{\"op\":\"variant-rename\",\"variant\":3,\"name\":\"Variant C\"}\n"
    "{\"op\":\"metadata\",\"title\":\"Nieuwe titel\",\"date\":\"2026-04-01\"}\n"
    "{\"op\":\"metadata\",\"format\":\"feest\"}\n";
  g_autofree char *path = new_session (f, "varianten.samenkaart", "Varianten");
  const char *apply[] = { "session", "apply", path, NULL };
  const char *show[] = { "session", "show", path, "--json", NULL };
  g_autofree char *out = NULL, *err = NULL, *shown = NULL, *err2 = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *o, *variant;
  JsonArray *variants;
  int status;

  out = run_cli (apply, steps, &status, &err);
  g_assert_cmpint (status, ==, 1);   /* the unknown format */
  g_assert_nonnull (strstr (out, "\"ok\":false,\"line\":6"));
  shown = run_cli (show, NULL, &status, &err2);
  g_assert_cmpint (status, ==, 0);
  o = parse_object (parser, shown);
  g_assert_cmpstr (json_object_get_string_member (o, "title"), ==, "Nieuwe titel");
  g_assert_cmpstr (json_object_get_string_member (o, "date"), ==, "2026-04-01");
  g_assert_cmpstr (json_object_get_string_member (o, "format"), ==, "atelier");
  variants = json_object_get_array_member (o, "variants");
  g_assert_cmpuint (json_array_get_length (variants), ==, 3);
  variant = json_array_get_object_element (variants, 2);
  g_assert_cmpstr (json_object_get_string_member (variant, "name"), ==, "Variant C");
  g_assert_cmpint (json_object_get_int_member (variant, "interventions"), ==, 1);
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (o, "interventions")), ==,
                   2);
  g_assert_cmpint (json_object_get_int_member (o, "events"), ==, 5);
}

static void
test_kill_during_burst (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = new_session (f, "burst.samenkaart", "Burst");
  const char *apply[] = { "session", "apply", path, NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GArray) acks = g_array_new (FALSE, FALSE, sizeof (Ack));
  g_autoptr(SkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 max_event = 0;
  int status;
  const int runs = 4;

  g_array_set_clear_func (acks, ack_clear);
  out = run_cli (apply, "{\"op\":\"participant\",\"name\":\"Jan\"}\n"
                 "{\"op\":\"add\",\"kind\":\"pluktuin\",\"lat\":52.7,\"lon\":6.3}\n",
                 &status, &err);
  g_assert_cmpint (status, ==, 0);
  /* What the app could not show is refused, and nothing is stored: a
   * woonerf is an area, and there is no kind "kasteel". */
  g_free (out);
  g_free (err);
  out = run_cli (apply, "{\"op\":\"add\",\"kind\":\"woonerf\",\"lat\":52.7,\"lon\":6.3}\n"
                 "{\"op\":\"add\",\"kind\":\"kasteel\",\"lat\":52.7,\"lon\":6.3}\n",
                 &status, &err);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (out, "\"ok\":false,\"line\":1,\"error\":\"Woonerf is een gebied"));
  g_assert_nonnull (strstr (out, "kasteel"));

  for (int run = 0; run < runs; run++)
    {
      guint before = acks->len;

      burst_and_kill (path, run, 3 + run * 4, acks);
      g_test_message ("run %d: %u actions acknowledged before the kill", run, acks->len - before);
      g_assert_cmpuint (acks->len - before, >=, (guint) (3 + run * 4) * 50);
      g_assert_cmpuint (acks->len - before, <, 1000);
    }

  store = sk_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (sk_store_check_integrity (store, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < acks->len; i++)
    {
      const Ack *ack = &g_array_index (acks, Ack, i);

      max_event = MAX (max_event, ack->event);
      if (ack->name != NULL)
        {
          g_autoptr(SkStoreIntervention) iv = sk_store_get_intervention (store, ack->id, &error);

          g_assert_no_error (error);
          g_assert_cmpstr (iv->name, ==, ack->name);
        }
    }
  /* Events are numbered without gaps: every acknowledged one is there,
   * and at most one per kill was committed without its answer. */
  g_assert_cmpint (sk_store_get_n_events (store), >=, max_event);
  g_assert_cmpint (sk_store_get_n_events (store), <=, 2 + (gint64) acks->len + runs);
}

static char *
checksum_of (const char *path)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
}

static void
test_refuses_foreign (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures", "foreign.sqlite",
                                                    NULL);
  g_autofree char *path = g_build_filename (f->dir, "kaas.samenkaart", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *contents = NULL, *before = NULL, *after = NULL;
  g_autofree char *out = NULL, *err = NULL;
  const char *apply[] = { "session", "apply", path, NULL };
  gsize length;
  int status;

  g_assert_true (g_file_get_contents (fixture, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, (gssize) length, NULL));
  before = checksum_of (path);
  out = run_cli (apply, "{\"op\":\"participant\",\"name\":\"Jan\"}\n", &status, &err);
  g_assert_cmpint (status, ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, path));
  after = checksum_of (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_merge (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *one = new_session (f, "een.samenkaart", "Keukentafel Ruinen");
  g_autofree char *two = new_session (f, "twee.samenkaart", "Keukentafel Pesse");
  g_autofree char *target = new_session (f, "atelier.samenkaart", "Atelier");
  const char *apply_one[] = { "session", "apply", one, NULL };
  const char *apply_two[] = { "session", "apply", two, NULL };
  const char *merge[] = { "session", "merge", target, one, two, NULL };
  const char *show[] = { "session", "show", target, "--json", NULL };
  g_autofree char *o1 = NULL, *o2 = NULL, *o3 = NULL, *o4 = NULL;
  g_autofree char *e1 = NULL, *e2 = NULL, *e3 = NULL, *e4 = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *o;
  int status;

  o1 = run_cli (apply_one, script, &status, &e1);
  o2 = run_cli (apply_two, script, &status, &e2);
  o3 = run_cli (merge, NULL, &status, &e3);
  g_assert_cmpstr (e3, ==, "");
  g_assert_cmpint (status, ==, 0);
  o4 = run_cli (show, NULL, &status, &e4);
  o = parse_object (parser, o4);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (o, "interventions")), ==,
                    6);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (o, "participants")), ==,
                    2);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (o, "votes")), ==, 2);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (o, "sources")), ==, 2);
  g_assert_cmpstr (o3, ==, "3 nieuwe ideeën, 1 opmerking en 1 stem uit “Keukentafel Ruinen” "
                   "samengevoegd.\n3 nieuwe ideeën, 1 opmerking en 1 stem uit “Keukentafel "
                   "Pesse” samengevoegd.\n");

  /* Again, after one more idea at the first table: only that one. */
  g_clear_pointer (&o3, g_free);
  g_clear_pointer (&e3, g_free);
  g_clear_pointer (&o1, g_free);
  o1 = run_cli (apply_one, "{\"op\":\"add\",\"kind\":\"pluktuin\",\"lat\":52.7,\"lon\":6.3}\n",
                &status, &e1);
  o3 = run_cli (merge, NULL, &status, &e3);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (o3, ==, "1 nieuw idee uit “Keukentafel Ruinen” samengevoegd; 5 stonden er al "
                   "in.\nUit “Keukentafel Pesse” is niets nieuws samengevoegd: alle 5 onderdelen "
                   "stonden er al in.\n");
}

/* ---- a writer and readers at the same time ------------------------------ */

#define WRITER_BATCHES 8
#define BATCH_IDEAS 15

typedef struct
{
  const char *path;
  int         committed;  /* ideas whose batch has been answered */
  int         refused;    /* batches refused as "in gebruik" */
} Writer;

/* Short-lived `session apply` processes, one batch each, one after the
 * other. */
static gpointer
writer_thread (gpointer data)
{
  Writer *w = data;
  const char *apply[] = { "session", "apply", w->path, NULL };
  g_autoptr(GString) batch = g_string_new (NULL);

  for (guint i = 0; i < BATCH_IDEAS; i++)
    g_string_append_printf (batch, "{\"op\":\"add\",\"kind\":\"pluktuin\",\"lat\":52.7,"
                            "\"lon\":6.3,\"name\":\"Tuin %u\"}\n", i);
  for (guint b = 0; b < WRITER_BATCHES; b++)
    {
      g_autofree char *out = NULL, *err = NULL;
      int status;

      out = run_cli (apply, batch->str, &status, &err);
      if (status == 0)
        g_atomic_int_add (&w->committed, BATCH_IDEAS);
      else
        {
          g_assert_nonnull (strstr (err, "in gebruik"));
          g_atomic_int_inc (&w->refused);
        }
    }
  return NULL;
}

/* A run of a reader either succeeds with at least what was committed
 * before it started, or says the file is in use; never that it is
 * damaged. */
static guint
n_ideas_shown (const char *path,
               int         committed_before)
{
  const char *show[] = { "session", "show", path, "--json", NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *out = NULL, *err = NULL;
  int status;
  guint n;

  out = run_cli (show, NULL, &status, &err);
  if (status != 0)
    {
      g_assert_nonnull (strstr (err, "in gebruik"));
      return 0;
    }
  n = json_array_get_length (json_object_get_array_member (parse_object (parser, out),
                                                           "interventions"));
  g_assert_cmpuint (n, >=, (guint) committed_before);
  return n;
}

static void
test_writer_and_readers (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *source = new_session (f, "bron.samenkaart", "Keukentafel Ruinen");
  g_autofree char *target = new_session (f, "atelier.samenkaart", "Atelier");
  const char *merge[] = { "session", "merge", target, source, NULL };
  Writer w = { source, 0, 0 };
  GThread *thread = g_thread_new ("writer", writer_thread, &w);
  guint runs = 0, merged = 0;

  /* Bounded: a fixed number of runs, each a short process. */
  while (runs < 40 && g_atomic_int_get (&w.committed) + g_atomic_int_get (&w.refused) * BATCH_IDEAS
         < WRITER_BATCHES * BATCH_IDEAS)
    {
      int before = g_atomic_int_get (&w.committed);
      g_autofree char *out = NULL, *err = NULL;
      int status;

      n_ideas_shown (source, before);
      out = run_cli (merge, NULL, &status, &err);
      if (status == 0)
        {
          merged++;
          n_ideas_shown (target, before);
        }
      else
        g_assert_nonnull (strstr (err, "in gebruik"));
      runs++;
    }
  g_thread_join (thread);
  g_assert_cmpint (w.committed, >, 0);
  /* Afterwards everything the writer committed is in both files, once. */
  g_assert_cmpuint (n_ideas_shown (source, w.committed), ==, (guint) w.committed);
  {
    g_autofree char *out = NULL, *err = NULL;
    int status;

    out = run_cli (merge, NULL, &status, &err);
    g_assert_cmpint (status, ==, 0);
  }
  g_assert_cmpuint (n_ideas_shown (target, w.committed), ==, (guint) w.committed);
  g_test_message ("%u reader runs, %u merges during the writes, %d batches refused", runs,
                  merged, w.refused);
}

/* A line built to crash the reader is refused with a message, and the
 * lines after it are still applied: nothing of the batch is lost. */
static void
test_hostile_lines (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = new_session (f, "vijandig.samenkaart", "Vijandig");
  const char *apply[] = { "session", "apply", path, NULL };
  const char *show[] = { "session", "show", path, "--json", NULL };
  g_autoptr(GString) input = g_string_new ("{\"op\":\"participant\",\"name\":\"Jan\",\"x\":");
  g_autofree char *out = NULL, *err = NULL, *shown = NULL, *err2 = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(GStrv) lines = NULL;
  int status;

  for (guint i = 0; i < 45000; i++)
    g_string_append_c (input, '[');
  g_string_append (input, "\n{\"op\":\"participant\",\"name\":\"Anne\"}{\"op\":\"undo\"}\n");
  g_string_append (input, "{\"op\":\"participant\",\"name\":\"Ge");
  g_string_append_len (input, "\0", 1);
  g_string_append (input, "rda\"}\n{\"op\":\"participant\",\"name\":\"Henk\"}\n");
  {
    /* g_subprocess_communicate_utf8 stops at a NUL: write the bytes. */
    g_autoptr(GBytes) stdin_bytes = g_bytes_new (input->str, input->len);
    g_autoptr(GBytes) stdout_bytes = NULL;
    g_autoptr(GBytes) stderr_bytes = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(GSubprocess) process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE
                                                       | G_SUBPROCESS_FLAGS_STDOUT_PIPE
                                                       | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                                                       cli_path, apply[0], apply[1], apply[2],
                                                       NULL);

    g_assert_no_error (error);
    g_subprocess_communicate (process, stdin_bytes, NULL, &stdout_bytes, &stderr_bytes, &error);
    g_assert_no_error (error);
    status = g_subprocess_get_exit_status (process);
    out = g_strndup (g_bytes_get_data (stdout_bytes, NULL), g_bytes_get_size (stdout_bytes));
  }
  g_assert_cmpint (status, ==, 1);
  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 5);
  g_assert_nonnull (strstr (lines[0], "dieper genest"));
  g_assert_nonnull (strstr (lines[1], "na de eerste JSON-waarde"));
  g_assert_nonnull (strstr (lines[2], "NUL-teken"));
  g_assert_true (g_str_has_prefix (lines[3], "{\"ok\":true"));

  /* Only Henk, on the last line, took part; the file reads back. */
  shown = run_cli (show, NULL, &status, &err2);
  g_assert_cmpint (status, ==, 0);
  {
    JsonObject *o = parse_object (parser, shown);
    JsonArray *participants = json_object_get_array_member (o, "participants");

    g_assert_cmpuint (json_array_get_length (participants), ==, 1);
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (participants, 0),
                                                    "name"), ==, "Henk");
  }
  (void) err;
}

/* The huisarts's mean bike time before the plan, from `evaluate --json`. */
static double
huisarts_before (const char *path,
                 guint      *n_corrections)
{
  const char *evaluate[] = { "evaluate", path, "--json", NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *out = NULL, *err = NULL;
  JsonObject *o, *before;
  int status;

  out = run_cli (evaluate, NULL, &status, &err);
  g_assert_cmpint (status, ==, 0);
  o = parse_object (parser, out);
  *n_corrections = json_array_get_length (json_object_get_array_member (o, "corrections"));
  before = json_object_get_object_member (json_object_get_object_member (o, "reach"), "before");
  return json_object_get_double_member (json_object_get_object_member (
    json_object_get_object_member (before, "huisarts"), "fiets"), "mean_minutes");
}

/* "Hier is ook een huisarts" from the command line: validated with a
 * Dutch message, listed by show, counted by evaluate, carried by merge. */
static void
test_facility_add (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = new_session (f, "nijeveen.samenkaart", "Keukentafel Nijeveen");
  g_autofree char *target = new_session (f, "atelier.samenkaart", "Atelier");
  const char *apply[] = { "session", "apply", path, NULL };
  const char *show[] = { "session", "show", path, "--json", NULL };
  const char *merge[] = { "session", "merge", target, path, NULL };
  const char *show_target[] = { "session", "show", target, "--json", NULL };
  g_autofree char *out = NULL, *err = NULL, *shown = NULL, *merged = NULL, *target_shown = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) target_parser = json_parser_new ();
  g_auto(GStrv) lines = NULL;
  JsonObject *c;
  guint n = 0;
  double plain, corrected;
  int status;

  plain = huisarts_before (path, &n);
  g_assert_cmpuint (n, ==, 0);
  out = run_cli (apply,
                 "{\"op\":\"participant\",\"name\":\"Gerda\"}\n"
                 "{\"op\":\"facility-add\",\"type\":\"huisarts\",\"name\":\"Dokter Bos\","
                 "\"lat\":52.73278,\"lon\":6.1675,\"participant\":1}\n"
                 "{\"op\":\"facility-add\",\"type\":\"kapper\",\"lat\":52.7,\"lon\":6.3}\n"
                 "{\"op\":\"facility-add\",\"type\":\"apotheek\",\"lat\":152.7,\"lon\":6.3}\n"
                 "{\"op\":\"facility-add\",\"type\":\"apotheek\",\"lon\":6.3}\n",
                 &status, &err);
  g_assert_cmpint (status, ==, 1);
  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpstr (lines[1], ==, "{\"ok\":true,\"event\":2,\"id\":1}");
  g_assert_nonnull (strstr (lines[2], "Onbekende soort voorziening “kapper”"));
  g_assert_nonnull (strstr (lines[3], "breedtegraad tussen -90 en 90"));
  g_assert_nonnull (strstr (lines[4], "Het veld “lat” ontbreekt"));

  shown = run_cli (show, NULL, &status, &err);
  g_assert_cmpint (status, ==, 0);
  c = json_array_get_object_element (json_object_get_array_member (parse_object (parser, shown),
                                                                   "corrections"), 0);
  g_assert_cmpstr (json_object_get_string_member (c, "type"), ==, "huisarts");
  g_assert_cmpstr (json_object_get_string_member (c, "name"), ==, "Dokter Bos");
  g_assert_cmpstr (json_object_get_string_member (c, "participant_name"), ==, "Gerda");
  g_assert_cmpfloat (json_object_get_double_member (c, "lat"), ==, 52.73278);

  /* Nijeveen (no practice of its own; ZorgkaartNederland's for the place is
   * in Kolderveen) and its neighbours are nearer a GP before any plan. */
  corrected = huisarts_before (path, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpfloat (corrected, <, plain);

  merged = run_cli (merge, NULL, &status, &err);
  g_assert_cmpint (status, ==, 0);
  target_shown = run_cli (show_target, NULL, &status, &err);
  c = json_array_get_object_element (json_object_get_array_member (parse_object (target_parser,
                                                                                 target_shown),
                                                                   "corrections"), 0);
  g_assert_cmpstr (json_object_get_string_member (c, "name"), ==, "Dokter Bos");
  g_assert_cmpstr (json_object_get_string_member (c, "participant_name"), ==, "Gerda");
  g_assert_cmpint (json_object_get_int_member (c, "source"), ==, 1);
}

/* Shapes the figures cannot trust are refused before anything is
 * stored: a bow tie, and a woonerf over the whole country; a woonerf of
 * half a hectare is taken. */
static void
test_drawn_shapes (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = new_session (f, "vormen.samenkaart", "Vormen");
  const char *apply[] = { "session", "apply", path, NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_auto(GStrv) lines = NULL;
  int status;

  out = run_cli (apply,
                 "{\"op\":\"add\",\"kind\":\"woonerf\",\"coordinates\":[[6.30,52.70],[6.31,52.71],"
                 "[6.31,52.70],[6.30,52.71]]}\n"
                 "{\"op\":\"add\",\"kind\":\"woonerf\",\"coordinates\":[[3.5,51.0],[7.0,51.0],"
                 "[7.0,53.5],[3.5,53.5]]}\n"
                 "{\"op\":\"add\",\"kind\":\"woonerf\",\"coordinates\":[[6.30,52.70],[6.301,52.70],"
                 "[6.301,52.7006],[6.30,52.7006]]}\n", &status, &err);
  g_assert_cmpint (status, ==, 1);
  lines = g_strsplit (out, "\n", -1);
  g_assert_nonnull (strstr (lines[0], "kruist zichzelf"));
  g_assert_nonnull (strstr (lines[1], "tussen 800 en 30000"));
  g_assert_true (g_str_has_prefix (lines[2], "{\"ok\":true"));
}

/* Runs the CLI as a user without rights on what root made: as root via
 * runuser as "nobody" (root may write anything), else as ourselves. */
static char *
run_cli_unprivileged (const char * const *args,
                      const char         *input,
                      int                *status,
                      char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;

  if (geteuid () == 0)
    {
      g_ptr_array_add (argv, (gpointer) "runuser");
      g_ptr_array_add (argv, (gpointer) "-u");
      g_ptr_array_add (argv, (gpointer) "nobody");
      g_ptr_array_add (argv, (gpointer) "--");
    }
  g_ptr_array_add (argv, (gpointer) cli_path);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE
                               | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, input ? input : "", NULL, &out, err, &error);
  g_assert_no_error (error);
  *status = g_subprocess_get_exit_status (process);
  return out;
}

/* A session that may not be written (a read-only file, or a read-only
 * folder: SQLite's log goes beside the file) is said once, up front, in
 * Dutch, naming the cause; it can still be read, and no empty -wal or
 * -shm is left beside it. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("sk-alleen-lezen-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sessie.samenkaart", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  const char *create[] = { "session", "new", path, "--title", "Alleen lezen", NULL };
  const char *apply[] = { "session", "apply", path, NULL };
  const char *show[] = { "session", "show", path, "--json", NULL };
  g_autofree char *out1 = NULL, *err1 = NULL, *out2 = NULL, *err2 = NULL, *out3 = NULL;
  g_autofree char *err3 = NULL, *out0 = NULL, *err0 = NULL;
  int status;

  out0 = run_cli (create, NULL, &status, &err0);
  g_assert_cmpint (status, ==, 0);

  /* The file read-only, the folder open to all. */
  g_assert_cmpint (g_chmod (dir, 0777), ==, 0);
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  out1 = run_cli_unprivileged (apply, "{\"op\":\"participant\",\"name\":\"Jan\"}\n"
                                      "{\"op\":\"participant\",\"name\":\"Piet\"}\n",
                               &status, &err1);
  g_assert_cmpint (status, ==, 1);
  g_assert_cmpstr (out1, ==, "");
  g_assert_nonnull (strstr (err1, "is alleen-lezen"));
  g_assert_null (strstr (err1, "readonly"));
  out2 = run_cli_unprivileged (show, NULL, &status, &err2);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out2, "Alleen lezen"));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));

  /* The file writable, the folder not: the folder is named. */
  g_assert_cmpint (g_chmod (path, 0666), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  out3 = run_cli_unprivileged (apply, "{\"op\":\"participant\",\"name\":\"Jan\"}\n", &status,
                               &err3);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (err3, "In de map"));
  g_assert_nonnull (strstr (err3, dir));

  g_assert_cmpint (g_chmod (dir, 0700), ==, 0);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (argc < 2)
    {
      g_printerr ("usage: %s [--tap] PATH-OF-samenkaart-cli\n", argv[0]);
      return 2;
    }
  cli_path = argv[1];
  g_test_add ("/cli/session/new-apply-show", Fixture, NULL, fixture_set_up, test_new_apply_show,
              fixture_tear_down);
  g_test_add ("/cli/session/kill-during-burst", Fixture, NULL, fixture_set_up,
              test_kill_during_burst, fixture_tear_down);
  g_test_add ("/cli/session/refuses-foreign", Fixture, NULL, fixture_set_up,
              test_refuses_foreign, fixture_tear_down);
  g_test_add ("/cli/session/hostile-lines", Fixture, NULL, fixture_set_up, test_hostile_lines,
              fixture_tear_down);
  g_test_add ("/cli/session/drawn-shapes", Fixture, NULL, fixture_set_up, test_drawn_shapes,
              fixture_tear_down);
  g_test_add ("/cli/session/read-only", Fixture, NULL, fixture_set_up, test_read_only,
              fixture_tear_down);
  g_test_add ("/cli/session/merge", Fixture, NULL, fixture_set_up, test_merge, fixture_tear_down);
  g_test_add ("/cli/session/writer-and-readers", Fixture, NULL, fixture_set_up,
              test_writer_and_readers, fixture_tear_down);
  g_test_add ("/cli/session/variants", Fixture, NULL, fixture_set_up, test_variants,
              fixture_tear_down);
  g_test_add ("/cli/session/facility-add", Fixture, NULL, fixture_set_up, test_facility_add,
              fixture_tear_down);
  return g_test_run ();
}
