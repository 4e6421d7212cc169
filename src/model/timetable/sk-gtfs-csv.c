/* sk-gtfs-csv.c — a streaming RFC 4180 reader over the files of a GTFS
 * feed, from a .zip (libzip) or a folder. */
#include "sk-config.h"
#include "sk-gtfs-csv.h"
#include "sk-timetable.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <zip.h>

#define BUF_SIZE (64 * 1024)

struct _SkGtfsFeed
{
  char *path;
  zip_t *zip;             /* NULL: a folder */
};

struct _SkCsv
{
  char *name;
  zip_file_t *zf;
  FILE *fp;
  guint64 size;
  guint64 done;
  char buf[BUF_SIZE];
  size_t pos, len;
  gboolean eof;
  guint line;             /* the line the reader is on */
  guint record_line;      /* where the current record starts */
  GPtrArray *header;      /* char * */
  GPtrArray *fields;      /* GString *, reused */
  guint n_fields;
};

SkGtfsFeed *
sk_gtfs_feed_open (const char  *path,
                   GError     **error)
{
  g_autoptr(SkGtfsFeed) feed = g_new0 (SkGtfsFeed, 1);
  int zerr = 0;

  feed->path = g_strdup (path);
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    return g_steal_pointer (&feed);
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_IO,
                   _("De dienstregeling “%s” bestaat niet. Geef een GTFS-bestand (.zip) "
                     "of een map met de .txt-bestanden."), path);
      return NULL;
    }
  feed->zip = zip_open (path, ZIP_RDONLY, &zerr);
  if (feed->zip == NULL)
    {
      zip_error_t ze;

      zip_error_init_with_code (&ze, zerr);
      g_set_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_IO,
                   _("“%s” is geen leesbaar zip-bestand (%s). Een GTFS-dienstregeling is een "
                     ".zip met onder meer stops.txt en stop_times.txt."),
                   path, zip_error_strerror (&ze));
      zip_error_fini (&ze);
      return NULL;
    }
  return g_steal_pointer (&feed);
}

void
sk_gtfs_feed_close (SkGtfsFeed *feed)
{
  if (feed == NULL)
    return;
  if (feed->zip != NULL)
    zip_discard (feed->zip);
  g_free (feed->path);
  g_free (feed);
}

gboolean
sk_gtfs_feed_has (SkGtfsFeed *feed,
                  const char *name)
{
  g_autofree char *file = NULL;

  /* ZIP_FL_NODIR: feeds packed inside a folder of the zip are common. */
  if (feed->zip != NULL)
    return zip_name_locate (feed->zip, name, ZIP_FL_NODIR) >= 0;
  file = g_build_filename (feed->path, name, NULL);
  return g_file_test (file, G_FILE_TEST_IS_REGULAR);
}

void
sk_csv_free (SkCsv *csv)
{
  if (csv == NULL)
    return;
  if (csv->zf != NULL)
    zip_fclose (csv->zf);
  if (csv->fp != NULL)
    fclose (csv->fp);
  g_clear_pointer (&csv->header, g_ptr_array_unref);
  g_clear_pointer (&csv->fields, g_ptr_array_unref);
  g_free (csv->name);
  g_free (csv);
}

static void
free_gstring (gpointer s)
{
  g_string_free (s, TRUE);
}

static gboolean
open_stream (SkCsv       *csv,
             SkGtfsFeed  *feed,
             GError     **error)
{
  if (feed->zip != NULL)
    {
      zip_stat_t st;
      zip_int64_t idx = zip_name_locate (feed->zip, csv->name, ZIP_FL_NODIR);

      zip_stat_init (&st);
      if (idx >= 0 && zip_stat_index (feed->zip, idx, 0, &st) == 0)
        csv->size = st.size;
      csv->zf = idx >= 0 ? zip_fopen_index (feed->zip, idx, 0) : NULL;
    }
  else
    {
      g_autofree char *file = g_build_filename (feed->path, csv->name, NULL);

      csv->fp = g_fopen (file, "rb");
      if (csv->fp != NULL && fseek (csv->fp, 0, SEEK_END) == 0)
        {
          long size = ftell (csv->fp);

          csv->size = size > 0 ? (guint64) size : 0;
          rewind (csv->fp);
        }
    }
  if (csv->zf == NULL && csv->fp == NULL)
    {
      g_set_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_IO,
                   _("%s kan niet worden gelezen uit “%s”"), csv->name, feed->path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
refill (SkCsv   *csv,
        GError **error)
{
  gint64 n;

  if (csv->eof)
    return FALSE;
  if (csv->zf != NULL)
    n = zip_fread (csv->zf, csv->buf, BUF_SIZE);
  else
    {
      n = (gint64) fread (csv->buf, 1, BUF_SIZE, csv->fp);
      if (n == 0 && ferror (csv->fp))
        n = -1;
    }
  if (n < 0)
    {
      g_set_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_IO,
                   _("%s, regel %u: het bestand kan niet verder worden gelezen (beschadigd?)"),
                   csv->name, csv->line);
      csv->eof = TRUE;
      return FALSE;
    }
  csv->eof = n == 0;
  csv->pos = 0;
  csv->len = (size_t) n;
  csv->done += (guint64) n;
  return n > 0;
}

/* The next byte, or -1 at the end (or on a read error, then ERROR set). */
static inline int
next_byte (SkCsv   *csv,
           GError **error)
{
  if (csv->pos == csv->len && !refill (csv, error))
    return -1;
  return (unsigned char) csv->buf[csv->pos++];
}

static inline int
peek_byte (SkCsv   *csv,
           GError **error)
{
  if (csv->pos == csv->len && !refill (csv, error))
    return -1;
  return (unsigned char) csv->buf[csv->pos];
}

static GString *
field (SkCsv *csv,
       guint  i)
{
  while (csv->fields->len <= i)
    g_ptr_array_add (csv->fields, g_string_sized_new (32));
  return g_ptr_array_index (csv->fields, i);
}

/* A quoted field after its opening quote: up to the closing quote. */
static gboolean
read_quoted (SkCsv    *csv,
             GString  *out,
             GError  **error)
{
  guint start = csv->line;

  for (;;)
    {
      int c = next_byte (csv, error);

      if (c < 0)
        {
          if (error == NULL || *error == NULL)
            sk_csv_set_error (csv, error, SK_TIMETABLE_ERROR_CSV,
                              _("een veld tussen aanhalingstekens dat op regel %u begint, "
                                "wordt nooit afgesloten"), start);
          return FALSE;
        }
      if (c == '\n')
        csv->line++;
      if (c != '"')
        {
          g_string_append_c (out, (char) c);
          continue;
        }
      if (peek_byte (csv, error) != '"')
        return TRUE;
      csv->pos++;
      g_string_append_c (out, '"');
    }
}

/* One record into csv->fields; FALSE at the end of the file. Blank lines
 * are skipped. */
static gboolean
read_record (SkCsv    *csv,
             GError  **error)
{
  guint n = 0;
  GString *f;
  int c;

  while ((c = peek_byte (csv, error)) == '\r' || c == '\n')
    {
      csv->pos++;
      if (c == '\n')
        csv->line++;
    }
  if (c < 0)
    return FALSE;
  csv->record_line = csv->line;
  f = field (csv, n++);
  g_string_truncate (f, 0);
  for (;;)
    {
      c = next_byte (csv, error);
      if (c < 0 || c == '\n')
        {
          if (c == '\n')
            csv->line++;
          break;
        }
      if (c == '\r')
        continue;
      if (c == ',')
        {
          f = field (csv, n++);
          g_string_truncate (f, 0);
        }
      else if (c == '"' && f->len == 0)
        {
          if (!read_quoted (csv, f, error))
            return FALSE;
          c = peek_byte (csv, error);
          if (c >= 0 && c != ',' && c != '\n' && c != '\r')
            {
              sk_csv_set_error (csv, error, SK_TIMETABLE_ERROR_CSV,
                                _("na een veld tussen aanhalingstekens staat nog tekst "
                                  "(een aanhalingsteken in een veld moet dubbel: \"\")"));
              return FALSE;
            }
        }
      else
        g_string_append_c (f, (char) c);
    }
  csv->n_fields = n;
  return error == NULL || *error == NULL;
}

static char *
strip_field (GString *s)
{
  return g_strstrip (g_strdup (s->str));
}

SkCsv *
sk_csv_open (SkGtfsFeed  *feed,
             const char  *name,
             GError     **error)
{
  g_autoptr(SkCsv) csv = NULL;
  GError *local = NULL;

  if (!sk_gtfs_feed_has (feed, name))
    {
      g_set_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_MISSING_FILE,
                   _("In de dienstregeling “%s” ontbreekt %s; een GTFS-feed moet dit "
                     "bestand hebben."), feed->path, name);
      return NULL;
    }
  csv = g_new0 (SkCsv, 1);
  csv->name = g_strdup (name);
  csv->line = 1;
  csv->fields = g_ptr_array_new_with_free_func (free_gstring);
  csv->header = g_ptr_array_new_with_free_func (g_free);
  if (!open_stream (csv, feed, error))
    return NULL;
  /* A UTF-8 byte-order mark, as spreadsheet programs write it. */
  if (peek_byte (csv, &local) == 0xEF && csv->len - csv->pos >= 3
      && memcmp (csv->buf + csv->pos, "\xEF\xBB\xBF", 3) == 0)
    csv->pos += 3;
  if (local == NULL && !read_record (csv, &local) && local == NULL)
    g_set_error (&local, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_CSV,
                 _("%s is leeg: de eerste regel moet de kolomnamen geven"), name);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  for (guint i = 0; i < csv->n_fields; i++)
    g_ptr_array_add (csv->header, strip_field (g_ptr_array_index (csv->fields, i)));
  return g_steal_pointer (&csv);
}

gboolean
sk_csv_next (SkCsv   *csv,
             GError **error)
{
  if (!read_record (csv, error))
    return FALSE;
  if (csv->n_fields > csv->header->len)
    {
      sk_csv_set_error (csv, error, SK_TIMETABLE_ERROR_CSV,
                        _("deze regel heeft %u velden, de kopregel maar %u"),
                        csv->n_fields, csv->header->len);
      return FALSE;
    }
  for (guint i = 0; i < csv->n_fields; i++)
    {
      GString *f = g_ptr_array_index (csv->fields, i);
      size_t a = 0, b = f->len;

      while (a < b && g_ascii_isspace (f->str[a]))
        a++;
      while (b > a && g_ascii_isspace (f->str[b - 1]))
        b--;
      g_string_truncate (f, b);
      if (a > 0)
        g_string_erase (f, 0, (gssize) a);
    }
  return TRUE;
}

int
sk_csv_column (SkCsv      *csv,
               const char *name)
{
  for (guint i = 0; i < csv->header->len; i++)
    if (g_strcmp0 (g_ptr_array_index (csv->header, i), name) == 0)
      return (int) i;
  return -1;
}

int
sk_csv_require (SkCsv       *csv,
                const char  *name,
                GError     **error)
{
  int c = sk_csv_column (csv, name);

  if (c < 0)
    g_set_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_CSV,
                 _("%s, regel 1: de kolom “%s” ontbreekt"), csv->name, name);
  return c;
}

const char *
sk_csv_get (SkCsv *csv,
            int    column)
{
  if (column < 0 || (guint) column >= csv->n_fields)
    return "";
  return ((GString *) g_ptr_array_index (csv->fields, column))->str;
}

guint
sk_csv_get_line (SkCsv *csv)
{
  return csv->record_line;
}

const char *
sk_csv_get_name (SkCsv *csv)
{
  return csv->name;
}

double
sk_csv_get_fraction (SkCsv *csv)
{
  return csv->size > 0 ? MIN (1.0, (double) csv->done / (double) csv->size) : 0.0;
}

void
sk_csv_set_error (SkCsv       *csv,
                  GError     **error,
                  int          code,
                  const char  *format,
                  ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, SK_TIMETABLE_ERROR, code, _("%s, regel %u: %s"),
               csv->name, csv->record_line, message);
}
