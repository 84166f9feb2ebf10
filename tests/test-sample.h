/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stdarg.h>

#include "briefing-loader.h"

G_BEGIN_DECLS

/* The sample report ($BRIEFING_SAMPLE), and its parts by id, for tests. A
 * part is owned by the report; a missing id fails the test. */
BriefingReport    *load_sample     (void);
BriefingTopic     *find_topic      (BriefingReport *report,
                                    const char     *id);
BriefingEntity    *find_entity     (BriefingReport *report,
                                    const char     *id);
BriefingEvent     *find_event      (BriefingReport *report,
                                    const char     *id);
BriefingInterview *first_interview (BriefingReport *report);
/* Whether @word is in the text a reader sees of @event, folded as a search
 * folds it: what a search of the timeline must find, computed apart. */
gboolean           event_contains  (BriefingEvent  *event,
                                    const char     *word);
/* Whether @model holds @item. */
gboolean           list_contains   (GListModel     *model,
                                    gpointer        item);

/* Runs `briefing ARGS… NULL` ($BRIEFING_PROGRAM) in @cwd, as a terminal
 * would without a display or a session bus; returns its exit status, with
 * what it printed on stdout and stderr. */
int                test_run_briefing   (const char     *cwd,
                                        char          **out,
                                        char          **err,
                                        ...) G_GNUC_NULL_TERMINATED;
int                test_run_briefing_v (const char     *cwd,
                                        char          **out,
                                        char          **err,
                                        va_list         args);

G_END_DECLS
