/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void briefing_flash_widget (GtkWidget *widget);
void briefing_flash_stop   (GtkWidget *widget);

G_END_DECLS
