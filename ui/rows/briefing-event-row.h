/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "briefing-event.h"
#include "briefing-lazy-row.h"

G_BEGIN_DECLS

/*
 * One event of the timeline, as a card: the date as written and resolved,
 * time and place, headline, body, figures, quotes, attribution, and chips for
 * its topics and the people, organizations and places involved. Above the
 * card, when "show-heading" is set, the heading of its date group.
 *
 * In a list view it is lazy (briefing_event_row_new_lazy()): it builds its
 * widgets only when it comes into view; see briefing-lazy-row.h.
 *
 * Properties: "event" (BriefingEvent, nullable), "show-heading" (boolean);
 * "search-text" and "text-scale" from BriefingLazyRow.
 * Signals: "topic-activated" (BriefingTopic*), "entity-activated"
 * (BriefingEntity*) when a chip is clicked.
 */
#define BRIEFING_TYPE_EVENT_ROW (briefing_event_row_get_type ())
G_DECLARE_FINAL_TYPE (BriefingEventRow, briefing_event_row, BRIEFING, EVENT_ROW, BriefingLazyRow)

GtkWidget     *briefing_event_row_new              (void);
GtkWidget     *briefing_event_row_new_lazy         (void);
BriefingEvent *briefing_event_row_get_event        (BriefingEventRow *self);
void           briefing_event_row_set_event        (BriefingEventRow *self,
                                                    BriefingEvent    *event);
gboolean       briefing_event_row_get_show_heading (BriefingEventRow *self);
void           briefing_event_row_set_show_heading (BriefingEventRow *self,
                                                    gboolean          show_heading);
void           briefing_event_row_set_text_direction (BriefingEventRow *self,
                                                      GtkTextDirection  direction);

char          *briefing_event_describe             (BriefingEvent    *event);

G_END_DECLS
