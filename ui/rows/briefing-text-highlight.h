/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * Shared by the timeline's rows and the interview's bubbles: how report text
 * in a label is scaled and how search matches in it are highlighted.
 */
void briefing_text_highlight_label (GtkLabel   *label,
                                    const char *query,
                                    double      text_scale);
void briefing_text_set_selectable_only (GtkLabel *label);
char *briefing_text_get_selected      (GtkWidget *widget);
void briefing_text_highlight_labels (GtkWidget  *widget,
                                     const char *query,
                                     double      text_scale);
void briefing_text_scale_labels    (GtkWidget  *widget,
                                    double      text_scale);
char *briefing_text_capitalize      (const char *text);

G_END_DECLS
