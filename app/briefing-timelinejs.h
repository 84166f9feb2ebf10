/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "briefing-json-guard.h"
#include "briefing-report.h"

G_BEGIN_DECLS

gboolean        briefing_timelinejs_may_be       (const BriefingJsonShape *shape);
gboolean        briefing_timelinejs_is_timeline  (JsonNode                *root);
BriefingReport *briefing_timelinejs_read         (JsonNode                *root,
                                                  const char              *file_name,
                                                  GPtrArray              **problems);

G_END_DECLS
