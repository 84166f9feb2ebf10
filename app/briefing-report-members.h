/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "briefing-json-reader.h"
#include "briefing-report.h"

G_BEGIN_DECLS

gboolean briefing_report_members_check_format (BriefingJsonReader  *b,
                                               JsonObject          *root,
                                               char               **version);
void     briefing_report_members_read         (BriefingJsonReader  *b,
                                               JsonObject          *root,
                                               BriefingReport      *report,
                                               char                *version);

G_END_DECLS
