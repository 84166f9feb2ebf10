/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "briefing-report.h"

G_BEGIN_DECLS

char *briefing_date_to_edtf       (const BriefingDate *date);
char *briefing_report_write_json  (BriefingReport     *report);

G_END_DECLS
