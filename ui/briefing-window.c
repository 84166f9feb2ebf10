/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "briefing-loader.h"
#include "briefing-window.h"

struct _BriefingWindow
{
  AdwApplicationWindow parent_instance;

  GtkStack            *stack;
  AdwWindowTitle      *window_title;
  AdwStatusPage       *error_page;
  AdwStatusPage       *report_page;

  GCancellable        *cancellable;
  BriefingReport      *report;
};

G_DEFINE_FINAL_TYPE (BriefingWindow, briefing_window, ADW_TYPE_APPLICATION_WINDOW)

static void
show_report (BriefingWindow *self,
             BriefingReport *report)
{
  g_set_object (&self->report, report);
  adw_window_title_set_title (self->window_title, briefing_report_get_title (report));
  adw_window_title_set_subtitle (self->window_title, briefing_report_get_subtitle (report));
  gtk_window_set_title (GTK_WINDOW (self), briefing_report_get_title (report));
  adw_status_page_set_title (self->report_page, briefing_report_get_title (report));
  gtk_stack_set_visible_child_name (self->stack, "report");
}

static void
show_error (BriefingWindow *self,
            const GError   *error)
{
  /* AdwStatusPage's description is markup in libadwaita 1.2. */
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  adw_status_page_set_description (self->error_page, escaped);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

static void
on_report_loaded_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(BriefingWindow) self = user_data;
  g_autoptr(BriefingReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = briefing_report_load_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->cancellable);
  if (report != NULL)
    show_report (self, report);
  else
    show_error (self, error);
}

static void
briefing_window_dispose (GObject *object)
{
  BriefingWindow *self = BRIEFING_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->report);
  gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_WINDOW);

  G_OBJECT_CLASS (briefing_window_parent_class)->dispose (object);
}

static void
briefing_window_class_init (BriefingWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = briefing_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/briefing-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, report_page);
}

static void
briefing_window_init (BriefingWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

BriefingWindow *
briefing_window_new (BriefingApplication *application)
{
  return g_object_new (BRIEFING_TYPE_WINDOW, "application", application, NULL);
}

void
briefing_window_open (BriefingWindow *self,
                      GFile          *file)
{
  g_return_if_fail (BRIEFING_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_cancellable_cancel (self->cancellable);
  g_set_object (&self->cancellable, g_cancellable_new ());
  gtk_stack_set_visible_child_name (self->stack, "loading");
  briefing_report_load_async (file, self->cancellable, NULL, NULL, NULL,
                              on_report_loaded_cb, g_object_ref (self));
}
