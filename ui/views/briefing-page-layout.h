/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * The layout of a page of the window's AdwViewStack (the overview page; the
 * list views keep GtkBinLayout, since measuring a list again as it comes into
 * view loses the row it keeps on top): its children fill it,
 * as in a GtkBinLayout, but a page out of sight measures as nothing.
 * libadwaita 1.2's view stack measures every page, shown or not, whenever
 * the window is laid out; a page measured lays out all its labels. A page
 * is out of sight when the stack made it not child-visible: then it has no
 * size of its own, and the page shown gives the stack its size.
 *
 * The widget calls briefing_page_layout_widget_mapped() from its map, so
 * that it is measured again when it comes into sight (the stack maps the
 * page it shows). Gone out of sight, it keeps the size it had until it is
 * next measured.
 */
#define BRIEFING_TYPE_PAGE_LAYOUT (briefing_page_layout_get_type ())
G_DECLARE_FINAL_TYPE (BriefingPageLayout, briefing_page_layout, BRIEFING, PAGE_LAYOUT, GtkLayoutManager)

void briefing_page_layout_widget_mapped (GtkWidget *widget);

G_END_DECLS
