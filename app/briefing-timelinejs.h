/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "briefing-cancel-check.h"
#include "briefing-json-guard.h"
#include "briefing-report.h"

G_BEGIN_DECLS

typedef struct _BriefingTimelineJs BriefingTimelineJs;

gboolean            briefing_timelinejs_may_be          (const BriefingJsonShape *shape);
gboolean            briefing_timelinejs_has_title_slide (const BriefingJsonShape *shape);
gboolean            briefing_timelinejs_is_timeline     (JsonNode                *root);
BriefingReport     *briefing_timelinejs_read            (JsonNode                *root,
                                                         const char              *file_name,
                                                         GPtrArray              **problems);

BriefingTimelineJs *briefing_timelinejs_new             (const char              *file_name);
void                briefing_timelinejs_free            (BriefingTimelineJs      *self);
void                briefing_timelinejs_set_check       (BriefingTimelineJs      *self,
                                                         BriefingCancelCheck     *check);
void                briefing_timelinejs_add_event       (BriefingTimelineJs      *self,
                                                         guint                    index,
                                                         JsonNode                *node);
BriefingReport     *briefing_timelinejs_finish          (BriefingTimelineJs      *self,
                                                         JsonNode                *root,
                                                         GPtrArray              **problems);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriefingTimelineJs, briefing_timelinejs_free)

G_END_DECLS
