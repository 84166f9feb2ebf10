/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "briefing-report.h"

G_BEGIN_DECLS

/* Builds a report from json-glib nodes, one top-level item at a time so the
 * loader can drop each node as soon as it is built, and collects every problem
 * it finds with its JSON pointer. */
typedef struct _BriefingReportBuilder BriefingReportBuilder;

BriefingReportBuilder *briefing_report_builder_new       (void);
void                   briefing_report_builder_free      (BriefingReportBuilder *self);
gboolean               briefing_report_builder_add_item  (BriefingReportBuilder *self,
                                                          const char            *list_name,
                                                          guint                  index,
                                                          JsonNode              *node);
gboolean               briefing_report_builder_has_list  (BriefingReportBuilder *self,
                                                          const char            *list_name);
BriefingReport        *briefing_report_builder_finish    (BriefingReportBuilder *self,
                                                          JsonNode              *root,
                                                          GPtrArray            **problems);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriefingReportBuilder, briefing_report_builder_free)

G_END_DECLS
