/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "briefing-report.h"

G_BEGIN_DECLS

/*
 * The floor of scrolling the timeline: a bare GtkListView in a window of the
 * same size, one row per event of @report made in code of what an event
 * row shows the most of (its date heading where a date group starts, its
 * headline and its text, cut as the row cuts it, in wrapping labels), no
 * lazy rows, no estimates, scrolled as benchmark-window scrolls the
 * timeline: a page a frame from the top, then 40 px a frame, @n_frames each.
 * Prints the frame intervals and, with BENCHMARK_FIGURES=1, the figures
 * floor_scroll_page_{median,max}_ms and floor_scroll_40px_{median,max}_ms.
 */
void measure_list_floor (BriefingReport *report,
                         int             width,
                         int             height,
                         guint           n_frames);

G_END_DECLS
