/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * benchmark-list-change [N]: what GTK's GtkListView costs to follow a change
 * of its model, by the shape of the change. The rows are plain labels, so
 * that the figures are the list's own. N items (100,000 by default) are
 * GObjects in a report-like list; the list's model is a BriefingSubsetList
 * straight, without the BriefingSlotList the views put before it (which
 * turns the spans below into rows rebound in place and a pure removal or
 * addition): these are what GTK 4.8 costs for each shape as it is, the
 * figures that led to the slots (docs/performance.md). The list is scrolled to
 * the middle first, so that the item GTK anchors its rows to survives the
 * change but lies inside the span that one "items-changed" covers (as at a
 * topic switch, "All Topics" or a period when the reader has scrolled):
 *
 *   - a twentieth → all and back, as one "items-changed" over the span that
 *     differs; as two (everything removed, then everything added); as a new
 *     model (gtk_list_view_set_model);
 *   - a tenth of the items, moved by a hundredth (a period dragged on): as
 *     one span, or as its two runs (added in front, removed at the end).
 *
 * Each to the next painted frame, on the clock and in the main thread's CPU
 * time. Run under a display, with GSK_RENDERER=cairo as benchmark-window is.
 * It prints figures and asserts nothing.
 */
#include "config.h"

#include <adwaita.h>
#include <stdlib.h>

#include "benchmark-frames.h"
#include "briefing-object-list.h"
#include "briefing-subset-list.h"

#define ROUNDS 5

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item)
{
  gtk_list_item_set_child (list_item, gtk_label_new ("item"));
}

/* @n items of @all from @first, every @step-th: borrowed, no references. */
static GPtrArray *
some_of (BriefingObjectList *all,
         guint               first,
         guint               n,
         guint               step)
{
  GPtrArray *chosen = g_ptr_array_new ();
  gpointer *items = briefing_object_list_peek_all (all);

  for (guint i = first; i < first + n && i < briefing_object_list_get_size (all); i += step)
    g_ptr_array_add (chosen, items[i]);
  return chosen;
}

typedef struct
{
  const char *what;
  const char *key;   /* of its "@figure" line, with BENCHMARK_FIGURES=1 */
  GArray     *wall, *cpu;
} Figure;

static Figure figures[16];
static guint n_figures;

static Figure *
figure_named (const char *what,
              const char *key)
{
  for (guint i = 0; i < n_figures; i++)
    if (g_str_equal (figures[i].what, what))
      return &figures[i];
  g_assert (n_figures < G_N_ELEMENTS (figures));
  figures[n_figures] = (Figure) { what, key, g_array_new (FALSE, FALSE, sizeof (gint64)),
                                  g_array_new (FALSE, FALSE, sizeof (gint64)) };
  return &figures[n_figures++];
}

static gint64 t_start, cpu_start;

static void
start (void)
{
  t_start = now ();
  cpu_start = cpu_now ();
}

static void
painted (const char *what,
         const char *key)
{
  Figure *f = figure_named (what, key);
  gint64 wall = wait_for_paint_after (now ()) - t_start;
  gint64 cpu = frames.last_paint_cpu - cpu_start;

  g_array_append_val (f->wall, wall);
  g_array_append_val (f->cpu, cpu);
  settle ();
}

static void
scroll_to_middle (GtkWidget *scrolled)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

  gtk_adjustment_set_value (adjustment, (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment)) / 2);
  settle ();
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) atoi (argv[1]) : 100000;
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(BriefingObjectList) all = NULL;
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(BriefingSubsetList) shown = NULL;
  GListModel *source;
  GtkWidget *window, *scrolled;
  GtkListView *list;
  guint window_n = n / 10, shift = n / 100;

  adw_init ();
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (objects, g_object_new (G_TYPE_OBJECT, NULL));
  all = briefing_object_list_new (G_TYPE_OBJECT, g_steal_pointer (&objects));
  source = G_LIST_MODEL (all);
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), NULL);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  shown = briefing_subset_list_new (G_TYPE_OBJECT);
  briefing_subset_list_set_items (shown, source, some_of (all, 0, n, 20));
  list = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (shown)))),
                                           g_object_ref (factory)));
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (list));
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  gtk_window_present (GTK_WINDOW (window));
  watch_frames (window);
  settle ();

  for (guint round = 0; round < ROUNDS; round++)
    {
      g_autoptr(BriefingSubsetList) other = briefing_subset_list_new (G_TYPE_OBJECT);

      /* One "items-changed" over the span that differs. */
      scroll_to_middle (scrolled);
      start ();
      briefing_subset_list_set_items (shown, source, some_of (all, 0, n, 1));
      painted ("one items-changed, a twentieth → all", "span_in");
      scroll_to_middle (scrolled);
      start ();
      briefing_subset_list_set_items (shown, source, some_of (all, 0, n, 20));
      painted ("one items-changed, all → a twentieth", "span_out");

      /* Two: all removed, all added. */
      scroll_to_middle (scrolled);
      start ();
      briefing_subset_list_set_items (shown, source, g_ptr_array_new ());
      briefing_subset_list_set_items (shown, source, some_of (all, 0, n, 1));
      painted ("two (all removed, all added), a twentieth → all", "two_in");
      scroll_to_middle (scrolled);
      start ();
      briefing_subset_list_set_items (shown, source, g_ptr_array_new ());
      briefing_subset_list_set_items (shown, source, some_of (all, 0, n, 20));
      painted ("two (all removed, all added), all → a twentieth", "two_out");

      /* A new model. */
      briefing_subset_list_set_items (other, source, some_of (all, 0, n, 1));
      scroll_to_middle (scrolled);
      start ();
      gtk_list_view_set_model (list, GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (other)))));
      painted ("set_model, a twentieth → all", "set_model_in");
      scroll_to_middle (scrolled);
      start ();
      gtk_list_view_set_model (list, GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (shown)))));
      painted ("set_model, all → a twentieth", "set_model_out");

      /* A tenth, moved back by a hundredth: one span, or its two runs. */
      briefing_subset_list_set_items (shown, source, some_of (all, n / 2, window_n, 1));
      scroll_to_middle (scrolled);
      start ();
      briefing_subset_list_set_items (shown, source, some_of (all, n / 2 - shift, window_n, 1));
      painted ("a tenth moved by a hundredth, one span", "shift_span");
      briefing_subset_list_set_items (shown, source, some_of (all, n / 2, window_n, 1));
      scroll_to_middle (scrolled);
      start ();
      briefing_subset_list_set_items (shown, source, some_of (all, n / 2 - shift, window_n + shift, 1));
      briefing_subset_list_set_items (shown, source, some_of (all, n / 2 - shift, window_n, 1));
      painted ("a tenth moved by a hundredth, its two runs", "shift_runs");
      briefing_subset_list_set_items (shown, source, some_of (all, 0, n, 20));
      settle ();
    }

  g_print ("# GtkListView %u.%u.%u following a change of %u items (labels as rows, scrolled to the middle)\n\n",
           gtk_get_major_version (), gtk_get_minor_version (), gtk_get_micro_version (), n);
  g_print ("| %-58s | %s |\n|---|---|\n", "change → next frame painted", "ms");
  for (guint i = 0; i < n_figures; i++)
    {
      g_autofree char *cpu = g_strdup_printf ("  the main thread's CPU time");

      print_stats (figures[i].what, stats_of (figures[i].wall));
      print_stats (cpu, stats_of (figures[i].cpu));
      if (g_strcmp0 (g_getenv ("BENCHMARK_FIGURES"), "1") == 0)
        g_print ("@figure list_%s_cpu_ms %.3f\n", figures[i].key, stats_of (figures[i].cpu).median);
    }
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
