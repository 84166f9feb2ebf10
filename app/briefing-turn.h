/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "briefing-entity.h"
#include "briefing-event.h"
#include "briefing-topic.h"

G_BEGIN_DECLS

typedef enum
{
  BRIEFING_PARTICIPANT_ROLE_INTERVIEWER,
  BRIEFING_PARTICIPANT_ROLE_GUEST,
} BriefingParticipantRole;

#define BRIEFING_TYPE_PARTICIPANT_ROLE (briefing_participant_role_get_type ())
GType briefing_participant_role_get_type (void) G_GNUC_CONST;

typedef struct _BriefingInterview BriefingInterview;

#define BRIEFING_TYPE_TURN (briefing_turn_get_type ())
G_DECLARE_FINAL_TYPE (BriefingTurn, briefing_turn, BRIEFING, TURN, GObject)

BriefingEntity          *briefing_turn_get_speaker  (BriefingTurn *self);
BriefingParticipantRole  briefing_turn_get_role     (BriefingTurn *self);
const char              *briefing_turn_get_text     (BriefingTurn *self);
guint                    briefing_turn_get_index    (BriefingTurn *self);
BriefingInterview       *briefing_turn_get_interview (BriefingTurn *self);
GPtrArray               *briefing_turn_get_topics   (BriefingTurn *self);
GPtrArray               *briefing_turn_get_entities (BriefingTurn *self);
GPtrArray               *briefing_turn_get_events   (BriefingTurn *self);
gboolean                 briefing_turn_has_topic    (BriefingTurn  *self,
                                                     BriefingTopic *topic);
gboolean                 briefing_turn_involves     (BriefingTurn   *self,
                                                     BriefingEntity *entity);

G_END_DECLS
