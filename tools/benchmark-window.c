/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * benchmark-window FILE: opens FILE in Briefing's window as the application
 * does (briefing_window_new, briefing_window_open, gtk_window_present) and
 * measures, with the window's GdkFrameClock and g_get_monotonic_time ():
 *
 *   1. how long the report takes to be shown, from the call to the frame that
 *      first paints it;
 *   2. while it loads: the longest gap between painted frames (a tick callback
 *      asks for a frame of the progress bar every frame, as an animation
 *      would) and the longest the main loop went without running a 5 ms
 *      timeout; how many progress updates reached the bar;
 *   3. selecting each topic as a click does (the sidebar list's
 *      "list.select-item" action), then "All Topics": the time until the
 *      next painted frame;
 *   4. searching: setting the search entry's text (at once, or a letter at
 *      a time) until the next painted frame, and from the entry's
 *      "search-changed" (after its typing delay) to that frame;
 *   5. scrolling the timeline: a tick callback moves the list's vertical
 *      adjustment on every frame (a page, then 40 px); the intervals
 *      between painted frames, the time each frame takes from its update to
 *      its end, and how far the content moved (the event at the top); then
 *      where the first 40 px after a jump of the scroll bar lands; and,
 *      last, its floor: a bare GtkListView of label rows with the same
 *      events scrolled the same way (benchmark-list-floor.h);
 *   6. the time overview: in rounds (benchmark-overview.c), frames of a
 *      forced full redraw of the strip (the reference: every colour changed
 *      by an invisible step, so that GSK repaints all of it rather than
 *      finding nothing changed), of zooming in and out around a point and
 *      of panning, one step a frame; the strip's own drawing (its render
 *      nodes) at full zoom-out and zoomed in; a period chosen, to the next
 *      painted frame, and the state's share of it; and cleared again.
 *
 * Environment: BENCHMARK_PARTS=topics,search,scroll,overview runs only those parts
 * after the opening ("none": only the opening); BENCHMARK_SCROLL_FRAMES=N
 * (200); BENCHMARK_PERIODS=N: the periods chosen (9, the first apart);
 * BENCHMARK_FIRST_SEARCH_MS=N: the wait between opening the search
 * bar and the first search (1000); BENCHMARK_LABELS=1 counts and times every
 * GtkLabel measure, by the Briefing widget it is in, to see where layout time
 * goes; BENCHMARK_TRACE=1 prints the adjustment and the top row on every
 * scroll frame; BENCHMARK_PERF_CTL=FIFO enables a `perf record -D -1
 * --control fifo:FIFO[,ACK]` only during the topic switches and the periods'
 * frames (BENCHMARK_PERF_ACK=ACK: each time once perf says it has;
 * BENCHMARK_PERF_PERIODS=first, second or clear: the first period's frame,
 * the second's (a drag's first step) or the period cleared, instead of the
 * others).
 *
 * benchmark-window --bare: exec → the first frame of a bare AdwApplicationWindow;
 * benchmark-window --bare-text: the same, showing the text of Briefing's first
 * screen of the sample as plain labels (the floor of startup with its text);
 * benchmark-window --startup FILE|sample: exec → the first frame with FILE,
 * opened as the application does (the floor and the figure of startup).
 * With the report shown it also measures a forced full redraw of the window
 * (the floor of the switches) and the peak resident memory, at content and
 * after searching. BENCHMARK_FIGURES=1 adds "@figure NAME VALUE" lines for
 * tools/benchmark-ratios, which runs it with its floors and prints ratios.
 *
 * It prints figures and exits; it asserts nothing. Run it under a display:
 *
 *   /usr/bin/python3 tools/generate-report.py 100000 /tmp/100k.briefing
 *   GSK_RENDERER=cairo GSETTINGS_BACKEND=memory NO_AT_BRIDGE=1 \
 *   GSETTINGS_SCHEMA_DIR=build/resources \
 *     xvfb-run -a -s '-screen 0 1600x1200x24' build/tools/benchmark-window /tmp/100k.briefing
 */
#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <stdlib.h>

#include "briefing-application.h"
#include "briefing-event-row.h"
#include "briefing-lazy-row.h"
#include "briefing-sidebar.h"
#include "briefing-sidebar-item.h"
#include "briefing-time-overview-private.h"
#include "briefing-timeline-view.h"
#include "briefing-window.h"
#include "benchmark-floors.h"
#include "benchmark-frames.h"
#include "benchmark-list-floor.h"
#include "benchmark-overview.h"
#include "widget-lookup.h"

#define SCROLL_FRAMES 200
static guint scroll_frames = SCROLL_FRAMES;

/* What the opening and the search record besides frames (see benchmark-frames.h) */
static struct
{
  /* Loading */
  gint64   t_open;
  gint64   t_loaded;     /* "loading" went FALSE */
  gint64   t_report;     /* "report" notified: show_report done */
  guint    n_progress;
  double   last_fraction;
  gint64   first_progress;
  gint64   last_progress;
  double   first_fraction;
  gboolean loading_page_seen;

  /* Search: the last search-changed emission, and the longest main-loop
   * stall before it since the text was set */
  gint64   t_search_changed;
  gint64   cpu_search_changed;
  gint64   stall_before_search;
} bench;

/* 1 and 2: opening */

/* The window's parts, by what they are. */
static GtkWidget *
part (BriefingWindow *window,
      GType           type)
{
  GtkWidget *found = find_descendant (GTK_WIDGET (window), type);

  g_assert (found != NULL);
  return found;
}

static void
on_fraction_cb (GtkProgressBar *bar)
{
  double fraction = gtk_progress_bar_get_fraction (bar);

  if (fraction > 0 && fraction != bench.last_fraction)
    {
      bench.n_progress++;
      if (bench.first_progress == 0)
        {
          bench.first_progress = now ();
          bench.first_fraction = fraction;
        }
      bench.last_progress = now ();
    }
  bench.last_fraction = fraction;
}

static void
on_loading_cb (BriefingWindow *window)
{
  if (!briefing_window_is_loading (window) && bench.t_loaded == 0)
    bench.t_loaded = now ();
}

static void
on_report_cb (BriefingWindow *window)
{
  bench.t_report = now ();
}

static gboolean
loading_tick_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       data)
{
  BriefingWindow *window = BRIEFING_WINDOW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (part (window, GTK_TYPE_STACK))), "loading") == 0)
    {
      bench.loading_page_seen = TRUE;
      /* What an animation on the loading page would ask for. */
      gtk_widget_queue_draw (part (window, GTK_TYPE_PROGRESS_BAR));
    }
  return G_SOURCE_CONTINUE;
}

static gboolean
report_shown (gpointer data)
{
  return bench.t_report != 0;
}

static void
measure_open (BriefingWindow *window,
              GFile          *file)
{
  guint tick;
  gint64 t_shown;
  gint64 probe_gap_loading;
  gint64 max_gap_parse = 0, max_gap_all = 0;
  gint64 previous = 0;
  g_autoptr(GArray) paints = NULL;

  g_signal_connect (part (window, GTK_TYPE_PROGRESS_BAR), "notify::fraction", G_CALLBACK (on_fraction_cb), NULL);
  g_signal_connect (window, "notify::loading", G_CALLBACK (on_loading_cb), NULL);
  g_signal_connect (window, "notify::report", G_CALLBACK (on_report_cb), NULL);
  tick = gtk_widget_add_tick_callback (GTK_WIDGET (window), loading_tick_cb, NULL, NULL);

  start_recording ();
  reset_probe ();
  bench.t_open = now ();
  briefing_window_open (window, file);
  iterate_until (report_shown, NULL);
  t_shown = wait_for_paint_after (bench.t_report);
  probe_gap_loading = frames.max_probe_gap;
  gtk_widget_remove_tick_callback (GTK_WIDGET (window), tick);
  paints = g_array_ref (frames.paints);
  stop_recording ();

  /* Gaps between frames: while the worker parses (up to the completion
   * callback), and over the whole opening (with the frame that shows it). */
  previous = bench.t_open;
  for (guint i = 0; i < paints->len; i++)
    {
      gint64 t = g_array_index (paints, gint64, i);

      if (t <= bench.t_loaded)
        max_gap_parse = MAX (max_gap_parse, t - previous);
      max_gap_all = MAX (max_gap_all, t - previous);
      previous = t;
    }
  {
    /* The gap that ends with the frame after the completion callback. */
    gint64 before_loaded = bench.t_open;

    for (guint i = 0; i < paints->len && g_array_index (paints, gint64, i) <= bench.t_loaded; i++)
      before_loaded = g_array_index (paints, gint64, i);

    g_print ("\n## Opening (%u events)\n\n",
             g_list_model_get_n_items (briefing_report_get_events (briefing_window_get_report (window))));
    g_print ("| %-58s | %s |\n|---|---|\n", "measure", "value");
    print_ms ("open → report shown (first frame painted with it)", (t_shown - bench.t_open) / 1000.0);
    figure ("open_ms", (t_shown - bench.t_open) / 1000.0);
    print_ms ("open → worker done (completion callback runs)", (bench.t_loaded - bench.t_open) / 1000.0);
    print_ms ("completion callback → show_report returns", (bench.t_report - bench.t_loaded) / 1000.0);
    print_ms ("show_report returns → first frame painted with it", (t_shown - bench.t_report) / 1000.0);
    print_ms ("longest gap between frames while the worker parses", max_gap_parse / 1000.0);
    print_ms ("gap around showing it (last loading frame → report frame)",
              (t_shown - before_loaded) / 1000.0);
    print_ms ("longest gap between frames, whole opening", max_gap_all / 1000.0);
    print_ms ("longest main-loop stall (5 ms timeout probe), whole opening",
              probe_gap_loading / 1000.0);
    {
      guint n_parsing = 0;
      g_autofree char *value = NULL;

      for (guint i = 0; i < paints->len; i++)
        if (g_array_index (paints, gint64, i) <= bench.t_loaded)
          n_parsing++;
      value = g_strdup_printf ("%u while the worker parses (%.0f per second), %u in all",
                               n_parsing, n_parsing * 1e6 / MAX (1, bench.t_loaded - bench.t_open),
                               paints->len);
      print_row ("frames painted during the opening", value);
    }
    {
      g_autofree char *value = g_strdup_printf ("%s; %u updates of the bar, the first (to %.2f) at %.0f ms, "
                                                "the last (to %.2f) at %.0f ms",
                                                bench.loading_page_seen ? "loading page shown" : "loading page NOT shown",
                                                bench.n_progress, bench.first_fraction,
                                                bench.first_progress ? (bench.first_progress - bench.t_open) / 1000.0 : -1.0,
                                                bench.last_fraction,
                                                bench.last_progress ? (bench.last_progress - bench.t_open) / 1000.0 : -1.0);

      print_row ("progress", value);
    }
  }
}

/* 3: topics */

static GtkWidget *
sidebar_list (BriefingWindow *window)
{
  GtkWidget *list = find_descendant (part (window, BRIEFING_TYPE_SIDEBAR), GTK_TYPE_LIST_VIEW);

  g_assert (list != NULL);
  return list;
}

/* As a click on a row does: GtkListItemWidget activates this action. */
static void
click_row (GtkWidget *list,
           guint      position)
{
  gtk_widget_activate_action (list, "list.select-item", "(ubb)", position, FALSE, FALSE);
}

typedef struct
{
  gint64 sync;       /* the click's handlers, until it returns */
  gint64 to_paint;   /* until the next frame is painted */
  gint64 to_quiet;   /* until the last long frame or stall after it ended */
  gint64 stall;      /* longest main-loop stall, until quiet */
  gint64 cpu;        /* the main thread's CPU time, until the next frame is painted */
} Switch;

static Switch
measure_click (GtkWidget *list,
               guint      position)
{
  Switch s;
  gint64 t0, t1, t2;

  gint64 cpu0;

  reset_probe ();
  cpu0 = cpu_now ();
  t0 = now ();
  click_row (list, position);
  t1 = now ();
  t2 = wait_for_paint_after (t1);
  s.cpu = frames.last_paint_cpu - cpu0;
  s.to_quiet = MAX (settle (), t2) - t0;
  s.sync = t1 - t0;
  s.to_paint = t2 - t0;
  s.stall = frames.max_probe_gap;
  return s;
}

/* Which of the periods' frames perf samples (BENCHMARK_PERF_PERIODS:
 * "first", "second", "drag" or "clear"); NULL: the topic switches and the
 * periods as a drag goes on. */
static const char *
profiled_periods (void)
{
  return g_getenv ("BENCHMARK_PERF_PERIODS");
}

static void
measure_topics (BriefingWindow *window)
{
  BriefingReport *report = briefing_window_get_report (window);
  GListModel *topics = briefing_report_get_topics (report);
  GListModel *rows = briefing_sidebar_get_rows (BRIEFING_SIDEBAR (part (window, BRIEFING_TYPE_SIDEBAR)));
  GtkWidget *list = sidebar_list (window);
  guint n_topics = g_list_model_get_n_items (topics);
  g_autoptr(GArray) to_topic = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) to_topic_sync = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) to_all = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) to_all_sync = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) to_topic_quiet = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) to_all_quiet = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) to_topic_cpu = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) to_all_cpu = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 worst_stall = 0;
  guint worst_topic = 0;
  gint64 worst = 0;
  /* Unless only a period's frames are asked for. */
  gboolean profiling = profiled_periods () == NULL;

  if (profiling)
    profile_part (TRUE);
  for (guint i = 0; i < n_topics; i++)
    {
      g_autoptr(BriefingTopic) topic = g_list_model_get_item (topics, i);
      g_autoptr(BriefingSidebarItem) row = g_list_model_get_item (rows, i + 1);
      Switch s;

      g_assert (briefing_sidebar_item_get_topic (row) == topic);
      s = measure_click (list, i + 1);
      g_assert (briefing_reader_state_get_topic (briefing_window_get_state (window)) == topic);
      g_array_append_val (to_topic, s.to_paint);
      g_array_append_val (to_topic_sync, s.sync);
      g_array_append_val (to_topic_quiet, s.to_quiet);
      g_array_append_val (to_topic_cpu, s.cpu);
      worst_stall = MAX (worst_stall, s.stall);
      if (s.to_paint > worst)
        {
          worst = s.to_paint;
          worst_topic = i;
        }
    }
  /* "All Topics" after each of a few topics. */
  for (guint i = 0; i < MIN (n_topics, 10); i++)
    {
      Switch s;

      measure_click (list, i + 1);
      s = measure_click (list, 0);
      g_assert (briefing_reader_state_get_topic (briefing_window_get_state (window)) == NULL);
      g_array_append_val (to_all, s.to_paint);
      g_array_append_val (to_all_sync, s.sync);
      g_array_append_val (to_all_quiet, s.to_quiet);
      g_array_append_val (to_all_cpu, s.cpu);
      worst_stall = MAX (worst_stall, s.stall);
    }

  if (profiling)
    profile_part (FALSE);
  g_print ("\n## Topic switching (the sidebar row's click action, timeline page)\n\n");
  g_print ("| %-58s | %s |\n|---|---|\n", "measure", "value");
  print_stats ("topic selected → next frame painted", stats_of (to_topic));
  figure ("topic_ms", stats_of (to_topic).median);
  figure ("all_topics_ms", stats_of (to_all).median);
  figure ("topic_cpu_ms", stats_of (to_topic_cpu).median);
  figure ("all_topics_cpu_ms", stats_of (to_all_cpu).median);
  print_stats ("  the main thread's CPU time until then", stats_of (to_topic_cpu));
  print_stats ("  of which the selection's handlers (synchronous)", stats_of (to_topic_sync));
  print_stats ("topic selected → no frame or stall over 50 ms", stats_of (to_topic_quiet));
  {
    g_autoptr(BriefingTopic) topic = g_list_model_get_item (topics, worst_topic);
    g_autofree char *value = g_strdup_printf ("%s (%u events)", briefing_topic_get_title (topic),
                                              briefing_topic_get_n_events (topic));

    print_row ("  slowest topic", value);
  }
  print_stats ("\"All Topics\" selected → next frame painted", stats_of (to_all));
  print_stats ("  the main thread's CPU time until then", stats_of (to_all_cpu));
  print_stats ("  of which the selection's handlers (synchronous)", stats_of (to_all_sync));
  print_stats ("\"All Topics\" selected → no frame or stall over 50 ms", stats_of (to_all_quiet));
  print_ms ("longest main-loop stall in a switch", worst_stall / 1000.0);
}

/* 4: search */

/* An emission hook runs before every handler, the window's too. */
static gboolean
search_emitted_cb (GSignalInvocationHint *hint,
                   guint                  n_values,
                   const GValue          *values,
                   gpointer               data)
{
  bench.t_search_changed = now ();
  bench.cpu_search_changed = cpu_now ();
  bench.stall_before_search = frames.max_probe_gap;
  return TRUE;
}

static gint64 t_search_handlers_done;
/* When the state's worker answered, for a search it looks up in one */
static gint64 t_search_shown;

static void
on_search_changed_after_cb (GtkSearchEntry *entry)
{
  t_search_handlers_done = now ();
}

static void
on_searching_cb (BriefingReaderState *state)
{
  if (!briefing_reader_state_is_searching (state))
    t_search_shown = now ();
}

static gboolean
search_shown (gpointer data)
{
  return !briefing_reader_state_is_searching (data);
}

/* The search-changed emission that a change at a time waits for: at once
 * for an empty text, after the entry's "search-delay" for any other. */
static gboolean
search_done_after (gpointer data)
{
  return bench.t_search_changed >= *(gint64 *) data &&
         t_search_handlers_done >= bench.t_search_changed;
}

typedef struct
{
  gint64 total;      /* text set → painted (includes the entry's delay) */
  gint64 work;       /* search-changed → painted */
  gint64 sync;       /* the search-changed handlers */
  gint64 worker;     /* the handlers → the worker's answer shown (0: no worker) */
  gint64 quiet;      /* search-changed → no frame or stall over 50 ms */
  gint64 stall;      /* the longest main-loop stall before search-changed */
  gint64 cpu;        /* the main thread's CPU time, search-changed → painted */
  guint  n_shown;
} Search;

/* Sets the text at once, as a paste would, or a letter every @letter_ms. */
static Search
measure_search (BriefingWindow *window,
                const char     *text,
                guint           letter_ms)
{
  Search s;
  guint delay_ms = 0;
  gint64 t0, t2, expected;

  if (letter_ms > 0)
    for (guint n = 1; n < strlen (text); n++)
      {
        g_autofree char *prefix = g_strndup (text, n);

        gtk_editable_set_text (GTK_EDITABLE (part (window, GTK_TYPE_SEARCH_ENTRY)), prefix);
        spin_ms (letter_ms);
      }
  g_object_get (part (window, GTK_TYPE_SEARCH_ENTRY), "search-delay", &delay_ms, NULL);
  t0 = now ();
  expected = text[0] == '\0' ? t0 : t0 + (delay_ms * 9 / 10) * 1000;
  reset_probe ();
  gtk_editable_set_text (GTK_EDITABLE (part (window, GTK_TYPE_SEARCH_ENTRY)), text);
  iterate_until (search_done_after, &expected);
  s.worker = 0;
  if (briefing_reader_state_is_searching (briefing_window_get_state (window)))
    {
      iterate_until (search_shown, briefing_window_get_state (window));
      s.worker = t_search_shown - t_search_handlers_done;
    }
  t2 = wait_for_paint_after (t_search_handlers_done + s.worker);
  s.stall = bench.stall_before_search;
  s.quiet = MAX (settle (), t2) - bench.t_search_changed;
  s.total = t2 - t0;
  s.work = t2 - bench.t_search_changed;
  s.cpu = frames.last_paint_cpu - bench.cpu_search_changed;
  s.sync = t_search_handlers_done - bench.t_search_changed;
  g_object_get (part (window, BRIEFING_TYPE_TIMELINE_VIEW), "n-shown", &s.n_shown, NULL);
  return s;
}

static void
print_search (const char *what,
              Search      s)
{
  g_autofree char *value = g_strdup_printf ("%.0f ms (CPU %.0f; handlers %.0f; worker %.0f; from the keystroke %.0f, "
                                            "with a stall of %.0f before the search; quiet after %.0f); %u events",
                                            s.work / 1000.0, s.cpu / 1000.0, s.sync / 1000.0, s.worker / 1000.0,
                                            s.total / 1000.0,
                                            s.stall / 1000.0, s.quiet / 1000.0, s.n_shown);

  print_row (what, value);
}

static void
measure_search_all (BriefingWindow *window)
{
  const char *words[] = { "convent", "drones", "zzzz", "troops border" };

  g_signal_add_emission_hook (g_signal_lookup ("search-changed", GTK_TYPE_SEARCH_ENTRY), 0,
                              search_emitted_cb, NULL, NULL);
  g_signal_connect_after (part (window, GTK_TYPE_SEARCH_ENTRY), "search-changed",
                          G_CALLBACK (on_search_changed_after_cb), NULL);
  g_signal_connect (briefing_window_get_state (window), "notify::searching",
                    G_CALLBACK (on_searching_cb), NULL);
  const char *typing = g_getenv ("BENCHMARK_FIRST_SEARCH_MS");
  guint typing_ms = typing != NULL ? (guint) g_ascii_strtoull (typing, NULL, 10) : 1000;
  g_autofree char *first = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  /* A reader takes a moment to type the first word after opening the bar. */
  spin_ms (typing_ms);
  settle ();
  first = g_strdup_printf (" (first search, %u ms after the bar opened)", typing_ms);

  g_autoptr(GArray) searches = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) clears = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) searches_cpu = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_print ("\n## Search (all topics, timeline page; search-changed → next frame painted)\n\n");
  g_print ("| %-58s | %s |\n|---|---|\n", "measure", "value");
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < G_N_ELEMENTS (words); i++)
      {
        g_autofree char *what = g_strdup_printf ("\"%s\"%s", words[i],
                                                 pass == 0 && i == 0 ? first : "");
        Search s = measure_search (window, words[i], 0);

        print_search (what, s);
        if (pass == 0 && i == 0)
          figure ("first_search_ms", s.work / 1000.0);
        else
          {
            g_array_append_val (searches, s.work);
            g_array_append_val (searches_cpu, s.cpu);
          }
        s = measure_search (window, "", 0);
        print_search ("  cleared", s);
        g_array_append_val (clears, s.work);
      }
  figure ("search_ms", stats_of (searches).median);
  figure ("search_cpu_ms", stats_of (searches_cpu).median);
  figure ("clear_search_ms", stats_of (clears).median);
  /* Typing a word a letter every 100 ms, within the entry's delay: only
   * the whole word is searched; then deleting it a letter at a time. */
  {
    Search s = measure_search (window, "drones", 100);

    print_search ("\"drones\" typed, a letter every 100 ms", s);
    s = measure_search (window, "drone", 0);
    print_search ("  one letter deleted (\"drone\")", s);
    s = measure_search (window, "", 0);
    print_search ("  cleared", s);
  }
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (part (window, GTK_TYPE_SEARCH_BAR)), FALSE);
  settle ();
}

/* 1b: what a list view's setup and bind cost a row: 200 lazy event rows
 * made and given an event, as a list binds its ~200 items, off screen. */
static void
measure_row_making (BriefingWindow *window)
{
  BriefingReaderState *state = briefing_window_get_state (window);
  GListModel *events = briefing_report_get_events (briefing_window_get_report (window));
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = MIN (200, g_list_model_get_n_items (events));
  gint64 t0, t1;

  t0 = now ();
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (events, i);
      GtkWidget *row = g_object_ref_sink (briefing_event_row_new_lazy ());

      briefing_lazy_row_set_state (BRIEFING_LAZY_ROW (row), state);
      briefing_lazy_row_set_item (BRIEFING_LAZY_ROW (row), event);
      g_ptr_array_add (rows, row);
    }
  t1 = now ();
  {
    g_autofree char *value = g_strdup_printf ("%.1f ms (%.0f µs a row)", (t1 - t0) / 1000.0,
                                              (t1 - t0) / (double) MAX (n, 1));
    g_autofree char *what = g_strdup_printf ("%u lazy event rows made and given an event", n);

    print_row (what, value);
  }
  figure ("rows_200_ms", (t1 - t0) / 1000.0);
}

/* 5: scrolling */

typedef struct
{
  GtkAdjustment *adjustment;
  double         step;      /* 0: a page */
  guint          frames_left;
  GtkWidget     *list;
  BriefingReaderState *state; /* whose events the timeline shows */
  /* The row at the top of the view after the last frame, to see how the
   * content moved: by its position among the events and its y. */
  gboolean       have_top;
  guint          top_index;
  double         top_y;
  guint          n_backwards;   /* frames where the content went up */
  guint          n_jumps;       /* frames where it moved more than a few rows */
  guint          max_rows;      /* the most rows it moved in one frame */
} Scroll;

/* The event shown at the top of the list and its row's y in the list. */
static gboolean
top_row (Scroll *scroll,
         guint  *index,
         double *y)
{
  GtkWidget *picked = gtk_widget_pick (scroll->list, gtk_widget_get_width (scroll->list) / 2.0, 1,
                                       GTK_PICK_DEFAULT);
  GtkWidget *row = picked;
  BriefingEvent *event;
  graphene_point_t point;

  while (row != NULL && !BRIEFING_IS_EVENT_ROW (row))
    row = gtk_widget_get_parent (row);
  if (row == NULL || (event = briefing_event_row_get_event (BRIEFING_EVENT_ROW (row))) == NULL)
    return FALSE;
  if (!gtk_widget_compute_point (row, scroll->list, &GRAPHENE_POINT_INIT (0, 0), &point))
    return FALSE;
  *y = point.y;
  return briefing_reader_state_find_event (scroll->state, event, index);
}

static void
follow_content (Scroll *scroll)
{
  guint index;
  double y;

  if (!top_row (scroll, &index, &y))
    {
      scroll->have_top = FALSE;
      return;
    }
  if (scroll->have_top)
    {
      guint rows = index > scroll->top_index ? index - scroll->top_index : scroll->top_index - index;

      if (index < scroll->top_index || (index == scroll->top_index && y > scroll->top_y + 0.5))
        scroll->n_backwards++;
      if (rows > 5)
        scroll->n_jumps++;
      scroll->max_rows = MAX (scroll->max_rows, rows);
    }
  scroll->have_top = TRUE;
  scroll->top_index = index;
  scroll->top_y = y;
}

static GArray *rows_per_frame;

static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  Scroll *scroll = data;

  if (counting_labels ())
    {
      /* The rows whose labels the previous frame measured. */
      gint64 n = take_labelled_rows ();

      g_array_append_val (rows_per_frame, n);
    }
  double step = scroll->step > 0 ? scroll->step : gtk_adjustment_get_page_size (scroll->adjustment);

  if (scroll->frames_left == 0)
    return G_SOURCE_REMOVE;
  follow_content (scroll);
  if (g_getenv ("BENCHMARK_TRACE") != NULL)
    g_printerr ("scroll: value %.0f of %.0f, top row %u at %.0f\n",
                gtk_adjustment_get_value (scroll->adjustment),
                gtk_adjustment_get_upper (scroll->adjustment), scroll->top_index, scroll->top_y);
  scroll->frames_left--;
  gtk_adjustment_set_value (scroll->adjustment, gtk_adjustment_get_value (scroll->adjustment) + step);
  return G_SOURCE_CONTINUE;
}

static gboolean
scroll_done (gpointer data)
{
  return ((Scroll *) data)->frames_left == 0;
}

static void
measure_scroll (BriefingWindow *window,
                const char     *what,
                double          step,
                double          start_fraction)
{
  GtkWidget *list = find_descendant (part (window, BRIEFING_TYPE_TIMELINE_VIEW), GTK_TYPE_LIST_VIEW);
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
  Scroll scroll = { adjustment, step, scroll_frames, list,
                    briefing_window_get_state (window) };
  g_autoptr(GArray) intervals = NULL;
  g_autoptr(GArray) work = NULL;
  double start_value, upper;
  gint64 t0, t1, stall;

  upper = gtk_adjustment_get_upper (adjustment);
  if (start_fraction >= 0)
    {
      gtk_adjustment_set_value (adjustment, upper * start_fraction);
      settle ();
    }
  start_value = gtk_adjustment_get_value (adjustment);

  rows_per_frame = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (counting_labels ())
    take_labelled_rows ();
  start_recording ();
  reset_probe ();
  t0 = now ();
  gtk_widget_add_tick_callback (list, scroll_tick_cb, &scroll, NULL);
  iterate_until (scroll_done, &scroll);
  wait_for_paint_after (now ());
  t1 = now ();
  stall = frames.max_probe_gap;
  intervals = intervals_of (frames.paints);
  work = g_array_ref (frames.frame_work);
  stop_recording ();

  g_print ("\n### %s\n\n", what);
  g_print ("| %-58s | %s |\n|---|---|\n", "measure", "value");
  {
    g_autofree char *value = g_strdup_printf ("%.0f px from %.0f (of %.0f, page %.0f px), in %.2f s",
                                              gtk_adjustment_get_value (adjustment) - start_value,
                                              start_value, upper,
                                              gtk_adjustment_get_page_size (adjustment),
                                              (t1 - t0) / 1e6);

    print_row ("scrolled", value);
  }
  print_stats ("interval between painted frames", stats_of (intervals));
  {
    const char *key = step > 0 ? "scroll_40px" : "scroll_page";
    g_autofree char *median = g_strdup_printf ("%s_median_ms", key);
    g_autofree char *longest = g_strdup_printf ("%s_max_ms", key);

    figure (median, stats_of (intervals).median);
    figure (longest, stats_of (intervals).max);
  }
  {
    guint n_slow = 0;

    for (guint i = 0; i < intervals->len; i++)
      if (g_array_index (intervals, gint64, i) > 33333)
        n_slow++;
    {
      g_autofree char *value = g_strdup_printf ("%u of %u", n_slow, intervals->len);

      print_row ("frames later than 33 ms (two refreshes)", value);
    }
  }
  print_stats ("work in a frame (update → after-paint)", stats_of (work));
  print_ms ("longest main-loop stall", stall / 1000.0);
  {
    g_autofree char *value = g_strdup_printf ("%u frames moved it more than 5 rows (at most %u), "
                                              "%u frames moved it backwards",
                                              scroll.n_jumps, scroll.max_rows, scroll.n_backwards);

    print_row ("the content (the event at the top)", value);
  }
  if (counting_labels ())
    {
      Stats rows = stats_of (rows_per_frame);
      g_autofree char *value = g_strdup_printf ("median %.0f, max %.0f (of %u list children)",
                                                rows.median * 1000, rows.max * 1000,
                                                count_children (list));

      print_row ("rows whose labels a frame measured", value);
    }
  g_clear_pointer (&rows_per_frame, g_array_unref);
  settle ();
}

/* Where the content goes on the first small scroll after a jump (dragging
 * the scroll bar): it should move by a fraction of a row. */
static void
measure_jumps (BriefingWindow *window)
{
  GtkWidget *list = find_descendant (part (window, BRIEFING_TYPE_TIMELINE_VIEW), GTK_TYPE_LIST_VIEW);
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
  const double fractions[] = { 0.25, 0.5, 0.75 };
  Scroll scroll = { adjustment, 40, 0, list,
                    briefing_window_get_state (window) };

  g_print ("\n### The first 40 px after a jump (the scroll bar dragged to a place)\n\n");
  g_print ("| %-58s | %s |\n|---|---|\n", "measure", "value");
  for (guint i = 0; i < G_N_ELEMENTS (fractions); i++)
    {
      guint before, after;
      double y_before, y_after;
      g_autofree char *what = NULL;
      g_autofree char *value = NULL;

      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) * fractions[i]);
      settle ();
      if (!top_row (&scroll, &before, &y_before))
        continue;
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + 40);
      wait_for_paint_after (now ());
      settle ();
      if (!top_row (&scroll, &after, &y_after))
        continue;
      what = g_strdup_printf ("dragged to %.0f %%, then 40 px down", fractions[i] * 100);
      value = g_strdup_printf ("the top row went from event %u (y %.0f) to event %u (y %.0f)",
                               before, y_before, after, y_after);
      print_row (what, value);
    }
}

static void
measure_scrolling (BriefingWindow *window)
{
  g_print ("\n## Scrolling the timeline (all topics; %u frames each)\n", scroll_frames);
  measure_scroll (window, "A page every frame, from the top", 0, 0.0);
  measure_scroll (window, "40 px every frame (a kinetic scroll), on from there", 40, -1);
  measure_jumps (window);
}

/* The window */

/* 6: the time overview */

/* The strip's own drawing: building its render nodes, as a frame does. */
static Stats
measure_overview_draw (BriefingTimeOverview *overview,
                       guint                 n)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < n; i++)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();
      gint64 t0 = now ();
      GskRenderNode *node;

      briefing_time_overview_draw (overview, snapshot);
      node = gtk_snapshot_free_to_node (snapshot);
      t0 = now () - t0;
      g_array_append_val (times, t0);
      g_clear_pointer (&node, gsk_render_node_unref);
    }
  return stats_of (times);
}

/* Drawing takes fractions of a millisecond: two decimals. */
static void
print_fine_stats (const char *what,
                  Stats       s)
{
  g_autofree char *value = g_strdup_printf ("median %.2f, max %.2f ms (n = %u)", s.median, s.max, s.n);

  print_row (what, value);
}

static void
measure_overview (BriefingWindow *window)
{
  BriefingTimeOverview *overview =
    briefing_timeline_view_get_time_overview (BRIEFING_TIMELINE_VIEW (part (window, BRIEFING_TYPE_TIMELINE_VIEW)));
  BriefingReaderState *state = briefing_window_get_state (window);
  double first, days;
  gint64 t0, t_state, t_paint;
  g_autofree char *mode = NULL;

  briefing_time_overview_fit (overview);
  settle ();
  first = briefing_time_overview_get_view_first (overview);
  days = briefing_time_overview_get_view_days (overview);
  mode = g_strdup_printf ("%s over %d px", briefing_time_overview_is_histogram (overview) ? "histogram" : "marks",
                          gtk_widget_get_width (GTK_WIDGET (overview)));

  /* Zooming and panning against a forced full redraw: benchmark-overview.c. */
  measure_overview_frames (overview);

  g_print ("\n### The time overview (%s at full zoom-out)\n\n", mode);
  g_print ("| %-58s | %s |\n|---|---|\n", "measure", "value");
  briefing_time_overview_fit (overview);
  settle ();
  print_fine_stats ("the strip's drawing (nodes), full zoom-out", measure_overview_draw (overview, 50));
  briefing_time_overview_set_view (overview, first + days / 2, days / 200);
  settle ();
  print_fine_stats ("the strip's drawing (nodes), 1/200 of the span", measure_overview_draw (overview, 50));
  briefing_time_overview_fit (overview);
  settle ();

  /* A period of a tenth of the span, in its middle, as a drag ends; then
   * others, as a drag goes on (a hundredth further each); then cleared. */
  {
    g_autoptr(GArray) periods = g_array_new (FALSE, FALSE, sizeof (gint64));
    g_autoptr(GArray) periods_cpu = g_array_new (FALSE, FALSE, sizeof (gint64));
    guint n_periods = MAX (2, (guint) g_ascii_strtoull (g_getenv ("BENCHMARK_PERIODS") ?: "9", NULL, 10));
    const char *profiled = profiled_periods () ?: "drag";

    print_label_counts ("the time overview's zooming and panning");
    for (guint i = 0; i < n_periods; i++)
      {
        /* Back and forth over 0.05–0.45 of the span when there are many. */
        guint step = i % 80;
        double from = 0.45 - (step < 40 ? step : 80 - step) * 0.01;
        g_autofree char *what = NULL;
        g_autofree char *value = NULL;
        gint64 to_paint, cpu0, cpu;

        /* Sampled from the state's change to its frame, not the rows
         * counted off screen between periods (see the sidebar). */
        gboolean profiling = g_str_equal (profiled, "first") ? i == 0 :
                             g_str_equal (profiled, "second") ? i == 1 :
                             i > 0 && g_str_equal (profiled, "drag");

        if (profiling)
          profile_part (TRUE);
        reset_probe ();
        cpu0 = cpu_now ();
        t0 = now ();
        briefing_reader_state_set_period (state, (gint64) (first + days * from),
                                          (gint64) (first + days * (from + 0.1)));
        t_state = now ();
        t_paint = wait_for_paint_after (t_state);
        if (profiling)
          profile_part (FALSE);
        to_paint = t_paint - t0;
        cpu = frames.last_paint_cpu - cpu0;
        if (i == 0)
          figure ("period_first_ms", to_paint / 1000.0);
        else
          {
            g_array_append_val (periods, to_paint);
            g_array_append_val (periods_cpu, cpu);
          }
        if (i < 2)
          {
            what = g_strdup_printf ("%s → next frame painted", i == 0 ? "period chosen" : "another period chosen");
            value = g_strdup_printf ("%.1f ms (CPU %.1f ms; the state: %.1f ms; %u events shown)",
                                     to_paint / 1000.0, cpu / 1000.0, (t_state - t0) / 1000.0,
                                     briefing_reader_state_get_n_shown_events (state));
            print_row (what, value);
          }
        settle ();
      }
    print_label_counts ("choosing periods");
    print_stats ("periods as a drag goes on → next frame painted", stats_of (periods));
    figure ("period_ms", stats_of (periods).median);
    print_stats ("  the main thread's CPU time until then", stats_of (periods_cpu));
    figure ("period_cpu_ms", stats_of (periods_cpu).median);
  }
  print_fine_stats ("with the period: the strip's drawing (nodes)", measure_overview_draw (overview, 50));
  if (g_strcmp0 (profiled_periods (), "clear") == 0)
    profile_part (TRUE);
  t0 = now ();
  briefing_reader_state_clear_period (state);
  t_state = now ();
  t_paint = wait_for_paint_after (t_state);
  if (g_strcmp0 (profiled_periods (), "clear") == 0)
    profile_part (FALSE);
  {
    g_autofree char *value = g_strdup_printf ("%.1f ms (the state: %.1f ms)",
                                              (t_paint - t0) / 1000.0, (t_state - t0) / 1000.0);

    print_row ("period cleared → next frame painted", value);
    figure ("period_clear_ms", (t_paint - t0) / 1000.0);
  }
  settle ();
}

/* When startup's steps were done (g_get_monotonic_time ()), to print them */
static struct
{
  gint64 main, registered, window_made;
} startup_steps;

static void
print_step (const char *what,
            gint64      t)
{
  if (t > 0)
    g_print ("  %-44s %7.1f ms\n", what, (t - exec_time ()) / 1000.0);
}

static gboolean
first_frame_painted (gpointer data)
{
  return frames.n_paints >= 1;
}

/* 0: exec → the first frame with the report, opened as the application
 * does (the window made, the file opened, then the window presented); the
 * steps on the way, from exec, and the CPU time of the whole process to
 * that frame. */
static int
measure_startup (BriefingWindow *window,
                 GFile          *file)
{
  gint64 t_opened, t_presented, t_first_paint;
  gint64 t_shown;
  double cpu_ms;

  g_signal_connect (window, "notify::report", G_CALLBACK (on_report_cb), NULL);
  g_signal_connect (window, "notify::loading", G_CALLBACK (on_loading_cb), NULL);
  briefing_window_open (window, file);
  t_opened = now ();
  gtk_window_present (GTK_WINDOW (window));
  t_presented = now ();
  watch_frames (GTK_WIDGET (window));
  iterate_until (first_frame_painted, NULL);
  t_first_paint = frames.last_paint;
  iterate_until (report_shown, NULL);
  t_shown = wait_for_paint_after (bench.t_report);
  cpu_ms = cpu_time_ms ();
  g_print ("Briefing: exec → first frame with the report %.1f ms (CPU %.1f ms)\n",
           (t_shown - exec_time ()) / 1000.0, cpu_ms);
  print_step ("main () runs", startup_steps.main);
  print_step ("application registered (GTK initialised)", startup_steps.registered);
  print_step ("window made", startup_steps.window_made);
  print_step ("file opened (the loader started)", t_opened);
  print_step ("window presented", t_presented);
  print_step ("first frame painted", t_first_paint);
  print_step ("the loader done (completion callback)", bench.t_loaded);
  print_step ("report shown (show_report returned)", bench.t_report);
  print_step ("first frame painted with the report", t_shown);
  figure ("startup_ms", (t_shown - exec_time ()) / 1000.0);
  figure ("startup_cpu_ms", cpu_ms);
  print_label_counts ("startup, to the first frame with the report");
  settle ();
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}

static gboolean
wants_part (const char *name)
{
  const char *parts = g_getenv ("BENCHMARK_PARTS");
  g_auto(GStrv) names = NULL;

  if (parts == NULL || *parts == '\0')
    return TRUE;
  names = g_strsplit (parts, ",", -1);
  return g_strv_contains ((const char * const *) names, name);
}

static gboolean
window_painted (gpointer data)
{
  return frames.n_paints >= 3;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(BriefingApplication) application = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  BriefingWindow *window;
  int width = 1280, height = 800;

  gboolean startup = FALSE;

  startup_steps.main = now ();
  setlocale (LC_ALL, "");
  if (argc >= 2 && g_str_equal (argv[1], "--startup"))
    {
      startup = TRUE;
      argv++;
      argc--;
    }
  if (argc < 2)
    {
      g_printerr ("usage: %s [--startup] FILE|sample|--bare|--bare-text [WIDTH HEIGHT]\n", argv[0]);
      return 2;
    }
  if (argc >= 4)
    {
      width = atoi (argv[2]);
      height = atoi (argv[3]);
    }
  if (g_str_equal (argv[1], "--bare"))
    return run_bare_window (width, height);
  if (g_str_equal (argv[1], "--bare-text"))
    return run_text_window (width, height);
  if (g_str_equal (argv[1], "sample"))
    file = g_file_new_for_uri (SAMPLE_REPORT_URI);
  else
    file = g_file_new_for_commandline_arg (argv[1]);

  /* As the program starts, without claiming its name on the session bus. */
  application = briefing_application_new ();
  g_application_set_flags (G_APPLICATION (application),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (application), NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_application_hold (G_APPLICATION (application));
  startup_steps.registered = now ();
  if (g_getenv ("BENCHMARK_SCROLL_FRAMES") != NULL)
    scroll_frames = MAX (2, atoi (g_getenv ("BENCHMARK_SCROLL_FRAMES")));
  if (g_strcmp0 (g_getenv ("BENCHMARK_LABELS"), "1") == 0)
    count_labels ();

  window = briefing_window_new (application);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  startup_steps.window_made = now ();
  if (startup)
    return measure_startup (window, file);
  gtk_window_present (GTK_WINDOW (window));
  watch_frames (GTK_WIDGET (window));
  iterate_until (window_painted, NULL);
  settle ();
  print_label_counts ("the first frames of the empty window");

  g_print ("# Briefing's window: %s, %d × %d, GTK %u.%u.%u, libadwaita %u.%u.%u, renderer %s\n",
           argv[1], width, height,
           gtk_get_major_version (), gtk_get_minor_version (), gtk_get_micro_version (),
           adw_get_major_version (), adw_get_minor_version (), adw_get_micro_version (),
           G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));

  measure_open (window, file);
  settle ();
  print_label_counts ("the opening");
  measure_row_making (window);
  if (briefing_window_get_report (window) == NULL)
    {
      g_printerr ("benchmark-window: the report was not shown\n");
      return 1;
    }
  g_print ("\npeak resident memory with the report shown: %.1f MiB\n", peak_rss_mib ());
  figure ("rss_content_mib", peak_rss_mib ());
  {
    Stats redraw = measure_full_redraw (GTK_WIDGET (window), 60);

    print_stats ("forced full redraw of the window: work in a frame", redraw);
    figure ("redraw_ms", redraw.median);
    print_stats ("  the main thread's CPU time in a frame", stats_of (frames.frame_work_cpu));
    figure ("redraw_cpu_ms", stats_of (frames.frame_work_cpu).median);
    figure ("redraw_min_ms", redraw.min);
  }
  /* BENCHMARK_PARTS=topics,search,scroll picks parts, e.g. for a profiler. */
  if (wants_part ("topics"))
    {
      measure_topics (window);
      print_label_counts ("topic switching");
    }
  if (wants_part ("search"))
    {
      measure_search_all (window);
      print_label_counts ("searching");
      g_print ("\npeak resident memory after searching: %.1f MiB\n", peak_rss_mib ());
      figure ("rss_search_mib", peak_rss_mib ());
    }
  if (wants_part ("scroll"))
    {
      measure_scrolling (window);
      print_label_counts ("scrolling");
    }
  if (wants_part ("overview"))
    measure_overview (window);
  if (wants_part ("scroll"))
    {
      /* Its floor, last, with Briefing's window gone: only one paints. */
      g_autoptr(BriefingReport) report = g_object_ref (briefing_window_get_report (window));

      gtk_window_destroy (GTK_WINDOW (window));
      settle ();
      measure_list_floor (report, width, height, scroll_frames);
    }
  else
    gtk_window_destroy (GTK_WINDOW (window));
  g_application_release (G_APPLICATION (application));
  return 0;
}
