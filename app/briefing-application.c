/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "briefing-application.h"
#include "briefing-validator.h"
#include "briefing-window.h"

struct _BriefingApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (BriefingApplication, briefing_application, ADW_TYPE_APPLICATION)

#define SAMPLE_REPORT_URI "resource://" RESOURCE_PREFIX "/sample.briefing"

static void
open_in_new_window (BriefingApplication *self,
                    GFile               *file)
{
  BriefingWindow *window = briefing_window_new (self);

  briefing_window_open (window, file);
  gtk_window_present (GTK_WINDOW (window));
}

/* `--validate` runs before the application registers, so it needs neither a
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
  return G_APPLICATION_CLASS (briefing_application_parent_class)->local_command_line (application,
                                                                                       arguments,
                                                                                       exit_status);
}

static int
briefing_application_handle_local_options (GApplication *application,
                                           GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", g_get_application_name (), PACKAGE_VERSION);
      return 0;
    }
  return -1;
}

static void
briefing_application_activate (GApplication *application)
{
  g_autoptr(GFile) sample = g_file_new_for_uri (SAMPLE_REPORT_URI);

  open_in_new_window (BRIEFING_APPLICATION (application), sample);
}

static void
briefing_application_open (GApplication  *application,
                           GFile        **files,
                           int            n_files,
                           const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    open_in_new_window (BRIEFING_APPLICATION (application), files[i]);
}

static void
briefing_application_class_init (BriefingApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->local_command_line = briefing_application_local_command_line;
  app_class->handle_local_options = briefing_application_handle_local_options;
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
      N_("Check report files, print every problem and exit"), NULL },
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
