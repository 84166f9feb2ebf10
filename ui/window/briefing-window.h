/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "briefing-application.h"
#include "briefing-reader-state.h"

G_BEGIN_DECLS

/*
 * A window shows one report: the sidebar of topics, people and places beside
 * the timeline, the interviews and an overview. Opening another file keeps what
 * is shown until the new report is ready; one that cannot be opened leaves it
 * in place. The file shown is watched: a new version replaces it, keeping
 * the reader's place; a broken one, or the file gone, leaves the report
 * with a bar saying so. What the reader reads (the report, the topic or entity chosen,
 * the search…) is the window's BriefingReaderState, which every view follows.
 *
 * Properties: "settings" (GSettings, construct-only, nullable), "report"
 * (read-only), "loading" (read-only), "text-scale", "only-marked",
 * "show-sidebar", "subtitle" and "has-subtitle" (read-only: the topic or
 * entity chosen, or the report's subtitle).
 */
#define BRIEFING_TYPE_WINDOW (briefing_window_get_type ())
G_DECLARE_FINAL_TYPE (BriefingWindow, briefing_window, BRIEFING, WINDOW, AdwApplicationWindow)

BriefingWindow *briefing_window_new        (BriefingApplication *application);
void            briefing_window_open       (BriefingWindow      *self,
                                            GFile               *file);
BriefingReport *briefing_window_get_report (BriefingWindow      *self);
BriefingReaderState *
                briefing_window_get_state  (BriefingWindow      *self);
gboolean        briefing_window_is_loading (BriefingWindow      *self);
const GError   *briefing_window_get_error  (BriefingWindow      *self);
GFile          *briefing_window_get_file   (BriefingWindow      *self);
gboolean        briefing_window_has_file   (BriefingWindow      *self,
                                            GFile               *file);

G_END_DECLS
