/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "briefing-event-parts.h"

G_BEGIN_DECLS

/*
 * One figure of an event, drawn and written: "31 of 48 drones" beside a meter
 * filled 31/48, "425 million USD", "about 40 people", with what is counted
 * under it and the figure as the report writes it ("31 out of 48 drones").
 * Property: "figure" (BriefingFigure, construct-only).
 */
#define BRIEFING_TYPE_FIGURE_METER (briefing_figure_meter_get_type ())
G_DECLARE_FINAL_TYPE (BriefingFigureMeter, briefing_figure_meter, BRIEFING, FIGURE_METER, GtkWidget)

GtkWidget      *briefing_figure_meter_new          (BriefingFigure       *figure);
BriefingFigure *briefing_figure_meter_get_figure   (BriefingFigureMeter  *self);

char           *briefing_figure_format_number      (double                value);
char           *briefing_figure_format_amount      (const BriefingFigure *figure);

G_END_DECLS
