/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "briefing-report.h"

G_BEGIN_DECLS

/*
 * What the report is: its title, subtitle, summary, source and link,
 * publication date, authors and how much it holds. The source's link opens
 * only when the reader asks, and only if it is an http(s) address.
 */
#define BRIEFING_TYPE_OVERVIEW_PAGE (briefing_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (BriefingOverviewPage, briefing_overview_page, BRIEFING, OVERVIEW_PAGE, GtkWidget)

GtkWidget      *briefing_overview_page_new        (void);
BriefingReport *briefing_overview_page_get_report (BriefingOverviewPage *self);
void            briefing_overview_page_set_report (BriefingOverviewPage *self,
                                                   BriefingReport       *report);


G_END_DECLS
