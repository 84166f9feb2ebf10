/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The default limit on a report file's size: 512 MiB. */
#define BRIEFING_DEFAULT_MAX_FILE_SIZE (G_GUINT64_CONSTANT (512) * 1024 * 1024)

GBytes   *briefing_file_read                (GFile         *file,
                                             guint64        max_size,
                                             GCancellable  *cancellable,
                                             GError       **error);

guint64   briefing_file_get_max_size        (void);
void      briefing_file_set_max_size        (guint64        max_size);

gboolean  briefing_file_parse_size          (const char    *text,
                                             guint64       *size,
                                             GError       **error);

/* For tests: called after each chunk read from a local file. */
typedef void (*BriefingFileReadHook) (gsize    bytes_so_far,
                                      gpointer user_data);
void      _briefing_file_set_read_hook      (BriefingFileReadHook hook,
                                             gpointer             user_data);

G_END_DECLS
