/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * benchmark-cancel FILE [STEP_MS]: how soon a load stops once cancelled.
 * Loads FILE once to the end for its time T, then again and again, cancelling
 * after 0, STEP_MS, 2 × STEP_MS… up to T, each time measuring from the cancel
 * to the load's completion callback (the worker thread has returned then).
 * Prints each latency and the longest: the figure docs/robustness.md keeps.
 */
#include "config.h"

#include <locale.h>

#include "briefing-loader.h"

typedef struct
{
  GMainLoop *loop;
  gint64     cancelled_at;
  gint64     finished_at;
  gboolean   cancelled;
} Run;

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Run *run = user_data;
  g_autoptr(BriefingReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = briefing_report_load_finish (result, &error);
  run->finished_at = g_get_monotonic_time ();
  run->cancelled = g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  if (report == NULL && !run->cancelled)
    g_printerr ("%s\n", error->message);
  g_main_loop_quit (run->loop);
}

static gboolean
cancel_cb (gpointer cancellable)
{
  g_cancellable_cancel (cancellable);
  return G_SOURCE_REMOVE;
}

static void
on_cancelled_cb (GCancellable *cancellable,
                 Run          *run)
{
  run->cancelled_at = g_get_monotonic_time ();
}

/* Returns the time from the start (@after_ms < 0: no cancel) or from the
 * cancel to the end, in µs. */
static gint64
load_once (GFile *file,
           int    after_ms,
           gboolean *cancelled)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Run run = { loop, 0, 0, FALSE };
  gint64 start = g_get_monotonic_time ();

  g_signal_connect (cancellable, "cancelled", G_CALLBACK (on_cancelled_cb), &run);
  if (after_ms >= 0)
    g_timeout_add (after_ms, cancel_cb, cancellable);
  briefing_report_load_async (file, cancellable, NULL, NULL, NULL, on_loaded_cb, &run);
  g_main_loop_run (loop);
  *cancelled = run.cancelled;
  return run.finished_at - (after_ms >= 0 && run.cancelled ? run.cancelled_at : start);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  gint64 total, longest = 0;
  int step;
  gboolean cancelled;

  setlocale (LC_ALL, "");
  if (argc < 2 || argc > 3)
    {
      g_printerr ("usage: %s FILE [STEP_MS]\n", argv[0]);
      return 2;
    }
  file = g_file_new_for_commandline_arg (argv[1]);
  step = argc == 3 ? atoi (argv[2]) : 100;
  total = load_once (file, -1, &cancelled);
  g_print ("whole load: %.0f ms\n", total / 1000.0);
  for (int after = 0; after * 1000 < total; after += MAX (step, 1))
    {
      gint64 latency = load_once (file, after, &cancelled);

      if (!cancelled)
        continue;
      g_print ("cancelled at %5d ms: stopped in %6.1f ms\n", after, latency / 1000.0);
      longest = MAX (longest, latency);
    }
  g_print ("longest: %.1f ms\n", longest / 1000.0);
  return 0;
}
