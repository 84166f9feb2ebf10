/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-window-private.h"

/* The first file dropped replaces what this window shows (or stays, if it
 * cannot be opened); any others open in windows of their own. */
static gboolean
on_drop_cb (GtkDropTarget  *target,
            const GValue   *value,
            double          x,
            double          y,
            BriefingWindow *self)
{
  GSList *files;
  GtkApplication *application;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  files = gdk_file_list_get_files (g_value_get_boxed (value));
  if (files == NULL)
    return FALSE;

  briefing_window_open (self, files->data);

  application = gtk_window_get_application (GTK_WINDOW (self));
  for (GSList *l = files->next; l != NULL && application != NULL; l = l->next)
    {
      BriefingWindow *window = briefing_window_new (BRIEFING_APPLICATION (application));

      briefing_window_open (window, l->data);
      gtk_window_present (GTK_WINDOW (window));
    }
  g_slist_free (files);
  return TRUE;
}

void
briefing_window_init_dnd (BriefingWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect_object (target, "drop", G_CALLBACK (on_drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->toast_overlay), GTK_EVENT_CONTROLLER (target));
}
