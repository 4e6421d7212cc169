/* sk-map-store-sql.h — the layout of map.sqlite, shared by the writer and
 * the reader. Bump SK_MAP_STORE_VERSION when it changes: an older file is
 * then refused with a message to import the region again. */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

#define SK_MAP_STORE_VERSION 1

/* Integer R*Trees (rtree_i32): world units are exact int32, no rounding.
 * Names: KEY is the name folded to lower-case ASCII for the search; RANK
 * orders kinds (place 0, street 1, water 2, poi 3). */
#define SK_MAP_STORE_SCHEMA \
  "PRAGMA page_size = 4096;" \
  "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);" \
  "CREATE TABLE feature (id INTEGER PRIMARY KEY, band INTEGER NOT NULL," \
  "  class INTEGER NOT NULL, name TEXT, label TEXT, geom BLOB NOT NULL);" \
  "CREATE VIRTUAL TABLE feature_rtree_0 USING rtree_i32 (id, min_x, max_x, min_y, max_y);" \
  "CREATE VIRTUAL TABLE feature_rtree_1 USING rtree_i32 (id, min_x, max_x, min_y, max_y);" \
  "CREATE VIRTUAL TABLE feature_rtree_2 USING rtree_i32 (id, min_x, max_x, min_y, max_y);" \
  "CREATE TABLE name (id INTEGER PRIMARY KEY, name TEXT NOT NULL, key TEXT NOT NULL," \
  "  kind TEXT NOT NULL, rank INTEGER NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL);"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3, sqlite3_close)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

/* NAME folded for the search: lower-case ASCII ("Städtle" → "stadtle"). */
char *sk_map_name_key (const char *name);

G_END_DECLS
