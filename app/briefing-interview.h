/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "briefing-date.h"
#include "briefing-entity.h"
#include "briefing-turn.h"

G_BEGIN_DECLS

/**
 * BriefingParticipant:
 * @entity: the person
 * @role: their part in the interview
 */
typedef struct
{
  BriefingEntity         *entity;
  BriefingParticipantRole role;
} BriefingParticipant;

#define BRIEFING_TYPE_INTERVIEW (briefing_interview_get_type ())
G_DECLARE_FINAL_TYPE (BriefingInterview, briefing_interview, BRIEFING, INTERVIEW, GObject)

const char         *briefing_interview_get_id           (BriefingInterview *self);
const char         *briefing_interview_get_title        (BriefingInterview *self);
const char         *briefing_interview_get_description  (BriefingInterview *self);
const BriefingDate *briefing_interview_get_date         (BriefingInterview *self);
guint               briefing_interview_get_n_participants (BriefingInterview *self);
const BriefingParticipant *
                    briefing_interview_get_participant  (BriefingInterview *self,
                                                         guint              position);
GListModel         *briefing_interview_get_turns        (BriefingInterview *self);

G_END_DECLS
