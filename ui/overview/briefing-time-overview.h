/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "briefing-reader-state.h"

G_BEGIN_DECLS

/*
 * The report's span drawn to scale, above the timeline: each event a mark
 * over the days its date covers (fuzzy dates drawn fuzzy), or a histogram
 * of how many events each stretch of time holds where marks would crowd;
 * what the state shows emphasised, its period marked, and the part of time
 * the list shows as a window. Scroll or drag to pan, Ctrl+scroll or pinch
 * to zoom, drag along the axis to choose a period, click a mark to read it.
 *
 * Properties: "state" (construct-only), "view-first" and "view-days"
 * (read-only: the days in view, from a day number plus a fraction of the
 * day, for tests and the benchmark).
 * Signal: "event-activated" (BriefingEvent): the reader picked an event.
 */
#define BRIEFING_TYPE_TIME_OVERVIEW (briefing_time_overview_get_type ())
G_DECLARE_FINAL_TYPE (BriefingTimeOverview, briefing_time_overview, BRIEFING, TIME_OVERVIEW, GtkWidget)

GtkWidget *briefing_time_overview_new              (BriefingReaderState  *state);
void       briefing_time_overview_set_state        (BriefingTimeOverview *self,
                                                    BriefingReaderState  *state);
double     briefing_time_overview_get_view_first   (BriefingTimeOverview *self);
double     briefing_time_overview_get_view_days    (BriefingTimeOverview *self);
void       briefing_time_overview_set_view         (BriefingTimeOverview *self,
                                                    double                first,
                                                    double                days);
void       briefing_time_overview_fit              (BriefingTimeOverview *self);
void       briefing_time_overview_zoom             (BriefingTimeOverview *self,
                                                    double                factor,
                                                    double                x);
void       briefing_time_overview_set_list_span    (BriefingTimeOverview *self,
                                                    gint64                first_day,
                                                    gint64                last_day);
void       briefing_time_overview_clear_list_span  (BriefingTimeOverview *self);
gboolean   briefing_time_overview_get_list_span    (BriefingTimeOverview *self,
                                                    gint64               *first_day,
                                                    gint64               *last_day);
gboolean   briefing_time_overview_is_histogram     (BriefingTimeOverview *self);
double     briefing_time_overview_day_to_x         (BriefingTimeOverview *self,
                                                    double                day);

G_END_DECLS
