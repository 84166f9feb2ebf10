/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "briefing-report.h"

G_BEGIN_DECLS

/* How the interface words figures, in one place: pure functions, tested in
 * tests/test-format.c. Each returns a new string. */
char *briefing_format_counts        (guint       n_events,
                                     guint       n_turns);
char *briefing_format_search_counts (guint       n_events,
                                     guint       n_turns,
                                     gboolean    with_turns);
char *briefing_format_selection     (const char *name,
                                     guint       n_events,
                                     guint       n_turns);
char *briefing_format_event_meta    (const char *date_text,
                                     const char *date,
                                     const char *time_of_day,
                                     const char *place);
char *briefing_format_title         (BriefingReport *report);
char *briefing_format_subtitle      (BriefingReport *report,
                                     BriefingTopic  *topic,
                                     BriefingEntity *entity);
char *briefing_format_subtitle_with_period (const char *selection,
                                            const char *period);

/* How much of one text a row shows: a label lays its whole text out each
 * time it is measured, and a megabyte of it froze the list. */
#define BRIEFING_FORMAT_SHOWN_BYTES 4096
gboolean    briefing_format_is_long_text (const char *text);
char       *briefing_format_cut_text     (const char *text);

G_END_DECLS
