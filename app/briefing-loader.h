/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "briefing-problem.h"
#include "briefing-report.h"

G_BEGIN_DECLS

/**
 * BriefingLoadProgress:
 * @fraction: how much of the file is read, from 0 to 1
 *
 * Called in the thread that started the load, from time to time.
 */
typedef void (*BriefingLoadProgress) (double   fraction,
                                      gpointer user_data);

BriefingReport *briefing_report_load_bytes  (GBytes               *bytes,
                                             const char           *file_name,
                                             GCancellable         *cancellable,
                                             GError              **error);
BriefingReport *briefing_report_load        (GFile                *file,
                                             GCancellable         *cancellable,
                                             GError              **error);
void            briefing_report_load_async  (GFile                *file,
                                             GCancellable         *cancellable,
                                             BriefingLoadProgress  progress,
                                             gpointer              progress_data,
                                             GDestroyNotify        progress_data_free,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
BriefingReport *briefing_report_load_finish (GAsyncResult         *result,
                                             GError              **error);

char           *briefing_file_get_display_name (GFile *file);

G_END_DECLS
