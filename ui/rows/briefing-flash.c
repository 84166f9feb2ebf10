/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-flash.h"

/* As long as a row stays lit after a jump. */
#define FLASH_MS 1600
#define FLASH_KEY "briefing-flash-source"

static void
remove_source (gpointer id)
{
  g_source_remove (GPOINTER_TO_UINT (id));
}

static gboolean
end_flash_cb (gpointer user_data)
{
  GtkWidget *widget = user_data;

  /* The source ends here: the data's destroy notify must not remove it. */
  g_object_steal_data (G_OBJECT (widget), FLASH_KEY);
  gtk_widget_remove_css_class (widget, "flash");
  return G_SOURCE_REMOVE;
}

/**
 * briefing_flash_widget:
 *
 * Gives @widget the CSS class "flash" for a moment, to show the reader
 * where a jump landed. The moment ends with the widget, if it goes first.
 */
void
briefing_flash_widget (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_widget_add_css_class (widget, "flash");
  /* A flash again starts the moment anew: the old source goes with its data. */
  g_object_set_data_full (G_OBJECT (widget), FLASH_KEY,
                          GUINT_TO_POINTER (g_timeout_add (FLASH_MS, end_flash_cb, widget)),
                          remove_source);
}

/**
 * briefing_flash_stop:
 *
 * Ends @widget's moment now, if it has one: a recycled row shows another
 * item, which no jump landed on.
 */
void
briefing_flash_stop (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  g_object_set_data (G_OBJECT (widget), FLASH_KEY, NULL);
  gtk_widget_remove_css_class (widget, "flash");
}
