/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The timeline and the interview views, following a reader state. */
#include "config.h"

#include <adwaita.h>

#include "briefing-calendar.h"
#include "briefing-chip.h"
#include "briefing-event-row.h"
#include "briefing-interview-view.h"
#include "briefing-rows-in-view.h"
#include "briefing-slot-list.h"
#include "briefing-subset-list.h"
#include "briefing-text-search.h"
#include "briefing-timeline-view.h"
#include "briefing-turn-bubble.h"
#include "test-sample.h"
#include "test-ui.h"

#define LIST_VIEW(view) BRIEFING_REPORT_LIST_VIEW (view)

/* The view's list, shown or not. */
static GtkListView *
find_list_view (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkListView *found;

      if (GTK_IS_LIST_VIEW (child))
        return GTK_LIST_VIEW (child);
      if ((found = find_list_view (child)) != NULL)
        return found;
    }
  return NULL;
}

static void
assert_shown_events (BriefingTimelineView *view,
                     GListModel           *base,
                     const char           *word)
{
  GListModel *shown = briefing_report_list_view_get_items (LIST_VIEW (view));
  guint expected = 0;
  guint position = 0;

  for (guint i = 0; i < g_list_model_get_n_items (base); i++)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (base, i);

      if (word == NULL || event_contains (event, word))
        {
          g_autoptr(BriefingEvent) item = g_list_model_get_item (shown, position++);

          g_assert_true (item == event);
          expected++;
        }
    }
  g_assert_cmpuint (briefing_report_list_view_get_n_shown (LIST_VIEW (view)), ==, expected);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, expected);
}

/* Every bound row shows a heading exactly when it starts a date group. */
static void
assert_headings (BriefingTimelineView *view)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GListModel *shown = briefing_report_list_view_get_items (LIST_VIEW (view));

  collect_descendants (GTK_WIDGET (view), BRIEFING_TYPE_EVENT_ROW, rows);
  g_assert_cmpuint (rows->len, >, 0);
  for (guint i = 0; i < rows->len; i++)
    {
      BriefingEventRow *row = g_ptr_array_index (rows, i);
      BriefingEvent *event = briefing_event_row_get_event (row);
      gboolean first = TRUE;

      for (guint j = 0; j < g_list_model_get_n_items (shown); j++)
        {
          g_autoptr(BriefingEvent) item = g_list_model_get_item (shown, j);

          if (item == event)
            {
              if (j > 0)
                {
                  g_autoptr(BriefingEvent) previous = g_list_model_get_item (shown, j - 1);

                  first = !briefing_event_same_date_group (previous, event);
                }
              break;
            }
        }
      g_assert_cmpint (briefing_event_row_get_show_heading (row), ==, first);
    }
}

static void
test_timeline (void)
{
  BriefingReport *report = load_sample ();
  BriefingReaderState *state = briefing_reader_state_new ();
  GtkWidget *view = g_object_ref_sink (briefing_timeline_view_new (state));
  BriefingTimelineView *timeline = BRIEFING_TIMELINE_VIEW (view);
  GListModel *all = briefing_report_get_events (report);
  GListModel *topics = briefing_report_get_topics (report);
  BriefingEntity *lavrov = find_entity (report, "sergei-lavrov");
  GtkWidget *window;
  guint n_shown_notifies = 0;

  g_signal_connect_swapped (view, "notify::n-shown", G_CALLBACK (count_cb), &n_shown_notifies);

  /* The list shows what the state derives. */
  {
    GtkListView *list = find_list_view (view);

    g_assert_nonnull (list);
    GListModel *slots = gtk_no_selection_get_model (GTK_NO_SELECTION (gtk_list_view_get_model (list)));

    g_assert_true (BRIEFING_IS_SLOT_LIST (slots));
    g_assert_true (briefing_slot_list_get_source (BRIEFING_SLOT_LIST (slots)) ==
                   briefing_reader_state_get_events (state));
  }
  g_assert_cmpuint (briefing_report_list_view_get_n_shown (LIST_VIEW (timeline)), ==, 0);
  briefing_reader_state_set_report (state, report);
  g_assert_cmpuint (briefing_report_list_view_get_n_shown (LIST_VIEW (timeline)), ==, 13);
  g_assert_cmpuint (n_shown_notifies, ==, 1);
  /* Cards at the bottom edge are built by their estimate and then found
   * just off screen by their real height: without the time overview none
   * is at the edge of this window ("exactly" below). */
  briefing_timeline_view_set_show_overview (timeline, FALSE);
  window = show_in_window (view);
  assert_shown_events (timeline, all, NULL);
  assert_headings (timeline);
  /* 13 cards do not fit in the window: only those on screen are built. */
  assert_built_on_screen (view, TRUE);

  /* Per topic: the topic's own index. */
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(BriefingTopic) topic = g_list_model_get_item (topics, i);

      briefing_reader_state_set_topic (state, topic);
      g_assert_true (briefing_reader_state_get_topic (state) == topic);
      g_assert_cmpuint (briefing_report_list_view_get_n_shown (LIST_VIEW (timeline)), ==,
                        briefing_topic_get_n_events (topic));
      assert_shown_events (timeline, briefing_report_get_topic_events (report, topic), NULL);
      if (briefing_topic_get_n_events (topic) > 0)
        {
          wait_for_paint (view);
          assert_built_on_screen (view, FALSE);
        }
    }

  /* An entity clears the topic, and the other way round. */
  briefing_reader_state_set_entity (state, lavrov);
  g_assert_null (briefing_reader_state_get_topic (state));
  g_assert_cmpuint (briefing_report_list_view_get_n_shown (LIST_VIEW (timeline)), ==,
                    briefing_entity_get_n_events (lavrov));
  briefing_reader_state_set_topic (state, find_topic (report, "kharkiv"));
  g_assert_null (briefing_reader_state_get_entity (state));
  briefing_reader_state_set_topic (state, NULL);
  g_assert_cmpuint (briefing_report_list_view_get_n_shown (LIST_VIEW (timeline)), ==, 13);
  wait_for_paint (view);

  /* A whole selection at once: one change of the list, one notify each. */
  {
    GListModel *shown = briefing_report_list_view_get_items (LIST_VIEW (timeline));
    guint n_changes = 0, n_topic_notifies = 0, n_entity_notifies = 0;

    /* Each change told in one span, not as its runs: one update, one signal. */
    briefing_subset_list_set_max_runs (BRIEFING_SUBSET_LIST (shown), 1);
    briefing_reader_state_set_entity (state, lavrov);
    g_signal_connect_swapped (shown, "items-changed", G_CALLBACK (count_cb), &n_changes);
    g_signal_connect_swapped (state, "notify::topic", G_CALLBACK (count_cb), &n_topic_notifies);
    g_signal_connect_swapped (state, "notify::entity", G_CALLBACK (count_cb), &n_entity_notifies);

    /* Neither: everything, the entity cleared too. */
    briefing_reader_state_set_selection (state, NULL, NULL);
    g_assert_null (briefing_reader_state_get_entity (state));
    g_assert_cmpuint (briefing_report_list_view_get_n_shown (LIST_VIEW (timeline)), ==, 13);
    g_assert_cmpuint (n_changes, ==, 1);
    g_assert_cmpuint (n_topic_notifies, ==, 0);
    g_assert_cmpuint (n_entity_notifies, ==, 1);

    /* Entity to topic */
    briefing_reader_state_set_entity (state, lavrov);
    n_changes = n_entity_notifies = 0;
    briefing_reader_state_set_selection (state, find_topic (report, "kharkiv"), NULL);
    g_assert_null (briefing_reader_state_get_entity (state));
    g_assert_cmpuint (n_changes, ==, 1);
    g_assert_cmpuint (n_topic_notifies, ==, 1);
    g_assert_cmpuint (n_entity_notifies, ==, 1);

    /* The same again: nothing. */
    n_changes = n_topic_notifies = n_entity_notifies = 0;
    briefing_reader_state_set_selection (state, find_topic (report, "kharkiv"), NULL);
    g_assert_cmpuint (n_changes + n_topic_notifies + n_entity_notifies, ==, 0);

    g_signal_handlers_disconnect_by_func (shown, count_cb, &n_changes);
    briefing_subset_list_set_max_runs (BRIEFING_SUBSET_LIST (shown), 8);
    g_signal_handlers_disconnect_by_func (state, count_cb, &n_topic_notifies);
    g_signal_handlers_disconnect_by_func (state, count_cb, &n_entity_notifies);
    briefing_reader_state_set_selection (state, NULL, NULL);
    g_assert_cmpuint (briefing_report_list_view_get_n_shown (LIST_VIEW (timeline)), ==, 13);
    wait_for_paint (view);
  }

  /* Search narrows to exactly the events containing the word, whatever
   * the case and accents, and clearing it restores them all. */
  {
    const char *words[] = { "drones", "DRÓNES", "kyiv", "Kharkiv", "october", "Putin", "nothing-like-this" };

    for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
      {
        briefing_reader_state_set_search_text (state, words[i]);
        g_assert_cmpstr (briefing_reader_state_get_search_text (state), ==, words[i]);
        assert_shown_events (timeline, all, words[i]);
        wait_for_paint (view);
        if (briefing_report_list_view_get_n_shown (LIST_VIEW (timeline)) > 0)
          assert_headings (timeline);
      }
  }
  g_assert_cmpuint (briefing_report_list_view_get_n_shown (LIST_VIEW (timeline)), ==, 0);
  /* Nothing found: the empty page says why, bound in the template. */
  {
    g_autoptr(GPtrArray) pages = g_ptr_array_new ();
    g_autofree char *page = NULL;

    g_object_get (view, "page", &page, NULL);
    g_assert_cmpstr (page, ==, "empty");
    collect_descendants (view, ADW_TYPE_STATUS_PAGE, pages);
    g_assert_cmpuint (pages->len, ==, 1);
    g_assert_cmpstr (adw_status_page_get_description (g_ptr_array_index (pages, 0)), ==,
                     "No event mentions what you searched for. Try other words.");
    g_assert_cmpstr (adw_status_page_get_icon_name (g_ptr_array_index (pages, 0)), ==, "edit-find-symbolic");
  }
  briefing_reader_state_set_search_text (state, "drones");
  g_assert_cmpuint (briefing_report_list_view_get_n_shown (LIST_VIEW (timeline)), >, 0);
  g_assert_cmpuint (briefing_report_list_view_get_n_shown (LIST_VIEW (timeline)), <, 13);
  {
    g_autoptr(GPtrArray) pages = g_ptr_array_new ();

    /* The list again, and no empty page shown. */
    collect_descendants (view, ADW_TYPE_STATUS_PAGE, pages);
    g_assert_cmpuint (pages->len, ==, 0);
  }
  briefing_reader_state_set_search_text (state, "");
  assert_shown_events (timeline, all, NULL);

  /* Nothing searched, nothing to show: no search icon, and the words name
   * what was chosen, a person here. */
  {
    g_autoptr(GPtrArray) pages = g_ptr_array_new ();

    briefing_reader_state_set_entity (state, find_entity (report, "alexei-petrov"));
    wait_for_paint (view);
    collect_descendants (view, ADW_TYPE_STATUS_PAGE, pages);
    g_assert_cmpuint (pages->len, ==, 1);
    g_assert_cmpstr (adw_status_page_get_description (g_ptr_array_index (pages, 0)), ==,
                     "The report has no events involving this person.");
    g_assert_cmpstr (adw_status_page_get_icon_name (g_ptr_array_index (pages, 0)), ==,
                     "view-list-bullet-symbolic");
    briefing_reader_state_set_selection (state, NULL, NULL);
    assert_shown_events (timeline, all, NULL);
  }

  /* Search within a topic. */
  {
    BriefingTopic *topic = find_topic (report, "north-korea-russia");

    briefing_reader_state_set_topic (state, topic);
    briefing_reader_state_set_search_text (state, "troops");
    assert_shown_events (timeline, briefing_report_get_topic_events (report, topic), "troops");
    briefing_reader_state_set_search_text (state, NULL);
    briefing_reader_state_set_topic (state, NULL);
  }
  wait_for_paint (view);
  assert_headings (timeline);

  /* Jumping to an event does not change what is shown. */
  briefing_timeline_view_scroll_to_event (timeline, find_event (report, "ukraine-produces-155mm-shells"));
  wait_for_paint (view);
  g_assert_cmpuint (briefing_report_list_view_get_n_shown (LIST_VIEW (timeline)), ==, 13);

  /* The rows follow the state's scale and search. */
  briefing_reader_state_set_text_scale (state, 1.5);
  briefing_reader_state_set_search_text (state, " drones ");
  wait_for_paint (view);
  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new ();

    collect_bound_rows (view, rows);
    g_assert_cmpuint (rows->len, >, 0);
    for (guint i = 0; i < rows->len; i++)
      {
        g_assert_cmpfloat (briefing_lazy_row_get_text_scale (g_ptr_array_index (rows, i)), ==, 1.5);
        g_assert_cmpstr (briefing_lazy_row_get_search_text (g_ptr_array_index (rows, i)), ==, "drones");
      }
  }
  briefing_reader_state_set_search_text (state, NULL);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (view);
  g_assert_finalize_object (state);
  g_assert_finalize_object (report);
}

/* The event whose row is first on screen, and where the row starts. */
static BriefingEvent *
top_event (BriefingTimelineView *view,
           float                *y)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GtkWidget *list = GTK_WIDGET (find_list_view (GTK_WIDGET (view)));
  BriefingEventRow *top = NULL;
  float top_y = 0;

  collect_bound_rows (GTK_WIDGET (view), rows);
  for (guint i = 0; i < rows->len; i++)
    {
      graphene_rect_t bounds;

      if (!gtk_widget_get_child_visible (gtk_widget_get_parent (g_ptr_array_index (rows, i))) ||
          !gtk_widget_compute_bounds (g_ptr_array_index (rows, i), list, &bounds) ||
          bounds.origin.y + bounds.size.height <= 0)
        continue;
      if (top == NULL || bounds.origin.y < top_y)
        {
          top = g_ptr_array_index (rows, i);
          top_y = bounds.origin.y;
        }
    }
  g_assert_nonnull (top);
  *y = top_y;
  return briefing_event_row_get_event (top);
}

static BriefingEventRow *
row_of (BriefingTimelineView *view,
        BriefingEvent        *event)
{
  return BRIEFING_EVENT_ROW (briefing_report_list_view_lookup_row (LIST_VIEW (view), event));
}

static void
scroll_timeline (BriefingTimelineView *view,
                 double                fraction)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (find_list_view (GTK_WIDGET (view))));

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) * fraction);
  wait_for_paint (GTK_WIDGET (view));
  wait_for_paint (GTK_WIDGET (view));
}

/* A new topic or search: the event on top stays there if it is still shown,
 * else the list starts from its first event, its date heading in view; so
 * from the first frame painted after the change. */
/* @max_runs: in how many runs a change of the shown events may be told,
 * as as many "items-changed" (briefing_subset_list_set_max_runs()). The
 * focus in a row stays in the list. */
static void
check_scroll_after_change (guint max_runs)
{
  BriefingReport *report = load_sample ();
  BriefingReaderState *state = briefing_reader_state_new ();
  GtkWidget *view = g_object_ref_sink (briefing_timeline_view_new (state));
  BriefingTimelineView *timeline = BRIEFING_TIMELINE_VIEW (view);
  BriefingTopic *topic = find_topic (report, "north-korea-russia");
  GtkWidget *window;
  BriefingEvent *event;
  guint n_counted = 0;
  float y;

  briefing_subset_list_set_max_runs (BRIEFING_SUBSET_LIST (briefing_reader_state_get_events (state)), max_runs);
  briefing_reader_state_set_report (state, report);
  briefing_timeline_view_set_show_overview (timeline, FALSE);
  window = show_in_window (view);

  /* Scrolled down, a topic: its first event on top, with its heading; the
   * count said once, whole, however many runs told the change. */
  scroll_timeline (timeline, 1.0);
  event = top_event (timeline, &y);
  gtk_widget_grab_focus (gtk_widget_get_parent (GTK_WIDGET (row_of (timeline, event))));
  g_signal_connect_swapped (view, "notify::n-shown", G_CALLBACK (count_cb), &n_counted);
  briefing_reader_state_set_topic (state, topic);
  g_assert_cmpuint (n_counted, ==, 1);
  g_assert_cmpuint (briefing_report_list_view_get_n_shown (LIST_VIEW (view)), ==, briefing_topic_get_n_events (topic));
  g_signal_handlers_disconnect_by_func (view, count_cb, &n_counted);
  wait_for_paint (view);
  {
    g_autoptr(BriefingEvent) first = g_list_model_get_item (briefing_report_list_view_get_items (LIST_VIEW (view)), 0);
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
    GtkWidget *list = GTK_WIDGET (find_list_view (view));

    g_assert_nonnull (focus);
    g_assert_true (focus == list || gtk_widget_is_ancestor (focus, list));
    event = top_event (timeline, &y);
    g_assert_true (event == first);
    g_assert_cmpfloat_with_epsilon (y, 0, 1.0);
    g_assert_true (briefing_event_row_get_show_heading (row_of (timeline, event)));
  }
  briefing_reader_state_set_topic (state, NULL);
  wait_for_paint (view);

  /* Scrolled part-way, a search the event on top survives: it stays on top. */
  scroll_timeline (timeline, 0.5);
  event = top_event (timeline, &y);
  g_assert_true (event != briefing_subset_list_peek (BRIEFING_SUBSET_LIST (briefing_report_list_view_get_items (LIST_VIEW (view))), 0));
  {
    g_autofree char *phrase = g_strdup_printf ("\"%s\"", briefing_event_get_headline (event));

    briefing_reader_state_set_search_text (state, phrase);
  }
  wait_for_paint (view);
  g_assert_cmpuint (briefing_report_list_view_get_n_shown (LIST_VIEW (view)), <, 13);
  g_assert_true (top_event (timeline, &y) == event);
  g_assert_cmpfloat_with_epsilon (y, 0, 1.0);

  /* A topic's second event on top, the topic chosen: it stays on top, the
   * topic's first event above it. */
  briefing_reader_state_set_search_text (state, NULL);
  wait_for_paint (view);
  {
    GListModel *topics = briefing_report_get_topics (report);
    GListModel *events = NULL;
    g_autoptr(BriefingEvent) second = NULL;
    BriefingTopic *most = NULL;
    GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (find_list_view (view)));
    guint position;

    for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
      {
        g_autoptr(BriefingTopic) each = g_list_model_get_item (topics, i);

        if (most == NULL || briefing_topic_get_n_events (each) > briefing_topic_get_n_events (most))
          most = each;
      }
    events = briefing_report_get_topic_events (report, most);
    g_assert_cmpuint (g_list_model_get_n_items (events), >=, 3);
    second = g_list_model_get_item (events, 1);
    event = second;
    g_assert_true (briefing_reader_state_find_event (state, event, &position));
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    briefing_report_list_view_scroll_to (LIST_VIEW (view), position);
    wait_for_paint (view);
    wait_for_paint (view);
    g_assert_true (top_event (timeline, &y) == event);
    briefing_reader_state_set_topic (state, most);
    wait_for_paint (view);
    g_assert_true (top_event (timeline, &y) == event);
    g_assert_cmpfloat_with_epsilon (y, 0, 1.0);
    g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
    briefing_reader_state_set_topic (state, NULL);
    wait_for_paint (view);
  }

  /* A search it does not survive: back to the top. */
  scroll_timeline (timeline, 1.0);
  event = top_event (timeline, &y);
  g_assert_false (event_contains (event, "troops"));
  briefing_reader_state_set_search_text (state, "troops");
  wait_for_paint (view);
  {
    g_autoptr(BriefingEvent) first = g_list_model_get_item (briefing_report_list_view_get_items (LIST_VIEW (view)), 0);

    g_assert_true (top_event (timeline, &y) == first);
    g_assert_cmpfloat_with_epsilon (y, 0, 1.0);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (view);
  g_assert_finalize_object (state);
  g_assert_finalize_object (report);
}

/* A change around the event on top (a period dragged on adds and takes
 * events away from it): GTK's list keeps its place, so the view leaves it
 * there, neither moved nor made again, as the reader left it, part-way
 * through its row. In the sample, the two events in Kursk (21–31 October)
 * come before those of 1 November alone in the timeline's order. */
static void
check_period_keeps_place (guint max_runs)
{
  BriefingReport *report = load_sample ();
  BriefingReaderState *state = briefing_reader_state_new ();
  GtkWidget *view = g_object_ref_sink (briefing_timeline_view_new (state));
  BriefingTimelineView *timeline = BRIEFING_TIMELINE_VIEW (view);
  GtkAdjustment *adjustment = NULL;
  gint64 october_31 = briefing_calendar_day_number (2024, 10, 31);
  gint64 november_1 = briefing_calendar_day_number (2024, 11, 1);
  BriefingEvent *event;
  GtkWidget *window;
  BriefingEventRow *row;
  guint position;
  float y;

  briefing_subset_list_set_max_runs (BRIEFING_SUBSET_LIST (briefing_reader_state_get_events (state)), max_runs);
  briefing_reader_state_set_report (state, report);
  briefing_timeline_view_set_show_overview (timeline, FALSE);
  window = show_in_window (view);
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (find_list_view (view)));

  /* Part-way into the event after Kursk's. */
  event = find_event (report, "overnight-drone-missile-strike");
  g_assert_true (briefing_reader_state_find_event (state, event, &position));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  briefing_report_list_view_scroll_to (LIST_VIEW (view), position);
  wait_for_paint (view);
  wait_for_paint (view);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + 37);
  wait_for_paint (view);
  g_assert_true (top_event (timeline, &y) == event);
  row = row_of (timeline, event);
  g_assert_cmpfloat (y, <, -1);

  /* Kursk's events leave, then come back, above it. */
  for (guint i = 0; i < 2; i++)
    {
      float y_after;

      briefing_reader_state_set_period (state, i == 0 ? november_1 : october_31, november_1);
      wait_for_paint (view);
      wait_for_paint (view);
      g_assert_cmpuint (briefing_report_list_view_get_n_shown (LIST_VIEW (view)), ==, i == 0 ? 11 : 13);
      g_assert_true (top_event (timeline, &y_after) == event);
      g_assert_cmpfloat_with_epsilon (y_after, y, 1.0);
      g_assert_true (row_of (timeline, event) == row);
      g_assert_true (briefing_lazy_row_get_built (BRIEFING_LAZY_ROW (row)));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (view);
  g_assert_finalize_object (state);
  g_assert_finalize_object (report);
}

static void
test_timeline_period_keeps_place (void)
{
  check_period_keeps_place (1);
  check_period_keeps_place (G_MAXUINT);
}

static void
test_timeline_scroll_after_change (void)
{
  check_scroll_after_change (1);
}

/* The same, every change told as its runs, however many: the view follows
 * them as one. */
static void
test_timeline_scroll_after_change_in_runs (void)
{
  check_scroll_after_change (G_MAXUINT);
}

/* The rows on screen, top to bottom, in @rows; and their list items. */
static void
collect_rows_on_screen (BriefingTimelineView *view,
                        GPtrArray            *rows,
                        GPtrArray            *list_items)
{
  GtkWidget *list = GTK_WIDGET (find_list_view (GTK_WIDGET (view)));
  int height = gtk_widget_get_height (list);
  float last_y = -G_MAXFLOAT;

  /* GTK 4.8's list keeps its item widgets in the order of their items. */
  for (GtkWidget *item = gtk_widget_get_first_child (list); item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);
      graphene_rect_t bounds;

      if (!BRIEFING_IS_EVENT_ROW (row) || !gtk_widget_get_child_visible (item) ||
          !gtk_widget_compute_bounds (row, list, &bounds) ||
          bounds.origin.y + bounds.size.height <= 0 || bounds.origin.y >= height)
        continue;
      g_assert_cmpfloat (bounds.origin.y, >, last_y);
      last_y = bounds.origin.y;
      g_ptr_array_add (rows, row);
      g_ptr_array_add (list_items, item);
    }
}

/* A change that replaces the events on screen (a topic, "All Topics", a
 * period), told in one span, shows the new ones in the rows the list has,
 * built: no item widget of the list torn down and made again for them
 * (GTK 4.8 keeps none for reuse, see briefing-slot-list.h), each row
 * showing the event at its place, with its heading where its date starts.
 * Told as runs, the same events and headings. */
static void
check_change_keeps_rows (guint max_runs)
{
  BriefingReport *report = load_sample ();
  BriefingReaderState *state = briefing_reader_state_new ();
  GtkWidget *view = g_object_ref_sink (briefing_timeline_view_new (state));
  BriefingTimelineView *timeline = BRIEFING_TIMELINE_VIEW (view);
  BriefingTopic *topics[] = {
    find_topic (report, "drone-missile-attacks"),
    find_topic (report, "north-korea-russia"),
    NULL,
  };
  guint n_kept_rows = 0;
  GtkWidget *window;

  briefing_subset_list_set_max_runs (BRIEFING_SUBSET_LIST (briefing_reader_state_get_events (state)), max_runs);
  briefing_reader_state_set_report (state, report);
  briefing_timeline_view_set_show_overview (timeline, FALSE);
  window = show_in_window (view);
  wait_for_paint (view);

  for (guint round = 0; round < G_N_ELEMENTS (topics); round++)
    {
      g_autoptr(GPtrArray) rows_before = g_ptr_array_new ();
      g_autoptr(GPtrArray) items_before = g_ptr_array_new ();
      g_autoptr(GPtrArray) rows = g_ptr_array_new ();
      g_autoptr(GPtrArray) items = g_ptr_array_new ();
      GListModel *shown = briefing_report_list_view_get_items (LIST_VIEW (view));
      guint n_replaced = 0, top = 0;
      BriefingEvent *top_before;
      gboolean top_stays;

      collect_rows_on_screen (timeline, rows_before, items_before);
      g_assert_cmpuint (rows_before->len, >=, 2);
      top_before = briefing_event_row_get_event (rows_before->pdata[0]);
      briefing_reader_state_set_topic (state, topics[round]);
      top_stays = briefing_reader_state_find_event (state, top_before, &top);
      wait_for_paint (view);
      collect_rows_on_screen (timeline, rows, items);
      g_assert_cmpuint (rows->len, >=, 2);
      g_assert_true (briefing_reader_state_find_event (state, briefing_event_row_get_event (rows->pdata[0]), &top));
      for (guint i = 0; i < rows->len; i++)
        {
          g_autoptr(BriefingEvent) event = g_list_model_get_item (shown, top + i);
          BriefingEventRow *row = rows->pdata[i];

          /* The events in their order from the one on top. */
          g_assert_true (briefing_event_row_get_event (row) == event);
          g_assert_true (briefing_lazy_row_get_built (BRIEFING_LAZY_ROW (row)));
          g_assert_cmpint (briefing_event_row_get_show_heading (row), ==,
                           briefing_subset_list_starts_run (BRIEFING_SUBSET_LIST (shown), top + i));
          g_assert_true (row_of (timeline, event) == row);
          if (i < items_before->len && items->pdata[i] == items_before->pdata[i])
            n_replaced++;

        }
      /* Told in one span, where the list stays at its top (the event there
       * went), every row on screen before is still there, showing another
       * event or the same: the list made none. (Else the view scrolls to
       * where that event is now. Told as runs, GTK keeps the rows of the
       * events that stay, wherever they go, and makes rows for the others.) */
      if (!top_stays && max_runs == 1)
        {
          g_assert_cmpuint (top, ==, 0);
          g_assert_cmpuint (n_replaced, ==, MIN (rows->len, rows_before->len));
          n_kept_rows++;
        }
    }
  g_assert_cmpuint (n_kept_rows, >=, max_runs == 1 ? 2 : 0);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (view);
  g_assert_finalize_object (state);
  g_assert_finalize_object (report);
}

static void
test_timeline_change_keeps_rows (void)
{
  check_change_keeps_rows (1);
  check_change_keeps_rows (G_MAXUINT);
}

/* The row the window's focus is in, or NULL. */
static GtkWidget *
focused_row (GtkWidget *window)
{
  GtkWidget *widget = gtk_root_get_focus (GTK_ROOT (window));

  while (widget != NULL && !GTK_IS_LIST_VIEW (gtk_widget_get_parent (widget)))
    widget = gtk_widget_get_parent (widget);
  return widget != NULL ? gtk_widget_get_first_child (widget) : NULL;
}

/* The focused row's event stays in a change that gives its row another
 * event (told in one span, or as runs): the focus goes with the event, to
 * the row that shows it now, not to whatever is where it was. */
static void
check_focus_follows_event (guint max_runs)
{
  BriefingReport *report = load_sample ();
  BriefingReaderState *state = briefing_reader_state_new ();
  GtkWidget *view = g_object_ref_sink (briefing_timeline_view_new (state));
  BriefingTimelineView *timeline = BRIEFING_TIMELINE_VIEW (view);
  BriefingTopic *topic = find_topic (report, "drone-missile-attacks");
  GListModel *topic_events = briefing_report_get_topic_events (report, topic);
  GtkWidget *window;
  guint n_moved = 0;

  briefing_subset_list_set_max_runs (BRIEFING_SUBSET_LIST (briefing_reader_state_get_events (state)), max_runs);
  briefing_reader_state_set_report (state, report);
  briefing_timeline_view_set_show_overview (timeline, FALSE);
  window = show_in_window (view);

  /* Each of the topic's events further down among all than in the topic. */
  for (guint i = 0; i < g_list_model_get_n_items (topic_events); i++)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (topic_events, i);
      GtkWidget *row;
      guint before, after;

      briefing_reader_state_set_topic (state, NULL);
      wait_for_paint (view);
      g_assert_true (briefing_reader_state_find_event (state, event, &before));
      if (before == i)
        continue;
      n_moved++;
      briefing_report_list_view_scroll_to (LIST_VIEW (view), before);
      wait_for_paint (view);
      wait_for_paint (view);
      gtk_widget_grab_focus (gtk_widget_get_parent (GTK_WIDGET (row_of (timeline, event))));
      g_assert_true (focused_row (window) == GTK_WIDGET (row_of (timeline, event)));

      briefing_reader_state_set_topic (state, topic);
      g_assert_true (briefing_reader_state_find_event (state, event, &after));
      g_assert_cmpuint (after, ==, i);
      wait_for_paint (view);
      row = focused_row (window);
      g_assert_nonnull (row);
      g_assert_true (row == GTK_WIDGET (row_of (timeline, event)));
      g_assert_true (briefing_event_row_get_event (BRIEFING_EVENT_ROW (row)) == event);
    }
  g_assert_cmpuint (n_moved, >=, 3);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (view);
  g_assert_finalize_object (state);
  g_assert_finalize_object (report);
}

static void
test_timeline_focus_follows_event (void)
{
  check_focus_follows_event (1);
  check_focus_follows_event (G_MAXUINT);
}

/* The focus on the list itself (where a search leaves it) stays there
 * through changes: it goes away and back only from a row, which a change
 * may take away (see briefing-report-list-view.c), not to flip every
 * ancestor's :focus-within on each step of a period's drag. */
static void
test_timeline_focus_on_list_stays (void)
{
  BriefingReport *report = load_sample ();
  BriefingReaderState *state = briefing_reader_state_new ();
  GtkWidget *view = g_object_ref_sink (briefing_timeline_view_new (state));
  GtkWidget *window, *list;
  BriefingTopic *topic = find_topic (report, "north-korea-russia");
  guint n_moves = 0;

  briefing_reader_state_set_report (state, report);
  window = show_in_window (view);
  list = GTK_WIDGET (find_list_view (view));
  gtk_root_set_focus (GTK_ROOT (window), list);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == list);
  g_signal_connect_swapped (window, "notify::focus-widget", G_CALLBACK (count_cb), &n_moves);

  briefing_reader_state_set_topic (state, topic);
  wait_for_paint (view);
  briefing_reader_state_set_period (state, briefing_calendar_day_number (2024, 10, 31),
                                    briefing_calendar_day_number (2024, 11, 1));
  g_assert_cmpuint (briefing_reader_state_get_n_shown_events (state), >, 0);
  wait_for_paint (view);
  briefing_reader_state_set_selection (state, NULL, NULL);
  briefing_reader_state_clear_period (state);
  wait_for_paint (view);
  g_assert_cmpuint (n_moves, ==, 0);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == list);

  g_signal_handlers_disconnect_by_func (window, count_cb, &n_moves);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (view);
  g_assert_finalize_object (state);
  g_assert_finalize_object (report);
}

static void
test_timeline_chips (void)
{
  BriefingReport *report = load_sample ();
  BriefingReaderState *state = briefing_reader_state_new ();
  GtkWidget *view = g_object_ref_sink (briefing_timeline_view_new (state));
  g_autoptr(GPtrArray) chips = g_ptr_array_new ();
  GtkWidget *window;
  guint n_selections = 0;

  briefing_reader_state_set_report (state, report);
  g_signal_connect_swapped (state, "selection-changed", G_CALLBACK (count_cb), &n_selections);
  window = show_in_window (view);

  /* A click chooses the chip's topic or entity, once. The chips of the
   * rows shown with every event, looked for anew after each choice, which
   * changes the rows. */
  collect_descendants (view, BRIEFING_TYPE_CHIP, chips);
  g_assert_cmpuint (chips->len, >, 0);
  {
    gboolean topics = FALSE, entities = FALSE;
    guint n_chips = chips->len;

    for (guint i = 0; i < n_chips; i++)
      {
        BriefingChip *chip;
        GObject *item;
        guint n_before;

        briefing_reader_state_set_selection (state, NULL, NULL);
        wait_for_paint (view);
        g_ptr_array_set_size (chips, 0);
        collect_descendants (view, BRIEFING_TYPE_CHIP, chips);
        g_assert_cmpuint (chips->len, >, 0);
        chip = g_ptr_array_index (chips, i % chips->len);
        item = briefing_chip_get_item (chip);
        n_before = n_selections;
        g_signal_emit_by_name (chip, "clicked");
        g_assert_cmpuint (n_selections, ==, n_before + 1);
        if (BRIEFING_IS_TOPIC (item))
          g_assert_true (briefing_reader_state_get_topic (state) == (gpointer) item);
        else
          g_assert_true (briefing_reader_state_get_entity (state) == (gpointer) item);
        topics |= BRIEFING_IS_TOPIC (item);
        entities |= BRIEFING_IS_ENTITY (item);
      }
    g_assert_true (topics);
    g_assert_true (entities);
  }
  briefing_reader_state_set_selection (state, NULL, NULL);
  wait_for_paint (view);

  /* The keyboard reaches the chips. */
  {
    gboolean reached = FALSE;

    for (guint i = 0; i < 60 && !reached; i++)
      {
        GtkWidget *focus;

        gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD);
        focus = gtk_root_get_focus (GTK_ROOT (window));
        reached = BRIEFING_IS_CHIP (focus);
      }
    g_assert_true (reached);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (view);
  g_assert_finalize_object (state);
  g_assert_finalize_object (report);
}

/* Tab (or Shift+Tab) from nothing focused until the focus is in the
 * timeline's list: the list item it is in. */
static GtkWidget *
tab_into_list (GtkWidget        *window,
               GtkDirectionType  direction)
{
  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  for (guint i = 0; i < 10; i++)
    {
      GtkWidget *item;

      g_assert_true (gtk_widget_child_focus (window, direction));
      for (item = gtk_root_get_focus (GTK_ROOT (window)); item != NULL; item = gtk_widget_get_parent (item))
        if (GTK_IS_LIST_VIEW (gtk_widget_get_parent (item)))
          return item;
    }
  g_assert_not_reached ();
}

/* The row Tab lands on when it enters the list: the one it last left if
 * that is on screen, else the first row on screen (the last with Shift+Tab);
 * never one scrolled away, which is not even built: it would have no chips
 * to go on to, and Tab would go round and round outside the list. */
static void
test_timeline_tab_after_scroll (void)
{
  BriefingReport *report = load_sample ();
  BriefingReaderState *state = briefing_reader_state_new ();
  GtkWidget *view = g_object_ref_sink (briefing_timeline_view_new (state));
  GtkWidget *window, *item;
  BriefingEvent *top;
  float y;

  briefing_reader_state_set_report (state, report);
  window = show_in_window (view);
  wait_for_paint (view);

  /* Into the list: its first row, the one it then remembers. */
  item = tab_into_list (window, GTK_DIR_TAB_FORWARD);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == item);
  g_assert_true (briefing_event_row_get_event (BRIEFING_EVENT_ROW (gtk_widget_get_first_child (item))) ==
                 top_event (BRIEFING_TIMELINE_VIEW (view), &y));

  /* Scrolled away from it: the first row on screen, and on to its chips. */
  scroll_timeline (BRIEFING_TIMELINE_VIEW (view), 0.6);
  top = top_event (BRIEFING_TIMELINE_VIEW (view), &y);
  item = tab_into_list (window, GTK_DIR_TAB_FORWARD);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == item);
  g_assert_true (gtk_widget_get_child_visible (item));
  g_assert_true (briefing_event_row_get_event (BRIEFING_EVENT_ROW (gtk_widget_get_first_child (item))) == top);
  g_assert_true (gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD));
  g_assert_true (BRIEFING_IS_CHIP (gtk_root_get_focus (GTK_ROOT (window))));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), item));

  /* Back in from after the list, scrolled again: a row on screen. */
  scroll_timeline (BRIEFING_TIMELINE_VIEW (view), 0.2);
  item = tab_into_list (window, GTK_DIR_TAB_BACKWARD);
  g_assert_true (gtk_widget_get_child_visible (item));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (view);
  g_assert_finalize_object (state);
  g_assert_finalize_object (report);
}

static gboolean
turn_contains (BriefingTurn *turn,
               const char   *word)
{
  g_autofree char *folded = briefing_text_search_fold (word);

  return briefing_text_search_contains (briefing_turn_get_text (turn), folded);
}

static void
assert_shown_turns (BriefingInterviewView *view,
                    GListModel            *turns,
                    const char            *word,
                    GHashTable            *marked)
{
  guint expected = 0;

  for (guint i = 0; i < g_list_model_get_n_items (turns); i++)
    {
      g_autoptr(BriefingTurn) turn = g_list_model_get_item (turns, i);
      gboolean shown = (word == NULL || turn_contains (turn, word)) &&
                       (marked == NULL || g_hash_table_contains (marked, turn));

      g_assert_cmpint (list_contains (briefing_report_list_view_get_items (LIST_VIEW (view)), turn), ==, shown);
      expected += shown;
    }
  g_assert_cmpuint (briefing_report_list_view_get_n_shown (LIST_VIEW (view)), ==, expected);
}

static void
test_interview (void)
{
  BriefingReport *report = load_sample ();
  BriefingInterview *interview = first_interview (report);
  GListModel *turns = briefing_interview_get_turns (interview);
  GListModel *topics = briefing_report_get_topics (report);
  BriefingReaderState *state = briefing_reader_state_new ();
  GtkWidget *view;
  BriefingInterviewView *chat;
  g_autoptr(GPtrArray) bubbles = g_ptr_array_new ();
  GtkWidget *window;
  gpointer activated = NULL;

  briefing_reader_state_set_report (state, report);
  view = g_object_ref_sink (briefing_interview_view_new (state, interview));
  chat = BRIEFING_INTERVIEW_VIEW (view);
  g_assert_true (briefing_interview_view_get_interview (chat) == interview);
  g_assert_cmpuint (briefing_report_list_view_get_n_shown (LIST_VIEW (chat)), ==, 14);
  g_assert_cmpuint (briefing_interview_view_get_n_marked (chat), ==, 0);
  window = show_in_window (view);
  /* The interview's title is the page's heading. */
  assert_one_heading (view, 1);
  assert_built_on_screen (view, TRUE);

  /* Marked: exactly the topic's turns, from the index. */
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(BriefingTopic) topic = g_list_model_get_item (topics, i);
      GListModel *topic_turns = briefing_report_get_topic_turns (report, topic);
      g_autoptr(GHashTable) expected = g_hash_table_new (NULL, NULL);
      guint n_expected = 0;

      for (guint j = 0; j < g_list_model_get_n_items (topic_turns); j++)
        g_hash_table_add (expected, g_list_model_get_item (topic_turns, j));
      g_hash_table_foreach (expected, (GHFunc) g_object_unref, NULL);

      briefing_reader_state_set_topic (state, topic);
      for (guint j = 0; j < g_list_model_get_n_items (turns); j++)
        {
          g_autoptr(BriefingTurn) turn = g_list_model_get_item (turns, j);
          gboolean is_marked = g_hash_table_contains (expected, turn);

          g_assert_cmpint (briefing_reader_state_is_turn_marked (state, turn), ==, is_marked);
          n_expected += is_marked;
        }
      g_assert_cmpuint (briefing_interview_view_get_n_marked (chat), ==, n_expected);
      g_assert_cmpuint (n_expected, ==, briefing_topic_get_n_turns (topic));

      /* Only the marked ones. */
      briefing_reader_state_set_only_marked (state, TRUE);
      assert_shown_turns (chat, turns, NULL, expected);
      wait_for_paint (view);
      g_ptr_array_set_size (bubbles, 0);
      collect_descendants (view, BRIEFING_TYPE_TURN_BUBBLE, bubbles);
      for (guint j = 0; j < bubbles->len; j++)
        {
          BriefingTurnBubble *bubble = g_ptr_array_index (bubbles, j);

          g_assert_true (briefing_turn_bubble_get_marked (bubble));
          gtk_test_accessible_assert_property (GTK_ACCESSIBLE (bubble),
                                               GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                               "Mentions the selected topic");
        }
      briefing_reader_state_set_only_marked (state, FALSE);
      assert_shown_turns (chat, turns, NULL, NULL);
    }

  /* An entity's turns. */
  {
    BriefingEntity *kharkiv = find_entity (report, "kharkiv");

    briefing_reader_state_set_entity (state, kharkiv);
    g_assert_null (briefing_reader_state_get_topic (state));
    g_assert_cmpuint (briefing_interview_view_get_n_marked (chat), ==,
                      g_list_model_get_n_items (briefing_report_get_entity_turns (report, kharkiv)));
    briefing_reader_state_set_entity (state, NULL);
    g_assert_cmpuint (briefing_interview_view_get_n_marked (chat), ==, 0);

    /* "All Topics" after an entity clears it: no turn stays marked. */
    briefing_reader_state_set_entity (state, kharkiv);
    g_assert_cmpuint (briefing_interview_view_get_n_marked (chat), >, 0);
    briefing_reader_state_set_selection (state, NULL, NULL);
    g_assert_null (briefing_reader_state_get_entity (state));
    g_assert_cmpuint (briefing_interview_view_get_n_marked (chat), ==, 0);
    for (guint j = 0; j < g_list_model_get_n_items (turns); j++)
      {
        g_autoptr(BriefingTurn) turn = g_list_model_get_item (turns, j);

        g_assert_false (briefing_reader_state_is_turn_marked (state, turn));
      }
  }

  /* Search hides the turns without the word. */
  {
    const char *words[] = { "military", "KHARKIV", "Zélenskyy", "thank", "nothing-like-this" };

    for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
      {
        briefing_reader_state_set_search_text (state, words[i]);
        assert_shown_turns (chat, turns, words[i], NULL);
        wait_for_paint (view);
      }
    /* Nothing found: the empty page says why, bound in the template. */
    {
      g_autoptr(GPtrArray) pages = g_ptr_array_new ();

      collect_descendants (view, ADW_TYPE_STATUS_PAGE, pages);
      g_assert_cmpuint (pages->len, ==, 1);
      g_assert_cmpstr (adw_status_page_get_description (g_ptr_array_index (pages, 0)), ==,
                       "No turn mentions what you searched for. Try other words.");
      g_assert_cmpstr (adw_status_page_get_icon_name (g_ptr_array_index (pages, 0)), ==, "edit-find-symbolic");
    }
    briefing_reader_state_set_search_text (state, "");
    assert_shown_turns (chat, turns, NULL, NULL);
  }
  wait_for_paint (view);

  /* Bubbles: read as a sentence; the first of a run shows who speaks; links lead to events. */
  g_ptr_array_set_size (bubbles, 0);
  collect_descendants (view, BRIEFING_TYPE_TURN_BUBBLE, bubbles);
  g_assert_cmpuint (bubbles->len, >, 0);
  g_signal_connect_swapped (view, "event-activated", G_CALLBACK (remember_cb), &activated);
  for (guint i = 0; i < bubbles->len; i++)
    {
      BriefingTurnBubble *bubble = g_ptr_array_index (bubbles, i);
      BriefingTurn *turn = briefing_turn_bubble_get_turn (bubble);
      g_autofree char *sentence = g_strdup_printf ("%s says: %s",
                                                   briefing_entity_get_name (briefing_turn_get_speaker (turn)),
                                                   briefing_turn_get_text (turn));
      g_autoptr(GPtrArray) links = g_ptr_array_new ();

      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (bubble), GTK_ACCESSIBLE_PROPERTY_LABEL, sentence);
      /* The sample alternates speakers: every turn starts a run. */
      g_assert_true (briefing_turn_bubble_get_first_of_run (bubble));
      g_assert_false (briefing_turn_bubble_get_marked (bubble));

      collect_descendants (GTK_WIDGET (bubble), GTK_TYPE_BUTTON, links);
      g_assert_cmpuint (links->len, ==, briefing_turn_get_events (turn)->len);
      for (guint j = 0; j < links->len; j++)
        {
          g_signal_emit_by_name (g_ptr_array_index (links, j), "clicked");
          g_assert_true (activated == g_ptr_array_index (briefing_turn_get_events (turn), j));
        }
    }
  g_clear_object (&activated);

  {
    g_autoptr(BriefingTurn) turn = g_list_model_get_item (turns, 1);
    g_autofree char *described = briefing_turn_describe (turn);

    g_assert_true (g_str_has_prefix (described, "Dr. Alexei Petrov says: Thank you for having me."));
  }

  /* Runs follow what is shown: searching for a word the guest says more
   * often than the interviewer leaves some of the guest's turns one after
   * the other, the interviewer's hidden between them; each shows who
   * speaks again, so the reader sees turns were left out. */
  briefing_reader_state_set_search_text (state, "Ukraine");
  wait_for_paint (view);
  {
    GListModel *shown = briefing_report_list_view_get_items (LIST_VIEW (chat));
    guint n_after_gap = 0;

    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, briefing_report_list_view_get_n_shown (LIST_VIEW (chat)));
    /* Every bubble bound, on screen or not. */
    g_ptr_array_set_size (bubbles, 0);
    collect_bound_rows (view, bubbles);
    g_assert_cmpuint (bubbles->len, >, 0);
    for (guint i = 0; i < bubbles->len; i++)
      {
        BriefingTurnBubble *bubble = g_ptr_array_index (bubbles, i);
        BriefingTurn *turn = briefing_turn_bubble_get_turn (bubble);
        gboolean first = TRUE;

        for (guint j = 0; j < g_list_model_get_n_items (shown); j++)
          {
            g_autoptr(BriefingTurn) item = g_list_model_get_item (shown, j);

            if (item == turn)
              {
                if (j > 0)
                  {
                    g_autoptr(BriefingTurn) previous = g_list_model_get_item (shown, j - 1);

                    /* A run is a speaker's turns next to each other in
                     * the interview, none hidden between them. */
                    first = briefing_turn_get_speaker (previous) != briefing_turn_get_speaker (turn) ||
                            briefing_turn_get_index (turn) != briefing_turn_get_index (previous) + 1;
                    n_after_gap += briefing_turn_get_speaker (previous) == briefing_turn_get_speaker (turn) &&
                                   briefing_turn_get_index (turn) != briefing_turn_get_index (previous) + 1;
                  }
                break;
              }
          }
        g_assert_cmpint (briefing_turn_bubble_get_first_of_run (bubble), ==, first);
      }
    g_assert_cmpuint (n_after_gap, >, 0);
  }

  briefing_reader_state_set_text_scale (state, 1.3);
  wait_for_paint (view);
  g_ptr_array_set_size (bubbles, 0);
  collect_bound_rows (view, bubbles);
  g_assert_cmpfloat (briefing_lazy_row_get_text_scale (g_ptr_array_index (bubbles, 0)), ==, 1.3);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (view);
  g_assert_finalize_object (state);
  g_assert_finalize_object (report);
}

/* A page not shown builds no row: the interview behind the timeline. */
static void
test_hidden_page (void)
{
  BriefingReport *report = load_sample ();
  BriefingReaderState *state = briefing_reader_state_new ();
  GtkWidget *stack = g_object_ref_sink (gtk_stack_new ());
  GtkWidget *timeline = briefing_timeline_view_new (state);
  GtkWidget *chat;
  g_autoptr(GPtrArray) bubbles = g_ptr_array_new ();
  GtkWidget *window;

  /* Without the time overview the fourth card is on screen whether its
   * estimate or its real height counts: "exactly" holds either way. */
  briefing_timeline_view_set_show_overview (BRIEFING_TIMELINE_VIEW (timeline), FALSE);
  briefing_reader_state_set_report (state, report);
  chat = briefing_interview_view_new (state, first_interview (report));
  gtk_stack_add_child (GTK_STACK (stack), timeline);
  gtk_stack_add_child (GTK_STACK (stack), chat);
  gtk_stack_set_visible_child (GTK_STACK (stack), timeline);
  window = show_in_window (stack);

  /* Bound, and measured with the stack, but none built. */
  collect_bound_rows (chat, bubbles);
  g_assert_cmpuint (bubbles->len, ==, 14);
  for (guint i = 0; i < bubbles->len; i++)
    g_assert_false (briefing_lazy_row_get_built (g_ptr_array_index (bubbles, i)));
  assert_built_on_screen (timeline, TRUE);

  gtk_stack_set_visible_child (GTK_STACK (stack), chat);
  wait_for_paint (chat);
  assert_built_on_screen (chat, TRUE);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (stack);
  g_assert_finalize_object (state);
  g_assert_finalize_object (report);
}

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item)
{
  gtk_list_item_set_child (list_item, gtk_label_new ("not a lazy row"));
}

/* Should a GTK lay lists out otherwise than the walk over the list's
 * children expects, that is said loudly, not shown as blank rows. */
static void
test_rows_in_view_says_when_lost (void)
{
  const char *words[] = { "one", "two", NULL };
  GtkListItemFactory *factory;
  GtkStringList *strings;
  GtkWidget *list, *scrolled;
  BriefingRowsInView *rows_in_view;

  /* In a process of its own: the warning is fatal there. */
  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_failed ();
      g_test_trap_assert_stderr ("*do not hold BriefingLazyRows*");
      return;
    }

  factory = gtk_signal_list_item_factory_new ();
  strings = gtk_string_list_new (words);
  list = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (strings))), factory);
  scrolled = gtk_scrolled_window_new ();
  rows_in_view = briefing_rows_in_view_new (GTK_LIST_VIEW (list));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), NULL);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  show_in_window (scrolled);
  wait_for_paint (list);
  /* Not reached: the warning aborts. */
  g_object_unref (rows_in_view);
}

int
main (int   argc,
      char *argv[])
{
  test_ui_init (&argc, &argv);

  g_test_add_func ("/views/timeline", test_timeline);
  g_test_add_func ("/views/timeline-chips", test_timeline_chips);
  g_test_add_func ("/views/timeline-scroll-after-change", test_timeline_scroll_after_change);
  g_test_add_func ("/views/timeline-scroll-after-change-in-runs", test_timeline_scroll_after_change_in_runs);
  g_test_add_func ("/views/timeline-change-keeps-rows", test_timeline_change_keeps_rows);
  g_test_add_func ("/views/timeline-period-keeps-place", test_timeline_period_keeps_place);
  g_test_add_func ("/views/timeline-focus-on-list-stays", test_timeline_focus_on_list_stays);
  g_test_add_func ("/views/timeline-focus-follows-event", test_timeline_focus_follows_event);
  g_test_add_func ("/views/timeline-tab-after-scroll", test_timeline_tab_after_scroll);
  g_test_add_func ("/views/interview", test_interview);
  g_test_add_func ("/views/hidden-page", test_hidden_page);
  g_test_add_func ("/views/rows-in-view-says-when-lost", test_rows_in_view_says_when_lost);

  return g_test_run ();
}
