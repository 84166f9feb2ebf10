/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "briefing-report.h"

G_BEGIN_DECLS

/*
 * The report's topics, "All Topics" first, then its people, organizations and
 * places, each with how many events and interview turns concern it. The row the
 * reader selects is the "topic" or "entity" property (neither for "All Topics");
 * "selection-changed" is emitted once per change of either, after both are
 * set; "item-activated" says the reader chose a row (a click, Enter), so a
 * folded window can move on to the content.
 */
#define BRIEFING_TYPE_SIDEBAR (briefing_sidebar_get_type ())
G_DECLARE_FINAL_TYPE (BriefingSidebar, briefing_sidebar, BRIEFING, SIDEBAR, GtkWidget)

GtkWidget      *briefing_sidebar_new        (void);
BriefingReport *briefing_sidebar_get_report (BriefingSidebar *self);
void            briefing_sidebar_set_report (BriefingSidebar *self,
                                             BriefingReport  *report);
BriefingTopic  *briefing_sidebar_get_topic  (BriefingSidebar *self);
void            briefing_sidebar_set_topic  (BriefingSidebar *self,
                                             BriefingTopic   *topic);
BriefingEntity *briefing_sidebar_get_entity (BriefingSidebar *self);
void            briefing_sidebar_set_entity (BriefingSidebar *self,
                                             BriefingEntity  *entity);
void            briefing_sidebar_select_all (BriefingSidebar *self);
GListModel     *briefing_sidebar_get_rows   (BriefingSidebar *self);

char           *briefing_format_counts      (guint            n_events,
                                             guint            n_turns);

G_END_DECLS
