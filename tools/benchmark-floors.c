/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "benchmark-floors.h"

void
figure (const char *name,
        double      value)
{
  if (g_strcmp0 (g_getenv ("BENCHMARK_FIGURES"), "1") == 0)
    g_print ("@figure %s %.3f\n", name, value);
}

/* When the process was started: tools/benchmark-ratios passes the monotonic
 * time (µs, the clock of g_get_monotonic_time ()) just before it spawns us,
 * so that what the dynamic linker and GTK's initialisation cost is counted. */
gint64
exec_time (void)
{
  const char *value = g_getenv ("BENCHMARK_EXEC_US");

  return value != NULL ? g_ascii_strtoll (value, NULL, 10) : 0;
}

/* The CPU time the process used so far, all its threads, in ms: on a
 * shared machine a neighbour adds wall time, far less CPU time. */
double
cpu_time_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

double
peak_rss_mib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

static void
queue_draw_all (GtkWidget *widget)
{
  gtk_widget_queue_draw (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    queue_draw_all (child);
}

typedef struct
{
  GtkWidget *content;
  guint      frames_left;
} Redraw;

/*
 * GTK 4.8 has no GSK_DEBUG=full-redraw, and a widget drawn again with the
 * same nodes is found unchanged and not painted. So every frame, every
 * widget is queued for drawing (all of them snapshot again) and the
 * window's content changes its opacity by an invisible step (0.999, 0.998):
 * its node differs, so the renderer repaints the whole window.
 */
static gboolean
redraw_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  Redraw *redraw = data;

  if (redraw->frames_left == 0)
    return G_SOURCE_REMOVE;
  redraw->frames_left--;
  gtk_widget_set_opacity (redraw->content, redraw->frames_left % 2 ? 0.999 : 0.998);
  queue_draw_all (widget);
  return G_SOURCE_CONTINUE;
}

static gboolean
redraw_done (gpointer data)
{
  return ((Redraw *) data)->frames_left == 0;
}

/* The work of each frame (update → after-paint) of a forced full redraw. */
Stats
measure_full_redraw (GtkWidget *window,
                     guint      n_frames)
{
  Redraw redraw = { gtk_window_get_child (GTK_WINDOW (window)), n_frames };
  Stats stats;

  g_return_val_if_fail (redraw.content != NULL, (Stats) { 0 });

  settle ();
  start_recording ();
  gtk_widget_add_tick_callback (window, redraw_tick_cb, &redraw, NULL);
  iterate_until (redraw_done, &redraw);
  wait_for_paint_after (now ());
  stats = stats_of (frames.frame_work);
  stop_recording ();
  gtk_widget_set_opacity (redraw.content, 1.0);
  settle ();
  return stats;
}

static gboolean
first_paint (gpointer data)
{
  return frames.n_paints >= 1;
}

/**
 * bare_application_new:
 *
 * Returns: (transfer full) (nullable): an application registered as
 *   Briefing's is (not unique) and held; %NULL, said why, if it cannot be
 */
AdwApplication *
bare_application_new (const char *id)
{
  g_autoptr(AdwApplication) application = adw_application_new (id, G_APPLICATION_NON_UNIQUE);
  g_autoptr(GError) error = NULL;

  if (!g_application_register (G_APPLICATION (application), NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return NULL;
    }
  g_application_hold (G_APPLICATION (application));
  return g_steal_pointer (&application);
}

/**
 * present_bare_window:
 * @title: (nullable): the header bar's title widget
 * @content: (nullable): what the window shows under its header bar
 * @name: the figures' prefix: NAME_first_frame_ms, NAME_first_frame_cpu_ms
 *
 * Presents a window of @application with a header bar, and returns once
 * its first frame is painted, having printed how long after exec that was.
 *
 * Returns: (transfer none): the window
 */
GtkWidget *
present_bare_window (AdwApplication *application,
                     GtkWidget      *title,
                     GtkWidget      *content,
                     int             width,
                     int             height,
                     const char     *what,
                     const char     *name)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (application));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  g_autofree char *frame_figure = g_strconcat (name, "_first_frame_ms", NULL);
  g_autofree char *cpu_figure = g_strconcat (name, "_first_frame_cpu_ms", NULL);

  if (title != NULL)
    adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  gtk_box_append (GTK_BOX (box), header);
  if (content != NULL)
    gtk_box_append (GTK_BOX (box), content);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  watch_frames (window);
  iterate_until (first_paint, NULL);
  g_print ("%s: exec → first frame %.1f ms\n", what, (frames.last_paint - exec_time ()) / 1000.0);
  figure (frame_figure, (frames.last_paint - exec_time ()) / 1000.0);
  figure (cpu_figure, cpu_time_ms ());
  return window;
}

/* The floor of startup: exec → the first frame of an AdwApplicationWindow
 * with a header bar and nothing else, made as Briefing's window is (an
 * application registered, not unique). */
int
run_bare_window (int width,
                 int height)
{
  g_autoptr(AdwApplication) application = bare_application_new ("io.github.briefing.Bare");
  GtkWidget *window;

  if (application == NULL)
    return 1;
  window = present_bare_window (application, NULL, NULL, width, height, "bare AdwApplicationWindow", "bare");
  settle ();
  figure ("bare_redraw_ms", measure_full_redraw (window, 60).median);
  gtk_window_destroy (GTK_WINDOW (window));
  g_application_release (G_APPLICATION (application));
  return 0;
}
