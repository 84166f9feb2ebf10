/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "briefing-language.h"
#include "briefing-interview-view.h"
#include "briefing-timeline-view.h"
#include "briefing-window-private.h"

/*
 * What the reader narrows the report to: the topic or entity chosen in the
 * sidebar, and the search, which the timeline and every interview apply at
 * once.
 */

static BriefingTopic *
selected_topic (BriefingWindow *self)
{
  return briefing_sidebar_get_topic (self->sidebar);
}

static BriefingEntity *
selected_entity (BriefingWindow *self)
{
  return briefing_sidebar_get_entity (self->sidebar);
}

const char *
briefing_window_get_selection_name (BriefingWindow *self)
{
  if (selected_topic (self) != NULL)
    return briefing_topic_get_title (selected_topic (self));
  if (selected_entity (self) != NULL)
    return briefing_entity_get_name (selected_entity (self));
  return NULL;
}

void
briefing_window_update_selection_bar (BriefingWindow *self)
{
  BriefingTopic *topic = selected_topic (self);
  BriefingEntity *entity = selected_entity (self);
  GtkWidget *page = adw_view_stack_get_visible_child (self->view_stack);
  g_autofree char *counts = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  gtk_revealer_set_reveal_child (self->selection_revealer, topic != NULL || entity != NULL);
  gtk_widget_set_visible (self->only_marked_button, briefing_window_is_interview_page (self, page));
  if (topic == NULL && entity == NULL)
    return;

  if (topic != NULL)
    counts = briefing_format_counts (briefing_topic_get_n_events (topic),
                                     briefing_topic_get_n_turns (topic));
  else
    counts = briefing_format_counts (briefing_entity_get_n_events (entity),
                                     briefing_entity_get_n_turns (entity));
  /* Translators: the selected topic or person, then how much concerns it */
  name = briefing_text_isolate (briefing_window_get_selection_name (self));
  text = g_strdup_printf (C_("selection", "%s — %s"), name, counts);
  gtk_label_set_text (self->selection_label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->selection_label), text);
}

/* The turns the search leaves on screen, as each view already counts them:
 * like the events, what is shown, marked or not. */
static guint
count_shown_turns (BriefingWindow *self)
{
  guint n = 0;

  for (guint i = 0; i < self->interview_views->len; i++)
    n += briefing_interview_view_get_n_shown (g_ptr_array_index (self->interview_views, i));
  return n;
}

void
briefing_window_update_search_count (BriefingWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *counts = NULL;
  guint n_events;
  guint n_turns;

  if (self->report == NULL || text[0] == '\0')
    {
      gtk_label_set_text (self->search_count, "");
      return;
    }

  n_events = briefing_timeline_view_get_n_shown (BRIEFING_TIMELINE_VIEW (self->timeline_view));
  n_turns = count_shown_turns (self);
  if (self->interview_views->len == 0)
    counts = g_strdup_printf (ngettext ("%'u event", "%'u events", n_events), n_events);
  else
    {
      g_autofree char *events = g_strdup_printf (ngettext ("%'u event", "%'u events", n_events), n_events);
      g_autofree char *turns = g_strdup_printf (ngettext ("%'u turn", "%'u turns", n_turns), n_turns);

      counts = g_strdup_printf (C_("counts", "%s, %s"), events, turns);
    }
  gtk_label_set_text (self->search_count, counts);
}

void
briefing_window_apply_selection (BriefingWindow *self)
{
  BriefingTopic *topic = selected_topic (self);
  BriefingEntity *entity = selected_entity (self);

  /* Without a selection no turn is marked: "only marked" would hide them all,
   * with its toggle out of sight. First, so the views refilter once. */
  if (topic == NULL && entity == NULL)
    briefing_window_set_only_marked (self, FALSE);
  briefing_timeline_view_set_selection (BRIEFING_TIMELINE_VIEW (self->timeline_view), topic, entity);
  for (guint i = 0; i < self->interview_views->len; i++)
    briefing_interview_view_set_selection (g_ptr_array_index (self->interview_views, i), topic, entity);
}

void
briefing_window_search_changed (BriefingWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  briefing_timeline_view_set_search_text (BRIEFING_TIMELINE_VIEW (self->timeline_view), text);
  for (guint i = 0; i < self->interview_views->len; i++)
    briefing_interview_view_set_search_text (g_ptr_array_index (self->interview_views, i), text);
  briefing_window_update_search_count (self);
}

void
briefing_window_search_mode_changed (BriefingWindow *self)
{
  /* Closing the search restores everything the search hid. */
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  else
    /* While the reader types the first word. */
    briefing_timeline_view_prepare_search (BRIEFING_TIMELINE_VIEW (self->timeline_view));
}
