/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-free-later.h"

/*
 * What a cancelled load had built, freed on a thread of its own.
 *
 * Freeing a report is some 20 blocks an event: 300 ms of CPU at 100,000
 * events, a second at 300,000 (docs/robustness.md, "Cancellation"). A
 * cancelled load's worker hands what it built here and ends at once, so
 * that the load that replaces it starts without waiting for the freeing.
 * What comes here is no one else's: objects of the model, json-glib trees,
 * never a widget, so any thread may free it.
 */

typedef struct
{
  gpointer       data;
  GDestroyNotify free_func;
} Leftover;

static GMutex lock;
static GCond freed;
static guint n_pending;
static GThreadPool *pool;

static void
free_leftover (gpointer data,
               gpointer user_data)
{
  Leftover *leftover = data;

  leftover->free_func (leftover->data);
  g_free (leftover);
  g_mutex_lock (&lock);
  if (--n_pending == 0)
    g_cond_broadcast (&freed);
  g_mutex_unlock (&lock);
}

/**
 * briefing_free_later:
 * @data: (transfer full): what to free; %NULL does nothing
 * @free_func: how to free it
 *
 * Frees @data with @free_func soon, on another thread, one thing after the
 * other in the order given. @data must be reachable from nowhere else.
 */
void
briefing_free_later (gpointer       data,
                     GDestroyNotify free_func)
{
  Leftover *leftover;

  g_return_if_fail (free_func != NULL);

  if (data == NULL)
    return;
  leftover = g_new (Leftover, 1);
  leftover->data = data;
  leftover->free_func = free_func;
  g_mutex_lock (&lock);
  /* One thing at a time, on GLib's shared threads (not GIO's pool of
   * workers, which the next load runs in). */
  if (pool == NULL)
    pool = g_thread_pool_new (free_leftover, NULL, 1, FALSE, NULL);
  n_pending++;
  g_mutex_unlock (&lock);
  g_thread_pool_push (pool, leftover, NULL);
}

/**
 * briefing_free_later_wait:
 *
 * Waits until everything given to briefing_free_later() so far is freed:
 * for tests and benchmarks, which look at what was freed.
 */
void
briefing_free_later_wait (void)
{
  g_mutex_lock (&lock);
  while (n_pending > 0)
    g_cond_wait (&freed, &lock);
  g_mutex_unlock (&lock);
}
