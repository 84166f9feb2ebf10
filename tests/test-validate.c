/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <locale.h>
#include <string.h>

/* Runs `briefing ARGS…` in @cwd and returns its exit status, with stdout and stderr. */
static int
run_briefing (const char  *cwd,
              char       **out,
              char       **err,
              ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("BRIEFING_PROGRAM"));
  va_start (args, err);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, cwd);
  /* --validate must work without a display or a session bus. */
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "DBUS_SESSION_BUS_ADDRESS", "disabled:", TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, out, err, &error);
  g_assert_no_error (error);
  return g_subprocess_get_exit_status (process);
}

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

      g_assert_cmpint (run_briefing (dir, &out, &err, "--validate", name, NULL), ==, 1);
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
  int status = run_briefing (dir, &out, &err, "--validate", g_getenv ("BRIEFING_SAMPLE"),
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

  g_assert_cmpint (run_briefing (dir, &out, &err, "--validate", "valid/minimal.briefing",
                                 "invalid/empty-file.briefing", "missing.briefing", NULL), ==, 1);
  g_assert_true (g_str_has_prefix (err, "invalid/empty-file.briefing: the file is empty\n"
                                        "missing.briefing: Error opening file /"));
  g_assert_true (g_str_has_suffix (err, "/missing.briefing: No such file or directory\n"));
}

static void
test_usage (void)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run_briefing (".", &out, &err, "--validate", NULL), ==, 2);
  g_assert_cmpstr (err, ==, "briefing: --validate needs at least one FILE\n");
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (run_briefing (".", &out, &err, "--validate", "--no-such-option", "x", NULL), ==, 2);
  g_assert_cmpstr (err, ==, "briefing: Unknown option --no-such-option\n");
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (run_briefing (".", &out, &err, "--version", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "Briefing " PACKAGE_VERSION "\n");
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (run_briefing (".", &out, &err, "--help", NULL), ==, 0);
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
  g_test_add_func ("/validate/usage", test_usage);

  return g_test_run ();
}
