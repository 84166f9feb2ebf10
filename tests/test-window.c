/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The reader window: selection, search, layout, pages and settings. */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "briefing-chip.h"
#include "briefing-event-row.h"
#include "briefing-format.h"
#include "briefing-sidebar-item.h"
#include "briefing-sidebar-row.h"
#include "briefing-interview-view.h"
#include "briefing-subset-list.h"
#include "briefing-text-scale.h"
#include "briefing-text-search.h"
#include "briefing-timeline-view.h"
#include "briefing-turn-bubble.h"
#include "test-sample.h"
#include "test-ui.h"
#include "test-window-util.h"

/* As a click on a chip of an event on screen would. */
static void
click_chip (BriefingWindow *window,
            const char     *signal,
            gpointer        item)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_bound_rows (TIMELINE_VIEW (window), rows);
  g_assert_cmpuint (rows->len, >, 0);
  g_signal_emit_by_name (g_ptr_array_index (rows, 0), signal, item);
}

static double
first_row_text_scale (GtkWidget *view)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_bound_rows (view, rows);
  g_assert_cmpuint (rows->len, >, 0);
  return briefing_lazy_row_get_text_scale (g_ptr_array_index (rows, 0));
}

static void
test_window_sidebar_counts (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);
  BriefingReport *report = briefing_window_get_report (window);
  GListModel *topics = briefing_report_get_topics (report);
  GListModel *rows = briefing_sidebar_get_rows (SIDEBAR (window));
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  g_autoptr(BriefingSidebarItem) first = g_list_model_get_item (rows, 0);

  g_assert_cmpuint (g_list_model_get_n_items (topics), ==, 7);
  g_assert_cmpint (briefing_sidebar_item_get_kind (first), ==, BRIEFING_SIDEBAR_ITEM_ALL);
  g_assert_null (briefing_reader_state_get_topic (briefing_window_get_state (window)));
  g_assert_null (briefing_reader_state_get_entity (briefing_window_get_state (window)));

  /* The keyboard starts in the list, where arrows move through the rows. */
  g_assert_nonnull (gtk_window_get_focus (GTK_WINDOW (window)));
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (window)),
                                         GTK_WIDGET (SIDEBAR (window))));

  collect_labels (GTK_WIDGET (SIDEBAR (window)), texts);
  g_assert_true (g_ptr_array_find_with_equal_func (texts, "All Topics", g_str_equal, NULL));

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(BriefingTopic) topic = g_list_model_get_item (topics, i);
      g_autoptr(BriefingSidebarItem) row = g_list_model_get_item (rows, i + 1);
      g_autofree char *caption = briefing_format_counts (briefing_topic_get_n_events (topic),
                                                         briefing_topic_get_n_turns (topic));
      guint position;

      /* In the report's order, after "All Topics" */
      g_assert_true (briefing_sidebar_item_get_topic (row) == topic);
      g_assert_cmpstr (briefing_sidebar_item_get_caption (row), ==, caption);
      g_assert_true (g_ptr_array_find_with_equal_func (texts, briefing_topic_get_title (topic),
                                                       g_str_equal, &position));
      g_assert_cmpuint (position + 1, <, texts->len);
      g_assert_cmpstr (g_ptr_array_index (texts, position + 1), ==, caption);
    }

  destroy_window (window);
}

/* As a key pressed where the focus is would reach the sidebar first. */
static gboolean
send_key_to (GtkWidget *widget,
             guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
    }
  return handled;
}

static BriefingSidebarItem *
focused_sidebar_item (BriefingWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  g_assert_nonnull (focus);
  for (GtkWidget *child = gtk_widget_get_first_child (focus); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (BRIEFING_IS_SIDEBAR_ROW (child))
      return briefing_sidebar_row_get_item (BRIEFING_SIDEBAR_ROW (child));
  return NULL;
}

/* Down from the last topic reaches the first person, over the "People"
 * heading, and Up comes back: headings are no stops. */
static void
test_window_sidebar_arrows (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);
  BriefingReport *report = briefing_window_get_report (window);
  GtkWidget *sidebar = GTK_WIDGET (SIDEBAR (window));
  GListModel *rows = briefing_sidebar_get_rows (SIDEBAR (window));
  guint last_topic = g_list_model_get_n_items (briefing_report_get_topics (report));
  GtkWidget *list = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (gtk_widget_get_first_child (sidebar)));
  g_autoptr(BriefingSidebarItem) heading = g_list_model_get_item (rows, last_topic + 1);
  g_autoptr(BriefingSidebarItem) person = g_list_model_get_item (rows, last_topic + 2);
  g_autoptr(BriefingTopic) topic = g_list_model_get_item (briefing_report_get_topics (report), last_topic - 1);

  g_assert_cmpint (briefing_sidebar_item_get_kind (heading), ==, BRIEFING_SIDEBAR_ITEM_HEADING);
  g_assert_cmpint (briefing_sidebar_item_get_kind (person), ==, BRIEFING_SIDEBAR_ITEM_ENTITY);

  gtk_selection_model_select_item (GTK_SELECTION_MODEL (rows), last_topic, TRUE);
  gtk_widget_activate_action (list, "list.scroll-to-item", "u", last_topic);
  wait_for_paint (GTK_WIDGET (window));
  for (GtkWidget *item = gtk_widget_get_first_child (list); item != NULL; item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (BRIEFING_IS_SIDEBAR_ROW (row) &&
          briefing_sidebar_item_get_topic (briefing_sidebar_row_get_item (BRIEFING_SIDEBAR_ROW (row))) == topic)
        gtk_widget_grab_focus (item);
    }
  g_assert_true (briefing_sidebar_item_get_topic (focused_sidebar_item (window)) == topic);

  g_assert_true (send_key_to (sidebar, GDK_KEY_Down));
  wait_for_paint (GTK_WIDGET (window));
  g_assert_true (focused_sidebar_item (window) == person);
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (rows)), ==, last_topic + 2);
  g_assert_true (briefing_reader_state_get_entity (briefing_window_get_state (window)) ==
                 briefing_sidebar_item_get_entity (person));

  g_assert_true (send_key_to (sidebar, GDK_KEY_Up));
  wait_for_paint (GTK_WIDGET (window));
  g_assert_true (briefing_sidebar_item_get_topic (focused_sidebar_item (window)) == topic);
  g_assert_true (briefing_reader_state_get_topic (briefing_window_get_state (window)) == topic);

  /* Between rows, the list's own arrows move. */
  g_assert_false (send_key_to (sidebar, GDK_KEY_Up));

  destroy_window (window);
}

static gboolean
search_text_is_typed (gpointer window)
{
  return g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (SEARCH_ENTRY (window))), "Zelenskyy") == 0;
}

/* The window has the keyboard: with no window manager, as the pointer
 * came into it. */
static gboolean
is_active (gpointer window)
{
  return gtk_window_is_active (window);
}

/* Keys typed at once after the first Ctrl+F, before the search bar has
 * drawn a frame, reach the entry: real keys, from the X server, while the
 * window cannot draw. */
static void
test_window_search_first_keys (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);

  /* With no window manager, X gives the keys to the window under the pointer. */
  run_xdotool ("mousemove 400 300");
  spin_until (is_active, window);
  /* The search bar slides in, as for a reader: its entry is not on screen yet. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  g_assert_false (gtk_widget_get_mapped (gtk_root_get_focus (GTK_ROOT (window))));
  run_xdotool ("type --delay 5 Zelenskyy");
  spin_until (search_text_is_typed, window);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (SEARCH_ENTRY (window))), ==, "Zelenskyy");
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  destroy_window (window);
}

/* Counts the buttons under @widget whose words a screen reader would say
 * twice: GTK 4.8 names a button after its accessible label *and* the label
 * it shows, so a button showing a label must not carry one too. */
static guint
count_buttons_named_twice (GtkWidget *widget)
{
  guint count = 0;

  if (GTK_IS_BUTTON (widget) && GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (widget))) &&
      gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    {
      g_printerr ("# said twice: %s\n", gtk_label_get_text (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (widget)))));
      count++;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count += count_buttons_named_twice (child);
  return count;
}

static void
append_shown_text (GtkWidget *widget,
                   GString   *text)
{
  if (shown_text (widget) != NULL)
    g_string_append_printf (text, "%s ", shown_text (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    append_shown_text (child, text);
}

/* Counts the widgets under @widget whose description (from a tooltip, in
 * GTK 4.8) repeats words they show, which a screen reader reads already. */
static guint
count_descriptions_repeated (GtkWidget *widget)
{
  const char *tooltip = BRIEFING_IS_CHIP (widget) ? briefing_chip_get_tooltip (BRIEFING_CHIP (widget))
                                                 : gtk_widget_get_tooltip_text (widget);
  guint count = 0;

  if (tooltip != NULL && *tooltip != '\0' &&
      gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION))
    {
      g_autoptr(GString) shown = g_string_new (NULL);

      append_shown_text (widget, shown);
      if (strstr (shown->str, tooltip) != NULL)
        {
          g_printerr ("# description repeats the name: %s\n", tooltip);
          count++;
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count += count_descriptions_repeated (child);
  return count;
}

/* An interview's description and its turns' "See:" links. */
static void
test_window_descriptions (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 2);
  wait_for_paint (GTK_WIDGET (window));
  collect_bound_rows (interview_page (window, 0), rows);
  g_assert_cmpuint (rows->len, >, 0);
  g_assert_cmpuint (count_descriptions_repeated (interview_page (window, 0)), ==, 0);

  destroy_window (window);
}

/* The pages for no report, loading and an error included, shown or not. */
static void
test_window_button_names (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);

  g_assert_cmpuint (count_buttons_named_twice (GTK_WIDGET (window)), ==, 0);

  destroy_window (window);
}

static void
test_window_topic_selection (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);
  BriefingReport *report = briefing_window_get_report (window);
  GListModel *topics = briefing_report_get_topics (report);
  GtkSelectionModel *rows = GTK_SELECTION_MODEL (briefing_sidebar_get_rows (SIDEBAR (window)));

  g_assert_cmpuint (timeline_n_shown (window), ==,
                    g_list_model_get_n_items (briefing_report_get_events (report)));
  g_assert_cmpuint (count_shown_turns (window), ==, briefing_report_get_n_turns (report));

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(BriefingTopic) topic = g_list_model_get_item (topics, i);

      /* As a click would: select the row. */
      gtk_selection_model_select_item (rows, i + 1, TRUE);
      wait_for_paint (GTK_WIDGET (window));
      g_assert_true (briefing_reader_state_get_topic (briefing_window_get_state (window)) == topic);
      g_assert_cmpuint (timeline_n_shown (window), ==, briefing_topic_get_n_events (topic));
      g_assert_cmpuint (count_marked (window), ==, briefing_topic_get_n_turns (topic));
      g_assert_cmpstr (adw_view_switcher_title_get_subtitle (SWITCHER_TITLE (window)), ==,
                       briefing_topic_get_title (topic));
      g_assert_true (gtk_revealer_get_reveal_child (SELECTION_BAR (window)));

      /* The selection survives switching pages. */
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 2);
      g_assert_true (adw_view_stack_get_visible_child (VIEW_STACK (window)) ==
                     interview_page (window, 0));
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 1);
      g_assert_true (adw_view_stack_get_visible_child (VIEW_STACK (window)) == TIMELINE_VIEW (window));
      g_assert_true (briefing_reader_state_get_topic (briefing_window_get_state (window)) == topic);
      g_assert_cmpuint (timeline_n_shown (window), ==, briefing_topic_get_n_events (topic));

      /* Only the marked turns, then all again; not offered when none is marked. */
      gtk_widget_activate_action (GTK_WIDGET (window), "win.only-marked", NULL);
      if (briefing_topic_get_n_turns (topic) == 0)
        {
          g_assert_false (briefing_reader_state_get_only_marked (briefing_window_get_state (window)));
          continue;
        }
      g_assert_true (briefing_reader_state_get_only_marked (briefing_window_get_state (window)));
      g_assert_cmpuint (count_shown_turns (window), ==, briefing_topic_get_n_turns (topic));
      gtk_widget_activate_action (GTK_WIDGET (window), "win.only-marked", NULL);
      g_assert_false (briefing_reader_state_get_only_marked (briefing_window_get_state (window)));
      g_assert_cmpuint (count_shown_turns (window), ==, briefing_report_get_n_turns (report));
    }

  /* A person */
  {
    GListModel *entities = briefing_report_get_entities (report);
    g_autoptr(BriefingEntity) entity = g_list_model_get_item (entities, 0);

    briefing_reader_state_set_entity (briefing_window_get_state (window), entity);
    g_assert_null (briefing_reader_state_get_topic (briefing_window_get_state (window)));
    g_assert_cmpuint (timeline_n_shown (window), ==, briefing_entity_get_n_events (entity));
    g_assert_cmpuint (count_marked (window), ==, briefing_entity_get_n_turns (entity));
    g_assert_cmpstr (adw_view_switcher_title_get_subtitle (SWITCHER_TITLE (window)), ==,
                     briefing_entity_get_name (entity));
  }

  /* A chip clicked in the timeline selects its topic in the sidebar. */
  {
    g_autoptr(BriefingTopic) topic = g_list_model_get_item (topics, 2);

    click_chip (window, "topic-activated", topic);
    g_assert_true (briefing_reader_state_get_topic (briefing_window_get_state (window)) == topic);
    g_assert_cmpuint (timeline_n_shown (window), ==, briefing_topic_get_n_events (topic));
  }

  /* Back to everything */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-all-topics", NULL);
  g_assert_null (briefing_reader_state_get_topic (briefing_window_get_state (window)));
  g_assert_null (briefing_reader_state_get_entity (briefing_window_get_state (window)));
  g_assert_false (gtk_revealer_get_reveal_child (SELECTION_BAR (window)));
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
  BriefingReaderState *state = briefing_window_get_state (window);

  click_sidebar_row (window, lavrov);
  g_assert_true (briefing_reader_state_get_entity (briefing_window_get_state (window)) == lavrov);
  g_assert_cmpuint (timeline_n_shown (window), ==, briefing_entity_get_n_events (lavrov));
  g_assert_cmpuint (timeline_n_shown (window), <, 13);

  /* "All Topics" clears the entity in every view. */
  click_sidebar_row (window, NULL);
  g_assert_null (briefing_reader_state_get_entity (briefing_window_get_state (window)));
  g_assert_null (briefing_reader_state_get_topic (briefing_window_get_state (window)));
  g_assert_cmpuint (timeline_n_shown (window), ==, 13);
  g_assert_null (briefing_reader_state_get_entity (state));
  g_assert_cmpuint (count_marked (window), ==, 0);
  g_assert_cmpuint (count_shown_turns (window), ==, briefing_report_get_n_turns (report));
  g_assert_false (gtk_revealer_get_reveal_child (SELECTION_BAR (window)));

  destroy_window (window);
}

/* Whether the focus is on a row of the timeline: on its list item. */
static gboolean
focus_in_event_row (gpointer window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && BRIEFING_IS_EVENT_ROW (gtk_widget_get_first_child (focus));
}

/* Whether the focus is on the built row of the window's "jump-target". */
static gboolean
focus_on_jump_target (gpointer window)
{
  GtkWidget *row;

  if (!focus_in_event_row (window))
    return FALSE;
  row = gtk_widget_get_first_child (gtk_root_get_focus (GTK_ROOT (window)));
  return briefing_event_row_get_event (BRIEFING_EVENT_ROW (row)) == g_object_get_data (window, "jump-target") &&
         briefing_lazy_row_get_built (BRIEFING_LAZY_ROW (row));
}

static void
test_window_jump_after_entity (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);
  BriefingReport *report = briefing_window_get_report (window);
  BriefingEntity *kharkiv = find_entity (report, "kharkiv");
  BriefingEvent *inside = find_event (report, "kharkiv-s400-confirmed");
  BriefingEvent *outside = find_event (report, "choe-pledges-support");
  GtkWidget *chat = interview_page (window, 0);

  g_assert_true (briefing_event_involves (inside, kharkiv));
  g_assert_false (briefing_event_involves (outside, kharkiv));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 2);

  /* An event of the selection: the selection stays. */
  click_sidebar_row (window, kharkiv);
  g_signal_emit_by_name (chat, "event-activated", inside);
  g_assert_true (adw_view_stack_get_visible_child (VIEW_STACK (window)) == TIMELINE_VIEW (window));
  g_assert_true (briefing_reader_state_get_entity (briefing_window_get_state (window)) == kharkiv);
  g_assert_cmpuint (timeline_n_shown (window), ==, briefing_entity_get_n_events (kharkiv));

  /* One outside it: everything is shown again, and the event found. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 2);
  g_signal_emit_by_name (chat, "event-activated", outside);
  g_assert_true (adw_view_stack_get_visible_child (VIEW_STACK (window)) == TIMELINE_VIEW (window));
  g_assert_null (briefing_reader_state_get_entity (briefing_window_get_state (window)));
  g_assert_cmpuint (timeline_n_shown (window), ==, 13);
  g_assert_cmpuint (count_marked (window), ==, 0);
  g_assert_true (list_contains (briefing_report_list_view_get_items (BRIEFING_REPORT_LIST_VIEW (TIMELINE_VIEW (window))),
                                 outside));

  /* The keyboard follows the jump: the event's row gets the focus, built
   * (once the frame after the jump is laid out). */
  g_object_set_data (G_OBJECT (window), "jump-target", outside);
  spin_until (focus_on_jump_target, window);

  destroy_window (window);
}

/* What can be done follows the state, the loading and the leaflet: the
 * buttons of the actions say so. */
static void
test_window_actions_follow_state (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);
  BriefingReaderState *state = briefing_window_get_state (window);
  GListModel *topics = briefing_report_get_topics (briefing_window_get_report (window));
  g_autoptr(BriefingTopic) topic = g_list_model_get_item (topics, 0);
  g_autoptr(GFile) sample = sample_file ();
  GtkWidget *all_topics = window_actionable (window, "win.show-all-topics");
  GtkWidget *clear_period = window_actionable (window, "win.clear-period");
  GtkWidget *go_back = window_actionable (window, "win.go-back");
  GtkWidget *cancel = window_actionable (window, "win.cancel-loading");

  g_assert_false (gtk_widget_get_sensitive (all_topics));
  briefing_reader_state_set_topic (state, topic);
  g_assert_true (gtk_widget_get_sensitive (all_topics));
  briefing_reader_state_set_selection (state, NULL, NULL);
  g_assert_false (gtk_widget_get_sensitive (all_topics));

  g_assert_false (gtk_widget_get_sensitive (clear_period));
  briefing_reader_state_set_period (state, 738000, 739000);
  g_assert_true (gtk_widget_get_sensitive (clear_period));
  briefing_reader_state_clear_period (state);
  g_assert_false (gtk_widget_get_sensitive (clear_period));

  /* Wide, the sidebar is beside the content: nothing to go back to. */
  g_assert_false (adw_leaflet_get_folded (LEAFLET (window)));
  g_assert_false (gtk_widget_get_sensitive (go_back));

  g_assert_false (gtk_widget_get_sensitive (cancel));
  briefing_window_open (window, sample);
  g_assert_true (gtk_widget_get_sensitive (cancel));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-loading", NULL);
  g_assert_false (gtk_widget_get_sensitive (cancel));

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
  g_assert_false (gtk_widget_get_sensitive (ONLY_MARKED_BUTTON (window)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.only-marked", NULL);
  g_assert_false (briefing_reader_state_get_only_marked (briefing_window_get_state (window)));
  g_assert_cmpuint (count_shown_turns (window), ==, n_turns);

  click_sidebar_row (window, kharkiv);
  g_assert_true (gtk_widget_get_sensitive (ONLY_MARKED_BUTTON (window)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.only-marked", NULL);
  g_assert_true (briefing_reader_state_get_only_marked (briefing_window_get_state (window)));
  g_assert_cmpuint (count_shown_turns (window), ==, briefing_entity_get_n_turns (kharkiv));

  /* Clearing the selection turns it off and shows every turn again. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-all-topics", NULL);
  g_assert_false (briefing_reader_state_get_only_marked (briefing_window_get_state (window)));
  g_assert_false (gtk_widget_get_sensitive (ONLY_MARKED_BUTTON (window)));
  g_assert_cmpuint (count_shown_turns (window), ==, n_turns);

  /* The same from the sidebar's "All Topics" row. */
  click_sidebar_row (window, kharkiv);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.only-marked", NULL);
  g_assert_true (briefing_reader_state_get_only_marked (briefing_window_get_state (window)));
  click_sidebar_row (window, NULL);
  g_assert_false (briefing_reader_state_get_only_marked (briefing_window_get_state (window)));
  g_assert_cmpuint (count_shown_turns (window), ==, n_turns);

  /* Another selection keeps it. */
  click_sidebar_row (window, kharkiv);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.only-marked", NULL);
  {
    g_autoptr(BriefingTopic) topic = g_list_model_get_item (briefing_report_get_topics (report), 0);

    click_sidebar_row (window, topic);
    g_assert_true (briefing_reader_state_get_only_marked (briefing_window_get_state (window)));
    g_assert_cmpuint (count_shown_turns (window), ==, briefing_topic_get_n_turns (topic));
  }

  destroy_window (window);
}

/* A change of selection reaches the window once, and each view once. */
static void
test_window_selection_changed_once (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);
  BriefingReport *report = briefing_window_get_report (window);
  g_autoptr(BriefingTopic) topic = g_list_model_get_item (briefing_report_get_topics (report), 0);
  BriefingEntity *kharkiv = find_entity (report, "kharkiv");
  GListModel *shown = briefing_report_list_view_get_items (BRIEFING_REPORT_LIST_VIEW (TIMELINE_VIEW (window)));
  guint n_selection_changes = 0, n_list_changes = 0, n_marked_notifies = 0;

  /* Each change told in one span, not as its runs: one update, one signal. */
  briefing_subset_list_set_max_runs (BRIEFING_SUBSET_LIST (shown), 1);
  click_sidebar_row (window, topic);
  g_signal_connect_swapped (briefing_window_get_state (window), "selection-changed", G_CALLBACK (count_cb), &n_selection_changes);
  g_signal_connect_swapped (shown, "items-changed", G_CALLBACK (count_cb), &n_list_changes);
  g_signal_connect_swapped (interview_page (window, 0), "notify::n-marked",
                            G_CALLBACK (count_cb), &n_marked_notifies);

  /* A topic to an entity changes both properties. */
  click_sidebar_row (window, kharkiv);
  g_assert_cmpuint (n_selection_changes, ==, 1);
  g_assert_cmpuint (n_list_changes, ==, 1);
  g_assert_cmpuint (n_marked_notifies, ==, 1);
  g_assert_cmpuint (timeline_n_shown (window), ==, briefing_entity_get_n_events (kharkiv));

  /* The same row again: nothing. */
  briefing_reader_state_set_entity (briefing_window_get_state (window), kharkiv);
  g_assert_cmpuint (n_selection_changes, ==, 1);

  /* And back to all. */
  click_sidebar_row (window, NULL);
  g_assert_cmpuint (n_selection_changes, ==, 2);
  g_assert_cmpuint (n_list_changes, ==, 2);
  g_assert_cmpuint (timeline_n_shown (window), ==, 13);

  g_signal_handlers_disconnect_by_func (briefing_window_get_state (window), count_cb, &n_selection_changes);
  g_signal_handlers_disconnect_by_func (shown, count_cb, &n_list_changes);
  g_signal_handlers_disconnect_by_func (interview_page (window, 0), count_cb,
                                        &n_marked_notifies);
  destroy_window (window);
}

static gboolean
search_applied (gpointer data)
{
  BriefingWindow *window = data;
  const char *text = briefing_reader_state_get_search_text (briefing_window_get_state (window));

  return g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (SEARCH_ENTRY (window)))) == 0;
}

static void
test_window_search (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);
  BriefingReport *report = briefing_window_get_report (window);
  GListModel *events = briefing_report_get_events (report);
  g_autoptr(BriefingInterview) interview = g_list_model_get_item (briefing_report_get_interviews (report), 0);
  GListModel *turns = briefing_interview_get_turns (interview);
  GtkWidget *interview_view = interview_page (window, 0);
  BriefingReaderState *state = briefing_window_get_state (window);
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
  g_assert_true (gtk_search_bar_get_search_mode (SEARCH_BAR (window)));
  gtk_editable_set_text (GTK_EDITABLE (SEARCH_ENTRY (window)), word);
  spin_until (search_applied, window);

  g_assert_cmpuint (timeline_n_shown (window), ==, n_events);
  g_assert_cmpuint (count_shown_turns (window), ==, n_turns);
  for (guint i = 0; i < g_list_model_get_n_items (turns); i++)
    {
      g_autoptr(BriefingTurn) turn = g_list_model_get_item (turns, i);

      g_assert_cmpint (list_contains (briefing_report_list_view_get_items (BRIEFING_REPORT_LIST_VIEW (interview_view)),
                                      turn), ==,
                       GPOINTER_TO_INT (g_object_get_data (G_OBJECT (turn), "contains")));
    }
  expected_count = g_strdup_printf ("%u events, %u turns", n_events, n_turns);
  g_assert_cmpstr (gtk_label_get_text (SEARCH_COUNT (window)), ==, expected_count);

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
    briefing_reader_state_set_topic (briefing_window_get_state (window), topic);
    g_assert_cmpuint (timeline_n_shown (window), ==, n_topic_events);
    /* The count says what is shown: every turn with the word, marked or not. */
    {
      g_autofree char *count = g_strdup_printf ("%u event%s, %u turn%s", n_topic_events,
                                                n_topic_events == 1 ? "" : "s",
                                                n_turns, n_turns == 1 ? "" : "s");

      g_assert_cmpuint (count_shown_turns (window), ==, n_turns);
      g_assert_cmpstr (gtk_label_get_text (SEARCH_COUNT (window)), ==, count);
    }
    /* With only the marked turns, those among them. */
    gtk_widget_activate_action (GTK_WIDGET (window), "win.only-marked", NULL);
    {
      guint n_marked_matching = 0;
      g_autofree char *count = NULL;

      for (guint i = 0; i < g_list_model_get_n_items (turns); i++)
        {
          g_autoptr(BriefingTurn) turn = g_list_model_get_item (turns, i);

          n_marked_matching += briefing_reader_state_is_turn_marked (state, turn) &&
                               g_object_get_data (G_OBJECT (turn), "contains") != NULL;
        }
      count = g_strdup_printf ("%u event%s, %u turn%s", n_topic_events, n_topic_events == 1 ? "" : "s",
                               n_marked_matching, n_marked_matching == 1 ? "" : "s");
      g_assert_cmpuint (count_shown_turns (window), ==, n_marked_matching);
      g_assert_cmpstr (gtk_label_get_text (SEARCH_COUNT (window)), ==, count);
    }
    briefing_reader_state_set_selection (briefing_window_get_state (window), NULL, NULL);
    g_assert_false (briefing_reader_state_get_only_marked (briefing_window_get_state (window)));
  }

  /* Escape in the entry stops the search, and everything comes back. */
  g_signal_emit_by_name (SEARCH_ENTRY (window), "stop-search");
  g_assert_false (gtk_search_bar_get_search_mode (SEARCH_BAR (window)));
  spin_until (search_applied, window);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (SEARCH_ENTRY (window))), ==, "");
  g_assert_cmpuint (timeline_n_shown (window), ==, g_list_model_get_n_items (events));
  g_assert_cmpuint (count_shown_turns (window), ==, briefing_report_get_n_turns (report));
  g_assert_cmpstr (gtk_label_get_text (SEARCH_COUNT (window)), ==, "");

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

  adw_view_stack_set_visible_child (VIEW_STACK (window), page);
  wait_for_paint (page);
  adjustment = gtk_scrolled_window_get_vadjustment (find_scrolled_window (page));
  do
    {
      int minimum;

      gtk_adjustment_set_value (adjustment, value);
      wait_for_paint (page);
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

  return adw_leaflet_get_folded (LEAFLET (window));
}

static gboolean
switcher_bar_revealed (gpointer data)
{
  BriefingWindow *window = data;

  return adw_view_switcher_bar_get_reveal (SWITCHER_BAR (window));
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
  assert_rows_fit (window, TIMELINE_VIEW (window), 370);
  assert_rows_fit (window, interview_page (window, 0), 370);
  adw_view_stack_set_visible_child (VIEW_STACK (window), TIMELINE_VIEW (window));

  /* The content first, then back to the sidebar */
  g_assert_true (adw_leaflet_get_visible_child (LEAFLET (window)) == CONTENT_PANE (window));
  g_assert_true (gtk_widget_get_visible (SIDEBAR_PANE (window)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  g_assert_true (adw_leaflet_get_visible_child (LEAFLET (window)) == SIDEBAR_PANE (window));

  /* Choosing a topic goes on to the content, narrowed. */
  briefing_reader_state_set_topic (briefing_window_get_state (window), topic);
  g_signal_emit_by_name (SIDEBAR (window), "item-activated");
  g_assert_true (adw_leaflet_get_visible_child (LEAFLET (window)) == CONTENT_PANE (window));
  g_assert_cmpuint (timeline_n_shown (window), ==, briefing_topic_get_n_events (topic));
  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (SWITCHER_TITLE (window)), ==,
                   briefing_topic_get_title (topic));

  /* F9 goes back and forth */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL);
  g_assert_true (adw_leaflet_get_visible_child (LEAFLET (window)) == SIDEBAR_PANE (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL);
  g_assert_true (adw_leaflet_get_visible_child (LEAFLET (window)) == CONTENT_PANE (window));

  /* Pages still switch; the switcher moves to the bottom. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 2);
  g_assert_true (adw_view_stack_get_visible_child (VIEW_STACK (window)) ==
                 interview_page (window, 0));
  /* The title has no room for the switcher: the bar at the bottom shows it. */
  spin_until (switcher_bar_revealed, window);
  g_assert_true (adw_view_switcher_title_get_title_visible (SWITCHER_TITLE (window)));

  destroy_window (window);
}

typedef struct
{
  BriefingWindow *window;
  BriefingTopic  *topic;
} Chosen;

static gboolean
shows_chosen (gpointer data)
{
  Chosen *chosen = data;

  return adw_leaflet_get_visible_child (LEAFLET (chosen->window)) == CONTENT_PANE (chosen->window) &&
         briefing_reader_state_get_topic (briefing_window_get_state (chosen->window)) == chosen->topic;
}

/* A real click on a topic's row, narrow: the topic is chosen and the content
 * shown, as Enter would (the sidebar's one gesture; GTK's list activates on
 * a double click). Showing the content used to drop the click's selection. */
static void
test_window_sidebar_click (void)
{
  BriefingWindow *window = create_window_with_sample (360, 720);
  BriefingReport *report = briefing_window_get_report (window);
  g_autoptr(BriefingTopic) topic = g_list_model_get_item (briefing_report_get_topics (report), 1);
  GtkWidget *list = find_descendant (GTK_WIDGET (SIDEBAR (window)), GTK_TYPE_LIST_VIEW);
  Chosen chosen = { window, topic };
  GtkWidget *row = NULL;
  graphene_point_t center;
  double surface_x, surface_y;
  g_autofree char *click = NULL;

  spin_until (is_folded, window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  g_assert_true (adw_leaflet_get_visible_child (LEAFLET (window)) == SIDEBAR_PANE (window));
  wait_for_paint (GTK_WIDGET (window));
  for (GtkWidget *item = gtk_widget_get_first_child (list); item != NULL; item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *child = gtk_widget_get_first_child (item);

      if (BRIEFING_IS_SIDEBAR_ROW (child) &&
          briefing_sidebar_item_get_topic (briefing_sidebar_row_get_item (BRIEFING_SIDEBAR_ROW (child))) == topic)
        row = child;
    }
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_compute_point (row, GTK_WIDGET (window),
                                           &GRAPHENE_POINT_INIT (gtk_widget_get_width (row) / 2.f,
                                                                 gtk_widget_get_height (row) / 2.f),
                                           &center));
  /* With no window manager, the window stands at the screen's origin. */
  gtk_native_get_surface_transform (GTK_NATIVE (window), &surface_x, &surface_y);
  click = g_strdup_printf ("mousemove --sync %d %d click 1",
                           (int) (center.x + surface_x), (int) (center.y + surface_y));
  run_xdotool (click);
  spin_until (shows_chosen, &chosen);
  g_assert_cmpuint (timeline_n_shown (window), ==, briefing_topic_get_n_events (topic));

  destroy_window (window);
}

/* A report with a long sidebar: 40 topics and 400 entities, an event for
 * each topic, rows of different heights. */
static GFile *
long_sidebar_report (void)
{
  g_autoptr(GString) json = g_string_new ("{\"format\":\"briefing\",\"version\":\"1.0\","
                                          "\"title\":\"A long sidebar\",\"topics\":[");
  g_autoptr(GFileIOStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  GFile *file;

  for (guint i = 0; i < 40; i++)
    g_string_append_printf (json, "%s{\"id\":\"topic-%u\",\"title\":\"Topic %u\"}", i ? "," : "", i, i);
  g_string_append (json, "],\"entities\":[");
  /* Rows of different heights: a role under some names. */
  for (guint i = 0; i < 400; i++)
    g_string_append_printf (json, "%s{\"id\":\"entity-%u\",\"name\":\"Person %u\",\"kind\":\"person\"%s}",
                            i ? "," : "", i, i, i % 3 ? ",\"role\":\"A spokesperson of the ministry\"" : "");
  g_string_append (json, "],\"events\":[");
  for (guint i = 0; i < 40; i++)
    g_string_append_printf (json, "%s{\"id\":\"event-%u\",\"date\":\"2024-10-%02u\",\"headline\":\"Event %u\","
                            "\"topics\":[\"topic-%u\"],\"actors\":[\"entity-%u\"]}",
                            i ? "," : "", i, 1 + i % 28, i, i, i * 10);
  g_string_append (json, "]}");
  file = g_file_new_tmp ("briefing-long-sidebar-XXXXXX.briefing", &stream, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_replace_contents (file, json->str, json->len, NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, &error));
  g_assert_no_error (error);
  return file;
}

/* Whether the sidebar's list shows rows all down its view: no run of
 * height without one longer than the space between two rows. */
static gboolean
sidebar_has_no_blank (BriefingWindow *window)
{
  GtkWidget *list = find_descendant (GTK_WIDGET (SIDEBAR (window)), GTK_TYPE_LIST_VIEW);
  GtkWidget *viewport = gtk_widget_get_parent (list);
  int height = gtk_widget_get_height (viewport);
  int blank_from = -1;

  for (int y = 0; y < height; y += 2)
    {
      graphene_point_t point;
      GtkWidget *picked;

      g_assert_true (gtk_widget_compute_point (viewport, list, &GRAPHENE_POINT_INIT (40, y), &point));
      picked = gtk_widget_pick (list, point.x, point.y, GTK_PICK_DEFAULT);
      if (picked != NULL && picked != list)
        blank_from = -1;
      else if (blank_from < 0)
        blank_from = y;
      else if (y - blank_from > 24)
        return FALSE;
    }
  return TRUE;
}

/* Whether the sidebar row of the state's topic or entity is whole in view. */
static gboolean
sidebar_shows_choice (gpointer window)
{
  BriefingReaderState *state = briefing_window_get_state (window);
  GtkWidget *list = find_descendant (GTK_WIDGET (SIDEBAR (window)), GTK_TYPE_LIST_VIEW);
  GtkWidget *viewport = gtk_widget_get_parent (list);

  for (GtkWidget *item = gtk_widget_get_first_child (list); item != NULL; item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);
      graphene_rect_t bounds;

      if (BRIEFING_IS_SIDEBAR_ROW (row) && gtk_widget_get_mapped (row) &&
          briefing_sidebar_item_chooses (briefing_sidebar_row_get_item (BRIEFING_SIDEBAR_ROW (row)),
                                         briefing_reader_state_get_topic (state),
                                         briefing_reader_state_get_entity (state)))
        return gtk_widget_compute_bounds (row, viewport, &bounds) && bounds.origin.y >= 0 &&
               bounds.origin.y + bounds.size.height <= gtk_widget_get_height (viewport);
    }
  return FALSE;
}

/* A topic or entity chosen elsewhere (a chip, a link) brings its sidebar
 * row into view, and the list around it shows no blank (GTK 4.8 once left
 * one where its first rows were, told to scroll to a row already in view,
 * with a generated report of 10,000 events: the sidebar scrolls only when
 * the row is not in view; this report has not shown the blank either way). */
static void
test_window_sidebar_follows_choice (void)
{
  BriefingWindow *window = create_window (1280, 800);
  g_autoptr(GFile) file = long_sidebar_report ();
  BriefingReaderState *state = briefing_window_get_state (window);
  BriefingReport *report;
  const guint entities[] = { 3, 200, 399, 0, 5 };

  /* Chosen at once, before the sidebar was ever laid out. */
  open_and_wait (window, file);
  report = briefing_window_get_report (window);
  {
    g_autoptr(BriefingTopic) topic = g_list_model_get_item (briefing_report_get_topics (report), 3);

    briefing_reader_state_set_topic (state, topic);
  }
  spin_until (sidebar_shows_choice, window);
  wait_for_paint (GTK_WIDGET (window));
  g_assert_true (sidebar_has_no_blank (window));
  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    {
      g_autoptr(BriefingTopic) topic = g_list_model_get_item (briefing_report_get_topics (report), entities[i] % 40);
      g_autoptr(BriefingEntity) entity = g_list_model_get_item (briefing_report_get_entities (report), entities[i]);

      briefing_reader_state_set_topic (state, topic);
      spin_until (sidebar_shows_choice, window);
      wait_for_paint (GTK_WIDGET (window));
      g_assert_true (sidebar_has_no_blank (window));
      briefing_reader_state_set_entity (state, entity);
      spin_until (sidebar_shows_choice, window);
      wait_for_paint (GTK_WIDGET (window));
      g_assert_true (sidebar_has_no_blank (window));
    }

  destroy_window (window);
  g_assert_true (g_file_delete (file, NULL, NULL));
}

static void
test_window_wide_sidebar_toggle (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);

  g_assert_false (adw_leaflet_get_folded (LEAFLET (window)));
  g_assert_true (gtk_widget_get_visible (SIDEBAR_PANE (window)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL);
  {
    gboolean show_sidebar;

    g_object_get (window, "show-sidebar", &show_sidebar, NULL);
    g_assert_false (show_sidebar);
  }
  g_assert_false (gtk_widget_get_visible (SIDEBAR_PANE (window)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL);
  g_assert_true (gtk_widget_get_visible (SIDEBAR_PANE (window)));

  destroy_window (window);
}

static void
assert_last_page (const char *expected)
{
  g_autofree char *last = g_settings_get_string (test_window_settings (), "last-page");

  g_assert_cmpstr (last, ==, expected);
}

static void
test_window_pages (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 3);
  g_assert_true (adw_view_stack_get_visible_child (VIEW_STACK (window)) ==
                 OVERVIEW_PAGE (window));
  assert_last_page ("overview");
  /* No fourth page in the sample: nothing changes. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 4);
  g_assert_true (adw_view_stack_get_visible_child (VIEW_STACK (window)) ==
                 OVERVIEW_PAGE (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 2);
  assert_last_page ("interview");
  destroy_window (window);

  /* The next window starts on the last page. */
  window = create_window_with_sample (1280, 800);
  g_assert_true (adw_view_stack_get_visible_child (VIEW_STACK (window)) ==
                 interview_page (window, 0));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 1);
  assert_last_page ("timeline");
  destroy_window (window);
}

static void
test_window_zoom (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);
  double scale;

  g_settings_set_double (test_window_settings (), "text-zoom", 1.0);
  g_assert_cmpfloat_with_epsilon (briefing_reader_state_get_text_scale (briefing_window_get_state (window)), 1.0, 0.001);
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL) &&
                  !G_APPROX_VALUE (briefing_reader_state_get_text_scale (briefing_window_get_state (window)), 1.0, 0.001));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
  g_assert_cmpfloat_with_epsilon (briefing_reader_state_get_text_scale (briefing_window_get_state (window)), 1.2, 0.001);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (test_window_settings (), "text-zoom"), 1.2, 0.001);
  /* The rows on screen follow. */
  scale = first_row_text_scale (TIMELINE_VIEW (window));
  g_assert_cmpfloat_with_epsilon (scale, 1.2, 0.001);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-out", NULL);
  g_assert_cmpfloat_with_epsilon (briefing_reader_state_get_text_scale (briefing_window_get_state (window)), 1.1, 0.001);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL);
  g_assert_cmpfloat_with_epsilon (briefing_reader_state_get_text_scale (briefing_window_get_state (window)), 1.0, 0.001);

  /* The setting drives every window. */
  g_settings_set_double (test_window_settings (), "text-zoom", 0.5);
  g_assert_cmpfloat_with_epsilon (briefing_reader_state_get_text_scale (briefing_window_get_state (window)), 0.5, 0.001);
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-out", NULL) &&
                  briefing_reader_state_get_text_scale (briefing_window_get_state (window)) < 0.5);
  g_settings_reset (test_window_settings (), "text-zoom");
  g_assert_cmpfloat_with_epsilon (briefing_reader_state_get_text_scale (briefing_window_get_state (window)), 1.0, 0.001);

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

  g_object_get (test_window_settings (), "settings-schema", &schema, NULL);
  key = g_settings_schema_get_key (schema, "text-zoom");
  range = g_settings_schema_key_get_range (key);
  g_variant_get (range, "(&sv)", &kind, &bounds);
  g_assert_cmpstr (kind, ==, "range");
  g_variant_get (bounds, "(dd)", &min, &max);
  g_assert_cmpfloat (min, ==, BRIEFING_TEXT_SCALE_MIN);
  g_assert_cmpfloat (max, ==, BRIEFING_TEXT_SCALE_MAX);

  assert_text_scale_range (BRIEFING_TYPE_WINDOW);
  assert_text_scale_range (BRIEFING_TYPE_READER_STATE);
  assert_text_scale_range (BRIEFING_TYPE_EVENT_ROW);
  assert_text_scale_range (BRIEFING_TYPE_TURN_BUBBLE);

  /* At the top, zooming in stops there, and the views follow. */
  window = create_window_with_sample (1280, 800);
  g_settings_set_double (test_window_settings (), "text-zoom", BRIEFING_TEXT_SCALE_MAX - 0.1);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
  g_assert_cmpfloat_with_epsilon (briefing_reader_state_get_text_scale (briefing_window_get_state (window)), BRIEFING_TEXT_SCALE_MAX, 0.001);
  g_assert_cmpfloat_with_epsilon (first_row_text_scale (TIMELINE_VIEW (window)),
                                  BRIEFING_TEXT_SCALE_MAX, 0.001);
  g_settings_reset (test_window_settings (), "text-zoom");
  destroy_window (window);
}

static void
test_window_size_remembered (void)
{
  BriefingWindow *window = create_window (900, 640);

  g_settings_reset (test_window_settings (), "window-width");
  g_settings_reset (test_window_settings (), "window-height");
  wait_for_paint (GTK_WIDGET (window));
  gtk_window_close (GTK_WINDOW (window));
  spin_until (is_only_reference, window);
  g_assert_finalize_object (window);
  g_assert_cmpint (g_settings_get_int (test_window_settings (), "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (test_window_settings (), "window-height"), ==, 640);
  g_assert_false (g_settings_get_boolean (test_window_settings (), "window-maximized"));

  /* The next window opens at that size. */
  window = g_object_new (BRIEFING_TYPE_WINDOW, "settings", test_window_settings (), NULL);
  g_object_ref (window);
  {
    int width, height;

    gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
    g_assert_cmpint (width, ==, 900);
    g_assert_cmpint (height, ==, 640);
  }
  destroy_window (window);
  g_settings_reset (test_window_settings (), "window-width");
  g_settings_reset (test_window_settings (), "window-height");
}

int
main (int   argc,
      char *argv[])
{
  test_window_init (&argc, &argv);

  g_test_add_func ("/window/sidebar-counts", test_window_sidebar_counts);
  g_test_add_func ("/window/sidebar-arrows", test_window_sidebar_arrows);
  g_test_add_func ("/window/topic-selection", test_window_topic_selection);
  g_test_add_func ("/window/entity-then-all", test_window_entity_then_all);
  g_test_add_func ("/window/jump-after-entity", test_window_jump_after_entity);
  g_test_add_func ("/window/actions-follow-state", test_window_actions_follow_state);
  g_test_add_func ("/window/only-marked-needs-selection", test_window_only_marked_needs_selection);
  g_test_add_func ("/window/selection-changed-once", test_window_selection_changed_once);
  g_test_add_func ("/window/button-names", test_window_button_names);
  g_test_add_func ("/window/descriptions", test_window_descriptions);
  g_test_add_func ("/window/search", test_window_search);
  g_test_add_func ("/window/search-first-keys", test_window_search_first_keys);
  g_test_add_func ("/window/narrow", test_window_narrow);
  g_test_add_func ("/window/sidebar-click", test_window_sidebar_click);
  g_test_add_func ("/window/sidebar-follows-choice", test_window_sidebar_follows_choice);
  g_test_add_func ("/window/wide-sidebar-toggle", test_window_wide_sidebar_toggle);
  g_test_add_func ("/window/pages", test_window_pages);
  g_test_add_func ("/window/zoom", test_window_zoom);
  g_test_add_func ("/window/text-scale-range", test_window_text_scale_range);
  g_test_add_func ("/window/size-remembered", test_window_size_remembered);

  return test_window_run ();
}
