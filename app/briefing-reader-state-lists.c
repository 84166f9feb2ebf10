/* SPDX-License-Identifier: GPL-3.0-or-later */
/* BriefingReaderState: the lists the views show, derived from what the
 * reader chose (see briefing-reader-state-private.h). */
#include "config.h"

#include "briefing-reader-state-private.h"
#include "briefing-shown-query.h"

/* What the views' lists are derived from: the state's own fields. */
static BriefingShownQuery
shown_query (BriefingReaderState *self)
{
  return (BriefingShownQuery) {
    .search_index = self->search_index,
    .folded_query = self->folded_query,
    .has_period = self->has_period,
    .first_day = self->period_first_day,
    .last_day = self->period_last_day,
    .only_marked = self->only_marked,
    .marked = self->marked,
  };
}

/* The selection's events, a report's list; %NULL for no report. */
GListModel *
briefing_reader_state_get_selection_events (BriefingReaderState *self)
{
  if (self->report == NULL)
    return NULL;
  if (self->topic != NULL)
    return briefing_report_get_topic_events (self->report, self->topic);
  if (self->entity != NULL)
    return briefing_report_get_entity_events (self->report, self->entity);
  return briefing_report_get_events (self->report);
}

/* @narrow: what is asked is stricter than before, so only the items shown
 * need a second look. */
void
briefing_reader_state_update_events (BriefingReaderState *self,
               gboolean             narrow)
{
  BriefingShownQuery query = shown_query (self);
  GListModel *source = briefing_reader_state_get_selection_events (self);
  /* With a period, its events are a range of the selection's day index. */
  BriefingDayIndex *days = source != NULL && self->has_period ?
    briefing_period_counter_get_index (self->period_counter, source) : NULL;

  briefing_shown_query_select_events (&query, self->events, source, days, narrow);
}

void
briefing_reader_state_update_turns (BriefingReaderState *self,
              gboolean             narrow)
{
  BriefingShownQuery query = shown_query (self);
  GHashTableIter iter;
  gpointer interview, turns;

  g_hash_table_iter_init (&iter, self->turns);
  while (g_hash_table_iter_next (&iter, &interview, &turns))
    briefing_shown_query_select_turns (&query, turns, briefing_interview_get_turns (interview), narrow);
}

void
briefing_reader_state_update_marked (BriefingReaderState *self)
{
  BriefingShownQuery query = shown_query (self);
  GListModel *turns = NULL;

  if (self->report != NULL && self->topic != NULL)
    turns = briefing_report_get_topic_turns (self->report, self->topic);
  else if (self->report != NULL && self->entity != NULL)
    turns = briefing_report_get_entity_turns (self->report, self->entity);
  briefing_shown_query_mark_turns (&query, turns, self->marked);
}

void
briefing_reader_state_update_counts (BriefingReaderState *self)
{
  guint n_events = g_list_model_get_n_items (G_LIST_MODEL (self->events));
  guint n_turns = 0;
  GHashTableIter iter;
  gpointer turns;

  g_hash_table_iter_init (&iter, self->turns);
  while (g_hash_table_iter_next (&iter, NULL, &turns))
    n_turns += g_list_model_get_n_items (turns);

  if (self->n_shown_events != n_events)
    {
      self->n_shown_events = n_events;
      g_object_notify_by_pspec (G_OBJECT (self), briefing_reader_state_properties[PROP_N_SHOWN_EVENTS]);
    }
  if (self->n_shown_turns != n_turns)
    {
      self->n_shown_turns = n_turns;
      g_object_notify_by_pspec (G_OBJECT (self), briefing_reader_state_properties[PROP_N_SHOWN_TURNS]);
    }
}

/**
 * briefing_reader_state_get_events:
 *
 * Returns: (transfer none): the events shown, in their order: those of the
 *   selection that match the search. The same model for the state's life.
 */
GListModel *
briefing_reader_state_get_events (BriefingReaderState *self)
{
  g_return_val_if_fail (BRIEFING_IS_READER_STATE (self), NULL);

  return G_LIST_MODEL (self->events);
}

guint
briefing_reader_state_get_n_shown_events (BriefingReaderState *self)
{
  g_return_val_if_fail (BRIEFING_IS_READER_STATE (self), 0);

  return self->n_shown_events;
}

/**
 * briefing_reader_state_find_event:
 * @position: (out): where @event is among the events shown
 *
 * Returns: whether @event is shown
 */
gboolean
briefing_reader_state_find_event (BriefingReaderState *self,
                                  BriefingEvent       *event,
                                  guint               *position)
{
  guint low = 0, high;

  g_return_val_if_fail (BRIEFING_IS_READER_STATE (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_EVENT (event), FALSE);
  g_return_val_if_fail (position != NULL, FALSE);

  /* The events shown are in briefing_event_compare() order, which is total. */
  high = g_list_model_get_n_items (G_LIST_MODEL (self->events));
  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      BriefingEvent *item = briefing_subset_list_peek (self->events, middle);

      if (item == event)
        {
          *position = middle;
          return TRUE;
        }
      if (briefing_event_compare (item, event) < 0)
        low = middle + 1;
      else
        high = middle;
    }
  return FALSE;
}

/**
 * briefing_reader_state_get_turns:
 * @interview: an interview of the report
 *
 * Returns: (transfer none) (nullable): the turns of @interview shown, in
 *   order: those that match the search and, with "only-marked", are marked.
 *   The same model until the report changes; %NULL for an interview of
 *   another report.
 */
GListModel *
briefing_reader_state_get_turns (BriefingReaderState *self,
                                 BriefingInterview   *interview)
{
  g_return_val_if_fail (BRIEFING_IS_READER_STATE (self), NULL);
  g_return_val_if_fail (BRIEFING_IS_INTERVIEW (interview), NULL);

  return g_hash_table_lookup (self->turns, interview);
}

/**
 * briefing_reader_state_get_n_shown_turns:
 *
 * Returns: the turns shown in all the interviews
 */
guint
briefing_reader_state_get_n_shown_turns (BriefingReaderState *self)
{
  g_return_val_if_fail (BRIEFING_IS_READER_STATE (self), 0);

  return self->n_shown_turns;
}

/**
 * briefing_reader_state_is_turn_marked:
 *
 * Returns: whether @turn concerns the chosen topic or entity
 */
gboolean
briefing_reader_state_is_turn_marked (BriefingReaderState *self,
                                      BriefingTurn        *turn)
{
  g_return_val_if_fail (BRIEFING_IS_READER_STATE (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_TURN (turn), FALSE);

  return g_hash_table_contains (self->marked, turn);
}

/**
 * briefing_reader_state_shows_turn:
 *
 * Returns: whether @turn passes the search and "only-marked"
 */
gboolean
briefing_reader_state_shows_turn (BriefingReaderState *self,
                                  BriefingTurn        *turn)
{
  g_return_val_if_fail (BRIEFING_IS_READER_STATE (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_TURN (turn), FALSE);

  BriefingShownQuery query = shown_query (self);

  return briefing_shown_query_keeps_turn (&query, turn);
}
