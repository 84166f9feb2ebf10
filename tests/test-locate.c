/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "briefing-json-guard.h"
#include "briefing-loader.h"

/* Placing problems: every pointer's line and column in one pass, on one long
 * line as on many, and a pass that can be cancelled. */

#define N_EVENTS 40000

/* A report on one line whose every event has an empty headline; each event's
 * headline column is stored in @columns. */
static char *
one_line_report (guint *columns)
{
  GString *text = g_string_new ("{\"format\":\"briefing\",\"version\":\"1.0\",\"title\":\"é\",\"topics\":[],\"events\":[");
  guint column = (guint) g_utf8_strlen (text->str, -1) + 1;

  for (guint i = 0; i < N_EVENTS; i++)
    {
      g_autofree char *before = g_strdup_printf ("%s{\"id\":\"e%u\",\"body\":\"ü€\",\"date\":\"2024-10-26\",\"headline\":",
                                                 i > 0 ? "," : "", i);

      column += (guint) g_utf8_strlen (before, -1);
      columns[i] = column;
      g_string_append (text, before);
      g_string_append (text, "\"\"}");
      column += 3;
    }
  g_string_append (text, "]}");
  return g_string_free (text, FALSE);
}

static void
test_one_long_line (void)
{
  guint *columns = g_new (guint, N_EVENTS);
  g_autofree char *text = one_line_report (columns);
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefingReport) report = briefing_report_load_bytes (bytes, "long.briefing", NULL, &error);
  GPtrArray *problems = briefing_load_error_get_problems (error);

  g_assert_null (report);
  g_assert_nonnull (problems);
  /* The loader keeps the first BRIEFING_MAX_PROBLEMS; the others are
   * counted (locating them all is test_cancel's). */
  g_assert_cmpuint (problems->len, ==, BRIEFING_MAX_PROBLEMS);
  g_assert_cmpuint (briefing_load_error_get_n_omitted (error), ==, N_EVENTS - BRIEFING_MAX_PROBLEMS);
  for (guint i = 0; i < BRIEFING_MAX_PROBLEMS; i++)
    {
      BriefingProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *path = g_strdup_printf ("/events/%u/headline", i);

      g_assert_cmpstr (problem->path, ==, path);
      g_assert_cmpuint (problem->line, ==, 1);
      g_assert_cmpuint (problem->column, ==, columns[i]);
    }
  g_free (columns);
}

static void
test_cancel (void)
{
  guint *columns = g_new (guint, N_EVENTS);
  g_autofree char *text = one_line_report (columns);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_problem_free);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  for (guint i = 0; i < N_EVENTS; i++)
    {
      g_autofree char *path = g_strdup_printf ("/events/%u/headline", i);

      g_ptr_array_add (problems, briefing_problem_new (BRIEFING_LOAD_ERROR_INVALID_VALUE, path, "empty"));
    }

  g_cancellable_cancel (cancellable);
  g_assert_false (briefing_json_locate_cancellable (text, strlen (text), problems, cancellable));
  /* It stopped within its first few thousand values. */
  g_assert_cmpuint (((BriefingProblem *) g_ptr_array_index (problems, N_EVENTS - 1))->line, ==, 0);

  g_cancellable_reset (cancellable);
  g_assert_true (briefing_json_locate_cancellable (text, strlen (text), problems, cancellable));
  /* Every one of them, in one pass. */
  for (guint i = 0; i < N_EVENTS; i++)
    {
      const BriefingProblem *problem = g_ptr_array_index (problems, i);

      g_assert_cmpuint (problem->line, ==, 1);
      g_assert_cmpuint (problem->column, ==, columns[i]);
    }
  g_free (columns);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/locate/one-long-line", test_one_long_line);
  g_test_add_func ("/locate/cancel", test_cancel);

  return g_test_run ();
}
