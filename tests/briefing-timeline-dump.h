/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "briefing-report.h"

G_BEGIN_DECLS

char *briefing_timeline_dump (BriefingReport *report);

G_END_DECLS
