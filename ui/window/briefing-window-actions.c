/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "briefing-text-scale.h"
#include "briefing-timeline-view.h"
#include "briefing-window-private.h"

#define ZOOM_STEP 0.1

static void
on_file_chooser_response_cb (GtkNativeDialog *dialog,
                             int              response,
                             BriefingWindow  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        briefing_window_open (self, file);
    }
  gtk_native_dialog_destroy (dialog);
  g_clear_object (&self->file_chooser);
}

static GtkFileFilter *
create_report_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Reports"));
  gtk_file_filter_add_pattern (filter, "*.briefing");
  gtk_file_filter_add_mime_type (filter, "application/x-briefing+json");
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");
  /* TimelineJS spreadsheets, told apart from other CSV by their header row. */
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_suffix (filter, "csv");
  return filter;
}

static GtkFileFilter *
create_timeline_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("TimelineJS Timelines and Spreadsheets"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_suffix (filter, "csv");
  return filter;
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BriefingWindow *self = BRIEFING_WINDOW (widget);
  g_autoptr(GtkFileFilter) reports = NULL;
  g_autoptr(GtkFileFilter) timelines = NULL;
  g_autoptr(GtkFileFilter) all = NULL;
  GtkFileChooserNative *dialog;

  /* One chooser at a time; the window owns it, so closing the window ends it. */
  if (self->file_chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->file_chooser));
      return;
    }

  reports = create_report_filter ();
  timelines = create_timeline_filter ();
  all = gtk_file_filter_new ();
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");

  dialog = gtk_file_chooser_native_new (_("Open a Report"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), reports);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), timelines);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (dialog), reports);
  if (self->file != NULL && g_file_is_native (self->file))
    {
      g_autoptr(GFile) folder = g_file_get_parent (self->file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, NULL);
    }
  g_signal_connect (dialog, "response", G_CALLBACK (on_file_chooser_response_cb), self);
  self->file_chooser = dialog;
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) sample = g_file_new_for_uri (SAMPLE_REPORT_URI);

  briefing_window_open (BRIEFING_WINDOW (widget), sample);
}

static void
cancel_loading_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  briefing_window_cancel_loading (BRIEFING_WINDOW (widget));
}

static void
show_error_details_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  briefing_window_show_error_details (BRIEFING_WINDOW (widget));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BriefingWindow *self = BRIEFING_WINDOW (widget);

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BriefingWindow *self = BRIEFING_WINDOW (widget);

  briefing_reader_state_set_text_scale (self->state, briefing_reader_state_get_text_scale (self->state) + ZOOM_STEP);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BriefingWindow *self = BRIEFING_WINDOW (widget);

  briefing_reader_state_set_text_scale (self->state, briefing_reader_state_get_text_scale (self->state) - ZOOM_STEP);
}

static void
zoom_reset_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  briefing_reader_state_set_text_scale (BRIEFING_WINDOW (widget)->state, 1.0);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  int number = g_variant_get_int32 (parameter);

  if (number > 0)
    briefing_window_show_page_number (BRIEFING_WINDOW (widget), number);
}

static void
toggle_sidebar_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  briefing_window_toggle_sidebar (BRIEFING_WINDOW (widget));
}

static void
go_back_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BriefingWindow *self = BRIEFING_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
show_all_topics_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  BriefingWindow *self = BRIEFING_WINDOW (widget);

  briefing_reader_state_set_selection (self->state, NULL, NULL);
}

static void
clear_period_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  briefing_reader_state_clear_period (BRIEFING_WINDOW (widget)->state);
}

static void
fit_time_overview_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  BriefingWindow *self = BRIEFING_WINDOW (widget);

  briefing_time_overview_fit (briefing_timeline_view_get_time_overview (BRIEFING_TIMELINE_VIEW (self->timeline_view)));
}

/* The shortcuts window is built when it is first asked for, not with every
 * window as GtkApplication does with a resource at gtk/help-overlay.ui:
 * parsing it was a thirtieth of startup. This action stands in front of
 * the one gtk_application_window_set_help_overlay() adds. */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/shortcuts-window.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

void
briefing_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-loading", NULL, cancel_loading_action);
  /* Only while opening, and only if nothing focused wants Escape (the search). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.cancel-loading", NULL);
  gtk_widget_class_install_action (widget_class, "win.show-error-details", NULL,
                                   show_error_details_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_reset_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "i", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL, toggle_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, go_back_action);
  gtk_widget_class_install_action (widget_class, "win.show-all-topics", NULL, show_all_topics_action);
  gtk_widget_class_install_property_action (widget_class, "win.show-sidebar", "show-sidebar");
  gtk_widget_class_install_property_action (widget_class, "win.only-marked", "only-marked");
  gtk_widget_class_install_property_action (widget_class, "win.show-time-overview", "show-time-overview");
  gtk_widget_class_install_action (widget_class, "win.clear-period", NULL, clear_period_action);
  /* Escape tries each binding in turn: cancelling a load, then the period. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.clear-period", NULL);
  gtk_widget_class_install_action (widget_class, "win.fit-time-overview", NULL, fit_time_overview_action);
}

/* The one place that says what can be done now, from what the window reads:
 * its state, its loading, its leaflet. */
static void
update_actions (BriefingWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  BriefingReport *report = briefing_reader_state_get_report (self->state);
  gboolean shown = report != NULL;
  gboolean loading = self->cancellable != NULL;
  gboolean folded = adw_leaflet_get_folded (self->leaflet);
  gboolean selection = briefing_reader_state_has_selection (self->state);
  double text_scale = briefing_reader_state_get_text_scale (self->state);

  gtk_widget_action_set_enabled (widget, "win.cancel-loading", loading);
  gtk_widget_action_set_enabled (widget, "win.reload", briefing_window_can_reload (self));
  gtk_widget_action_set_enabled (widget, "win.search", shown);
  gtk_widget_action_set_enabled (widget, "win.zoom-in", text_scale < BRIEFING_TEXT_SCALE_MAX - 0.001);
  gtk_widget_action_set_enabled (widget, "win.zoom-out", text_scale > BRIEFING_TEXT_SCALE_MIN + 0.001);
  gtk_widget_action_set_enabled (widget, "win.zoom-reset", !G_APPROX_VALUE (text_scale, 1.0, 0.001));
  gtk_widget_action_set_enabled (widget, "win.show-page", shown);
  gtk_widget_action_set_enabled (widget, "win.toggle-sidebar", shown);
  gtk_widget_action_set_enabled (widget, "win.go-back",
                                 shown && folded &&
                                 adw_leaflet_get_visible_child (self->leaflet) == self->content_pane);
  gtk_widget_action_set_enabled (widget, "win.show-all-topics", selection);
  gtk_widget_action_set_enabled (widget, "win.clear-period",
                                 briefing_reader_state_get_period (self->state, NULL, NULL));
  gtk_widget_action_set_enabled (widget, "win.fit-time-overview", shown);
  /* The window has a page for each interview, and marks turns only there:
   * offered when it would show a turn, and always to turn it off. */
  gtk_widget_action_set_enabled (widget, "win.only-marked",
                                 shown && selection &&
                                 (briefing_window_has_marked_turns (self) ||
                                  briefing_reader_state_get_only_marked (self->state)));
}

/**
 * briefing_window_init_actions:
 *
 * For the window's init, once its template is built: which actions are
 * enabled follows, from now on, what they depend on. Whatever changes the
 * state, the loading or the leaflet need not know the actions exist.
 */
void
briefing_window_init_actions (BriefingWindow *self)
{
  const char *state_signals[] = { "notify::report", "notify::text-scale", "notify::has-period",
                                  "notify::only-marked", "selection-changed" };
  const char *leaflet_signals[] = { "notify::folded", "notify::visible-child" };

  for (guint i = 0; i < G_N_ELEMENTS (state_signals); i++)
    g_signal_connect_object (self->state, state_signals[i], G_CALLBACK (update_actions),
                             self, G_CONNECT_SWAPPED);
  for (guint i = 0; i < G_N_ELEMENTS (leaflet_signals); i++)
    g_signal_connect_object (self->leaflet, leaflet_signals[i], G_CALLBACK (update_actions),
                             self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::loading", G_CALLBACK (update_actions), NULL);
  /* Enabled by the first file that cannot be opened (briefing-window-loading.c). */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-error-details", FALSE);
  update_actions (self);
}
