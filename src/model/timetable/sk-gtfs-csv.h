/* sk-gtfs-csv.h — the files of a GTFS feed (a .zip or a folder) read as
 * CSV (RFC 4180: quoted fields with "" inside, CRLF or LF, an optional
 * UTF-8 byte-order mark), one record at a time so that a national feed's
 * stop_times.txt never has to fit in memory. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _SkGtfsFeed SkGtfsFeed;
typedef struct _SkCsv SkCsv;

/* PATH: a .zip file or a folder. */
SkGtfsFeed  *sk_gtfs_feed_open      (const char  *path,
                                     GError     **error);
void         sk_gtfs_feed_close     (SkGtfsFeed  *feed);
gboolean     sk_gtfs_feed_has       (SkGtfsFeed  *feed,
                                     const char  *name);

/* Opens NAME ("stops.txt") and reads its header. A missing file is
 * SK_TIMETABLE_ERROR_MISSING_FILE. */
SkCsv       *sk_csv_open            (SkGtfsFeed  *feed,
                                     const char  *name,
                                     GError     **error);
void         sk_csv_free            (SkCsv       *csv);
/* Reads the next record: TRUE when there is one; FALSE at the end (no
 * error) or on broken CSV (ERROR set, naming file and line). */
gboolean     sk_csv_next            (SkCsv       *csv,
                                     GError     **error);
/* The column named NAME, or -1. */
int          sk_csv_column          (SkCsv       *csv,
                                     const char  *name);
/* Like sk_csv_column(), but a missing column is an error. */
int          sk_csv_require         (SkCsv       *csv,
                                     const char  *name,
                                     GError     **error);
/* Field COLUMN of the current record, surrounding blanks removed; "" when
 * the column is -1 or the record is short. Valid until the next read. */
const char  *sk_csv_get             (SkCsv       *csv,
                                     int          column);
/* The line the current record starts on (1 is the header). */
guint        sk_csv_get_line        (SkCsv       *csv);
const char  *sk_csv_get_name        (SkCsv       *csv);
/* Bytes read of the file / its size, 0 … 1. */
double       sk_csv_get_fraction    (SkCsv       *csv);
/* An error "FILE, regel N: MESSAGE" with CODE of SK_TIMETABLE_ERROR. */
void         sk_csv_set_error       (SkCsv       *csv,
                                     GError     **error,
                                     int          code,
                                     const char  *format,
                                     ...) G_GNUC_PRINTF (4, 5);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkCsv, sk_csv_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkGtfsFeed, sk_gtfs_feed_close)

G_END_DECLS
