/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "briefing-report.h"

G_BEGIN_DECLS

/*
 * What the reader is reading, in one place: the report, the topic or entity
 * chosen (at most one; neither for all of the report), the search, whether
 * an interview shows only the turns the selection marks, and the text's zoom.
 * Whatever the reader does sets it once; every view is handed the same state
 * and follows it, so no view knows another.
 *
 * From it the state derives what the views show, as list models that stay
 * the same objects while their items change: the events of the selection
 * that match the search (briefing_reader_state_get_events()), and for each
 * interview its turns that match the search and, with "only-marked", are
 * marked (briefing_reader_state_get_turns()). A selection is a lookup in the
 * report's indexes; a search narrows it.
 *
 * Properties: "report", "topic", "entity", "search-text" (as typed), "query"
 * (read-only: the search shown, without the spaces around it, what rows
 * highlight), "searching" (read-only: a large report's search is being
 * looked up, off the main thread; the lists then follow it), "only-marked", "text-scale" (tenths, BRIEFING_TEXT_SCALE_MIN to
 * _MAX), "n-shown-events" and "n-shown-turns" (read-only), "has-period",
 * "period-first-day" and "period-last-day" (read-only: a span of days chosen
 * on the time overview, which narrows the events and the marks too).
 * Signal: "selection-changed", once per change of topic, entity or period, after
 * the lists follow it (not when a new report clears the selection).
 */
#define BRIEFING_TYPE_READER_STATE (briefing_reader_state_get_type ())
G_DECLARE_FINAL_TYPE (BriefingReaderState, briefing_reader_state, BRIEFING, READER_STATE, GObject)

BriefingReaderState *briefing_reader_state_new             (void);

BriefingReport      *briefing_reader_state_get_report      (BriefingReaderState *self);
void                 briefing_reader_state_set_report      (BriefingReaderState *self,
                                                            BriefingReport      *report);
BriefingTopic       *briefing_reader_state_get_topic       (BriefingReaderState *self);
void                 briefing_reader_state_set_topic       (BriefingReaderState *self,
                                                            BriefingTopic       *topic);
BriefingEntity      *briefing_reader_state_get_entity      (BriefingReaderState *self);
void                 briefing_reader_state_set_entity      (BriefingReaderState *self,
                                                            BriefingEntity      *entity);
void                 briefing_reader_state_set_selection   (BriefingReaderState *self,
                                                            BriefingTopic       *topic,
                                                            BriefingEntity      *entity);
gboolean             briefing_reader_state_has_selection   (BriefingReaderState *self);
const char          *briefing_reader_state_get_selection_name (BriefingReaderState *self);

const char          *briefing_reader_state_get_search_text (BriefingReaderState *self);
void                 briefing_reader_state_set_search_text (BriefingReaderState *self,
                                                            const char          *text);
const char          *briefing_reader_state_get_query       (BriefingReaderState *self);
gboolean             briefing_reader_state_is_searching    (BriefingReaderState *self);
void                 briefing_reader_state_prepare_search  (BriefingReaderState *self);

gboolean             briefing_reader_state_get_only_marked (BriefingReaderState *self);
void                 briefing_reader_state_set_only_marked (BriefingReaderState *self,
                                                            gboolean             only_marked);
double               briefing_reader_state_get_text_scale  (BriefingReaderState *self);
void                 briefing_reader_state_set_text_scale  (BriefingReaderState *self,
                                                            double               text_scale);

GListModel          *briefing_reader_state_get_events      (BriefingReaderState *self);
guint                briefing_reader_state_get_n_shown_events (BriefingReaderState *self);
gboolean             briefing_reader_state_find_event      (BriefingReaderState *self,
                                                            BriefingEvent       *event,
                                                            guint               *position);
GListModel          *briefing_reader_state_get_turns       (BriefingReaderState *self,
                                                            BriefingInterview   *interview);
guint                briefing_reader_state_get_n_shown_turns (BriefingReaderState *self);
gboolean             briefing_reader_state_is_turn_marked  (BriefingReaderState *self,
                                                            BriefingTurn        *turn);
gboolean             briefing_reader_state_shows_turn      (BriefingReaderState *self,
                                                            BriefingTurn        *turn);

gboolean             briefing_reader_state_get_period      (BriefingReaderState *self,
                                                            gint64              *first_day,
                                                            gint64              *last_day);
void                 briefing_reader_state_set_period      (BriefingReaderState *self,
                                                            gint64               first_day,
                                                            gint64               last_day);
void                 briefing_reader_state_clear_period    (BriefingReaderState *self);
void                 briefing_reader_state_prepare_period_count (BriefingReaderState *self,
                                                                 GListModel          *events);
void                 briefing_reader_state_count_in_period (BriefingReaderState *self,
                                                            GListModel          *events,
                                                            GListModel          *turns,
                                                            guint               *n_events,
                                                            guint               *n_turns);

G_END_DECLS
