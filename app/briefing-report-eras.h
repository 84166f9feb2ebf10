/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "briefing-json-reader.h"
#include "briefing-report.h"

G_BEGIN_DECLS

void briefing_report_eras_read (BriefingJsonReader *b,
                                JsonObject         *root,
                                BriefingReport     *report);
int  briefing_era_compare      (gconstpointer       a,
                                gconstpointer       b);

G_END_DECLS
