/* sk-file.h — a file named on the command line or in a dialog, checked
 * before it is read, with a Dutch message a person can act on (GLib's own
 * text is English under most locales and says "Is a directory"). */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* TRUE when PATH is a regular file that can be read (symlinks followed).
 * Else a G_IO_ERROR (NOT_FOUND, IS_DIRECTORY, TOO_MANY_LINKS,
 * PERMISSION_DENIED, NOT_REGULAR_FILE) whose message starts with WHAT, a
 * translated noun ("De sessie", "Het plan"), and names PATH. */
gboolean sk_file_check_readable (const char  *path,
                                 const char  *what,
                                 GError     **error);

/* TRUE when the folder PATH is to be written in exists and is a folder;
 * else a G_IO_ERROR (NOT_FOUND, NOT_DIRECTORY) whose message names that
 * folder and says what to do. Checked before a long export starts. */
gboolean sk_file_check_folder_of (const char  *path,
                                  GError     **error);

/* TRUE when A and B name the same file (one device and inode: a link or
 * another spelling of the path counts); FALSE when either is missing. */
gboolean sk_file_is_same        (const char  *a,
                                 const char  *b);

G_END_DECLS
