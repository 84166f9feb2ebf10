/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "briefing-day-index.h"
#include "briefing-search-index.h"
#include "briefing-subset-list.h"
#include "briefing-turn.h"

G_BEGIN_DECLS

/*
 * What the reader asks of the lists the views show, and how those lists are
 * derived from it: BriefingReaderState fills one of these from its own
 * fields and hands it to these functions, which replace what a
 * BriefingSubsetList holds in one change.
 *
 * Events shown: those of the selection (a list of the report's) that match
 * the search and cover a day of the period. With a period, the candidates
 * are a range of the selection's day index, found by two binary searches,
 * so a period costs what it shows, not what the selection holds.
 * Turns shown: those of an interview that match the search and, with
 * "only marked", are marked. A turn is marked when it speaks of the chosen
 * topic or entity and, with a period, of an event in it.
 */
typedef struct
{
  BriefingSearchIndex *search_index;   /* the report's events' folded text */
  const char          *folded_query;   /* "" for no search */
  gboolean             has_period;
  gint64               first_day;      /* both included */
  gint64               last_day;
  gboolean             only_marked;
  GHashTable          *marked;         /* BriefingTurn set */
} BriefingShownQuery;

BriefingSubsetList *briefing_shown_query_new_event_list (void);
BriefingSubsetList *briefing_shown_query_new_turn_list  (void);

void     briefing_shown_query_select_events (const BriefingShownQuery *query,
                                             BriefingSubsetList       *shown,
                                             GListModel               *source,
                                             BriefingDayIndex         *source_days,
                                             gboolean                  narrow);
void     briefing_shown_query_select_turns  (const BriefingShownQuery *query,
                                             BriefingSubsetList       *shown,
                                             GListModel               *source,
                                             gboolean                  narrow);
gboolean briefing_shown_query_keeps_turn    (const BriefingShownQuery *query,
                                             BriefingTurn             *turn);
void     briefing_shown_query_mark_turns    (const BriefingShownQuery *query,
                                             GListModel               *turns,
                                             GHashTable               *marked);

G_END_DECLS
