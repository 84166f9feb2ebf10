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
  guint      n_omitted; /* found past BRIEFING_MAX_PROBLEMS */
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
  dest->n_omitted = src->n_omitted;
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
  copy->n_more = problem->n_more;
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
 * briefing_problems_add:
 * @problems: (element-type BriefingProblem): where problems are collected
 * @problem: (transfer full): one more
 *
 * Adds @problem, or past %BRIEFING_MAX_PROBLEMS counts it in a last problem
 * of code %BRIEFING_LOAD_ERROR_TOO_MANY_PROBLEMS (with no line, which sorts
 * it last) and frees it.
 */
void
briefing_problems_add (GPtrArray       *problems,
                       BriefingProblem *problem)
{
  BriefingProblem *count;

  g_return_if_fail (problems != NULL && problem != NULL);

  if (problems->len < BRIEFING_MAX_PROBLEMS)
    {
      g_ptr_array_add (problems, problem);
      return;
    }
  if (problems->len == BRIEFING_MAX_PROBLEMS)
    g_ptr_array_add (problems, briefing_problem_new (BRIEFING_LOAD_ERROR_TOO_MANY_PROBLEMS, NULL, ""));
  count = g_ptr_array_index (problems, problems->len - 1);
  count->n_more++;
  briefing_problem_free (problem);
}

/**
 * briefing_load_error_get_n_omitted:
 *
 * Returns: how many problems @error found past those it carries
 *   (%BRIEFING_MAX_PROBLEMS)
 */
guint
briefing_load_error_get_n_omitted (const GError *error)
{
  BriefingLoadErrorPrivate *priv;

  if (error == NULL || error->domain != BRIEFING_LOAD_ERROR)
    return 0;
  priv = briefing_load_error_get_private (error);
  return priv != NULL ? priv->n_omitted : 0;
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
 *   count of the others, and that carries copies of them all (past
 *   %BRIEFING_MAX_PROBLEMS, their count: briefing_load_error_get_n_omitted())
 */
GError *
briefing_load_error_new (const char *file_name,
                         GPtrArray  *problems)
{
  const BriefingProblem *first, *last;
  g_autofree char *first_text = NULL;
  GError *error;
  BriefingLoadErrorPrivate *priv;
  guint n_kept = problems != NULL ? problems->len : 0, n_omitted = 0, n_others;

  g_return_val_if_fail (problems != NULL && problems->len > 0, NULL);

  last = g_ptr_array_index (problems, problems->len - 1);
  if (last->code == BRIEFING_LOAD_ERROR_TOO_MANY_PROBLEMS)
    {
      n_kept = problems->len - 1;
      n_omitted = last->n_more;
    }
  g_return_val_if_fail (n_kept > 0, NULL);
  n_others = n_kept - 1 + n_omitted;

  first = g_ptr_array_index (problems, 0);
  first_text = briefing_problem_to_string (first, file_name);
  if (n_others == 0)
    error = g_error_new_literal (BRIEFING_LOAD_ERROR, first->code, first_text);
  else
    error = g_error_new (BRIEFING_LOAD_ERROR, first->code,
                         ngettext ("%s (and %'u more problem)",
                                   "%s (and %'u more problems)", n_others),
                         first_text, n_others);

  priv = briefing_load_error_get_private (error);
  for (guint i = 0; i < n_kept; i++)
    g_ptr_array_add (priv->problems, briefing_problem_copy (g_ptr_array_index (problems, i)));
  priv->n_omitted = n_omitted;
  return error;
}
