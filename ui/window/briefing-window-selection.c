/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-format.h"
#include "briefing-report-list-view.h"
#include "briefing-window-private.h"

/*
 * What the window says of the reader state: the bar naming the topic or
 * entity chosen, and how much the search finds. The views follow the state
 * themselves; the window only hands the search to it.
 */

void
briefing_window_update_selection_bar (BriefingWindow *self)
{
  BriefingTopic *topic = briefing_reader_state_get_topic (self->state);
  BriefingEntity *entity = briefing_reader_state_get_entity (self->state);
  GtkWidget *page = adw_view_stack_get_visible_child (self->view_stack);
  const char *name = briefing_reader_state_get_selection_name (self->state);
  g_autofree char *text = NULL;

  gtk_revealer_set_reveal_child (self->selection_revealer, topic != NULL || entity != NULL);
  gtk_widget_set_visible (self->only_marked_button, briefing_window_is_interview_page (self, page));
  if (topic == NULL && entity == NULL)
    return;

  if (topic != NULL)
    text = briefing_format_selection (name, briefing_topic_get_n_events (topic),
                                      briefing_topic_get_n_turns (topic));
  else
    text = briefing_format_selection (name, briefing_entity_get_n_events (entity),
                                      briefing_entity_get_n_turns (entity));
  gtk_label_set_text (self->selection_label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->selection_label), text);
}

void
briefing_window_update_search_count (BriefingWindow *self)
{
  BriefingReport *report = briefing_reader_state_get_report (self->state);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *counts = NULL;

  if (report == NULL || text[0] == '\0')
    {
      gtk_label_set_text (self->search_count, "");
      return;
    }

  /* Like the events, the turns shown, marked or not. */
  counts = briefing_format_search_counts (briefing_reader_state_get_n_shown_events (self->state),
                                          briefing_reader_state_get_n_shown_turns (self->state),
                                          g_list_model_get_n_items (briefing_report_get_interviews (report)) > 0);
  gtk_label_set_text (self->search_count, counts);
}

void
briefing_window_search_changed (BriefingWindow *self)
{
  briefing_reader_state_set_search_text (self->state,
                                         gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  briefing_window_update_search_count (self);
}

/* Right after the first Ctrl+F the entry has the focus, but it comes on
 * screen only with the search bar's next frame, late the first time: GTK
 * gives the keys typed until then to nobody. They go to the entry. */
static gboolean
on_key_pressed_cb (BriefingWindow        *self,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   GtkEventControllerKey *controller)
{
  GtkWidget *entry = GTK_WIDGET (self->search_entry);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (focus == NULL || gtk_widget_get_mapped (focus) ||
      (focus != entry && !gtk_widget_is_ancestor (focus, entry)))
    return GDK_EVENT_PROPAGATE;
  return gtk_event_controller_key_forward (controller, focus);
}

void
briefing_window_init_search (BriefingWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, self->content_pane);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

/* The list of @widget, a page: its rows, not the time overview above them. */
static GtkWidget *
find_list (GtkWidget *widget)
{
  if (GTK_IS_LIST_VIEW (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *list = find_list (child);

      if (list != NULL)
        return list;
    }
  return NULL;
}

void
briefing_window_search_mode_changed (BriefingWindow *self)
{
  /* Closing the search restores everything the search hid. */
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
      GtkWidget *page = adw_view_stack_get_visible_child (self->view_stack);

      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      /* The keyboard goes back to the list read, not to whatever GTK finds
       * after the bar (the time overview). */
      if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->search_bar)) &&
          BRIEFING_IS_REPORT_LIST_VIEW (page) && find_list (page) != NULL)
        gtk_widget_grab_focus (find_list (page));
    }
  else
    /* While the reader types the first word. */
    briefing_reader_state_prepare_search (self->state);
}
