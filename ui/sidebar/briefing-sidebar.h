/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "briefing-reader-state.h"

G_BEGIN_DECLS

/*
 * The report's topics, "All Topics" first, then its people, organizations and
 * places, each with how many events and interview turns concern it. Choosing
 * a row chooses its topic or entity in the BriefingReaderState ("state",
 * construct-only), and the row of the state's choice is selected, whoever
 * made it; "item-activated" says the reader chose a row (a click, Enter), so
 * a folded window can move on to the content.
 */
#define BRIEFING_TYPE_SIDEBAR (briefing_sidebar_get_type ())
G_DECLARE_FINAL_TYPE (BriefingSidebar, briefing_sidebar, BRIEFING, SIDEBAR, GtkWidget)

GtkWidget      *briefing_sidebar_new        (BriefingReaderState *state);
GListModel     *briefing_sidebar_get_rows   (BriefingSidebar     *self);

G_END_DECLS
