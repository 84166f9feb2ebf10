/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "briefing-reader-state-private.h"
#include "briefing-shown-query.h"
#include "briefing-text-scale.h"
#include "briefing-text-search.h"

G_DEFINE_FINAL_TYPE (BriefingReaderState, briefing_reader_state, G_TYPE_OBJECT)

GParamSpec *briefing_reader_state_properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
briefing_reader_state_dispose (GObject *object)
{
  BriefingReaderState *self = BRIEFING_READER_STATE (object);

  briefing_reader_state_cancel_search (self);
  g_clear_object (&self->topic);
  g_clear_object (&self->entity);
  g_clear_object (&self->report);
  g_clear_object (&self->search_index);
  g_clear_object (&self->events);
  g_clear_pointer (&self->turns, g_hash_table_unref);
  g_clear_pointer (&self->marked, g_hash_table_unref);
  g_clear_object (&self->period_counter);

  G_OBJECT_CLASS (briefing_reader_state_parent_class)->dispose (object);
}

static void
briefing_reader_state_finalize (GObject *object)
{
  BriefingReaderState *self = BRIEFING_READER_STATE (object);

  g_free (self->search_text);
  g_free (self->query);
  g_free (self->folded_query);
  g_free (self->pending_query);
  g_free (self->pending_folded_query);

  G_OBJECT_CLASS (briefing_reader_state_parent_class)->finalize (object);
}

static void
briefing_reader_state_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  BriefingReaderState *self = BRIEFING_READER_STATE (object);

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
    case PROP_QUERY:
      g_value_set_string (value, self->query);
      break;
    case PROP_ONLY_MARKED:
      g_value_set_boolean (value, self->only_marked);
      break;
    case PROP_TEXT_SCALE:
      g_value_set_double (value, self->text_scale);
      break;
    case PROP_N_SHOWN_EVENTS:
      g_value_set_uint (value, self->n_shown_events);
      break;
    case PROP_N_SHOWN_TURNS:
      g_value_set_uint (value, self->n_shown_turns);
      break;
    case PROP_HAS_PERIOD:
      g_value_set_boolean (value, self->has_period);
      break;
    case PROP_PERIOD_FIRST_DAY:
      g_value_set_int64 (value, self->period_first_day);
      break;
    case PROP_PERIOD_LAST_DAY:
      g_value_set_int64 (value, self->period_last_day);
      break;
    case PROP_SEARCHING:
      g_value_set_boolean (value, self->searching);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_reader_state_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  BriefingReaderState *self = BRIEFING_READER_STATE (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      briefing_reader_state_set_report (self, g_value_get_object (value));
      break;
    case PROP_TOPIC:
      briefing_reader_state_set_topic (self, g_value_get_object (value));
      break;
    case PROP_ENTITY:
      briefing_reader_state_set_entity (self, g_value_get_object (value));
      break;
    case PROP_SEARCH_TEXT:
      briefing_reader_state_set_search_text (self, g_value_get_string (value));
      break;
    case PROP_ONLY_MARKED:
      briefing_reader_state_set_only_marked (self, g_value_get_boolean (value));
      break;
    case PROP_TEXT_SCALE:
      briefing_reader_state_set_text_scale (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_reader_state_class_init (BriefingReaderStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags read_only = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = briefing_reader_state_dispose;
  object_class->finalize = briefing_reader_state_finalize;
  object_class->get_property = briefing_reader_state_get_property;
  object_class->set_property = briefing_reader_state_set_property;

  briefing_reader_state_properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, BRIEFING_TYPE_REPORT, flags);
  briefing_reader_state_properties[PROP_TOPIC] =
    g_param_spec_object ("topic", NULL, NULL, BRIEFING_TYPE_TOPIC, flags);
  briefing_reader_state_properties[PROP_ENTITY] =
    g_param_spec_object ("entity", NULL, NULL, BRIEFING_TYPE_ENTITY, flags);
  briefing_reader_state_properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, NULL, flags);
  briefing_reader_state_properties[PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL, "", read_only);
  briefing_reader_state_properties[PROP_ONLY_MARKED] =
    g_param_spec_boolean ("only-marked", NULL, NULL, FALSE, flags);
  briefing_reader_state_properties[PROP_TEXT_SCALE] =
    g_param_spec_double ("text-scale", NULL, NULL,
                         BRIEFING_TEXT_SCALE_MIN, BRIEFING_TEXT_SCALE_MAX, 1.0, flags);
  briefing_reader_state_properties[PROP_N_SHOWN_EVENTS] =
    g_param_spec_uint ("n-shown-events", NULL, NULL, 0, G_MAXUINT, 0, read_only);
  briefing_reader_state_properties[PROP_N_SHOWN_TURNS] =
    g_param_spec_uint ("n-shown-turns", NULL, NULL, 0, G_MAXUINT, 0, read_only);
  briefing_reader_state_properties[PROP_HAS_PERIOD] =
    g_param_spec_boolean ("has-period", NULL, NULL, FALSE, read_only);
  briefing_reader_state_properties[PROP_PERIOD_FIRST_DAY] =
    g_param_spec_int64 ("period-first-day", NULL, NULL, G_MININT64, G_MAXINT64, 0, read_only);
  briefing_reader_state_properties[PROP_PERIOD_LAST_DAY] =
    g_param_spec_int64 ("period-last-day", NULL, NULL, G_MININT64, G_MAXINT64, 0, read_only);
  briefing_reader_state_properties[PROP_SEARCHING] =
    g_param_spec_boolean ("searching", NULL, NULL, FALSE, read_only);
  g_object_class_install_properties (object_class, N_PROPS, briefing_reader_state_properties);

  signals[SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
briefing_reader_state_init (BriefingReaderState *self)
{
  briefing_reader_state_init_search (self);
  self->text_scale = 1.0;
  self->marked = g_hash_table_new (NULL, NULL);
  self->period_counter = briefing_period_counter_new ();
  self->events = briefing_shown_query_new_event_list ();
  self->turns = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
}

/**
 * briefing_reader_state_new:
 *
 * Returns: (transfer full): a state with no report
 */
BriefingReaderState *
briefing_reader_state_new (void)
{
  return g_object_new (BRIEFING_TYPE_READER_STATE, NULL);
}

/**
 * briefing_reader_state_get_report:
 *
 * Returns: (transfer none) (nullable): the report read
 */
BriefingReport *
briefing_reader_state_get_report (BriefingReaderState *self)
{
  g_return_val_if_fail (BRIEFING_IS_READER_STATE (self), NULL);

  return self->report;
}

/**
 * briefing_reader_state_set_report:
 * @report: (nullable): the report to read
 *
 * Reads @report from its beginning: no topic or entity chosen, all turns.
 * The search stays.
 */
void
briefing_reader_state_set_report (BriefingReaderState *self,
                                  BriefingReport      *report)
{
  GListModel *interviews;
  gboolean was_searching;

  g_return_if_fail (BRIEFING_IS_READER_STATE (self));
  g_return_if_fail (report == NULL || BRIEFING_IS_REPORT (report));

  if (self->report == report)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  /* A topic or entity belongs to the report it came from. */
  if (g_set_object (&self->topic, NULL))
    g_object_notify_by_pspec (G_OBJECT (self), briefing_reader_state_properties[PROP_TOPIC]);
  if (g_set_object (&self->entity, NULL))
    g_object_notify_by_pspec (G_OBJECT (self), briefing_reader_state_properties[PROP_ENTITY]);
  if (self->only_marked)
    {
      self->only_marked = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), briefing_reader_state_properties[PROP_ONLY_MARKED]);
    }
  /* A period is chosen on the report's own span. */
  if (self->has_period)
    {
      self->has_period = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), briefing_reader_state_properties[PROP_HAS_PERIOD]);
    }
  /* A search under way looks in the old report's text. */
  was_searching = briefing_reader_state_cancel_search (self);
  g_set_object (&self->report, report);
  g_clear_object (&self->search_index);
  if (report != NULL)
    self->search_index = briefing_search_index_new (briefing_report_get_events (report));
  g_hash_table_remove_all (self->marked);
  briefing_period_counter_clear (self->period_counter);

  g_hash_table_remove_all (self->turns);
  interviews = report != NULL ? briefing_report_get_interviews (report) : NULL;
  for (guint i = 0; interviews != NULL && i < g_list_model_get_n_items (interviews); i++)
    {
      g_autoptr(BriefingInterview) interview = g_list_model_get_item (interviews, i);

      g_hash_table_insert (self->turns, interview,
                           briefing_shown_query_new_turn_list ());
    }
  briefing_reader_state_update_turns (self, FALSE);
  briefing_reader_state_update_events (self, FALSE);
  briefing_reader_state_update_counts (self);
  if (was_searching)
    briefing_reader_state_search_again (self);
  g_object_notify_by_pspec (G_OBJECT (self), briefing_reader_state_properties[PROP_REPORT]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * briefing_reader_state_get_topic:
 *
 * Returns: (transfer none) (nullable): the topic chosen
 */
BriefingTopic *
briefing_reader_state_get_topic (BriefingReaderState *self)
{
  g_return_val_if_fail (BRIEFING_IS_READER_STATE (self), NULL);

  return self->topic;
}

/**
 * briefing_reader_state_set_topic:
 * @topic: (nullable): a topic of the report
 *
 * Chooses @topic, and no entity; %NULL keeps the entity, if any.
 */
void
briefing_reader_state_set_topic (BriefingReaderState *self,
                                 BriefingTopic       *topic)
{
  g_return_if_fail (BRIEFING_IS_READER_STATE (self));

  briefing_reader_state_set_selection (self, topic, topic != NULL ? NULL : self->entity);
}

/**
 * briefing_reader_state_get_entity:
 *
 * Returns: (transfer none) (nullable): the person, organization or place chosen
 */
BriefingEntity *
briefing_reader_state_get_entity (BriefingReaderState *self)
{
  g_return_val_if_fail (BRIEFING_IS_READER_STATE (self), NULL);

  return self->entity;
}

/**
 * briefing_reader_state_set_entity:
 * @entity: (nullable): an entity of the report
 *
 * Chooses @entity, and no topic; %NULL keeps the topic, if any.
 */
void
briefing_reader_state_set_entity (BriefingReaderState *self,
                                  BriefingEntity      *entity)
{
  g_return_if_fail (BRIEFING_IS_READER_STATE (self));

  briefing_reader_state_set_selection (self, entity != NULL ? NULL : self->topic, entity);
}

/**
 * briefing_reader_state_set_selection:
 * @topic: (nullable): the topic to choose
 * @entity: (nullable): the entity to choose
 *
 * Chooses @topic or @entity, or all of the report when both are %NULL, in
 * one change of each list. At most one of them may be set. Without a
 * selection no turn is marked, so "only-marked" goes off: it would hide
 * every turn.
 */
void
briefing_reader_state_set_selection (BriefingReaderState *self,
                                     BriefingTopic       *topic,
                                     BriefingEntity      *entity)
{
  gboolean topic_changed, entity_changed, only_marked_changed = FALSE;

  g_return_if_fail (BRIEFING_IS_READER_STATE (self));
  g_return_if_fail (topic == NULL || BRIEFING_IS_TOPIC (topic));
  g_return_if_fail (entity == NULL || BRIEFING_IS_ENTITY (entity));
  g_return_if_fail (topic == NULL || entity == NULL);

  if (self->topic == topic && self->entity == entity)
    return;

  topic_changed = g_set_object (&self->topic, topic);
  entity_changed = g_set_object (&self->entity, entity);
  if (topic == NULL && entity == NULL && self->only_marked)
    {
      self->only_marked = FALSE;
      only_marked_changed = TRUE;
    }
  briefing_reader_state_update_marked (self);
  briefing_reader_state_update_events (self, FALSE);
  if (self->only_marked || only_marked_changed)
    briefing_reader_state_update_turns (self, FALSE);

  g_object_freeze_notify (G_OBJECT (self));
  if (topic_changed)
    g_object_notify_by_pspec (G_OBJECT (self), briefing_reader_state_properties[PROP_TOPIC]);
  if (entity_changed)
    g_object_notify_by_pspec (G_OBJECT (self), briefing_reader_state_properties[PROP_ENTITY]);
  if (only_marked_changed)
    g_object_notify_by_pspec (G_OBJECT (self), briefing_reader_state_properties[PROP_ONLY_MARKED]);
  briefing_reader_state_update_counts (self);
  g_object_thaw_notify (G_OBJECT (self));
  briefing_reader_state_emit_selection_changed (self);
}

gboolean
briefing_reader_state_has_selection (BriefingReaderState *self)
{
  g_return_val_if_fail (BRIEFING_IS_READER_STATE (self), FALSE);

  return self->topic != NULL || self->entity != NULL;
}

/**
 * briefing_reader_state_get_selection_name:
 *
 * Returns: (nullable): the chosen topic's title or entity's name
 */
const char *
briefing_reader_state_get_selection_name (BriefingReaderState *self)
{
  g_return_val_if_fail (BRIEFING_IS_READER_STATE (self), NULL);

  if (self->topic != NULL)
    return briefing_topic_get_title (self->topic);
  if (self->entity != NULL)
    return briefing_entity_get_name (self->entity);
  return NULL;
}

gboolean
briefing_reader_state_get_only_marked (BriefingReaderState *self)
{
  g_return_val_if_fail (BRIEFING_IS_READER_STATE (self), FALSE);

  return self->only_marked;
}

/**
 * briefing_reader_state_set_only_marked:
 *
 * Shows, of each interview, only the turns the selection marks.
 */
void
briefing_reader_state_set_only_marked (BriefingReaderState *self,
                                       gboolean             only_marked)
{
  g_return_if_fail (BRIEFING_IS_READER_STATE (self));

  only_marked = !!only_marked;
  if (self->only_marked == only_marked)
    return;

  self->only_marked = only_marked;
  briefing_reader_state_update_turns (self, only_marked);
  g_object_freeze_notify (G_OBJECT (self));
  briefing_reader_state_update_counts (self);
  g_object_notify_by_pspec (G_OBJECT (self), briefing_reader_state_properties[PROP_ONLY_MARKED]);
  g_object_thaw_notify (G_OBJECT (self));
}

double
briefing_reader_state_get_text_scale (BriefingReaderState *self)
{
  g_return_val_if_fail (BRIEFING_IS_READER_STATE (self), 1.0);

  return self->text_scale;
}

/**
 * briefing_reader_state_set_text_scale:
 *
 * Zooms report text, 1.0 for its normal size, to the nearest tenth within
 * BRIEFING_TEXT_SCALE_MIN and _MAX.
 */
void
briefing_reader_state_set_text_scale (BriefingReaderState *self,
                                      double               text_scale)
{
  g_return_if_fail (BRIEFING_IS_READER_STATE (self));

  /* Tenths, so that zooming in and out again comes back to the same size. */
  text_scale = CLAMP (round (text_scale * 10.0) / 10.0, BRIEFING_TEXT_SCALE_MIN, BRIEFING_TEXT_SCALE_MAX);
  if (G_APPROX_VALUE (self->text_scale, text_scale, 0.001))
    return;
  self->text_scale = text_scale;
  g_object_notify_by_pspec (G_OBJECT (self), briefing_reader_state_properties[PROP_TEXT_SCALE]);
}

/* For the other files of the state: after a change of topic, entity or
 * period, once the lists follow it. */
void
briefing_reader_state_emit_selection_changed (BriefingReaderState *self)
{
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}
