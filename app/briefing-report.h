/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "briefing-date.h"
#include "briefing-entity.h"
#include "briefing-era.h"
#include "briefing-event.h"
#include "briefing-interview.h"
#include "briefing-topic.h"
#include "briefing-turn.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_REPORT (briefing_report_get_type ())
G_DECLARE_FINAL_TYPE (BriefingReport, briefing_report, BRIEFING, REPORT, GObject)

const char         *briefing_report_get_title       (BriefingReport *self);
const char         *briefing_report_get_subtitle    (BriefingReport *self);
const char         *briefing_report_get_language    (BriefingReport *self);
const char         *briefing_report_get_version     (BriefingReport *self);
const BriefingDate *briefing_report_get_published   (BriefingReport *self);
const char         *briefing_report_get_source_name (BriefingReport *self);
const char         *briefing_report_get_source_url  (BriefingReport *self);
const char * const *briefing_report_get_authors     (BriefingReport *self);
const char         *briefing_report_get_summary     (BriefingReport *self);

GListModel         *briefing_report_get_topics      (BriefingReport *self);
GListModel         *briefing_report_get_entities    (BriefingReport *self);
GListModel         *briefing_report_get_events      (BriefingReport *self);
GListModel         *briefing_report_get_interviews  (BriefingReport *self);
GListModel         *briefing_report_get_eras        (BriefingReport *self);
guint               briefing_report_get_n_turns     (BriefingReport *self);

GListModel         *briefing_report_get_topic_events  (BriefingReport *self,
                                                       BriefingTopic  *topic);
GListModel         *briefing_report_get_topic_turns   (BriefingReport *self,
                                                       BriefingTopic  *topic);
GListModel         *briefing_report_get_entity_events (BriefingReport *self,
                                                       BriefingEntity *entity);
GListModel         *briefing_report_get_entity_turns  (BriefingReport *self,
                                                       BriefingEntity *entity);

G_END_DECLS
