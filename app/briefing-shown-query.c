/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-period-counter.h"
#include "briefing-shown-query.h"
#include "briefing-text-search.h"

/* With no search, not even a look at @event: a period's first collection
 * would otherwise read each event's instance from memory only to check its
 * type (11 % of the first period's frame at 100,000 events). */
static gboolean
matches_search (const BriefingShownQuery *query,
                BriefingEvent            *event)
{
  return *query->folded_query == '\0' ||
         briefing_search_index_matches (query->search_index, event, query->folded_query);
}

static gboolean
keeps_event (gpointer item,
             gpointer user_data)
{
  const BriefingShownQuery *query = user_data;

  if (query->has_period &&
      !briefing_event_covers_period (item, query->first_day, query->last_day))
    return FALSE;
  return matches_search (query, item);
}

static gboolean
keeps_turn (gpointer item,
            gpointer user_data)
{
  return briefing_shown_query_keeps_turn (user_data, item);
}

/* Runs of what is shown, whose first shows a heading: a date group of
 * events, a speaker's consecutive turns. */
static gboolean
same_date_group (gpointer previous,
                 gpointer event)
{
  return briefing_event_same_date_group (previous, event);
}

/* Only next to each other in the interview: where turns are hidden between
 * two of a speaker's (Only Marked Turns, a search), the second shows the
 * speaker again, so the reader sees the conversation went on between them. */
static gboolean
same_speaker (gpointer previous,
              gpointer turn)
{
  return briefing_turn_get_speaker (previous) == briefing_turn_get_speaker (turn) &&
         briefing_turn_get_index (turn) == briefing_turn_get_index (previous) + 1;
}

/* The order the shown lists are in, so that a change is told as its runs
 * (briefing_subset_list_set_order()): the report's, for events; the
 * interview's, for its turns. */
static int
event_order (gconstpointer a,
             gconstpointer b)
{
  return briefing_event_compare ((BriefingEvent *) a, (BriefingEvent *) b);
}

static int
turn_order (gconstpointer a,
            gconstpointer b)
{
  guint i = briefing_turn_get_index ((BriefingTurn *) a);
  guint j = briefing_turn_get_index ((BriefingTurn *) b);

  return i < j ? -1 : i > j;
}

/**
 * briefing_shown_query_new_event_list:
 *
 * Returns: (transfer full): an empty list of events shown, whose runs are
 *   date groups
 */
BriefingSubsetList *
briefing_shown_query_new_event_list (void)
{
  BriefingSubsetList *list = briefing_subset_list_new_with_runs (BRIEFING_TYPE_EVENT, same_date_group);

  briefing_subset_list_set_order (list, event_order);
  return list;
}

/**
 * briefing_shown_query_new_turn_list:
 *
 * Returns: (transfer full): an empty list of turns shown, whose runs are a
 *   speaker's consecutive turns, none hidden between them
 */
BriefingSubsetList *
briefing_shown_query_new_turn_list (void)
{
  BriefingSubsetList *list = briefing_subset_list_new_with_runs (BRIEFING_TYPE_TURN, same_speaker);

  briefing_subset_list_set_order (list, turn_order);
  return list;
}

/* The events of @source_days covering the period that the query keeps, in
 * the order shown: a day index sorts its list by first day, stably, and the
 * report's lists are in briefing_event_compare() order, whose first key is
 * the first day, so they come in that order already. Collected, not looked
 * up as a range: a few long events starting early would widen the range to
 * most of the report, each looked at on every step of a drag. */
static GPtrArray *
events_in_period (const BriefingShownQuery *query,
                  BriefingDayIndex         *source_days)
{
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (guint));
  GPtrArray *items;

  briefing_day_index_collect (source_days, query->first_day, query->last_day, positions);
  items = g_ptr_array_sized_new (positions->len);
  for (guint i = 0; i < positions->len; i++)
    {
      BriefingEvent *event = briefing_day_index_peek_event (source_days, g_array_index (positions, guint, i));

      if (matches_search (query, event))
        g_ptr_array_add (items, event);
    }
  return items;
}

/* Only the items shown need a look when what is asked narrows them;
 * otherwise every item of @source does (none when nothing filters). */
static void
narrow_or_select (const BriefingShownQuery *query,
                  BriefingSubsetList       *shown,
                  GListModel               *source,
                  BriefingSubsetListKeep    keep,
                  gboolean                  filtering,
                  gboolean                  narrow)
{
  if (narrow && filtering)
    briefing_subset_list_narrow (shown, keep, (gpointer) query);
  else
    briefing_subset_list_select (shown, source, filtering ? keep : NULL, (gpointer) query);
}

/**
 * briefing_shown_query_select_events:
 * @shown: the events shown, replaced
 * @source: (nullable): the selection's events; %NULL for no report
 * @source_days: (nullable): @source's day index, to find a period's events
 *   without looking at every one; %NULL to look at every one
 * @narrow: what is asked is stricter than what @shown holds (one more
 *   letter typed, a period inside the last one): only it needs a look
 */
void
briefing_shown_query_select_events (const BriefingShownQuery *query,
                                    BriefingSubsetList       *shown,
                                    GListModel               *source,
                                    BriefingDayIndex         *source_days,
                                    gboolean                  narrow)
{
  gboolean filtering = *query->folded_query != '\0' || query->has_period;

  if (!narrow && source != NULL && query->has_period && source_days != NULL)
    briefing_subset_list_set_items (shown, source, events_in_period (query, source_days));
  else
    narrow_or_select (query, shown, source, keeps_event, filtering, narrow);
}

/**
 * briefing_shown_query_select_turns:
 * @shown: an interview's turns shown, replaced
 * @source: the interview's turns
 * @narrow: as for briefing_shown_query_select_events()
 */
void
briefing_shown_query_select_turns (const BriefingShownQuery *query,
                                   BriefingSubsetList       *shown,
                                   GListModel               *source,
                                   gboolean                  narrow)
{
  narrow_or_select (query, shown, source, keeps_turn,
                    *query->folded_query != '\0' || query->only_marked, narrow);
}

/**
 * briefing_shown_query_keeps_turn:
 *
 * Returns: whether @turn passes the search and "only marked"
 */
gboolean
briefing_shown_query_keeps_turn (const BriefingShownQuery *query,
                                 BriefingTurn             *turn)
{
  if (query->only_marked && !g_hash_table_contains (query->marked, turn))
    return FALSE;
  return briefing_text_search_contains (briefing_turn_get_text (turn), query->folded_query);
}

/**
 * briefing_shown_query_mark_turns:
 * @turns: (nullable): the selection's turns; %NULL for no selection
 * @marked: the set of marked turns, replaced
 */
void
briefing_shown_query_mark_turns (const BriefingShownQuery *query,
                                 GListModel               *turns,
                                 GHashTable               *marked)
{
  g_hash_table_remove_all (marked);
  for (guint i = 0; turns != NULL && i < g_list_model_get_n_items (turns); i++)
    {
      g_autoptr(BriefingTurn) turn = g_list_model_get_item (turns, i);

      if (!query->has_period || briefing_turn_in_period (turn, query->first_day, query->last_day))
        g_hash_table_add (marked, turn);
    }
}
