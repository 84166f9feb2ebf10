/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "briefing-day-index.h"
#include "briefing-turn.h"

G_BEGIN_DECLS

/*
 * Counts lists of a report's events in a period, for the sidebar's rows and
 * for narrowing what is shown: each list gets a BriefingDayIndex the first
 * time it is counted (or when asked to be ready, while nothing happens), so
 * that every period after is two binary searches per list, not a walk over
 * its events. The lists must not change: a report's, as its indexes give
 * them (the report's events, a topic's, an entity's).
 *
 * A turn has no date of its own: it is in a period when it speaks of an
 * event that is (briefing_turn_in_period()).
 */
#define BRIEFING_TYPE_PERIOD_COUNTER (briefing_period_counter_get_type ())
G_DECLARE_FINAL_TYPE (BriefingPeriodCounter, briefing_period_counter, BRIEFING, PERIOD_COUNTER, GObject)

BriefingPeriodCounter *briefing_period_counter_new       (void);
void                   briefing_period_counter_clear     (BriefingPeriodCounter *self);
BriefingDayIndex      *briefing_period_counter_get_index (BriefingPeriodCounter *self,
                                                          GListModel            *events);
void                   briefing_period_counter_count     (BriefingPeriodCounter *self,
                                                          GListModel            *events,
                                                          GListModel            *turns,
                                                          gint64                 first_day,
                                                          gint64                 last_day,
                                                          guint                 *n_events,
                                                          guint                 *n_turns);

gboolean               briefing_turn_in_period           (BriefingTurn          *turn,
                                                          gint64                 first_day,
                                                          gint64                 last_day);

G_END_DECLS
