/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-model-private.h"
#include "briefing-topic.h"

struct _BriefingTopic
{
  GObject parent_instance;
  char   *id;
  char   *title;
  char   *description;
  guint   n_events;
  guint   n_turns;
};

G_DEFINE_FINAL_TYPE (BriefingTopic, briefing_topic, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_N_EVENTS,
  PROP_N_TURNS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
briefing_topic_finalize (GObject *object)
{
  BriefingTopic *self = BRIEFING_TOPIC (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->description);

  G_OBJECT_CLASS (briefing_topic_parent_class)->finalize (object);
}

static void
briefing_topic_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BriefingTopic *self = BRIEFING_TOPIC (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_DESCRIPTION: g_value_set_string (value, self->description); break;
    case PROP_N_EVENTS: g_value_set_uint (value, self->n_events); break;
    case PROP_N_TURNS: g_value_set_uint (value, self->n_turns); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_topic_class_init (BriefingTopicClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = briefing_topic_finalize;
  object_class->get_property = briefing_topic_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  properties[PROP_N_EVENTS] = g_param_spec_uint ("n-events", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_TURNS] = g_param_spec_uint ("n-turns", NULL, NULL, 0, G_MAXUINT, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
briefing_topic_init (BriefingTopic *self)
{
}

BriefingTopic *
_briefing_topic_new (char *id,
                     char *title,
                     char *description)
{
  BriefingTopic *self = g_object_new (BRIEFING_TYPE_TOPIC, NULL);

  self->id = id;
  self->title = title;
  self->description = description;
  return self;
}

void
_briefing_topic_set_counts (BriefingTopic *self,
                            guint          n_events,
                            guint          n_turns)
{
  self->n_events = n_events;
  self->n_turns = n_turns;
}

const char *
briefing_topic_get_id (BriefingTopic *self)
{
  g_return_val_if_fail (BRIEFING_IS_TOPIC (self), NULL);
  return self->id;
}

const char *
briefing_topic_get_title (BriefingTopic *self)
{
  g_return_val_if_fail (BRIEFING_IS_TOPIC (self), NULL);
  return self->title;
}

/**
 * briefing_topic_get_description:
 *
 * Returns: (nullable): what the topic is about
 */
const char *
briefing_topic_get_description (BriefingTopic *self)
{
  g_return_val_if_fail (BRIEFING_IS_TOPIC (self), NULL);
  return self->description;
}

/* How many events of the report are about this topic. */
guint
briefing_topic_get_n_events (BriefingTopic *self)
{
  g_return_val_if_fail (BRIEFING_IS_TOPIC (self), 0);
  return self->n_events;
}

/* How many interview turns of the report speak of this topic. */
guint
briefing_topic_get_n_turns (BriefingTopic *self)
{
  g_return_val_if_fail (BRIEFING_IS_TOPIC (self), 0);
  return self->n_turns;
}
