/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "briefing-report.h"

G_BEGIN_DECLS

/*
 * The timeline: the report's events in chronological order, under date
 * headings, in a GtkListView. It shows the events of the selected topic or
 * entity (all events when neither is set) that match the search text.
 *
 * Properties: "report" (BriefingReport), "topic" (BriefingTopic, nullable),
 * "entity" (BriefingEntity, nullable; setting one clears the other),
 * "search-text" (string, case- and accent-insensitive), "n-shown" (uint,
 * read-only: events shown), "text-scale" (double, 1.0 = normal).
 * Signals: "topic-activated" (BriefingTopic*) and "entity-activated"
 * (BriefingEntity*) when the reader clicks a chip.
 */
#define BRIEFING_TYPE_TIMELINE_VIEW (briefing_timeline_view_get_type ())
G_DECLARE_FINAL_TYPE (BriefingTimelineView, briefing_timeline_view, BRIEFING, TIMELINE_VIEW, GtkWidget)

GtkWidget      *briefing_timeline_view_new             (void);
BriefingReport *briefing_timeline_view_get_report      (BriefingTimelineView *self);
void            briefing_timeline_view_set_report      (BriefingTimelineView *self,
                                                        BriefingReport       *report);
BriefingTopic  *briefing_timeline_view_get_topic       (BriefingTimelineView *self);
void            briefing_timeline_view_set_topic       (BriefingTimelineView *self,
                                                        BriefingTopic        *topic);
BriefingEntity *briefing_timeline_view_get_entity      (BriefingTimelineView *self);
void            briefing_timeline_view_set_entity      (BriefingTimelineView *self,
                                                        BriefingEntity       *entity);
void            briefing_timeline_view_set_selection   (BriefingTimelineView *self,
                                                        BriefingTopic        *topic,
                                                        BriefingEntity       *entity);
const char     *briefing_timeline_view_get_search_text (BriefingTimelineView *self);
void            briefing_timeline_view_set_search_text (BriefingTimelineView *self,
                                                        const char           *text);
void            briefing_timeline_view_prepare_search  (BriefingTimelineView *self);
guint           briefing_timeline_view_get_n_shown     (BriefingTimelineView *self);
GListModel     *briefing_timeline_view_get_shown_events (BriefingTimelineView *self);
void            briefing_timeline_view_scroll_to_event (BriefingTimelineView *self,
                                                        BriefingEvent        *event);
double          briefing_timeline_view_get_text_scale  (BriefingTimelineView *self);
void            briefing_timeline_view_set_text_scale  (BriefingTimelineView *self,
                                                        double                text_scale);

G_END_DECLS
