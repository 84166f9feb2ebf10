/* SPDX-License-Identifier: GPL-3.0-or-later */
/* BriefingReaderState: the search (see briefing-reader-state-private.h).
 *
 * A search of a large report is looked up in a worker thread
 * (briefing_search_index_find_async()): the lists keep showing the last
 * search's answer until the new one is ready, and a newer search cancels
 * the one under way, so the newest typed always wins and nothing between
 * is shown. "query" and the lists change together, so that rows always
 * highlight what selected them. Small reports are searched at once: there,
 * a search costs less than the thread's round trip, and the answer is in
 * the very next frame. */
#include "config.h"

#include <string.h>

#include "briefing-reader-state-private.h"
#include "briefing-text-search.h"

/* From how many events a search goes to a worker: below it, a search of
 * every event costs well under a millisecond here. */
#define SEARCH_IN_WORKER_FROM 2000

static void
set_searching (BriefingReaderState *self,
               gboolean             searching)
{
  if (self->searching == searching)
    return;
  self->searching = searching;
  g_object_notify_by_pspec (G_OBJECT (self), briefing_reader_state_properties[PROP_SEARCHING]);
}

/* Shows @query (stripped, "" for none) and what it selects; @matching
 * (nullable, transfer full): the events of @matching_source that match it,
 * found by the worker, which are what the timeline shows unless something
 * else narrows it. */
static void
show_search (BriefingReaderState *self,
             const char          *query,
             const char          *folded,
             GListModel          *matching_source,
             GPtrArray           *matching)
{
  g_object_freeze_notify (G_OBJECT (self));
  /* First, so that the rows bound for the change already highlight it. */
  if (strcmp (query, self->query) != 0)
    {
      g_free (self->query);
      self->query = g_strdup (query);
      g_object_notify_by_pspec (G_OBJECT (self), briefing_reader_state_properties[PROP_QUERY]);
    }
  if (strcmp (folded, self->folded_query) != 0)
    {
      /* Typing on narrows what is shown: only the items shown need a look. */
      gboolean narrow = briefing_text_search_narrows (folded, self->folded_query);

      g_free (self->folded_query);
      self->folded_query = g_strdup (folded);
      if (matching != NULL && !self->has_period &&
          matching_source == briefing_reader_state_get_selection_events (self))
        briefing_subset_list_set_items (self->events, matching_source, g_steal_pointer (&matching));
      else
        briefing_reader_state_update_events (self, narrow);
      briefing_reader_state_update_turns (self, narrow);
      briefing_reader_state_update_counts (self);
    }
  g_clear_pointer (&matching, g_ptr_array_unref);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
search_found_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *matching = NULL;
  BriefingReaderState *self;

  /* Cancelled: a newer search, another report or the state's end came
   * first, and @user_data may be gone. */
  if (!briefing_search_index_find_finish (BRIEFING_SEARCH_INDEX (source), result, &matching, &error))
    return;

  self = user_data;
  g_object_freeze_notify (G_OBJECT (self));
  show_search (self, self->pending_query, self->pending_folded_query,
               self->pending_source, matching);
  briefing_reader_state_cancel_search (self);
  g_object_thaw_notify (G_OBJECT (self));
}

/* Looks @query up, at once or in a worker. */
static void
search (BriefingReaderState *self,
        const char          *query)
{
  g_autofree char *folded = briefing_text_search_fold (query);

  g_object_freeze_notify (G_OBJECT (self));
  briefing_reader_state_cancel_search (self);
  if (*folded == '\0' || strcmp (folded, self->folded_query) == 0 || self->report == NULL ||
      g_list_model_get_n_items (briefing_report_get_events (self->report)) < self->search_in_worker_from)
    show_search (self, query, folded, NULL, NULL);
  else
    {
      self->pending_query = g_strdup (query);
      self->pending_folded_query = g_strdup (folded);
      /* What the timeline will show, unless the selection changes first. */
      self->pending_source = briefing_reader_state_get_selection_events (self);
      self->search_cancellable = g_cancellable_new ();
      briefing_search_index_find_async (self->search_index, folded, self->pending_source,
                                        self->search_cancellable, search_found_cb, self);
      set_searching (self, TRUE);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/* For the other files of the state: stops the search under way, if any.
 * Returns: whether there was one */
gboolean
briefing_reader_state_cancel_search (BriefingReaderState *self)
{
  gboolean was_searching = self->searching;

  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  g_clear_pointer (&self->pending_query, g_free);
  g_clear_pointer (&self->pending_folded_query, g_free);
  self->pending_source = NULL;
  set_searching (self, FALSE);
  return was_searching;
}

/* For the other files of the state: looks the search as typed up again, in
 * a new report. */
void
briefing_reader_state_search_again (BriefingReaderState *self)
{
  g_autofree char *query = g_strstrip (g_strdup (self->search_text != NULL ? self->search_text : ""));

  search (self, query);
}

/* For tests: from how many events a search goes to a worker. */
void
briefing_reader_state_set_search_in_worker_from (BriefingReaderState *self,
                                                 guint                n_events)
{
  g_return_if_fail (BRIEFING_IS_READER_STATE (self));

  self->search_in_worker_from = n_events;
}

void
briefing_reader_state_init_search (BriefingReaderState *self)
{
  self->query = g_strdup ("");
  self->folded_query = g_strdup ("");
  self->search_in_worker_from = SEARCH_IN_WORKER_FROM;
}

/**
 * briefing_reader_state_get_search_text:
 *
 * Returns: (nullable): the search as typed
 */
const char *
briefing_reader_state_get_search_text (BriefingReaderState *self)
{
  g_return_val_if_fail (BRIEFING_IS_READER_STATE (self), NULL);

  return self->search_text;
}

/**
 * briefing_reader_state_set_search_text:
 * @text: (nullable): the search as typed
 *
 * Shows only the events and turns that contain @text, ignoring case,
 * accents and the spaces around it: at once in a small report; in a large
 * one, once a worker has looked it up ("searching" says while it does).
 */
void
briefing_reader_state_set_search_text (BriefingReaderState *self,
                                       const char          *text)
{
  g_return_if_fail (BRIEFING_IS_READER_STATE (self));

  if (g_strcmp0 (self->search_text, text) == 0)
    return;

  g_free (self->search_text);
  self->search_text = g_strdup (text);

  g_object_freeze_notify (G_OBJECT (self));
  briefing_reader_state_search_again (self);
  g_object_notify_by_pspec (G_OBJECT (self), briefing_reader_state_properties[PROP_SEARCH_TEXT]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * briefing_reader_state_get_query:
 *
 * Returns: the search shown, without the spaces around it, "" for none:
 *   what rows highlight
 */
const char *
briefing_reader_state_get_query (BriefingReaderState *self)
{
  g_return_val_if_fail (BRIEFING_IS_READER_STATE (self), NULL);

  return self->query;
}

/**
 * briefing_reader_state_is_searching:
 *
 * Returns: whether a worker is looking up the search as typed, which the
 *   lists will then show
 */
gboolean
briefing_reader_state_is_searching (BriefingReaderState *self)
{
  g_return_val_if_fail (BRIEFING_IS_READER_STATE (self), FALSE);

  return self->searching;
}

/**
 * briefing_reader_state_prepare_search:
 *
 * Readies the events for searching in the background, for when the reader
 * is about to search: the first search is then as quick as the next.
 */
void
briefing_reader_state_prepare_search (BriefingReaderState *self)
{
  g_return_if_fail (BRIEFING_IS_READER_STATE (self));

  if (self->search_index != NULL)
    briefing_search_index_prepare (self->search_index);
}
