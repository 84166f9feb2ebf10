/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "briefing-problem.h"
#include "briefing-safe-text.h"

/* GLib's extended errors let one GError carry the whole list, so callers that
 * only want a message keep using GError as usual. */
typedef struct
{
  GPtrArray *problems;  /* BriefingProblem */
} BriefingLoadErrorPrivate;

static void
briefing_load_error_private_init (BriefingLoadErrorPrivate *priv)
{
  priv->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_problem_free);
}

static void
briefing_load_error_private_copy (const BriefingLoadErrorPrivate *src,
                                  BriefingLoadErrorPrivate       *dest)
{
  for (guint i = 0; i < src->problems->len; i++)
    g_ptr_array_add (dest->problems, briefing_problem_copy (g_ptr_array_index (src->problems, i)));
}

static void
briefing_load_error_private_clear (BriefingLoadErrorPrivate *priv)
{
  g_clear_pointer (&priv->problems, g_ptr_array_unref);
}

G_DEFINE_EXTENDED_ERROR (BriefingLoadError, briefing_load_error)
G_DEFINE_BOXED_TYPE (BriefingProblem, briefing_problem, briefing_problem_copy, briefing_problem_free)

BriefingProblem *
briefing_problem_new (BriefingLoadError  code,
                      const char        *path,
                      const char        *message)
{
  BriefingProblem *problem = g_new0 (BriefingProblem, 1);

  problem->code = code;
  problem->path = g_strdup (path);
  problem->message = g_strdup (message);
  return problem;
}

BriefingProblem *
briefing_problem_copy (const BriefingProblem *problem)
{
  BriefingProblem *copy = briefing_problem_new (problem->code, problem->path, problem->message);

  copy->line = problem->line;
  copy->column = problem->column;
  return copy;
}

void
briefing_problem_free (BriefingProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->path);
  g_free (problem->message);
  g_free (problem);
}

/**
 * briefing_problem_to_string:
 * @file_name: how to name the file, in the file system's encoding or UTF-8
 *
 * Returns: (transfer full): `FILE:LINE:COLUMN: /path: message`, or
 *   `FILE: /path: message` where the line is not known; one line, whatever
 *   the file name and the report's text quoted in the message hold: their
 *   control characters are escaped (see briefing_safe_text_escape())
 */
char *
briefing_problem_to_string (const BriefingProblem *problem,
                            const char            *file_name)
{
  GString *text = g_string_new (NULL);

  briefing_safe_text_append (text, file_name);
  if (problem->line > 0)
    g_string_append_printf (text, ":%u:%u", problem->line, problem->column);
  g_string_append (text, ": ");
  if (problem->path != NULL)
    {
      briefing_safe_text_append (text, problem->path[0] != '\0' ? problem->path : "/");
      g_string_append (text, ": ");
    }
  briefing_safe_text_append (text, problem->message);
  return g_string_free (text, FALSE);
}

/**
 * briefing_load_error_get_problems:
 *
 * Returns: (transfer none) (nullable) (element-type BriefingProblem): every problem
 *   found, in the order of the file, or %NULL if @error is not a load error
 */
GPtrArray *
briefing_load_error_get_problems (const GError *error)
{
  BriefingLoadErrorPrivate *priv;

  if (error == NULL || error->domain != BRIEFING_LOAD_ERROR)
    return NULL;
  priv = briefing_load_error_get_private (error);
  return priv != NULL ? priv->problems : NULL;
}

/**
 * briefing_load_error_new:
 * @problems: (transfer none): at least one problem
 *
 * Returns: (transfer full): an error whose message is the first problem, with a
 *   count of the others, and that carries copies of them all
 */
GError *
briefing_load_error_new (const char *file_name,
                         GPtrArray  *problems)
{
  const BriefingProblem *first;
  g_autofree char *first_text = NULL;
  GError *error;
  BriefingLoadErrorPrivate *priv;

  g_return_val_if_fail (problems != NULL && problems->len > 0, NULL);

  first = g_ptr_array_index (problems, 0);
  first_text = briefing_problem_to_string (first, file_name);
  if (problems->len == 1)
    error = g_error_new_literal (BRIEFING_LOAD_ERROR, first->code, first_text);
  else
    error = g_error_new (BRIEFING_LOAD_ERROR, first->code,
                         ngettext ("%s (and %'u more problem)",
                                   "%s (and %'u more problems)", problems->len - 1),
                         first_text, problems->len - 1);

  priv = briefing_load_error_get_private (error);
  for (guint i = 0; i < problems->len; i++)
    g_ptr_array_add (priv->problems, briefing_problem_copy (g_ptr_array_index (problems, i)));
  return error;
}
