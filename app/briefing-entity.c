/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-entity.h"
#include "briefing-model-private.h"

struct _BriefingEntity
{
  GObject            parent_instance;
  char              *id;
  char              *name;
  char              *role;
  char              *description;
  double             latitude;
  double             longitude;
  guint              n_events;
  guint              n_turns;
  BriefingEntityKind kind : 2;
  guint              has_coordinates : 1;
};

G_DEFINE_FINAL_TYPE (BriefingEntity, briefing_entity, G_TYPE_OBJECT)
G_DEFINE_ENUM_TYPE (BriefingEntityKind, briefing_entity_kind,
  G_DEFINE_ENUM_VALUE (BRIEFING_ENTITY_KIND_PERSON, "person"),
  G_DEFINE_ENUM_VALUE (BRIEFING_ENTITY_KIND_ORGANIZATION, "organization"),
  G_DEFINE_ENUM_VALUE (BRIEFING_ENTITY_KIND_PLACE, "place"))

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_KIND,
  PROP_ROLE,
  PROP_DESCRIPTION,
  PROP_N_EVENTS,
  PROP_N_TURNS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
briefing_entity_finalize (GObject *object)
{
  BriefingEntity *self = BRIEFING_ENTITY (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->role);
  g_free (self->description);

  G_OBJECT_CLASS (briefing_entity_parent_class)->finalize (object);
}

static void
briefing_entity_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BriefingEntity *self = BRIEFING_ENTITY (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_ROLE: g_value_set_string (value, self->role); break;
    case PROP_DESCRIPTION: g_value_set_string (value, self->description); break;
    case PROP_N_EVENTS: g_value_set_uint (value, self->n_events); break;
    case PROP_N_TURNS: g_value_set_uint (value, self->n_turns); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_entity_class_init (BriefingEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = briefing_entity_finalize;
  object_class->get_property = briefing_entity_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, BRIEFING_TYPE_ENTITY_KIND,
                                             BRIEFING_ENTITY_KIND_PERSON, flags);
  properties[PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, NULL, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  properties[PROP_N_EVENTS] = g_param_spec_uint ("n-events", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_TURNS] = g_param_spec_uint ("n-turns", NULL, NULL, 0, G_MAXUINT, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
briefing_entity_init (BriefingEntity *self)
{
}

BriefingEntity *
_briefing_entity_new (char              *id,
                      char              *name,
                      BriefingEntityKind kind,
                      char              *role,
                      char              *description)
{
  BriefingEntity *self = g_object_new (BRIEFING_TYPE_ENTITY, NULL);

  self->id = id;
  self->name = name;
  self->kind = kind;
  self->role = role;
  self->description = description;
  return self;
}

void
_briefing_entity_set_coordinates (BriefingEntity *self,
                                  double          latitude,
                                  double          longitude)
{
  self->latitude = latitude;
  self->longitude = longitude;
  self->has_coordinates = TRUE;
}

void
_briefing_entity_set_counts (BriefingEntity *self,
                             guint           n_events,
                             guint           n_turns)
{
  self->n_events = n_events;
  self->n_turns = n_turns;
}

const char *
briefing_entity_get_id (BriefingEntity *self)
{
  g_return_val_if_fail (BRIEFING_IS_ENTITY (self), NULL);
  return self->id;
}

const char *
briefing_entity_get_name (BriefingEntity *self)
{
  g_return_val_if_fail (BRIEFING_IS_ENTITY (self), NULL);
  return self->name;
}

BriefingEntityKind
briefing_entity_get_kind (BriefingEntity *self)
{
  g_return_val_if_fail (BRIEFING_IS_ENTITY (self), BRIEFING_ENTITY_KIND_PERSON);
  return self->kind;
}

/**
 * briefing_entity_get_role:
 *
 * Returns: (nullable): the entity's role, such as "North Korean foreign minister"
 */
const char *
briefing_entity_get_role (BriefingEntity *self)
{
  g_return_val_if_fail (BRIEFING_IS_ENTITY (self), NULL);
  return self->role;
}

/**
 * briefing_entity_get_description:
 *
 * Returns: (nullable): a longer description
 */
const char *
briefing_entity_get_description (BriefingEntity *self)
{
  g_return_val_if_fail (BRIEFING_IS_ENTITY (self), NULL);
  return self->description;
}

/**
 * briefing_entity_get_coordinates:
 * @latitude: (out) (optional):
 * @longitude: (out) (optional):
 *
 * Returns: whether the entity, a place, has coordinates
 */
gboolean
briefing_entity_get_coordinates (BriefingEntity *self,
                                 double         *latitude,
                                 double         *longitude)
{
  g_return_val_if_fail (BRIEFING_IS_ENTITY (self), FALSE);

  if (latitude != NULL)
    *latitude = self->latitude;
  if (longitude != NULL)
    *longitude = self->longitude;
  return self->has_coordinates;
}

guint
briefing_entity_get_n_events (BriefingEntity *self)
{
  g_return_val_if_fail (BRIEFING_IS_ENTITY (self), 0);
  return self->n_events;
}

guint
briefing_entity_get_n_turns (BriefingEntity *self)
{
  g_return_val_if_fail (BRIEFING_IS_ENTITY (self), 0);
  return self->n_turns;
}
