/* sk-test-store.h — helpers of the session-file tests (test-store.c,
 * test-store-file.c, test-merge.c): a fresh folder per test, sessions
 * made in it, actions that must succeed. */
#pragma once

#include <json-glib/json-glib.h>

#include "sk-store.h"

G_BEGIN_DECLS

/* Text full of quotes, SQL and printf directives: it must come back as
 * it went in. */
#define SK_TEST_EVIL "Robert'); DROP TABLE interventions;-- \"quoted\" \\ %s %n"

typedef struct
{
  char *dir;
} SkTestStoreFixture;

/* A new empty folder named after the test program, and its removal. */
void        sk_test_store_set_up        (SkTestStoreFixture  *f,
                                         gconstpointer        data);
void        sk_test_store_tear_down     (SkTestStoreFixture  *f,
                                         gconstpointer        data);
/* NAME in the fixture's folder. */
char       *sk_test_store_path_in       (SkTestStoreFixture  *f,
                                         const char          *name);
/* The SHA-256 of the file at PATH, to prove it was left unchanged. */
char       *sk_test_store_checksum_of   (const char          *path);
/* A new session file at PATH on the Reestdal, made in Ruinen. */
SkStore    *sk_test_store_new_session   (const char          *path,
                                         const char          *title);
/* Applies ACTION, which must succeed; the event id. */
gint64      sk_test_store_apply_ok      (SkStore             *store,
                                         const SkStoreAction *action,
                                         gint64              *id);
/* Adds a point of KIND at LAT, LON (WGS84 degrees); its id. */
gint64      sk_test_store_add_point     (SkStore             *store,
                                         const char          *kind,
                                         double               lat,
                                         double               lon);
/* Element INDEX of the array member ARRAY of ROOT (an export), and the
 * length of that array. */
JsonObject *sk_test_store_member_object (JsonNode            *root,
                                         const char          *array,
                                         guint                index);
guint       sk_test_store_n_members     (JsonNode            *root,
                                         const char          *array);

G_END_DECLS
