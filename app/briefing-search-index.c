/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "briefing-search-index.h"
#include "briefing-text-search.h"

/* What a worker shares with the index, which may be dropped before the
 * worker is done: whichever lets go last frees it. */
typedef struct
{
  GListModel *events;
  GMutex      lock;
  GCond       done_cond;
  gboolean    done;
  GHashTable *haystacks;   /* the worker's, under the lock */
} FoldJob;

struct _BriefingSearchIndex
{
  GObject     parent_instance;

  GListModel *events;
  GHashTable *haystacks;   /* BriefingEvent → its folded text */
  gboolean    complete;    /* every event is in it */
  FoldJob    *job;         /* while a worker folds them all */
};

G_DEFINE_FINAL_TYPE (BriefingSearchIndex, briefing_search_index, G_TYPE_OBJECT)

static GHashTable *
new_haystacks (void)
{
  return g_hash_table_new_full (NULL, NULL, NULL, g_free);
}

static void
append_folded (GString    *haystack,
               const char *text)
{
  if (text == NULL || *text == '\0')
    return;
  briefing_text_search_fold_into (haystack, text);
  /* Keeps a match from spanning two fields. */
  g_string_append_c (haystack, '\n');
}

/* What the reader sees of an event's text, less figures and chips, folded.
 * Only reads the event, which does not change after loading: any thread. */
static char *
build_haystack (BriefingEvent *event)
{
  GString *haystack = g_string_sized_new (1024);
  g_autofree char *resolved = briefing_date_format (briefing_event_get_date (event));
  BriefingEntity *place = briefing_event_get_place (event);
  BriefingAttribution *attribution = briefing_event_get_attribution (event);
  GPtrArray *quotes = briefing_event_get_quotes (event);

  append_folded (haystack, briefing_event_get_headline (event));
  append_folded (haystack, briefing_event_get_body (event));
  append_folded (haystack, briefing_event_get_date_text (event));
  append_folded (haystack, resolved);
  append_folded (haystack, briefing_event_get_time_of_day (event));
  if (place != NULL)
    append_folded (haystack, briefing_entity_get_name (place));
  if (attribution != NULL)
    append_folded (haystack, attribution->text);
  for (guint i = 0; i < quotes->len; i++)
    append_folded (haystack, ((BriefingQuote *) g_ptr_array_index (quotes, i))->text);

  return g_string_free (haystack, FALSE);
}

static void
fold_job_clear (FoldJob *job)
{
  g_clear_object (&job->events);
  g_clear_pointer (&job->haystacks, g_hash_table_unref);
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
  GHashTable *haystacks = new_haystacks ();
  guint n_events = g_list_model_get_n_items (job->events);

  for (guint i = 0; i < n_events; i++)
    {
      BriefingEvent *event = g_list_model_get_item (job->events, i);

      g_hash_table_insert (haystacks, event, build_haystack (event));
      /* The list keeps the events alive. */
      g_object_unref (event);
    }

  g_mutex_lock (&job->lock);
  job->haystacks = haystacks;
  job->done = TRUE;
  g_cond_signal (&job->done_cond);
  g_mutex_unlock (&job->lock);

  fold_job_unref (job);
  return NULL;
}

/* Takes the worker's table, once it is done, waiting for it if @wait. */
static void
collect_job (BriefingSearchIndex *self,
             gboolean             wait)
{
  FoldJob *job = self->job;
  gboolean done;

  if (job == NULL)
    return;

  g_mutex_lock (&job->lock);
  while (wait && !job->done)
    g_cond_wait (&job->done_cond, &job->lock);
  done = job->done;
  if (done)
    {
      g_clear_pointer (&self->haystacks, g_hash_table_unref);
      self->haystacks = g_steal_pointer (&job->haystacks);
      self->complete = TRUE;
    }
  g_mutex_unlock (&job->lock);

  if (done)
    g_clear_pointer (&self->job, fold_job_unref);
}

static void
briefing_search_index_finalize (GObject *object)
{
  BriefingSearchIndex *self = BRIEFING_SEARCH_INDEX (object);

  /* A worker still folding keeps its job, and frees it when done. */
  g_clear_pointer (&self->job, fold_job_unref);
  g_clear_pointer (&self->haystacks, g_hash_table_unref);
  g_clear_object (&self->events);

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
  self->haystacks = new_haystacks ();
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

  if (self->complete || self->job != NULL)
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
  return self->complete;
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
  const char *haystack;

  g_return_val_if_fail (BRIEFING_IS_SEARCH_INDEX (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_EVENT (event), FALSE);
  g_return_val_if_fail (folded_query != NULL, FALSE);

  if (*folded_query == '\0')
    return TRUE;

  collect_job (self, TRUE);
  haystack = g_hash_table_lookup (self->haystacks, event);
  if (haystack == NULL)
    {
      char *built = build_haystack (event);

      g_hash_table_insert (self->haystacks, event, built);
      haystack = built;
    }
  return briefing_text_search_matches (haystack, folded_query);
}
