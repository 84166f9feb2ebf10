/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-event.h"
#include "briefing-model-private.h"

struct _BriefingEvent
{
  GObject              parent_instance;
  char                *id;
  char                *date_text;
  char                *time_of_day;
  char                *headline;
  char                *body;
  BriefingEntity      *place;
  GPtrArray           *topics;   /* BriefingTopic, or NULL when empty */
  GPtrArray           *actors;   /* BriefingEntity, or NULL when empty */
  GPtrArray           *figures;  /* BriefingFigure, or NULL when empty */
  GPtrArray           *quotes;   /* BriefingQuote, or NULL when empty */
  BriefingAttribution *attribution;
  BriefingDate         date;
  guint                file_index;
};

G_DEFINE_FINAL_TYPE (BriefingEvent, briefing_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DATE,
  PROP_DATE_TEXT,
  PROP_TIME_OF_DAY,
  PROP_PLACE,
  PROP_HEADLINE,
  PROP_BODY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Events hold no array of their own when a list is empty: at 100,000 events
 * most of these lists are. */
static GPtrArray *
empty_array (void)
{
  static GPtrArray *empty;

  if (g_once_init_enter (&empty))
    g_once_init_leave (&empty, g_ptr_array_new ());
  return empty;
}

static void
briefing_event_finalize (GObject *object)
{
  BriefingEvent *self = BRIEFING_EVENT (object);

  g_free (self->id);
  g_free (self->date_text);
  g_free (self->time_of_day);
  g_free (self->headline);
  g_free (self->body);
  g_clear_object (&self->place);
  g_clear_pointer (&self->topics, g_ptr_array_unref);
  g_clear_pointer (&self->actors, g_ptr_array_unref);
  g_clear_pointer (&self->figures, g_ptr_array_unref);
  g_clear_pointer (&self->quotes, g_ptr_array_unref);
  g_clear_pointer (&self->attribution, briefing_attribution_unref);

  G_OBJECT_CLASS (briefing_event_parent_class)->finalize (object);
}

static void
briefing_event_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BriefingEvent *self = BRIEFING_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_DATE: g_value_set_boxed (value, &self->date); break;
    case PROP_DATE_TEXT: g_value_set_string (value, self->date_text); break;
    case PROP_TIME_OF_DAY: g_value_set_string (value, self->time_of_day); break;
    case PROP_PLACE: g_value_set_object (value, self->place); break;
    case PROP_HEADLINE: g_value_set_string (value, self->headline); break;
    case PROP_BODY: g_value_set_string (value, self->body); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_event_class_init (BriefingEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = briefing_event_finalize;
  object_class->get_property = briefing_event_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_DATE] = g_param_spec_boxed ("date", NULL, NULL, BRIEFING_TYPE_DATE, flags);
  properties[PROP_DATE_TEXT] = g_param_spec_string ("date-text", NULL, NULL, NULL, flags);
  properties[PROP_TIME_OF_DAY] = g_param_spec_string ("time-of-day", NULL, NULL, NULL, flags);
  properties[PROP_PLACE] = g_param_spec_object ("place", NULL, NULL, BRIEFING_TYPE_ENTITY, flags);
  properties[PROP_HEADLINE] = g_param_spec_string ("headline", NULL, NULL, NULL, flags);
  properties[PROP_BODY] = g_param_spec_string ("body", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
briefing_event_init (BriefingEvent *self)
{
}

BriefingEvent *
_briefing_event_new (char               *id,
                     const BriefingDate *date,
                     guint               file_index)
{
  BriefingEvent *self = g_object_new (BRIEFING_TYPE_EVENT, NULL);

  self->id = id;
  self->date = *date;
  self->file_index = file_index;
  return self;
}

void
_briefing_event_set_texts (BriefingEvent *self,
                           char          *headline,
                           char          *body,
                           char          *date_text,
                           char          *time_of_day)
{
  self->headline = headline;
  self->body = body;
  self->date_text = date_text;
  self->time_of_day = time_of_day;
}

void
_briefing_event_set_figures (BriefingEvent *self,
                             GPtrArray     *figures,
                             GPtrArray     *quotes)
{
  self->figures = figures;
  self->quotes = quotes;
}

void
_briefing_event_set_references (BriefingEvent       *self,
                                BriefingEntity      *place,
                                GPtrArray           *topics,
                                GPtrArray           *actors,
                                BriefingAttribution *attribution)
{
  g_set_object (&self->place, place);
  self->topics = topics;
  self->actors = actors;
  self->attribution = attribution;
}

const char *
briefing_event_get_id (BriefingEvent *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), NULL);
  return self->id;
}

/**
 * briefing_event_get_date:
 *
 * Returns: (transfer none): the date, resolved as far as the text allows
 */
const BriefingDate *
briefing_event_get_date (BriefingEvent *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), NULL);
  return &self->date;
}

/**
 * briefing_event_get_date_text:
 *
 * Returns: (nullable): the date as written: "Friday", "late October"
 */
const char *
briefing_event_get_date_text (BriefingEvent *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), NULL);
  return self->date_text;
}

/**
 * briefing_event_get_time_of_day:
 *
 * Returns: (nullable): the time of day as written: "late afternoon"
 */
const char *
briefing_event_get_time_of_day (BriefingEvent *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), NULL);
  return self->time_of_day;
}

/**
 * briefing_event_get_place:
 *
 * Returns: (transfer none) (nullable): where it happened
 */
BriefingEntity *
briefing_event_get_place (BriefingEvent *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), NULL);
  return self->place;
}

const char *
briefing_event_get_headline (BriefingEvent *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), NULL);
  return self->headline;
}

/**
 * briefing_event_get_body:
 *
 * Returns: (nullable): the account of the event
 */
const char *
briefing_event_get_body (BriefingEvent *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), NULL);
  return self->body;
}

/**
 * briefing_event_get_topics:
 *
 * Returns: (transfer none) (element-type BriefingTopic): the topics, possibly none
 */
GPtrArray *
briefing_event_get_topics (BriefingEvent *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), NULL);
  return self->topics != NULL ? self->topics : empty_array ();
}

/**
 * briefing_event_get_actors:
 *
 * Returns: (transfer none) (element-type BriefingEntity): who acted, possibly none
 */
GPtrArray *
briefing_event_get_actors (BriefingEvent *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), NULL);
  return self->actors != NULL ? self->actors : empty_array ();
}

/**
 * briefing_event_get_figures:
 *
 * Returns: (transfer none) (element-type BriefingFigure): the figures, possibly none
 */
GPtrArray *
briefing_event_get_figures (BriefingEvent *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), NULL);
  return self->figures != NULL ? self->figures : empty_array ();
}

/**
 * briefing_event_get_quotes:
 *
 * Returns: (transfer none) (element-type BriefingQuote): the quotes, possibly none
 */
GPtrArray *
briefing_event_get_quotes (BriefingEvent *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), NULL);
  return self->quotes != NULL ? self->quotes : empty_array ();
}

/**
 * briefing_event_get_attribution:
 *
 * Returns: (transfer none) (nullable): who reports the event
 */
BriefingAttribution *
briefing_event_get_attribution (BriefingEvent *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), NULL);
  return self->attribution;
}

/* The event's position among the file's events. */
guint
briefing_event_get_file_index (BriefingEvent *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), 0);
  return self->file_index;
}

gboolean
briefing_event_has_topic (BriefingEvent *self,
                          BriefingTopic *topic)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), FALSE);
  return self->topics != NULL && g_ptr_array_find (self->topics, topic, NULL);
}

/**
 * briefing_event_involves:
 *
 * Returns: whether @entity is the event's place, an actor, a quoted speaker or a source
 */
gboolean
briefing_event_involves (BriefingEvent  *self,
                         BriefingEntity *entity)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT (self), FALSE);

  if (self->place == entity)
    return TRUE;
  if (self->actors != NULL && g_ptr_array_find (self->actors, entity, NULL))
    return TRUE;
  if (self->attribution != NULL && self->attribution->source == entity)
    return TRUE;
  for (guint i = 0; self->quotes != NULL && i < self->quotes->len; i++)
    if (((BriefingQuote *) g_ptr_array_index (self->quotes, i))->speaker == entity)
      return TRUE;
  for (guint i = 0; self->figures != NULL && i < self->figures->len; i++)
    {
      BriefingFigure *figure = g_ptr_array_index (self->figures, i);

      if (figure->attribution != NULL && figure->attribution->source == entity)
        return TRUE;
    }
  return FALSE;
}

/**
 * briefing_event_compare:
 *
 * The timeline's order: by date (see briefing_date_compare()), then by the
 * order of the file.
 */
int
briefing_event_compare (BriefingEvent *a,
                        BriefingEvent *b)
{
  int by_date = briefing_date_compare (&a->date, &b->date);

  if (by_date != 0)
    return by_date;
  return a->file_index < b->file_index ? -1 : a->file_index > b->file_index;
}

/**
 * briefing_event_same_date_group:
 * @a: an event
 * @b: another event
 *
 * Returns: whether two events go under one date heading of the timeline:
 *   their dates cover the same days and are given alike
 */
gboolean
briefing_event_same_date_group (BriefingEvent *a,
                                BriefingEvent *b)
{
  const BriefingDate *da, *db;

  g_return_val_if_fail (BRIEFING_IS_EVENT (a), FALSE);
  g_return_val_if_fail (BRIEFING_IS_EVENT (b), FALSE);

  da = &a->date;
  db = &b->date;
  return da->first_day == db->first_day &&
         da->last_day == db->last_day &&
         da->start_precision == db->start_precision &&
         da->end_precision == db->end_precision &&
         da->flags == db->flags;
}
