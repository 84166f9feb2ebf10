/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "briefing-sidebar-item.h"

G_BEGIN_DECLS

/*
 * A row of the sidebar: [icon] title / caption, or a heading, laid out in
 * code (see briefing-sidebar-row.c). It shows a BriefingSidebarItem ("item"); report
 * text reaches only plain labels and tooltips. (A click on it is the
 * sidebar's: it chooses the row as Enter does.)
 */
#define BRIEFING_TYPE_SIDEBAR_ROW (briefing_sidebar_row_get_type ())
G_DECLARE_FINAL_TYPE (BriefingSidebarRow, briefing_sidebar_row, BRIEFING, SIDEBAR_ROW, GtkWidget)

GtkWidget           *briefing_sidebar_row_new      (void);
void                 briefing_sidebar_row_bind     (BriefingSidebarRow  *self,
                                                    GtkListItem         *list_item);
BriefingSidebarItem *briefing_sidebar_row_get_item (BriefingSidebarRow  *self);
int                  briefing_sidebar_row_get_position (BriefingSidebarRow *self);

G_END_DECLS
