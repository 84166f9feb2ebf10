/* SPDX-License-Identifier: GPL-3.0-or-later */
/* memmem() */
#define _GNU_SOURCE
#include "config.h"

#include <string.h>

#include "briefing-search-index.h"
#include "briefing-text-search.h"

/* Folded text, all of it in one buffer: each event's haystack ends with a
 * NUL, and a table says where each starts. (One allocation per event, as
 * GStrings grown from 1 KiB, cost more than the text: 5.9 × the file's size
 * after a search at 100,000 events.) */
typedef struct
{
  GString    *text;
  GArray     *offsets;  /* gsize: where each haystack starts, in order */
  GHashTable *starts;   /* BriefingEvent → its haystack's place in @offsets + 1 */
} Haystacks;

/* What a worker shares with the index, which may be dropped before the
 * worker is done: whichever lets go last frees it. */
typedef struct
{
  GListModel *events;
  GMutex      lock;
  GCond       done_cond;
  gboolean    done;
  Haystacks   haystacks;   /* the worker's, under the lock */
} FoldJob;

struct _BriefingSearchIndex
{
  GObject     parent_instance;

  GListModel *events;
  Haystacks   haystacks;
  gboolean    complete;    /* every event is in it */
  FoldJob    *job;         /* while a worker folds them all */
  /* The last query looked up in the whole text at once: a byte per
   * haystack, whether it holds every term. */
  char       *hits_query;
  guint8     *hits;
};

G_DEFINE_FINAL_TYPE (BriefingSearchIndex, briefing_search_index, G_TYPE_OBJECT)

static void
haystacks_init (Haystacks *haystacks,
                gsize      size)
{
  haystacks->text = g_string_sized_new (size);
  haystacks->offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  haystacks->starts = g_hash_table_new (NULL, NULL);
}

static void
haystacks_clear (Haystacks *haystacks)
{
  if (haystacks->text != NULL)
    g_string_free (haystacks->text, TRUE);
  haystacks->text = NULL;
  g_clear_pointer (&haystacks->offsets, g_array_unref);
  g_clear_pointer (&haystacks->starts, g_hash_table_unref);
}

/* Folds @text onto @folded as briefing_text_search_fold_into() does, but
 * copies runs of ASCII (most of report text) a run at a time, lower-cased
 * in place; only other characters go through the full fold, one by one (a
 * character's fold does not depend on its neighbours). */
static void
append_folded (GString    *folded,
               const char *text)
{
  const char *p = text;

  if (text == NULL || *text == '\0')
    return;
  while (*p != '\0')
    {
      const char *run = p;

      while ((guchar) *p >= 0x01 && (guchar) *p < 0x80)
        p++;
      if (p > run)
        {
          gsize from = folded->len;

          g_string_append_len (folded, run, p - run);
          for (char *c = folded->str + from; c < folded->str + folded->len; c++)
            *c = g_ascii_tolower (*c);
        }
      if (*p != '\0')
        {
          char character[8] = { 0 };
          const char *next = g_utf8_next_char (p);

          memcpy (character, p, MIN ((gsize) (next - p), sizeof character - 1));
          briefing_text_search_fold_into (folded, character);
          p = next;
        }
    }
  /* Keeps a match from spanning two fields. */
  g_string_append_c (folded, '\n');
}

/* What the reader sees of an event's text, its fact cards' too (less the
 * chips, which the sidebar finds), folded,
 * appended to @haystacks. Only reads the event, which does not change after
 * loading: any thread. Returns: its place among the haystacks. */
static guint
add_haystack (Haystacks     *haystacks,
              BriefingEvent *event)
{
  GString *text = haystacks->text;
  gsize start = text->len;
  guint ordinal = haystacks->offsets->len;
  g_autofree char *resolved = briefing_date_format (briefing_event_get_date (event));
  BriefingEntity *place = briefing_event_get_place (event);
  BriefingAttribution *attribution = briefing_event_get_attribution (event);
  GPtrArray *quotes = briefing_event_get_quotes (event);
  GPtrArray *figures = briefing_event_get_figures (event);

  append_folded (text, briefing_event_get_headline (event));
  append_folded (text, briefing_event_get_body (event));
  append_folded (text, briefing_event_get_date_text (event));
  append_folded (text, resolved);
  append_folded (text, briefing_event_get_time_of_day (event));
  if (place != NULL)
    append_folded (text, briefing_entity_get_name (place));
  if (attribution != NULL)
    append_folded (text, attribution->text);
  for (guint i = 0; i < quotes->len; i++)
    append_folded (text, ((BriefingQuote *) g_ptr_array_index (quotes, i))->text);
  for (guint i = 0; i < figures->len; i++)
    {
      BriefingFigure *figure = g_ptr_array_index (figures, i);

      append_folded (text, figure->label);
      append_folded (text, figure->unit);
      append_folded (text, figure->text);
      if (figure->attribution != NULL)
        append_folded (text, figure->attribution->text);
    }
  /* The end of this haystack: the next starts after it. */
  g_string_append_c (text, '\0');

  g_array_append_val (haystacks->offsets, start);
  g_hash_table_insert (haystacks->starts, event, GUINT_TO_POINTER (ordinal + 1));
  return ordinal;
}

/* The haystack holding the byte at @at. */
static guint
haystack_at (Haystacks *haystacks,
             gsize      at)
{
  const gsize *offsets = (const gsize *) haystacks->offsets->data;
  guint low = 0, high = haystacks->offsets->len;

  /* The last that starts at or before @at. */
  while (high - low > 1)
    {
      guint middle = low + (high - low) / 2;

      if (offsets[middle] <= at)
        low = middle;
      else
        high = middle;
    }
  return low;
}

/* Looks each term of @folded_query up in the whole text at once (memmem
 * finds the next place a term is, skipping what cannot match far faster than
 * a look at each haystack), then goes on from the next haystack: which
 * haystacks hold every term, as briefing_text_search_matches() says. */
static guint8 *
find_hits (Haystacks  *haystacks,
           const char *folded_query)
{
  guint n = haystacks->offsets->len;
  const char *text = haystacks->text->str;
  const char *end = text + haystacks->text->len;
  guint8 *hits = g_malloc (MAX (n, 1));
  g_autofree guint8 *found = g_malloc (MAX (n, 1));
  const char *term;
  gsize term_len;

  memset (hits, 1, n);
  while (briefing_text_search_next_term (&folded_query, &term, &term_len))
    {
      const char *p = text;
      const char *hit;

      memset (found, 0, n);
      while (p < end && (hit = memmem (p, end - p, term, term_len)) != NULL)
        {
          guint place = haystack_at (haystacks, hit - text);

          found[place] = 1;
          p = place + 1 < n ? text + g_array_index (haystacks->offsets, gsize, place + 1) : end;
        }
      for (guint i = 0; i < n; i++)
        hits[i] &= found[i];
    }
  return hits;
}

static void
fold_job_clear (FoldJob *job)
{
  g_clear_object (&job->events);
  haystacks_clear (&job->haystacks);
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
  guint n_events = g_list_model_get_n_items (job->events);
  Haystacks haystacks;

  /* About what the sample's events fold to, to grow the buffer seldom. */
  haystacks_init (&haystacks, (gsize) n_events * 512);
  for (guint i = 0; i < n_events; i++)
    {
      BriefingEvent *event = g_list_model_get_item (job->events, i);

      add_haystack (&haystacks, event);
      /* The list keeps the events alive. */
      g_object_unref (event);
    }
  /* GString grows by powers of two, but pages never written are not
   * resident: the buffer costs what it holds. */

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
      haystacks_clear (&self->haystacks);
      self->haystacks = job->haystacks;
      job->haystacks = (Haystacks) { 0 };
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
  haystacks_clear (&self->haystacks);
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
  haystacks_init (&self->haystacks, 0);
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
  guint place;

  g_return_val_if_fail (BRIEFING_IS_SEARCH_INDEX (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_EVENT (event), FALSE);
  g_return_val_if_fail (folded_query != NULL, FALSE);

  if (*folded_query == '\0')
    return TRUE;

  collect_job (self, TRUE);
  place = GPOINTER_TO_UINT (g_hash_table_lookup (self->haystacks.starts, event));
  if (self->complete && place > 0)
    {
      /* Every event folded: the query is looked up once, in all of them. */
      if (g_strcmp0 (self->hits_query, folded_query) != 0)
        {
          g_free (self->hits);
          g_free (self->hits_query);
          self->hits = find_hits (&self->haystacks, folded_query);
          self->hits_query = g_strdup (folded_query);
        }
      return self->hits[place - 1];
    }
  if (place == 0)
    place = add_haystack (&self->haystacks, event) + 1;
  return briefing_text_search_matches (self->haystacks.text->str +
                                       g_array_index (self->haystacks.offsets, gsize, place - 1),
                                       folded_query);
}
