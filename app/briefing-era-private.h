/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Eras (format 1.1), as briefing-model-private.h is for the rest: for the
 * readers in app/ only. Strings and arrays passed in are taken. */

#include "briefing-era.h"
#include "briefing-report.h"

G_BEGIN_DECLS

BriefingEra *_briefing_era_new         (char               *title,
                                        char               *description,
                                        const BriefingDate *date);
void         _briefing_report_set_eras (BriefingReport     *self,
                                        GPtrArray          *eras);

G_END_DECLS
