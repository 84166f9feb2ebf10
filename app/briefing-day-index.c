/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "briefing-day-index.h"

struct _BriefingDayIndex
{
  gatomicrefcount ref_count;
  guint           n_events;
  gint64         *first_days;  /* sorted ascending */
  gint64         *last_days;   /* sorted ascending */

  /* Per day of the span, how many first (and last) days fall before it: a
   * count is then two array reads. Only for a span not much longer than
   * the events are many (see make_prefixes); else binary searches. */
  gint64          span_first, span_last;
  guint          *first_below;
  guint          *last_below;

  /* The events by first day, and over them a tree of the latest last day
   * in each power-of-two run: the events covering a span are found by
   * descending only into runs that reach it. */
  BriefingEvent **events;      /* borrowed from @list, which holds them */
  gint64         *reach;       /* the tree: reach[1] the root, leaves from @n_leaves */
  guint           n_leaves;
  GListModel     *list;
};

G_DEFINE_BOXED_TYPE (BriefingDayIndex, briefing_day_index,
                     briefing_day_index_ref, briefing_day_index_unref)

static int
compare_first_days (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  gint64 x = briefing_event_get_date (*(BriefingEvent * const *) a)->first_day;
  gint64 y = briefing_event_get_date (*(BriefingEvent * const *) b)->first_day;

  return (x > y) - (x < y);
}

static int
compare_days (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/* How many of the sorted @days are < @day. */
static guint
count_below (const gint64 *days,
             guint         n,
             gint64        day)
{
  guint low = 0, high = n;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (days[middle] < day)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

/* The longest span given per-day counts: a few days per event, so that
 * the arrays cost about what the index does; beyond it, binary searches
 * (a report over 13.8 billion years makes none). */
#define PREFIX_DAYS_PER_EVENT 16
#define PREFIX_MIN_DAYS       4096
#define PREFIX_MAX_DAYS       (G_GINT64_CONSTANT (1) << 22)

/* @last_days: the events' last days in their order, or %NULL to read them. */
static void
make_tree (BriefingDayIndex *self,
           const gint64     *last_days)
{
  self->n_leaves = 1;
  while (self->n_leaves < self->n_events)
    self->n_leaves *= 2;
  self->reach = g_new (gint64, 2 * (gsize) self->n_leaves);
  for (guint i = 0; i < self->n_leaves; i++)
    self->reach[self->n_leaves + i] = i >= self->n_events ? G_MININT64 :
      last_days != NULL ? last_days[i] : briefing_event_get_date (self->events[i])->last_day;
  for (guint node = self->n_leaves - 1; node >= 1; node--)
    self->reach[node] = MAX (self->reach[2 * node], self->reach[2 * node + 1]);
}

/* below[d]: how many of the sorted @days are before span_first + d. */
static guint *
make_below (const gint64 *days,
            guint         n,
            gint64        span_first,
            gsize         n_days)
{
  guint *below = g_new (guint, n_days);
  guint i = 0;

  for (gsize d = 0; d < n_days; d++)
    {
      while (i < n && days[i] < span_first + (gint64) d)
        i++;
      below[d] = i;
    }
  return below;
}

static void
make_prefixes (BriefingDayIndex *self)
{
  gint64 n_days;

  if (self->n_events == 0)
    return;
  self->span_first = self->first_days[0];
  self->span_last = self->last_days[self->n_events - 1];
  n_days = self->span_last - self->span_first + 1;
  if (n_days > PREFIX_MAX_DAYS ||
      n_days > MAX (PREFIX_MIN_DAYS, (gint64) self->n_events * PREFIX_DAYS_PER_EVENT))
    return;
  self->first_below = make_below (self->first_days, self->n_events, self->span_first, n_days);
  self->last_below = make_below (self->last_days, self->n_events, self->span_first, n_days);
}

/* How many of the sorted @days (first or last days, with @below) are < @day. */
static guint
count_days_below (BriefingDayIndex *self,
                  const gint64     *days,
                  const guint      *below,
                  gint64            day)
{
  if (below == NULL)
    return count_below (days, self->n_events, day);
  if (day <= self->span_first)
    return 0;
  if (day > self->span_last)
    return self->n_events;
  return below[day - self->span_first];
}

/* The first position, in first-day order, of an event ending on or after
 * @day; the number of events if none does. */
static guint
first_reaching (BriefingDayIndex *self,
                gint64            day)
{
  guint node = 1;

  if (self->n_events == 0 || self->reach[1] < day)
    return self->n_events;
  /* Down the tree, to the left whenever the left run reaches @day. */
  while (node < self->n_leaves)
    node = self->reach[2 * node] >= day ? 2 * node : 2 * node + 1;
  return node - self->n_leaves;
}

/**
 * briefing_day_index_new:
 * @events: a list of #BriefingEvent
 *
 * Returns: (transfer full): the index of the days @events cover
 */
BriefingDayIndex *
briefing_day_index_new (GListModel *events)
{
  BriefingDayIndex *self;
  gboolean in_order = TRUE;

  g_return_val_if_fail (G_IS_LIST_MODEL (events), NULL);

  self = g_new0 (BriefingDayIndex, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->n_events = g_list_model_get_n_items (events);
  self->first_days = g_new (gint64, MAX (self->n_events, 1));
  self->last_days = g_new (gint64, MAX (self->n_events, 1));
  self->events = g_new (BriefingEvent *, MAX (self->n_events, 1));
  self->list = g_object_ref (events);
  for (guint i = 0; i < self->n_events; i++)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (events, i);
      const BriefingDate *date = briefing_event_get_date (event);

      self->first_days[i] = date->first_day;
      self->last_days[i] = date->last_day;
      self->events[i] = event;
    }
  /* A report's lists come sorted by first day (briefing_event_compare()'s
   * first key): then the events are in first-day order as they are, and
   * only the last days need sorting. Sorting the events anyway looked at
   * their dates n log n times, a type check each: most of the type checks
   * in a profile of searching 100,000 events, as the time overview indexes
   * what is shown after each search. */
  for (guint i = 1; i < self->n_events && in_order; i++)
    in_order = self->first_days[i - 1] <= self->first_days[i];
  if (!in_order)
    {
      /* g_qsort_with_data() is stable, so events of one day keep their order. */
      g_qsort_with_data (self->first_days, self->n_events, sizeof (gint64), compare_days, NULL);
      g_qsort_with_data (self->events, self->n_events, sizeof (BriefingEvent *), compare_first_days, NULL);
    }
  /* In order, the last days are still the events' own, before their sort. */
  make_tree (self, in_order ? self->last_days : NULL);
  g_qsort_with_data (self->last_days, self->n_events, sizeof (gint64), compare_days, NULL);
  make_prefixes (self);
  return self;
}

BriefingDayIndex *
briefing_day_index_ref (BriefingDayIndex *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
briefing_day_index_unref (BriefingDayIndex *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->first_days);
  g_free (self->last_days);
  g_free (self->events);
  g_free (self->reach);
  g_free (self->first_below);
  g_free (self->last_below);
  g_object_unref (self->list);
  g_free (self);
}

guint
briefing_day_index_get_n_events (BriefingDayIndex *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_events;
}

/**
 * briefing_day_index_get_span:
 * @first_day: (out) (optional): the earliest day an event covers
 * @last_day: (out) (optional): the latest day an event covers
 *
 * Returns: whether there is an event at all
 */
gboolean
briefing_day_index_get_span (BriefingDayIndex *self,
                             gint64           *first_day,
                             gint64           *last_day)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->n_events == 0)
    return FALSE;
  if (first_day != NULL)
    *first_day = self->first_days[0];
  if (last_day != NULL)
    *last_day = self->last_days[self->n_events - 1];
  return TRUE;
}

/**
 * briefing_day_index_count:
 *
 * Returns: how many events cover at least one day of @first_day to
 *   @last_day, both included (see briefing_event_covers_period())
 */
guint
briefing_day_index_count (BriefingDayIndex *self,
                          gint64            first_day,
                          gint64            last_day)
{
  guint ended_before, started_after;

  g_return_val_if_fail (self != NULL, 0);

  if (last_day < first_day)
    return 0;
  ended_before = count_days_below (self, self->last_days, self->last_below, first_day);
  started_after = last_day == G_MAXINT64 ? 0 :
    self->n_events - count_days_below (self, self->first_days, self->first_below, last_day + 1);
  /* No event both ends before @first_day and starts after @last_day. */
  return self->n_events - ended_before - started_after;
}

/**
 * briefing_day_index_fill_bins:
 * @first_day: the first day of the first bin
 * @days_per_bin: how many days a bin holds, > 0; fractions of a day are
 *   allowed (a bin is then the day it falls in)
 * @counts: (array length=n_bins) (out caller-allocates): per bin, how many
 *   events cover one of its days
 *
 * An event spanning several bins counts in each, as the strip draws it
 * over each: the bins show how busy each stretch of time is, and do not
 * add up to the number of events.
 */
void
briefing_day_index_fill_bins (BriefingDayIndex *self,
                              gint64            first_day,
                              double            days_per_bin,
                              guint            *counts,
                              guint             n_bins)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (days_per_bin > 0);
  g_return_if_fail (counts != NULL || n_bins == 0);

  for (guint i = 0; i < n_bins; i++)
    {
      gint64 start = first_day + (gint64) floor (i * days_per_bin);
      gint64 end = first_day + (gint64) ceil ((i + 1) * days_per_bin) - 1;

      counts[i] = briefing_day_index_count (self, start, MAX (start, end));
    }
}

/**
 * briefing_event_covers_period:
 *
 * The period rule: an event belongs to a period when one of the days its
 * date covers lies in it ("intersects", not "inside"). A date is as precise
 * as the text: "March 2024" may be any day of March, so a period of the
 * 10th to the 20th cannot rule it out; and with "inside" a period narrower
 * than a month would hide every month-precise event, which is the opposite
 * of honest about fuzzy dates.
 *
 * Returns: whether @event covers a day of @first_day to @last_day
 */
gboolean
briefing_event_covers_period (BriefingEvent *event,
                              gint64         first_day,
                              gint64         last_day)
{
  const BriefingDate *date;

  g_return_val_if_fail (BRIEFING_IS_EVENT (event), FALSE);

  date = briefing_event_get_date (event);
  return date->first_day <= last_day && date->last_day >= first_day;
}

/**
 * briefing_day_index_lookup:
 * @start: (out): the first position, in first-day order, of an event that
 *   may cover a day of the span
 * @end: (out): the position after the last one
 *
 * The events between @start and @end include every event covering a day of
 * @first_day to @last_day; those that end before @first_day may be among
 * them and are the caller's to skip. Events that start early and last long
 * widen the range, but it is found without a scan.
 *
 * Returns: whether the range holds any event
 */
gboolean
briefing_day_index_lookup (BriefingDayIndex *self,
                           gint64            first_day,
                           gint64            last_day,
                           guint            *start,
                           guint            *end)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (start != NULL && end != NULL, FALSE);

  *start = first_reaching (self, first_day);
  *end = last_day == G_MAXINT64 ? self->n_events :
    count_days_below (self, self->first_days, self->first_below, last_day + 1);
  if (*end < *start)
    *end = *start;
  return *start < *end;
}

/* Appends the positions below @end, in the run of @node (from @low, of
 * @size leaves), of events ending on or after @day. */
static void
collect_reaching (BriefingDayIndex *self,
                  guint             node,
                  guint             low,
                  guint             size,
                  guint             end,
                  gint64            day,
                  GArray           *positions)
{
  if (low >= end || self->reach[node] < day)
    return;
  if (size == 1)
    {
      g_array_append_val (positions, low);
      return;
    }
  collect_reaching (self, 2 * node, low, size / 2, end, day, positions);
  collect_reaching (self, 2 * node + 1, low + size / 2, size / 2, end, day, positions);
}

/**
 * briefing_day_index_collect:
 * @positions: (element-type guint): where to append the positions
 *
 * Appends to @positions, in first-day order (see
 * briefing_day_index_peek_event()), the position of every event covering a
 * day of @first_day to @last_day, and only those: found in time
 * proportional to their number (times the tree's depth), however many
 * events start before the span and however long they last.
 *
 * Returns: how many were appended
 */
guint
briefing_day_index_collect (BriefingDayIndex *self,
                            gint64            first_day,
                            gint64            last_day,
                            GArray           *positions)
{
  guint before, end;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (positions != NULL, 0);
  g_return_val_if_fail (g_array_get_element_size (positions) == sizeof (guint), 0);

  before = positions->len;
  if (self->n_events == 0 || last_day < first_day)
    return 0;
  end = last_day == G_MAXINT64 ? self->n_events :
    count_days_below (self, self->first_days, self->first_below, last_day + 1);
  collect_reaching (self, 1, 0, self->n_leaves, end, first_day, positions);
  return positions->len - before;
}

static guint
count_reaching (BriefingDayIndex *self,
                guint             node,
                guint             low,
                guint             size,
                guint             end,
                gint64            day)
{
  if (low >= end || self->reach[node] < day)
    return 0;
  if (size == 1)
    return 1;
  return count_reaching (self, 2 * node, low, size / 2, end, day) +
         count_reaching (self, 2 * node + 1, low + size / 2, size / 2, end, day);
}

/**
 * briefing_day_index_count_across:
 * @first_day: a day
 * @last_day: a later one
 *
 * The events covering every day from @first_day to @last_day: those that
 * cover both a span ending on @first_day and one starting on @last_day,
 * as a bin and a period apart from it. Found in time proportional to
 * their number (times the tree's depth).
 *
 * Returns: how many events start on or before @first_day and end on or
 *   after @last_day
 */
guint
briefing_day_index_count_across (BriefingDayIndex *self,
                                 gint64            first_day,
                                 gint64            last_day)
{
  guint end;

  g_return_val_if_fail (self != NULL, 0);

  if (self->n_events == 0)
    return 0;
  end = first_day == G_MAXINT64 ? self->n_events :
    count_days_below (self, self->first_days, self->first_below, first_day + 1);
  return count_reaching (self, 1, 0, self->n_leaves, end, last_day);
}

/**
 * briefing_day_index_find:
 * @event: an event of the index
 * @position: (out): its position in first-day order
 *
 * Found among the events of its first day, not by a walk over all.
 *
 * Returns: whether @event is in the index
 */
gboolean
briefing_day_index_find (BriefingDayIndex *self,
                         BriefingEvent    *event,
                         guint            *position)
{
  gint64 first_day;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (BRIEFING_IS_EVENT (event), FALSE);
  g_return_val_if_fail (position != NULL, FALSE);

  first_day = briefing_event_get_date (event)->first_day;
  for (guint i = count_below (self->first_days, self->n_events, first_day);
       i < self->n_events && self->first_days[i] == first_day; i++)
    if (self->events[i] == event)
      {
        *position = i;
        return TRUE;
      }
  return FALSE;
}

/**
 * briefing_day_index_peek_event:
 * @position: a position in first-day order, below the number of events
 *
 * Returns: (transfer none): the event there
 */
BriefingEvent *
briefing_day_index_peek_event (BriefingDayIndex *self,
                               guint             position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->n_events, NULL);

  return self->events[position];
}
