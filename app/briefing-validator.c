/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "briefing-file-reader.h"
#include "briefing-loader.h"
#include "briefing-safe-text.h"
#include "briefing-validator.h"

/* More would only scroll the first ones away. */
#define MAX_PROBLEMS_SHOWN 1000

/* Prints the problems of one file on stderr, named as the user wrote it. */
static gboolean
validate_file (const char *file_arg)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (file_arg);
  g_autoptr(BriefingReport) report = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *problems;

  report = briefing_report_load (file, NULL, &error);
  if (report != NULL)
    return TRUE;

  problems = briefing_load_error_get_problems (error);
  if (problems == NULL)
    {
      /* The message names the file, which a stranger may have named. */
      g_autofree char *safe_name = briefing_safe_text_escape (file_arg);
      g_autofree char *safe_message = briefing_safe_text_escape (error->message);

      g_printerr ("%s: %s\n", safe_name, safe_message);
      return FALSE;
    }
  for (guint i = 0; i < MIN (problems->len, MAX_PROBLEMS_SHOWN); i++)
    {
      g_autofree char *line = briefing_problem_to_string (g_ptr_array_index (problems, i), file_arg);

      g_printerr ("%s\n", line);
    }
  if (problems->len > MAX_PROBLEMS_SHOWN || briefing_load_error_get_n_omitted (error) > 0)
    {
      g_autofree char *safe_name = briefing_safe_text_escape (file_arg);
      guint n_more = (problems->len > MAX_PROBLEMS_SHOWN ? problems->len - MAX_PROBLEMS_SHOWN : 0) +
                     briefing_load_error_get_n_omitted (error);

      g_printerr (ngettext ("%s: and %u more problem\n", "%s: and %u more problems\n", n_more),
                  safe_name, n_more);
    }
  return FALSE;
}

/**
 * briefing_validate_files:
 * @file_args: (array zero-terminated=1): paths or URIs as given on the command line
 *
 * Returns: %BRIEFING_VALIDATE_OK when every file is a valid report, else
 *   %BRIEFING_VALIDATE_INVALID
 */
int
briefing_validate_files (const char * const *file_args)
{
  gboolean all_valid = TRUE;

  for (guint i = 0; file_args[i] != NULL; i++)
    all_valid &= validate_file (file_args[i]);
  return all_valid ? BRIEFING_VALIDATE_OK : BRIEFING_VALIDATE_INVALID;
}

/**
 * briefing_validate_command_line:
 * @arguments: the program's whole command line, which contains `--validate`
 *
 * Runs `briefing --validate FILE…` without a display or a session bus.
 *
 * Returns: the exit status
 */
int
briefing_validate_command_line (const char * const *arguments)
{
  g_auto(GStrv) args = g_strdupv ((char **) arguments);
  g_auto(GStrv) files = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *max_file_size = NULL;
  gboolean validate = FALSE;
  guint64 max_size;
  const GOptionEntry entries[] = {
    { "validate", 0, 0, G_OPTION_ARG_NONE, &validate,
      N_("Check report files and print every problem"), NULL },
    { "max-file-size", 0, 0, G_OPTION_ARG_STRING, &max_file_size,
      N_("Refuse report files larger than SIZE (default 512M)"), N_("SIZE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE…") },
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
  if (max_file_size != NULL)
    {
      if (!briefing_file_parse_size (max_file_size, &max_size, &error))
        {
          g_printerr ("%s: %s\n", g_get_prgname (), error->message);
          return BRIEFING_VALIDATE_BAD_USAGE;
        }
      briefing_file_set_max_size (max_size);
    }
  if (files == NULL || files[0] == NULL)
    {
      g_printerr (_("%s: --validate needs at least one FILE\n"), g_get_prgname ());
      return BRIEFING_VALIDATE_BAD_USAGE;
    }
  return briefing_validate_files ((const char * const *) files);
}
