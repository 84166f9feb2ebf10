/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "briefing-event-row.h"
#include "briefing-time-overview.h"
#include "briefing-timeline-view.h"

struct _BriefingTimelineView
{
  BriefingReportListView parent_instance;

  /* Template children */
  GtkWidget             *content;          /* the root */
  BriefingTimeOverview  *time_overview;
  GtkScrolledWindow     *scrolled_window;
  GtkWidget             *list_view;        /* the base class's, in the scrolled window */

  guint                  list_span_idle_id;
  gboolean               show_overview;
};

G_DEFINE_FINAL_TYPE (BriefingTimelineView, briefing_timeline_view, BRIEFING_TYPE_REPORT_LIST_VIEW)

enum {
  PROP_0,
  PROP_SHOW_OVERVIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static BriefingReaderState *
get_state (BriefingTimelineView *self)
{
  return briefing_report_list_view_get_state (BRIEFING_REPORT_LIST_VIEW (self));
}

/* The event of the row at @y of the list, if any. */
static BriefingEvent *
event_at (BriefingTimelineView *self,
          double                y)
{
  GtkWidget *widget = gtk_widget_pick (self->list_view, gtk_widget_get_width (self->list_view) / 2.0,
                                       y, GTK_PICK_DEFAULT);

  for (; widget != NULL && widget != self->list_view; widget = gtk_widget_get_parent (widget))
    if (BRIEFING_IS_EVENT_ROW (widget))
      return briefing_event_row_get_event (BRIEFING_EVENT_ROW (widget));
  return NULL;
}

/* The strip's window follows the list: the days from its top row's to its
 * bottom row's, as laid out now. */
static gboolean
update_list_span_cb (gpointer user_data)
{
  BriefingTimelineView *self = user_data;
  int height = gtk_widget_get_height (self->list_view);
  BriefingEvent *top = NULL, *bottom = NULL;

  self->list_span_idle_id = 0;
  if (gtk_widget_get_mapped (self->list_view) && height > 0)
    {
      /* Below the first row's padding, above the last row's. */
      for (int y = 2; top == NULL && y < height; y += 12)
        top = event_at (self, y);
      for (int y = height - 2; bottom == NULL && y > 0; y -= 12)
        bottom = event_at (self, y);
    }
  if (top == NULL || bottom == NULL)
    briefing_time_overview_clear_list_span (self->time_overview);
  else
    briefing_time_overview_set_list_span (self->time_overview,
                                          MIN (briefing_event_get_date (top)->first_day,
                                               briefing_event_get_date (bottom)->first_day),
                                          MAX (briefing_event_get_date (top)->last_day,
                                               briefing_event_get_date (bottom)->last_day));
  return G_SOURCE_REMOVE;
}

static void
schedule_list_span (BriefingTimelineView *self)
{
  /* After the list has laid its rows out for the change; not once the view
   * goes (its template's scrolling still moves as it is torn down). */
  if (self->list_span_idle_id == 0 && self->list_view != NULL)
    self->list_span_idle_id = g_idle_add_full (GDK_PRIORITY_REDRAW + 10, update_list_span_cb, self, NULL);
}

static void
on_overview_event_activated_cb (BriefingTimeOverview *overview,
                                BriefingEvent        *event,
                                BriefingTimelineView *self)
{
  briefing_timeline_view_scroll_to_event (self, event);
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
  GtkWidget *row = BRIEFING_REPORT_LIST_VIEW_CLASS (briefing_timeline_view_parent_class)->create_row (view);

  g_signal_connect_object (row, "topic-activated", G_CALLBACK (on_row_topic_activated_cb), view, 0);
  g_signal_connect_object (row, "entity-activated", G_CALLBACK (on_row_entity_activated_cb), view, 0);
  return row;
}

/* The template's closure: what the empty page says, in our own words (its
 * description is markup). */
static const char *
empty_text (BriefingReport *report,
            const char     *query,
            BriefingTopic  *topic,
            BriefingEntity *entity)
{
  if (report == NULL)
    return _("Open a report to see its events.");
  /* Matches outside the selection are not shown: say where to find them. */
  if (query != NULL && *query != '\0' && (topic != NULL || entity != NULL))
    return _("No event of this selection mentions what you searched for. Choose “All Topics” to search the whole report.");
  if (query != NULL && *query != '\0')
    return _("No event mentions what you searched for. Try other words.");
  if (topic != NULL)
    return _("The report has no events about this topic.");
  if (entity != NULL)
    switch (briefing_entity_get_kind (entity))
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

static char *
describe_empty (gpointer        this_object,
                BriefingReport *report,
                const char     *query,
                BriefingTopic  *topic,
                BriefingEntity *entity)
{
  return g_strdup (empty_text (report, query, topic, entity));
}

static void
briefing_timeline_view_constructed (GObject *object)
{
  BriefingTimelineView *self = BRIEFING_TIMELINE_VIEW (object);
  BriefingReportListView *view = BRIEFING_REPORT_LIST_VIEW (object);

  G_OBJECT_CLASS (briefing_timeline_view_parent_class)->constructed (object);

  briefing_report_list_view_set_items (view, briefing_reader_state_get_events (get_state (self)));
  self->list_view = gtk_scrolled_window_get_child (self->scrolled_window);
  briefing_time_overview_set_state (self->time_overview, get_state (self));
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scrolled_window), "value-changed",
                           G_CALLBACK (schedule_list_span), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scrolled_window), "changed",
                           G_CALLBACK (schedule_list_span), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (briefing_reader_state_get_events (get_state (self)), "items-changed",
                           G_CALLBACK (schedule_list_span), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list_view, "map", G_CALLBACK (schedule_list_span),
                           self, G_CONNECT_SWAPPED);
}

static void
briefing_timeline_view_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  BriefingTimelineView *self = BRIEFING_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_SHOW_OVERVIEW:
      g_value_set_boolean (value, self->show_overview);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_timeline_view_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  BriefingTimelineView *self = BRIEFING_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_SHOW_OVERVIEW:
      briefing_timeline_view_set_show_overview (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_timeline_view_dispose (GObject *object)
{
  BriefingTimelineView *self = BRIEFING_TIMELINE_VIEW (object);

  g_clear_handle_id (&self->list_span_idle_id, g_source_remove);
  self->list_view = NULL;
  briefing_report_list_view_dispose_list (BRIEFING_REPORT_LIST_VIEW (self));
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
  object_class->get_property = briefing_timeline_view_get_property;
  object_class->set_property = briefing_timeline_view_set_property;
  view_class->create_row = briefing_timeline_view_create_row;

  briefing_report_list_view_class_set_template (widget_class, RESOURCE_PREFIX "/briefing-timeline-view.ui",
                                                BRIEFING_TYPE_EVENT_ROW);
  gtk_widget_class_set_css_name (widget_class, "timelineview");
  /* The root: bound, it goes with the template. */
  gtk_widget_class_bind_template_child (widget_class, BriefingTimelineView, content);
  gtk_widget_class_bind_template_child (widget_class, BriefingTimelineView, time_overview);
  gtk_widget_class_bind_template_child (widget_class, BriefingTimelineView, scrolled_window);
  gtk_widget_class_bind_template_callback (widget_class, on_overview_event_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, describe_empty);

  properties[PROP_SHOW_OVERVIEW] =
    g_param_spec_boolean ("show-overview", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BRIEFING_TYPE_EVENT_ROW);
  g_type_ensure (BRIEFING_TYPE_TIME_OVERVIEW);
}

static void
briefing_timeline_view_init (BriefingTimelineView *self)
{
  self->show_overview = TRUE;
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
  briefing_report_list_view_jump_to (BRIEFING_REPORT_LIST_VIEW (self), position, TRUE);
}

/**
 * briefing_timeline_view_get_time_overview:
 *
 * Returns: (transfer none): the strip above the list
 */
BriefingTimeOverview *
briefing_timeline_view_get_time_overview (BriefingTimelineView *self)
{
  g_return_val_if_fail (BRIEFING_IS_TIMELINE_VIEW (self), NULL);

  return self->time_overview;
}

gboolean
briefing_timeline_view_get_show_overview (BriefingTimelineView *self)
{
  g_return_val_if_fail (BRIEFING_IS_TIMELINE_VIEW (self), FALSE);

  return self->show_overview;
}

/**
 * briefing_timeline_view_set_show_overview:
 *
 * Shows or hides the time overview above the list.
 */
void
briefing_timeline_view_set_show_overview (BriefingTimelineView *self,
                                          gboolean              show_overview)
{
  g_return_if_fail (BRIEFING_IS_TIMELINE_VIEW (self));

  show_overview = !!show_overview;
  if (self->show_overview == show_overview)
    return;
  self->show_overview = show_overview;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_OVERVIEW]);
}
