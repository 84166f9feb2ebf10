/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-folded-text.h"
#include "briefing-object-list.h"
#include "briefing-search-index.h"
#include "briefing-text-search.h"

/* What a worker shares with the index, which may be dropped before the
 * worker is done: whichever lets go last frees it. */
typedef struct
{
  GListModel         *events;
  GMutex              lock;
  GCond               done_cond;
  BriefingFoldedText *folded;   /* once done, under the lock */
} FoldJob;

struct _BriefingSearchIndex
{
  GObject             parent_instance;

  GListModel         *events;
  /* Every event's folded text, once a worker has made it: read from then
   * on by this thread and by the searches' workers. */
  BriefingFoldedText *all;
  /* Before that, without a worker: the events a search asked of, folded
   * as it asked (their haystacks, where each starts, and whose is where).
   * Only this thread's. */
  GString            *some;
  GArray             *some_offsets;  /* gsize */
  GHashTable         *some_places;   /* BriefingEvent → place + 1 */
  FoldJob            *job;           /* while a worker folds them all */
  /* The last query looked up in all of it at once: a byte per place,
   * whether it holds every term. */
  char               *hits_query;
  guint8             *hits;
};

G_DEFINE_FINAL_TYPE (BriefingSearchIndex, briefing_search_index, G_TYPE_OBJECT)

static void
clear_some (BriefingSearchIndex *self)
{
  if (self->some != NULL)
    g_string_free (self->some, TRUE);
  self->some = NULL;
  g_clear_pointer (&self->some_offsets, g_array_unref);
  g_clear_pointer (&self->some_places, g_hash_table_unref);
}

static void
fold_job_clear (FoldJob *job)
{
  g_clear_object (&job->events);
  g_clear_pointer (&job->folded, briefing_folded_text_unref);
  g_mutex_clear (&job->lock);
  g_cond_clear (&job->done_cond);
}

static void
fold_job_unref (FoldJob *job)
{
  g_atomic_rc_box_release_full (job, (GDestroyNotify) fold_job_clear);
}

static gpointer
fold_all_thread (gpointer data)
{
  FoldJob *job = data;
  BriefingFoldedText *folded = briefing_folded_text_new (job->events);

  g_mutex_lock (&job->lock);
  job->folded = folded;
  g_cond_broadcast (&job->done_cond);
  g_mutex_unlock (&job->lock);

  fold_job_unref (job);
  return NULL;
}

/* Every event's folded text, once @job is done, waiting for it if @wait.
 * Returns: (transfer full) (nullable) */
static BriefingFoldedText *
fold_job_take (FoldJob  *job,
               gboolean  wait)
{
  BriefingFoldedText *folded;

  g_mutex_lock (&job->lock);
  while (wait && job->folded == NULL)
    g_cond_wait (&job->done_cond, &job->lock);
  folded = job->folded != NULL ? briefing_folded_text_ref (job->folded) : NULL;
  g_mutex_unlock (&job->lock);
  return folded;
}

/* Takes the worker's text, once it is done, waiting for it if @wait. */
static void
collect_job (BriefingSearchIndex *self,
             gboolean             wait)
{
  if (self->job == NULL)
    return;

  self->all = fold_job_take (self->job, wait);
  if (self->all != NULL)
    {
      clear_some (self);
      g_clear_pointer (&self->job, fold_job_unref);
    }
}

static void
briefing_search_index_finalize (GObject *object)
{
  BriefingSearchIndex *self = BRIEFING_SEARCH_INDEX (object);

  /* A worker still folding keeps its job, and frees it when done; a search
   * still running keeps the text it reads. */
  g_clear_pointer (&self->job, fold_job_unref);
  g_clear_pointer (&self->all, briefing_folded_text_unref);
  clear_some (self);
  g_clear_object (&self->events);
  g_free (self->hits_query);
  g_free (self->hits);

  G_OBJECT_CLASS (briefing_search_index_parent_class)->finalize (object);
}

static void
briefing_search_index_class_init (BriefingSearchIndexClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = briefing_search_index_finalize;
}

static void
briefing_search_index_init (BriefingSearchIndex *self)
{
  self->some = g_string_new (NULL);
  self->some_offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  self->some_places = g_hash_table_new (NULL, NULL);
}

/**
 * briefing_search_index_new:
 * @events: a report's events (BriefingEvent), which must not change
 */
BriefingSearchIndex *
briefing_search_index_new (GListModel *events)
{
  BriefingSearchIndex *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (events), NULL);

  self = g_object_new (BRIEFING_TYPE_SEARCH_INDEX, NULL);
  self->events = g_object_ref (events);
  return self;
}

/**
 * briefing_search_index_prepare:
 *
 * Folds every event in a worker thread, unless that is done or under way.
 */
void
briefing_search_index_prepare (BriefingSearchIndex *self)
{
  g_autoptr(GThread) thread = NULL;
  FoldJob *job;

  g_return_if_fail (BRIEFING_IS_SEARCH_INDEX (self));

  if (self->all != NULL || self->job != NULL)
    return;

  job = g_atomic_rc_box_new0 (FoldJob);
  job->events = g_object_ref (self->events);
  g_mutex_init (&job->lock);
  g_cond_init (&job->done_cond);
  self->job = job;
  thread = g_thread_new ("briefing-search-index", fold_all_thread, g_atomic_rc_box_acquire (job));
}

/**
 * briefing_search_index_is_ready:
 *
 * Returns: whether every event is folded, so that a search costs no folding
 */
gboolean
briefing_search_index_is_ready (BriefingSearchIndex *self)
{
  g_return_val_if_fail (BRIEFING_IS_SEARCH_INDEX (self), FALSE);

  collect_job (self, FALSE);
  return self->all != NULL;
}

/**
 * briefing_search_index_matches:
 * @event: one of the index's events
 * @folded_query: a query folded by briefing_text_search_fold(); "" matches all
 *
 * Call it from the thread that made the index; while a worker folds, it
 * waits for it.
 */
gboolean
briefing_search_index_matches (BriefingSearchIndex *self,
                               BriefingEvent       *event,
                               const char          *folded_query)
{
  guint place;

  g_return_val_if_fail (BRIEFING_IS_SEARCH_INDEX (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_EVENT (event), FALSE);
  g_return_val_if_fail (folded_query != NULL, FALSE);

  if (*folded_query == '\0')
    return TRUE;

  collect_job (self, TRUE);
  if (self->all != NULL)
    {
      place = briefing_folded_text_place_of (self->all, event);
      g_return_val_if_fail (place > 0, FALSE);
      /* Every event folded: the query is looked up once, in all of them. */
      if (g_strcmp0 (self->hits_query, folded_query) != 0)
        {
          g_free (self->hits);
          g_free (self->hits_query);
          self->hits = briefing_folded_text_find (self->all, folded_query, NULL, NULL);
          self->hits_query = g_strdup (folded_query);
        }
      return self->hits[place - 1];
    }

  place = GPOINTER_TO_UINT (g_hash_table_lookup (self->some_places, event));
  if (place == 0)
    {
      gsize start = self->some->len;

      briefing_folded_text_append (self->some, event);
      g_array_append_val (self->some_offsets, start);
      place = self->some_offsets->len;
      g_hash_table_insert (self->some_places, event, GUINT_TO_POINTER (place));
    }
  return briefing_text_search_matches (self->some->str +
                                       g_array_index (self->some_offsets, gsize, place - 1),
                                       folded_query);
}

/* A search in a worker: what it reads, held until it is done. */
typedef struct
{
  FoldJob            *job;            /* while the text is being folded */
  BriefingFoldedText *all;            /* once it is */
  char               *folded_query;
  guint8             *candidates;     /* (nullable): the hits of a query it narrows */
  guint8             *known;          /* (nullable): its own hits, looked up before */
  BriefingObjectList *source;         /* (nullable): whose matching items to find */
  gboolean            source_is_all;  /* it is the index's own list */
} FindData;

/* What a search in a worker answers. */
typedef struct
{
  guint8             *hits;
  GPtrArray          *matching;       /* (nullable): of FindData's source, borrowed */
} Found;

static void
found_free (Found *found)
{
  g_free (found->hits);
  g_clear_pointer (&found->matching, g_ptr_array_unref);
  g_free (found);
}

static void
find_data_free (FindData *data)
{
  g_clear_pointer (&data->job, fold_job_unref);
  g_clear_pointer (&data->all, briefing_folded_text_unref);
  g_free (data->folded_query);
  g_free (data->candidates);
  g_free (data->known);
  g_clear_object (&data->source);
  g_free (data);
}

static void
find_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  FindData *data = task_data;
  Found *found;
  guint8 *hits;

  if (data->all == NULL)
    data->all = fold_job_take (data->job, TRUE);
  hits = data->known != NULL ? g_steal_pointer (&data->known) :
         briefing_folded_text_find (data->all, data->folded_query, data->candidates, cancellable);
  /* No hits: the look was cancelled, as GLib's own error says. */
  if (hits == NULL)
    {
      g_task_return_error_if_cancelled (task);
      return;
    }
  found = g_new0 (Found, 1);
  found->hits = hits;
  if (data->source != NULL)
    {
      /* A report's list, which does not change: read where it is. Finding
       * each item's place touches every event, which costs the window's
       * thread as much as the look itself. */
      guint n = g_list_model_get_n_items (G_LIST_MODEL (data->source));
      gpointer *items = briefing_object_list_peek_all (data->source);

      found->matching = g_ptr_array_sized_new (n);
      if (data->source_is_all)
        {
          /* The index's own list: each event's place is its position. */
          for (guint i = 0; i < n; i++)
            if (hits[i])
              g_ptr_array_add (found->matching, items[i]);
        }
      else
        for (guint i = 0; i < n; i++)
          {
            guint place = briefing_folded_text_place_of (data->all, items[i]);

            if (place > 0 && hits[place - 1])
              g_ptr_array_add (found->matching, items[i]);
          }
    }
  g_task_return_pointer (task, found, (GDestroyNotify) found_free);
}

/**
 * briefing_search_index_find_async:
 * @folded_query: a query folded by briefing_text_search_fold(), not ""
 * @source: (nullable): some of the index's events, a report's list, of
 *   which to find those that match too
 *
 * Looks @folded_query up in every event in a worker thread (folding them
 * first, if no worker has yet), so that briefing_search_index_matches()
 * with it is a lookup once this is finished. The look checks @cancellable
 * every few milliseconds.
 */
void
briefing_search_index_find_async (BriefingSearchIndex *self,
                                  const char          *folded_query,
                                  GListModel          *source,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  FindData *data;

  g_return_if_fail (BRIEFING_IS_SEARCH_INDEX (self));
  g_return_if_fail (folded_query != NULL && *folded_query != '\0');

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, briefing_search_index_find_async);
  /* Cancelled, it says so at once, and the worker stops at its next look. */
  g_task_set_return_on_cancel (task, TRUE);
  data = g_new0 (FindData, 1);
  data->folded_query = g_strdup (folded_query);
  if (source != NULL && BRIEFING_IS_OBJECT_LIST (source))
    data->source = g_object_ref (BRIEFING_OBJECT_LIST (source));
  data->source_is_all = source == self->events;
  g_task_set_task_data (task, data, (GDestroyNotify) find_data_free);

  briefing_search_index_prepare (self);
  collect_job (self, FALSE);
  if (self->all != NULL)
    {
      data->all = briefing_folded_text_ref (self->all);
      /* The same query again: known; one more letter typed: only what the
       * last search found can match. */
      if (g_strcmp0 (self->hits_query, folded_query) == 0)
        data->known = g_memdup2 (self->hits, MAX (briefing_folded_text_get_n_events (self->all), 1));
      else if (self->hits_query != NULL && briefing_text_search_narrows (folded_query, self->hits_query))
        data->candidates = g_memdup2 (self->hits, MAX (briefing_folded_text_get_n_events (self->all), 1));
    }
  else
    data->job = g_atomic_rc_box_acquire (self->job);
  g_task_run_in_thread (task, find_in_thread);
}

/**
 * briefing_search_index_find_finish:
 * @matching: (out) (optional) (transfer full) (element-type BriefingEvent):
 *   the events of the source that match, in its order, without references
 *   of their own (the source holds them); %NULL without a source
 *
 * Returns: whether the query's answer is ready; %FALSE, with @error set,
 *   when it was cancelled
 */
gboolean
briefing_search_index_find_finish (BriefingSearchIndex  *self,
                                   GAsyncResult         *result,
                                   GPtrArray           **matching,
                                   GError              **error)
{
  FindData *data;
  Found *found;

  g_return_val_if_fail (BRIEFING_IS_SEARCH_INDEX (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  data = g_task_get_task_data (G_TASK (result));
  found = g_task_propagate_pointer (G_TASK (result), error);
  if (found == NULL)
    return FALSE;

  collect_job (self, TRUE);
  g_free (self->hits);
  g_free (self->hits_query);
  self->hits = g_steal_pointer (&found->hits);
  self->hits_query = g_strdup (data->folded_query);
  if (matching != NULL)
    *matching = g_steal_pointer (&found->matching);
  found_free (found);
  return TRUE;
}
