/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "briefing-event.h"

G_BEGIN_DECLS

/*
 * What a search looks through in each event of a report: the text a reader
 * sees of it (headline, body, dates, time, place, attribution, quotes),
 * folded by briefing_text_search_fold() and kept, so that each search after
 * the first is a plain substring search: once every event is folded, one
 * pass of memmem() per term over all of it, whose answer each event's
 * match reads.
 *
 * How that text is kept, folded and looked in (a buffer or a few, each in a
 * thread of its own): briefing-folded-text.h.
 *
 * Folding is most of the cost (see docs/performance.md for what it takes).
 * briefing_search_index_prepare() does it in a worker thread, to be called
 * when the reader opens the search bar, so that it is done before the first
 * word is typed. Without it, or while it runs, briefing_search_index_matches()
 * folds what it needs, or waits for the worker.
 *
 * briefing_search_index_find_async() looks a query up in a worker thread,
 * cancellably, so that a search of 100,000 events does not hold up the
 * window, and finds which of a list's events match, for the list to show;
 * once it is finished, briefing_search_index_matches() with that query is
 * a lookup.
 */
#define BRIEFING_TYPE_SEARCH_INDEX (briefing_search_index_get_type ())
G_DECLARE_FINAL_TYPE (BriefingSearchIndex, briefing_search_index, BRIEFING, SEARCH_INDEX, GObject)

BriefingSearchIndex *briefing_search_index_new      (GListModel          *events);
void                 briefing_search_index_prepare  (BriefingSearchIndex *self);
gboolean             briefing_search_index_is_ready (BriefingSearchIndex *self);
gboolean             briefing_search_index_matches  (BriefingSearchIndex *self,
                                                     BriefingEvent       *event,
                                                     const char          *folded_query);
void                 briefing_search_index_find_async  (BriefingSearchIndex  *self,
                                                        const char           *folded_query,
                                                        GListModel           *source,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
gboolean             briefing_search_index_find_finish (BriefingSearchIndex  *self,
                                                        GAsyncResult         *result,
                                                        GPtrArray           **matching,
                                                        GError              **error);

G_END_DECLS
