/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "briefing-loader.h"
#include "briefing-timeline-dump.h"
#include "test-sample.h"

/* The TimelineJS corpus through the command line: `briefing --validate` says
 * what the in-process test expects, and `briefing --convert` writes the
 * reports of tests/data/valid/timelinejs-*.briefing, which read back as the
 * timelines do and convert to themselves. */

/* `briefing ARGS…`, which prints nothing on stdout. */
static int
run_briefing (const char  *cwd,
              char       **err,
              ...)
{
  g_autofree char *out = NULL;
  va_list args;
  int status;

  va_start (args, err);
  status = test_run_briefing_v (cwd, &out, err, args);
  va_end (args);
  g_assert_cmpstr (out, ==, "");
  return status;
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static char *
dump_file (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefingReport) report = briefing_report_load (file, NULL, &error);

  g_assert_no_error (error);
  return briefing_timeline_dump (report);
}

static void
test_corpus (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "timelinejs", NULL);
  g_autofree char *tmp = g_dir_make_tmp ("briefing-convert-XXXXXX", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n_valid = 0, n_invalid = 0;

  g_assert_nonnull (tmp);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *expected_path = NULL, *expected = NULL, *err = NULL;
      g_autofree char *out = NULL, *again = NULL, *stem = NULL, *committed = NULL;
      gboolean valid;

      if (!g_str_has_suffix (name, ".json") && !g_str_has_suffix (name, ".csv"))
        continue;
      g_test_message ("%s", name);
      expected_path = g_strdup_printf ("%s/%s.expected", dir, name);
      expected = read_file (expected_path);
      valid = g_str_has_prefix (expected, "title: ");
      out = g_build_filename (tmp, "out.briefing", NULL);
      again = g_build_filename (tmp, "again.briefing", NULL);

      /* --validate: nothing to say, or what the in-process reading says. */
      g_assert_cmpint (run_briefing (dir, &err, "--validate", name, NULL), ==, valid ? 0 : 1);
      g_assert_cmpstr (err, ==, valid ? "" : expected);
      g_clear_pointer (&err, g_free);

      g_assert_cmpint (run_briefing (dir, &err, "--convert", name, out, NULL), ==, valid ? 0 : 1);
      g_assert_cmpstr (err, ==, valid ? "" : expected);
      g_clear_pointer (&err, g_free);
      if (!valid)
        {
          g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
          n_invalid++;
          continue;
        }
      n_valid++;

      {
        g_autofree char *written = read_file (out);
        g_autofree char *rewritten = NULL, *dump = NULL;
        g_autofree char *committed_path = NULL;

        stem = g_strndup (name, strrchr (name, '.') - name);
        committed_path = g_test_build_filename (G_TEST_DIST, "data", "valid", NULL);
        committed = g_strdup_printf ("%s/timelinejs-%s.briefing", committed_path, stem);
        if (g_getenv ("BRIEFING_WRITE_EXPECTED") != NULL)
          g_assert_true (g_file_set_contents (committed, written, -1, NULL));
        {
          g_autofree char *kept = read_file (committed);

          g_assert_cmpstr (written, ==, kept);
        }
        /* The report validates, reads as the timeline does, and converts to itself. */
        g_assert_cmpint (run_briefing (dir, &err, "--validate", out, NULL), ==, 0);
        g_assert_cmpstr (err, ==, "");
        g_clear_pointer (&err, g_free);
        dump = dump_file (out);
        g_assert_cmpstr (dump, ==, expected);
        g_assert_cmpint (run_briefing (dir, &err, "--convert", out, again, NULL), ==, 0);
        g_assert_cmpstr (err, ==, "");
        g_clear_pointer (&err, g_free);
        rewritten = read_file (again);
        g_assert_cmpstr (rewritten, ==, written);
      }
      g_unlink (out);
      g_unlink (again);
    }
  g_rmdir (tmp);
  g_assert_cmpuint (n_valid, >=, 8);
  g_assert_cmpuint (n_invalid, >=, 6);
}

/* Native reports convert too, every member kept: to a report that converts
 * to itself, whatever the order and form of the original. */
static void
test_native_reports (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "valid", NULL);
  g_autofree char *tmp = g_dir_make_tmp ("briefing-convert-XXXXXX", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *out = g_build_filename (tmp, "out.briefing", NULL);
  g_autofree char *again = g_build_filename (tmp, "again.briefing", NULL);
  const char *name;

  g_ptr_array_add (paths, g_strdup (g_getenv ("BRIEFING_SAMPLE")));
  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_suffix (name, ".briefing"))
      g_ptr_array_add (paths, g_build_filename (dir, name, NULL));
  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autofree char *err = NULL, *written = NULL, *rewritten = NULL;

      g_test_message ("%s", path);
      g_assert_cmpint (run_briefing (dir, &err, "--convert", path, out, NULL), ==, 0);
      g_assert_cmpstr (err, ==, "");
      g_clear_pointer (&err, g_free);
      g_assert_cmpint (run_briefing (dir, &err, "--validate", out, NULL), ==, 0);
      g_assert_cmpstr (err, ==, "");
      g_clear_pointer (&err, g_free);
      g_assert_cmpint (run_briefing (dir, &err, "--convert", out, again, NULL), ==, 0);
      g_assert_cmpstr (err, ==, "");
      written = read_file (out);
      rewritten = read_file (again);
      g_assert_cmpstr (rewritten, ==, written);
    }
  g_unlink (out);
  g_unlink (again);
  g_rmdir (tmp);
}

static void
test_usage (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "timelinejs", NULL);
  g_autofree char *err = NULL;

  g_assert_cmpint (run_briefing (dir, &err, "--convert", "deep-time.json", NULL), ==, 2);
  g_assert_true (g_str_has_suffix (err, ": --convert needs two files: the file to read and the report to write\n"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_briefing (dir, &err, "--convert", "a", "b", "c", NULL), ==, 2);
  g_assert_true (g_str_has_suffix (err, ": --convert needs two files: the file to read and the report to write\n"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_briefing (dir, &err, "--convert", "there-is-no-such-file.json",
                                 "/nonexistent-dir/out.briefing", NULL), ==, 1);
  g_assert_true (g_str_has_prefix (err, "there-is-no-such-file.json: "));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_briefing (dir, &err, "--convert", "deep-time.json",
                                 "/nonexistent-dir/out.briefing", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "/nonexistent-dir/out.briefing"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/convert/corpus", test_corpus);
  g_test_add_func ("/convert/native-reports", test_native_reports);
  g_test_add_func ("/convert/usage", test_usage);

  return g_test_run ();
}
