/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <float.h>
#include <glib/gi18n.h>
#include <string.h>

#include "briefing-event-row.h"
#include "briefing-text-search.h"
#include "briefing-timeline-view.h"

struct _BriefingTimelineView
{
  GtkWidget           parent_instance;

  BriefingReport     *report;
  BriefingTopic      *topic;
  BriefingEntity     *entity;
  char               *search_text;    /* as typed */
  char               *query;          /* stripped: what rows highlight */
  char               *folded_query;   /* what the filter compares */
  double              text_scale;
  guint               n_shown;

  /* report's events, or a topic's or entity's index → filter → list */
  GtkFilterListModel *shown;
  GtkCustomFilter    *filter;
  GHashTable         *haystacks;     /* BriefingEvent → its folded text */

  /* The rows on screen, BriefingEvent → BriefingEventRow: the few that a
   * change of search text or scale must reach, and where a jump lands. */
  GHashTable         *bound_rows;
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

static void
append_folded (GString    *haystack,
               const char *text)
{
  if (text == NULL || *text == '\0')
    return;
  briefing_text_search_fold_into (haystack, text);
  /* Keeps a match from spanning two fields. */
  g_string_append_c (haystack, '\n');
}

/* What the reader sees of an event's text, less figures and chips, folded. */
static char *
build_haystack (BriefingEvent *event)
{
  GString *haystack = g_string_sized_new (1024);
  g_autofree char *resolved = briefing_date_format (briefing_event_get_date (event));
  BriefingEntity *place = briefing_event_get_place (event);
  BriefingAttribution *attribution = briefing_event_get_attribution (event);
  GPtrArray *quotes = briefing_event_get_quotes (event);

  append_folded (haystack, briefing_event_get_headline (event));
  append_folded (haystack, briefing_event_get_body (event));
  append_folded (haystack, briefing_event_get_date_text (event));
  append_folded (haystack, resolved);
  append_folded (haystack, briefing_event_get_time_of_day (event));
  if (place != NULL)
    append_folded (haystack, briefing_entity_get_name (place));
  if (attribution != NULL)
    append_folded (haystack, attribution->text);
  for (guint i = 0; quotes != NULL && i < quotes->len; i++)
    append_folded (haystack, ((BriefingQuote *) g_ptr_array_index (quotes, i))->text);

  return g_string_free (haystack, FALSE);
}

static gboolean
event_matches (gpointer item,
               gpointer user_data)
{
  BriefingTimelineView *self = user_data;
  const char *haystack;

  if (*self->folded_query == '\0')
    return TRUE;

  /* Folding is most of the cost of a search: each event is folded once, on
   * the first search, and kept (about the size of the report's text) so that
   * every keystroke after it is a plain substring search, 30–45 ms over
   * 100,000 events. The filter works at once, not incrementally: in GTK 4.8
   * each items-changed costs the list view time in proportion to its length,
   * and batches made a search of 100,000 events take 1.7 s instead of 0.4 s. */
  haystack = g_hash_table_lookup (self->haystacks, item);
  if (haystack == NULL)
    {
      char *built = build_haystack (item);

      g_hash_table_insert (self->haystacks, item, built);
      haystack = built;
    }
  return strstr (haystack, self->folded_query) != NULL;
}

/*
 * GTK 4.8 warns (gtk_widget_is_ancestor: assertion failed) when the focus was
 * inside a row that a change of model or filter took away and the list later
 * moves the focus: the label that gets it looks at the old focus widget,
 * finalized by then. Before such a change, the focus moves to the list
 * itself, which keeps the reader's place for the keyboard.
 */
static void
rescue_focus (GtkWidget *list)
{
  GtkRoot *root = gtk_widget_get_root (list);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && focus != list && gtk_widget_is_ancestor (focus, list))
    {
      if (!gtk_widget_grab_focus (list))
        gtk_root_set_focus (root, NULL);
    }
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

  if (gtk_filter_list_model_get_model (self->shown) != base)
    {
      rescue_focus (GTK_WIDGET (self->list_view));
      gtk_filter_list_model_set_model (self->shown, base);
    }
}

static void
update_empty_page (BriefingTimelineView *self)
{
  const char *description;

  /* AdwStatusPage's description is markup: only our own strings go there. */
  if (self->report == NULL)
    description = _("Open a report to see its events.");
  else if (*self->folded_query != '\0')
    description = _("No event mentions what you searched for. Try other words.");
  else if (self->topic != NULL)
    description = _("The report has no events about this topic.");
  else if (self->entity != NULL)
    description = _("The report has no events involving this entity.");
  else
    description = _("The report has no events.");
  adw_status_page_set_description (self->empty_page, description);
  gtk_stack_set_visible_child_name (self->stack, self->n_shown > 0 ? "events" : "empty");
}

static gboolean
show_heading_at (BriefingTimelineView *self,
                 guint                 position,
                 BriefingEvent        *event)
{
  g_autoptr(BriefingEvent) previous = NULL;

  if (position == 0)
    return TRUE;
  previous = g_list_model_get_item (G_LIST_MODEL (self->shown), position - 1);
  return previous == NULL || !briefing_event_same_date_group (previous, event);
}

static gboolean
jump_idle_cb (gpointer user_data)
{
  BriefingTimelineView *self = user_data;
  BriefingEventRow *row = NULL;

  self->jump_idle_id = 0;
  if (self->jump_target != NULL)
    row = g_hash_table_lookup (self->bound_rows, self->jump_target);
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
on_shown_items_changed_cb (GListModel           *model,
                           guint                 position,
                           guint                 removed,
                           guint                 added,
                           BriefingTimelineView *self)
{
  guint n_items = g_list_model_get_n_items (model);
  guint next = position + added;

  /* Rows in the changed range are bound anew; the one after it keeps its
   * widget but has a new predecessor, so its heading may come or go. */
  if (next < n_items)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (model, next);
      BriefingEventRow *row = g_hash_table_lookup (self->bound_rows, event);

      if (row != NULL)
        briefing_event_row_set_show_heading (row, show_heading_at (self, next, event));
    }

  if (self->n_shown != n_items)
    {
      self->n_shown = n_items;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SHOWN]);
    }
  update_empty_page (self);
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
  GtkWidget *row = briefing_event_row_new ();

  g_signal_connect_object (row, "topic-activated",
                           G_CALLBACK (on_row_topic_activated_cb), self, 0);
  g_signal_connect_object (row, "entity-activated",
                           G_CALLBACK (on_row_entity_activated_cb), self, 0);
  gtk_list_item_set_activatable (list_item, FALSE);
  gtk_list_item_set_selectable (list_item, FALSE);
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

  briefing_event_row_set_search_text (row, self->query);
  briefing_event_row_set_text_scale (row, self->text_scale);
  briefing_event_row_set_event (row, event);
  briefing_event_row_set_show_heading (row, show_heading_at (self, position, event));
  g_hash_table_insert (self->bound_rows, event, row);

  if (event == self->jump_target)
    schedule_jump (self);
}

static void
on_factory_unbind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      BriefingTimelineView     *self)
{
  gpointer row = gtk_list_item_get_child (list_item);
  gpointer event = gtk_list_item_get_item (list_item);

  if (event != NULL && g_hash_table_lookup (self->bound_rows, event) == row)
    g_hash_table_remove (self->bound_rows, event);
}

static void
briefing_timeline_view_dispose (GObject *object)
{
  BriefingTimelineView *self = BRIEFING_TIMELINE_VIEW (object);
  GtkWidget *child;

  g_clear_handle_id (&self->jump_idle_id, g_source_remove);
  g_clear_object (&self->jump_target);
  if (self->shown != NULL)
    g_signal_handlers_disconnect_by_data (self->shown, self);

  /* The list unbinds its rows here, and unbinding needs bound_rows. */
  gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_TIMELINE_VIEW);
  /* Template children without an id are not bound, so not unparented above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->shown);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->bound_rows, g_hash_table_unref);
  g_clear_pointer (&self->haystacks, g_hash_table_unref);
  g_clear_object (&self->topic);
  g_clear_object (&self->entity);
  g_clear_object (&self->report);

  G_OBJECT_CLASS (briefing_timeline_view_parent_class)->dispose (object);
}

static void
briefing_timeline_view_finalize (GObject *object)
{
  BriefingTimelineView *self = BRIEFING_TIMELINE_VIEW (object);

  g_free (self->search_text);
  g_free (self->query);
  g_free (self->folded_query);

  G_OBJECT_CLASS (briefing_timeline_view_parent_class)->finalize (object);
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
      g_value_set_string (value, self->search_text);
      break;
    case PROP_N_SHOWN:
      g_value_set_uint (value, self->n_shown);
      break;
    case PROP_TEXT_SCALE:
      g_value_set_double (value, self->text_scale);
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
  object_class->finalize = briefing_timeline_view_finalize;
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
    g_param_spec_double ("text-scale", NULL, NULL, 0.5, 4.0, 1.0, flags);
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
  GtkNoSelection *selection;

  self->text_scale = 1.0;
  self->query = g_strdup ("");
  self->folded_query = g_strdup ("");
  self->haystacks = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->bound_rows = g_hash_table_new (NULL, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (event_matches, self, NULL);
  self->shown = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  g_signal_connect_after (self->shown, "items-changed",
                          G_CALLBACK (on_shown_items_changed_cb), self);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_factory_unbind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->shown)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

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
  /* The cache holds the old report's events by pointer: drop it first. */
  g_hash_table_remove_all (self->haystacks);
  g_set_object (&self->report, report);
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

  if (self->topic == topic)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (topic != NULL && g_set_object (&self->entity, NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTITY]);
  g_set_object (&self->topic, topic);
  update_base_model (self);
  update_empty_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOPIC]);
  g_object_thaw_notify (G_OBJECT (self));
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

  if (self->entity == entity)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (entity != NULL && g_set_object (&self->topic, NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOPIC]);
  g_set_object (&self->entity, entity);
  update_base_model (self);
  update_empty_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTITY]);
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
briefing_timeline_view_get_search_text (BriefingTimelineView *self)
{
  g_return_val_if_fail (BRIEFING_IS_TIMELINE_VIEW (self), NULL);

  return self->search_text;
}

void
briefing_timeline_view_set_search_text (BriefingTimelineView *self,
                                        const char           *text)
{
  g_autofree char *query = NULL;
  g_autofree char *folded = NULL;
  GtkFilterChange change;
  GHashTableIter iter;
  gpointer row;

  g_return_if_fail (BRIEFING_IS_TIMELINE_VIEW (self));

  if (g_strcmp0 (self->search_text, text) == 0)
    return;

  g_free (self->search_text);
  self->search_text = g_strdup (text);

  query = g_strstrip (g_strdup (text != NULL ? text : ""));
  folded = briefing_text_search_fold (query);
  if (strcmp (folded, self->folded_query) != 0)
    {
      /* Typing on narrows what is shown and deleting widens it: the filter
       * model then only looks again at the events that can change. */
      if (strstr (folded, self->folded_query) != NULL)
        change = GTK_FILTER_CHANGE_MORE_STRICT;
      else if (strstr (self->folded_query, folded) != NULL)
        change = GTK_FILTER_CHANGE_LESS_STRICT;
      else
        change = GTK_FILTER_CHANGE_DIFFERENT;

      g_free (self->folded_query);
      self->folded_query = g_steal_pointer (&folded);
      rescue_focus (GTK_WIDGET (self->list_view));
      gtk_filter_changed (GTK_FILTER (self->filter), change);
    }

  g_free (self->query);
  self->query = g_steal_pointer (&query);
  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    briefing_event_row_set_search_text (row, self->query);

  update_empty_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
}

guint
briefing_timeline_view_get_n_shown (BriefingTimelineView *self)
{
  g_return_val_if_fail (BRIEFING_IS_TIMELINE_VIEW (self), 0);

  return self->n_shown;
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

  return G_LIST_MODEL (self->shown);
}

double
briefing_timeline_view_get_text_scale (BriefingTimelineView *self)
{
  g_return_val_if_fail (BRIEFING_IS_TIMELINE_VIEW (self), 1.0);

  return self->text_scale;
}

void
briefing_timeline_view_set_text_scale (BriefingTimelineView *self,
                                       double                text_scale)
{
  GHashTableIter iter;
  gpointer row;

  g_return_if_fail (BRIEFING_IS_TIMELINE_VIEW (self));

  text_scale = CLAMP (text_scale, 0.5, 4.0);
  if (G_APPROX_VALUE (self->text_scale, text_scale, DBL_EPSILON))
    return;

  self->text_scale = text_scale;
  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    briefing_event_row_set_text_scale (row, text_scale);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT_SCALE]);
}

/* The shown events are in briefing_event_compare() order, which is total. */
static gboolean
find_shown_position (BriefingTimelineView *self,
                     BriefingEvent        *event,
                     guint                *position)
{
  GListModel *model = G_LIST_MODEL (self->shown);
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
  if (g_hash_table_contains (self->bound_rows, event))
    schedule_jump (self);
}
