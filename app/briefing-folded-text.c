/* SPDX-License-Identifier: GPL-3.0-or-later */
/* memmem() */
#define _GNU_SOURCE
#include "config.h"

#include <string.h>

#include "briefing-folded-text.h"
#include "briefing-object-list.h"
#include "briefing-text-search.h"

/* From how many events the text is folded, and looked in, in parts, one
 * thread each: below it, starting a thread costs more than it saves. */
#define IN_PARTS_FROM 20000
#define MAX_PARTS 4

/* How much of the text one look for a term goes through before asking
 * whether the search is still wanted: a few milliseconds. */
#define FIND_CHUNK ((gsize) 4 << 20)

/* One buffer of haystacks. (One allocation per event, as GStrings grown
 * from 1 KiB, cost more than the text: 5.9 × the file's size after a search
 * at 100,000 events.) */
typedef struct
{
  GString *text;
  GArray  *offsets;  /* gsize: where each haystack starts, in order */
  guint    first;    /* the place of its first haystack among all */
} Part;

struct _BriefingFoldedText
{
  Part        parts[MAX_PARTS];
  guint       n_parts;
  GPtrArray  *events;         /* BriefingEvent, borrowed: at each place */
  /* Where each event is: by its file index, which is quicker to ask
   * 100,000 times a search than a hash table; by the event, when the file
   * indexes are too sparse or not one per event. */
  GArray     *by_file_index;  /* guint: its place + 1, 0 for none */
  GHashTable *starts;         /* BriefingEvent → its place + 1 */
};

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

/**
 * briefing_folded_text_append:
 *
 * Appends @event's haystack to @text: what the reader sees of its text, its
 * fact cards' too (less the chips, which the sidebar finds), folded, and a
 * NUL. Only reads the event, which does not change after loading: any
 * thread.
 */
void
briefing_folded_text_append (GString       *text,
                             BriefingEvent *event)
{
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
}

/* The events one thread folds. */
typedef struct
{
  const BriefingFoldedText *folded;
  Part                     *part;
  guint                     end;   /* its places are part->first to before it */
} Fold;

static gpointer
fold_part (gpointer data)
{
  Fold *fold = data;
  Part *part = fold->part;

  /* About what the sample's events fold to, to grow the buffer seldom.
   * GString grows by powers of two, but pages never written are not
   * resident: the buffer costs what it holds. */
  part->text = g_string_sized_new ((gsize) (fold->end - part->first) * 512);
  part->offsets = g_array_sized_new (FALSE, FALSE, sizeof (gsize), fold->end - part->first);
  for (guint i = part->first; i < fold->end; i++)
    {
      gsize start = part->text->len;

      briefing_folded_text_append (part->text, g_ptr_array_index (fold->folded->events, i));
      g_array_append_val (part->offsets, start);
    }
  return NULL;
}

static void
fold_parts (BriefingFoldedText *self)
{
  guint n = self->events->len;
  Fold folds[MAX_PARTS];
  GThread *threads[MAX_PARTS] = { NULL };

  self->n_parts = n >= IN_PARTS_FROM ? CLAMP (g_get_num_processors (), 1, MAX_PARTS) : 1;
  for (guint k = 0; k < self->n_parts; k++)
    {
      self->parts[k].first = (guint) ((guint64) n * k / self->n_parts);
      folds[k] = (Fold) { self, &self->parts[k], (guint) ((guint64) n * (k + 1) / self->n_parts) };
    }
  for (guint k = 1; k < self->n_parts; k++)
    threads[k] = g_thread_new ("briefing-fold", fold_part, &folds[k]);
  fold_part (&folds[0]);
  for (guint k = 1; k < self->n_parts; k++)
    g_thread_join (threads[k]);
}

static void
index_by_event (BriefingFoldedText *self)
{
  self->starts = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < self->events->len; i++)
    g_hash_table_insert (self->starts, g_ptr_array_index (self->events, i), GUINT_TO_POINTER (i + 1));
}

/* Makes @by_file_index of the events at each place, unless their file
 * indexes are too sparse for it or not one per event (then @starts). */
static void
index_places (BriefingFoldedText *self)
{
  guint n = self->events->len;
  guint most = 0;
  GArray *by_file_index;

  for (guint i = 0; i < n; i++)
    most = MAX (most, briefing_event_get_file_index (g_ptr_array_index (self->events, i)));
  if (n == 0 || most / 4 > n)
    {
      index_by_event (self);
      return;
    }

  by_file_index = g_array_new (FALSE, TRUE, sizeof (guint));
  g_array_set_size (by_file_index, most + 1);
  for (guint i = 0; i < n; i++)
    {
      guint file_index = briefing_event_get_file_index (g_ptr_array_index (self->events, i));

      /* Two events of one file index: the table cannot tell them apart. */
      if (g_array_index (by_file_index, guint, file_index) != 0)
        {
          g_array_unref (by_file_index);
          index_by_event (self);
          return;
        }
      g_array_index (by_file_index, guint, file_index) = i + 1;
    }
  self->by_file_index = by_file_index;
}

/**
 * briefing_folded_text_new:
 * @events: a report's events (BriefingEvent), which must not change and
 *   must outlive the result
 *
 * Folds every event, in parts at once when there are many. Any thread.
 *
 * Returns: (transfer full): their folded text
 */
BriefingFoldedText *
briefing_folded_text_new (GListModel *events)
{
  BriefingFoldedText *self = g_atomic_rc_box_new0 (BriefingFoldedText);
  guint n = g_list_model_get_n_items (events);

  self->events = g_ptr_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    {
      BriefingEvent *event = g_list_model_get_item (events, i);

      /* @events keeps them alive. */
      g_ptr_array_add (self->events, event);
      g_object_unref (event);
    }
  fold_parts (self);
  index_places (self);
  return self;
}

static void
folded_text_clear (BriefingFoldedText *self)
{
  for (guint k = 0; k < self->n_parts; k++)
    {
      g_string_free (self->parts[k].text, TRUE);
      g_array_unref (self->parts[k].offsets);
    }
  g_ptr_array_unref (self->events);
  g_clear_pointer (&self->by_file_index, g_array_unref);
  g_clear_pointer (&self->starts, g_hash_table_unref);
}

BriefingFoldedText *
briefing_folded_text_ref (BriefingFoldedText *self)
{
  return g_atomic_rc_box_acquire (self);
}

void
briefing_folded_text_unref (BriefingFoldedText *self)
{
  g_atomic_rc_box_release_full (self, (GDestroyNotify) folded_text_clear);
}

guint
briefing_folded_text_get_n_events (BriefingFoldedText *self)
{
  return self->events->len;
}

/**
 * briefing_folded_text_place_of:
 *
 * Returns: @event's place among the haystacks + 1; 0 for an event not
 *   among them
 */
guint
briefing_folded_text_place_of (BriefingFoldedText *self,
                               BriefingEvent      *event)
{
  guint file_index;
  guint place;

  if (self->by_file_index == NULL)
    return GPOINTER_TO_UINT (g_hash_table_lookup (self->starts, event));

  file_index = briefing_event_get_file_index (event);
  if (file_index >= self->by_file_index->len)
    return 0;
  place = g_array_index (self->by_file_index, guint, file_index);
  return place > 0 && g_ptr_array_index (self->events, place - 1) == event ? place : 0;
}

/* The haystack of @part holding the byte at @at. */
static guint
haystack_at (const Part *part,
             gsize       at)
{
  const gsize *offsets = (const gsize *) part->offsets->data;
  guint low = 0, high = part->offsets->len;

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

/* Marks in @found the haystacks of @part that hold @term, of those that are
 * @candidates (%NULL: all); both are by place among all. memmem() finds the
 * next place a term is, skipping what cannot match far faster than a look
 * at each haystack, over each run of candidates at once; after a hit, it
 * goes on from the next haystack. (A term cannot span two: each ends with a
 * NUL.)
 * Returns: %FALSE when @cancellable was cancelled first */
static gboolean
find_term (const Part   *part,
           const char   *term,
           gsize         term_len,
           const guint8 *candidates,
           guint8       *found,
           GCancellable *cancellable)
{
  guint n = part->offsets->len;
  const gsize *offsets = (const gsize *) part->offsets->data;
  const char *text = part->text->str;
  const guint8 *wanted = candidates != NULL ? candidates + part->first : NULL;
  guint i = 0;

  while (i < n)
    {
      guint run_end = n;
      const char *p, *stop;

      if (wanted != NULL)
        {
          while (i < n && !wanted[i])
            i++;
          if (i == n)
            break;
          for (run_end = i + 1; run_end < n && wanted[run_end]; run_end++)
            ;
        }
      p = text + offsets[i];
      stop = run_end < n ? text + offsets[run_end] : text + part->text->len;
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
          place = haystack_at (part, hit - text);
          found[part->first + place] = 1;
          p = place + 1 < n ? text + offsets[place + 1] : stop;
        }
      i = run_end;
    }
  return TRUE;
}

/* A look in one part. */
typedef struct
{
  const BriefingFoldedText *folded;
  const Part               *part;
  const char               *folded_query;
  const guint8             *candidates;
  guint8                   *hits;        /* by place among all; this part's written */
  GCancellable             *cancellable;
  gboolean                  done;        /* not cancelled */
} Look;

/* Which of the part's haystacks hold every term of the query, as
 * briefing_text_search_matches() says, of those that are candidates: each
 * term after the first is looked for only where the ones before it were
 * found. */
static gpointer
look_in_part (gpointer data)
{
  Look *look = data;
  guint n = look->folded->events->len;
  guint first = look->part->first, n_part = look->part->offsets->len;
  const char *query = look->folded_query;
  const guint8 *candidates = look->candidates;
  g_autofree guint8 *found = NULL;
  const char *term;
  gsize term_len;

  while (briefing_text_search_next_term (&query, &term, &term_len))
    {
      guint8 *next = g_malloc0 (MAX (n, 1));

      look->done = find_term (look->part, term, term_len, candidates, next, look->cancellable);
      g_free (found);
      candidates = found = next;
      if (!look->done)
        return NULL;
    }
  look->done = TRUE;
  if (found != NULL)
    memcpy (look->hits + first, found + first, n_part);
  else if (look->candidates != NULL)
    memcpy (look->hits + first, look->candidates + first, n_part);
  else
    memset (look->hits + first, 1, n_part);
  return NULL;
}

/**
 * briefing_folded_text_find:
 * @folded_query: a query folded by briefing_text_search_fold()
 * @candidates: (nullable): a byte per place, the only haystacks to look in
 *   (as those the last query found, when this one narrows it); %NULL for all
 *
 * Which haystacks hold every term of @folded_query, looked for in each part
 * at once, one thread each. Any thread.
 *
 * Returns: (transfer full) (nullable): a byte per place; %NULL when
 *   @cancellable was cancelled first
 */
guint8 *
briefing_folded_text_find (BriefingFoldedText *self,
                           const char         *folded_query,
                           const guint8       *candidates,
                           GCancellable       *cancellable)
{
  Look looks[MAX_PARTS];
  GThread *threads[MAX_PARTS] = { NULL };
  g_autofree guint8 *hits = g_malloc (MAX (self->events->len, 1));
  gboolean done = TRUE;

  for (guint k = 0; k < self->n_parts; k++)
    looks[k] = (Look) { self, &self->parts[k], folded_query, candidates, hits, cancellable, FALSE };
  for (guint k = 1; k < self->n_parts; k++)
    threads[k] = g_thread_new ("briefing-search", look_in_part, &looks[k]);
  if (self->n_parts > 0)
    look_in_part (&looks[0]);
  for (guint k = 0; k < self->n_parts; k++)
    {
      if (threads[k] != NULL)
        g_thread_join (threads[k]);
      done = done && looks[k].done;
    }
  return done ? g_steal_pointer (&hits) : NULL;
}
