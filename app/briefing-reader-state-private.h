/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "briefing-period-counter.h"
#include "briefing-reader-state.h"
#include "briefing-search-index.h"
#include "briefing-subset-list.h"

G_BEGIN_DECLS

/*
 * BriefingReaderState is one type in four files, by concern:
 * briefing-reader-state.c (what the reader chose: report, selection, the
 * modes, its properties), briefing-reader-state-search.c (the search, and
 * its worker), briefing-reader-state-lists.c (the lists the views show,
 * derived from it) and briefing-reader-state-period.c (a period of time,
 * and counting lists in it). This is what they share.
 */
struct _BriefingReaderState
{
  GObject              parent_instance;

  BriefingReport      *report;
  BriefingTopic       *topic;
  BriefingEntity      *entity;
  char                *search_text;    /* as typed */
  char                *query;          /* stripped */
  char                *folded_query;   /* what the lists show, "" for no search */
  /* A search looked up in a worker, until the lists show it */
  gboolean             searching;
  char                *pending_query;
  char                *pending_folded_query;
  GListModel          *pending_source;  /* borrowed from the report */
  GCancellable        *search_cancellable;
  guint                search_in_worker_from; /* events */
  gboolean             only_marked;
  double               text_scale;
  gboolean             has_period;
  gint64               period_first_day;  /* both included */
  gint64               period_last_day;

  BriefingSearchIndex *search_index;   /* the report's events' folded text */
  GHashTable          *marked;         /* BriefingTurn set: the selection's turns */
  BriefingPeriodCounter *period_counter; /* a day index per list, made as periods count them */

  /* What the views show */
  BriefingSubsetList  *events;
  GHashTable          *turns;          /* BriefingInterview → BriefingSubsetList */
  guint                n_shown_events;
  guint                n_shown_turns;
};

enum {
  PROP_0,
  PROP_REPORT,
  PROP_TOPIC,
  PROP_ENTITY,
  PROP_SEARCH_TEXT,
  PROP_QUERY,
  PROP_ONLY_MARKED,
  PROP_TEXT_SCALE,
  PROP_N_SHOWN_EVENTS,
  PROP_N_SHOWN_TURNS,
  PROP_HAS_PERIOD,
  PROP_PERIOD_FIRST_DAY,
  PROP_PERIOD_LAST_DAY,
  PROP_SEARCHING,
  N_PROPS
};

enum {
  SELECTION_CHANGED,
  N_SIGNALS
};

extern GParamSpec *briefing_reader_state_properties[N_PROPS];

void briefing_reader_state_emit_selection_changed (BriefingReaderState *self);

/* briefing-reader-state-search.c */
void     briefing_reader_state_init_search    (BriefingReaderState *self);
gboolean briefing_reader_state_cancel_search  (BriefingReaderState *self);
void     briefing_reader_state_search_again   (BriefingReaderState *self);
void     briefing_reader_state_set_search_in_worker_from (BriefingReaderState *self,
                                                          guint                n_events);

/* briefing-reader-state-lists.c. @narrow: what is asked is stricter than
 * before, so only the items shown need a second look. */
GListModel *briefing_reader_state_get_selection_events (BriefingReaderState *self);
void briefing_reader_state_update_events (BriefingReaderState *self,
                                          gboolean             narrow);
void briefing_reader_state_update_turns  (BriefingReaderState *self,
                                          gboolean             narrow);
void briefing_reader_state_update_marked (BriefingReaderState *self);
void briefing_reader_state_update_counts (BriefingReaderState *self);

G_END_DECLS
