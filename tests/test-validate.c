/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mkfifo() and symlink() are POSIX, not C11. */
#define _GNU_SOURCE
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include <locale.h>
#include <string.h>

#include "test-sample.h"

static void
test_invalid_files (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "invalid", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n_files = 0;

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *out = NULL, *err = NULL, *expected = NULL;
      g_autofree char *stem = NULL, *expected_path = NULL;

      if (!g_str_has_suffix (name, ".briefing"))
        continue;
      g_test_message ("%s", name);
      stem = g_strndup (name, strlen (name) - strlen (".briefing"));
      expected_path = g_strdup_printf ("%s/%s.expected", dir, stem);
      g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));

      g_assert_cmpint (test_run_briefing (dir, &out, &err, "--validate", name, NULL), ==, 1);
      g_assert_cmpstr (err, ==, expected);
      g_assert_cmpstr (out, ==, "");
      n_files++;
    }
  g_assert_cmpuint (n_files, >=, 25);
}

static void
test_valid_files (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "valid", NULL);
  int status = test_run_briefing (dir, &out, &err, "--validate", g_getenv ("BRIEFING_SAMPLE"),
                             "all-members.briefing", "forward-compatible.briefing",
                             "fuzzy-dates.briefing", "interviews.briefing", "minimal.briefing",
                             "unicode-and-markup.briefing", NULL);

  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (status, ==, 0);
}

static void
test_mixed_files (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", NULL);

  g_assert_cmpint (test_run_briefing (dir, &out, &err, "--validate", "valid/minimal.briefing",
                                 "invalid/empty-file.briefing", "missing.briefing", NULL), ==, 1);
  g_assert_true (g_str_has_prefix (err, "invalid/empty-file.briefing: the file is empty\n"
                                        "missing.briefing: Cannot open /"));
  g_assert_true (g_str_has_suffix (err, "/missing.briefing: No such file or directory\n"));
}

/* A named pipe must not block --validate, nor a device feed it without end. */
static void
test_special_files (void)
{
  g_autofree char *out = NULL, *err = NULL, *expected = NULL;
  g_autofree char *dir = g_dir_make_tmp ("briefing-validate-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pipe.briefing", NULL);
  g_autofree char *link = g_build_filename (dir, "zero.briefing", NULL);

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (symlink ("/dev/zero", link), ==, 0);
  g_assert_cmpint (test_run_briefing (dir, &out, &err, "--validate", "pipe.briefing", "zero.briefing",
                                 "/dev/urandom", NULL), ==, 1);
  expected = g_strdup_printf ("pipe.briefing: Cannot open %s: it is a named pipe (FIFO), not a regular file\n"
                              "zero.briefing: Cannot open %s: it is a link to a character device, not to a regular file\n"
                              "/dev/urandom: Cannot open /dev/urandom: it is a character device, not a regular file\n",
                              fifo, link);
  g_assert_cmpstr (err, ==, expected);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpint (g_unlink (fifo), ==, 0);
  g_assert_cmpint (g_unlink (link), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A file name from an archive reaches the terminal escaped too. */
static void
test_control_characters_in_names (void)
{
  g_autofree char *out = NULL, *err = NULL, *expected = NULL;
  g_autofree char *dir = g_dir_make_tmp ("briefing-validate-XXXXXX", NULL);
  g_autofree char *empty = g_build_filename (dir, "red\033[31m.briefing", NULL);

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  g_assert_cmpint (test_run_briefing (dir, &out, &err, "--validate", "red\033[31m.briefing",
                                 "gone\033]0;title\007.briefing", NULL), ==, 1);
  expected = g_strdup_printf ("red\\u001B[31m.briefing: the file is empty\n"
                              "gone\\u001B]0;title\\u0007.briefing: Cannot open %s/gone\\u001B]0;title\\u0007.briefing: "
                              "No such file or directory\n", dir);
  g_assert_cmpstr (err, ==, expected);
  g_assert_cmpint (g_unlink (empty), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The first 1,000 problems, then how many more; an array of more than
 * 1,000,000 items is refused. */
static void
test_limits (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *dir = g_dir_make_tmp ("briefing-validate-XXXXXX", NULL);
  g_autofree char *many_problems = g_build_filename (dir, "problems.briefing", NULL);
  g_autofree char *many_items = g_build_filename (dir, "items.briefing", NULL);
  g_autoptr(GString) text = g_string_new ("{\"format\":\"briefing\",\"version\":\"1.0\",\"title\":\"x\",\"topics\":[],\"events\":[");
  g_auto(GStrv) lines = NULL;

  for (guint i = 0; i < 1005; i++)
    g_string_append_printf (text, "%s{\"id\":\"e%u\",\"date\":\"2024-10-26\",\"headline\":\"\"}", i > 0 ? "," : "", i);
  g_string_append (text, "]}");
  g_assert_true (g_file_set_contents (many_problems, text->str, -1, NULL));
  g_assert_cmpint (test_run_briefing (dir, &out, &err, "--validate", "problems.briefing", NULL), ==, 1);
  lines = g_strsplit (err, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1002);
  g_assert_cmpstr (lines[999], ==, "problems.briefing:1:47958: /events/999/headline: must not be empty");
  g_assert_cmpstr (lines[1000], ==, "problems.briefing: and 5 more problems");
  g_assert_cmpstr (lines[1001], ==, "");
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&out, g_free);

  g_string_assign (text, "{\"format\":\"briefing\",\"version\":\"1.0\",\"title\":\"x\",\"topics\":[");
  for (guint i = 0; i < 1000000; i++)
    g_string_append (text, "0,");
  g_string_append (text, "0],\"events\":[]}");
  g_assert_true (g_file_set_contents (many_items, text->str, -1, NULL));
  g_assert_cmpint (test_run_briefing (dir, &out, &err, "--validate", "items.briefing", NULL), ==, 1);
  g_assert_cmpstr (err, ==, "items.briefing:1:2000060: too many items: an array may hold at most 1000000\n");

  g_assert_cmpint (g_unlink (many_problems), ==, 0);
  g_assert_cmpint (g_unlink (many_items), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_max_file_size (void)
{
  g_autofree char *out = NULL, *err = NULL, *expected = NULL;
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "valid", NULL);
  g_autofree char *path = g_build_filename (dir, "minimal.briefing", NULL);

  g_assert_cmpint (test_run_briefing (dir, &out, &err, "--validate", "--max-file-size=100",
                                 "minimal.briefing", NULL), ==, 1);
  expected = g_strdup_printf ("minimal.briefing: Cannot open %s: it is 110 bytes, more than the limit "
                              "of 100 bytes (see --max-file-size)\n", path);
  g_assert_cmpstr (err, ==, expected);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (test_run_briefing (dir, &out, &err, "--validate", "--max-file-size", "1K",
                                 "minimal.briefing", NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (test_run_briefing (dir, &out, &err, "--validate", "--max-file-size=lots",
                                 "minimal.briefing", NULL), ==, 2);
  g_assert_cmpstr (err, ==, "briefing: “lots” is not a file size: give a number of bytes, "
                            "or of K, M or G (KiB, MiB, GiB), such as “512M”\n");
}

static void
test_usage (void)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (test_run_briefing (".", &out, &err, "--validate", NULL), ==, 2);
  g_assert_cmpstr (err, ==, "briefing: --validate needs at least one FILE\n");
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (test_run_briefing (".", &out, &err, "--validate", "--no-such-option", "x", NULL), ==, 2);
  g_assert_cmpstr (err, ==, "briefing: Unknown option --no-such-option\n");
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (test_run_briefing (".", &out, &err, "--version", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "Briefing " PACKAGE_VERSION "\n");
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (test_run_briefing (".", &out, &err, "--help", NULL), ==, 0);
  /* --help says that --validate takes files. */
  {
    g_autofree char *line = NULL;
    const char *start = strstr (out, "--validate");
    const char *end;

    g_assert_nonnull (start);
    end = strchr (start, '\n');
    line = g_strndup (start, end != NULL ? (gsize) (end - start) : strlen (start));
    g_assert_nonnull (strstr (line, "FILE"));
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/validate/invalid-files", test_invalid_files);
  g_test_add_func ("/validate/valid-files", test_valid_files);
  g_test_add_func ("/validate/mixed-files", test_mixed_files);
  g_test_add_func ("/validate/special-files", test_special_files);
  g_test_add_func ("/validate/max-file-size", test_max_file_size);
  g_test_add_func ("/validate/limits", test_limits);
  g_test_add_func ("/validate/control-characters-in-names", test_control_characters_in_names);
  g_test_add_func ("/validate/usage", test_usage);

  return g_test_run ();
}
