/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A text too long for the row that shows it, whole, in a window of its own
 * above @parent's. */
void briefing_text_dialog_present (GtkWidget  *parent,
                                   const char *title,
                                   const char *text);

G_END_DECLS
