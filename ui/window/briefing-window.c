/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "briefing-format.h"
#include "briefing-text-scale.h"
#include "briefing-time-axis.h"
#include "briefing-timeline-view.h"
#include "briefing-window-private.h"

G_DEFINE_FINAL_TYPE (BriefingWindow, briefing_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_REPORT,
  PROP_LOADING,
  PROP_TEXT_SCALE,
  PROP_ONLY_MARKED,
  PROP_SHOW_SIDEBAR,
  PROP_SUBTITLE,
  PROP_HAS_SUBTITLE,
  PROP_HAS_PERIOD,
  PROP_SHOW_TIME_OVERVIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The template binds the titles to "title" and "subtitle": plain labels,
 * report text never reaches markup there. */
static void
update_titles (BriefingWindow *self)
{
  BriefingReport *report = briefing_reader_state_get_report (self->state);
  g_autofree char *title = briefing_format_title (report);
  g_autofree char *subtitle = briefing_format_subtitle (report,
                                                        briefing_reader_state_get_topic (self->state),
                                                        briefing_reader_state_get_entity (self->state));
  gint64 first_day, last_day;

  if (briefing_reader_state_get_period (self->state, &first_day, &last_day))
    {
      g_autofree char *period = briefing_time_axis_format_span (first_day, last_day);

      g_free (subtitle);
      subtitle = briefing_format_subtitle_with_period (briefing_reader_state_get_selection_name (self->state),
                                                       period);
    }

  gtk_window_set_title (GTK_WINDOW (self), title);
  if (g_strcmp0 (self->subtitle, subtitle) == 0)
    return;
  g_free (self->subtitle);
  self->subtitle = g_steal_pointer (&subtitle);
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_SUBTITLE]);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
update_sidebar_visibility (BriefingWindow *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  gtk_widget_set_visible (self->sidebar_pane, self->show_sidebar || folded);
  gtk_widget_set_visible (self->sidebar_separator, self->show_sidebar || folded);
}

static void
on_state_selection_cb (BriefingWindow *self)
{
  update_titles (self);
  briefing_window_update_selection_bar (self);
}

static void
on_state_has_period_cb (BriefingWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_PERIOD]);
}

static void
on_state_text_scale_cb (BriefingWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT_SCALE]);
}

static void
on_state_only_marked_cb (BriefingWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ONLY_MARKED]);
}

static void
on_state_n_shown_cb (BriefingWindow *self)
{
  briefing_window_update_search_count (self);
}

static void
on_sidebar_item_activated_cb (BriefingWindow *self)
{
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
}

static void
on_leaflet_folded_cb (BriefingWindow *self)
{
  update_sidebar_visibility (self);
}

static void
on_visible_page_cb (BriefingWindow *self)
{
  GtkWidget *page = adw_view_stack_get_visible_child (self->view_stack);

  if (page == NULL || self->interview_views == NULL)
    return;
  briefing_window_update_selection_bar (self);
  briefing_window_remember_page (self);
}

static gboolean
reveal_switcher_bar_cb (gpointer data)
{
  BriefingWindow *self = data;

  self->reveal_switcher_id = 0;
  adw_view_switcher_bar_set_reveal (self->switcher_bar,
                                    adw_view_switcher_title_get_title_visible (self->switcher_title));
  return G_SOURCE_REMOVE;
}

/* The title knows it has no room for the switcher only while it is being
 * allocated; revealing the bar then would change the layout being made. */
static void
on_title_visible_cb (BriefingWindow *self)
{
  if (self->reveal_switcher_id == 0)
    self->reveal_switcher_id = g_idle_add (reveal_switcher_bar_cb, self);
}

static void
restore_size (BriefingWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;
  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");
  gtk_window_set_default_size (GTK_WINDOW (self), MAX (width, 360), MAX (height, 294));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_size (BriefingWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static gboolean
briefing_window_close_request (GtkWindow *window)
{
  save_size (BRIEFING_WINDOW (window));
  return GTK_WINDOW_CLASS (briefing_window_parent_class)->close_request (window);
}

static void
briefing_window_constructed (GObject *object)
{
  BriefingWindow *self = BRIEFING_WINDOW (object);

  G_OBJECT_CLASS (briefing_window_parent_class)->constructed (object);

  restore_size (self);
  if (self->settings != NULL)
    {
      g_settings_bind (self->settings, "text-zoom", self, "text-scale", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "show-time-overview", self, "show-time-overview",
                       G_SETTINGS_BIND_DEFAULT);
    }
}

static void
briefing_window_dispose (GObject *object)
{
  BriefingWindow *self = BRIEFING_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->loading_file);
  g_clear_handle_id (&self->show_loading_id, g_source_remove);
  g_clear_handle_id (&self->reveal_switcher_id, g_source_remove);
  briefing_window_stop_watching (self);
  g_clear_object (&self->failed_file);
  g_clear_weak_pointer (&self->error_dialog);
  if (self->file_chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->file_chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->file_chooser));
      g_clear_object (&self->file_chooser);
    }
  /* The pages' handlers go with the window (g_signal_connect_object). */
  g_clear_pointer (&self->interview_views, g_ptr_array_unref);
  if (self->error_toast != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->error_toast), (gpointer *) &self->error_toast);
  self->error_toast = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_WINDOW);

  g_clear_object (&self->file);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (briefing_window_parent_class)->dispose (object);
}

static void
briefing_window_finalize (GObject *object)
{
  BriefingWindow *self = BRIEFING_WINDOW (object);

  g_clear_error (&self->last_error);
  g_free (self->last_error_name);
  g_free (self->subtitle);

  G_OBJECT_CLASS (briefing_window_parent_class)->finalize (object);
}

static void
briefing_window_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BriefingWindow *self = BRIEFING_WINDOW (object);

  /* The property actions ask while the template is being built, before the
   * state is there: the defaults are its values. */
  if (self->state == NULL)
    {
      g_param_value_set_default (pspec, value);
      return;
    }

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_REPORT:
      g_value_set_object (value, briefing_reader_state_get_report (self->state));
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->cancellable != NULL);
      break;
    case PROP_TEXT_SCALE:
      g_value_set_double (value, briefing_reader_state_get_text_scale (self->state));
      break;
    case PROP_ONLY_MARKED:
      g_value_set_boolean (value, briefing_reader_state_get_only_marked (self->state));
      break;
    case PROP_SHOW_SIDEBAR:
      g_value_set_boolean (value, self->show_sidebar);
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;
    case PROP_HAS_SUBTITLE:
      g_value_set_boolean (value, self->subtitle != NULL && *self->subtitle != '\0');
      break;
    case PROP_HAS_PERIOD:
      g_value_set_boolean (value, briefing_reader_state_get_period (self->state, NULL, NULL));
      break;
    case PROP_SHOW_TIME_OVERVIEW:
      g_value_set_boolean (value, self->show_time_overview);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_show_sidebar (BriefingWindow *self,
                  gboolean        show_sidebar)
{
  show_sidebar = !!show_sidebar;
  if (self->show_sidebar == show_sidebar)
    return;
  self->show_sidebar = show_sidebar;
  update_sidebar_visibility (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_SIDEBAR]);
}

static void
briefing_window_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BriefingWindow *self = BRIEFING_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_TEXT_SCALE:
      briefing_reader_state_set_text_scale (self->state, g_value_get_double (value));
      break;
    case PROP_ONLY_MARKED:
      briefing_reader_state_set_only_marked (self->state, g_value_get_boolean (value));
      break;
    case PROP_SHOW_SIDEBAR:
      set_show_sidebar (self, g_value_get_boolean (value));
      break;
    case PROP_SHOW_TIME_OVERVIEW:
      if (self->show_time_overview != g_value_get_boolean (value))
        {
          self->show_time_overview = g_value_get_boolean (value);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_TIME_OVERVIEW]);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_window_class_init (BriefingWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = briefing_window_constructed;
  object_class->dispose = briefing_window_dispose;
  object_class->finalize = briefing_window_finalize;
  object_class->get_property = briefing_window_get_property;
  object_class->set_property = briefing_window_set_property;
  window_class->close_request = briefing_window_close_request;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, BRIEFING_TYPE_REPORT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT_SCALE] =
    g_param_spec_double ("text-scale", NULL, NULL, BRIEFING_TEXT_SCALE_MIN, BRIEFING_TEXT_SCALE_MAX, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ONLY_MARKED] =
    g_param_spec_boolean ("only-marked", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_SIDEBAR] =
    g_param_spec_boolean ("show-sidebar", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_SUBTITLE] =
    g_param_spec_boolean ("has-subtitle", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_PERIOD] =
    g_param_spec_boolean ("has-period", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_TIME_OVERVIEW] =
    g_param_spec_boolean ("show-time-overview", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BRIEFING_TYPE_READER_STATE);
  g_type_ensure (BRIEFING_TYPE_OVERVIEW_PAGE);
  g_type_ensure (BRIEFING_TYPE_SIDEBAR);
  g_type_ensure (BRIEFING_TYPE_TIMELINE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/briefing-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, state);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, state_stack);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, loading_page);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, problems_card);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, problems_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, error_details_button);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, sidebar_pane);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, sidebar_separator);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, content_pane);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, sidebar_subtitle);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, timeline_view);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, overview_page);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, search_count);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, selection_revealer);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, selection_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, only_marked_button);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_item_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_visible_page_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_title_visible_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_search_changed_cb",
                                                G_CALLBACK (briefing_window_search_changed));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_search_mode_cb",
                                                G_CALLBACK (briefing_window_search_mode_changed));

  briefing_window_class_add_actions (widget_class);
  briefing_window_class_add_find_actions (widget_class);
  briefing_window_class_add_page_actions (widget_class);
  briefing_window_class_bind_main_menu (widget_class);
  briefing_window_class_add_reload_actions (widget_class);
}

static void
briefing_window_init (BriefingWindow *self)
{
  self->show_sidebar = TRUE;
  /* The property's default, which the template's binding reads before the settings apply. */
  self->show_time_overview = TRUE;
  self->subtitle = g_strdup ("");
  self->interview_views = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->state, "selection-changed", G_CALLBACK (on_state_selection_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::has-period", G_CALLBACK (on_state_has_period_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::text-scale", G_CALLBACK (on_state_text_scale_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::only-marked", G_CALLBACK (on_state_only_marked_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::n-shown-events", G_CALLBACK (on_state_n_shown_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::n-shown-turns", G_CALLBACK (on_state_n_shown_cb),
                           self, G_CONNECT_SWAPPED);

  briefing_window_init_search (self);
  briefing_window_init_find (self);
  briefing_window_init_main_menu (self);
  briefing_window_watch_matches (self, self->timeline_view);
  briefing_window_watch_copies (self, self->timeline_view);
  briefing_window_watch_copies (self, GTK_WIDGET (self->overview_page));
  gtk_stack_set_visible_child_name (self->state_stack, "loading");

  update_sidebar_visibility (self);
  briefing_window_update_selection_bar (self);
  briefing_window_init_dnd (self);
  briefing_window_init_actions (self);
}

BriefingWindow *
briefing_window_new (BriefingApplication *application)
{
  g_return_val_if_fail (BRIEFING_IS_APPLICATION (application), NULL);

  return g_object_new (BRIEFING_TYPE_WINDOW,
                       "application", application,
                       "settings", briefing_application_get_settings (application),
                       NULL);
}

BriefingReport *
briefing_window_get_report (BriefingWindow *self)
{
  g_return_val_if_fail (BRIEFING_IS_WINDOW (self), NULL);

  return briefing_reader_state_get_report (self->state);
}

/**
 * briefing_window_get_state:
 *
 * Returns: (transfer none): what the window's reader reads: the state every
 *   view of the window follows
 */
BriefingReaderState *
briefing_window_get_state (BriefingWindow *self)
{
  g_return_val_if_fail (BRIEFING_IS_WINDOW (self), NULL);

  return self->state;
}

gboolean
briefing_window_is_loading (BriefingWindow *self)
{
  g_return_val_if_fail (BRIEFING_IS_WINDOW (self), FALSE);

  return self->cancellable != NULL;
}

/* Private API */

void
briefing_window_show_report (BriefingWindow *self,
                             BriefingReport *report,
                             GFile          *file)
{
  gboolean first = briefing_reader_state_get_report (self->state) == NULL;
  GtkWidget *focus;

  g_assert (BRIEFING_IS_WINDOW (self));
  g_assert (BRIEFING_IS_REPORT (report));

  g_set_object (&self->file, file);
  if (briefing_reader_state_get_report (self->state) == report)
    return;

  self->rebuilding_pages = TRUE;
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  briefing_window_remove_interview_pages (self);
  briefing_reader_state_set_report (self->state, report);
  briefing_overview_page_set_report (self->overview_page, report);
  briefing_window_add_interview_pages (self);
  briefing_window_show_last_page (self);
  self->rebuilding_pages = FALSE;

  update_titles (self);
  briefing_window_update_selection_bar (self);
  briefing_window_update_search_count (self);
  gtk_stack_set_visible_child_name (self->state_stack, "report");
  /* A reader opens a report to read it: narrow windows start on the content. */
  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
  /* The keyboard starts where reading does: the list of topics, or the timeline. */
  focus = gtk_window_get_focus (GTK_WINDOW (self));
  if (first || focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->leaflet)))
    gtk_widget_grab_focus (adw_leaflet_get_folded (self->leaflet) ? self->timeline_view
                                                                  : GTK_WIDGET (self->sidebar));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
}

void
briefing_window_toggle_sidebar (BriefingWindow *self)
{
  if (!adw_leaflet_get_folded (self->leaflet))
    {
      set_show_sidebar (self, !self->show_sidebar);
      return;
    }
  if (adw_leaflet_get_visible_child (self->leaflet) == self->content_pane)
    adw_leaflet_set_visible_child (self->leaflet, self->sidebar_pane);
  else
    adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
}

void
briefing_window_loading_changed (BriefingWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}
