/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* What the UI test programs share. */
void       test_ui_init           (int        *argc,
                                   char     ***argv);
void       count_cb               (guint      *count);
void       remember_cb            (GObject   **remembered,
                                   GObject    *object);
void       wait_for_paint         (GtkWidget  *widget);
GtkWidget *show_in_window         (GtkWidget  *child);
const char *shown_text            (GtkWidget  *widget);
void       collect_descendants    (GtkWidget  *widget,
                                   GType       type,
                                   GPtrArray  *found);
void       assert_one_heading     (GtkWidget  *widget,
                                   int         level);
void       collect_bound_rows     (GtkWidget  *view,
                                   GPtrArray  *rows);
void       assert_built_on_screen (GtkWidget  *view,
                                   gboolean    exactly);
double     label_scale            (GtkLabel   *label);
void       assert_labels_scaled   (GtkWidget  *widget,
                                   double      text_scale);

G_END_DECLS
