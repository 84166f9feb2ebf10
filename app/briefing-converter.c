/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <string.h>

#include "briefing-converter.h"
#include "briefing-loader.h"
#include "briefing-report-writer.h"
#include "briefing-validator.h"

/* `briefing --convert IN OUT`: reads IN as Briefing reads any file it opens
 * (a report, a TimelineJS timeline or spreadsheet) and writes it to OUT as a
 * native report of format 1.1. Its exit statuses are those of --validate. */

static void
print_problems (const char   *file_arg,
                const GError *error)
{
  GPtrArray *problems = briefing_load_error_get_problems (error);

  if (problems == NULL)
    {
      g_printerr ("%s: %s\n", file_arg, error->message);
      return;
    }
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = briefing_problem_to_string (g_ptr_array_index (problems, i), file_arg);

      g_printerr ("%s\n", line);
    }
}

static int
convert_file (const char *in_arg,
              const char *out_arg)
{
  g_autoptr(GFile) in = g_file_new_for_commandline_arg (in_arg);
  g_autoptr(GFile) out = g_file_new_for_commandline_arg (out_arg);
  g_autoptr(BriefingReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  report = briefing_report_load (in, NULL, &error);
  if (report == NULL)
    {
      print_problems (in_arg, error);
      return BRIEFING_VALIDATE_INVALID;
    }
  text = briefing_report_write_json (report);
  /* Replaced whole or not at all; GIO's message names the file. */
  if (!g_file_replace_contents (out, text, strlen (text), NULL, FALSE, G_FILE_CREATE_NONE,
                                NULL, NULL, &error))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return BRIEFING_VALIDATE_INVALID;
    }
  return BRIEFING_VALIDATE_OK;
}

/**
 * briefing_convert_command_line:
 * @arguments: the program's whole command line, which contains `--convert`
 *
 * Runs `briefing --convert IN OUT` without a display or a session bus.
 *
 * Returns: the exit status
 */
int
briefing_convert_command_line (const char * const *arguments)
{
  g_auto(GStrv) args = g_strdupv ((char **) arguments);
  g_auto(GStrv) files = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  gboolean convert = FALSE;
  const GOptionEntry entries[] = {
    { "convert", 0, 0, G_OPTION_ARG_NONE, &convert,
      N_("Convert a report or a TimelineJS timeline to a report file"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("IN OUT") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse_strv (context, &args, &error))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return BRIEFING_VALIDATE_BAD_USAGE;
    }
  if (files == NULL || g_strv_length (files) != 2)
    {
      g_printerr (_("%s: --convert needs two files: the file to read and the report to write\n"),
                  g_get_prgname ());
      return BRIEFING_VALIDATE_BAD_USAGE;
    }
  return convert_file (files[0], files[1]);
}
