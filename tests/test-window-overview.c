/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The time overview in the window: its span, periods narrowing every view,
 * clicks, the keyboard and what screen readers read. */
#include "config.h"

#include <math.h>

#include "briefing-calendar.h"
#include "briefing-event-row.h"
#include "briefing-time-axis.h"
#include "briefing-format.h"
#include "briefing-sidebar-item.h"
#include "briefing-time-overview-private.h"
#include "test-sample.h"
#include "test-ui.h"
#include "test-window-util.h"

static BriefingTimeOverview *
overview_of (BriefingWindow *window)
{
  return briefing_timeline_view_get_time_overview (BRIEFING_TIMELINE_VIEW (TIMELINE_VIEW (window)));
}

static gint64
day (gint64 year,
     guint  month,
     guint  day_of_month)
{
  return briefing_calendar_day_number (year, month, day_of_month);
}

/* A key as the strip's key controller hears it. */
static void
press_key (BriefingTimeOverview *overview,
           guint                 keyval,
           GdkModifierType       modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (overview));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, modifiers, &handled);
    }
  g_assert_true (handled);
}

/* A press and release without a move, as the strip's drag gesture reports it. */
static void
click (BriefingTimeOverview *overview,
       double                x,
       double                y)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (overview));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_DRAG (controller))
        {
          g_signal_emit_by_name (controller, "drag-begin", x, y);
          g_signal_emit_by_name (controller, "drag-end", 0.0, 0.0);
        }
    }
}

/* A drag of @dx pixels from @x at @y. */
static void
drag (BriefingTimeOverview *overview,
      double                x,
      double                y,
      double                dx)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (overview));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_DRAG (controller))
        {
          g_signal_emit_by_name (controller, "drag-begin", x, y);
          g_signal_emit_by_name (controller, "drag-update", dx / 2, 0.0);
          g_signal_emit_by_name (controller, "drag-update", dx, 0.0);
          g_signal_emit_by_name (controller, "drag-end", dx, 0.0);
        }
    }
}

/* The name a screen reader reads is worded once the view rests. */
static gboolean
accessible_settled (gpointer overview)
{
  return BRIEFING_TIME_OVERVIEW (overview)->accessible_id == 0;
}

static gboolean
has_list_span (gpointer overview)
{
  return briefing_time_overview_get_list_span (overview, NULL, NULL);
}

typedef struct
{
  BriefingWindow *window;
  BriefingEvent  *event;
} Jump;

/* The list has scrolled to the event and its row has the focus. */
static gboolean
jumped (gpointer data)
{
  Jump *jump = data;
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (jump->window));
  GtkWidget *row = focus != NULL ? gtk_widget_get_first_child (focus) : NULL;

  return row != NULL && BRIEFING_IS_EVENT_ROW (row) &&
         briefing_event_row_get_event (BRIEFING_EVENT_ROW (row)) == jump->event;
}

typedef struct
{
  BriefingTimeOverview *overview;
  gint64                last_day;
} SpanEnd;

static gboolean
list_span_ends (gpointer data)
{
  SpanEnd *end = data;
  gint64 last;

  return briefing_time_overview_get_list_span (end->overview, NULL, &last) && last == end->last_day;
}

static void
test_span (void)
{
  BriefingWindow *window = create_window_with_sample (1100, 800);
  BriefingTimeOverview *overview = overview_of (window);
  double first = briefing_time_overview_get_view_first (overview);
  double days = briefing_time_overview_get_view_days (overview);

  wait_for_paint (GTK_WIDGET (overview));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (overview)));
  /* The sample runs from October 2024 ("2024-10-XX/…") to 1 November. */
  g_assert_cmpfloat (first, <=, day (2024, 10, 1));
  g_assert_cmpfloat (first + days, >=, day (2024, 11, 2));
  /* … with little room around it. */
  g_assert_cmpfloat (days, <, 32 * 1.1);
  /* 13 events over some 900 pixels: marks, not a histogram. */
  g_assert_false (briefing_time_overview_is_histogram (overview));
  /* The list's top shows the October events: the window starts there. */
  spin_until (has_list_span, overview);
  {
    gint64 list_first, list_last;

    g_assert_true (briefing_time_overview_get_list_span (overview, &list_first, &list_last));
    g_assert_cmpint (list_first, ==, day (2024, 10, 1));
    g_assert_cmpint (list_last, ==, day (2024, 11, 1));
  }

  /* Named for screen readers by the span in view and its events. */
  spin_until (accessible_settled, overview);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (overview), GTK_ACCESSIBLE_ROLE_SLIDER);
  {
    g_autofree char *span = briefing_time_axis_format_span ((gint64) floor (first),
                                                            (gint64) ceil (first + days) - 1);
    g_autofree char *label = g_strdup_printf ("Time overview: %s, 13 events", span);

    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (overview), GTK_ACCESSIBLE_PROPERTY_LABEL, label);

    /* A topic: the events shown in view, once the change is told. */
    briefing_reader_state_set_topic (briefing_window_get_state (window),
                                     find_topic (briefing_window_get_report (window), "kharkiv"));
    spin_until (accessible_settled, overview);
    g_free (label);
    label = g_strdup_printf ("Time overview: %s, 2 events", span);
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (overview), GTK_ACCESSIBLE_PROPERTY_LABEL, label);
  }
  destroy_window (window);
}

static void
assert_sidebar_topic_caption (BriefingWindow *window,
                              const char     *topic_id,
                              guint           n_events,
                              guint           n_turns)
{
  GListModel *rows = briefing_sidebar_get_rows (SIDEBAR (window));
  BriefingTopic *topic = find_topic (briefing_window_get_report (window), topic_id);
  g_autofree char *caption = briefing_format_counts (n_events, n_turns);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(BriefingSidebarItem) row = g_list_model_get_item (rows, i);

      if (briefing_sidebar_item_get_topic (row) == topic)
        {
          g_assert_cmpstr (briefing_sidebar_item_get_caption (row), ==, caption);
          return;
        }
    }
  g_assert_not_reached ();
}

static void
test_period (void)
{
  BriefingWindow *window = create_window_with_sample (1100, 800);
  BriefingReaderState *state = briefing_window_get_state (window);
  BriefingTimeOverview *overview = overview_of (window);
  BriefingReport *report = briefing_window_get_report (window);
  GListModel *all = briefing_report_get_events (report);
  GListModel *shown = briefing_reader_state_get_events (state);
  gint64 first, last, period_first, period_last;
  double x0, x1;
  guint n_expected = 0;

  wait_for_paint (GTK_WIDGET (overview));

  /* Dragged along the axis from the 25th to the 30th of October. */
  x0 = briefing_time_overview_day_to_x (overview, day (2024, 10, 25) + 0.5);
  x1 = briefing_time_overview_day_to_x (overview, day (2024, 10, 30) + 0.5);
  drag (overview, x0, OVERVIEW_AXIS_Y + 6, x1 - x0);
  g_assert_true (briefing_reader_state_get_period (state, &period_first, &period_last));
  g_assert_cmpint (period_first, ==, day (2024, 10, 25));
  g_assert_cmpint (period_last, ==, day (2024, 10, 30));

  /* The rule: an event is in a period when one of the days its date covers
   * is (intersects, not inside): "October 2024" may be the 27th. */
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (all, i);
      const BriefingDate *date = briefing_event_get_date (event);
      gboolean in_period = date->first_day <= period_last && date->last_day >= period_first;

      g_assert_cmpint (list_contains (shown, event), ==, in_period);
      n_expected += in_period;
    }
  /* The seven of "October to 1 November" and the two of 21–31 October. */
  g_assert_cmpuint (n_expected, ==, 9);
  g_assert_cmpuint (timeline_n_shown (window), ==, 9);
  /* The strip counts them wherever they are, as the list shows them: the
   * seven are in 1–10 October too, before the period, and with the two of
   * 21–31 October in 31 October–1 November, after it. */
  g_assert_cmpuint (briefing_time_overview_count_shown (overview, day (2024, 10, 1), day (2024, 10, 10)), ==, 7);
  g_assert_cmpuint (briefing_time_overview_count_shown (overview, day (2024, 10, 31), day (2024, 11, 1)), ==, 9);

  /* The subtitle names the period; the button and Escape can clear it. */
  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (SWITCHER_TITLE (window)), ==, "25–30 October 2024");
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (window)));
  {
    gboolean has_period;

    g_object_get (window, "has-period", &has_period, NULL);
    g_assert_true (has_period);
  }

  /* The sidebar counts what is in the period: of Strikes on Kharkiv, two
   * events "October to 1 November", and the turn speaking of one. */
  assert_sidebar_topic_caption (window, "kharkiv", 2, 2);
  /* US military aid: its event is of 1 November, but one of its turns
   * speaks of Zelenskyy's call too, "October to 1 November". */
  assert_sidebar_topic_caption (window, "us-military-aid", 0, 1);

  /* With a topic: both narrow, and the subtitle says both. */
  briefing_reader_state_set_topic (state, find_topic (report, "kursk-region"));
  g_assert_cmpuint (timeline_n_shown (window), ==, 2);
  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (SWITCHER_TITLE (window)), ==,
                   "Kursk region · 25–30 October 2024");
  /* The interview marks only the topic's turns speaking of an event in the
   * period: of North Korea's support for Russia's eight turns, the four
   * about events "October to 1 November". */
  briefing_reader_state_set_topic (state, find_topic (report, "north-korea-russia"));
  g_assert_cmpuint (count_marked (window), ==, 4);
  briefing_reader_state_clear_period (state);
  g_assert_cmpuint (count_marked (window), ==, 8);
  briefing_reader_state_set_period (state, day (2024, 10, 25), day (2024, 10, 30));
  briefing_reader_state_set_topic (state, NULL);

  /* Escape on the strip clears it; everything is back. */
  gtk_widget_grab_focus (GTK_WIDGET (overview));
  press_key (overview, GDK_KEY_Escape, 0);
  g_assert_false (briefing_reader_state_get_period (state, NULL, NULL));
  g_assert_cmpuint (timeline_n_shown (window), ==, 13);
  assert_sidebar_topic_caption (window, "us-military-aid", 1, 3);

  /* And the header's button, through its action. */
  briefing_reader_state_set_period (state, day (2024, 11, 1), day (2024, 11, 1));
  g_assert_cmpuint (timeline_n_shown (window), ==, 11);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-period", NULL));
  g_assert_false (briefing_reader_state_get_period (state, &first, &last));
  g_assert_cmpuint (timeline_n_shown (window), ==, 13);
  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (SWITCHER_TITLE (window)), ==,
                   briefing_report_get_subtitle (report));

  destroy_window (window);
}

static void
test_click_mark (void)
{
  BriefingWindow *window = create_window_with_sample (1100, 600);
  BriefingTimeOverview *overview = overview_of (window);
  BriefingEvent *activated = NULL;
  GtkWidget *focus;
  double x;

  wait_for_paint (GTK_WIDGET (overview));
  g_signal_connect_swapped (overview, "event-activated", G_CALLBACK (remember_cb), &activated);

  /* The ticks of 1 November, the last events of the list. */
  x = briefing_time_overview_day_to_x (overview, day (2024, 11, 1) + 0.5);
  click (overview, x, OVERVIEW_AXIS_Y - 3);
  g_assert_nonnull (activated);
  g_assert_cmpint (briefing_event_get_date (activated)->first_day, ==, day (2024, 11, 1));
  g_assert_cmpint (briefing_event_get_date (activated)->last_day, ==, day (2024, 11, 1));

  /* The list has scrolled to it and focused its row. */
  spin_until (jumped, &(Jump) { window, activated });
  focus = gtk_window_get_focus (GTK_WINDOW (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, TIMELINE_VIEW (window)));
  {
    GtkWidget *row = gtk_widget_get_first_child (focus);

    g_assert_true (BRIEFING_IS_EVENT_ROW (row));
    g_assert_true (briefing_event_row_get_event (BRIEFING_EVENT_ROW (row)) == activated);
  }
  /* The strip's window has followed the list down to 1 November. */
  spin_until (list_span_ends, &(SpanEnd) { overview, day (2024, 11, 1) });
  g_clear_object (&activated);
  destroy_window (window);
}

static void
test_keyboard (void)
{
  BriefingWindow *window = create_window_with_sample (1100, 800);
  BriefingReaderState *state = briefing_window_get_state (window);
  BriefingTimeOverview *overview = overview_of (window);
  double first, days;
  gint64 period_first, period_last;
  GListModel *all;
  g_autoptr(BriefingEvent) earliest = NULL;
  g_autofree char *date = NULL, *expected = NULL;

  wait_for_paint (GTK_WIDGET (overview));
  gtk_widget_grab_focus (GTK_WIDGET (overview));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (overview)));
  first = briefing_time_overview_get_view_first (overview);
  days = briefing_time_overview_get_view_days (overview);

  /* + and - zoom around the middle; 0 fits the report again. */
  press_key (overview, GDK_KEY_plus, 0);
  g_assert_cmpfloat_with_epsilon (briefing_time_overview_get_view_days (overview), days / 1.5, 1e-6);
  press_key (overview, GDK_KEY_plus, 0);
  press_key (overview, GDK_KEY_minus, 0);
  g_assert_cmpfloat_with_epsilon (briefing_time_overview_get_view_days (overview), days / 1.5, 1e-6);
  /* Page Down pans later by half the view. */
  {
    double before = briefing_time_overview_get_view_first (overview);

    press_key (overview, GDK_KEY_Page_Down, 0);
    g_assert_cmpfloat_with_epsilon (briefing_time_overview_get_view_first (overview),
                                    before + days / 3, 1e-6);
  }
  press_key (overview, GDK_KEY_0, 0);
  g_assert_cmpfloat_with_epsilon (briefing_time_overview_get_view_first (overview), first, 1e-6);
  g_assert_cmpfloat_with_epsilon (briefing_time_overview_get_view_days (overview), days, 1e-6);

  /* Right goes to the first event in view, and says which it is. */
  press_key (overview, GDK_KEY_Right, 0);
  all = briefing_report_get_events (briefing_window_get_report (window));
  earliest = g_list_model_get_item (all, 0);
  date = briefing_date_format (briefing_event_get_date (earliest));
  expected = g_strdup_printf ("%s: %s", date, briefing_event_get_headline (earliest));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (overview), GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, expected);
  /* And as its name: GTK 4.8 gives screen readers no value text of it. */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (overview), GTK_ACCESSIBLE_PROPERTY_LABEL, expected);

  /* Shift+Right extends a period from there, a stretch of the view at a time. */
  press_key (overview, GDK_KEY_Right, GDK_SHIFT_MASK);
  g_assert_true (briefing_reader_state_get_period (state, &period_first, &period_last));
  g_assert_cmpint (period_first, ==, briefing_event_get_date (earliest)->first_day);
  g_assert_cmpint (period_last, >, briefing_event_get_date (earliest)->last_day);
  press_key (overview, GDK_KEY_Right, GDK_SHIFT_MASK);
  {
    gint64 wider_last;

    briefing_reader_state_get_period (state, NULL, &wider_last);
    g_assert_cmpint (wider_last, >, period_last);
  }
  press_key (overview, GDK_KEY_Escape, 0);
  g_assert_false (briefing_reader_state_get_period (state, NULL, NULL));
  destroy_window (window);
}

/* What the state shows is what the strip emphasises: a topic, a search. */
static void
test_emphasis (void)
{
  BriefingWindow *window = create_window_with_sample (1100, 800);
  BriefingReaderState *state = briefing_window_get_state (window);
  BriefingTimeOverview *overview = overview_of (window);
  BriefingReport *report = briefing_window_get_report (window);
  GListModel *all = briefing_report_get_events (report);

  wait_for_paint (GTK_WIDGET (overview));
  g_assert_false (briefing_time_overview_is_narrowed (overview));
  briefing_reader_state_set_search_text (state, "troops");
  g_assert_true (briefing_time_overview_is_narrowed (overview));
  g_assert_cmpuint (briefing_time_overview_count_shown (overview, G_MININT64 / 2, G_MAXINT64 / 2), ==,
                    briefing_reader_state_get_n_shown_events (state));
  g_assert_cmpuint (briefing_reader_state_get_n_shown_events (state), <, 13);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (all, i);

      g_assert_cmpint (briefing_time_overview_shows_event (overview, event), ==,
                       event_contains (event, "troops"));
    }
  /* A topic and a period with it: the bins count what both leave. */
  briefing_reader_state_set_search_text (state, NULL);
  briefing_reader_state_set_topic (state, find_topic (report, "drone-missile-attacks"));
  briefing_reader_state_set_period (state, day (2024, 10, 31), day (2024, 11, 1));
  g_assert_cmpuint (briefing_time_overview_count_shown (overview, day (2024, 10, 1), day (2024, 10, 31)), ==,
                    briefing_reader_state_get_n_shown_events (state));
  g_assert_cmpuint (briefing_reader_state_get_n_shown_events (state), ==, 5);
  g_assert_cmpuint (briefing_time_overview_count_shown (overview, day (2024, 10, 1), day (2024, 10, 30)), ==, 4);
  destroy_window (window);
}

/* Hidden from the main menu, and remembered. */
static void
test_collapse (void)
{
  BriefingWindow *window = create_window_with_sample (1100, 800);
  GSettings *settings = test_window_settings ();
  BriefingTimelineView *timeline = BRIEFING_TIMELINE_VIEW (TIMELINE_VIEW (window));

  g_assert_true (g_settings_get_boolean (settings, "show-time-overview"));
  g_assert_true (briefing_timeline_view_get_show_overview (timeline));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-time-overview", NULL));
  g_assert_false (g_settings_get_boolean (settings, "show-time-overview"));
  g_assert_false (briefing_timeline_view_get_show_overview (timeline));
  destroy_window (window);

  /* The next window starts without it, until it is asked for again. */
  window = create_window_with_sample (1100, 800);
  timeline = BRIEFING_TIMELINE_VIEW (TIMELINE_VIEW (window));
  g_assert_false (briefing_timeline_view_get_show_overview (timeline));
  g_settings_set_boolean (settings, "show-time-overview", TRUE);
  g_assert_true (briefing_timeline_view_get_show_overview (timeline));
  destroy_window (window);
}

/* A drag over the marks pans; a double-click fits the report again. */
static void
test_pointer_pan (void)
{
  BriefingWindow *window = create_window_with_sample (1100, 800);
  BriefingTimeOverview *overview = overview_of (window);
  double first, days, width;
  g_autoptr(GListModel) controllers = NULL;

  wait_for_paint (GTK_WIDGET (overview));
  briefing_time_overview_zoom (overview, 4, 0);
  first = briefing_time_overview_get_view_first (overview);
  days = briefing_time_overview_get_view_days (overview);
  width = gtk_widget_get_width (GTK_WIDGET (overview));

  /* Dragging the picture left brings later days in. */
  drag (overview, 400, 10, -100);
  g_assert_cmpfloat_with_epsilon (briefing_time_overview_get_view_first (overview),
                                  first + 100 / width * days, 1e-6);
  g_assert_cmpfloat_with_epsilon (briefing_time_overview_get_view_days (overview), days, 1e-9);
  /* No period was chosen by it. */
  g_assert_false (briefing_reader_state_get_period (briefing_window_get_state (window), NULL, NULL));

  controllers = gtk_widget_observe_controllers (GTK_WIDGET (overview));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        g_signal_emit_by_name (controller, "pressed", 2, 400.0, 10.0);
    }
  g_assert_cmpfloat (briefing_time_overview_get_view_days (overview), >, days * 3);
  destroy_window (window);
}

static gboolean
pointer_on_strip (gpointer overview)
{
  return fabs (BRIEFING_TIME_OVERVIEW (overview)->pointer_x - 300) < 1;
}

typedef struct
{
  BriefingTimeOverview *overview;
  double                first, days;
} View;

static gboolean
view_changed (gpointer data)
{
  View *view = data;

  return briefing_time_overview_get_view_first (view->overview) != view->first ||
         briefing_time_overview_get_view_days (view->overview) != view->days;
}

/* Waits for the scroll @buttons (4 up, 5 down) with or without Ctrl held,
 * sent by the X server, to change the view; returns the view before. */
static View
scroll_strip (BriefingTimeOverview *overview,
              const char           *buttons)
{
  View before = { overview, briefing_time_overview_get_view_first (overview),
                  briefing_time_overview_get_view_days (overview) };

  run_xdotool (buttons);
  spin_until (view_changed, &before);
  return before;
}

/* Ctrl+scroll zooms around the pointer, a plain scroll pans: real wheel
 * clicks and a real Ctrl key from the X server, through GTK's event path. */
static void
test_ctrl_scroll (void)
{
  BriefingWindow *window = create_window_with_sample (1100, 800);
  BriefingTimeOverview *overview = overview_of (window);
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (overview));
  graphene_point_t point;
  double surface_x, surface_y, day_at_pointer;
  g_autofree char *move = NULL;
  View before;

  wait_for_paint (GTK_WIDGET (overview));
  /* With no window manager the window's surface is at the screen's origin. */
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (overview), GTK_WIDGET (native),
                                           &GRAPHENE_POINT_INIT (300, 20), &point));
  gtk_native_get_surface_transform (native, &surface_x, &surface_y);
  move = g_strdup_printf ("mousemove %d %d", (int) round (point.x + surface_x), (int) round (point.y + surface_y));
  run_xdotool (move);
  spin_until (pointer_on_strip, overview);
  day_at_pointer = briefing_time_overview_x_to_day (overview, overview->pointer_x);

  before = scroll_strip (overview, "keydown ctrl click 4 keyup ctrl");
  /* In by a step, the day under the pointer where it was. */
  g_assert_cmpfloat_with_epsilon (briefing_time_overview_get_view_days (overview), before.days / 1.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (briefing_time_overview_x_to_day (overview, overview->pointer_x),
                                  day_at_pointer, 1e-6);

  before = scroll_strip (overview, "keydown ctrl click 5 keyup ctrl");
  g_assert_cmpfloat_with_epsilon (briefing_time_overview_get_view_days (overview), before.days * 1.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (briefing_time_overview_x_to_day (overview, overview->pointer_x),
                                  day_at_pointer, 1e-6);

  /* Without Ctrl: a tenth of the view earlier, the zoom as it was. */
  before = scroll_strip (overview, "click 4");
  g_assert_cmpfloat_with_epsilon (briefing_time_overview_get_view_days (overview), before.days, 1e-9);
  g_assert_cmpfloat_with_epsilon (briefing_time_overview_get_view_first (overview),
                                  before.first - before.days * 0.1, 1e-6);
  destroy_window (window);
}

/* A pinch, as GtkGestureZoom reports it. No touch screen or touchpad can
 * be made on Xvfb and GDK 4.8 cannot make touch events, so the gesture's
 * signals are emitted here: "begin" with no touch points (the middle of
 * the strip is the centre), then scales against the view it began with. */
static void
test_pinch (void)
{
  BriefingWindow *window = create_window_with_sample (1100, 800);
  BriefingTimeOverview *overview = overview_of (window);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (overview));
  GtkGesture *zoom = NULL;
  double first, days, middle, day_at_middle;

  wait_for_paint (GTK_WIDGET (overview));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_ZOOM (controller))
        zoom = GTK_GESTURE (controller);
    }
  g_assert_nonnull (zoom);
  first = briefing_time_overview_get_view_first (overview);
  days = briefing_time_overview_get_view_days (overview);
  middle = gtk_widget_get_width (GTK_WIDGET (overview)) / 2.0;
  day_at_middle = briefing_time_overview_x_to_day (overview, middle);

  g_signal_emit_by_name (zoom, "begin", NULL);
  g_signal_emit_by_name (zoom, "scale-changed", 2.0);
  g_assert_cmpfloat_with_epsilon (briefing_time_overview_get_view_days (overview), days / 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (briefing_time_overview_x_to_day (overview, middle), day_at_middle, 1e-6);
  /* Fingers closing again: against the view the pinch began with. */
  g_signal_emit_by_name (zoom, "scale-changed", 4.0);
  g_assert_cmpfloat_with_epsilon (briefing_time_overview_get_view_days (overview), days / 4, 1e-9);
  g_signal_emit_by_name (zoom, "scale-changed", 1.0);
  g_assert_cmpfloat_with_epsilon (briefing_time_overview_get_view_days (overview), days, 1e-9);
  g_assert_cmpfloat_with_epsilon (briefing_time_overview_get_view_first (overview), first, 1e-6);
  destroy_window (window);
}

/* The sample's seven events of "some day in October to 1 November" are
 * one taller bar, not seven lanes crowding out the rest (and its two of
 * 21–31 October one of two lanes); its three events
 * of 1 November stand side by side, not on top of each other. */
static void
test_marks_grouped (void)
{
  BriefingWindow *window = create_window_with_sample (1100, 800);
  BriefingTimeOverview *overview = overview_of (window);
  guint n_ticks = 0, n_in_groups = 0;
  float tick_ends[3] = { 0 };

  wait_for_paint (GTK_WIDGET (overview));
  g_assert_false (briefing_time_overview_is_histogram (overview));
  for (guint i = 0; i < overview->marks->len; i++)
    {
      OverviewMark *mark = &g_array_index (overview->marks, OverviewMark, i);
      const BriefingDate *date = briefing_event_get_date (mark->event);

      n_in_groups += mark->n_events;
      if (mark->n_events > 1 && date->first_day == day (2024, 10, 1))
        {
          g_assert_cmpuint (mark->n_events, ==, 7);
          g_assert_cmpint (date->last_day, ==, day (2024, 11, 1));
          g_assert_cmpuint (mark->n_lanes, ==, 3);
        }
      else if (mark->n_events > 1)
        {
          /* The two of 21–31 October */
          g_assert_cmpuint (mark->n_events, ==, 2);
          g_assert_cmpint (date->first_day, ==, day (2024, 10, 21));
          g_assert_cmpuint (mark->n_lanes, ==, 2);
        }
      else if (date->first_day == day (2024, 11, 1) && date->last_day == date->first_day)
        {
          /* Left to right, apart. */
          if (n_ticks > 0)
            g_assert_cmpfloat (mark->x0, >=, tick_ends[n_ticks - 1]);
          g_assert_cmpuint (n_ticks, <, 3);
          tick_ends[n_ticks++] = mark->x1;
        }
    }
  g_assert_cmpuint (n_ticks, ==, 3);
  /* Every event is in a mark: 7 + 2 of 21–31 October + 31 October–1 November + 3. */
  g_assert_cmpuint (n_in_groups, ==, 13);
  g_assert_cmpuint (overview->marks->len, ==, 6);
  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  test_window_init (&argc, &argv);

  g_test_add_func ("/window-overview/span", test_span);
  g_test_add_func ("/window-overview/period", test_period);
  g_test_add_func ("/window-overview/click-mark", test_click_mark);
  g_test_add_func ("/window-overview/keyboard", test_keyboard);
  g_test_add_func ("/window-overview/pointer-pan", test_pointer_pan);
  g_test_add_func ("/window-overview/ctrl-scroll", test_ctrl_scroll);
  g_test_add_func ("/window-overview/pinch", test_pinch);
  g_test_add_func ("/window-overview/marks-grouped", test_marks_grouped);
  g_test_add_func ("/window-overview/collapse", test_collapse);
  g_test_add_func ("/window-overview/emphasis", test_emphasis);

  return test_window_run ();
}
