/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * A plain, wrapping label for text that changes often in a row whose width
 * its list decides (the sidebar's counts, new with every period of a drag):
 * a new text asks for a new size only when it takes another height at the
 * width the label has, else it is only drawn again. A GtkLabel asks every
 * time, and each ask lays the whole row out again (three label measures a
 * row, a fifth of a period's frame at 100,000 events). GtkInscription does
 * not ask either, but its height is a fixed number of lines, where counts
 * must wrap rather than be cut. Its widths are not kept to (a new text
 * keeps the widths told for the old): the list gives it its width. Plain
 * text, never markup; the CSS colour and shadow, not GtkLabel's other text
 * properties; screen readers get the text as its name (GTK 4.8 gives AT-SPI
 * Text only to its own labels). Its CSS name is "label". Property: "text".
 */
#define BRIEFING_TYPE_STEADY_LABEL (briefing_steady_label_get_type ())
G_DECLARE_FINAL_TYPE (BriefingSteadyLabel, briefing_steady_label, BRIEFING, STEADY_LABEL, GtkWidget)

GtkWidget   *briefing_steady_label_new        (void);
const char  *briefing_steady_label_get_text   (BriefingSteadyLabel *self);
void         briefing_steady_label_set_text   (BriefingSteadyLabel *self,
                                               const char          *text);
PangoLayout *briefing_steady_label_get_layout (BriefingSteadyLabel *self);
void         briefing_steady_label_get_layout_offsets (BriefingSteadyLabel *self,
                                                       int                 *x,
                                                       int                 *y);

G_END_DECLS
