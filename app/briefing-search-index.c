/* SPDX-License-Identifier: GPL-3.0-or-later */
/* memmem() */
#define _GNU_SOURCE
#include "config.h"

#include <string.h>

#include "briefing-object-list.h"
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
  /* Of every event's (the worker's): instead of @starts, which is slower to
   * ask 100,000 times a search, where each event's file index puts it. */
  GArray     *by_file_index;  /* guint: its place + 1, 0 for none */
  GPtrArray  *events;         /* BriefingEvent, borrowed: at each place */
} Haystacks;

/* What a worker shares with the index, which may be dropped before the
 * worker is done: whichever lets go last frees it. */
typedef struct
{
  GListModel *events;
  GMutex      lock;
  GCond       done_cond;
  Haystacks  *folded;      /* every event's, once done: an rc box, under the lock */
} FoldJob;

struct _BriefingSearchIndex
{
  GObject     parent_instance;

  GListModel *events;
  /* Every event's folded text, once a worker has made it: an rc box, only
   * read from then on, by this thread and by the searches' workers. */
  Haystacks  *all;
  /* Before that, without a worker: the events a search asked of, folded
   * as it asked. Only this thread's. */
  Haystacks   some;
  FoldJob    *job;         /* while a worker folds them all */
  /* The last query looked up in all of it at once: a byte per haystack,
   * whether it holds every term. */
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
  g_clear_pointer (&haystacks->by_file_index, g_array_unref);
  g_clear_pointer (&haystacks->events, g_ptr_array_unref);
}

/* Its place + 1 among @haystacks, 0 for none. */
static guint
place_of (const Haystacks *haystacks,
          BriefingEvent   *event)
{
  guint file_index;
  guint place;

  if (haystacks->by_file_index == NULL)
    return GPOINTER_TO_UINT (g_hash_table_lookup (haystacks->starts, event));

  file_index = briefing_event_get_file_index (event);
  if (file_index >= haystacks->by_file_index->len)
    return 0;
  place = g_array_index (haystacks->by_file_index, guint, file_index);
  return place > 0 && g_ptr_array_index (haystacks->events, place - 1) == event ? place : 0;
}

static void
index_by_event (Haystacks *haystacks)
{
  haystacks->starts = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < haystacks->events->len; i++)
    g_hash_table_insert (haystacks->starts, g_ptr_array_index (haystacks->events, i), GUINT_TO_POINTER (i + 1));
}

/* Makes @by_file_index of the events at each place, unless their file
 * indexes are too sparse for it or not one per event (then @starts). */
static void
index_places (Haystacks *haystacks)
{
  guint n = haystacks->events->len;
  guint most = 0;
  GArray *by_file_index;

  for (guint i = 0; i < n; i++)
    most = MAX (most, briefing_event_get_file_index (g_ptr_array_index (haystacks->events, i)));
  if (n == 0 || most / 4 > n)
    {
      index_by_event (haystacks);
      return;
    }

  by_file_index = g_array_new (FALSE, TRUE, sizeof (guint));
  g_array_set_size (by_file_index, most + 1);
  for (guint i = 0; i < n; i++)
    {
      guint file_index = briefing_event_get_file_index (g_ptr_array_index (haystacks->events, i));

      /* Two events of one file index: the table cannot tell them apart. */
      if (g_array_index (by_file_index, guint, file_index) != 0)
        {
          g_array_unref (by_file_index);
          index_by_event (haystacks);
          return;
        }
      g_array_index (by_file_index, guint, file_index) = i + 1;
    }
  haystacks->by_file_index = by_file_index;
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
  if (haystacks->starts != NULL)
    g_hash_table_insert (haystacks->starts, event, GUINT_TO_POINTER (ordinal + 1));
  return ordinal;
}

/* The haystack holding the byte at @at. */
static guint
haystack_at (const Haystacks *haystacks,
             gsize            at)
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

/* How much of the text one look for a term goes through before asking
 * whether the search is still wanted: a few milliseconds. */
#define FIND_CHUNK ((gsize) 4 << 20)

/* From how many haystacks a look is shared out between the processors:
 * below it, starting a thread costs more than it saves. */
#define FIND_IN_PARTS_FROM 20000
#define FIND_MAX_PARTS 4

/* Marks in @found the haystacks from @from to before @to that hold @term,
 * of those that are @candidates (%NULL: all): memmem() finds the next place
 * a term is, skipping what cannot match far faster than a look at each
 * haystack, over each run of candidates at once; after a hit, it goes on
 * from the next haystack. (A term cannot span two: each ends with a NUL.)
 * Returns: %FALSE when @cancellable was cancelled first */
static gboolean
find_term (const Haystacks *haystacks,
           const char      *term,
           gsize            term_len,
           const guint8    *candidates,
           guint            from,
           guint            to,
           guint8          *found,
           GCancellable    *cancellable)
{
  guint n = haystacks->offsets->len;
  const gsize *offsets = (const gsize *) haystacks->offsets->data;
  const char *text = haystacks->text->str;
  guint i = from;

  while (i < to)
    {
      guint run_end = to;
      const char *p, *stop;

      if (candidates != NULL)
        {
          while (i < to && !candidates[i])
            i++;
          if (i == to)
            break;
          for (run_end = i + 1; run_end < to && candidates[run_end]; run_end++)
            ;
        }
      p = text + offsets[i];
      stop = run_end < n ? text + offsets[run_end] : text + haystacks->text->len;
      while (p + term_len <= stop)
        {
          /* A chunk, and enough after it for a term that starts in it. */
          gsize span = MIN ((gsize) (stop - p), FIND_CHUNK + term_len - 1);
          const char *hit = memmem (p, span, term, term_len);
          guint place;

          if (g_cancellable_is_cancelled (cancellable))
            return FALSE;
          if (hit == NULL)
            {
              if (p + span == stop)
                break;
              p += span - (term_len - 1);
              continue;
            }
          place = haystack_at (haystacks, hit - text);
          found[place] = 1;
          p = place + 1 < n ? text + offsets[place + 1] : stop;
        }
      i = run_end;
    }
  return TRUE;
}

/* One part of a look: the haystacks from @from to before @to. */
typedef struct
{
  const Haystacks *haystacks;
  const char      *folded_query;
  const guint8    *candidates;
  guint            from;
  guint            to;
  guint8          *hits;        /* all the haystacks', this part written */
  GCancellable    *cancellable;
  gboolean         done;        /* not cancelled */
} FindPart;

/* Which of its haystacks hold every term of the query, as
 * briefing_text_search_matches() says, of those that are candidates: each
 * term after the first is looked for only where the ones before it were
 * found. */
static gpointer
find_part (gpointer data)
{
  FindPart *part = data;
  guint n = part->haystacks->offsets->len;
  const char *query = part->folded_query;
  const guint8 *candidates = part->candidates;
  g_autofree guint8 *found = NULL;
  const char *term;
  gsize term_len;

  while (briefing_text_search_next_term (&query, &term, &term_len))
    {
      guint8 *next = g_malloc0 (n);

      part->done = find_term (part->haystacks, term, term_len, candidates,
                              part->from, part->to, next, part->cancellable);
      g_free (found);
      candidates = found = next;
      if (!part->done)
        return NULL;
    }
  part->done = TRUE;
  if (found != NULL)
    memcpy (part->hits + part->from, found + part->from, part->to - part->from);
  else if (part->candidates != NULL)
    memcpy (part->hits + part->from, part->candidates + part->from, part->to - part->from);
  else
    memset (part->hits + part->from, 1, part->to - part->from);
  return NULL;
}

/* Which haystacks hold every term of @folded_query, of those that are
 * @candidates (%NULL: all), looked for in parts of about as many bytes at
 * once, one thread each, when there are many.
 * Returns: (nullable): a byte per haystack; %NULL when @cancellable was
 *   cancelled first */
static guint8 *
find_hits (const Haystacks *haystacks,
           const char      *folded_query,
           const guint8    *candidates,
           GCancellable    *cancellable)
{
  guint n = haystacks->offsets->len;
  guint n_parts = n >= FIND_IN_PARTS_FROM ? CLAMP (g_get_num_processors (), 1, FIND_MAX_PARTS) : 1;
  FindPart parts[FIND_MAX_PARTS];
  GThread *threads[FIND_MAX_PARTS] = { NULL };
  g_autofree guint8 *hits = g_malloc (MAX (n, 1));
  gboolean done = TRUE;

  for (guint k = 0; k < n_parts; k++)
    {
      parts[k] = (FindPart) { haystacks, folded_query, candidates, 0, n, hits, cancellable, FALSE };
      if (k > 0)
        parts[k].from = parts[k - 1].to = haystack_at (haystacks, haystacks->text->len / n_parts * k);
    }
  for (guint k = 1; k < n_parts; k++)
    threads[k] = g_thread_new ("briefing-search", find_part, &parts[k]);
  find_part (&parts[0]);
  for (guint k = 0; k < n_parts; k++)
    {
      if (threads[k] != NULL)
        g_thread_join (threads[k]);
      done = done && parts[k].done;
    }
  return done ? g_steal_pointer (&hits) : NULL;
}

static void
haystacks_unref (Haystacks *haystacks)
{
  g_atomic_rc_box_release_full (haystacks, (GDestroyNotify) haystacks_clear);
}

static void
fold_job_clear (FoldJob *job)
{
  g_clear_object (&job->events);
  g_clear_pointer (&job->folded, haystacks_unref);
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
  Haystacks *folded = g_atomic_rc_box_new0 (Haystacks);

  /* About what the sample's events fold to, to grow the buffer seldom. */
  haystacks_init (folded, (gsize) n_events * 512);
  /* Made once all are in (index_places()). */
  g_clear_pointer (&folded->starts, g_hash_table_unref);
  folded->events = g_ptr_array_sized_new (n_events);
  for (guint i = 0; i < n_events; i++)
    {
      BriefingEvent *event = g_list_model_get_item (job->events, i);

      add_haystack (folded, event);
      /* The index's list keeps the events alive; only the index asks
       * where one is. */
      g_ptr_array_add (folded->events, event);
      g_object_unref (event);
    }
  index_places (folded);
  /* GString grows by powers of two, but pages never written are not
   * resident: the buffer costs what it holds. */

  g_mutex_lock (&job->lock);
  job->folded = folded;
  g_cond_broadcast (&job->done_cond);
  g_mutex_unlock (&job->lock);

  fold_job_unref (job);
  return NULL;
}

/* Every event's folded text, once @job is done, waiting for it if @wait.
 * Returns: (transfer full) (nullable): the rc box */
static Haystacks *
fold_job_take (FoldJob  *job,
               gboolean  wait)
{
  Haystacks *folded;

  g_mutex_lock (&job->lock);
  while (wait && job->folded == NULL)
    g_cond_wait (&job->done_cond, &job->lock);
  folded = job->folded != NULL ? g_atomic_rc_box_acquire (job->folded) : NULL;
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
      haystacks_clear (&self->some);
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
  g_clear_pointer (&self->all, haystacks_unref);
  haystacks_clear (&self->some);
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
  haystacks_init (&self->some, 0);
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
      place = place_of (self->all, event);
      g_return_val_if_fail (place > 0, FALSE);
      /* Every event folded: the query is looked up once, in all of them. */
      if (g_strcmp0 (self->hits_query, folded_query) != 0)
        {
          g_free (self->hits);
          g_free (self->hits_query);
          self->hits = find_hits (self->all, folded_query, NULL, NULL);
          self->hits_query = g_strdup (folded_query);
        }
      return self->hits[place - 1];
    }

  place = place_of (&self->some, event);
  if (place == 0)
    place = add_haystack (&self->some, event) + 1;
  return briefing_text_search_matches (self->some.text->str +
                                       g_array_index (self->some.offsets, gsize, place - 1),
                                       folded_query);
}

/* A search in a worker: what it reads, held until it is done. */
typedef struct
{
  FoldJob   *job;      /* while the text is being folded */
  Haystacks *all;      /* once it is */
  char      *folded_query;
  guint8    *candidates; /* (nullable): the hits of a query it narrows */
  guint8    *known;      /* (nullable): its own hits, looked up before */
  BriefingObjectList *source;  /* (nullable): whose matching items to find */
  gboolean   source_is_all;     /* it is the index's own list */
} FindData;

/* What a search in a worker answers. */
typedef struct
{
  guint8    *hits;
  GPtrArray *matching;  /* (nullable): of FindData's source, borrowed */
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
  g_clear_pointer (&data->all, haystacks_unref);
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
         find_hits (data->all, data->folded_query, data->candidates, cancellable);
  if (hits == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Search cancelled");
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
            guint place = place_of (data->all, items[i]);

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
      data->all = g_atomic_rc_box_acquire (self->all);
      /* The same query again: known; one more letter typed: only what the
       * last search found can match. */
      if (g_strcmp0 (self->hits_query, folded_query) == 0)
        data->known = g_memdup2 (self->hits, MAX (self->all->offsets->len, 1));
      else if (self->hits_query != NULL && briefing_text_search_narrows (folded_query, self->hits_query))
        data->candidates = g_memdup2 (self->hits, MAX (self->all->offsets->len, 1));
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
