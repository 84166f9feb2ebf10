/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-era-private.h"
#include "briefing-model-private.h"
#include "briefing-object-list.h"
#include "briefing-report.h"

struct _BriefingReport
{
  GObject             parent_instance;

  char               *title;
  char               *subtitle;
  char               *language;
  char               *version;
  char               *source_name;
  char               *source_url;
  char              **authors;
  char               *summary;
  BriefingDate        published;
  gboolean            has_published;

  BriefingObjectList *topics;
  BriefingObjectList *entities;
  BriefingObjectList *events;      /* in the timeline's order */
  BriefingObjectList *interviews;
  BriefingObjectList *eras;        /* in the order of their dates */
  guint               n_turns;

  /* Selections are lookups, not scans: BriefingTopic/BriefingEntity → list */
  GHashTable         *events_by_subject;
  GHashTable         *turns_by_subject;
  BriefingObjectList *no_events;
  BriefingObjectList *no_turns;
};

G_DEFINE_FINAL_TYPE (BriefingReport, briefing_report, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_SUMMARY,
  PROP_LANGUAGE,
  PROP_SOURCE_NAME,
  PROP_SOURCE_URL,
  PROP_TOPICS,
  PROP_ENTITIES,
  PROP_EVENTS,
  PROP_INTERVIEWS,
  PROP_ERAS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
briefing_report_finalize (GObject *object)
{
  BriefingReport *self = BRIEFING_REPORT (object);

  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->language);
  g_free (self->version);
  g_free (self->source_name);
  g_free (self->source_url);
  g_strfreev (self->authors);
  g_free (self->summary);
  g_clear_pointer (&self->events_by_subject, g_hash_table_unref);
  g_clear_pointer (&self->turns_by_subject, g_hash_table_unref);
  g_clear_object (&self->topics);
  g_clear_object (&self->entities);
  g_clear_object (&self->events);
  g_clear_object (&self->interviews);
  g_clear_object (&self->eras);
  g_clear_object (&self->no_events);
  g_clear_object (&self->no_turns);

  G_OBJECT_CLASS (briefing_report_parent_class)->finalize (object);
}

static void
briefing_report_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BriefingReport *self = BRIEFING_REPORT (object);

  switch (prop_id)
    {
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_SUBTITLE: g_value_set_string (value, self->subtitle); break;
    case PROP_SUMMARY: g_value_set_string (value, self->summary); break;
    case PROP_LANGUAGE: g_value_set_string (value, self->language); break;
    case PROP_SOURCE_NAME: g_value_set_string (value, self->source_name); break;
    case PROP_SOURCE_URL: g_value_set_string (value, self->source_url); break;
    case PROP_TOPICS: g_value_set_object (value, self->topics); break;
    case PROP_ENTITIES: g_value_set_object (value, self->entities); break;
    case PROP_EVENTS: g_value_set_object (value, self->events); break;
    case PROP_INTERVIEWS: g_value_set_object (value, self->interviews); break;
    case PROP_ERAS: g_value_set_object (value, self->eras); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_report_class_init (BriefingReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = briefing_report_finalize;
  object_class->get_property = briefing_report_get_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_SUBTITLE] = g_param_spec_string ("subtitle", NULL, NULL, NULL, flags);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, flags);
  properties[PROP_LANGUAGE] = g_param_spec_string ("language", NULL, NULL, NULL, flags);
  properties[PROP_SOURCE_NAME] = g_param_spec_string ("source-name", NULL, NULL, NULL, flags);
  properties[PROP_SOURCE_URL] = g_param_spec_string ("source-url", NULL, NULL, NULL, flags);
  properties[PROP_TOPICS] = g_param_spec_object ("topics", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_ENTITIES] = g_param_spec_object ("entities", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_EVENTS] = g_param_spec_object ("events", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_INTERVIEWS] = g_param_spec_object ("interviews", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_ERAS] = g_param_spec_object ("eras", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
briefing_report_init (BriefingReport *self)
{
  self->events_by_subject = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->turns_by_subject = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->no_events = briefing_object_list_new (BRIEFING_TYPE_EVENT, NULL);
  self->no_turns = briefing_object_list_new (BRIEFING_TYPE_TURN, NULL);
  self->eras = briefing_object_list_new (BRIEFING_TYPE_ERA, NULL);
}

BriefingReport *
_briefing_report_new (void)
{
  return g_object_new (BRIEFING_TYPE_REPORT, NULL);
}

void
_briefing_report_set_texts (BriefingReport *self,
                            char           *version,
                            char           *title,
                            char           *subtitle,
                            char           *language,
                            char           *summary)
{
  self->version = version;
  self->title = title;
  self->subtitle = subtitle;
  self->language = language;
  self->summary = summary;
}

void
_briefing_report_set_source (BriefingReport *self,
                             char           *name,
                             char           *url,
                             char          **authors)
{
  self->source_name = name;
  self->source_url = url;
  self->authors = authors;
}

void
_briefing_report_set_published (BriefingReport     *self,
                                const BriefingDate *published)
{
  self->published = *published;
  self->has_published = TRUE;
}

static void
index_add (GHashTable *index,
           gpointer    subject,
           gpointer    item)
{
  GPtrArray *items = g_hash_table_lookup (index, subject);

  if (items == NULL)
    {
      items = g_ptr_array_new_with_free_func (g_object_unref);
      g_hash_table_insert (index, subject, items);
    }
  if (items->len == 0 || g_ptr_array_index (items, items->len - 1) != item)
    g_ptr_array_add (items, g_object_ref (item));
}

static void
index_add_all (GHashTable *index,
               GPtrArray  *subjects,
               gpointer    item)
{
  for (guint i = 0; i < subjects->len; i++)
    index_add (index, g_ptr_array_index (subjects, i), item);
}

static guint
index_count (GHashTable *index,
             gpointer    subject)
{
  GPtrArray *items = g_hash_table_lookup (index, subject);

  return items != NULL ? items->len : 0;
}

/* Moves the arrays of a finished index into list models. */
static void
index_seal (GHashTable *building,
            GHashTable *sealed,
            GType       item_type)
{
  GHashTableIter iter;
  gpointer subject, items;

  g_hash_table_iter_init (&iter, building);
  while (g_hash_table_iter_next (&iter, &subject, &items))
    {
      g_hash_table_iter_steal (&iter);
      g_hash_table_insert (sealed, subject, briefing_object_list_new (item_type, items));
    }
}

static void
index_events (BriefingReport      *self,
              GHashTable          *events_index,
              BriefingCancelCheck *check)
{
  for (guint i = 0; i < briefing_object_list_get_size (self->events) && !briefing_cancel_check_item (check); i++)
    {
      BriefingEvent *event = briefing_object_list_get (self->events, i);
      BriefingAttribution *attribution = briefing_event_get_attribution (event);
      GPtrArray *quotes = briefing_event_get_quotes (event);
      GPtrArray *figures = briefing_event_get_figures (event);

      index_add_all (events_index, briefing_event_get_topics (event), event);
      if (briefing_event_get_place (event) != NULL)
        index_add (events_index, briefing_event_get_place (event), event);
      index_add_all (events_index, briefing_event_get_actors (event), event);
      if (attribution != NULL && attribution->source != NULL)
        index_add (events_index, attribution->source, event);
      for (guint q = 0; q < quotes->len; q++)
        index_add (events_index, ((BriefingQuote *) g_ptr_array_index (quotes, q))->speaker, event);
      for (guint f = 0; f < figures->len; f++)
        {
          BriefingFigure *figure = g_ptr_array_index (figures, f);

          if (figure->attribution != NULL && figure->attribution->source != NULL)
            index_add (events_index, figure->attribution->source, event);
        }
    }
}

static void
index_turns (BriefingReport      *self,
             GHashTable          *turns_index,
             BriefingCancelCheck *check)
{
  for (guint i = 0; i < briefing_object_list_get_size (self->interviews) && !briefing_cancel_check_is_cancelled (check); i++)
    {
      BriefingInterview *interview = briefing_object_list_get (self->interviews, i);
      GListModel *turns = briefing_interview_get_turns (interview);
      guint n_turns = g_list_model_get_n_items (turns);

      self->n_turns += n_turns;
      for (guint t = 0; t < n_turns && !briefing_cancel_check_item (check); t++)
        {
          BriefingTurn *turn = briefing_object_list_get (BRIEFING_OBJECT_LIST (turns), t);

          index_add (turns_index, briefing_turn_get_speaker (turn), turn);
          index_add_all (turns_index, briefing_turn_get_topics (turn), turn);
          index_add_all (turns_index, briefing_turn_get_entities (turn), turn);
        }
    }
}

/* Takes the lists (events already in the timeline's order) and builds the
 * indexes and counts that selections read. Returns FALSE when @check was
 * cancelled on the way: the report is then only fit to be freed. */
gboolean
_briefing_report_set_lists (BriefingReport      *self,
                            GPtrArray           *topics,
                            GPtrArray           *entities,
                            GPtrArray           *events,
                            GPtrArray           *interviews,
                            BriefingCancelCheck *check)
{
  g_autoptr(GHashTable) events_index = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) turns_index = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);

  self->topics = briefing_object_list_new (BRIEFING_TYPE_TOPIC, topics);
  self->entities = briefing_object_list_new (BRIEFING_TYPE_ENTITY, entities);
  self->events = briefing_object_list_new (BRIEFING_TYPE_EVENT, events);
  self->interviews = briefing_object_list_new (BRIEFING_TYPE_INTERVIEW, interviews);

  /* An entity can be place and actor of one event: index_add skips the
   * repeat because an event's subjects are added one event at a time. An
   * event adds itself to a few lists: a hundred are some tens of
   * microseconds between two questions to the cancellable. */
  if (check != NULL)
    briefing_cancel_check_set_stage (check, BRIEFING_LOAD_STAGE_INDEX, 128);
  index_events (self, events_index, check);
  index_turns (self, turns_index, check);

  for (guint i = 0; i < topics->len && !briefing_cancel_check_item (check); i++)
    {
      BriefingTopic *topic = g_ptr_array_index (topics, i);

      _briefing_topic_set_counts (topic, index_count (events_index, topic),
                                  index_count (turns_index, topic));
    }
  for (guint i = 0; i < entities->len && !briefing_cancel_check_item (check); i++)
    {
      BriefingEntity *entity = g_ptr_array_index (entities, i);

      _briefing_entity_set_counts (entity, index_count (events_index, entity),
                                   index_count (turns_index, entity));
    }

  if (briefing_cancel_check_is_cancelled (check))
    return FALSE;
  index_seal (events_index, self->events_by_subject, BRIEFING_TYPE_EVENT);
  index_seal (turns_index, self->turns_by_subject, BRIEFING_TYPE_TURN);
  return TRUE;
}

const char *
briefing_report_get_title (BriefingReport *self)
{
  g_return_val_if_fail (BRIEFING_IS_REPORT (self), NULL);
  return self->title;
}

/**
 * briefing_report_get_subtitle:
 *
 * Returns: (nullable):
 */
const char *
briefing_report_get_subtitle (BriefingReport *self)
{
  g_return_val_if_fail (BRIEFING_IS_REPORT (self), NULL);
  return self->subtitle;
}

/**
 * briefing_report_get_language:
 *
 * Returns: (nullable): the BCP 47 tag of the report's language
 */
const char *
briefing_report_get_language (BriefingReport *self)
{
  g_return_val_if_fail (BRIEFING_IS_REPORT (self), NULL);
  return self->language;
}

/* The format version the file declares, such as "1.0". */
const char *
briefing_report_get_version (BriefingReport *self)
{
  g_return_val_if_fail (BRIEFING_IS_REPORT (self), NULL);
  return self->version;
}

/**
 * briefing_report_get_published:
 *
 * Returns: (nullable) (transfer none): the publication date, if given
 */
const BriefingDate *
briefing_report_get_published (BriefingReport *self)
{
  g_return_val_if_fail (BRIEFING_IS_REPORT (self), NULL);
  return self->has_published ? &self->published : NULL;
}

/**
 * briefing_report_get_source_name:
 *
 * Returns: (nullable): the publisher or source
 */
const char *
briefing_report_get_source_name (BriefingReport *self)
{
  g_return_val_if_fail (BRIEFING_IS_REPORT (self), NULL);
  return self->source_name;
}

/**
 * briefing_report_get_source_url:
 *
 * Returns: (nullable): the source's http(s) address, checked when loading
 */
const char *
briefing_report_get_source_url (BriefingReport *self)
{
  g_return_val_if_fail (BRIEFING_IS_REPORT (self), NULL);
  return self->source_url;
}

/**
 * briefing_report_get_authors:
 *
 * Returns: (transfer none) (array zero-terminated=1): the authors, possibly none
 */
const char * const *
briefing_report_get_authors (BriefingReport *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (BRIEFING_IS_REPORT (self), NULL);
  return self->authors != NULL ? (const char * const *) self->authors : none;
}

/**
 * briefing_report_get_summary:
 *
 * Returns: (nullable):
 */
const char *
briefing_report_get_summary (BriefingReport *self)
{
  g_return_val_if_fail (BRIEFING_IS_REPORT (self), NULL);
  return self->summary;
}

/**
 * briefing_report_get_topics:
 *
 * Returns: (transfer none): the #BriefingTopic list, in the file's order
 */
GListModel *
briefing_report_get_topics (BriefingReport *self)
{
  g_return_val_if_fail (BRIEFING_IS_REPORT (self), NULL);
  return G_LIST_MODEL (self->topics);
}

/**
 * briefing_report_get_entities:
 *
 * Returns: (transfer none): the #BriefingEntity list, in the file's order
 */
GListModel *
briefing_report_get_entities (BriefingReport *self)
{
  g_return_val_if_fail (BRIEFING_IS_REPORT (self), NULL);
  return G_LIST_MODEL (self->entities);
}

/**
 * briefing_report_get_events:
 *
 * Returns: (transfer none): the #BriefingEvent list in chronological order
 *   (see briefing_event_compare())
 */
GListModel *
briefing_report_get_events (BriefingReport *self)
{
  g_return_val_if_fail (BRIEFING_IS_REPORT (self), NULL);
  return G_LIST_MODEL (self->events);
}

/**
 * briefing_report_get_interviews:
 *
 * Returns: (transfer none): the #BriefingInterview list
 */
GListModel *
briefing_report_get_interviews (BriefingReport *self)
{
  g_return_val_if_fail (BRIEFING_IS_REPORT (self), NULL);
  return G_LIST_MODEL (self->interviews);
}

/* The number of turns in all interviews. */
guint
briefing_report_get_n_turns (BriefingReport *self)
{
  g_return_val_if_fail (BRIEFING_IS_REPORT (self), 0);
  return self->n_turns;
}

/**
 * briefing_report_get_topic_events:
 *
 * Returns: (transfer none): the events about @topic, in chronological order
 */
GListModel *
briefing_report_get_topic_events (BriefingReport *self,
                                  BriefingTopic  *topic)
{
  GListModel *events;

  g_return_val_if_fail (BRIEFING_IS_REPORT (self), NULL);
  g_return_val_if_fail (BRIEFING_IS_TOPIC (topic), NULL);

  events = g_hash_table_lookup (self->events_by_subject, topic);
  return events != NULL ? events : G_LIST_MODEL (self->no_events);
}

/**
 * briefing_report_get_topic_turns:
 *
 * Returns: (transfer none): the interview turns that speak of @topic, in order
 */
GListModel *
briefing_report_get_topic_turns (BriefingReport *self,
                                 BriefingTopic  *topic)
{
  GListModel *turns;

  g_return_val_if_fail (BRIEFING_IS_REPORT (self), NULL);
  g_return_val_if_fail (BRIEFING_IS_TOPIC (topic), NULL);

  turns = g_hash_table_lookup (self->turns_by_subject, topic);
  return turns != NULL ? turns : G_LIST_MODEL (self->no_turns);
}

/**
 * briefing_report_get_entity_events:
 *
 * Returns: (transfer none): the events @entity takes part in (see
 *   briefing_event_involves()), in chronological order
 */
GListModel *
briefing_report_get_entity_events (BriefingReport *self,
                                   BriefingEntity *entity)
{
  GListModel *events;

  g_return_val_if_fail (BRIEFING_IS_REPORT (self), NULL);
  g_return_val_if_fail (BRIEFING_IS_ENTITY (entity), NULL);

  events = g_hash_table_lookup (self->events_by_subject, entity);
  return events != NULL ? events : G_LIST_MODEL (self->no_events);
}

/**
 * briefing_report_get_entity_turns:
 *
 * Returns: (transfer none): the turns @entity speaks or is spoken of in
 */
GListModel *
briefing_report_get_entity_turns (BriefingReport *self,
                                  BriefingEntity *entity)
{
  GListModel *turns;

  g_return_val_if_fail (BRIEFING_IS_REPORT (self), NULL);
  g_return_val_if_fail (BRIEFING_IS_ENTITY (entity), NULL);

  turns = g_hash_table_lookup (self->turns_by_subject, entity);
  return turns != NULL ? turns : G_LIST_MODEL (self->no_turns);
}

/* Takes the eras, in the order of their dates. */
void
_briefing_report_set_eras (BriefingReport *self,
                           GPtrArray      *eras)
{
  g_clear_object (&self->eras);
  self->eras = briefing_object_list_new (BRIEFING_TYPE_ERA, eras);
}

/**
 * briefing_report_get_eras:
 *
 * Returns: (transfer none): the report's eras (#BriefingEra), in the order of their dates
 */
GListModel *
briefing_report_get_eras (BriefingReport *self)
{
  g_return_val_if_fail (BRIEFING_IS_REPORT (self), NULL);
  return G_LIST_MODEL (self->eras);
}
