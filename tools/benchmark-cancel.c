/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * benchmark-cancel [--points N] FILE…: how soon a load stops once cancelled.
 *
 * Loads each FILE once to the end for its time T and the moments its stages
 * begin, then N more times (20 unless told), cancelling at evenly spaced
 * moments through T (at T × (i + ½) / N). For each cancel it measures, from
 * the g_cancellable_cancel():
 *
 * - "heard": until the loading thread's check finds the load cancelled, and
 *   in which stage (read, guard, parse, build, sort, index, locate);
 * - "stopped": until the completion callback, when the worker thread has
 *   returned — the figure docs/robustness.md keeps;
 * - "freed": until what the load built is freed too, on the side
 *   (briefing_free_later()), while the next load could already run;
 * - the process's CPU time over "stopped" (the main thread sleeps in its
 *   main loop meanwhile, so it is the worker's), as the machine may be
 *   loaded: the load average is printed before and after.
 *
 * Prints min / median / max of each, and the "stopped" figures by the stage
 * the cancel was heard in.
 *
 * With --stage NAME the N cancels are not timed but aimed: when the loading
 * thread first asks in stage NAME (e.g. sort, index: the finishing steps,
 * which a few evenly spaced moments may miss), it has the main thread cancel
 * the load, as a window would, and the figures are measured from there.
 */
#define _POSIX_C_SOURCE 200809L
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <time.h>

#include "briefing-cancel-check.h"
#include "briefing-free-later.h"
#include "briefing-loader.h"

typedef struct
{
  GMainLoop        *loop;
  GCancellable     *cancellable;
  gint64            started_at;
  gint64            cancelled_at;
  gint64            cancelled_cpu;
  gint64            finished_at;
  gint64            finished_cpu;
  gint64            freed_at;
  gboolean          cancelled;
  BriefingLoadStage cancel_in;         /* BRIEFING_LOAD_N_STAGES: by time */
  /* Written by the loading thread, read once the load has completed. */
  gboolean          cancel_asked;
  gint64            heard_at;
  BriefingLoadStage heard_in;
  gint64            stage_begins[BRIEFING_LOAD_N_STAGES];
} Run;

static gint64
process_cpu_time (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return (gint64) now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000;
}

static gboolean cancel_cb (gpointer user_data);

static void
on_check_cb (BriefingLoadStage stage,
             gboolean          cancelled,
             gpointer          user_data)
{
  Run *run = user_data;

  if (stage == run->cancel_in && !run->cancel_asked)
    {
      run->cancel_asked = TRUE;
      g_main_context_invoke (NULL, cancel_cb, run);
    }
  if (run->stage_begins[stage] == 0)
    run->stage_begins[stage] = g_get_monotonic_time ();
  if (cancelled && run->heard_at == 0)
    {
      run->heard_at = g_get_monotonic_time ();
      run->heard_in = stage;
    }
}

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
  run->finished_cpu = process_cpu_time ();
  run->cancelled = g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  briefing_free_later_wait ();
  run->freed_at = g_get_monotonic_time ();
  if (report == NULL && !run->cancelled)
    g_printerr ("%s\n", error->message);
  g_main_loop_quit (run->loop);
}

static gboolean
cancel_cb (gpointer user_data)
{
  Run *run = user_data;

  run->cancelled_at = g_get_monotonic_time ();
  run->cancelled_cpu = process_cpu_time ();
  g_cancellable_cancel (run->cancellable);
  return G_SOURCE_REMOVE;
}

/* Loads @file, cancelling after @after_us (< 0: never), or when it comes
 * to stage @cancel_in. */
static void
load_once (GFile             *file,
           gint64             after_us,
           BriefingLoadStage  cancel_in,
           Run               *run)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  guint cancel_id = 0;

  *run = (Run) { loop, cancellable };
  run->cancel_in = cancel_in;
  _briefing_cancel_check_set_hook (on_check_cb, run);
  run->started_at = g_get_monotonic_time ();
  if (after_us >= 0)
    cancel_id = g_timeout_add_full (G_PRIORITY_HIGH, (guint) (after_us / 1000), cancel_cb, run, NULL);
  briefing_report_load_async (file, cancellable, NULL, NULL, NULL, on_loaded_cb, run);
  g_main_loop_run (loop);
  /* Done before the cancel was due. */
  if (run->cancelled_at == 0 && cancel_id != 0)
    g_source_remove (cancel_id);
  _briefing_cancel_check_set_hook (NULL, NULL);
  run->loop = NULL;
  run->cancellable = NULL;
}

static char *
load_average (void)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) fields = NULL;

  if (!g_file_get_contents ("/proc/loadavg", &text, NULL, NULL))
    return g_strdup ("?");
  fields = g_strsplit (text, " ", 4);
  return g_strdup_printf ("%s %s %s", fields[0], fields[1], fields[2]);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* "min / median / max" of @values, in ms. */
static char *
summarize (GArray *values)
{
  double median;

  if (values->len == 0)
    return g_strdup ("-");
  g_array_sort (values, compare_doubles);
  median = values->len % 2 == 1
         ? g_array_index (values, double, values->len / 2)
         : (g_array_index (values, double, values->len / 2 - 1) + g_array_index (values, double, values->len / 2)) / 2;
  return g_strdup_printf ("%.1f / %.1f / %.1f ms", g_array_index (values, double, 0), median,
                          g_array_index (values, double, values->len - 1));
}

static void
add_value (GArray *values,
           double  value)
{
  g_array_append_val (values, value);
}

static void
benchmark_file (const char        *path,
                guint              n_points,
                BriefingLoadStage  aim)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GArray) heard = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) stopped = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) stopped_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) freed = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *by_stage[BRIEFING_LOAD_N_STAGES];
  g_autofree char *load_before = load_average (), *load_after = NULL;
  g_autofree char *heard_text = NULL, *stopped_text = NULL, *cpu_text = NULL, *freed_text = NULL;
  guint n_late = 0;
  gint64 total, start_cpu;
  Run run;

  for (guint stage = 0; stage < BRIEFING_LOAD_N_STAGES; stage++)
    by_stage[stage] = g_array_new (FALSE, FALSE, sizeof (double));

  start_cpu = process_cpu_time ();
  load_once (file, -1, BRIEFING_LOAD_N_STAGES, &run);
  total = run.finished_at - run.started_at;
  g_print ("%s\nwhole load: %.0f ms, %.0f ms of CPU; stages begin at", path, total / 1000.0,
           (run.finished_cpu - start_cpu) / 1000.0);
  for (guint stage = 0; stage < BRIEFING_LOAD_N_STAGES; stage++)
    if (run.stage_begins[stage] != 0)
      g_print (" %s %.0f ms", _briefing_load_stage_name (stage), (run.stage_begins[stage] - run.started_at) / 1000.0);
  g_print ("\n");

  for (guint i = 0; i < n_points; i++)
    {
      gint64 after = aim == BRIEFING_LOAD_N_STAGES ? total * (2 * i + 1) / (2 * n_points) : -1;
      double stopped_ms, heard_ms, cpu_ms, freed_ms;

      load_once (file, after, aim, &run);
      if (run.cancelled_at != 0)
        after = run.cancelled_at - run.started_at;
      if (!run.cancelled)
        {
          n_late++;
          g_print ("cancel at %6.0f ms: the load had ended\n", after / 1000.0);
          continue;
        }
      stopped_ms = (run.finished_at - run.cancelled_at) / 1000.0;
      freed_ms = (run.freed_at - run.cancelled_at) / 1000.0;
      cpu_ms = (run.finished_cpu - run.cancelled_cpu) / 1000.0;
      /* Cancelled before the worker began: heard at its first question. */
      heard_ms = run.heard_at != 0 ? MAX (0, run.heard_at - run.cancelled_at) / 1000.0 : stopped_ms;
      g_print ("cancel at %6.0f ms: heard in %-6s after %6.1f ms; stopped after %6.1f ms (%6.1f ms of CPU); "
               "freed after %6.1f ms\n",
               after / 1000.0, run.heard_at != 0 ? _briefing_load_stage_name (run.heard_in) : "-",
               heard_ms, stopped_ms, cpu_ms, freed_ms);
      add_value (heard, heard_ms);
      add_value (stopped, stopped_ms);
      add_value (stopped_cpu, cpu_ms);
      add_value (freed, freed_ms);
      if (run.heard_at != 0)
        add_value (by_stage[run.heard_in], stopped_ms);
    }

  load_after = load_average ();
  heard_text = summarize (heard);
  stopped_text = summarize (stopped);
  cpu_text = summarize (stopped_cpu);
  freed_text = summarize (freed);
  g_print ("%u cancels (%u after the end), load average %s before, %s after\n"
           "  heard   (min / median / max): %s\n"
           "  stopped (min / median / max): %s\n"
           "  CPU until stopped:            %s\n"
           "  freed   (min / median / max): %s\n",
           stopped->len, n_late, load_before, load_after, heard_text, stopped_text, cpu_text, freed_text);
  for (guint stage = 0; stage < BRIEFING_LOAD_N_STAGES; stage++)
    if (by_stage[stage]->len > 0)
      {
        g_autofree char *text = summarize (by_stage[stage]);

        g_print ("  stopped, heard in %-6s (%2u): %s\n", _briefing_load_stage_name (stage),
                 by_stage[stage]->len, text);
      }
  for (guint stage = 0; stage < BRIEFING_LOAD_N_STAGES; stage++)
    g_array_unref (by_stage[stage]);
}

int
main (int   argc,
      char *argv[])
{
  int n_points = 20;
  g_autofree char *stage_name = NULL;
  BriefingLoadStage aim = BRIEFING_LOAD_N_STAGES;
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE…");
  GOptionEntry entries[] = {
    { "points", 'n', 0, G_OPTION_ARG_INT, &n_points, "How many cancels per file (20)", "N" },
    { "stage", 's', 0, G_OPTION_ARG_STRING, &stage_name, "Cancel as the load comes to this stage", "NAME" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc < 2 || n_points < 1)
    {
      g_printerr ("usage: %s [--points N] FILE…\n", g_get_prgname ());
      return 2;
    }
  for (BriefingLoadStage stage = 0; stage_name != NULL && stage < BRIEFING_LOAD_N_STAGES; stage++)
    if (g_str_equal (stage_name, _briefing_load_stage_name (stage)))
      aim = stage;
  if (stage_name != NULL && aim == BRIEFING_LOAD_N_STAGES)
    {
      g_printerr ("unknown stage “%s”\n", stage_name);
      return 2;
    }
  for (int i = 1; i < argc; i++)
    benchmark_file (argv[i], (guint) n_points, aim);
  return 0;
}
