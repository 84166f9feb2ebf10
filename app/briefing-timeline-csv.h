/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "briefing-cancel-check.h"

#include "briefing-report.h"

G_BEGIN_DECLS

gboolean        briefing_timeline_csv_may_be (const char  *data,
                                              gsize        length);
BriefingReport *briefing_timeline_csv_read   (const char          *data,
                                              gsize                length,
                                              const char          *file_name,
                                              BriefingCancelCheck *check,
                                              GPtrArray          **problems);

G_END_DECLS
