/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The time overview's frames, for benchmark-window: is zooming and panning
 * as cheap a frame as a forced full redraw of the strip (the bar:
 * the longest zoom or pan frame ≤ 2 × the redraw's median)?
 *
 * On a shared machine one run's longest frame is whichever frame a
 * neighbour preempted, so the parts are measured in rounds, each round
 * every kind of frame one after the other under the same load; each round
 * says its load average and whether it met the bar; and every frame is
 * timed twice: on the clock (from the step in the tick callback to the
 * frame's after-paint) and in this thread's CPU time over the same frame
 * (GTK 4.8's renderers draw in the main thread), which a preemption does
 * not lengthen. The X server's share (Xvfb) is in neither.
 *
 * BENCHMARK_OVERVIEW_ROUNDS=N (5); BENCHMARK_OVERVIEW_TRACE=1 prints every
 * frame: its step, the days in view, histogram or marks, clock and CPU.
 */
#include "config.h"

#include <stdlib.h>
#include <time.h>

#include "benchmark-frames.h"
#include "benchmark-overview.h"
#include "briefing-time-overview-private.h"

enum {
  STEP_REDRAW,    /* a forced full redraw at full zoom-out: the reference */
  STEP_ZOOM_IN,   /* ×1.1 a frame around a point, to the closest zoom */
  STEP_ZOOM_OUT,  /* and back out, past the whole span */
  STEP_PAN,       /* 2 % of the view a frame, an eighth of the span in view */
  STEP_PAN_MARKS, /* the same, ten days in view: marks */
  N_STEPS
};

static const char *step_names[N_STEPS] = {
  "forced full redraw, full zoom-out",
  "zooming in, ×1.1 a frame, to the closest",
  "zooming out, ×1.1 a frame, past the span",
  "panning 2 % a frame, histogram",
  "panning 2 % a frame, marks",
};

typedef struct
{
  BriefingTimeOverview *overview;
  int                   step;
  guint                 frames_left;
  gboolean              ticked;      /* since the last after-paint */
  gint64                wall_start, cpu_start;
  guint                 n_histogram, n_marks;
  GArray               *wall;        /* µs per frame */
  GArray               *cpu;
} Steps;

static gint64
thread_cpu_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static double
load_average (void)
{
  g_autofree char *text = NULL;

  if (!g_file_get_contents ("/proc/loadavg", &text, NULL, NULL))
    return -1;
  return g_ascii_strtod (text, NULL);
}

static gboolean
step_tick_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       data)
{
  Steps *steps = data;
  BriefingTimeOverview *overview = steps->overview;
  double width = gtk_widget_get_width (widget);
  double first = briefing_time_overview_get_view_first (overview);
  double days = briefing_time_overview_get_view_days (overview);

  if (steps->frames_left == 0)
    return G_SOURCE_REMOVE;
  steps->frames_left--;
  steps->ticked = TRUE;
  steps->wall_start = now ();
  steps->cpu_start = thread_cpu_us ();
  switch (steps->step)
    {
    case STEP_REDRAW:
      /* Every node changes, invisibly: GSK repaints the whole strip. */
      overview->repaint_parity = !overview->repaint_parity;
      gtk_widget_queue_draw (widget);
      break;
    case STEP_ZOOM_IN:
      briefing_time_overview_zoom (overview, 1.1, width * 0.4);
      break;
    case STEP_ZOOM_OUT:
      briefing_time_overview_zoom (overview, 1 / 1.1, width * 0.4);
      break;
    default:
      briefing_time_overview_set_view (overview, first + days * 0.02, days);
    }
  /* At the closest zoom a step changes nothing: no frame to count. */
  if (steps->step != STEP_REDRAW &&
      briefing_time_overview_get_view_first (overview) == first &&
      briefing_time_overview_get_view_days (overview) == days)
    steps->ticked = FALSE;
  if (briefing_time_overview_is_histogram (overview))
    steps->n_histogram++;
  else
    steps->n_marks++;
  return G_SOURCE_CONTINUE;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Steps         *steps)
{
  gint64 wall, cpu;

  if (!steps->ticked)
    return;
  steps->ticked = FALSE;
  wall = now () - steps->wall_start;
  cpu = thread_cpu_us () - steps->cpu_start;
  g_array_append_val (steps->wall, wall);
  g_array_append_val (steps->cpu, cpu);
  if (g_strcmp0 (g_getenv ("BENCHMARK_OVERVIEW_TRACE"), "1") == 0)
    g_print ("  frame: %d, %.3f days, %s, %.2f ms, CPU %.2f ms\n", steps->step,
             briefing_time_overview_get_view_days (steps->overview),
             briefing_time_overview_is_histogram (steps->overview) ? "histogram" : "marks",
             wall / 1000.0, cpu / 1000.0);
}

static gboolean
steps_done (gpointer data)
{
  Steps *steps = data;

  return steps->frames_left == 0 && !steps->ticked;
}

/* Appends the frames of @n_frames steps of @step to @wall and @cpu. */
static void
run_steps (BriefingTimeOverview *overview,
           int                   step,
           guint                 n_frames,
           GArray               *wall,
           GArray               *cpu,
           guint                *n_histogram,
           guint                *n_marks)
{
  Steps steps = { overview, step, n_frames, FALSE, 0, 0, 0, 0, wall, cpu };
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (overview));
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &steps);

  gtk_widget_add_tick_callback (GTK_WIDGET (overview), step_tick_cb, &steps, NULL);
  iterate_until (steps_done, &steps);
  g_signal_handler_disconnect (clock, handler);
  *n_histogram += steps.n_histogram;
  *n_marks += steps.n_marks;
  settle ();
}

static GArray *
new_times (void)
{
  return g_array_new (FALSE, FALSE, sizeof (gint64));
}

static double
max_of (GArray *times)
{
  gint64 max = 0;

  for (guint i = 0; i < times->len; i++)
    max = MAX (max, g_array_index (times, gint64, i));
  return max / 1000.0;
}

static void
append_all (GArray *to,
            GArray *from)
{
  g_array_append_vals (to, from->data, from->len);
}

static void
print_ratio_row (const char *what,
                 GArray     *ratios)
{
  Stats s = stats_of (ratios);
  g_autofree char *value = NULL;

  /* stats_of() reads µs and gives ms: the ratios were stored × 1000. */
  value = g_strdup_printf ("min %.2f, median %.2f, max %.2f (≤ 2 meets the bar)", s.min, s.median, s.max);
  print_row (what, value);
}

/* The strip's own drawing (building its render nodes) at @days in view,
 * µs: each time with the colours changed, so that nothing drawn before is
 * reused but the tick labels' layouts. */
static void
print_drawing (BriefingTimeOverview *overview,
               double                first,
               double                days)
{
  g_autoptr(GArray) times = new_times ();
  g_autofree char *what = NULL, *value = NULL;
  Stats s;

  briefing_time_overview_set_view (overview, first, days);
  settle ();
  for (guint i = 0; i < 200; i++)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();
      gint64 t0;
      GskRenderNode *node;

      overview->repaint_parity = !overview->repaint_parity;
      t0 = now ();
      briefing_time_overview_draw (overview, snapshot);
      node = gtk_snapshot_free_to_node (snapshot);
      t0 = now () - t0;
      g_array_append_val (times, t0);
      g_clear_pointer (&node, gsk_render_node_unref);
    }
  s = stats_of (times);
  what = g_strdup_printf ("the strip's drawing, %.0f days in view, %s", days,
                          briefing_time_overview_is_histogram (overview) ? "histogram" : "marks");
  value = g_strdup_printf ("median %.0f, max %.0f µs (n = %u)", s.median * 1000, s.max * 1000, s.n);
  print_row (what, value);
}

void
measure_overview_frames (BriefingTimeOverview *overview)
{
  const char *rounds_env = g_getenv ("BENCHMARK_OVERVIEW_ROUNDS");
  guint n_rounds = rounds_env != NULL ? MAX (1, atoi (rounds_env)) : 5;
  GArray *all_wall[N_STEPS], *all_cpu[N_STEPS];
  g_autoptr(GArray) wall_ratios = new_times ();
  g_autoptr(GArray) cpu_ratios = new_times ();
  guint n_histogram = 0, n_marks = 0, wall_met = 0, cpu_met = 0;
  double first, days;

  for (int s = 0; s < N_STEPS; s++)
    {
      all_wall[s] = new_times ();
      all_cpu[s] = new_times ();
    }
  briefing_time_overview_fit (overview);
  settle ();
  first = briefing_time_overview_get_view_first (overview);
  days = briefing_time_overview_get_view_days (overview);

  g_print ("\n### The time overview's frames, %u rounds (%d px wide)\n\n", n_rounds,
           gtk_widget_get_width (GTK_WIDGET (overview)));
  g_print ("Per round, ms: the redraw's median frame, the longest zoom or pan frame, on the clock "
           "and in CPU time.\n\n");
  g_print ("| round | load (1 min) | redraw median | longest zoom/pan | met | CPU: redraw median | longest | met |\n");
  g_print ("|---|---|---|---|---|---|---|---|\n");
  for (guint round = 0; round < n_rounds; round++)
    {
      GArray *wall[N_STEPS], *cpu[N_STEPS];
      double load = load_average ();
      double wall_worst = 0, cpu_worst = 0;
      Stats wall_redraw, cpu_redraw;
      gint64 ratio;

      for (int s = 0; s < N_STEPS; s++)
        {
          wall[s] = new_times ();
          cpu[s] = new_times ();
        }
      briefing_time_overview_fit (overview);
      settle ();
      run_steps (overview, STEP_REDRAW, 90, wall[STEP_REDRAW], cpu[STEP_REDRAW], &n_histogram, &n_marks);
      /* From the whole span to a quarter of a day is ~110 steps. */
      run_steps (overview, STEP_ZOOM_IN, 130, wall[STEP_ZOOM_IN], cpu[STEP_ZOOM_IN], &n_histogram, &n_marks);
      run_steps (overview, STEP_ZOOM_OUT, 130, wall[STEP_ZOOM_OUT], cpu[STEP_ZOOM_OUT], &n_histogram, &n_marks);
      /* Panning a histogram (an eighth of the span) and marks (ten days). */
      briefing_time_overview_set_view (overview, first + days * 0.3, days / 8);
      settle ();
      run_steps (overview, STEP_PAN, 60, wall[STEP_PAN], cpu[STEP_PAN], &n_histogram, &n_marks);
      briefing_time_overview_set_view (overview, first + days * 0.6, 10);
      settle ();
      run_steps (overview, STEP_PAN_MARKS, 60, wall[STEP_PAN_MARKS], cpu[STEP_PAN_MARKS], &n_histogram, &n_marks);

      for (int s = STEP_ZOOM_IN; s < N_STEPS; s++)
        {
          wall_worst = MAX (wall_worst, max_of (wall[s]));
          cpu_worst = MAX (cpu_worst, max_of (cpu[s]));
        }
      wall_redraw = stats_of (wall[STEP_REDRAW]);
      cpu_redraw = stats_of (cpu[STEP_REDRAW]);
      wall_met += wall_worst <= 2 * wall_redraw.median;
      cpu_met += cpu_worst <= 2 * cpu_redraw.median;
      ratio = (gint64) (1000 * wall_worst / MAX (wall_redraw.median, 0.001));
      g_array_append_val (wall_ratios, ratio);
      ratio = (gint64) (1000 * cpu_worst / MAX (cpu_redraw.median, 0.001));
      g_array_append_val (cpu_ratios, ratio);
      g_print ("| %u | %.2f | %.2f | %.2f | %s | %.2f | %.2f | %s |\n", round + 1, load,
               wall_redraw.median, wall_worst, wall_worst <= 2 * wall_redraw.median ? "yes" : "no",
               cpu_redraw.median, cpu_worst, cpu_worst <= 2 * cpu_redraw.median ? "yes" : "no");
      for (int s = 0; s < N_STEPS; s++)
        {
          append_all (all_wall[s], wall[s]);
          append_all (all_cpu[s], cpu[s]);
          g_array_unref (wall[s]);
          g_array_unref (cpu[s]);
        }
    }

  g_print ("\nAll rounds together (%u zoom/pan frames drawn as a histogram, %u as marks):\n\n",
           n_histogram, n_marks);
  g_print ("| %-58s | %s |\n|---|---|\n", "measure", "value");
  for (int s = 0; s < N_STEPS; s++)
    {
      g_autofree char *wall_what = g_strdup_printf ("%s: on the clock", step_names[s]);
      g_autofree char *cpu_what = g_strdup_printf ("%s: CPU time", step_names[s]);

      print_stats (wall_what, stats_of (all_wall[s]));
      print_stats (cpu_what, stats_of (all_cpu[s]));
      g_array_unref (all_wall[s]);
      g_array_unref (all_cpu[s]);
    }
  print_ratio_row ("longest zoom/pan ÷ redraw median, per round, on the clock", wall_ratios);
  print_ratio_row ("the same in CPU time", cpu_ratios);
  {
    g_autofree char *value = g_strdup_printf ("%u of %u on the clock, %u of %u in CPU time; load now %.2f",
                                              wall_met, n_rounds, cpu_met, n_rounds, load_average ());

    print_row ("rounds that met the bar", value);
  }
  print_drawing (overview, first, days);
  print_drawing (overview, first + days * 0.3, days / 8);
  print_drawing (overview, first + days * 0.6, 2);
  briefing_time_overview_fit (overview);
  settle ();
}
