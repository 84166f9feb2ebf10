/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "briefing-report.h"

G_BEGIN_DECLS

GtkTextDirection briefing_direction_of_report     (BriefingReport   *report);
gboolean         briefing_direction_differs       (GtkTextDirection  direction);
void             briefing_direction_set_recursive (GtkWidget        *widget,
                                                   GtkTextDirection  direction);

G_END_DECLS
