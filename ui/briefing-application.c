/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "briefing-application.h"
#include "briefing-converter.h"
#include "briefing-file-reader.h"
#include "briefing-validator.h"
#include "briefing-window.h"

struct _BriefingApplication
{
  AdwApplication parent_instance;

  /* NULL when the schema is not installed (running uninstalled). */
  GSettings     *settings;
  /* --max-file-size was given: it wins over the setting. */
  gboolean       max_file_size_given;
};

G_DEFINE_FINAL_TYPE (BriefingApplication, briefing_application, ADW_TYPE_APPLICATION)

static const struct {
  const char *action;
  const char *accels[4];
} accelerators[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
  { "window.close", { "<Control>w", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.open-sample", { "<Control><Shift>o", NULL } },
  { "win.reload", { "F5", "<Control>r", NULL } },
  { "win.search", { "<Control>f", NULL } },
  { "win.zoom-in", { "<Control>plus", "<Control>equal", "<Control>KP_Add", NULL } },
  { "win.zoom-out", { "<Control>minus", "<Control>KP_Subtract", NULL } },
  { "win.zoom-reset", { "<Control>0", "<Control>KP_0", NULL } },
  { "win.toggle-sidebar", { "F9", NULL } },
  { "win.only-marked", { "<Control>m", NULL } },
  { "win.show-all-topics", { "<Alt>Home", NULL } },
};

static void
open_in_new_window (BriefingApplication *self,
                    GFile               *file)
{
  BriefingWindow *window = briefing_window_new (self);

  briefing_window_open (window, file);
  gtk_window_present (GTK_WINDOW (window));
}

static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* Without the schema GSettings would abort: run without remembering. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL)
    {
      g_message ("The settings schema %s is not installed; settings will not be kept. "
                 "Set GSETTINGS_SCHEMA_DIR to run uninstalled.", APPLICATION_ID);
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}

static void
apply_style_variant (const char *variant)
{
  AdwColorScheme scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_strcmp0 (variant, "light") == 0)
    scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_strcmp0 (variant, "dark") == 0)
    scheme = ADW_COLOR_SCHEME_FORCE_DARK;
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
}

static void
on_style_variant_changed_cb (GSettings  *settings,
                             const char *key,
                             gpointer    user_data)
{
  g_autofree char *variant = g_settings_get_string (settings, key);

  apply_style_variant (variant);
}

/* Without settings the choice lasts as long as the program. */
static void
on_style_variant_change_state_cb (GSimpleAction *action,
                                  GVariant      *state,
                                  gpointer       user_data)
{
  const char *variant = g_variant_get_string (state, NULL);

  if (!g_str_equal (variant, "follow") && !g_str_equal (variant, "light") &&
      !g_str_equal (variant, "dark"))
    return;
  g_simple_action_set_state (action, state);
  apply_style_variant (variant);
}

static void
add_style_variant_action (BriefingApplication *self)
{
  g_autoptr(GAction) action = NULL;

  if (self->settings != NULL)
    {
      action = g_settings_create_action (self->settings, "style-variant");
      g_signal_connect_object (self->settings, "changed::style-variant",
                               G_CALLBACK (on_style_variant_changed_cb), self, 0);
      on_style_variant_changed_cb (self->settings, "style-variant", NULL);
    }
  else
    {
      action = G_ACTION (g_simple_action_new_stateful ("style-variant", G_VARIANT_TYPE_STRING,
                                                       g_variant_new_string ("follow")));
      g_signal_connect (action, "change-state", G_CALLBACK (on_style_variant_change_state_cb), NULL);
    }
  g_action_map_add_action (G_ACTION_MAP (self), action);
}

static void
on_max_file_size_changed_cb (GSettings           *settings,
                             const char          *key,
                             BriefingApplication *self)
{
  guint64 size = g_settings_get_uint64 (settings, key);

  if (!self->max_file_size_given && size > 0)
    briefing_file_set_max_size (size);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *application = user_data;
  /* The credits show the team's name, in the reader's language, and its site. */
  g_autofree char *team = g_strdup_printf ("%s https://github.com/briefing/briefing",
                                           _("The Briefing developers"));
  const char *developers[] = { team, NULL };

  adw_show_about_window (gtk_application_get_active_window (application),
                         "application-name", _("Briefing"),
                         "application-icon", APPLICATION_ID,
                         "developer-name", _("The Briefing developers"),
                         "version", PACKAGE_VERSION,
                         "comments", _("Read structured news reports: topics, a timeline of "
                                       "events and interviews."),
                         "website", "https://github.com/briefing/briefing",
                         "issue-url", "https://github.com/briefing/briefing/issues",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", _("© The Briefing developers"),
                         "developers", developers,
                         /* Translators: put your names here, one a line */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *application = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (application));

  /* Closing (not destroying) lets each window keep its size. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

/* `--validate` and `--convert` run before the application registers, so it needs neither a
 * display nor a session bus, and never reaches a running instance. */
static gboolean
briefing_application_local_command_line (GApplication   *application,
                                         char         ***arguments,
                                         int            *exit_status)
{
  if (g_strv_contains ((const char * const *) *arguments, "--validate"))
    {
      *exit_status = briefing_validate_command_line ((const char * const *) *arguments);
      return TRUE;
    }
  if (g_strv_contains ((const char * const *) *arguments, "--convert"))
    {
      *exit_status = briefing_convert_command_line ((const char * const *) *arguments);
      return TRUE;
    }
  return G_APPLICATION_CLASS (briefing_application_parent_class)->local_command_line (application,
                                                                                       arguments,
                                                                                       exit_status);
}

static int
briefing_application_handle_local_options (GApplication *application,
                                           GVariantDict *options)
{
  BriefingApplication *self = BRIEFING_APPLICATION (application);
  const char *max_file_size = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", g_get_application_name (), PACKAGE_VERSION);
      return 0;
    }
  /* It applies to the instance this command starts, not to one running. */
  if (g_variant_dict_lookup (options, "max-file-size", "&s", &max_file_size))
    {
      g_autoptr(GError) error = NULL;
      guint64 size;

      if (!briefing_file_parse_size (max_file_size, &size, &error))
        {
          g_printerr ("%s: %s\n", g_get_prgname (), error->message);
          return 2;
        }
      briefing_file_set_max_size (size);
      self->max_file_size_given = TRUE;
    }
  return -1;
}

static void
briefing_application_startup (GApplication *application)
{
  BriefingApplication *self = BRIEFING_APPLICATION (application);
  const GActionEntry entries[] = {
    { "about", about_action },
    { "quit", quit_action },
  };

  G_APPLICATION_CLASS (briefing_application_parent_class)->startup (application);

  self->settings = create_settings ();
  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
  add_style_variant_action (self);
  if (self->settings != NULL)
    {
      g_signal_connect_object (self->settings, "changed::max-file-size",
                               G_CALLBACK (on_max_file_size_changed_cb), self, 0);
      on_max_file_size_changed_cb (self->settings, "max-file-size", self);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (accelerators); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accelerators[i].action,
                                           accelerators[i].accels);
  /* Alt+1 the timeline, Alt+2 the first interview, … the overview last. */
  for (int i = 1; i <= 9; i++)
    {
      g_autofree char *action = g_strdup_printf ("win.show-page(%d)", i);
      g_autofree char *accel = g_strdup_printf ("<Alt>%d", i);
      const char *accels[] = { accel, NULL };

      gtk_application_set_accels_for_action (GTK_APPLICATION (self), action, accels);
    }
}

static void
briefing_application_activate (GApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));
  g_autoptr(GFile) sample = NULL;

  /* Launching again shows what is open rather than another sample. */
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }
  sample = g_file_new_for_uri (SAMPLE_REPORT_URI);
  open_in_new_window (BRIEFING_APPLICATION (application), sample);
}

static BriefingWindow *
find_window_with_file (GtkApplication *application,
                       GFile          *file)
{
  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    if (BRIEFING_IS_WINDOW (l->data) && briefing_window_has_file (l->data, file))
      return l->data;
  return NULL;
}

static void
briefing_application_open (GApplication  *application,
                           GFile        **files,
                           int            n_files,
                           const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      BriefingWindow *window = find_window_with_file (GTK_APPLICATION (application), files[i]);

      /* A file already open shows its window rather than a second one. */
      if (window != NULL)
        gtk_window_present (GTK_WINDOW (window));
      else
        open_in_new_window (BRIEFING_APPLICATION (application), files[i]);
    }
}

static void
briefing_application_dispose (GObject *object)
{
  BriefingApplication *self = BRIEFING_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (briefing_application_parent_class)->dispose (object);
}

static void
briefing_application_class_init (BriefingApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = briefing_application_dispose;
  app_class->local_command_line = briefing_application_local_command_line;
  app_class->handle_local_options = briefing_application_handle_local_options;
  app_class->startup = briefing_application_startup;
  app_class->activate = briefing_application_activate;
  app_class->open = briefing_application_open;
}

static void
briefing_application_init (BriefingApplication *self)
{
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
    /* Handled in local_command_line(); listed here for --help. */
    { "validate", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Check the report files FILE… that follow, print every problem and exit"), NULL },
    { "convert", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Convert IN (a report, or a TimelineJS timeline or spreadsheet) to the report OUT and exit"),
      NULL },
    { "max-file-size", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Refuse report files larger than SIZE (default 512M)"), N_("SIZE") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Read structured news reports: topics, a timeline "
                                              "of events and interviews."));
}

BriefingApplication *
briefing_application_new (void)
{
  g_set_application_name (_("Briefing"));
  return g_object_new (BRIEFING_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

/**
 * briefing_application_get_settings:
 *
 * Returns: (transfer none) (nullable): the application's settings, or %NULL
 *   when its schema is not installed
 */
GSettings *
briefing_application_get_settings (BriefingApplication *self)
{
  g_return_val_if_fail (BRIEFING_IS_APPLICATION (self), NULL);

  return self->settings;
}
