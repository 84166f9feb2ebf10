/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The reader window read as a demanding reader does: several interviews
 * told apart, a search followed from match to match across pages. */
#include "config.h"

#include <adwaita.h>

#include "briefing-application.h"
#include "briefing-chip.h"
#include "briefing-copy-text.h"
#include "briefing-event-row.h"
#include "briefing-interview-view.h"
#include "briefing-sidebar-item.h"
#include "briefing-sidebar-row.h"
#include "briefing-turn-bubble.h"
#include "test-sample.h"
#include "test-ui.h"
#include "test-window-util.h"

/* The tooltips of the buttons of the switcher shown. */
static void
collect_tooltips (GtkWidget *widget,
                  GPtrArray *tooltips)
{
  g_autoptr(GPtrArray) switchers = g_ptr_array_new ();

  collect_descendants (widget, ADW_TYPE_VIEW_SWITCHER, switchers);
  g_assert_cmpuint (switchers->len, ==, 1);
  for (guint i = 0; i < switchers->len; i++)
    for (GtkWidget *button = gtk_widget_get_first_child (g_ptr_array_index (switchers, i));
         button != NULL;
         button = gtk_widget_get_next_sibling (button))
      if (gtk_widget_get_tooltip_text (button) != NULL)
        g_ptr_array_add (tooltips, (gpointer) gtk_widget_get_tooltip_text (button));
}

static const char *
page_title (BriefingWindow *window,
            GtkWidget      *child)
{
  return adw_view_stack_page_get_title (adw_view_stack_get_page (VIEW_STACK (window), child));
}

/* Three interviews at 1,100 px: named by their titles, whole in the
 * tooltips, and the switcher keeps its place in the header bar. */
static void
test_window_interview_tabs (void)
{
  BriefingWindow *window = create_window (1100, 800);
  g_autoptr(GFile) file = data_file ("valid", "interviews.briefing");
  g_autoptr(GPtrArray) tooltips = g_ptr_array_new ();

  open_and_wait (window, file);
  g_assert_cmpuint (count_interview_pages (window), ==, 3);
  g_assert_cmpstr (page_title (window, interview_page (window, 0)), ==, "On the field");
  g_assert_cmpstr (page_title (window, interview_page (window, 1)), ==, "Panel: after…");
  g_assert_cmpstr (page_title (window, interview_page (window, 2)), ==, "Announced, not…");

  wait_for_paint (GTK_WIDGET (window));
  g_assert_false (adw_view_switcher_title_get_title_visible (SWITCHER_TITLE (window)));
  g_assert_false (adw_view_switcher_bar_get_reveal (SWITCHER_BAR (window)));

  /* The two shortened, whole. */
  collect_tooltips (GTK_WIDGET (window), tooltips);
  g_assert_cmpuint (tooltips->len, ==, 2);
  g_assert_true (g_ptr_array_find_with_equal_func (tooltips, "Panel: after the harvest", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (tooltips, "Announced, not yet recorded", g_str_equal, NULL));

  destroy_window (window);
}

/* Real keys, from the X server to the window under the pointer (there is
 * no window manager), as a reader presses them. */
static void
press_keys (const char *keys)
{
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  g_autoptr(GError) error = NULL;
  int status;

  if (xdotool == NULL)
    g_error ("xdotool not found: install xdotool (tools/debian-packages.txt)");
  g_assert_true (g_spawn_sync (NULL, (char *[]) { xdotool, "mousemove", "400", "300", "key", (char *) keys, NULL },
                               NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

static guint
badge (BriefingWindow *window,
       GtkWidget      *child)
{
  return adw_view_stack_page_get_badge_number (adw_view_stack_get_page (VIEW_STACK (window), child));
}

static gboolean
query_is (BriefingWindow *window,
          const char     *query)
{
  return g_strcmp0 (briefing_reader_state_get_query (briefing_window_get_state (window)), query) == 0;
}

typedef struct
{
  BriefingWindow *window;
  GtkWidget      *page;
  const char     *text;   /* the focused row's headline or turn */
} Landing;

/* The page shown is @page, and the focus on its row of @text, built. */
static gboolean
landed (gpointer data)
{
  Landing *landing = data;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (landing->window));
  GtkWidget *row = focus != NULL ? gtk_widget_get_first_child (focus) : NULL;

  if (adw_view_stack_get_visible_child (VIEW_STACK (landing->window)) != landing->page || row == NULL ||
      !gtk_widget_is_ancestor (row, landing->page))
    return FALSE;
  if (BRIEFING_IS_EVENT_ROW (row))
    return g_strcmp0 (briefing_event_get_headline (briefing_event_row_get_event (BRIEFING_EVENT_ROW (row))),
                      landing->text) == 0;
  if (BRIEFING_IS_TURN_BUBBLE (row))
    return g_strcmp0 (briefing_turn_get_text (briefing_turn_bubble_get_turn (BRIEFING_TURN_BUBBLE (row))),
                      landing->text) == 0;
  return FALSE;
}

static gboolean
page_is (gpointer data)
{
  Landing *landing = data;

  return adw_view_stack_get_visible_child (VIEW_STACK (landing->window)) == landing->page;
}

/* The figures beside the search entry. */
static const char *
search_count_text (BriefingWindow *window)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_descendants (GTK_WIDGET (SEARCH_BAR (window)), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "numeric"))
      return gtk_label_get_text (g_ptr_array_index (labels, i));
  g_assert_not_reached ();
}

/* "ships" is in one event and in one turn of the second interview: the tabs
 * count them, and Enter, Ctrl+G and Shift+Ctrl+G go from one to the other,
 * round, over the interview without any. */
static void
test_window_find_next (void)
{
  BriefingWindow *window = create_window (1100, 800);
  g_autoptr(GFile) file = data_file ("valid", "interviews.briefing");
  GtkWidget *entry;
  GtkWidget *timeline, *panel;

  open_and_wait (window, file);
  entry = GTK_WIDGET (SEARCH_ENTRY (window));
  timeline = TIMELINE_VIEW (window);
  panel = interview_page (window, 1);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 2);
  /* Nothing searched, nowhere to go. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.find-next", NULL);
  g_assert_true (adw_view_stack_get_visible_child (VIEW_STACK (window)) == interview_page (window, 0));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "ships");
  while (!query_is (window, "ships"))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (badge (window, timeline), ==, 1);
  g_assert_cmpuint (badge (window, interview_page (window, 0)), ==, 0);
  g_assert_cmpuint (badge (window, panel), ==, 1);
  g_assert_cmpuint (badge (window, interview_page (window, 2)), ==, 0);
  g_assert_cmpuint (badge (window, OVERVIEW_PAGE (window)), ==, 0);
  /* The interview shown has none, and says where they are. */
  {
    GtkWidget *empty_page = find_descendant (interview_page (window, 0), ADW_TYPE_STATUS_PAGE);
    const char *empty = adw_status_page_get_description (ADW_STATUS_PAGE (empty_page));

    g_assert_cmpstr (empty, ==, "No turn of this interview mentions what you searched for; "
                                "the other pages’ tabs count their matches, and Enter goes to the next one.");
  }

  /* Enter in the entry: from the first interview, shown, to the next match,
   * the second's; the keyboard stays in the entry to type on. */
  wait_for_paint (GTK_WIDGET (window));
  g_assert_cmpstr (search_count_text (window), ==, "1 event, 1 turn");
  press_keys ("Return");
  spin_until (page_is, &(Landing) { window, panel, NULL });
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), entry));
  /* Which of all the matches it is. */
  g_assert_cmpstr (search_count_text (window), ==, "2 of 2");
  /* Then round to the timeline's. */
  press_keys ("ctrl+g");
  spin_until (page_is, &(Landing) { window, timeline, NULL });
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), entry));
  g_assert_cmpstr (search_count_text (window), ==, "1 of 2");

  /* Out of the entry, the focus goes along. */
  {
    g_autoptr(GPtrArray) lists = g_ptr_array_new ();

    collect_descendants (timeline, GTK_TYPE_LIST_VIEW, lists);
    g_assert_cmpuint (lists->len, ==, 1);
    g_assert_true (gtk_widget_grab_focus (g_ptr_array_index (lists, 0)));
  }
  press_keys ("ctrl+g");
  spin_until (landed, &(Landing) { window, panel, "Will the ships sail?" });
  press_keys ("ctrl+shift+g");
  spin_until (landed, &(Landing) { window, timeline, "First ships leave port" });
  press_keys ("ctrl+shift+g");
  spin_until (landed, &(Landing) { window, panel, "Will the ships sail?" });

  /* Nothing found: nowhere to go. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "zeppelin");
  while (!query_is (window, "zeppelin"))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (badge (window, timeline), ==, 0);
  g_assert_cmpuint (badge (window, panel), ==, 0);
  /* A new search: its counts again. */
  g_assert_cmpstr (search_count_text (window), ==, "0 events, 0 turns");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.find-next", NULL);
  g_assert_true (adw_view_stack_get_visible_child (VIEW_STACK (window)) == panel);

  /* No search, no badges. */
  g_signal_emit_by_name (entry, "stop-search");
  while (!query_is (window, ""))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (badge (window, timeline), ==, 0);
  g_assert_cmpuint (badge (window, panel), ==, 0);

  destroy_window (window);
}

typedef struct
{
  GtkWidget *view;                          /* a list's, the sidebar or a page */
  gboolean (*shows) (GtkWidget *row, gpointer item);
  gpointer   item;
} RowOnScreen;

static gboolean
bubble_shows (GtkWidget *row,
              gpointer   turn)
{
  return BRIEFING_IS_TURN_BUBBLE (row) && briefing_turn_bubble_get_turn (BRIEFING_TURN_BUBBLE (row)) == turn;
}

static gboolean
sidebar_row_shows (GtkWidget *row,
                   gpointer   entity)
{
  return BRIEFING_IS_SIDEBAR_ROW (row) &&
         briefing_sidebar_item_get_entity (briefing_sidebar_row_get_item (BRIEFING_SIDEBAR_ROW (row))) == entity;
}

/* The row showing the item is bound, and its top inside its scrolled window. */
static gboolean
row_on_screen (gpointer data)
{
  RowOnScreen *wanted = data;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_bound_rows (wanted->view, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      GtkWidget *scrolled = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
      graphene_rect_t bounds;

      if (wanted->shows (row, wanted->item) && gtk_widget_get_mapped (row) &&
          gtk_widget_compute_bounds (row, scrolled, &bounds))
        return bounds.origin.y >= 0 && bounds.origin.y < gtk_widget_get_height (scrolled);
    }
  return FALSE;
}

/* The turn of @interview a topic first marks, and the topic whose is last. */
static BriefingTopic *
topic_marking_late (BriefingWindow    *window,
                    BriefingInterview *interview,
                    BriefingTurn     **first_marked)
{
  BriefingReaderState *state = briefing_window_get_state (window);
  GListModel *topics = briefing_report_get_topics (briefing_window_get_report (window));
  GListModel *turns = briefing_interview_get_turns (interview);
  BriefingTopic *latest = NULL;
  guint latest_index = 0;

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(BriefingTopic) topic = g_list_model_get_item (topics, i);

      briefing_reader_state_set_topic (state, topic);
      for (guint t = 0; t < g_list_model_get_n_items (turns); t++)
        {
          g_autoptr(BriefingTurn) turn = g_list_model_get_item (turns, t);

          if (!briefing_reader_state_is_turn_marked (state, turn))
            continue;
          if (t > latest_index)
            {
              latest_index = t;
              latest = topic;
              *first_marked = turn;
            }
          break;
        }
    }
  briefing_reader_state_set_selection (state, NULL, NULL);
  g_assert_cmpuint (latest_index, >=, 6);
  return latest;
}

static GtkWidget *
only_marked_button (BriefingWindow *window)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect_descendants (GTK_WIDGET (window), GTK_TYPE_TOGGLE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), "win.only-marked") == 0)
      return g_ptr_array_index (buttons, i);
  g_assert_not_reached ();
}

/* A topic chosen while an interview is read shows its first marked turn;
 * "Only Marked Turns" is offered only when a turn is marked. */
static void
test_window_topic_on_interview (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 360);
  GtkWidget *page = interview_page (window, 0);
  BriefingInterview *interview = briefing_interview_view_get_interview (BRIEFING_INTERVIEW_VIEW (page));
  GListModel *topics = briefing_report_get_topics (briefing_window_get_report (window));
  BriefingTurn *first_marked = NULL;
  BriefingTopic *topic, *unmarking = NULL;

  /* Chosen while the timeline is read, nothing moves in the interview. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 1);
  topic = topic_marking_late (window, interview, &first_marked);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 2);
  wait_for_paint (GTK_WIDGET (window));
  g_assert_false (row_on_screen (&(RowOnScreen) { page, bubble_shows, first_marked }));
  click_sidebar_row (window, topic);
  spin_until (row_on_screen, &(RowOnScreen) { page, bubble_shows, first_marked });
  g_assert_true (gtk_widget_get_sensitive (only_marked_button (window)));

  for (guint i = 0; i < g_list_model_get_n_items (topics) && unmarking == NULL; i++)
    {
      g_autoptr(BriefingTopic) candidate = g_list_model_get_item (topics, i);

      if (briefing_topic_get_n_turns (candidate) == 0)
        unmarking = candidate;
    }
  g_assert_nonnull (unmarking);
  click_sidebar_row (window, unmarking);
  g_assert_true (gtk_widget_get_visible (only_marked_button (window)));
  g_assert_false (gtk_widget_get_sensitive (only_marked_button (window)));
  /* On: it can be turned off whatever is chosen. */
  click_sidebar_row (window, topic);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.only-marked", NULL);
  g_assert_true (briefing_reader_state_get_only_marked (briefing_window_get_state (window)));
  click_sidebar_row (window, unmarking);
  g_assert_true (gtk_widget_get_sensitive (only_marked_button (window)));

  destroy_window (window);
}

/* A chip chooses an entity: the sidebar shows its row. */
static void
test_window_chip_scrolls_sidebar (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 480);
  GListModel *rows = briefing_sidebar_get_rows (SIDEBAR (window));
  g_autoptr(BriefingSidebarItem) last = g_list_model_get_item (rows, g_list_model_get_n_items (rows) - 1);
  BriefingEntity *entity = briefing_sidebar_item_get_entity (last);
  RowOnScreen wanted = { GTK_WIDGET (SIDEBAR (window)), sidebar_row_shows, entity };

  GtkWidget *focus;

  g_assert_nonnull (entity);
  g_assert_false (row_on_screen (&wanted));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 1);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  /* As the timeline does for a chip's "entity-activated". */
  briefing_reader_state_set_entity (briefing_window_get_state (window), entity);
  spin_until (row_on_screen, &wanted);
  /* The keyboard stays where the chip was. */
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == focus);

  destroy_window (window);
}

/* The sidebar row of @entity, bound. */
static GtkWidget *
bound_sidebar_row (BriefingWindow *window,
                   BriefingEntity *entity)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_bound_rows (GTK_WIDGET (SIDEBAR (window)), rows);
  for (guint i = 0; i < rows->len; i++)
    if (sidebar_row_shows (g_ptr_array_index (rows, i), entity))
      return g_ptr_array_index (rows, i);
  return NULL;
}

/* An entity the report lists but no event or turn names (Telegram in the
 * sample) stays in the sidebar, dimmed and "Not mentioned", not "0 events";
 * a period does not count it anew. */
static void
test_window_sidebar_unmentioned (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 2000);
  BriefingReport *report = briefing_window_get_report (window);
  BriefingEntity *telegram = find_entity (report, "telegram");
  BriefingEntity *kharkiv = find_entity (report, "kharkiv");
  GListModel *rows = briefing_sidebar_get_rows (SIDEBAR (window));
  GtkWidget *row;
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();

  g_assert_cmpuint (briefing_entity_get_n_events (telegram) + briefing_entity_get_n_turns (telegram), ==, 0);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(BriefingSidebarItem) item = g_list_model_get_item (rows, i);
      BriefingEntity *entity = briefing_sidebar_item_get_entity (item);

      if (entity == telegram)
        {
          g_assert_cmpstr (briefing_sidebar_item_get_caption (item), ==, "Not mentioned");
          g_assert_true (briefing_sidebar_item_get_unmentioned (item));
          g_assert_false (briefing_sidebar_item_set_counts (item, 0, 0));
          g_assert_cmpstr (briefing_sidebar_item_get_caption (item), ==, "Not mentioned");
        }
      else if (entity == kharkiv)
        g_assert_false (briefing_sidebar_item_get_unmentioned (item));
    }
  wait_for_paint (GTK_WIDGET (window));
  row = bound_sidebar_row (window, telegram);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_has_css_class (row, "dim-label"));
  collect_labels (row, texts);
  g_assert_true (g_ptr_array_find_with_equal_func (texts, "Not mentioned", g_str_equal, NULL));
  row = bound_sidebar_row (window, kharkiv);
  g_assert_nonnull (row);
  g_assert_false (gtk_widget_has_css_class (row, "dim-label"));

  destroy_window (window);
}

static GtkWidget *
find_button_labelled (GtkWidget  *widget,
                      const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button_labelled (child, label)) != NULL)
        return found;
    }
  return NULL;
}

/* A link to an event outside the entity chosen shows all topics, says so,
 * and "Undo" goes back. */
static void
test_window_link_outside_selection (void)
{
  BriefingWindow *window = create_window (1100, 800);
  g_autoptr(GFile) file = data_file ("valid", "interviews.briefing");
  BriefingReaderState *state = briefing_window_get_state (window);
  BriefingReport *report;
  BriefingEntity *ministry;
  BriefingEvent *harvest;

  open_and_wait (window, file);
  report = briefing_window_get_report (window);
  ministry = find_entity (report, "ministry");
  harvest = find_event (report, "harvest");
  g_assert_false (briefing_event_involves (harvest, ministry));
  briefing_reader_state_set_entity (state, ministry);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 2);
  g_assert_null (find_button_labelled (GTK_WIDGET (window), "_Undo"));

  /* As the turn's "See: Harvest ends early" does. */
  g_signal_emit_by_name (interview_page (window, 0), "event-activated", harvest);
  g_assert_null (briefing_reader_state_get_entity (state));
  g_assert_true (adw_view_stack_get_visible_child (VIEW_STACK (window)) == TIMELINE_VIEW (window));
  g_assert_nonnull (find_button_labelled (GTK_WIDGET (window), "_Undo"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-show-all", NULL);
  g_assert_true (briefing_reader_state_get_entity (state) == ministry);
  g_assert_true (adw_view_stack_get_visible_child (VIEW_STACK (window)) == interview_page (window, 0));

  destroy_window (window);
}

static gboolean
no_undo (gpointer window)
{
  return find_button_labelled (window, "_Undo") == NULL;
}

static gboolean
is_gone (gpointer pointer)
{
  return *(gpointer *) pointer == NULL;
}

/* The file read again while "Undo" is offered: the new report has no such
 * choice to go back to, so the toast goes, and the old report with it. */
static void
test_window_undo_after_reload (void)
{
  BriefingWindow *window = create_window (1100, 800);
  g_autoptr(GFile) file = data_file ("valid", "interviews.briefing");
  BriefingReaderState *state = briefing_window_get_state (window);
  BriefingReport *report;

  open_and_wait (window, file);
  report = briefing_window_get_report (window);
  briefing_reader_state_set_entity (state, find_entity (report, "ministry"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 2);
  g_signal_emit_by_name (interview_page (window, 0), "event-activated", find_event (report, "harvest"));
  g_assert_nonnull (find_button_labelled (GTK_WIDGET (window), "_Undo"));
  g_object_add_weak_pointer (G_OBJECT (report), (gpointer *) &report);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL);
  spin_until (is_not_loading, window);
  g_assert_true (briefing_window_get_report (window) != report);
  spin_until (no_undo, window);
  spin_until (is_gone, &report);

  destroy_window (window);
}

static GtkWidget *
find_descendant_named (GtkWidget  *widget,
                       GType       type,
                       const char *css_class)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_descendants (widget, type, found);
  for (guint i = 0; i < found->len; i++)
    if (css_class == NULL || gtk_widget_has_css_class (g_ptr_array_index (found, i), css_class))
      return g_ptr_array_index (found, i);
  return NULL;
}

/* The main menu's item that resets the zoom: its label, and whether it has an icon. */
static char *
zoom_reset_label (BriefingWindow *window,
                  gboolean       *has_icon)
{
  GMenuModel *menu = window_main_menu (window);

  for (int s = 0; s < g_menu_model_get_n_items (menu); s++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, s, G_MENU_LINK_SECTION);

      for (int i = 0; section != NULL && i < g_menu_model_get_n_items (section); i++)
        {
          g_autofree char *action = NULL;
          g_autofree char *label = NULL;
          g_autoptr(GVariant) icon = NULL;

          if (!g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION, "s", &action) ||
              !g_str_equal (action, "win.zoom-reset"))
            continue;
          g_assert_true (g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_LABEL, "s", &label));
          icon = g_menu_model_get_item_attribute_value (section, i, "verb-icon", NULL);
          *has_icon = icon != NULL;
          return g_steal_pointer (&label);
        }
    }
  g_assert_not_reached ();
}

/* The shortcuts window (Ctrl+?) is built when first asked for, then kept;
 * the main menu is given to its button as it first opens. */
static void
test_window_shortcuts_on_demand (void)
{
  g_autoptr(BriefingApplication) application = briefing_application_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) accels = NULL;
  BriefingWindow *window;
  GtkShortcutsWindow *shortcuts;
  GMenuModel *menu;

  g_application_set_flags (G_APPLICATION (application),
                           g_application_get_flags (G_APPLICATION (application)) | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (application), "win.show-help-overlay");
  g_assert_cmpstr (accels[0], ==, "<Control>question");
  g_assert_null (accels[1]);

  window = g_object_ref (briefing_window_new (application));
  gtk_window_present (GTK_WINDOW (window));
  wait_for_paint (GTK_WIDGET (window));
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  shortcuts = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (shortcuts)) == GTK_WINDOW (window));
  gtk_window_close (GTK_WINDOW (shortcuts));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  /* Asked for again: the same window, shown again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  g_assert_true (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)) == shortcuts);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  gtk_window_close (GTK_WINDOW (shortcuts));

  /* The page in sight (no report) has its menu button, without a menu yet. */
  {
    g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

    collect_descendants (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, buttons);
    g_assert_cmpuint (buttons->len, ==, 5);
    for (guint i = 0; i < buttons->len; i++)
      {
        g_assert_null (gtk_menu_button_get_menu_model (g_ptr_array_index (buttons, i)));
        g_assert_true (gtk_widget_get_sensitive (g_ptr_array_index (buttons, i)));
      }
  }
  menu = window_main_menu (window);
  g_assert_cmpint (g_menu_model_get_n_items (menu), >, 0);
  destroy_window (window);
}

/* The zoom row says the zoom, not an icon. */
static void
test_window_zoom_percentage (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);
  g_autofree char *normal = NULL, *smaller = NULL;
  gboolean has_icon = TRUE;

  normal = zoom_reset_label (window, &has_icon);
  g_assert_cmpstr (normal, ==, "100%");
  g_assert_false (has_icon);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-out", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-out", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-out", NULL);
  smaller = zoom_reset_label (window, &has_icon);
  g_assert_cmpstr (smaller, ==, "70%");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL);
  g_settings_reset (test_window_settings (), "text-zoom");

  destroy_window (window);
}

/* Zooming in (Ctrl+plus) makes the interview's heading larger with its turns: title,
 * participants, description. */
static void
test_window_zoom_interview_heading (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);
  GtkWidget *page = interview_page (window, 0);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 2);
  wait_for_paint (GTK_WIDGET (window));
  for (guint i = 0; i < 3; i++)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
  wait_for_paint (GTK_WIDGET (window));
  assert_labels_scaled (find_descendant_named (page, ADW_TYPE_CLAMP, NULL), 1.3);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL);
  assert_labels_scaled (find_descendant_named (page, ADW_TYPE_CLAMP, NULL), 1.0);
  g_settings_reset (test_window_settings (), "text-zoom");

  destroy_window (window);
}

static gboolean
entry_has_focus (gpointer window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && gtk_widget_get_mapped (focus) &&
         gtk_widget_is_ancestor (focus, GTK_WIDGET (SEARCH_ENTRY (BRIEFING_WINDOW (window))));
}

/* Escape in the search entry closes the search and gives the keyboard back
 * to the list the reader was on, the timeline or an interview's turns. */
static void
test_window_escape_search_focus (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);
  GtkWidget *pages[] = { TIMELINE_VIEW (window), interview_page (window, 0) };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *focus;

      adw_view_stack_set_visible_child (VIEW_STACK (window), pages[i]);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
      spin_until (entry_has_focus, window);
      gtk_editable_set_text (GTK_EDITABLE (SEARCH_ENTRY (window)), "troops");
      g_signal_emit_by_name (SEARCH_ENTRY (window), "stop-search");
      wait_for_paint (GTK_WIDGET (window));
      g_assert_false (gtk_search_bar_get_search_mode (SEARCH_BAR (window)));
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_nonnull (focus);
      g_test_message ("focus: %s", G_OBJECT_TYPE_NAME (focus));
      g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (find_descendant_named (pages[i], GTK_TYPE_LIST_VIEW, NULL))));
    }

  destroy_window (window);
}

static gboolean
more_button_shown (gpointer page)
{
  GtkWidget *button = find_descendant_named (page, GTK_TYPE_TOGGLE_BUTTON, "interview-more");

  return button != NULL && gtk_widget_get_mapped (button);
}

/* At 360 × 640 the interview's header gives the turns its room while they
 * are read, and its description can be read whole without a tooltip. */
static void
test_window_narrow_interview_header (void)
{
  BriefingWindow *window = create_window_with_sample (360, 640);
  GtkWidget *page = interview_page (window, 0);
  GtkRevealer *details = GTK_REVEALER (find_descendant_named (page, GTK_TYPE_REVEALER, NULL));
  GtkAdjustment *adjustment;
  GtkWidget *more;
  GtkLabel *description = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 2);
  wait_for_paint (GTK_WIDGET (window));
  collect_descendants (GTK_WIDGET (details), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_label_get_lines (g_ptr_array_index (labels, i)) == 3)
      description = g_ptr_array_index (labels, i);
  g_assert_nonnull (description);

  /* Three lines cut the description off: "Show More" shows all of it. */
  spin_until (more_button_shown, page);
  more = find_descendant_named (page, GTK_TYPE_TOGGLE_BUTTON, "interview-more");
  g_assert_true (pango_layout_is_ellipsized (gtk_label_get_layout (description)));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (more), TRUE);
  wait_for_paint (GTK_WIDGET (window));
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (description)));
  g_assert_cmpint (pango_layout_get_line_count (gtk_label_get_layout (description)), >, 3);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (more)))), ==, "Show Less");
  g_assert_true (more_button_shown (page));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (more), FALSE);

  /* Scrolled into the turns, the header keeps only the title; at the top, all of it. */
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (find_descendant_named (page, GTK_TYPE_SCROLLED_WINDOW, NULL)));
  g_assert_true (gtk_revealer_get_reveal_child (details));
  gtk_adjustment_set_value (adjustment, 300);
  g_assert_false (gtk_revealer_get_reveal_child (details));
  wait_for_paint (GTK_WIDGET (window));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
  g_assert_false (gtk_revealer_get_reveal_child (details));
  gtk_adjustment_set_value (adjustment, 0);
  g_assert_true (gtk_revealer_get_reveal_child (details));

  /* A tall window has the room for both. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  wait_for_paint (GTK_WIDGET (window));
  gtk_adjustment_set_value (adjustment, 300);
  g_assert_true (gtk_revealer_get_reveal_child (details));

  destroy_window (window);
}

/* The window shows a label of @text: a toast's title, for one. */
static gboolean
shows_label (BriefingWindow *window,
             const char     *text)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();

  collect_labels (GTK_WIDGET (window), texts);
  return g_ptr_array_find_with_equal_func (texts, text, g_str_equal, NULL);
}

static void
on_text_read_cb (GObject      *clipboard,
                 GAsyncResult *result,
                 gpointer      data)
{
  char **text = data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (clipboard), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

/* The text on @widget's clipboard, as a paste would read it. */
static char *
clipboard_text (GtkWidget *widget)
{
  char *text = NULL;

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, on_text_read_cb, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);
  return text;
}

static AdwActionRow *
row_titled (GtkWidget  *widget,
            const char *title)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_descendants (widget, ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);
  return NULL;
}

/* The overview shows the source's address whole, and copies it. */
static void
test_window_source_address (void)
{
  BriefingWindow *window = create_window (1280, 800);
  g_autoptr(GFile) file = data_file ("valid", "all-members.briefing");
  const char *url;
  AdwActionRow *row;
  g_autofree char *copied = NULL;

  open_and_wait (window, file);
  url = briefing_report_get_source_url (briefing_window_get_report (window));
  g_assert_cmpstr (url, ==, "https://news.example.org/2024/10/26/kyiv");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", (int) count_interview_pages (window) + 2);
  wait_for_paint (GTK_WIDGET (window));
  row = row_titled (OVERVIEW_PAGE (window), "Address");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, url);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (row)), ==, url);
  g_assert_cmpstr (adw_action_row_get_subtitle (row_titled (OVERVIEW_PAGE (window), "Source")), ==,
                   briefing_report_get_source_name (briefing_window_get_report (window)));

  /* The summary is selected with the pointer, not focused by Tab (and selected all). */
  {
    g_autoptr(GPtrArray) labels = g_ptr_array_new ();

    collect_descendants (OVERVIEW_PAGE (window), GTK_TYPE_LABEL, labels);
    for (guint i = 0; i < labels->len; i++)
      if (gtk_label_get_selectable (g_ptr_array_index (labels, i)))
        g_assert_false (gtk_widget_get_can_focus (g_ptr_array_index (labels, i)));
  }

  /* Its button, as a click. */
  {
    g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

    collect_descendants (GTK_WIDGET (row), GTK_TYPE_BUTTON, buttons);
    g_assert_cmpuint (buttons->len, ==, 1);
    g_assert_true (gtk_widget_is_sensitive (g_ptr_array_index (buttons, 0)));
    g_signal_emit_by_name (g_ptr_array_index (buttons, 0), "clicked");
  }
  copied = clipboard_text (GTK_WIDGET (window));
  g_assert_cmpstr (copied, ==, url);
  g_assert_true (shows_label (window, "Copied to the clipboard"));

  destroy_window (window);
}

static gboolean
clipboard_is (gpointer data)
{
  GtkWidget *widget = ((gpointer *) data)[0];
  const char *expected = ((gpointer *) data)[1];
  g_autofree char *text = clipboard_text (widget);

  return g_strcmp0 (text, expected) == 0;
}

/* Ctrl+C on the focused row copies its event as text; so does the item the
 * row's text adds to its context menu, for that row. */
static void
test_window_copy_row (void)
{
  BriefingWindow *window = create_window (1280, 800);
  g_autoptr(GFile) file = data_file ("valid", "all-members.briefing");
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autofree char *first_text = NULL, *second_text = NULL;
  GtkWidget *timeline;
  GtkLabel *headline = NULL;
  GMenuModel *menu;
  g_autoptr(GVariant) target = NULL;
  g_autofree char *action = NULL;

  open_and_wait (window, file);
  timeline = TIMELINE_VIEW (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 1);
  wait_for_paint (GTK_WIDGET (window));
  collect_bound_rows (timeline, rows);
  g_assert_cmpuint (rows->len, ==, 2);
  first_text = briefing_copy_text_event (briefing_event_row_get_event (g_ptr_array_index (rows, 0)),
                                         briefing_window_get_report (window));
  second_text = briefing_copy_text_event (briefing_event_row_get_event (g_ptr_array_index (rows, 1)),
                                          briefing_window_get_report (window));

  /* The keyboard on the first row: a real Ctrl+C. */
  gtk_widget_grab_focus (gtk_widget_get_parent (g_ptr_array_index (rows, 0)));
  g_assert_false (shows_label (window, "Copied to the clipboard"));
  press_keys ("ctrl+c");
  spin_until (clipboard_is, (gpointer[]) { window, first_text });
  /* And says so. */
  g_assert_true (shows_label (window, "Copied to the clipboard"));

  /* The second row's headline: its menu copies the second event. */
  collect_descendants (g_ptr_array_index (rows, 1), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len && headline == NULL; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)),
                   briefing_event_get_headline (briefing_event_row_get_event (g_ptr_array_index (rows, 1)))) == 0)
      headline = g_ptr_array_index (labels, i);
  g_assert_nonnull (headline);
  menu = gtk_label_get_extra_menu (headline);
  g_assert_nonnull (menu);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 1);
  g_assert_true (g_menu_model_get_item_attribute (menu, 0, G_MENU_ATTRIBUTE_ACTION, "s", &action));
  /* The row's own action, without a target: a menu greys out an item
   * whose target the action does not take. */
  g_assert_cmpstr (action, ==, "row.copy");
  target = g_menu_model_get_item_attribute_value (menu, 0, G_MENU_ATTRIBUTE_TARGET, NULL);
  g_assert_null (target);
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (headline), action, NULL));
  spin_until (clipboard_is, (gpointer[]) { window, second_text });
  /* Every text of the row has it, its quotes' too (made with the row's item). */
  for (guint i = 0; i < labels->len; i++)
    if (gtk_label_get_selectable (g_ptr_array_index (labels, i)))
      g_assert_true (gtk_label_get_extra_menu (g_ptr_array_index (labels, i)) == menu);

  destroy_window (window);
}

/* What has the focus: "row" (a list's item, @row_out its row), "chip",
 * "link" (a turn's "See:"), "label" (a stop no more), or another widget. */
static const char *
focus_kind (BriefingWindow *window,
            GtkWidget     **row_out)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  GtkWidget *child = focus != NULL ? gtk_widget_get_first_child (focus) : NULL;

  *row_out = NULL;
  if (focus == NULL)
    return "none";
  if (GTK_IS_LABEL (focus))
    return "label";
  if (BRIEFING_IS_CHIP (focus))
    return "chip";
  if (GTK_IS_BUTTON (focus) && gtk_widget_get_ancestor (focus, BRIEFING_TYPE_TURN_BUBBLE) != NULL)
    return "link";
  if (child != NULL && (BRIEFING_IS_EVENT_ROW (child) || BRIEFING_IS_TURN_BUBBLE (child)))
    {
      *row_out = child;
      return "row";
    }
  return G_OBJECT_TYPE_NAME (focus);
}

static guint
count_focusable (GtkWidget *row,
                 GType      type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  guint n = 0;

  collect_descendants (row, type, found);
  for (guint i = 0; i < found->len; i++)
    n += gtk_widget_get_mapped (g_ptr_array_index (found, i));
  return n;
}

static void
press_and_wait (BriefingWindow *window,
                const char     *keys)
{
  press_keys (keys);
  /* The key comes through the X server: until the focus has moved, or a while. */
  spin (120);
  wait_for_paint (GTK_WIDGET (window));
}

/* The keyboard reads rows, not labels: Tab stops at a row, at each of its
 * chips (or a turn's links), then at the next row; Shift+Tab goes back the
 * same way; Down goes to the next row from anywhere in one. No label takes
 * the focus, and so none selects all its text; a selection made with the
 * pointer is what Ctrl+C copies. */
static void
test_window_keyboard_rows (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GtkWidget *first, *second, *row;
  guint n_chips;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 1);
  wait_for_paint (GTK_WIDGET (window));
  collect_bound_rows (TIMELINE_VIEW (window), rows);
  first = g_ptr_array_index (rows, 0);
  second = g_ptr_array_index (rows, 1);
  n_chips = count_focusable (first, BRIEFING_TYPE_CHIP);
  g_assert_cmpuint (n_chips, >, 0);

  gtk_widget_grab_focus (gtk_widget_get_parent (first));
  g_assert_cmpstr (focus_kind (window, &row), ==, "row");
  for (guint i = 0; i < n_chips; i++)
    {
      press_and_wait (window, "Tab");
      g_assert_cmpstr (focus_kind (window, &row), ==, "chip");
      g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), first));
    }
  press_and_wait (window, "Tab");
  g_assert_cmpstr (focus_kind (window, &row), ==, "row");
  g_assert_true (row == second);

  /* Back: the first row's last chip, then on to the row itself. */
  press_and_wait (window, "shift+Tab");
  g_assert_cmpstr (focus_kind (window, &row), ==, "chip");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), first));
  for (guint i = 1; i < n_chips; i++)
    press_and_wait (window, "shift+Tab");
  press_and_wait (window, "shift+Tab");
  g_assert_cmpstr (focus_kind (window, &row), ==, "row");
  g_assert_true (row == first);

  /* Down from a chip: the next row, not the next chip. */
  press_and_wait (window, "Tab");
  g_assert_cmpstr (focus_kind (window, &row), ==, "chip");
  press_and_wait (window, "Down");
  g_assert_cmpstr (focus_kind (window, &row), ==, "row");
  g_assert_true (row == second);
  press_and_wait (window, "Up");
  g_assert_cmpstr (focus_kind (window, &row), ==, "row");
  g_assert_true (row == first);

  /* What the pointer selected is what Ctrl+C copies. */
  {
    g_autoptr(GPtrArray) labels = g_ptr_array_new ();
    GtkLabel *headline = NULL;
    const char *text;
    g_autofree char *expected = NULL;

    collect_descendants (first, GTK_TYPE_LABEL, labels);
    for (guint i = 0; i < labels->len && headline == NULL; i++)
      if (gtk_label_get_selectable (g_ptr_array_index (labels, i)))
        headline = g_ptr_array_index (labels, i);
    g_assert_nonnull (headline);
    g_assert_false (gtk_widget_get_focusable (GTK_WIDGET (headline)));
    text = gtk_label_get_text (headline);
    expected = g_utf8_substring (text, 0, 9);
    gtk_label_select_region (headline, 0, 9);
    press_and_wait (window, "ctrl+c");
    spin_until (clipboard_is, (gpointer[]) { window, expected });
    gtk_label_select_region (headline, 0, 0);
  }

  /* In an interview, Tab reaches the links of a turn. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 2);
  wait_for_paint (GTK_WIDGET (window));
  g_ptr_array_set_size (rows, 0);
  collect_bound_rows (interview_page (window, 0), rows);
  first = g_ptr_array_index (rows, 0);
  g_assert_cmpuint (count_focusable (first, GTK_TYPE_BUTTON), >, 0);
  gtk_widget_grab_focus (gtk_widget_get_parent (first));
  press_and_wait (window, "Tab");
  g_assert_cmpstr (focus_kind (window, &row), ==, "link");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), first));

  destroy_window (window);
}

/* A search within a topic that finds nothing there says where the matches
 * are: outside the selection, which "All Topics" shows. */
static void
test_window_search_in_selection (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);
  BriefingReaderState *state = briefing_window_get_state (window);
  BriefingReport *report = briefing_window_get_report (window);
  GtkWidget *empty_page;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (SEARCH_ENTRY (window)), "shell");
  while (!query_is (window, "shell"))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (briefing_reader_state_get_n_shown_events (state), >, 0);

  briefing_reader_state_set_topic (state, find_topic (report, "kharkiv"));
  g_assert_cmpuint (briefing_reader_state_get_n_shown_events (state), ==, 0);
  wait_for_paint (GTK_WIDGET (window));
  empty_page = find_descendant (TIMELINE_VIEW (window), ADW_TYPE_STATUS_PAGE);
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (empty_page)), ==,
                   "No event of this selection mentions what you searched for. "
                   "Choose “All Topics” to search the whole report.");

  destroy_window (window);
}

static gboolean
focus_left_sidebar (gpointer window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && !gtk_widget_is_ancestor (focus, SIDEBAR_PANE (BRIEFING_WINDOW (window)));
}

/* The sidebar is one Tab stop, whatever its rows (arrows move inside). */
static void
test_window_sidebar_one_tab_stop (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);
  GtkWidget *focus;

  wait_for_paint (GTK_WIDGET (window));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (SIDEBAR (window))));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), SIDEBAR_PANE (window)));
  press_keys ("Tab");
  spin_until (focus_left_sidebar, window);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (gtk_widget_is_ancestor (focus, CONTENT_PANE (window)));

  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  test_window_init (&argc, &argv);

  g_test_add_func ("/window/interview-tabs", test_window_interview_tabs);
  g_test_add_func ("/window/find-next", test_window_find_next);
  g_test_add_func ("/window/topic-on-interview", test_window_topic_on_interview);
  g_test_add_func ("/window/chip-scrolls-sidebar", test_window_chip_scrolls_sidebar);
  g_test_add_func ("/window/link-outside-selection", test_window_link_outside_selection);
  g_test_add_func ("/window/undo-after-reload", test_window_undo_after_reload);
  g_test_add_func ("/window/zoom-percentage", test_window_zoom_percentage);
  g_test_add_func ("/window/zoom-interview-heading", test_window_zoom_interview_heading);
  g_test_add_func ("/window/escape-search-focus", test_window_escape_search_focus);
  g_test_add_func ("/window/narrow-interview-header", test_window_narrow_interview_header);
  g_test_add_func ("/window/source-address", test_window_source_address);
  g_test_add_func ("/window/copy-row", test_window_copy_row);
  g_test_add_func ("/window/shortcuts-on-demand", test_window_shortcuts_on_demand);
  g_test_add_func ("/window/keyboard-rows", test_window_keyboard_rows);
  g_test_add_func ("/window/search-in-selection", test_window_search_in_selection);
  g_test_add_func ("/window/sidebar-one-tab-stop", test_window_sidebar_one_tab_stop);
  g_test_add_func ("/window/sidebar-unmentioned", test_window_sidebar_unmentioned);

  return test_window_run ();
}
