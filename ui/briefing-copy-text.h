/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "briefing-report.h"

G_BEGIN_DECLS

/* An event or a turn as plain text, for the clipboard: pure functions,
 * tested in tests/test-format.c. */
char *briefing_copy_text_event (BriefingEvent     *event,
                                BriefingReport    *report);
char *briefing_copy_text_turn  (BriefingTurn      *turn,
                                BriefingInterview *interview,
                                BriefingReport    *report);

G_END_DECLS
