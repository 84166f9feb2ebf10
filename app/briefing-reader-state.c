/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "briefing-day-index.h"
#include "briefing-reader-state.h"
#include "briefing-search-index.h"
#include "briefing-subset-list.h"
#include "briefing-text-scale.h"
#include "briefing-text-search.h"

struct _BriefingReaderState
{
  GObject              parent_instance;

  BriefingReport      *report;
  BriefingTopic       *topic;
  BriefingEntity      *entity;
  char                *search_text;    /* as typed */
  char                *query;          /* stripped */
  char                *folded_query;   /* what is compared, "" for no search */
  gboolean             only_marked;
  double               text_scale;
  gboolean             has_period;
  gint64               period_first_day;  /* both included */
  gint64               period_last_day;

  BriefingSearchIndex *search_index;   /* the report's events' folded text */
  GHashTable          *marked;         /* BriefingTurn set: the selection's turns */
  GHashTable          *day_indexes;    /* GListModel → BriefingDayIndex, made as periods count them */

  /* What the views show */
  BriefingSubsetList  *events;
  GHashTable          *turns;          /* BriefingInterview → BriefingSubsetList */
  guint                n_shown_events;
  guint                n_shown_turns;
};

G_DEFINE_FINAL_TYPE (BriefingReaderState, briefing_reader_state, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_REPORT,
  PROP_TOPIC,
  PROP_ENTITY,
  PROP_SEARCH_TEXT,
  PROP_QUERY,
  PROP_ONLY_MARKED,
  PROP_TEXT_SCALE,
  PROP_N_SHOWN_EVENTS,
  PROP_N_SHOWN_TURNS,
  PROP_HAS_PERIOD,
  PROP_PERIOD_FIRST_DAY,
  PROP_PERIOD_LAST_DAY,
  N_PROPS
};

enum {
  SELECTION_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
event_matches (gpointer item,
               gpointer user_data)
{
  BriefingReaderState *self = user_data;

  if (self->has_period &&
      !briefing_event_covers_period (item, self->period_first_day, self->period_last_day))
    return FALSE;
  return briefing_search_index_matches (self->search_index, item, self->folded_query);
}

/* A turn has no date of its own: it is in a period when it speaks of an
 * event that is. */
static gboolean
turn_in_period (BriefingReaderState *self,
                BriefingTurn        *turn)
{
  GPtrArray *events;

  if (!self->has_period)
    return TRUE;
  events = briefing_turn_get_events (turn);
  for (guint i = 0; events != NULL && i < events->len; i++)
    if (briefing_event_covers_period (events->pdata[i], self->period_first_day, self->period_last_day))
      return TRUE;
  return FALSE;
}

static gboolean
turn_matches (gpointer item,
              gpointer user_data)
{
  BriefingReaderState *self = user_data;

  if (self->only_marked && !g_hash_table_contains (self->marked, item))
    return FALSE;
  return briefing_text_search_contains (briefing_turn_get_text (item), self->folded_query);
}

/* Runs of what is shown, whose first shows a heading: a date group of
 * events, a speaker's consecutive turns. */
static gboolean
same_date_group (gpointer previous,
                 gpointer event)
{
  return briefing_event_same_date_group (previous, event);
}

static gboolean
same_speaker (gpointer previous,
              gpointer turn)
{
  return briefing_turn_get_speaker (previous) == briefing_turn_get_speaker (turn);
}

static GListModel *
selection_events (BriefingReaderState *self)
{
  if (self->report == NULL)
    return NULL;
  if (self->topic != NULL)
    return briefing_report_get_topic_events (self->report, self->topic);
  if (self->entity != NULL)
    return briefing_report_get_entity_events (self->report, self->entity);
  return briefing_report_get_events (self->report);
}

/* @narrow: what is asked is stricter than before, so only the items shown
 * need a second look. */
static void
update_events (BriefingReaderState *self,
               gboolean             narrow)
{
  gboolean searching = *self->folded_query != '\0' || self->has_period;

  if (narrow && searching)
    briefing_subset_list_narrow (self->events, event_matches, self);
  else
    briefing_subset_list_select (self->events, selection_events (self),
                                 searching ? event_matches : NULL, self);
}

static void
update_turns (BriefingReaderState *self,
              gboolean             narrow)
{
  gboolean filtering = *self->folded_query != '\0' || self->only_marked;
  GHashTableIter iter;
  gpointer interview, turns;

  g_hash_table_iter_init (&iter, self->turns);
  while (g_hash_table_iter_next (&iter, &interview, &turns))
    {
      if (narrow && filtering)
        briefing_subset_list_narrow (turns, turn_matches, self);
      else
        briefing_subset_list_select (turns, briefing_interview_get_turns (interview),
                                     filtering ? turn_matches : NULL, self);
    }
}

static void
update_marked (BriefingReaderState *self)
{
  GListModel *turns = NULL;

  g_hash_table_remove_all (self->marked);
  if (self->report != NULL && self->topic != NULL)
    turns = briefing_report_get_topic_turns (self->report, self->topic);
  else if (self->report != NULL && self->entity != NULL)
    turns = briefing_report_get_entity_turns (self->report, self->entity);
  for (guint i = 0; turns != NULL && i < g_list_model_get_n_items (turns); i++)
    {
      g_autoptr(BriefingTurn) turn = g_list_model_get_item (turns, i);

      if (turn_in_period (self, turn))
        g_hash_table_add (self->marked, turn);
    }
}

static void
update_counts (BriefingReaderState *self)
{
  guint n_events = g_list_model_get_n_items (G_LIST_MODEL (self->events));
  guint n_turns = 0;
  GHashTableIter iter;
  gpointer turns;

  g_hash_table_iter_init (&iter, self->turns);
  while (g_hash_table_iter_next (&iter, NULL, &turns))
    n_turns += g_list_model_get_n_items (turns);

  if (self->n_shown_events != n_events)
    {
      self->n_shown_events = n_events;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SHOWN_EVENTS]);
    }
  if (self->n_shown_turns != n_turns)
    {
      self->n_shown_turns = n_turns;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SHOWN_TURNS]);
    }
}

static void
briefing_reader_state_dispose (GObject *object)
{
  BriefingReaderState *self = BRIEFING_READER_STATE (object);

  g_clear_object (&self->topic);
  g_clear_object (&self->entity);
  g_clear_object (&self->report);
  g_clear_object (&self->search_index);
  g_clear_object (&self->events);
  g_clear_pointer (&self->turns, g_hash_table_unref);
  g_clear_pointer (&self->marked, g_hash_table_unref);
  g_clear_pointer (&self->day_indexes, g_hash_table_unref);

  G_OBJECT_CLASS (briefing_reader_state_parent_class)->dispose (object);
}

static void
briefing_reader_state_finalize (GObject *object)
{
  BriefingReaderState *self = BRIEFING_READER_STATE (object);

  g_free (self->search_text);
  g_free (self->query);
  g_free (self->folded_query);

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

  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, BRIEFING_TYPE_REPORT, flags);
  properties[PROP_TOPIC] =
    g_param_spec_object ("topic", NULL, NULL, BRIEFING_TYPE_TOPIC, flags);
  properties[PROP_ENTITY] =
    g_param_spec_object ("entity", NULL, NULL, BRIEFING_TYPE_ENTITY, flags);
  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, NULL, flags);
  properties[PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL, "", read_only);
  properties[PROP_ONLY_MARKED] =
    g_param_spec_boolean ("only-marked", NULL, NULL, FALSE, flags);
  properties[PROP_TEXT_SCALE] =
    g_param_spec_double ("text-scale", NULL, NULL,
                         BRIEFING_TEXT_SCALE_MIN, BRIEFING_TEXT_SCALE_MAX, 1.0, flags);
  properties[PROP_N_SHOWN_EVENTS] =
    g_param_spec_uint ("n-shown-events", NULL, NULL, 0, G_MAXUINT, 0, read_only);
  properties[PROP_N_SHOWN_TURNS] =
    g_param_spec_uint ("n-shown-turns", NULL, NULL, 0, G_MAXUINT, 0, read_only);
  properties[PROP_HAS_PERIOD] =
    g_param_spec_boolean ("has-period", NULL, NULL, FALSE, read_only);
  properties[PROP_PERIOD_FIRST_DAY] =
    g_param_spec_int64 ("period-first-day", NULL, NULL, G_MININT64, G_MAXINT64, 0, read_only);
  properties[PROP_PERIOD_LAST_DAY] =
    g_param_spec_int64 ("period-last-day", NULL, NULL, G_MININT64, G_MAXINT64, 0, read_only);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
briefing_reader_state_init (BriefingReaderState *self)
{
  self->query = g_strdup ("");
  self->folded_query = g_strdup ("");
  self->text_scale = 1.0;
  self->marked = g_hash_table_new (NULL, NULL);
  self->day_indexes = g_hash_table_new_full (NULL, NULL, g_object_unref,
                                             (GDestroyNotify) briefing_day_index_unref);
  self->events = briefing_subset_list_new_with_runs (BRIEFING_TYPE_EVENT, same_date_group);
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

  g_return_if_fail (BRIEFING_IS_READER_STATE (self));
  g_return_if_fail (report == NULL || BRIEFING_IS_REPORT (report));

  if (self->report == report)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  /* A topic or entity belongs to the report it came from. */
  if (g_set_object (&self->topic, NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOPIC]);
  if (g_set_object (&self->entity, NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTITY]);
  if (self->only_marked)
    {
      self->only_marked = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ONLY_MARKED]);
    }
  /* A period is chosen on the report's own span. */
  if (self->has_period)
    {
      self->has_period = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_PERIOD]);
    }
  g_set_object (&self->report, report);
  g_clear_object (&self->search_index);
  if (report != NULL)
    self->search_index = briefing_search_index_new (briefing_report_get_events (report));
  g_hash_table_remove_all (self->marked);
  g_hash_table_remove_all (self->day_indexes);

  g_hash_table_remove_all (self->turns);
  interviews = report != NULL ? briefing_report_get_interviews (report) : NULL;
  for (guint i = 0; interviews != NULL && i < g_list_model_get_n_items (interviews); i++)
    {
      g_autoptr(BriefingInterview) interview = g_list_model_get_item (interviews, i);

      g_hash_table_insert (self->turns, interview,
                           briefing_subset_list_new_with_runs (BRIEFING_TYPE_TURN, same_speaker));
    }
  update_turns (self, FALSE);
  update_events (self, FALSE);
  update_counts (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
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
  update_marked (self);
  update_events (self, FALSE);
  if (self->only_marked || only_marked_changed)
    update_turns (self, FALSE);

  g_object_freeze_notify (G_OBJECT (self));
  if (topic_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOPIC]);
  if (entity_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTITY]);
  if (only_marked_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ONLY_MARKED]);
  update_counts (self);
  g_object_thaw_notify (G_OBJECT (self));
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
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

/**
 * briefing_reader_state_get_search_text:
 *
 * Returns: (nullable): the search as typed
 */
const char *
briefing_reader_state_get_search_text (BriefingReaderState *self)
{
  g_return_val_if_fail (BRIEFING_IS_READER_STATE (self), NULL);

  return self->search_text;
}

/**
 * briefing_reader_state_set_search_text:
 * @text: (nullable): the search as typed
 *
 * Shows only the events and turns that contain @text, ignoring case,
 * accents and the spaces around it.
 */
void
briefing_reader_state_set_search_text (BriefingReaderState *self,
                                       const char          *text)
{
  g_autofree char *query = NULL;
  g_autofree char *folded = NULL;

  g_return_if_fail (BRIEFING_IS_READER_STATE (self));

  if (g_strcmp0 (self->search_text, text) == 0)
    return;

  g_free (self->search_text);
  self->search_text = g_strdup (text);

  g_object_freeze_notify (G_OBJECT (self));
  query = g_strstrip (g_strdup (text != NULL ? text : ""));
  /* First, so that the rows bound for the change already highlight it. */
  if (strcmp (query, self->query) != 0)
    {
      g_free (self->query);
      self->query = g_steal_pointer (&query);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
    }

  folded = briefing_text_search_fold (self->query);
  if (strcmp (folded, self->folded_query) != 0)
    {
      /* Typing on narrows what is shown: only the items shown need a look. */
      gboolean narrow = briefing_text_search_narrows (folded, self->folded_query);

      g_free (self->folded_query);
      self->folded_query = g_steal_pointer (&folded);
      update_events (self, narrow);
      update_turns (self, narrow);
      update_counts (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * briefing_reader_state_get_query:
 *
 * Returns: the search text without the spaces around it, "" for none: what
 *   rows highlight
 */
const char *
briefing_reader_state_get_query (BriefingReaderState *self)
{
  g_return_val_if_fail (BRIEFING_IS_READER_STATE (self), "");

  return self->query;
}

/**
 * briefing_reader_state_prepare_search:
 *
 * Readies the events for searching in the background, for when the reader
 * is about to search: the first search is then as quick as the next.
 */
void
briefing_reader_state_prepare_search (BriefingReaderState *self)
{
  g_return_if_fail (BRIEFING_IS_READER_STATE (self));

  if (self->search_index != NULL)
    briefing_search_index_prepare (self->search_index);
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
  update_turns (self, only_marked);
  g_object_freeze_notify (G_OBJECT (self));
  update_counts (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ONLY_MARKED]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT_SCALE]);
}

/**
 * briefing_reader_state_get_events:
 *
 * Returns: (transfer none): the events shown, in their order: those of the
 *   selection that match the search. The same model for the state's life.
 */
GListModel *
briefing_reader_state_get_events (BriefingReaderState *self)
{
  g_return_val_if_fail (BRIEFING_IS_READER_STATE (self), NULL);

  return G_LIST_MODEL (self->events);
}

guint
briefing_reader_state_get_n_shown_events (BriefingReaderState *self)
{
  g_return_val_if_fail (BRIEFING_IS_READER_STATE (self), 0);

  return self->n_shown_events;
}

/**
 * briefing_reader_state_find_event:
 * @position: (out): where @event is among the events shown
 *
 * Returns: whether @event is shown
 */
gboolean
briefing_reader_state_find_event (BriefingReaderState *self,
                                  BriefingEvent       *event,
                                  guint               *position)
{
  guint low = 0, high;

  g_return_val_if_fail (BRIEFING_IS_READER_STATE (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_EVENT (event), FALSE);
  g_return_val_if_fail (position != NULL, FALSE);

  /* The events shown are in briefing_event_compare() order, which is total. */
  high = g_list_model_get_n_items (G_LIST_MODEL (self->events));
  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      BriefingEvent *item = briefing_subset_list_peek (self->events, middle);

      if (item == event)
        {
          *position = middle;
          return TRUE;
        }
      if (briefing_event_compare (item, event) < 0)
        low = middle + 1;
      else
        high = middle;
    }
  return FALSE;
}

/**
 * briefing_reader_state_get_turns:
 * @interview: an interview of the report
 *
 * Returns: (transfer none) (nullable): the turns of @interview shown, in
 *   order: those that match the search and, with "only-marked", are marked.
 *   The same model until the report changes; %NULL for an interview of
 *   another report.
 */
GListModel *
briefing_reader_state_get_turns (BriefingReaderState *self,
                                 BriefingInterview   *interview)
{
  g_return_val_if_fail (BRIEFING_IS_READER_STATE (self), NULL);
  g_return_val_if_fail (BRIEFING_IS_INTERVIEW (interview), NULL);

  return g_hash_table_lookup (self->turns, interview);
}

/**
 * briefing_reader_state_get_n_shown_turns:
 *
 * Returns: the turns shown in all the interviews
 */
guint
briefing_reader_state_get_n_shown_turns (BriefingReaderState *self)
{
  g_return_val_if_fail (BRIEFING_IS_READER_STATE (self), 0);

  return self->n_shown_turns;
}

/**
 * briefing_reader_state_is_turn_marked:
 *
 * Returns: whether @turn concerns the chosen topic or entity
 */
gboolean
briefing_reader_state_is_turn_marked (BriefingReaderState *self,
                                      BriefingTurn        *turn)
{
  g_return_val_if_fail (BRIEFING_IS_READER_STATE (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_TURN (turn), FALSE);

  return g_hash_table_contains (self->marked, turn);
}

/**
 * briefing_reader_state_shows_turn:
 *
 * Returns: whether @turn passes the search and "only-marked"
 */
gboolean
briefing_reader_state_shows_turn (BriefingReaderState *self,
                                  BriefingTurn        *turn)
{
  g_return_val_if_fail (BRIEFING_IS_READER_STATE (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_TURN (turn), FALSE);

  return turn_matches (turn, self);
}

/**
 * briefing_reader_state_get_period:
 * @first_day: (out) (optional): the period's first day, included
 * @last_day: (out) (optional): its last day, included
 *
 * Returns: whether a period is chosen
 */
gboolean
briefing_reader_state_get_period (BriefingReaderState *self,
                                  gint64              *first_day,
                                  gint64              *last_day)
{
  g_return_val_if_fail (BRIEFING_IS_READER_STATE (self), FALSE);

  if (first_day != NULL)
    *first_day = self->period_first_day;
  if (last_day != NULL)
    *last_day = self->period_last_day;
  return self->has_period;
}

static void
apply_period (BriefingReaderState *self,
              gboolean             has_period,
              gint64               first_day,
              gint64               last_day)
{
  gboolean narrow;

  if (self->has_period == has_period &&
      (!has_period || (self->period_first_day == first_day && self->period_last_day == last_day)))
    return;

  /* Inside the old period, only what is shown needs a second look. */
  narrow = has_period && self->has_period &&
           first_day >= self->period_first_day && last_day <= self->period_last_day;
  g_object_freeze_notify (G_OBJECT (self));
  if (self->has_period != has_period)
    {
      self->has_period = has_period;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_PERIOD]);
    }
  if (self->period_first_day != first_day)
    {
      self->period_first_day = first_day;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD_FIRST_DAY]);
    }
  if (self->period_last_day != last_day)
    {
      self->period_last_day = last_day;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD_LAST_DAY]);
    }
  update_marked (self);
  update_events (self, narrow);
  if (self->only_marked)
    update_turns (self, FALSE);
  update_counts (self);
  g_object_thaw_notify (G_OBJECT (self));
  /* A period narrows what is chosen as a topic does: the views follow it
   * on the same signal. */
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

/**
 * briefing_reader_state_set_period:
 * @first_day: the first day of the period (a BriefingDate day number)
 * @last_day: its last day, included; swapped with @first_day if before it
 *
 * Narrows every view to a period: the events that cover one of its days
 * (see briefing_event_covers_period() for why "intersect", not "inside"),
 * and the marks to the turns that speak of such an event.
 */
void
briefing_reader_state_set_period (BriefingReaderState *self,
                                  gint64               first_day,
                                  gint64               last_day)
{
  g_return_if_fail (BRIEFING_IS_READER_STATE (self));

  apply_period (self, TRUE, MIN (first_day, last_day), MAX (first_day, last_day));
}

/**
 * briefing_reader_state_clear_period:
 *
 * Shows all of time again.
 */
void
briefing_reader_state_clear_period (BriefingReaderState *self)
{
  g_return_if_fail (BRIEFING_IS_READER_STATE (self));

  apply_period (self, FALSE, self->period_first_day, self->period_last_day);
}

static BriefingDayIndex *
ensure_day_index (BriefingReaderState *self,
                  GListModel          *events)
{
  BriefingDayIndex *index = g_hash_table_lookup (self->day_indexes, events);

  if (index == NULL)
    {
      index = briefing_day_index_new (events);
      g_hash_table_insert (self->day_indexes, g_object_ref (events), index);
    }
  return index;
}

/**
 * briefing_reader_state_prepare_period_count:
 * @events: some events of the report, as for briefing_reader_state_count_in_period()
 *
 * Makes now what counting @events in a period needs, for when the reader
 * has not chosen one yet: the first period is then as quick as the next.
 */
void
briefing_reader_state_prepare_period_count (BriefingReaderState *self,
                                            GListModel          *events)
{
  g_return_if_fail (BRIEFING_IS_READER_STATE (self));
  g_return_if_fail (G_IS_LIST_MODEL (events));

  ensure_day_index (self, events);
}

/**
 * briefing_reader_state_count_in_period:
 * @events: some events of the report (a topic's, an entity's)
 * @turns: (nullable): some of its turns
 * @n_events: (out): how many of @events are in the period, all without one
 * @n_turns: (out): how many of @turns speak of an event in it
 *
 * What the sidebar counts for a row while a period is chosen. @events
 * must not change (a list of the report's, as its indexes give them).
 */
void
briefing_reader_state_count_in_period (BriefingReaderState *self,
                                       GListModel          *events,
                                       GListModel          *turns,
                                       guint               *n_events,
                                       guint               *n_turns)
{
  guint n;

  g_return_if_fail (BRIEFING_IS_READER_STATE (self));
  g_return_if_fail (G_IS_LIST_MODEL (events));
  g_return_if_fail (n_events != NULL && n_turns != NULL);

  *n_events = g_list_model_get_n_items (events);
  if (self->has_period)
    {
      /* Each list's index is made the first time a period counts it: the
       * next periods, as the reader drags one out, are lookups. The
       * report's lists are immutable, so the index stays true. */
      BriefingDayIndex *index = ensure_day_index (self, events);

      *n_events = briefing_day_index_count (index, self->period_first_day, self->period_last_day);
    }
  n = turns != NULL ? g_list_model_get_n_items (turns) : 0;
  *n_turns = self->has_period ? 0 : n;
  for (guint i = 0; self->has_period && i < n; i++)
    {
      g_autoptr(BriefingTurn) turn = g_list_model_get_item (turns, i);

      if (turn_in_period (self, turn))
        (*n_turns)++;
    }
}
