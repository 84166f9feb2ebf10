/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  BRIEFING_ENTITY_KIND_PERSON,
  BRIEFING_ENTITY_KIND_ORGANIZATION,
  BRIEFING_ENTITY_KIND_PLACE,
} BriefingEntityKind;

#define BRIEFING_TYPE_ENTITY_KIND (briefing_entity_kind_get_type ())
GType briefing_entity_kind_get_type (void) G_GNUC_CONST;

#define BRIEFING_TYPE_ENTITY (briefing_entity_get_type ())
G_DECLARE_FINAL_TYPE (BriefingEntity, briefing_entity, BRIEFING, ENTITY, GObject)

const char         *briefing_entity_get_id          (BriefingEntity *self);
const char         *briefing_entity_get_name        (BriefingEntity *self);
BriefingEntityKind  briefing_entity_get_kind        (BriefingEntity *self);
const char         *briefing_entity_get_role        (BriefingEntity *self);
const char         *briefing_entity_get_description (BriefingEntity *self);
gboolean            briefing_entity_get_coordinates (BriefingEntity *self,
                                                     double         *latitude,
                                                     double         *longitude);
guint               briefing_entity_get_n_events    (BriefingEntity *self);
guint               briefing_entity_get_n_turns     (BriefingEntity *self);

G_END_DECLS
