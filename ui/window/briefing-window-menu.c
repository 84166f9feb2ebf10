/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "briefing-window-private.h"

/*
 * The main menu, behind the menu button of each of the window's pages.
 *
 * A button is given the menu when it is first opened, not by the template:
 * GtkMenuButton builds its popover's items as soon as it has a menu, and
 * five popovers built for one to be opened were a thirtieth of startup.
 *
 * The menu's zoom row says how large the text is, "100%", between
 * "Zoom Out" and "Zoom In", as GNOME's readers do; the middle item resets
 * the zoom. A menu model's items are fixed, so the item is made anew.
 */

static const char * const menu_buttons[] = {
  "loading_menu_button", "no_report_menu_button", "error_menu_button",
  "sidebar_menu_button", "content_menu_button",
};

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

/* Called as the button opens; from then on it has its menu. */
static void
give_menu (GtkMenuButton *button,
           gpointer       data)
{
  GObject *menu = gtk_widget_get_template_child (GTK_WIDGET (data), BRIEFING_TYPE_WINDOW, "main_menu");

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

void
briefing_window_class_bind_main_menu (GtkWidgetClass *widget_class)
{
  /* Offset 0: looked up, the window has no field for them. */
  gtk_widget_class_bind_template_child_full (widget_class, "main_menu", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "zoom_section", FALSE, 0);
  for (guint i = 0; i < G_N_ELEMENTS (menu_buttons); i++)
    gtk_widget_class_bind_template_child_full (widget_class, menu_buttons[i], FALSE, 0);
}

/* For the window's init. */
void
briefing_window_init_main_menu (BriefingWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (menu_buttons); i++)
    {
      GObject *button = gtk_widget_get_template_child (GTK_WIDGET (self), BRIEFING_TYPE_WINDOW, menu_buttons[i]);

      gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), give_menu, self, NULL);
    }

  g_signal_connect_object (self->state, "notify::text-scale", G_CALLBACK (update_zoom_label),
                           self, G_CONNECT_SWAPPED);
  update_zoom_label (self);
}
