/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "briefing-window-private.h"

/*
 * The main menu's zoom row says how large the text is, "100%", between
 * "Zoom Out" and "Zoom In", as GNOME's readers do; the middle item resets
 * the zoom. A menu model's items are fixed, so the item is made anew.
 */

#define RESET_POSITION 1

static void
update_zoom_label (BriefingWindow *self)
{
  GMenu *section = G_MENU (gtk_widget_get_template_child (GTK_WIDGET (self), BRIEFING_TYPE_WINDOW,
                                                          "zoom_section"));
  double scale = briefing_reader_state_get_text_scale (self->state);
  g_autofree char *percent = NULL;
  g_autoptr(GMenuItem) item = NULL;

  /* Translators: the text's zoom in the main menu, "100%"; a non-breaking
   * space before the sign where your language puts one ("100 %") */
  percent = g_strdup_printf (_("%d%%"), (int) (scale * 100 + 0.5));
  item = g_menu_item_new (percent, "win.zoom-reset");
  g_menu_remove (section, RESET_POSITION);
  g_menu_insert_item (section, RESET_POSITION, item);
}

void
briefing_window_class_bind_zoom_section (GtkWidgetClass *widget_class)
{
  /* Offset 0: looked up, the window has no field for it. */
  gtk_widget_class_bind_template_child_full (widget_class, "zoom_section", FALSE, 0);
}

/* For the window's init. */
void
briefing_window_init_zoom_label (BriefingWindow *self)
{
  g_signal_connect_object (self->state, "notify::text-scale", G_CALLBACK (update_zoom_label),
                           self, G_CONNECT_SWAPPED);
  update_zoom_label (self);
}
