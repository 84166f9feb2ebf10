/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "briefing-date.h"
#include "briefing-entity.h"
#include "briefing-event-parts.h"
#include "briefing-topic.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_EVENT (briefing_event_get_type ())
G_DECLARE_FINAL_TYPE (BriefingEvent, briefing_event, BRIEFING, EVENT, GObject)

const char          *briefing_event_get_id          (BriefingEvent *self);
const BriefingDate  *briefing_event_get_date        (BriefingEvent *self);
const char          *briefing_event_get_date_text   (BriefingEvent *self);
const char          *briefing_event_get_time_of_day (BriefingEvent *self);
BriefingEntity      *briefing_event_get_place       (BriefingEvent *self);
const char          *briefing_event_get_headline    (BriefingEvent *self);
const char          *briefing_event_get_body        (BriefingEvent *self);
GPtrArray           *briefing_event_get_topics      (BriefingEvent *self);
GPtrArray           *briefing_event_get_actors      (BriefingEvent *self);
GPtrArray           *briefing_event_get_figures     (BriefingEvent *self);
GPtrArray           *briefing_event_get_quotes      (BriefingEvent *self);
BriefingAttribution *briefing_event_get_attribution (BriefingEvent *self);
guint                briefing_event_get_file_index  (BriefingEvent *self);
gboolean             briefing_event_has_topic       (BriefingEvent *self,
                                                     BriefingTopic *topic);
gboolean             briefing_event_involves        (BriefingEvent  *self,
                                                     BriefingEntity *entity);
int                  briefing_event_compare         (BriefingEvent *a,
                                                     BriefingEvent *b);
gboolean             briefing_event_same_date_group (BriefingEvent *a,
                                                     BriefingEvent *b);

G_END_DECLS
