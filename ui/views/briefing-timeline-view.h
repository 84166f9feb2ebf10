/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "briefing-report-list-view.h"
#include "briefing-time-overview.h"

G_BEGIN_DECLS

/*
 * The timeline: the events a BriefingReaderState shows (those of the
 * selected topic or entity, all when neither is set, that match the search)
 * in chronological order, under date headings. A chip clicked in an event
 * chooses its topic or entity in the state.
 *
 * Above the list, a BriefingTimeOverview draws the events to scale; a
 * mark clicked there brings its event into view, and the strip's window
 * follows the list's scrolling.
 *
 * Properties: "state" (construct-only), "n-shown" (uint, read-only),
 * "show-overview" (whether the strip is shown).
 */
#define BRIEFING_TYPE_TIMELINE_VIEW (briefing_timeline_view_get_type ())
G_DECLARE_FINAL_TYPE (BriefingTimelineView, briefing_timeline_view, BRIEFING, TIMELINE_VIEW, BriefingReportListView)

GtkWidget *briefing_timeline_view_new             (BriefingReaderState  *state);
void       briefing_timeline_view_scroll_to_event (BriefingTimelineView *self,
                                                   BriefingEvent        *event);
BriefingTimeOverview *briefing_timeline_view_get_time_overview (BriefingTimelineView *self);
gboolean   briefing_timeline_view_get_show_overview (BriefingTimelineView *self);
void       briefing_timeline_view_set_show_overview (BriefingTimelineView *self,
                                                     gboolean              show_overview);

G_END_DECLS
