/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "briefing-report-list-view.h"

G_BEGIN_DECLS

/*
 * One interview as a chat: each participant's turns on their own side
 * (mirrored in right-to-left locales), avatars, name and role above the first
 * of consecutive turns, selectable text. The turns shown are those the
 * BriefingReaderState shows of the interview (the search, "only-marked");
 * the turns that concern the state's topic or entity are marked, and the
 * search is highlighted in them.
 *
 * Properties: "state" and "interview" (construct-only), "n-marked" (uint,
 * read-only: the interview's turns the selection marks), "n-shown".
 * Signal: "event-activated" (BriefingEvent*) when the reader follows a turn's
 * link to an event.
 */
#define BRIEFING_TYPE_INTERVIEW_VIEW (briefing_interview_view_get_type ())
G_DECLARE_FINAL_TYPE (BriefingInterviewView, briefing_interview_view, BRIEFING, INTERVIEW_VIEW, BriefingReportListView)

GtkWidget         *briefing_interview_view_new           (BriefingReaderState   *state,
                                                          BriefingInterview     *interview);
BriefingInterview *briefing_interview_view_get_interview (BriefingInterviewView *self);
guint              briefing_interview_view_get_n_marked  (BriefingInterviewView *self);

G_END_DECLS
