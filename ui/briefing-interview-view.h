/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "briefing-report.h"

G_BEGIN_DECLS

/*
 * One interview as a chat: each participant's turns on their own side
 * (mirrored in right-to-left locales), avatars, name and role above the first
 * of consecutive turns, selectable text. Turns that concern the selected topic
 * or entity are marked; "only-marked" hides the others. The search text hides
 * turns that do not contain it and highlights it in those that do.
 *
 * Properties: "interview" (BriefingInterview), "report" (BriefingReport, for
 * the topic/entity indexes), "topic", "entity", "search-text", "only-marked"
 * (boolean), "n-marked" (uint, read-only), "n-shown" (uint, read-only),
 * "text-scale" (double).
 * Signal: "event-activated" (BriefingEvent*) when the reader follows a turn's
 * link to an event.
 */
#define BRIEFING_TYPE_INTERVIEW_VIEW (briefing_interview_view_get_type ())
G_DECLARE_FINAL_TYPE (BriefingInterviewView, briefing_interview_view, BRIEFING, INTERVIEW_VIEW, GtkWidget)

GtkWidget         *briefing_interview_view_new             (void);
BriefingInterview *briefing_interview_view_get_interview   (BriefingInterviewView *self);
void               briefing_interview_view_set_interview   (BriefingInterviewView *self,
                                                            BriefingInterview     *interview);
void               briefing_interview_view_set_report      (BriefingInterviewView *self,
                                                            BriefingReport        *report);
void               briefing_interview_view_set_topic       (BriefingInterviewView *self,
                                                            BriefingTopic         *topic);
void               briefing_interview_view_set_entity      (BriefingInterviewView *self,
                                                            BriefingEntity        *entity);
void               briefing_interview_view_set_selection   (BriefingInterviewView *self,
                                                            BriefingTopic         *topic,
                                                            BriefingEntity        *entity);
void               briefing_interview_view_set_search_text (BriefingInterviewView *self,
                                                            const char            *text);
void               briefing_interview_view_set_only_marked (BriefingInterviewView *self,
                                                            gboolean               only_marked);
guint              briefing_interview_view_get_n_marked    (BriefingInterviewView *self);
guint              briefing_interview_view_get_n_shown     (BriefingInterviewView *self);
gboolean           briefing_interview_view_is_turn_marked  (BriefingInterviewView *self,
                                                            BriefingTurn          *turn);
gboolean           briefing_interview_view_is_turn_shown   (BriefingInterviewView *self,
                                                            BriefingTurn          *turn);
GListModel        *briefing_interview_view_get_shown_turns (BriefingInterviewView *self);
BriefingReport    *briefing_interview_view_get_report      (BriefingInterviewView *self);
BriefingTopic     *briefing_interview_view_get_topic       (BriefingInterviewView *self);
BriefingEntity    *briefing_interview_view_get_entity      (BriefingInterviewView *self);
const char        *briefing_interview_view_get_search_text (BriefingInterviewView *self);
gboolean           briefing_interview_view_get_only_marked (BriefingInterviewView *self);
double             briefing_interview_view_get_text_scale  (BriefingInterviewView *self);
void               briefing_interview_view_set_text_scale  (BriefingInterviewView *self,
                                                            double                 text_scale);

G_END_DECLS
