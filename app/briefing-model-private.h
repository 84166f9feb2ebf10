/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Constructors and setters the loader uses to build a report. A loaded report
 * is immutable: nothing outside app/ may call these. Strings and arrays passed
 * in are taken (transfer full). */

#include "briefing-cancel-check.h"
#include "briefing-entity.h"
#include "briefing-event-parts.h"
#include "briefing-event.h"
#include "briefing-interview.h"
#include "briefing-report.h"
#include "briefing-topic.h"
#include "briefing-turn.h"

G_BEGIN_DECLS

BriefingTopic       *_briefing_topic_new            (char *id,
                                                     char *title,
                                                     char *description);
void                 _briefing_topic_set_counts     (BriefingTopic *self,
                                                     guint          n_events,
                                                     guint          n_turns);

BriefingEntity      *_briefing_entity_new           (char              *id,
                                                     char              *name,
                                                     BriefingEntityKind kind,
                                                     char              *role,
                                                     char              *description);
void                 _briefing_entity_set_coordinates (BriefingEntity *self,
                                                     double          latitude,
                                                     double          longitude);
void                 _briefing_entity_set_counts    (BriefingEntity *self,
                                                     guint           n_events,
                                                     guint           n_turns);

BriefingAttribution *_briefing_attribution_new      (char           *text,
                                                     BriefingEntity *source);
BriefingFigure      *_briefing_figure_new           (void);
BriefingQuote       *_briefing_quote_new            (BriefingEntity *speaker,
                                                     char           *text);

BriefingEvent       *_briefing_event_new            (char               *id,
                                                     const BriefingDate *date,
                                                     guint               file_index);
void                 _briefing_event_set_texts      (BriefingEvent *self,
                                                     char          *headline,
                                                     char          *body,
                                                     char          *date_text,
                                                     char          *time_of_day);
void                 _briefing_event_set_figures    (BriefingEvent *self,
                                                     GPtrArray     *figures,
                                                     GPtrArray     *quotes);
void                 _briefing_event_set_references (BriefingEvent       *self,
                                                     BriefingEntity      *place,
                                                     GPtrArray           *topics,
                                                     GPtrArray           *actors,
                                                     BriefingAttribution *attribution);

BriefingTurn        *_briefing_turn_new             (BriefingEntity          *speaker,
                                                     BriefingParticipantRole  role,
                                                     char                    *text,
                                                     guint                    index);
void                 _briefing_turn_set_interview   (BriefingTurn      *self,
                                                     BriefingInterview *interview);
void                 _briefing_turn_add_reference   (BriefingTurn *self,
                                                     gpointer      topic_entity_or_event);

BriefingInterview   *_briefing_interview_new        (char               *id,
                                                     char               *title,
                                                     char               *description,
                                                     const BriefingDate *date);
void                 _briefing_interview_add_participant (BriefingInterview       *self,
                                                     BriefingEntity          *entity,
                                                     BriefingParticipantRole  role);
void                 _briefing_interview_set_turns  (BriefingInterview *self,
                                                     GPtrArray         *turns);

BriefingReport      *_briefing_report_new           (void);
void                 _briefing_report_set_texts     (BriefingReport *self,
                                                     char           *version,
                                                     char           *title,
                                                     char           *subtitle,
                                                     char           *language,
                                                     char           *summary);
void                 _briefing_report_set_source    (BriefingReport *self,
                                                     char           *name,
                                                     char           *url,
                                                     char          **authors);
void                 _briefing_report_set_published (BriefingReport     *self,
                                                     const BriefingDate *published);
gboolean             _briefing_report_set_lists     (BriefingReport      *self,
                                                     GPtrArray           *topics,
                                                     GPtrArray           *entities,
                                                     GPtrArray           *events,
                                                     GPtrArray           *interviews,
                                                     BriefingCancelCheck *check);

G_END_DECLS
