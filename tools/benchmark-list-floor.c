/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "benchmark-floors.h"
#include "benchmark-frames.h"
#include "benchmark-list-floor.h"
#include "briefing-date.h"
#include "briefing-event.h"
#include "briefing-format.h"

typedef struct
{
  GListModel *events;
} Floor;

static GtkLabel *
add_label (GtkWidget  *box,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);
  return GTK_LABEL (label);
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);

  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  add_label (box, "title-4");   /* the date heading */
  add_label (box, "heading");   /* the headline */
  add_label (box, "body");      /* the text */
  gtk_list_item_set_child (item, box);
}

static char *
date_of (GListModel *events,
         guint       position)
{
  g_autoptr(BriefingEvent) event = g_list_model_get_item (events, position);

  return briefing_date_format (briefing_event_get_date (event));
}

/* The event at @position of @events in @row: its date heading, headline, text. */
static void
show_event (GtkWidget  *row,
            GListModel *events,
            guint       position)
{
  g_autoptr(BriefingEvent) event = g_list_model_get_item (events, position);
  GtkWidget *heading = gtk_widget_get_first_child (row);
  GtkWidget *headline = gtk_widget_get_next_sibling (heading);
  GtkWidget *body = gtk_widget_get_next_sibling (headline);
  g_autofree char *date = date_of (events, position);
  g_autofree char *previous = position > 0 ? date_of (events, position - 1) : NULL;
  const char *text = briefing_event_get_body (event);
  g_autofree char *cut = NULL;

  /* A heading where a date group starts, as the timeline shows it. */
  gtk_label_set_text (GTK_LABEL (heading), date);
  gtk_widget_set_visible (heading, g_strcmp0 (date, previous) != 0);
  gtk_label_set_text (GTK_LABEL (headline), briefing_event_get_headline (event));
  if (text != NULL && briefing_format_is_long_text (text))
    text = cut = briefing_format_cut_text (text);
  gtk_label_set_text (GTK_LABEL (body), text != NULL ? text : "");
  gtk_widget_set_visible (body, text != NULL);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            Floor                    *floor)
{
  show_event (gtk_list_item_get_child (item), floor->events, gtk_list_item_get_position (item));
}

typedef struct
{
  GtkAdjustment *adjustment;
  double         step;   /* 0: a page */
  guint          frames_left;
} FloorScroll;

static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  FloorScroll *scroll = data;
  double step = scroll->step > 0 ? scroll->step : gtk_adjustment_get_page_size (scroll->adjustment);

  if (scroll->frames_left == 0)
    return G_SOURCE_REMOVE;
  scroll->frames_left--;
  gtk_adjustment_set_value (scroll->adjustment, gtk_adjustment_get_value (scroll->adjustment) + step);
  return G_SOURCE_CONTINUE;
}

static gboolean
scroll_done (gpointer data)
{
  return ((FloorScroll *) data)->frames_left == 0;
}

static void
scroll_list (GtkWidget  *list,
             const char *key,
             double      step,
             guint       n_frames)
{
  FloorScroll scroll = { gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list)), step, n_frames };
  g_autoptr(GArray) intervals = NULL;
  g_autofree char *what = g_strdup_printf ("bare GtkListView, %s a frame: interval between painted frames",
                                           step > 0 ? "40 px" : "a page");
  g_autofree char *median = g_strdup_printf ("floor_%s_median_ms", key);
  g_autofree char *longest = g_strdup_printf ("floor_%s_max_ms", key);
  Stats stats;

  start_recording ();
  gtk_widget_add_tick_callback (list, scroll_tick_cb, &scroll, NULL);
  iterate_until (scroll_done, &scroll);
  wait_for_paint_after (now ());
  intervals = intervals_of (frames.paints);
  stop_recording ();
  stats = stats_of (intervals);
  print_stats (what, stats);
  figure (median, stats.median);
  figure (longest, stats.max);
  settle ();
}

void
measure_list_floor (BriefingReport *report,
                    int             width,
                    int             height,
                    guint           n_frames)
{
  Floor floor = { briefing_report_get_events (report) };
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkWidget *window, *scrolled, *list;

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), &floor);
  list = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (floor.events))),
                            g_object_ref (factory));
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  gtk_window_present (GTK_WINDOW (window));
  watch_frames (window);
  settle ();

  g_print ("\n## The floor of scrolling: a bare GtkListView of label rows (%u events, %u frames each)\n\n",
           g_list_model_get_n_items (floor.events), n_frames);
  g_print ("| %-58s | %s |\n|---|---|\n", "measure", "value");
  scroll_list (list, "scroll_page", 0, n_frames);
  scroll_list (list, "scroll_40px", 40, n_frames);
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}
