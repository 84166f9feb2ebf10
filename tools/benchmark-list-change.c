/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * benchmark-list-change [N]: what GTK's GtkListView costs to follow a change
 * of its model, the two ways a view can be told: one "items-changed" over
 * the span that differs (a BriefingSubsetList, as the views have), or a new model
 * (gtk_list_view_set_model). The rows are plain labels, so that the figures
 * are the list's own. N items (100,000 by default) are GObjects; a change
 * goes from a twentieth of them (a topic) to all of them ("All Topics") and
 * back, to the next painted frame. Run under a display, with
 * GSK_RENDERER=cairo as benchmark-window is. It prints figures and asserts
 * nothing.
 */
#include "config.h"

#include <adwaita.h>
#include <stdlib.h>

#include "benchmark-frames.h"
#include "briefing-subset-list.h"

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item)
{
  gtk_list_item_set_child (list_item, gtk_label_new ("item"));
}

static GListStore *
store_of (GPtrArray *items,
          guint      step)
{
  GListStore *store = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();

  for (guint i = 0; i < items->len; i += step)
    g_ptr_array_add (chosen, items->pdata[i]);
  g_list_store_splice (store, 0, 0, chosen->pdata, chosen->len);
  return store;
}

/* Every @step-th item, each with a reference, for a BriefingSubsetList. */
static GPtrArray *
every (GPtrArray *items,
       guint      step)
{
  GPtrArray *chosen = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < items->len; i += step)
    g_ptr_array_add (chosen, g_object_ref (items->pdata[i]));
  return chosen;
}

static double
to_paint (gint64 t0)
{
  return (wait_for_paint_after (now ()) - t0) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) atoi (argv[1]) : 100000;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GArray) spliced_in = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) spliced_out = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) swapped_in = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) swapped_out = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(BriefingSubsetList) store = NULL;
  GtkWidget *window, *scrolled;
  GtkListView *list;

  adw_init ();
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_object_new (G_TYPE_OBJECT, NULL));
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), NULL);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  /* The list the reader state hands views: replacing what it holds is a
   * pointer swap, so the figures below are the list view's. */
  store = briefing_subset_list_new (G_TYPE_OBJECT);
  briefing_subset_list_set_items (store, every (items, 20));
  list = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (store)))),
                                           g_object_ref (factory)));
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (list));
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  gtk_window_present (GTK_WINDOW (window));
  watch_frames (window);
  settle ();

  for (guint round = 0; round < 5; round++)
    {
      GPtrArray *all = every (items, 1);
      GPtrArray *some = every (items, 20);
      g_autoptr(GListStore) all_store = store_of (items, 1);
      g_autoptr(GListStore) some_store = store_of (items, 20);
      gint64 t0, value;

      /* One "items-changed" on the same model (what is made before the
       * clock starts). */
      t0 = now ();
      briefing_subset_list_set_items (store, all);
      value = (gint64) (to_paint (t0) * 1000);
      g_array_append_val (spliced_in, value);
      settle ();
      t0 = now ();
      briefing_subset_list_set_items (store, some);
      value = (gint64) (to_paint (t0) * 1000);
      g_array_append_val (spliced_out, value);
      settle ();

      /* A new model each time. */
      t0 = now ();
      gtk_list_view_set_model (list, GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (all_store)))));
      value = (gint64) (to_paint (t0) * 1000);
      g_array_append_val (swapped_in, value);
      settle ();
      t0 = now ();
      gtk_list_view_set_model (list, GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (some_store)))));
      value = (gint64) (to_paint (t0) * 1000);
      g_array_append_val (swapped_out, value);
      settle ();
      /* Back to the first store for the next round. */
      gtk_list_view_set_model (list, GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (store)))));
      settle ();
    }

  g_print ("# GtkListView %u.%u.%u following a change of %u items (labels as rows)\n\n",
           gtk_get_major_version (), gtk_get_minor_version (), gtk_get_micro_version (), n);
  g_print ("| %-58s | %s |\n|---|---|\n", "change → next frame painted", "ms");
  print_stats ("items-changed, a twentieth → all", stats_of (spliced_in));
  print_stats ("items-changed, all → a twentieth", stats_of (spliced_out));
  print_stats ("set_model, a twentieth → all", stats_of (swapped_in));
  print_stats ("set_model, all → a twentieth", stats_of (swapped_out));
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
