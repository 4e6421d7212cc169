/* sk-fuzz-log.c — linked into every fuzz target: a GLib critical or
 * warning (a json-glib assertion, a g_return_if_fail) is a finding. It is
 * printed and the process aborts, which libFuzzer catches and saves the
 * input for (a SIGTRAP from G_DEBUG=fatal-warnings it would not). */
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>

#include "sk-fuzz.h"

static GLogWriterOutput
abort_on_warning (GLogLevelFlags   level,
                  const GLogField *fields,
                  gsize            n_fields,
                  gpointer         user_data)
{
  g_log_writer_standard_streams (level, fields, n_fields, user_data);
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    {
      fflush (stderr);
      abort ();
    }
  return G_LOG_WRITER_HANDLED;
}

__attribute__ ((constructor)) static void
sk_fuzz_log_init (void)
{
  g_log_set_writer_func (abort_on_warning, NULL, NULL);
}

/* A message for a person must be valid UTF-8 (a region or plan from
 * outside may hold any bytes, and a message quoting them printed
 * as is would garble the terminal or the window). */
void
sk_fuzz_check_message (const GError *error)
{
  g_autofree char *shown = NULL;

  if (error == NULL || g_utf8_validate (error->message, -1, NULL))
    return;
  shown = g_strescape (error->message, NULL);
  g_printerr ("message is not UTF-8: %s\n", shown);
  abort ();
}
