/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-period-counter.h"

struct _BriefingPeriodCounter
{
  GObject     parent_instance;
  GHashTable *indexes;   /* GListModel → BriefingDayIndex */
};

G_DEFINE_FINAL_TYPE (BriefingPeriodCounter, briefing_period_counter, G_TYPE_OBJECT)

static void
briefing_period_counter_finalize (GObject *object)
{
  BriefingPeriodCounter *self = BRIEFING_PERIOD_COUNTER (object);

  g_hash_table_unref (self->indexes);

  G_OBJECT_CLASS (briefing_period_counter_parent_class)->finalize (object);
}

static void
briefing_period_counter_class_init (BriefingPeriodCounterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = briefing_period_counter_finalize;
}

static void
briefing_period_counter_init (BriefingPeriodCounter *self)
{
  self->indexes = g_hash_table_new_full (NULL, NULL, g_object_unref,
                                         (GDestroyNotify) briefing_day_index_unref);
}

/**
 * briefing_period_counter_new:
 *
 * Returns: (transfer full): a counter with no index made yet
 */
BriefingPeriodCounter *
briefing_period_counter_new (void)
{
  return g_object_new (BRIEFING_TYPE_PERIOD_COUNTER, NULL);
}

/**
 * briefing_period_counter_clear:
 *
 * Forgets every index, for another report.
 */
void
briefing_period_counter_clear (BriefingPeriodCounter *self)
{
  g_return_if_fail (BRIEFING_IS_PERIOD_COUNTER (self));

  g_hash_table_remove_all (self->indexes);
}

/**
 * briefing_period_counter_get_index:
 * @events: a list of the report's events, which does not change
 *
 * Returns: (transfer none): where @events fall in time, made the first
 *   time it is asked for
 */
BriefingDayIndex *
briefing_period_counter_get_index (BriefingPeriodCounter *self,
                                   GListModel            *events)
{
  BriefingDayIndex *index;

  g_return_val_if_fail (BRIEFING_IS_PERIOD_COUNTER (self), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (events), NULL);

  index = g_hash_table_lookup (self->indexes, events);
  if (index == NULL)
    {
      index = briefing_day_index_new (events);
      g_hash_table_insert (self->indexes, g_object_ref (events), index);
    }
  return index;
}

/**
 * briefing_period_counter_count:
 * @events: a list of the report's events (a topic's, an entity's)
 * @turns: (nullable): some of its turns
 * @first_day: the period's first day
 * @last_day: its last day, included
 * @n_events: (out): how many of @events are in the period
 * @n_turns: (out): how many of @turns speak of an event in it
 */
void
briefing_period_counter_count (BriefingPeriodCounter *self,
                               GListModel            *events,
                               GListModel            *turns,
                               gint64                 first_day,
                               gint64                 last_day,
                               guint                 *n_events,
                               guint                 *n_turns)
{
  guint n;

  g_return_if_fail (BRIEFING_IS_PERIOD_COUNTER (self));
  g_return_if_fail (n_events != NULL && n_turns != NULL);

  *n_events = briefing_day_index_count (briefing_period_counter_get_index (self, events),
                                        first_day, last_day);
  *n_turns = 0;
  n = turns != NULL ? g_list_model_get_n_items (turns) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BriefingTurn) turn = g_list_model_get_item (turns, i);

      if (briefing_turn_in_period (turn, first_day, last_day))
        (*n_turns)++;
    }
}

/**
 * briefing_turn_in_period:
 *
 * Returns: whether @turn speaks of an event covering a day of @first_day to
 *   @last_day (a turn has no date of its own)
 */
gboolean
briefing_turn_in_period (BriefingTurn *turn,
                         gint64        first_day,
                         gint64        last_day)
{
  GPtrArray *events;

  g_return_val_if_fail (BRIEFING_IS_TURN (turn), FALSE);

  events = briefing_turn_get_events (turn);
  for (guint i = 0; events != NULL && i < events->len; i++)
    if (briefing_event_covers_period (events->pdata[i], first_day, last_day))
      return TRUE;
  return FALSE;
}
