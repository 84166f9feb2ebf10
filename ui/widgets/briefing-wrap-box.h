/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * Lays its children out like words: in a row, at their natural width, onto
 * the next line when the row is full; mirrored in right-to-left locales. For
 * chips and figures: GtkFlowBox aligns its children in columns and gives each
 * a focus stop of its own, and GTK 4.8 has no wrapping box.
 * Properties: "column-spacing", "row-spacing" (int, pixels).
 */
#define BRIEFING_TYPE_WRAP_BOX (briefing_wrap_box_get_type ())
G_DECLARE_FINAL_TYPE (BriefingWrapBox, briefing_wrap_box, BRIEFING, WRAP_BOX, GtkWidget)

GtkWidget *briefing_wrap_box_new        (void);
void       briefing_wrap_box_append     (BriefingWrapBox *self,
                                         GtkWidget       *child);
void       briefing_wrap_box_remove_all (BriefingWrapBox *self);
guint      briefing_wrap_box_get_n_children (BriefingWrapBox *self);

G_END_DECLS
