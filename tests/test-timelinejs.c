/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "briefing-loader.h"
#include "briefing-timeline-dump.h"

/* Each TimelineJS file of tests/data/timelinejs/ (JSON or spreadsheet CSV)
 * is read in-process and compared with NAME.expected: the report it gives,
 * or the problems found in it, one a line. */

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "timelinejs", name, NULL);
}

static GPtrArray *
list_timelines (void)
{
  g_autofree char *dir_path = data_path (NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json") || g_str_has_suffix (name, ".csv"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  return names;
}

static char *
read_as_text (const char *name)
{
  g_autofree char *path = data_path (name);
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefingReport) report = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  report = briefing_report_load_bytes (bytes, name, NULL, &error);
  if (report != NULL)
    {
      g_assert_no_error (error);
      return briefing_timeline_dump (report);
    }
  else
    {
      GPtrArray *problems = briefing_load_error_get_problems (error);
      GString *text = g_string_new (NULL);

      g_assert_error (error, BRIEFING_LOAD_ERROR, error->code);
      g_assert_nonnull (problems);
      for (guint i = 0; i < problems->len; i++)
        {
          g_autofree char *line = briefing_problem_to_string (g_ptr_array_index (problems, i), name);

          g_string_append_printf (text, "%s\n", line);
        }
      return g_string_free (text, FALSE);
    }
}

static void
test_corpus (void)
{
  g_autoptr(GPtrArray) names = list_timelines ();

  g_assert_cmpuint (names->len, >=, 9);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *expected_name = g_strconcat (name, ".expected", NULL);
      g_autofree char *expected_path = data_path (expected_name);
      g_autofree char *expected = NULL;
      g_autofree char *got = read_as_text (name);

      g_test_message ("%s", name);
      if (g_getenv ("BRIEFING_WRITE_EXPECTED") != NULL)
        g_assert_true (g_file_set_contents (expected_path, got, -1, NULL));
      g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
      g_assert_cmpstr (got, ==, expected);
    }
}

/* A .briefing file is always read as a report, even holding a timeline. */
static void
test_report_extension_wins (void)
{
  g_autofree char *path = data_path ("singer-career.json");
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefingReport) report = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  report = briefing_report_load_bytes (bytes, "singer-career.briefing", NULL, &error);
  g_assert_null (report);
  g_assert_error (error, BRIEFING_LOAD_ERROR, BRIEFING_LOAD_ERROR_NOT_A_REPORT);
}

/* A report is a report by its "format", whatever its name: even .json. */
static void
test_report_named_json (void)
{
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefingReport) as_json = NULL, as_report = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (g_getenv ("BRIEFING_SAMPLE"), &contents, &length, NULL));
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  as_json = briefing_report_load_bytes (bytes, "sample.json", NULL, &error);
  g_assert_no_error (error);
  as_report = briefing_report_load_bytes (bytes, "sample.briefing", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (briefing_report_get_events (as_json)), ==,
                    g_list_model_get_n_items (briefing_report_get_events (as_report)));
  g_assert_cmpuint (g_list_model_get_n_items (briefing_report_get_events (as_json)), >, 10);
  g_assert_cmpuint (g_list_model_get_n_items (briefing_report_get_interviews (as_json)), ==,
                    g_list_model_get_n_items (briefing_report_get_interviews (as_report)));
}

typedef struct
{
  GMainLoop      *loop;
  BriefingReport *report;
  GError         *error;
  guint           n_progress;
} AsyncLoad;

static void
on_progress (double   fraction,
             gpointer user_data)
{
  ((AsyncLoad *) user_data)->n_progress++;
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  AsyncLoad *load = user_data;

  load->report = briefing_report_load_finish (result, &load->error);
  g_main_loop_quit (load->loop);
}

/* A timeline with a title slide is read as it is parsed: the progress moves. */
static void
test_progress (void)
{
  g_autofree char *path = data_path ("deep-time.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AsyncLoad load = { g_main_loop_new (NULL, FALSE) };

  briefing_report_load_async (file, NULL, on_progress, &load, NULL, on_loaded, &load);
  g_main_loop_run (load.loop);
  g_assert_no_error (load.error);
  g_assert_cmpuint (g_list_model_get_n_items (briefing_report_get_events (load.report)), ==, 7);
  g_assert_cmpuint (load.n_progress, >=, 7);
  g_clear_object (&load.report);
  g_main_loop_unref (load.loop);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timelinejs/corpus", test_corpus);
  g_test_add_func ("/timelinejs/report-extension-wins", test_report_extension_wins);
  g_test_add_func ("/timelinejs/report-named-json", test_report_named_json);
  g_test_add_func ("/timelinejs/progress", test_progress);

  return g_test_run ();
}
