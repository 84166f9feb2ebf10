/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "briefing-cancel-check.h"

/*
 * A cancelled load must stop within a fraction of 100 ms of work, whatever
 * it is doing: json-glib cannot be stopped inside a parse, so each step that
 * grows with the file is a loop that counts its items here and asks the
 * cancellable every so often. Asking is cheap (an atomic read), so "every"
 * is chosen for each loop by what its items cost: a few microseconds of work
 * between two questions, not a count that would hide a slow item.
 */

static BriefingCancelCheckHook check_hook;
static gpointer check_hook_data;

void
briefing_cancel_check_init (BriefingCancelCheck *check,
                            GCancellable        *cancellable,
                            BriefingLoadStage    stage,
                            guint                every)
{
  check->cancellable = cancellable;
  check->cancelled = FALSE;
  check->count = 0;
  briefing_cancel_check_set_stage (check, stage, every);
}

/* The next loop: its items' own cost sets how often to ask. */
void
briefing_cancel_check_set_stage (BriefingCancelCheck *check,
                                 BriefingLoadStage    stage,
                                 guint                every)
{
  check->stage = stage;
  check->every = MAX (every, 1);
  check->count = 0;
}

static gboolean
ask (BriefingCancelCheck *check)
{
  check->count = 0;
  if (check_hook != NULL)
    check_hook (check->stage, FALSE, check_hook_data);
  if (!g_cancellable_is_cancelled (check->cancellable))
    return FALSE;
  check->cancelled = TRUE;
  if (check_hook != NULL)
    check_hook (check->stage, TRUE, check_hook_data);
  return TRUE;
}

/**
 * briefing_cancel_check_items:
 * @n_items: how many items were done since the last call
 *
 * Returns: whether the load is cancelled: the loop is to stop
 */
gboolean
briefing_cancel_check_items (BriefingCancelCheck *check,
                             guint                n_items)
{
  if (check == NULL)
    return FALSE;
  if (check->cancelled)
    return TRUE;
  check->count += n_items;
  return check->count >= check->every && ask (check);
}

/* Asks at once: between steps too long to count as items. */
gboolean
briefing_cancel_check_now (BriefingCancelCheck *check)
{
  if (check == NULL)
    return FALSE;
  return check->cancelled || ask (check);
}

/* Runs this long are sorted whole: about 5,000 comparisons, well under a
 * millisecond. */
#define SORT_RUN 512

/* Merges @src[from, middle) and [middle, to) into @dst: stable, the left
 * run first on ties. */
static gboolean
merge_runs (gpointer            *src,
            gpointer            *dst,
            guint                from,
            guint                middle,
            guint                to,
            GCompareDataFunc     compare,
            gpointer             user_data,
            BriefingCancelCheck *check)
{
  guint left = from, right = middle, out = from;

  while (left < middle && right < to)
    {
      if (compare (&src[right], &src[left], user_data) < 0)
        dst[out++] = src[right++];
      else
        dst[out++] = src[left++];
      if (briefing_cancel_check_item (check))
        return FALSE;
    }
  memcpy (&dst[out], &src[left], (middle - left) * sizeof (gpointer));
  out += middle - left;
  memcpy (&dst[out], &src[right], (to - right) * sizeof (gpointer));
  return TRUE;
}

/**
 * briefing_sort_cancellable:
 * @compare: as for g_ptr_array_sort_with_data(): it is given pointers to
 *   the elements
 *
 * A stable sort, as g_ptr_array_sort_with_data(), that stops when @check
 * is cancelled: a bottom-up merge sort over runs sorted by g_qsort_with_data().
 * The array then holds its elements in some order, each once.
 *
 * Returns: %FALSE if cancelled
 */
gboolean
briefing_sort_cancellable (GPtrArray           *array,
                           GCompareDataFunc     compare,
                           gpointer             user_data,
                           BriefingCancelCheck *check)
{
  g_autofree gpointer *buffer = NULL;
  gpointer *src = array->pdata, *dst;
  guint n = array->len;
  gboolean done = TRUE;

  for (guint from = 0; from < n; from += SORT_RUN)
    {
      g_qsort_with_data (&src[from], (gint) MIN (SORT_RUN, n - from), sizeof (gpointer), compare, user_data);
      if (briefing_cancel_check_items (check, MIN (SORT_RUN, n - from)))
        return FALSE;
    }
  if (n <= SORT_RUN)
    return TRUE;

  buffer = g_new (gpointer, n);
  dst = buffer;
  for (guint width = SORT_RUN; width < n && done; width *= 2)
    {
      for (guint from = 0; from < n && done; from += 2 * width)
        {
          guint middle = MIN (from + width, n), to = MIN (from + 2 * width, n);

          done = merge_runs (src, dst, from, middle, to, compare, user_data, check);
        }
      /* Cancelled in a merge: @src still holds every element. */
      if (done)
        {
          gpointer *swap = src;

          src = dst;
          dst = swap;
        }
    }
  if (src != (gpointer *) array->pdata)
    memcpy (array->pdata, src, n * sizeof (gpointer));
  return done;
}

void
_briefing_cancel_check_set_hook (BriefingCancelCheckHook hook,
                                 gpointer                user_data)
{
  check_hook = hook;
  check_hook_data = user_data;
}

const char *
_briefing_load_stage_name (BriefingLoadStage stage)
{
  static const char *const names[] = {
    [BRIEFING_LOAD_STAGE_READ] = "read",
    [BRIEFING_LOAD_STAGE_GUARD] = "guard",
    [BRIEFING_LOAD_STAGE_PARSE] = "parse",
    [BRIEFING_LOAD_STAGE_BUILD] = "build",
    [BRIEFING_LOAD_STAGE_SORT] = "sort",
    [BRIEFING_LOAD_STAGE_INDEX] = "index",
    [BRIEFING_LOAD_STAGE_LOCATE] = "locate",
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (names) == BRIEFING_LOAD_N_STAGES);
  g_return_val_if_fail (stage < BRIEFING_LOAD_N_STAGES, NULL);
  return names[stage];
}
