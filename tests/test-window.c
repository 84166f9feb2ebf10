/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "briefing-event-row.h"
#include "briefing-interview-view.h"
#include "briefing-loader.h"
#include "briefing-uri.h"
#include "briefing-text-scale.h"
#include "briefing-text-search.h"
#include "briefing-timeline-view.h"
#include "briefing-turn-bubble.h"
#include "briefing-window-private.h"

#define LOAD_TIMEOUT_S 20

static GSettings *settings;

/* Helpers */

static void
spin_until (gboolean (*done) (gpointer),
            gpointer   data)
{
  gint64 end = g_get_monotonic_time () + LOAD_TIMEOUT_S * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static gboolean
is_not_loading (gpointer window)
{
  return !briefing_window_is_loading (window);
}

static void
open_and_wait (BriefingWindow *window,
               GFile          *file)
{
  briefing_window_open (window, file);
  g_assert_true (briefing_window_is_loading (window));
  spin_until (is_not_loading, window);
  /* Let the views lay out and the stack settle. */
  spin (50);
}

static GFile *
sample_file (void)
{
  const char *path = g_getenv ("BRIEFING_SAMPLE");

  if (path != NULL)
    return g_file_new_for_path (path);
  return g_file_new_for_uri ("resource://" RESOURCE_PREFIX "/sample.briefing");
}

static GFile *
data_file (const char *kind,
           const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", kind, name, NULL);

  return g_file_new_for_path (path);
}

static BriefingWindow *
create_window (int width,
               int height)
{
  BriefingWindow *window = g_object_new (BRIEFING_TYPE_WINDOW, "settings", settings, NULL);

  /* GTK owns toplevels; the test keeps its own reference to check they go away. */
  g_object_ref (window);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static BriefingWindow *
create_window_with_sample (int width,
                           int height)
{
  BriefingWindow *window = create_window (width, height);
  g_autoptr(GFile) sample = sample_file ();

  open_and_wait (window, sample);
  g_assert_nonnull (briefing_window_get_report (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->state_stack), ==, "report");
  return window;
}

static void
destroy_window (BriefingWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  spin (20);
  g_assert_finalize_object (window);
}

static guint
count_marked (BriefingWindow *window)
{
  guint n = 0;

  for (guint i = 0; i < window->interview_views->len; i++)
    n += briefing_interview_view_get_n_marked (g_ptr_array_index (window->interview_views, i));
  return n;
}

static guint
count_shown_turns (BriefingWindow *window)
{
  guint n = 0;

  for (guint i = 0; i < window->interview_views->len; i++)
    n += briefing_interview_view_get_n_shown (g_ptr_array_index (window->interview_views, i));
  return n;
}

static guint
timeline_n_shown (BriefingWindow *window)
{
  guint n_shown;

  g_object_get (window->timeline_view, "n-shown", &n_shown, NULL);
  return n_shown;
}

static void
collect_labels (GtkWidget *widget,
                GPtrArray *texts)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    g_ptr_array_add (texts, (gpointer) gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, texts);
}

static char *
expected_message (const char *expected_line)
{
  /* "FILE:LINE:COLUMN: /path: message" */
  const char *path = strstr (expected_line, ": /");

  g_assert_nonnull (path);
  path = strstr (path + 2, ": ");
  g_assert_nonnull (path);
  return g_strdup (path + 2);
}

static gpointer
find_entity (BriefingReport *report,
             const char     *id)
{
  GListModel *entities = briefing_report_get_entities (report);

  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(BriefingEntity) entity = g_list_model_get_item (entities, i);

      if (g_strcmp0 (briefing_entity_get_id (entity), id) == 0)
        return entity;   /* the report keeps it alive */
    }
  g_assert_not_reached ();
}

static gpointer
find_event (BriefingReport *report,
            const char     *id)
{
  GListModel *events = briefing_report_get_events (report);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (events, i);

      if (g_strcmp0 (briefing_event_get_id (event), id) == 0)
        return event;   /* the report keeps it alive */
    }
  g_assert_not_reached ();
}

static gboolean
list_contains (GListModel *model,
               gpointer    item)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (model, i);

      if (object == item)
        return TRUE;
    }
  return FALSE;
}

/* As a click on the sidebar row showing @item would (the first row for
 * "All Topics"). */
static void
click_sidebar_row (BriefingWindow *window,
                   gpointer        item)
{
  GListModel *rows = briefing_sidebar_get_rows (window->sidebar);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);

      if ((item == NULL && i == 0) || row == item)
        {
          gtk_selection_model_select_item (GTK_SELECTION_MODEL (rows), i, TRUE);
          spin (10);
          return;
        }
    }
  g_assert_not_reached ();
}

/* Tests */

static void
test_window_sidebar_counts (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);
  BriefingReport *report = briefing_window_get_report (window);
  GListModel *topics = briefing_report_get_topics (report);
  GListModel *rows = briefing_sidebar_get_rows (window->sidebar);
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  g_autoptr(GObject) first = g_list_model_get_item (rows, 0);

  g_assert_cmpuint (g_list_model_get_n_items (topics), ==, 7);
  g_assert_true (GTK_IS_STRING_OBJECT (first));
  g_assert_null (briefing_sidebar_get_topic (window->sidebar));
  g_assert_null (briefing_sidebar_get_entity (window->sidebar));

  /* The keyboard starts in the list, where arrows move through the rows. */
  g_assert_nonnull (gtk_window_get_focus (GTK_WINDOW (window)));
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (window)),
                                         GTK_WIDGET (window->sidebar)));

  collect_labels (GTK_WIDGET (window->sidebar), texts);
  g_assert_true (g_ptr_array_find_with_equal_func (texts, "All Topics", g_str_equal, NULL));

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(BriefingTopic) topic = g_list_model_get_item (topics, i);
      g_autoptr(GObject) row = g_list_model_get_item (rows, i + 1);
      g_autofree char *caption = briefing_format_counts (briefing_topic_get_n_events (topic),
                                                         briefing_topic_get_n_turns (topic));
      guint position;

      /* In the report's order, after "All Topics" */
      g_assert_true (row == (GObject *) topic);
      g_assert_true (g_ptr_array_find_with_equal_func (texts, briefing_topic_get_title (topic),
                                                       g_str_equal, &position));
      g_assert_cmpuint (position + 1, <, texts->len);
      g_assert_cmpstr (g_ptr_array_index (texts, position + 1), ==, caption);
    }

  destroy_window (window);
}

static void
test_window_topic_selection (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);
  BriefingReport *report = briefing_window_get_report (window);
  GListModel *topics = briefing_report_get_topics (report);
  GtkSelectionModel *rows = GTK_SELECTION_MODEL (briefing_sidebar_get_rows (window->sidebar));

  g_assert_cmpuint (timeline_n_shown (window), ==,
                    g_list_model_get_n_items (briefing_report_get_events (report)));
  g_assert_cmpuint (count_shown_turns (window), ==, briefing_report_get_n_turns (report));

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(BriefingTopic) topic = g_list_model_get_item (topics, i);

      /* As a click would: select the row. */
      gtk_selection_model_select_item (rows, i + 1, TRUE);
      spin (10);
      g_assert_true (briefing_sidebar_get_topic (window->sidebar) == topic);
      g_assert_cmpuint (timeline_n_shown (window), ==, briefing_topic_get_n_events (topic));
      g_assert_cmpuint (count_marked (window), ==, briefing_topic_get_n_turns (topic));
      g_assert_cmpstr (adw_view_switcher_title_get_subtitle (window->switcher_title), ==,
                       briefing_topic_get_title (topic));
      g_assert_true (gtk_revealer_get_reveal_child (window->selection_revealer));

      /* The selection survives switching pages. */
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 2);
      g_assert_true (adw_view_stack_get_visible_child (window->view_stack) ==
                     g_ptr_array_index (window->interview_views, 0));
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 1);
      g_assert_true (adw_view_stack_get_visible_child (window->view_stack) == window->timeline_view);
      g_assert_true (briefing_sidebar_get_topic (window->sidebar) == topic);
      g_assert_cmpuint (timeline_n_shown (window), ==, briefing_topic_get_n_events (topic));

      /* Only the marked turns, then all again. */
      gtk_widget_activate_action (GTK_WIDGET (window), "win.only-marked", NULL);
      g_assert_true (window->only_marked);
      g_assert_cmpuint (count_shown_turns (window), ==, briefing_topic_get_n_turns (topic));
      gtk_widget_activate_action (GTK_WIDGET (window), "win.only-marked", NULL);
      g_assert_false (window->only_marked);
      g_assert_cmpuint (count_shown_turns (window), ==, briefing_report_get_n_turns (report));
    }

  /* A person */
  {
    GListModel *entities = briefing_report_get_entities (report);
    g_autoptr(BriefingEntity) entity = g_list_model_get_item (entities, 0);

    briefing_sidebar_set_entity (window->sidebar, entity);
    g_assert_null (briefing_sidebar_get_topic (window->sidebar));
    g_assert_cmpuint (timeline_n_shown (window), ==, briefing_entity_get_n_events (entity));
    g_assert_cmpuint (count_marked (window), ==, briefing_entity_get_n_turns (entity));
    g_assert_cmpstr (adw_view_switcher_title_get_subtitle (window->switcher_title), ==,
                     briefing_entity_get_name (entity));
  }

  /* A chip clicked in the timeline selects its topic in the sidebar. */
  {
    g_autoptr(BriefingTopic) topic = g_list_model_get_item (topics, 2);

    g_signal_emit_by_name (window->timeline_view, "topic-activated", topic);
    g_assert_true (briefing_sidebar_get_topic (window->sidebar) == topic);
    g_assert_cmpuint (timeline_n_shown (window), ==, briefing_topic_get_n_events (topic));
  }

  /* Back to everything */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-all-topics", NULL);
  g_assert_null (briefing_sidebar_get_topic (window->sidebar));
  g_assert_null (briefing_sidebar_get_entity (window->sidebar));
  g_assert_false (gtk_revealer_get_reveal_child (window->selection_revealer));
  g_assert_cmpuint (timeline_n_shown (window), ==,
                    g_list_model_get_n_items (briefing_report_get_events (report)));
  g_assert_cmpuint (count_marked (window), ==, 0);

  destroy_window (window);
}

static void
test_window_entity_then_all (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);
  BriefingReport *report = briefing_window_get_report (window);
  BriefingEntity *lavrov = find_entity (report, "sergei-lavrov");
  BriefingInterviewView *chat = g_ptr_array_index (window->interview_views, 0);

  click_sidebar_row (window, lavrov);
  g_assert_true (briefing_sidebar_get_entity (window->sidebar) == lavrov);
  g_assert_cmpuint (timeline_n_shown (window), ==, briefing_entity_get_n_events (lavrov));
  g_assert_cmpuint (timeline_n_shown (window), <, 13);

  /* "All Topics" clears the entity in every view. */
  click_sidebar_row (window, NULL);
  g_assert_null (briefing_sidebar_get_entity (window->sidebar));
  g_assert_null (briefing_sidebar_get_topic (window->sidebar));
  g_assert_cmpuint (timeline_n_shown (window), ==, 13);
  g_assert_null (briefing_timeline_view_get_entity (BRIEFING_TIMELINE_VIEW (window->timeline_view)));
  g_assert_null (briefing_interview_view_get_entity (chat));
  g_assert_cmpuint (count_marked (window), ==, 0);
  g_assert_cmpuint (count_shown_turns (window), ==, briefing_report_get_n_turns (report));
  g_assert_false (gtk_revealer_get_reveal_child (window->selection_revealer));

  destroy_window (window);
}

/* Whether the focus is on a row of the timeline: on its list item. */
static gboolean
focus_in_event_row (gpointer window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && BRIEFING_IS_EVENT_ROW (gtk_widget_get_first_child (focus));
}

static void
test_window_jump_after_entity (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);
  BriefingReport *report = briefing_window_get_report (window);
  BriefingEntity *kharkiv = find_entity (report, "kharkiv");
  BriefingEvent *inside = find_event (report, "kharkiv-s400-confirmed");
  BriefingEvent *outside = find_event (report, "choe-pledges-support");
  GtkWidget *chat = g_ptr_array_index (window->interview_views, 0);

  g_assert_true (briefing_event_involves (inside, kharkiv));
  g_assert_false (briefing_event_involves (outside, kharkiv));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 2);

  /* An event of the selection: the selection stays. */
  click_sidebar_row (window, kharkiv);
  g_signal_emit_by_name (chat, "event-activated", inside);
  g_assert_true (adw_view_stack_get_visible_child (window->view_stack) == window->timeline_view);
  g_assert_true (briefing_sidebar_get_entity (window->sidebar) == kharkiv);
  g_assert_cmpuint (timeline_n_shown (window), ==, briefing_entity_get_n_events (kharkiv));

  /* One outside it: everything is shown again, and the event found. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 2);
  g_signal_emit_by_name (chat, "event-activated", outside);
  g_assert_true (adw_view_stack_get_visible_child (window->view_stack) == window->timeline_view);
  g_assert_null (briefing_sidebar_get_entity (window->sidebar));
  g_assert_null (briefing_timeline_view_get_entity (BRIEFING_TIMELINE_VIEW (window->timeline_view)));
  g_assert_cmpuint (timeline_n_shown (window), ==, 13);
  g_assert_cmpuint (count_marked (window), ==, 0);
  g_assert_true (list_contains (briefing_timeline_view_get_shown_events (BRIEFING_TIMELINE_VIEW (window->timeline_view)),
                                 outside));

  /* The keyboard follows the jump: the event's row gets the focus, built. */
  spin_until (focus_in_event_row, window);
  {
    GtkWidget *row = gtk_widget_get_first_child (gtk_root_get_focus (GTK_ROOT (window)));

    g_assert_true (briefing_event_row_get_event (BRIEFING_EVENT_ROW (row)) == outside);
    g_assert_true (briefing_lazy_row_get_built (BRIEFING_LAZY_ROW (row)));
  }

  destroy_window (window);
}

static void
test_window_only_marked_needs_selection (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);
  BriefingReport *report = briefing_window_get_report (window);
  BriefingEntity *kharkiv = find_entity (report, "kharkiv");
  guint n_turns = briefing_report_get_n_turns (report);

  /* Nothing selected, nothing marked: the action is off. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 2);
  spin (10);
  g_assert_false (gtk_widget_get_sensitive (window->only_marked_button));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.only-marked", NULL);
  g_assert_false (window->only_marked);
  g_assert_cmpuint (count_shown_turns (window), ==, n_turns);

  click_sidebar_row (window, kharkiv);
  g_assert_true (gtk_widget_get_sensitive (window->only_marked_button));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.only-marked", NULL);
  g_assert_true (window->only_marked);
  g_assert_cmpuint (count_shown_turns (window), ==, briefing_entity_get_n_turns (kharkiv));

  /* Clearing the selection turns it off and shows every turn again. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-all-topics", NULL);
  g_assert_false (window->only_marked);
  g_assert_false (gtk_widget_get_sensitive (window->only_marked_button));
  g_assert_cmpuint (count_shown_turns (window), ==, n_turns);

  /* The same from the sidebar's "All Topics" row. */
  click_sidebar_row (window, kharkiv);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.only-marked", NULL);
  g_assert_true (window->only_marked);
  click_sidebar_row (window, NULL);
  g_assert_false (window->only_marked);
  g_assert_cmpuint (count_shown_turns (window), ==, n_turns);

  /* Another selection keeps it. */
  click_sidebar_row (window, kharkiv);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.only-marked", NULL);
  {
    g_autoptr(BriefingTopic) topic = g_list_model_get_item (briefing_report_get_topics (report), 0);

    click_sidebar_row (window, topic);
    g_assert_true (window->only_marked);
    g_assert_cmpuint (count_shown_turns (window), ==, briefing_topic_get_n_turns (topic));
  }

  destroy_window (window);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

/* A change of selection reaches the window once, and each view once. */
static void
test_window_selection_changed_once (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);
  BriefingReport *report = briefing_window_get_report (window);
  g_autoptr(BriefingTopic) topic = g_list_model_get_item (briefing_report_get_topics (report), 0);
  BriefingEntity *kharkiv = find_entity (report, "kharkiv");
  GListModel *shown = briefing_timeline_view_get_shown_events (BRIEFING_TIMELINE_VIEW (window->timeline_view));
  guint n_selection_changes = 0, n_list_changes = 0, n_marked_notifies = 0;

  click_sidebar_row (window, topic);
  g_signal_connect_swapped (window->sidebar, "selection-changed", G_CALLBACK (count_cb), &n_selection_changes);
  g_signal_connect_swapped (shown, "items-changed", G_CALLBACK (count_cb), &n_list_changes);
  g_signal_connect_swapped (g_ptr_array_index (window->interview_views, 0), "notify::n-marked",
                            G_CALLBACK (count_cb), &n_marked_notifies);

  /* A topic to an entity changes both properties. */
  click_sidebar_row (window, kharkiv);
  g_assert_cmpuint (n_selection_changes, ==, 1);
  g_assert_cmpuint (n_list_changes, ==, 1);
  g_assert_cmpuint (n_marked_notifies, ==, 1);
  g_assert_cmpuint (timeline_n_shown (window), ==, briefing_entity_get_n_events (kharkiv));

  /* The same row again: nothing. */
  briefing_sidebar_set_entity (window->sidebar, kharkiv);
  g_assert_cmpuint (n_selection_changes, ==, 1);

  /* And back to all. */
  click_sidebar_row (window, NULL);
  g_assert_cmpuint (n_selection_changes, ==, 2);
  g_assert_cmpuint (n_list_changes, ==, 2);
  g_assert_cmpuint (timeline_n_shown (window), ==, 13);

  g_signal_handlers_disconnect_by_func (window->sidebar, count_cb, &n_selection_changes);
  g_signal_handlers_disconnect_by_func (shown, count_cb, &n_list_changes);
  g_signal_handlers_disconnect_by_func (g_ptr_array_index (window->interview_views, 0), count_cb,
                                        &n_marked_notifies);
  destroy_window (window);
}

static gboolean
event_contains (BriefingEvent *event,
                const char    *folded)
{
  BriefingEntity *place = briefing_event_get_place (event);
  BriefingAttribution *attribution = briefing_event_get_attribution (event);
  GPtrArray *quotes = briefing_event_get_quotes (event);
  g_autofree char *date = briefing_date_format (briefing_event_get_date (event));

  if (briefing_text_search_contains (briefing_event_get_headline (event), folded) ||
      briefing_text_search_contains (briefing_event_get_body (event), folded) ||
      briefing_text_search_contains (briefing_event_get_date_text (event), folded) ||
      briefing_text_search_contains (briefing_event_get_time_of_day (event), folded) ||
      (place != NULL && briefing_text_search_contains (briefing_entity_get_name (place), folded)) ||
      (attribution != NULL && briefing_text_search_contains (attribution->text, folded)) ||
      briefing_text_search_contains (date, folded))
    return TRUE;
  for (guint i = 0; quotes != NULL && i < quotes->len; i++)
    if (briefing_text_search_contains (((BriefingQuote *) g_ptr_array_index (quotes, i))->text, folded))
      return TRUE;
  return FALSE;
}

static gboolean
search_applied (gpointer data)
{
  BriefingWindow *window = data;
  const char *text = briefing_timeline_view_get_search_text (BRIEFING_TIMELINE_VIEW (window->timeline_view));

  return g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (window->search_entry))) == 0;
}

static void
test_window_search (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);
  BriefingReport *report = briefing_window_get_report (window);
  GListModel *events = briefing_report_get_events (report);
  g_autoptr(BriefingInterview) interview = g_list_model_get_item (briefing_report_get_interviews (report), 0);
  GListModel *turns = briefing_interview_get_turns (interview);
  BriefingInterviewView *interview_view = g_ptr_array_index (window->interview_views, 0);
  const char *word = "Troops";
  g_autofree char *folded = briefing_text_search_fold (word);
  g_autofree char *expected_count = NULL;
  guint n_events = 0, n_turns = 0;

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (events, i);

      n_events += event_contains (event, folded);
    }
  for (guint i = 0; i < g_list_model_get_n_items (turns); i++)
    {
      g_autoptr(BriefingTurn) turn = g_list_model_get_item (turns, i);
      gboolean contains = briefing_text_search_contains (briefing_turn_get_text (turn), folded);

      n_turns += contains;
      /* Checked below, once the search is on */
      g_object_set_data (G_OBJECT (turn), "contains", GINT_TO_POINTER (contains));
    }
  g_assert_cmpuint (n_events, >, 0);
  g_assert_cmpuint (n_turns, >, 0);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  g_assert_true (gtk_search_bar_get_search_mode (window->search_bar));
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), word);
  spin_until (search_applied, window);
  spin (10);

  g_assert_cmpuint (timeline_n_shown (window), ==, n_events);
  g_assert_cmpuint (count_shown_turns (window), ==, n_turns);
  for (guint i = 0; i < g_list_model_get_n_items (turns); i++)
    {
      g_autoptr(BriefingTurn) turn = g_list_model_get_item (turns, i);

      g_assert_cmpint (briefing_interview_view_is_turn_shown (interview_view, turn), ==,
                       GPOINTER_TO_INT (g_object_get_data (G_OBJECT (turn), "contains")));
    }
  expected_count = g_strdup_printf ("%u events, %u turns", n_events, n_turns);
  g_assert_cmpstr (gtk_label_get_text (window->search_count), ==, expected_count);

  /* Combined with a topic: the topic's events that match. */
  {
    g_autoptr(BriefingTopic) topic = g_list_model_get_item (briefing_report_get_topics (report), 0);
    GListModel *topic_events = briefing_report_get_topic_events (report, topic);
    guint n_topic_events = 0;

    for (guint i = 0; i < g_list_model_get_n_items (topic_events); i++)
      {
        g_autoptr(BriefingEvent) event = g_list_model_get_item (topic_events, i);

        n_topic_events += event_contains (event, folded);
      }
    briefing_sidebar_set_topic (window->sidebar, topic);
    g_assert_cmpuint (timeline_n_shown (window), ==, n_topic_events);
    /* The count says what is shown: every turn with the word, marked or not. */
    {
      g_autofree char *count = g_strdup_printf ("%u event%s, %u turn%s", n_topic_events,
                                                n_topic_events == 1 ? "" : "s",
                                                n_turns, n_turns == 1 ? "" : "s");

      g_assert_cmpuint (count_shown_turns (window), ==, n_turns);
      g_assert_cmpstr (gtk_label_get_text (window->search_count), ==, count);
    }
    /* With only the marked turns, those among them. */
    gtk_widget_activate_action (GTK_WIDGET (window), "win.only-marked", NULL);
    {
      guint n_marked_matching = 0;
      g_autofree char *count = NULL;

      for (guint i = 0; i < g_list_model_get_n_items (turns); i++)
        {
          g_autoptr(BriefingTurn) turn = g_list_model_get_item (turns, i);

          n_marked_matching += briefing_interview_view_is_turn_marked (interview_view, turn) &&
                               g_object_get_data (G_OBJECT (turn), "contains") != NULL;
        }
      count = g_strdup_printf ("%u event%s, %u turn%s", n_topic_events, n_topic_events == 1 ? "" : "s",
                               n_marked_matching, n_marked_matching == 1 ? "" : "s");
      g_assert_cmpuint (count_shown_turns (window), ==, n_marked_matching);
      g_assert_cmpstr (gtk_label_get_text (window->search_count), ==, count);
    }
    briefing_sidebar_select_all (window->sidebar);
    g_assert_false (window->only_marked);
  }

  /* Escape in the entry stops the search, and everything comes back. */
  g_signal_emit_by_name (window->search_entry, "stop-search");
  g_assert_false (gtk_search_bar_get_search_mode (window->search_bar));
  spin_until (search_applied, window);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (window->search_entry)), ==, "");
  g_assert_cmpuint (timeline_n_shown (window), ==, g_list_model_get_n_items (events));
  g_assert_cmpuint (count_shown_turns (window), ==, briefing_report_get_n_turns (report));
  g_assert_cmpstr (gtk_label_get_text (window->search_count), ==, "");

  destroy_window (window);
}

static void
test_window_invalid_keeps_report (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);
  BriefingReport *report = g_object_ref (briefing_window_get_report (window));
  g_autoptr(GFile) invalid = data_file ("invalid", "date-feb-30.briefing");
  g_autoptr(GFile) missing = data_file ("invalid", "there-is-no-such-file.briefing");

  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (window)) == FALSE);
  g_assert_null (window->error_toast);

  open_and_wait (window, invalid);
  g_assert_true (briefing_window_get_report (window) == report);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->state_stack), ==, "report");
  g_assert_nonnull (window->error_toast);
  g_assert_error (window->last_error, BRIEFING_LOAD_ERROR, BRIEFING_LOAD_ERROR_INVALID_DATE);
  g_assert_nonnull (strstr (adw_toast_get_title (window->error_toast), "date-feb-30.briefing"));
  g_assert_cmpstr (adw_toast_get_action_name (window->error_toast), ==, "win.show-error-details");

  /* "Details": the problems in a dialog, their text not hidden by a name. */
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    GtkWidget *dialog = NULL;
    GtkWidget *label = NULL;
    GtkWidget *container;

    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-error-details", NULL);
    for (guint i = 0; i < g_list_model_get_n_items (toplevels) && dialog == NULL; i++)
      {
        g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

        if (ADW_IS_MESSAGE_DIALOG (toplevel))
          dialog = GTK_WIDGET (toplevel);
      }
    g_assert_nonnull (dialog);
    container = adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog));
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (container), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                         "Problems");
    for (label = container; label != NULL && !GTK_IS_LABEL (label);)
      label = gtk_widget_get_first_child (label);
    g_assert_nonnull (label);
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), !=, "");
    /* GTK names a label by its text. */
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                         gtk_label_get_text (GTK_LABEL (label)));
    gtk_window_destroy (GTK_WINDOW (dialog));
  }

  /* A file that is not there: the same. */
  open_and_wait (window, missing);
  g_assert_true (briefing_window_get_report (window) == report);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->state_stack), ==, "report");
  g_assert_error (window->last_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  g_object_unref (report);
  destroy_window (window);
}

static void
test_window_invalid_error_page (void)
{
  BriefingWindow *window = create_window (1280, 800);
  g_autoptr(GFile) invalid = data_file ("invalid", "several-errors.briefing");
  g_autofree char *expected_path = g_test_build_filename (G_TEST_DIST, "data", "invalid",
                                                          "several-errors.expected", NULL);
  g_autofree char *expected = NULL;
  g_auto(GStrv) lines = NULL;
  const char *problems;

  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
  lines = g_strsplit (g_strstrip (expected), "\n", -1);

  open_and_wait (window, invalid);
  g_assert_null (briefing_window_get_report (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->state_stack), ==, "error");
  g_assert_null (window->error_toast);
  g_assert_nonnull (strstr (adw_status_page_get_description (window->error_page),
                            "several-errors.briefing"));

  /* The card is named; the label's own text stays what is read out. */
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (window->problems_card),
                                               GTK_ACCESSIBLE_ROLE_GROUP));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (window->problems_card),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Problems");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (window->problems_label),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       gtk_label_get_text (window->problems_label));

  /* Every problem, with its line */
  problems = gtk_label_get_text (window->problems_label);
  g_assert_false (gtk_label_get_use_markup (window->problems_label));
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *message = expected_message (lines[i]);
      g_auto(GStrv) parts = g_strsplit (lines[i], ":", 4);
      g_autofree char *where = g_strdup_printf ("Line %s, column %s", parts[1], parts[2]);

      g_assert_nonnull (strstr (problems, message));
      g_assert_nonnull (strstr (problems, where));
    }

  /* The next good file replaces the error. */
  {
    g_autoptr(GFile) sample = sample_file ();

    open_and_wait (window, sample);
    g_assert_cmpstr (gtk_stack_get_visible_child_name (window->state_stack), ==, "report");
  }

  destroy_window (window);
}

static GtkScrolledWindow *
find_scrolled_window (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkScrolledWindow *found;

      if (GTK_IS_SCROLLED_WINDOW (child))
        return GTK_SCROLLED_WINDOW (child);
      if ((found = find_scrolled_window (child)) != NULL)
        return found;
    }
  return NULL;
}

/* Scrolls @page from top to bottom, half a page at a time, building every
 * row on the way: none may make the window wider than @max_width. */
static void
assert_rows_fit (BriefingWindow *window,
                 GtkWidget      *page,
                 int             max_width)
{
  GtkAdjustment *adjustment;
  double value = 0;
  guint steps = 0;

  adw_view_stack_set_visible_child (window->view_stack, page);
  spin (20);
  adjustment = gtk_scrolled_window_get_vadjustment (find_scrolled_window (page));
  do
    {
      int minimum;

      gtk_adjustment_set_value (adjustment, value);
      spin (20);
      gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      g_assert_cmpint (minimum, <=, max_width);
      value += gtk_adjustment_get_page_size (adjustment) / 2;
      steps++;
    }
  while (value < gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));
  /* The sample is several pages long. */
  g_assert_cmpuint (steps, >, 4);
  gtk_adjustment_set_value (adjustment, 0);
}

static gboolean
is_folded (gpointer data)
{
  BriefingWindow *window = data;

  return adw_leaflet_get_folded (window->leaflet);
}

static void
test_window_narrow (void)
{
  BriefingWindow *window = create_window_with_sample (360, 720);
  BriefingReport *report = briefing_window_get_report (window);
  g_autoptr(BriefingTopic) topic = g_list_model_get_item (briefing_report_get_topics (report), 1);

  spin_until (is_folded, window);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 370);
  /* No event and no turn keeps it from being that narrow (figures given in
   * words, long names: text wraps). The window's shadow takes 10 pixels. */
  assert_rows_fit (window, window->timeline_view, 370);
  assert_rows_fit (window, g_ptr_array_index (window->interview_views, 0), 370);
  adw_view_stack_set_visible_child (window->view_stack, window->timeline_view);

  /* The content first, then back to the sidebar */
  g_assert_true (adw_leaflet_get_visible_child (window->leaflet) == window->content_pane);
  g_assert_true (gtk_widget_get_visible (window->sidebar_pane));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  g_assert_true (adw_leaflet_get_visible_child (window->leaflet) == window->sidebar_pane);

  /* Choosing a topic goes on to the content, narrowed. */
  briefing_sidebar_set_topic (window->sidebar, topic);
  g_signal_emit_by_name (window->sidebar, "item-activated");
  g_assert_true (adw_leaflet_get_visible_child (window->leaflet) == window->content_pane);
  g_assert_cmpuint (timeline_n_shown (window), ==, briefing_topic_get_n_events (topic));
  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (window->switcher_title), ==,
                   briefing_topic_get_title (topic));

  /* F9 goes back and forth */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL);
  g_assert_true (adw_leaflet_get_visible_child (window->leaflet) == window->sidebar_pane);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL);
  g_assert_true (adw_leaflet_get_visible_child (window->leaflet) == window->content_pane);

  /* Pages still switch; the switcher moves to the bottom. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 2);
  g_assert_true (adw_view_stack_get_visible_child (window->view_stack) ==
                 g_ptr_array_index (window->interview_views, 0));
  spin (50);
  g_assert_true (adw_view_switcher_title_get_title_visible (window->switcher_title));

  destroy_window (window);
}

static void
test_window_wide_sidebar_toggle (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);

  g_assert_false (adw_leaflet_get_folded (window->leaflet));
  g_assert_true (gtk_widget_get_visible (window->sidebar_pane));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL);
  g_assert_false (window->show_sidebar);
  g_assert_false (gtk_widget_get_visible (window->sidebar_pane));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL);
  g_assert_true (gtk_widget_get_visible (window->sidebar_pane));

  destroy_window (window);
}

static void
assert_last_page (const char *expected)
{
  g_autofree char *last = g_settings_get_string (settings, "last-page");

  g_assert_cmpstr (last, ==, expected);
}

static void
test_window_pages (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 3);
  g_assert_true (adw_view_stack_get_visible_child (window->view_stack) ==
                 GTK_WIDGET (window->overview_page));
  assert_last_page ("overview");
  /* No fourth page in the sample: nothing changes. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 4);
  g_assert_true (adw_view_stack_get_visible_child (window->view_stack) ==
                 GTK_WIDGET (window->overview_page));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 2);
  assert_last_page ("interview");
  destroy_window (window);

  /* The next window starts on the last page. */
  window = create_window_with_sample (1280, 800);
  g_assert_true (adw_view_stack_get_visible_child (window->view_stack) ==
                 g_ptr_array_index (window->interview_views, 0));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 1);
  assert_last_page ("timeline");
  destroy_window (window);
}

static void
test_window_open_dialog_closes_with_window (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);
  GtkFileChooserNative *dialog;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open", NULL);
  dialog = window->file_chooser;
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (gtk_native_dialog_get_visible (GTK_NATIVE_DIALOG (dialog)));
  spin (50);

  /* Asked again, the same dialog comes forward. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open", NULL);
  g_assert_true (window->file_chooser == dialog);

  /* Closing the window closes and frees it. */
  destroy_window (window);
  spin (20);
  g_assert_null (dialog);
}

static void
test_window_zoom (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);
  double scale;

  g_settings_set_double (settings, "text-zoom", 1.0);
  g_assert_cmpfloat_with_epsilon (window->text_scale, 1.0, 0.001);
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL) &&
                  !G_APPROX_VALUE (window->text_scale, 1.0, 0.001));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
  g_assert_cmpfloat_with_epsilon (window->text_scale, 1.2, 0.001);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "text-zoom"), 1.2, 0.001);
  g_object_get (window->timeline_view, "text-scale", &scale, NULL);
  g_assert_cmpfloat_with_epsilon (scale, 1.2, 0.001);
  g_object_get (g_ptr_array_index (window->interview_views, 0), "text-scale", &scale, NULL);
  g_assert_cmpfloat_with_epsilon (scale, 1.2, 0.001);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-out", NULL);
  g_assert_cmpfloat_with_epsilon (window->text_scale, 1.1, 0.001);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL);
  g_assert_cmpfloat_with_epsilon (window->text_scale, 1.0, 0.001);

  /* The setting drives every window. */
  g_settings_set_double (settings, "text-zoom", 0.5);
  g_assert_cmpfloat_with_epsilon (window->text_scale, 0.5, 0.001);
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-out", NULL) &&
                  window->text_scale < 0.5);
  g_settings_reset (settings, "text-zoom");
  g_assert_cmpfloat_with_epsilon (window->text_scale, 1.0, 0.001);

  destroy_window (window);
}

static void
assert_text_scale_range (GType type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  GParamSpecDouble *pspec = G_PARAM_SPEC_DOUBLE (g_object_class_find_property (G_OBJECT_CLASS (klass),
                                                                              "text-scale"));

  g_assert_cmpfloat (pspec->minimum, ==, BRIEFING_TEXT_SCALE_MIN);
  g_assert_cmpfloat (pspec->maximum, ==, BRIEFING_TEXT_SCALE_MAX);
}

/* One range, from the setting down to each bubble. */
static void
test_window_text_scale_range (void)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) key = NULL;
  g_autoptr(GVariant) range = NULL;
  g_autoptr(GVariant) bounds = NULL;
  const char *kind;
  double min, max;
  BriefingWindow *window;

  g_object_get (settings, "settings-schema", &schema, NULL);
  key = g_settings_schema_get_key (schema, "text-zoom");
  range = g_settings_schema_key_get_range (key);
  g_variant_get (range, "(&sv)", &kind, &bounds);
  g_assert_cmpstr (kind, ==, "range");
  g_variant_get (bounds, "(dd)", &min, &max);
  g_assert_cmpfloat (min, ==, BRIEFING_TEXT_SCALE_MIN);
  g_assert_cmpfloat (max, ==, BRIEFING_TEXT_SCALE_MAX);

  assert_text_scale_range (BRIEFING_TYPE_WINDOW);
  assert_text_scale_range (BRIEFING_TYPE_TIMELINE_VIEW);
  assert_text_scale_range (BRIEFING_TYPE_INTERVIEW_VIEW);
  assert_text_scale_range (BRIEFING_TYPE_EVENT_ROW);
  assert_text_scale_range (BRIEFING_TYPE_TURN_BUBBLE);

  /* At the top, zooming in stops there, and the views follow. */
  window = create_window_with_sample (1280, 800);
  g_settings_set_double (settings, "text-zoom", BRIEFING_TEXT_SCALE_MAX - 0.1);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
  g_assert_cmpfloat_with_epsilon (window->text_scale, BRIEFING_TEXT_SCALE_MAX, 0.001);
  g_assert_cmpfloat_with_epsilon (briefing_timeline_view_get_text_scale (BRIEFING_TIMELINE_VIEW (window->timeline_view)),
                                  BRIEFING_TEXT_SCALE_MAX, 0.001);
  g_assert_cmpfloat_with_epsilon (briefing_interview_view_get_text_scale (g_ptr_array_index (window->interview_views, 0)),
                                  BRIEFING_TEXT_SCALE_MAX, 0.001);
  g_settings_reset (settings, "text-zoom");
  destroy_window (window);
}

static void
test_window_markup_is_text (void)
{
  BriefingWindow *window = create_window (1280, 800);
  g_autoptr(GFile) file = data_file ("valid", "unicode-and-markup.briefing");
  BriefingReport *report;
  const char *title;

  open_and_wait (window, file);
  report = briefing_window_get_report (window);
  g_assert_nonnull (report);
  title = briefing_report_get_title (report);
  g_assert_nonnull (strstr (title, "<b>"));

  g_assert_cmpstr (gtk_label_get_text (window->sidebar_title), ==, title);
  g_assert_cmpstr (adw_view_switcher_title_get_title (window->switcher_title), ==, title);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title);

  /* AdwViewSwitcherTitle shows its title as plain text; so does the overview. */
  {
    g_autoptr(GPtrArray) texts = g_ptr_array_new ();

    collect_labels (GTK_WIDGET (window->overview_page), texts);
    g_assert_true (g_ptr_array_find_with_equal_func (texts, title, g_str_equal, NULL));
    g_assert_true (g_ptr_array_find_with_equal_func (texts, briefing_report_get_summary (report),
                                                     g_str_equal, NULL));
  }

  destroy_window (window);
}

static void
test_window_drop (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);
  BriefingReport *sample = briefing_window_get_report (window);
  g_autoptr(GFile) file = data_file ("valid", "minimal.briefing");
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window->toast_overlay));
  GtkDropTarget *target = NULL;
  GSList *files = g_slist_append (NULL, file);
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean dropped = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);
  g_assert_true (g_type_is_a (GDK_TYPE_FILE_LIST, gtk_drop_target_get_gtypes (target, NULL)[0]));

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (files));
  g_slist_free (files);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &dropped);
  g_assert_true (dropped);
  g_assert_true (briefing_window_is_loading (window));
  spin_until (is_not_loading, window);
  g_assert_nonnull (briefing_window_get_report (window));
  g_assert_true (briefing_window_get_report (window) != sample);

  destroy_window (window);
}

static void
test_window_size_remembered (void)
{
  BriefingWindow *window = create_window (900, 640);

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  spin (100);
  gtk_window_close (GTK_WINDOW (window));
  spin (20);
  g_assert_finalize_object (window);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  /* The next window opens at that size. */
  window = g_object_new (BRIEFING_TYPE_WINDOW, "settings", settings, NULL);
  g_object_ref (window);
  {
    int width, height;

    gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
    g_assert_cmpint (width, ==, 900);
    g_assert_cmpint (height, ==, 640);
  }
  destroy_window (window);
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

static void
test_window_web_links (void)
{
  g_assert_true (briefing_uri_is_web ("https://example.org/a?b=1&c=<d>"));
  g_assert_true (briefing_uri_is_web ("HTTP://example.org/"));
  g_assert_false (briefing_uri_is_web ("javascript:alert(1)"));
  g_assert_false (briefing_uri_is_web ("file:///etc/passwd"));
  g_assert_false (briefing_uri_is_web ("httpx://example.org/"));
  g_assert_false (briefing_uri_is_web ("example.org"));
  g_assert_false (briefing_uri_is_web (""));
  g_assert_false (briefing_uri_is_web (NULL));
}

static void
test_window_cancel (void)
{
  BriefingWindow *window = create_window (1280, 800);
  g_autoptr(GFile) sample = sample_file ();

  /* Nothing shown: cancelling leaves the empty page. */
  briefing_window_open (window, sample);
  g_assert_true (briefing_window_is_loading (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->state_stack), ==, "loading");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-loading", NULL);
  g_assert_false (briefing_window_is_loading (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->state_stack), ==, "error");
  spin (200);
  g_assert_null (briefing_window_get_report (window));

  /* A report shown: cancelling keeps it. */
  open_and_wait (window, sample);
  g_assert_nonnull (briefing_window_get_report (window));
  {
    BriefingReport *report = briefing_window_get_report (window);
    g_autoptr(GFile) other = data_file ("valid", "minimal.briefing");

    briefing_window_open (window, other);
    gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-loading", NULL);
    spin (200);
    g_assert_true (briefing_window_get_report (window) == report);
    g_assert_cmpstr (gtk_stack_get_visible_child_name (window->state_stack), ==, "report");
  }

  destroy_window (window);
}

static void
test_window_progress (void)
{
  BriefingWindow *window = create_window (1280, 800);
  g_autoptr(GFile) sample = sample_file ();

  open_and_wait (window, sample);
  /* The loader reports progress for files of more than a few lines. */
  g_assert_cmpfloat (gtk_progress_bar_get_fraction (window->progress_bar), >, 0.0);
  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  GSettingsSchemaSource *source;
  g_autoptr(GSettingsSchema) schema = NULL;
  int status;

  /* Recent files go to a place of the test's own. */
  data_home = g_dir_make_tmp ("briefing-test-window-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  setlocale (LC_ALL, "");
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* The application's stylesheet, which AdwApplication loads: sizes depend on it. */
  {
    g_autoptr(GtkCssProvider) style = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (style, RESOURCE_PREFIX "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (style),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  source = g_settings_schema_source_get_default ();
  g_assert_nonnull (source);
  schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  g_assert_nonnull (schema);
  settings = g_settings_new_full (schema, NULL, NULL);

  g_test_add_func ("/window/sidebar-counts", test_window_sidebar_counts);
  g_test_add_func ("/window/topic-selection", test_window_topic_selection);
  g_test_add_func ("/window/entity-then-all", test_window_entity_then_all);
  g_test_add_func ("/window/jump-after-entity", test_window_jump_after_entity);
  g_test_add_func ("/window/only-marked-needs-selection", test_window_only_marked_needs_selection);
  g_test_add_func ("/window/selection-changed-once", test_window_selection_changed_once);
  g_test_add_func ("/window/search", test_window_search);
  g_test_add_func ("/window/invalid-keeps-report", test_window_invalid_keeps_report);
  g_test_add_func ("/window/invalid-error-page", test_window_invalid_error_page);
  g_test_add_func ("/window/narrow", test_window_narrow);
  g_test_add_func ("/window/wide-sidebar-toggle", test_window_wide_sidebar_toggle);
  g_test_add_func ("/window/pages", test_window_pages);
  g_test_add_func ("/window/open-dialog-closes-with-window", test_window_open_dialog_closes_with_window);
  g_test_add_func ("/window/zoom", test_window_zoom);
  g_test_add_func ("/window/text-scale-range", test_window_text_scale_range);
  g_test_add_func ("/window/markup-is-text", test_window_markup_is_text);
  g_test_add_func ("/window/drop", test_window_drop);
  g_test_add_func ("/window/size-remembered", test_window_size_remembered);
  g_test_add_func ("/window/web-links", test_window_web_links);
  g_test_add_func ("/window/cancel", test_window_cancel);
  g_test_add_func ("/window/progress", test_window_progress);

  status = g_test_run ();
  g_clear_object (&settings);
  {
    g_autofree char *recent = g_build_filename (data_home, "recently-used.xbel", NULL);

    g_remove (recent);
    g_rmdir (data_home);
  }
  return status;
}
