/* SPDX-License-Identifier: GPL-3.0-or-later */
/* BriefingReaderState: a period of time, which narrows every view, and
 * counting lists in it (see briefing-reader-state-private.h). */
#include "config.h"

#include "briefing-reader-state-private.h"

/**
 * briefing_reader_state_get_period:
 * @first_day: (out) (optional): the period's first day, included
 * @last_day: (out) (optional): its last day, included
 *
 * Returns: whether a period is chosen
 */
gboolean
briefing_reader_state_get_period (BriefingReaderState *self,
                                  gint64              *first_day,
                                  gint64              *last_day)
{
  g_return_val_if_fail (BRIEFING_IS_READER_STATE (self), FALSE);

  if (first_day != NULL)
    *first_day = self->period_first_day;
  if (last_day != NULL)
    *last_day = self->period_last_day;
  return self->has_period;
}

static void
apply_period (BriefingReaderState *self,
              gboolean             has_period,
              gint64               first_day,
              gint64               last_day)
{
  gboolean narrow;

  if (self->has_period == has_period &&
      (!has_period || (self->period_first_day == first_day && self->period_last_day == last_day)))
    return;

  /* Inside the old period, only what is shown needs a second look. */
  narrow = has_period && self->has_period &&
           first_day >= self->period_first_day && last_day <= self->period_last_day;
  g_object_freeze_notify (G_OBJECT (self));
  if (self->has_period != has_period)
    {
      self->has_period = has_period;
      g_object_notify_by_pspec (G_OBJECT (self), briefing_reader_state_properties[PROP_HAS_PERIOD]);
    }
  if (self->period_first_day != first_day)
    {
      self->period_first_day = first_day;
      g_object_notify_by_pspec (G_OBJECT (self), briefing_reader_state_properties[PROP_PERIOD_FIRST_DAY]);
    }
  if (self->period_last_day != last_day)
    {
      self->period_last_day = last_day;
      g_object_notify_by_pspec (G_OBJECT (self), briefing_reader_state_properties[PROP_PERIOD_LAST_DAY]);
    }
  briefing_reader_state_update_marked (self);
  briefing_reader_state_update_events (self, narrow);
  if (self->only_marked)
    briefing_reader_state_update_turns (self, FALSE);
  briefing_reader_state_update_counts (self);
  g_object_thaw_notify (G_OBJECT (self));
  /* A period narrows what is chosen as a topic does: the views follow it
   * on the same signal. */
  briefing_reader_state_emit_selection_changed (self);
}

/**
 * briefing_reader_state_set_period:
 * @first_day: the first day of the period (a BriefingDate day number)
 * @last_day: its last day, included; swapped with @first_day if before it
 *
 * Narrows every view to a period: the events that cover one of its days
 * (see briefing_event_covers_period() for why "intersect", not "inside"),
 * and the marks to the turns that speak of such an event.
 */
void
briefing_reader_state_set_period (BriefingReaderState *self,
                                  gint64               first_day,
                                  gint64               last_day)
{
  g_return_if_fail (BRIEFING_IS_READER_STATE (self));

  apply_period (self, TRUE, MIN (first_day, last_day), MAX (first_day, last_day));
}

/**
 * briefing_reader_state_clear_period:
 *
 * Shows all of time again.
 */
void
briefing_reader_state_clear_period (BriefingReaderState *self)
{
  g_return_if_fail (BRIEFING_IS_READER_STATE (self));

  apply_period (self, FALSE, self->period_first_day, self->period_last_day);
}

/**
 * briefing_reader_state_prepare_period_count:
 * @events: some events of the report, as for briefing_reader_state_count_in_period()
 *
 * Makes now what counting @events in a period needs, for when the reader
 * has not chosen one yet: the first period is then as quick as the next.
 */
void
briefing_reader_state_prepare_period_count (BriefingReaderState *self,
                                            GListModel          *events)
{
  g_return_if_fail (BRIEFING_IS_READER_STATE (self));
  g_return_if_fail (G_IS_LIST_MODEL (events));

  briefing_period_counter_get_index (self->period_counter, events);
}

/**
 * briefing_reader_state_count_in_period:
 * @events: some events of the report (a topic's, an entity's)
 * @turns: (nullable): some of its turns
 * @n_events: (out): how many of @events are in the period, all without one
 * @n_turns: (out): how many of @turns speak of an event in it
 *
 * What the sidebar counts for a row while a period is chosen. @events
 * must not change (a list of the report's, as its indexes give them).
 */
void
briefing_reader_state_count_in_period (BriefingReaderState *self,
                                       GListModel          *events,
                                       GListModel          *turns,
                                       guint               *n_events,
                                       guint               *n_turns)
{
  g_return_if_fail (BRIEFING_IS_READER_STATE (self));
  g_return_if_fail (G_IS_LIST_MODEL (events));
  g_return_if_fail (n_events != NULL && n_turns != NULL);

  if (self->has_period)
    {
      briefing_period_counter_count (self->period_counter, events, turns,
                                     self->period_first_day, self->period_last_day,
                                     n_events, n_turns);
      return;
    }
  *n_events = g_list_model_get_n_items (events);
  *n_turns = turns != NULL ? g_list_model_get_n_items (turns) : 0;
}
