/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean briefing_row_focus (GtkWidget        *row,
                             GtkDirectionType  direction,
                             GtkWidgetClass   *parent_class);

G_END_DECLS
