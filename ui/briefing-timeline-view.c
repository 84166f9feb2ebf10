/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <float.h>
#include <glib/gi18n.h>

#include "briefing-direction.h"
#include "briefing-event-row.h"
#include "briefing-list-filter.h"
#include "briefing-rows-in-view.h"
#include "briefing-search-index.h"
#include "briefing-text-scale.h"
#include "briefing-text-search.h"
#include "briefing-timeline-view.h"

struct _BriefingTimelineView
{
  GtkWidget           parent_instance;

  BriefingReport     *report;
  BriefingTopic      *topic;
  BriefingEntity     *entity;

  /* report's events, or a topic's or entity's index → search → list; it
   * knows the rows on screen, which a change of scale must reach and where a
   * jump lands */
  BriefingListFilter *list_filter;
  BriefingSearchIndex *search_index; /* the report's events' folded text */
  BriefingRowsInView *rows_in_view;  /* builds the rows that come into view */

  BriefingEvent      *jump_target;
  guint               jump_idle_id;

  /* template children */
  GtkStack           *stack;
  GtkListView        *list_view;
  AdwStatusPage      *empty_page;
};

G_DEFINE_FINAL_TYPE (BriefingTimelineView, briefing_timeline_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REPORT,
  PROP_TOPIC,
  PROP_ENTITY,
  PROP_SEARCH_TEXT,
  PROP_N_SHOWN,
  PROP_TEXT_SCALE,
  N_PROPS
};

enum {
  TOPIC_ACTIVATED,
  ENTITY_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
event_matches (gpointer    item,
               const char *folded_query,
               gpointer    user_data)
{
  BriefingTimelineView *self = user_data;

  /* The filter works at once, not incrementally: in GTK 4.8 each
   * items-changed costs the list view time in proportion to its length. */
  return self->search_index == NULL ||
         briefing_search_index_matches (self->search_index, item, folded_query);
}

static gboolean
same_date_group (gpointer previous,
                 gpointer event)
{
  return briefing_event_same_date_group (previous, event);
}

static void
update_base_model (BriefingTimelineView *self)
{
  GListModel *base = NULL;

  if (self->report != NULL)
    {
      if (self->topic != NULL)
        base = briefing_report_get_topic_events (self->report, self->topic);
      else if (self->entity != NULL)
        base = briefing_report_get_entity_events (self->report, self->entity);
      else
        base = briefing_report_get_events (self->report);
    }

  briefing_list_filter_set_base_model (self->list_filter, base);
}

static void
update_empty_page (BriefingTimelineView *self)
{
  const char *description;

  /* AdwStatusPage's description is markup: only our own strings go there. */
  if (self->report == NULL)
    description = _("Open a report to see its events.");
  else if (briefing_list_filter_has_query (self->list_filter))
    description = _("No event mentions what you searched for. Try other words.");
  else if (self->topic != NULL)
    description = _("The report has no events about this topic.");
  else if (self->entity != NULL)
    description = _("The report has no events involving this entity.");
  else
    description = _("The report has no events.");
  adw_status_page_set_description (self->empty_page, description);
  gtk_stack_set_visible_child_name (self->stack,
                                    briefing_list_filter_get_n_shown (self->list_filter) > 0 ? "events"
                                                                                            : "empty");
}

static gboolean
jump_idle_cb (gpointer user_data)
{
  BriefingTimelineView *self = user_data;
  BriefingEventRow *row = NULL;

  self->jump_idle_id = 0;
  if (self->jump_target != NULL)
    row = (BriefingEventRow *) briefing_list_filter_lookup_bound (self->list_filter, self->jump_target);
  g_clear_object (&self->jump_target);
  if (row == NULL)
    return G_SOURCE_REMOVE;

  briefing_event_row_flash (row);
  /* The row sits in the list's own focusable item widget. */
  gtk_widget_grab_focus (gtk_widget_get_parent (GTK_WIDGET (row)));
  return G_SOURCE_REMOVE;
}

static void
schedule_jump (BriefingTimelineView *self)
{
  /* Not from within the list's layout, where rows are bound. */
  if (self->jump_idle_id == 0)
    self->jump_idle_id = g_idle_add (jump_idle_cb, self);
}

static void
on_list_filter_changed_cb (BriefingTimelineView *self)
{
  update_empty_page (self);
}

static void
on_list_filter_n_shown_cb (BriefingTimelineView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SHOWN]);
}

static void
on_run_start_changed_cb (BriefingTimelineView *self,
                         GtkWidget            *row,
                         gboolean              starts_run)
{
  briefing_event_row_set_show_heading (BRIEFING_EVENT_ROW (row), starts_run);
}

static void
on_row_topic_activated_cb (BriefingEventRow     *row,
                           BriefingTopic        *topic,
                           BriefingTimelineView *self)
{
  g_signal_emit (self, signals[TOPIC_ACTIVATED], 0, topic);
}

static void
on_row_entity_activated_cb (BriefingEventRow     *row,
                            BriefingEntity       *entity,
                            BriefingTimelineView *self)
{
  g_signal_emit (self, signals[ENTITY_ACTIVATED], 0, entity);
}

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     BriefingTimelineView     *self)
{
  GtkWidget *row = briefing_event_row_new_lazy ();

  g_signal_connect_object (row, "topic-activated",
                           G_CALLBACK (on_row_topic_activated_cb), self, 0);
  g_signal_connect_object (row, "entity-activated",
                           G_CALLBACK (on_row_entity_activated_cb), self, 0);
  gtk_list_item_set_activatable (list_item, FALSE);
  /* Selectable only so that the row itself takes the keyboard focus: the
   * arrows go from row to row, a click or a jump focuses it (GTK 4.8 has no
   * GtkListItem:focusable). The list's GtkNoSelection selects nothing. */
  gtk_list_item_set_selectable (list_item, TRUE);
  gtk_list_item_set_child (list_item, row);
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    BriefingTimelineView     *self)
{
  BriefingEventRow *row = BRIEFING_EVENT_ROW (gtk_list_item_get_child (list_item));
  BriefingEvent *event = gtk_list_item_get_item (list_item);
  guint position = gtk_list_item_get_position (list_item);

  briefing_event_row_set_event (row, event);
  briefing_event_row_set_text_direction (row, briefing_direction_of_report (self->report));
  briefing_event_row_set_show_heading (row, briefing_list_filter_starts_run (self->list_filter, position, event));
  briefing_list_filter_bind (self->list_filter, list_item);

  if (event == self->jump_target)
    schedule_jump (self);
}

static void
on_factory_unbind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      BriefingTimelineView     *self)
{
  briefing_list_filter_unbind (self->list_filter, list_item);
}

static void
briefing_timeline_view_dispose (GObject *object)
{
  BriefingTimelineView *self = BRIEFING_TIMELINE_VIEW (object);
  GtkWidget *child;

  g_clear_handle_id (&self->jump_idle_id, g_source_remove);
  g_clear_object (&self->jump_target);
  g_clear_object (&self->rows_in_view);
  if (self->list_filter != NULL)
    g_signal_handlers_disconnect_by_data (self->list_filter, self);

  /* The list unbinds its rows here, and unbinding needs the list filter. */
  gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_TIMELINE_VIEW);
  /* Template children without an id are not bound, so not unparented above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->list_filter);
  g_clear_object (&self->search_index);
  g_clear_object (&self->topic);
  g_clear_object (&self->entity);
  g_clear_object (&self->report);

  G_OBJECT_CLASS (briefing_timeline_view_parent_class)->dispose (object);
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
    case PROP_REPORT:
      g_value_set_object (value, self->report);
      break;
    case PROP_TOPIC:
      g_value_set_object (value, self->topic);
      break;
    case PROP_ENTITY:
      g_value_set_object (value, self->entity);
      break;
    case PROP_SEARCH_TEXT:
      g_value_set_string (value, briefing_list_filter_get_search_text (self->list_filter));
      break;
    case PROP_N_SHOWN:
      g_value_set_uint (value, briefing_list_filter_get_n_shown (self->list_filter));
      break;
    case PROP_TEXT_SCALE:
      g_value_set_double (value, briefing_list_filter_get_text_scale (self->list_filter));
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
    case PROP_REPORT:
      briefing_timeline_view_set_report (self, g_value_get_object (value));
      break;
    case PROP_TOPIC:
      briefing_timeline_view_set_topic (self, g_value_get_object (value));
      break;
    case PROP_ENTITY:
      briefing_timeline_view_set_entity (self, g_value_get_object (value));
      break;
    case PROP_SEARCH_TEXT:
      briefing_timeline_view_set_search_text (self, g_value_get_string (value));
      break;
    case PROP_TEXT_SCALE:
      briefing_timeline_view_set_text_scale (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_timeline_view_class_init (BriefingTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = briefing_timeline_view_dispose;
  object_class->get_property = briefing_timeline_view_get_property;
  object_class->set_property = briefing_timeline_view_set_property;

  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, BRIEFING_TYPE_REPORT, flags);
  properties[PROP_TOPIC] =
    g_param_spec_object ("topic", NULL, NULL, BRIEFING_TYPE_TOPIC, flags);
  properties[PROP_ENTITY] =
    g_param_spec_object ("entity", NULL, NULL, BRIEFING_TYPE_ENTITY, flags);
  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, NULL, flags);
  properties[PROP_N_SHOWN] =
    g_param_spec_uint ("n-shown", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT_SCALE] =
    g_param_spec_double ("text-scale", NULL, NULL,
                         BRIEFING_TEXT_SCALE_MIN, BRIEFING_TEXT_SCALE_MAX, 1.0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[TOPIC_ACTIVATED] =
    g_signal_new ("topic-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, BRIEFING_TYPE_TOPIC);
  signals[ENTITY_ACTIVATED] =
    g_signal_new ("entity-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, BRIEFING_TYPE_ENTITY);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/briefing-timeline-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BriefingTimelineView, stack);
  gtk_widget_class_bind_template_child (widget_class, BriefingTimelineView, list_view);
  gtk_widget_class_bind_template_child (widget_class, BriefingTimelineView, empty_page);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "timelineview");

  g_type_ensure (BRIEFING_TYPE_EVENT_ROW);
}

static void
briefing_timeline_view_init (BriefingTimelineView *self)
{
  GtkListItemFactory *factory;


  gtk_widget_init_template (GTK_WIDGET (self));

  self->list_filter = briefing_list_filter_new (self->list_view, event_matches, same_date_group, self);
  g_signal_connect_swapped (self->list_filter, "changed",
                            G_CALLBACK (on_list_filter_changed_cb), self);
  g_signal_connect_swapped (self->list_filter, "notify::n-shown",
                            G_CALLBACK (on_list_filter_n_shown_cb), self);
  g_signal_connect_swapped (self->list_filter, "run-start-changed",
                            G_CALLBACK (on_run_start_changed_cb), self);

  self->rows_in_view = briefing_rows_in_view_new (self->list_view);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_factory_unbind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  update_empty_page (self);
}

GtkWidget *
briefing_timeline_view_new (void)
{
  return g_object_new (BRIEFING_TYPE_TIMELINE_VIEW, NULL);
}

BriefingReport *
briefing_timeline_view_get_report (BriefingTimelineView *self)
{
  g_return_val_if_fail (BRIEFING_IS_TIMELINE_VIEW (self), NULL);

  return self->report;
}

void
briefing_timeline_view_set_report (BriefingTimelineView *self,
                                   BriefingReport       *report)
{
  g_return_if_fail (BRIEFING_IS_TIMELINE_VIEW (self));
  g_return_if_fail (report == NULL || BRIEFING_IS_REPORT (report));

  if (self->report == report)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  /* A topic or entity belongs to the report it came from. */
  if (g_set_object (&self->topic, NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOPIC]);
  if (g_set_object (&self->entity, NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTITY]);
  g_set_object (&self->report, report);
  g_clear_object (&self->search_index);
  if (report != NULL)
    self->search_index = briefing_search_index_new (briefing_report_get_events (report));
  update_base_model (self);
  update_empty_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
  g_object_thaw_notify (G_OBJECT (self));
}

BriefingTopic *
briefing_timeline_view_get_topic (BriefingTimelineView *self)
{
  g_return_val_if_fail (BRIEFING_IS_TIMELINE_VIEW (self), NULL);

  return self->topic;
}

void
briefing_timeline_view_set_topic (BriefingTimelineView *self,
                                  BriefingTopic        *topic)
{
  g_return_if_fail (BRIEFING_IS_TIMELINE_VIEW (self));
  g_return_if_fail (topic == NULL || BRIEFING_IS_TOPIC (topic));

  briefing_timeline_view_set_selection (self, topic, topic != NULL ? NULL : self->entity);
}

BriefingEntity *
briefing_timeline_view_get_entity (BriefingTimelineView *self)
{
  g_return_val_if_fail (BRIEFING_IS_TIMELINE_VIEW (self), NULL);

  return self->entity;
}

void
briefing_timeline_view_set_entity (BriefingTimelineView *self,
                                   BriefingEntity       *entity)
{
  g_return_if_fail (BRIEFING_IS_TIMELINE_VIEW (self));
  g_return_if_fail (entity == NULL || BRIEFING_IS_ENTITY (entity));

  briefing_timeline_view_set_selection (self, entity != NULL ? NULL : self->topic, entity);
}

/**
 * briefing_timeline_view_set_selection:
 * @topic: (nullable): the topic whose events to show
 * @entity: (nullable): the entity whose events to show
 *
 * Shows the events of @topic or of @entity, or all events when both are
 * %NULL, in one change of the list. At most one of them may be set.
 */
void
briefing_timeline_view_set_selection (BriefingTimelineView *self,
                                      BriefingTopic        *topic,
                                      BriefingEntity       *entity)
{
  g_return_if_fail (BRIEFING_IS_TIMELINE_VIEW (self));
  g_return_if_fail (topic == NULL || BRIEFING_IS_TOPIC (topic));
  g_return_if_fail (entity == NULL || BRIEFING_IS_ENTITY (entity));
  g_return_if_fail (topic == NULL || entity == NULL);

  if (self->topic == topic && self->entity == entity)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (g_set_object (&self->topic, topic))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOPIC]);
  if (g_set_object (&self->entity, entity))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTITY]);
  update_base_model (self);
  update_empty_page (self);
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
briefing_timeline_view_get_search_text (BriefingTimelineView *self)
{
  g_return_val_if_fail (BRIEFING_IS_TIMELINE_VIEW (self), NULL);

  return briefing_list_filter_get_search_text (self->list_filter);
}

void
briefing_timeline_view_set_search_text (BriefingTimelineView *self,
                                        const char           *text)
{
  g_return_if_fail (BRIEFING_IS_TIMELINE_VIEW (self));

  if (!briefing_list_filter_set_search_text (self->list_filter, text))
    return;
  update_empty_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
}

/**
 * briefing_timeline_view_prepare_search:
 *
 * Readies the events for searching in the background, for when the reader
 * is about to search: the first search is then as quick as the next.
 */
void
briefing_timeline_view_prepare_search (BriefingTimelineView *self)
{
  g_return_if_fail (BRIEFING_IS_TIMELINE_VIEW (self));

  if (self->search_index != NULL)
    briefing_search_index_prepare (self->search_index);
}

guint
briefing_timeline_view_get_n_shown (BriefingTimelineView *self)
{
  g_return_val_if_fail (BRIEFING_IS_TIMELINE_VIEW (self), 0);

  return briefing_list_filter_get_n_shown (self->list_filter);
}

/**
 * briefing_timeline_view_get_shown_events:
 *
 * Returns: (transfer none): the events shown, in their order
 */
GListModel *
briefing_timeline_view_get_shown_events (BriefingTimelineView *self)
{
  g_return_val_if_fail (BRIEFING_IS_TIMELINE_VIEW (self), NULL);

  return briefing_list_filter_get_shown (self->list_filter);
}

double
briefing_timeline_view_get_text_scale (BriefingTimelineView *self)
{
  g_return_val_if_fail (BRIEFING_IS_TIMELINE_VIEW (self), 1.0);

  return briefing_list_filter_get_text_scale (self->list_filter);
}

void
briefing_timeline_view_set_text_scale (BriefingTimelineView *self,
                                       double                text_scale)
{
  g_return_if_fail (BRIEFING_IS_TIMELINE_VIEW (self));

  text_scale = CLAMP (text_scale, BRIEFING_TEXT_SCALE_MIN, BRIEFING_TEXT_SCALE_MAX);
  if (G_APPROX_VALUE (briefing_list_filter_get_text_scale (self->list_filter), text_scale, DBL_EPSILON))
    return;

  briefing_list_filter_set_text_scale (self->list_filter, text_scale);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT_SCALE]);
}

/* The shown events are in briefing_event_compare() order, which is total. */
static gboolean
find_shown_position (BriefingTimelineView *self,
                     BriefingEvent        *event,
                     guint                *position)
{
  GListModel *model = briefing_list_filter_get_shown (self->list_filter);
  guint low = 0, high = g_list_model_get_n_items (model);

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      g_autoptr(BriefingEvent) item = g_list_model_get_item (model, middle);
      int order = briefing_event_compare (item, event);

      if (item == event)
        {
          *position = middle;
          return TRUE;
        }
      if (order < 0)
        low = middle + 1;
      else
        high = middle;
    }
  return FALSE;
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

  if (!find_shown_position (self, event, &position))
    return;

  /* GTK 4.8 has no gtk_list_view_scroll_to(); its list has this action. */
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);

  g_set_object (&self->jump_target, event);
  if (briefing_list_filter_lookup_bound (self->list_filter, event) != NULL)
    schedule_jump (self);
}
