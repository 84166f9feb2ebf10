/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "briefing-direction.h"
#include "briefing-event-row.h"
#include "briefing-timeline-view.h"

struct _BriefingTimelineView
{
  BriefingReportListView parent_instance;

  BriefingEvent         *jump_target;
  guint                  jump_idle_id;
};

G_DEFINE_FINAL_TYPE (BriefingTimelineView, briefing_timeline_view, BRIEFING_TYPE_REPORT_LIST_VIEW)

static BriefingReaderState *
get_state (BriefingTimelineView *self)
{
  return briefing_report_list_view_get_state (BRIEFING_REPORT_LIST_VIEW (self));
}

static gboolean
jump_idle_cb (gpointer user_data)
{
  BriefingTimelineView *self = user_data;
  GtkWidget *row = NULL;

  self->jump_idle_id = 0;
  if (self->jump_target != NULL)
    row = briefing_report_list_view_lookup_row (BRIEFING_REPORT_LIST_VIEW (self), self->jump_target);
  g_clear_object (&self->jump_target);
  if (row == NULL)
    return G_SOURCE_REMOVE;

  briefing_event_row_flash (BRIEFING_EVENT_ROW (row));
  /* The row sits in the list's own focusable item widget. */
  gtk_widget_grab_focus (gtk_widget_get_parent (row));
  return G_SOURCE_REMOVE;
}

static void
schedule_jump (BriefingTimelineView *self)
{
  /* Not from within the list's layout, where rows are bound. */
  if (self->jump_idle_id == 0)
    self->jump_idle_id = g_idle_add (jump_idle_cb, self);
}

/* A chip: the reader chooses what it names. */
static void
on_row_topic_activated_cb (BriefingEventRow     *row,
                           BriefingTopic        *topic,
                           BriefingTimelineView *self)
{
  briefing_reader_state_set_topic (get_state (self), topic);
}

static void
on_row_entity_activated_cb (BriefingEventRow     *row,
                            BriefingEntity       *entity,
                            BriefingTimelineView *self)
{
  briefing_reader_state_set_entity (get_state (self), entity);
}

static GtkWidget *
briefing_timeline_view_create_row (BriefingReportListView *view)
{
  GtkWidget *row = briefing_event_row_new_lazy ();

  g_signal_connect_object (row, "topic-activated", G_CALLBACK (on_row_topic_activated_cb), view, 0);
  g_signal_connect_object (row, "entity-activated", G_CALLBACK (on_row_entity_activated_cb), view, 0);
  return row;
}

static void
briefing_timeline_view_bind_row (BriefingReportListView *view,
                                 GtkWidget              *row,
                                 gpointer                event)
{
  BriefingTimelineView *self = BRIEFING_TIMELINE_VIEW (view);

  BriefingReport *report = briefing_reader_state_get_report (briefing_report_list_view_get_state (view));

  briefing_event_row_set_event (BRIEFING_EVENT_ROW (row), event);
  briefing_event_row_set_text_direction (BRIEFING_EVENT_ROW (row), briefing_direction_of_report (report));
  if (event == self->jump_target)
    schedule_jump (self);
}

static void
set_starts_run (GtkWidget *row,
                gboolean   starts_run)
{
  briefing_event_row_set_show_heading (BRIEFING_EVENT_ROW (row), starts_run);
}

static const char *
briefing_timeline_view_describe_empty (BriefingReportListView *view)
{
  BriefingReaderState *state = briefing_report_list_view_get_state (view);

  if (briefing_reader_state_get_report (state) == NULL)
    return _("Open a report to see its events.");
  if (*briefing_reader_state_get_query (state) != '\0')
    return _("No event mentions what you searched for. Try other words.");
  if (briefing_reader_state_get_topic (state) != NULL)
    return _("The report has no events about this topic.");
  if (briefing_reader_state_get_entity (state) != NULL)
    switch (briefing_entity_get_kind (briefing_reader_state_get_entity (state)))
      {
      case BRIEFING_ENTITY_KIND_PERSON:
        return _("The report has no events involving this person.");
      case BRIEFING_ENTITY_KIND_ORGANIZATION:
        return _("The report has no events involving this organization.");
      default:
        return _("The report has no events in this place.");
      }
  return _("The report has no events.");
}

static void
briefing_timeline_view_constructed (GObject *object)
{
  BriefingTimelineView *self = BRIEFING_TIMELINE_VIEW (object);
  BriefingReportListView *view = BRIEFING_REPORT_LIST_VIEW (object);

  G_OBJECT_CLASS (briefing_timeline_view_parent_class)->constructed (object);

  briefing_report_list_view_set_items (view, briefing_reader_state_get_events (get_state (self)));
}

static void
briefing_timeline_view_dispose (GObject *object)
{
  BriefingTimelineView *self = BRIEFING_TIMELINE_VIEW (object);

  g_clear_handle_id (&self->jump_idle_id, g_source_remove);
  g_clear_object (&self->jump_target);
  gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_TIMELINE_VIEW);

  G_OBJECT_CLASS (briefing_timeline_view_parent_class)->dispose (object);
}

static void
briefing_timeline_view_class_init (BriefingTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BriefingReportListViewClass *view_class = BRIEFING_REPORT_LIST_VIEW_CLASS (klass);

  object_class->constructed = briefing_timeline_view_constructed;
  object_class->dispose = briefing_timeline_view_dispose;
  view_class->create_row = briefing_timeline_view_create_row;
  view_class->bind_row = briefing_timeline_view_bind_row;
  view_class->set_starts_run = set_starts_run;
  view_class->describe_empty = briefing_timeline_view_describe_empty;
  view_class->empty_icon_name = "view-list-bullet-symbolic";

  briefing_report_list_view_class_set_template (widget_class, RESOURCE_PREFIX "/briefing-timeline-view.ui");
  /* The root: bound, it goes with the template. */
  gtk_widget_class_bind_template_child_full (widget_class, "stack", FALSE, 0);
  gtk_widget_class_set_css_name (widget_class, "timelineview");

  g_type_ensure (BRIEFING_TYPE_EVENT_ROW);
}

static void
briefing_timeline_view_init (BriefingTimelineView *self)
{
  briefing_report_list_view_init_template (BRIEFING_REPORT_LIST_VIEW (self));
}

GtkWidget *
briefing_timeline_view_new (BriefingReaderState *state)
{
  g_return_val_if_fail (BRIEFING_IS_READER_STATE (state), NULL);

  return g_object_new (BRIEFING_TYPE_TIMELINE_VIEW, "state", state, NULL);
}

/**
 * briefing_timeline_view_scroll_to_event:
 *
 * Brings @event into view, focuses it and lights it up for a moment. Nothing
 * happens when it is not among the events shown.
 */
void
briefing_timeline_view_scroll_to_event (BriefingTimelineView *self,
                                        BriefingEvent        *event)
{
  guint position;

  g_return_if_fail (BRIEFING_IS_TIMELINE_VIEW (self));
  g_return_if_fail (BRIEFING_IS_EVENT (event));

  if (!briefing_reader_state_find_event (get_state (self), event, &position))
    return;
  briefing_report_list_view_scroll_to (BRIEFING_REPORT_LIST_VIEW (self), position);

  g_set_object (&self->jump_target, event);
  if (briefing_report_list_view_lookup_row (BRIEFING_REPORT_LIST_VIEW (self), event) != NULL)
    schedule_jump (self);
}
