/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "briefing-report-list-view.h"

G_BEGIN_DECLS

/*
 * The timeline: the events a BriefingReaderState shows (those of the
 * selected topic or entity, all when neither is set, that match the search)
 * in chronological order, under date headings. A chip clicked in an event
 * chooses its topic or entity in the state.
 *
 * Properties: "state" (construct-only), "n-shown" (uint, read-only).
 */
#define BRIEFING_TYPE_TIMELINE_VIEW (briefing_timeline_view_get_type ())
G_DECLARE_FINAL_TYPE (BriefingTimelineView, briefing_timeline_view, BRIEFING, TIMELINE_VIEW, BriefingReportListView)

GtkWidget *briefing_timeline_view_new             (BriefingReaderState  *state);
void       briefing_timeline_view_scroll_to_event (BriefingTimelineView *self,
                                                   BriefingEvent        *event);

G_END_DECLS
