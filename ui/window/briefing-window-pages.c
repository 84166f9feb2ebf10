/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "briefing-interview-view.h"
#include "briefing-tab-names.h"
#include "briefing-timeline-view.h"
#include "briefing-window-private.h"

/*
 * The pages of the content: the timeline, one page per interview of the
 * report, which come and go with it, and the overview; which one shows, and
 * which one the next window starts on.
 */

static const char *
page_kind (BriefingWindow *self,
           GtkWidget      *page)
{
  if (page == GTK_WIDGET (self->overview_page))
    return "overview";
  if (briefing_window_is_interview_page (self, page))
    return "interview";
  return "timeline";
}

/* What a link's jump cleared, for its toast's "Undo". */
typedef struct
{
  BriefingReport *report;
  BriefingTopic  *topic;
  BriefingEntity *entity;
  guint           page;      /* the interview's, 0 the first */
  /* A new report (a reload) makes the choice mean nothing: it goes then,
   * with its toast, and the old report is let go. */
  BriefingReaderState *state;
  gulong          report_handler;
  AdwToast       *toast;     /* weak */
} ClearedSelection;

#define CLEARED_KEY "briefing-cleared-selection"

static void
cleared_selection_free (gpointer data)
{
  ClearedSelection *cleared = data;

  g_clear_signal_handler (&cleared->report_handler, cleared->state);
  g_clear_object (&cleared->state);
  g_clear_weak_pointer (&cleared->toast);
  g_clear_object (&cleared->report);
  g_clear_object (&cleared->topic);
  g_clear_object (&cleared->entity);
  g_free (cleared);
}

static void
on_report_replaced_cb (BriefingWindow *self)
{
  ClearedSelection *cleared = g_object_get_data (G_OBJECT (self), CLEARED_KEY);

  if (cleared->toast != NULL)
    adw_toast_dismiss (cleared->toast);
  g_object_set_data (G_OBJECT (self), CLEARED_KEY, NULL);
}

/* The event is outside the topic or entity chosen: to show it the timeline
 * shows everything again, and says so, with a way back. */
static void
clear_selection_for (BriefingWindow *self,
                     GtkWidget      *interview_page)
{
  ClearedSelection *cleared = g_new0 (ClearedSelection, 1);
  g_autofree char *title = NULL;
  AdwToast *toast;
  guint page = 0;

  cleared->report = g_object_ref (briefing_reader_state_get_report (self->state));
  g_set_object (&cleared->topic, briefing_reader_state_get_topic (self->state));
  g_set_object (&cleared->entity, briefing_reader_state_get_entity (self->state));
  g_ptr_array_find (self->interview_views, interview_page, &page);
  cleared->page = page;
  /* AdwToast's title is markup in libadwaita 1.2: escape the name. */
  /* Translators: a toast after following an interview's link to an event of another topic;
   * %s is the topic, person, organization or place that was chosen */
  title = g_markup_printf_escaped (_("All topics shown: the event is not about “%s”"),
                                   briefing_reader_state_get_selection_name (self->state));
  g_object_set_data_full (G_OBJECT (self), CLEARED_KEY, cleared, cleared_selection_free);
  briefing_reader_state_set_selection (self->state, NULL, NULL);

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-show-all");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_set_weak_pointer (&cleared->toast, toast);
  cleared->state = g_object_ref (self->state);
  cleared->report_handler = g_signal_connect_swapped (self->state, "notify::report",
                                                      G_CALLBACK (on_report_replaced_cb), self);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
undo_show_all_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  BriefingWindow *self = BRIEFING_WINDOW (widget);
  ClearedSelection *cleared = g_object_get_data (G_OBJECT (self), CLEARED_KEY);

  /* Another report since, and the choice means nothing there. */
  if (cleared == NULL || cleared->report != briefing_reader_state_get_report (self->state))
    return;
  briefing_reader_state_set_selection (self->state, cleared->topic, cleared->entity);
  if (cleared->page < self->interview_views->len)
    adw_view_stack_set_visible_child (self->view_stack, g_ptr_array_index (self->interview_views, cleared->page));
  g_object_set_data (G_OBJECT (self), CLEARED_KEY, NULL);
}

static void
on_copied_cb (BriefingWindow *self)
{
  AdwToast *toast = adw_toast_new (_("Copied to the clipboard"));

  adw_toast_set_timeout (toast, 2);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* A page that copies to the clipboard: the window says it did. */
void
briefing_window_watch_copies (BriefingWindow *self,
                              GtkWidget      *page)
{
  g_signal_connect_object (page, "copied", G_CALLBACK (on_copied_cb), self, G_CONNECT_SWAPPED);
}

void
briefing_window_class_add_page_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.undo-show-all", NULL, undo_show_all_action);
}

/* Whether a turn of any interview is marked: "Only Marked Turns" would
 * show nothing otherwise. */
gboolean
briefing_window_has_marked_turns (BriefingWindow *self)
{
  BriefingReport *report = briefing_reader_state_get_report (self->state);
  GListModel *interviews = report != NULL ? briefing_report_get_interviews (report) : NULL;

  for (guint i = 0; interviews != NULL && i < g_list_model_get_n_items (interviews); i++)
    {
      g_autoptr(BriefingInterview) interview = g_list_model_get_item (interviews, i);
      GListModel *turns = briefing_interview_get_turns (interview);

      for (guint t = 0; t < g_list_model_get_n_items (turns); t++)
        {
          g_autoptr(BriefingTurn) turn = g_list_model_get_item (turns, t);

          if (briefing_reader_state_is_turn_marked (self->state, turn))
            return TRUE;
        }
    }
  return FALSE;
}

static void
on_event_activated_cb (BriefingWindow *self,
                       BriefingEvent  *event,
                       GtkWidget      *interview_page)
{
  BriefingTopic *topic = briefing_reader_state_get_topic (self->state);
  BriefingEntity *entity = briefing_reader_state_get_entity (self->state);

  /* The event may be outside the selection: show it anyway. */
  if ((topic != NULL && !briefing_event_has_topic (event, topic)) ||
      (entity != NULL && !briefing_event_involves (event, entity)))
    clear_selection_for (self, interview_page);
  adw_view_stack_set_visible_child (self->view_stack, self->timeline_view);
  briefing_timeline_view_scroll_to_event (BRIEFING_TIMELINE_VIEW (self->timeline_view), event);
}

gboolean
briefing_window_is_interview_page (BriefingWindow *self,
                                   GtkWidget      *page)
{
  return page != NULL && BRIEFING_IS_INTERVIEW_VIEW (page);
}

/* Page bookkeeping when the report changes: the pages of the last report's
 * interviews go (and their handlers with them). No state is pushed to a view
 * here or anywhere in the window: each follows the reader state itself. */
void
briefing_window_remove_interview_pages (BriefingWindow *self)
{
  for (guint i = 0; i < self->interview_views->len; i++)
    adw_view_stack_remove (self->view_stack, g_ptr_array_index (self->interview_views, i));
  g_ptr_array_set_size (self->interview_views, 0);
  self->find_page = NULL;
}

/* The switchers' buttons are AdwViewSwitcher's own, made anew whenever the
 * pages change, and libadwaita 1.2 gives them no tooltip: each is found by
 * the page it stands for, the "child-index" it keeps, and given the page's
 * whole name. GTK makes a tooltip the description a screen reader says. */
static void
set_switcher_tooltips (GtkWidget  *widget,
                       GListModel *pages)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_VIEW_SWITCHER (widget) && GTK_IS_TOGGLE_BUTTON (child))
        {
          guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (child), "child-index"));
          g_autoptr(AdwViewStackPage) page = g_list_model_get_item (pages, index);
          const char *tooltip = page != NULL ? g_object_get_data (G_OBJECT (page), "briefing-tooltip") : NULL;

          /* Setting one, even the same, asks the X server where the
           * pointer is (GTK updates a tooltip shown): a round trip each. */
          if (g_strcmp0 (gtk_widget_get_tooltip_text (child), tooltip) != 0)
            gtk_widget_set_tooltip_text (child, tooltip);
          continue;
        }
      set_switcher_tooltips (child, pages);
    }
}

void
briefing_window_update_tab_tooltips (BriefingWindow *self)
{
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (self->view_stack);

  set_switcher_tooltips (GTK_WIDGET (self->switcher_title), G_LIST_MODEL (pages));
  set_switcher_tooltips (GTK_WIDGET (self->switcher_bar), G_LIST_MODEL (pages));
}

/* Pages go Timeline, each interview, Overview: the order of Alt+1, Alt+2…
 * Several interviews are told apart by their titles, shortened on the tab
 * and whole in its tooltip. */
void
briefing_window_add_interview_pages (BriefingWindow *self)
{
  GListModel *interviews = briefing_report_get_interviews (briefing_reader_state_get_report (self->state));
  guint n = g_list_model_get_n_items (interviews);
  g_autoptr(GtkWidget) overview = g_object_ref (GTK_WIDGET (self->overview_page));
  g_autoptr(GStrvBuilder) titles = g_strv_builder_new ();
  g_auto(GStrv) tab_titles = NULL;
  g_auto(GStrv) names = NULL;
  AdwViewStackPage *page;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BriefingInterview) interview = g_list_model_get_item (interviews, i);
      const char *title = briefing_interview_get_title (interview);

      g_strv_builder_add (titles, title != NULL ? title : "");
    }
  tab_titles = g_strv_builder_end (titles);
  names = briefing_tab_names_for_titles ((const char * const *) tab_titles);

  adw_view_stack_remove (self->view_stack, overview);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BriefingInterview) interview = g_list_model_get_item (interviews, i);
      /* Adding a view is giving it the state. */
      GtkWidget *view = briefing_interview_view_new (self->state, interview);
      g_autofree char *name = i == 0 ? g_strdup ("interview") : g_strdup_printf ("interview-%u", i + 1);
      const char *title;

      if (n == 1)
        /* Translators: the title of the window's page that shows the report's only interview */
        title = C_("page", "Interview");
      else
        title = names[i];

      g_signal_connect_object (view, "event-activated", G_CALLBACK (on_event_activated_cb),
                               self, G_CONNECT_SWAPPED);

      page = adw_view_stack_add_titled (self->view_stack, view, name, title);
      adw_view_stack_page_set_icon_name (page, "system-users-symbolic");
      if (*tab_titles[i] != '\0' && g_strcmp0 (title, tab_titles[i]) != 0)
        g_object_set_data_full (G_OBJECT (page), "briefing-tooltip", g_strdup (tab_titles[i]), g_free);
      g_ptr_array_add (self->interview_views, view);
      briefing_window_watch_matches (self, view);
      briefing_window_watch_copies (self, view);
    }
  page = adw_view_stack_add_titled (self->view_stack, overview, "overview", _("Overview"));
  adw_view_stack_page_set_icon_name (page, "x-office-document-symbolic");
  briefing_window_update_tab_tooltips (self);
}

void
briefing_window_show_last_page (BriefingWindow *self)
{
  g_autofree char *last = NULL;

  if (self->settings != NULL)
    last = g_settings_get_string (self->settings, "last-page");
  if (g_strcmp0 (last, "overview") == 0)
    adw_view_stack_set_visible_child (self->view_stack, GTK_WIDGET (self->overview_page));
  else if (g_strcmp0 (last, "interview") == 0 && self->interview_views->len > 0)
    adw_view_stack_set_visible_child (self->view_stack, g_ptr_array_index (self->interview_views, 0));
  else
    adw_view_stack_set_visible_child (self->view_stack, self->timeline_view);
}

/* The kind of page shown, for the next window to start on. */
void
briefing_window_remember_page (BriefingWindow *self)
{
  GtkWidget *page = adw_view_stack_get_visible_child (self->view_stack);

  if (page != NULL && self->settings != NULL && briefing_reader_state_get_report (self->state) != NULL &&
      !self->rebuilding_pages)
    g_settings_set_string (self->settings, "last-page", page_kind (self, page));
}

/**
 * briefing_window_show_page_number:
 * @number: 1 for the timeline, then the interviews, then the overview
 *
 * Returns: whether there is such a page
 */
gboolean
briefing_window_show_page_number (BriefingWindow *self,
                                  guint           number)
{
  guint n_interviews = self->interview_views->len;

  if (briefing_reader_state_get_report (self->state) == NULL || number == 0 || number > n_interviews + 2)
    return FALSE;
  if (number == 1)
    adw_view_stack_set_visible_child (self->view_stack, self->timeline_view);
  else if (number <= n_interviews + 1)
    adw_view_stack_set_visible_child (self->view_stack,
                                      g_ptr_array_index (self->interview_views, number - 2));
  else
    adw_view_stack_set_visible_child (self->view_stack, GTK_WIDGET (self->overview_page));
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
  return TRUE;
}
