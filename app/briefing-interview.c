/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-interview.h"
#include "briefing-model-private.h"
#include "briefing-object-list.h"

struct _BriefingInterview
{
  GObject             parent_instance;
  char               *id;
  char               *title;
  char               *description;
  GArray             *participants;  /* BriefingParticipant */
  BriefingObjectList *turns;
  BriefingDate        date;
  gboolean            has_date;
};

G_DEFINE_FINAL_TYPE (BriefingInterview, briefing_interview, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_TURNS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_participant (gpointer data)
{
  BriefingParticipant *participant = data;

  g_clear_object (&participant->entity);
}

static void
briefing_interview_finalize (GObject *object)
{
  BriefingInterview *self = BRIEFING_INTERVIEW (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->description);
  g_clear_pointer (&self->participants, g_array_unref);
  /* A turn someone still holds no longer points here. */
  for (guint i = 0; self->turns != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->turns)); i++)
    {
      g_autoptr(BriefingTurn) turn = g_list_model_get_item (G_LIST_MODEL (self->turns), i);

      _briefing_turn_set_interview (turn, NULL);
    }
  g_clear_object (&self->turns);

  G_OBJECT_CLASS (briefing_interview_parent_class)->finalize (object);
}

static void
briefing_interview_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  BriefingInterview *self = BRIEFING_INTERVIEW (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_DESCRIPTION: g_value_set_string (value, self->description); break;
    case PROP_TURNS: g_value_set_object (value, self->turns); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_interview_class_init (BriefingInterviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = briefing_interview_finalize;
  object_class->get_property = briefing_interview_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  properties[PROP_TURNS] = g_param_spec_object ("turns", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
briefing_interview_init (BriefingInterview *self)
{
  self->participants = g_array_new (FALSE, TRUE, sizeof (BriefingParticipant));
  g_array_set_clear_func (self->participants, clear_participant);
}

BriefingInterview *
_briefing_interview_new (char               *id,
                         char               *title,
                         char               *description,
                         const BriefingDate *date)
{
  BriefingInterview *self = g_object_new (BRIEFING_TYPE_INTERVIEW, NULL);

  self->id = id;
  self->title = title;
  self->description = description;
  if (date != NULL)
    {
      self->date = *date;
      self->has_date = TRUE;
    }
  return self;
}

void
_briefing_interview_add_participant (BriefingInterview       *self,
                                     BriefingEntity          *entity,
                                     BriefingParticipantRole  role)
{
  BriefingParticipant participant = { g_object_ref (entity), role };

  g_array_append_val (self->participants, participant);
}

void
_briefing_interview_set_turns (BriefingInterview *self,
                               GPtrArray         *turns)
{
  self->turns = briefing_object_list_new (BRIEFING_TYPE_TURN, turns);
  for (guint i = 0; i < turns->len; i++)
    _briefing_turn_set_interview (g_ptr_array_index (turns, i), self);
}

const char *
briefing_interview_get_id (BriefingInterview *self)
{
  g_return_val_if_fail (BRIEFING_IS_INTERVIEW (self), NULL);
  return self->id;
}

const char *
briefing_interview_get_title (BriefingInterview *self)
{
  g_return_val_if_fail (BRIEFING_IS_INTERVIEW (self), NULL);
  return self->title;
}

/**
 * briefing_interview_get_description:
 *
 * Returns: (nullable):
 */
const char *
briefing_interview_get_description (BriefingInterview *self)
{
  g_return_val_if_fail (BRIEFING_IS_INTERVIEW (self), NULL);
  return self->description;
}

/**
 * briefing_interview_get_date:
 *
 * Returns: (nullable) (transfer none): when the interview took place, if known
 */
const BriefingDate *
briefing_interview_get_date (BriefingInterview *self)
{
  g_return_val_if_fail (BRIEFING_IS_INTERVIEW (self), NULL);
  return self->has_date ? &self->date : NULL;
}

guint
briefing_interview_get_n_participants (BriefingInterview *self)
{
  g_return_val_if_fail (BRIEFING_IS_INTERVIEW (self), 0);
  return self->participants->len;
}

/**
 * briefing_interview_get_participant:
 *
 * Returns: (transfer none): the participant at @position, in the file's order
 */
const BriefingParticipant *
briefing_interview_get_participant (BriefingInterview *self,
                                    guint              position)
{
  g_return_val_if_fail (BRIEFING_IS_INTERVIEW (self), NULL);
  g_return_val_if_fail (position < self->participants->len, NULL);
  return &g_array_index (self->participants, BriefingParticipant, position);
}

/**
 * briefing_interview_get_turns:
 *
 * Returns: (transfer none): a list of #BriefingTurn, in order
 */
GListModel *
briefing_interview_get_turns (BriefingInterview *self)
{
  g_return_val_if_fail (BRIEFING_IS_INTERVIEW (self), NULL);
  return G_LIST_MODEL (self->turns);
}
