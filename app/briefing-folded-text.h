/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "briefing-event.h"

G_BEGIN_DECLS

/*
 * Every event's text as a search sees it (what a reader sees of the event:
 * headline, body, dates, time, place, attribution, quotes, fact cards),
 * folded by briefing_text_search_fold(), for BriefingSearchIndex.
 *
 * Each event's folded text is a "haystack": a NUL-ended piece of a buffer,
 * found through a table of offsets, so that a term is looked for in all of
 * them at once (memmem() over the buffer), and no event costs an allocation.
 * With many events, the text is folded in parts, one thread each, and each
 * part is a buffer of its own, looked in by a thread of its own.
 *
 * Made once, from any thread, it is only read afterwards, from any thread:
 * reference-counted, so that a search in a worker may keep it after the
 * index that made it has gone.
 */
typedef struct _BriefingFoldedText BriefingFoldedText;

BriefingFoldedText *briefing_folded_text_new      (GListModel         *events);
BriefingFoldedText *briefing_folded_text_ref      (BriefingFoldedText *self);
void                briefing_folded_text_unref    (BriefingFoldedText *self);
guint               briefing_folded_text_get_n_events (BriefingFoldedText *self);
guint               briefing_folded_text_place_of (BriefingFoldedText *self,
                                                   BriefingEvent      *event);
guint8             *briefing_folded_text_find     (BriefingFoldedText *self,
                                                   const char         *folded_query,
                                                   const guint8       *candidates,
                                                   GCancellable       *cancellable);

void                briefing_folded_text_append   (GString            *text,
                                                   BriefingEvent      *event);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriefingFoldedText, briefing_folded_text_unref)

G_END_DECLS
