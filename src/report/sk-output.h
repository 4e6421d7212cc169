/* sk-output.h — writing an export where the user asked, safely: only over
 * a regular file or nothing, keeping the target's permissions, never a
 * half-written file under the real name, nothing left behind on failure
 * or on Ctrl+C.
 *
 * Thread rules: one output at a time per process may be registered for
 * clean-up on a signal (the CLI writes one export at a time).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _SkOutput SkOutput;

/* Checks PATH and opens a temporary file beside it, with a name ending in
 * ".part". Refuses (with a Dutch message naming the path) a folder that
 * does not exist, a target that is a folder, a link, a device or a pipe. */
SkOutput   *sk_output_begin          (const char  *path,
                                      GError     **error);
/* The temporary file to write to (cairo writes the PDF there itself). */
const char *sk_output_get_part_path  (SkOutput    *self);
/* Writes CONTENTS to the temporary file. */
gboolean    sk_output_write_all      (SkOutput    *self,
                                      const char  *contents,
                                      gsize        length,
                                      GError     **error);
/* Flushes the temporary file to disk, gives it the target's permissions
 * (or those of a new file) and renames it over the target. Frees SELF. */
gboolean    sk_output_commit         (SkOutput    *self,
                                      GError     **error);
/* Removes the temporary file. Frees SELF. NULL is allowed. */
void        sk_output_abort          (SkOutput    *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkOutput, sk_output_abort)

/* From now on, SIGINT, SIGTERM and SIGHUP remove the temporary file of
 * the output being written before the process ends (for the CLI). */
void        sk_output_clean_up_on_signals (void);

G_END_DECLS
