/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * Builds a list view's lazy rows (see briefing-lazy-row.h) as they come on
 * screen: after each layout of the window, every BriefingLazyRow on screen
 * that is not built yet is built. Building queues a resize, and the frame
 * clock lays the window out again before it paints (up to four times a
 * frame), so no row is painted unbuilt. Nothing is built while the list is
 * not mapped: a page that is not shown costs only estimates.
 */
#define BRIEFING_TYPE_ROWS_IN_VIEW (briefing_rows_in_view_get_type ())
G_DECLARE_FINAL_TYPE (BriefingRowsInView, briefing_rows_in_view, BRIEFING, ROWS_IN_VIEW, GObject)

BriefingRowsInView *briefing_rows_in_view_new (GtkListView *list_view);

G_END_DECLS
