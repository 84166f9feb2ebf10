/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Finding a window's parts as a reader's tools would: by what they are, by
 * the name the template gives them (GtkWidget:name), or as find_widget()'s
 * @match says. Shared by the UI tests and the tools that drive the window. */
typedef gboolean (*WidgetMatch) (GtkWidget     *widget,
                                 gconstpointer  data);

GtkWidget *find_widget     (GtkWidget    *widget,
                            WidgetMatch   match,
                            gconstpointer data);
GtkWidget *find_descendant (GtkWidget    *widget,
                            GType         type);
GtkWidget *find_named      (GtkWidget    *widget,
                            const char   *name);

G_END_DECLS
