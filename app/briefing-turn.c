/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-model-private.h"
#include "briefing-turn.h"

struct _BriefingTurn
{
  GObject                 parent_instance;
  BriefingEntity         *speaker;
  char                   *text;
  GPtrArray              *topics;    /* BriefingTopic */
  GPtrArray              *entities;  /* BriefingEntity */
  GPtrArray              *events;    /* BriefingEvent */
  guint                   index;
  BriefingInterview      *interview;  /* unowned: it owns the turn, and lets go first */
  BriefingParticipantRole role;
};

G_DEFINE_FINAL_TYPE (BriefingTurn, briefing_turn, G_TYPE_OBJECT)
G_DEFINE_ENUM_TYPE (BriefingParticipantRole, briefing_participant_role,
  G_DEFINE_ENUM_VALUE (BRIEFING_PARTICIPANT_ROLE_INTERVIEWER, "interviewer"),
  G_DEFINE_ENUM_VALUE (BRIEFING_PARTICIPANT_ROLE_GUEST, "guest"))

enum {
  PROP_0,
  PROP_SPEAKER,
  PROP_ROLE,
  PROP_TEXT,
  PROP_INDEX,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
briefing_turn_finalize (GObject *object)
{
  BriefingTurn *self = BRIEFING_TURN (object);

  g_clear_object (&self->speaker);
  g_free (self->text);
  g_clear_pointer (&self->topics, g_ptr_array_unref);
  g_clear_pointer (&self->entities, g_ptr_array_unref);
  g_clear_pointer (&self->events, g_ptr_array_unref);

  G_OBJECT_CLASS (briefing_turn_parent_class)->finalize (object);
}

static void
briefing_turn_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BriefingTurn *self = BRIEFING_TURN (object);

  switch (prop_id)
    {
    case PROP_SPEAKER: g_value_set_object (value, self->speaker); break;
    case PROP_ROLE: g_value_set_enum (value, self->role); break;
    case PROP_TEXT: g_value_set_string (value, self->text); break;
    case PROP_INDEX: g_value_set_uint (value, self->index); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_turn_class_init (BriefingTurnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = briefing_turn_finalize;
  object_class->get_property = briefing_turn_get_property;

  properties[PROP_SPEAKER] = g_param_spec_object ("speaker", NULL, NULL, BRIEFING_TYPE_ENTITY, flags);
  properties[PROP_ROLE] = g_param_spec_enum ("role", NULL, NULL, BRIEFING_TYPE_PARTICIPANT_ROLE,
                                             BRIEFING_PARTICIPANT_ROLE_GUEST, flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  properties[PROP_INDEX] = g_param_spec_uint ("index", NULL, NULL, 0, G_MAXUINT, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
briefing_turn_init (BriefingTurn *self)
{
  self->topics = g_ptr_array_new_with_free_func (g_object_unref);
  self->entities = g_ptr_array_new_with_free_func (g_object_unref);
  self->events = g_ptr_array_new_with_free_func (g_object_unref);
}

BriefingTurn *
_briefing_turn_new (BriefingEntity          *speaker,
                    BriefingParticipantRole  role,
                    char                    *text,
                    guint                    index)
{
  BriefingTurn *self = g_object_new (BRIEFING_TYPE_TURN, NULL);

  self->speaker = g_object_ref (speaker);
  self->role = role;
  self->text = text;
  self->index = index;
  return self;
}

void
_briefing_turn_add_reference (BriefingTurn *self,
                              gpointer      topic_entity_or_event)
{
  GPtrArray *array = BRIEFING_IS_TOPIC (topic_entity_or_event) ? self->topics
                   : BRIEFING_IS_ENTITY (topic_entity_or_event) ? self->entities
                   : self->events;

  g_ptr_array_add (array, g_object_ref (topic_entity_or_event));
}

/**
 * briefing_turn_get_speaker:
 *
 * Returns: (transfer none): who speaks
 */
BriefingEntity *
briefing_turn_get_speaker (BriefingTurn *self)
{
  g_return_val_if_fail (BRIEFING_IS_TURN (self), NULL);
  return self->speaker;
}

BriefingParticipantRole
briefing_turn_get_role (BriefingTurn *self)
{
  g_return_val_if_fail (BRIEFING_IS_TURN (self), BRIEFING_PARTICIPANT_ROLE_GUEST);
  return self->role;
}

const char *
briefing_turn_get_text (BriefingTurn *self)
{
  g_return_val_if_fail (BRIEFING_IS_TURN (self), NULL);
  return self->text;
}

/* The turn's position in its interview, from 0. */
guint
briefing_turn_get_index (BriefingTurn *self)
{
  g_return_val_if_fail (BRIEFING_IS_TURN (self), 0);
  return self->index;
}

/**
 * briefing_turn_get_interview:
 *
 * Returns: (transfer none) (nullable): the interview the turn is part of
 *   (%NULL once the interview is gone)
 */
BriefingInterview *
briefing_turn_get_interview (BriefingTurn *self)
{
  g_return_val_if_fail (BRIEFING_IS_TURN (self), NULL);
  return self->interview;
}

void
_briefing_turn_set_interview (BriefingTurn      *self,
                              BriefingInterview *interview)
{
  self->interview = interview;
}

/**
 * briefing_turn_get_topics:
 *
 * Returns: (transfer none) (element-type BriefingTopic): the topics the turn speaks of
 */
GPtrArray *
briefing_turn_get_topics (BriefingTurn *self)
{
  g_return_val_if_fail (BRIEFING_IS_TURN (self), NULL);
  return self->topics;
}

/**
 * briefing_turn_get_entities:
 *
 * Returns: (transfer none) (element-type BriefingEntity): who and what the turn speaks of
 */
GPtrArray *
briefing_turn_get_entities (BriefingTurn *self)
{
  g_return_val_if_fail (BRIEFING_IS_TURN (self), NULL);
  return self->entities;
}

/**
 * briefing_turn_get_events:
 *
 * Returns: (transfer none) (element-type BriefingEvent): the events the turn refers to
 */
GPtrArray *
briefing_turn_get_events (BriefingTurn *self)
{
  g_return_val_if_fail (BRIEFING_IS_TURN (self), NULL);
  return self->events;
}

gboolean
briefing_turn_has_topic (BriefingTurn  *self,
                         BriefingTopic *topic)
{
  g_return_val_if_fail (BRIEFING_IS_TURN (self), FALSE);
  return g_ptr_array_find (self->topics, topic, NULL);
}

/* Whether @entity speaks the turn or is spoken of in it. */
gboolean
briefing_turn_involves (BriefingTurn   *self,
                        BriefingEntity *entity)
{
  g_return_val_if_fail (BRIEFING_IS_TURN (self), FALSE);
  return self->speaker == entity || g_ptr_array_find (self->entities, entity, NULL);
}
