/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "briefing-event.h"

G_BEGIN_DECLS

/*
 * Where a list of events falls in time, precomputed once so that the time
 * overview's bins and a period's count are lookups, not scans.
 *
 * An event covers the days from its date's first_day to its last_day (a
 * month covers its month, "~2024" its year). The index keeps the first days
 * sorted and the last days sorted: the events whose covered days intersect
 * [first, last] are all but those that end before @first and those that
 * start after @last, two binary searches, or two array reads where the
 * span is short enough for per-day counts. Day numbers are gint64
 * (deep-time years), so per-day arrays are made only for a span of a few
 * days per event: a report spanning 13.8 billion years costs what one
 * spanning a week does.
 */
typedef struct _BriefingDayIndex BriefingDayIndex;

#define BRIEFING_TYPE_DAY_INDEX (briefing_day_index_get_type ())

GType             briefing_day_index_get_type  (void) G_GNUC_CONST;
BriefingDayIndex *briefing_day_index_new       (GListModel       *events);
BriefingDayIndex *briefing_day_index_ref       (BriefingDayIndex *self);
void              briefing_day_index_unref     (BriefingDayIndex *self);

guint             briefing_day_index_get_n_events  (BriefingDayIndex *self);
gboolean          briefing_day_index_get_span      (BriefingDayIndex *self,
                                                    gint64           *first_day,
                                                    gint64           *last_day);
guint             briefing_day_index_count         (BriefingDayIndex *self,
                                                    gint64            first_day,
                                                    gint64            last_day);
void              briefing_day_index_fill_bins     (BriefingDayIndex *self,
                                                    gint64            first_day,
                                                    double            days_per_bin,
                                                    guint            *counts,
                                                    guint             n_bins);
gboolean          briefing_day_index_lookup        (BriefingDayIndex *self,
                                                    gint64            first_day,
                                                    gint64            last_day,
                                                    guint            *start,
                                                    guint            *end);
guint             briefing_day_index_collect       (BriefingDayIndex *self,
                                                    gint64            first_day,
                                                    gint64            last_day,
                                                    GArray           *positions);
guint             briefing_day_index_count_across  (BriefingDayIndex *self,
                                                    gint64            first_day,
                                                    gint64            last_day);
gboolean          briefing_day_index_find          (BriefingDayIndex *self,
                                                    BriefingEvent    *event,
                                                    guint            *position);
BriefingEvent    *briefing_day_index_peek_event    (BriefingDayIndex *self,
                                                    guint             position);

gboolean          briefing_event_covers_period     (BriefingEvent    *event,
                                                    gint64            first_day,
                                                    gint64            last_day);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriefingDayIndex, briefing_day_index_unref)

G_END_DECLS
