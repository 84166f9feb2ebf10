/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "briefing-cancel-check.h"
#include "briefing-report.h"

G_BEGIN_DECLS

/* Builds a report from json-glib nodes, one top-level item at a time so the
 * loader can drop each node as soon as it is built, and collects every problem
 * it finds with its JSON pointer. */
typedef struct _BriefingReportBuilder BriefingReportBuilder;

/* The report's lists, top-level members of the file, in the order they are
 * built: topics and entities before the events that refer to them. */
typedef enum
{
  BRIEFING_REPORT_LIST_TOPICS,
  BRIEFING_REPORT_LIST_ENTITIES,
  BRIEFING_REPORT_LIST_EVENTS,
  BRIEFING_REPORT_LIST_INTERVIEWS,
  BRIEFING_REPORT_LIST_NONE,     /* any other member */
} BriefingReportList;


BriefingReportList     briefing_report_list_from_name    (const char            *name);

BriefingReportBuilder *briefing_report_builder_new       (BriefingCancelCheck   *check);
void                   briefing_report_builder_free      (BriefingReportBuilder *self);
gboolean               briefing_report_builder_add_item  (BriefingReportBuilder *self,
                                                          BriefingReportList     list,
                                                          guint                  index,
                                                          JsonNode              *node);
BriefingReport        *briefing_report_builder_finish    (BriefingReportBuilder *self,
                                                          JsonNode              *root,
                                                          GPtrArray            **problems);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriefingReportBuilder, briefing_report_builder_free)

/* For tests: called in the loading thread with each topic, entity, event and
 * interview a builder keeps, and with the report it makes. */
typedef void (*BriefingBuiltHook) (GObject  *object,
                                   gpointer  user_data);
void _briefing_report_builder_set_built_hook (BriefingBuiltHook hook,
                                              gpointer          user_data);

G_END_DECLS
