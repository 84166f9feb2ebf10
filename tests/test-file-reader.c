/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mkfifo(), symlink() and truncate() are POSIX, not C11. */
#define _GNU_SOURCE
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "briefing-file-reader.h"
#include "briefing-loader.h"

/* Files that are not regular, too large, or change while they are read. */

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("briefing-files-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
  g_free (fixture->dir);
}

/* Loads @path and asserts it fails with exactly @message. */
static void
assert_load_error (const char *path,
                   int         code,
                   const char *message)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefingReport) report = briefing_report_load (file, NULL, &error);

  g_assert_null (report);
  g_assert_error (error, G_IO_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

/* A minimal report whose title is @title, padded past several read chunks. */
static char *
padded_report (const char *title)
{
  g_autofree char *padding = g_strnfill (300 * 1024, ' ');

  return g_strdup_printf ("{\"format\": \"briefing\", \"version\": \"1.0\", \"title\": \"%s\", "
                          "\"topics\": [], \"events\": []}%s\n", title, padding);
}

static void
test_fifo (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "pipe.briefing", NULL);
  g_autofree char *expected = NULL;

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  expected = g_strdup_printf ("Cannot open %s: it is a named pipe (FIFO), not a regular file", path);
  assert_load_error (path, G_IO_ERROR_NOT_REGULAR_FILE, expected);
}

static void
test_devices (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *link = g_build_filename (fixture->dir, "random.briefing", NULL);
  g_autofree char *expected = NULL;

  assert_load_error ("/dev/zero", G_IO_ERROR_NOT_REGULAR_FILE,
                     "Cannot open /dev/zero: it is a character device, not a regular file");
  g_assert_cmpint (symlink ("/dev/urandom", link), ==, 0);
  expected = g_strdup_printf ("Cannot open %s: it is a link to a character device, not to a regular file", link);
  assert_load_error (link, G_IO_ERROR_NOT_REGULAR_FILE, expected);
}

static void
test_socket (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "socket.briefing", NULL);
  g_autofree char *expected = NULL;
  struct sockaddr_un address = { .sun_family = AF_UNIX };
  int fd = socket (AF_UNIX, SOCK_STREAM, 0);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpuint (strlen (path), <, sizeof address.sun_path);
  strcpy (address.sun_path, path);
  g_assert_cmpint (bind (fd, (struct sockaddr *) &address, sizeof address), ==, 0);

  expected = g_strdup_printf ("Cannot open %s: it is a socket, not a regular file", path);
  assert_load_error (path, G_IO_ERROR_NOT_REGULAR_FILE, expected);
  close (fd);
}

static void
test_folder_and_missing (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *expected = g_strdup_printf ("Cannot open %s: it is a folder, not a regular file", fixture->dir);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.briefing", NULL);
  g_autofree char *expected_missing = g_strdup_printf ("Cannot open %s: No such file or directory", missing);

  assert_load_error (fixture->dir, G_IO_ERROR_NOT_REGULAR_FILE, expected);
  assert_load_error (missing, G_IO_ERROR_NOT_FOUND, expected_missing);
}

static void
test_size_limit (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "large.briefing", NULL);
  g_autofree char *contents = padded_report ("Large");
  g_autofree char *expected = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefingReport) report = NULL;

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  g_assert_cmpuint (briefing_file_get_max_size (), ==, 512 * 1024 * 1024);

  briefing_file_set_max_size (300 * 1024);
  /* g_format_size() puts a no-break space between number and unit. */
  expected = g_strdup_printf ("Cannot open %s: it is 300.1\u00a0KiB, more than the limit of "
                              "300.0\u00a0KiB (see --max-file-size)", path);
  assert_load_error (path, G_IO_ERROR_MESSAGE_TOO_LARGE, expected);

  briefing_file_set_max_size (BRIEFING_DEFAULT_MAX_FILE_SIZE);
  report = briefing_report_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (briefing_report_get_title (report), ==, "Large");
}

typedef enum
{
  APPEND,
  WRITE_IN_PLACE,
  TRUNCATE,
  RENAME_OVER,
  DELETE,
} Change;

typedef struct
{
  const char *path;
  Change      change;
  gboolean    done;
} ChangeWhileReading;

static void
change_file_cb (gsize    bytes_so_far,
                gpointer user_data)
{
  ChangeWhileReading *change = user_data;
  g_autofree char *new_contents = padded_report ("New");
  int fd;

  if (change->done)
    return;
  change->done = TRUE;
  switch (change->change)
    {
    case APPEND:
      fd = g_open (change->path, O_WRONLY | O_APPEND, 0);
      g_assert_cmpint (fd, >=, 0);
      g_assert_cmpint (write (fd, "  ", 2), ==, 2);
      close (fd);
      break;
    case WRITE_IN_PLACE:
      /* The same size, the same place: only the times tell. */
      fd = g_open (change->path, O_WRONLY, 0);
      g_assert_cmpint (fd, >=, 0);
      g_assert_cmpint (write (fd, new_contents, strlen (new_contents)), ==, (gssize) strlen (new_contents));
      close (fd);
      break;
    case TRUNCATE:
      g_assert_cmpint (truncate (change->path, 10), ==, 0);
      break;
    case RENAME_OVER:
      /* What editors do: the reader keeps the old file, whole. */
      g_assert_true (g_file_set_contents (change->path, new_contents, -1, NULL));
      break;
    case DELETE:
      g_assert_cmpint (g_unlink (change->path), ==, 0);
      break;
    }
}

static void
test_change_while_reading (Fixture       *fixture,
                           gconstpointer  data)
{
  const struct {
    Change      change;
    const char *title;  /* NULL: the load fails */
  } cases[] = {
    { APPEND, NULL },
    { WRITE_IN_PLACE, NULL },
    { TRUNCATE, NULL },
    { RENAME_OVER, "Old" },
    { DELETE, "Old" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (fixture->dir, "changing.briefing", NULL);
      g_autofree char *contents = padded_report ("Old");
      g_autofree char *expected = NULL;
      ChangeWhileReading change = { path, cases[i].change, FALSE };
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(BriefingReport) report = NULL;

      g_test_message ("change %d", cases[i].change);
      g_assert_true (g_file_set_contents (path, contents, -1, NULL));
      /* A change within the file system's clock tick would not show: the
       * file was last changed a minute ago, as far as its time says. */
      g_assert_true (g_file_set_attribute_uint64 (file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                                  g_get_real_time () / G_USEC_PER_SEC - 60,
                                                  G_FILE_QUERY_INFO_NONE, NULL, NULL));
      _briefing_file_set_read_hook (change_file_cb, &change);
      report = briefing_report_load (file, NULL, &error);
      _briefing_file_set_read_hook (NULL, NULL);
      g_assert_true (change.done);

      if (cases[i].title != NULL)
        {
          g_assert_no_error (error);
          g_assert_cmpstr (briefing_report_get_title (report), ==, cases[i].title);
        }
      else
        {
          expected = g_strdup_printf ("Cannot read %s: it changed while it was read; "
                                      "open it again once it is saved", path);
          g_assert_null (report);
          g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
          g_assert_cmpstr (error->message, ==, expected);
        }
      if (g_file_test (path, G_FILE_TEST_EXISTS))
        g_assert_cmpint (g_unlink (path), ==, 0);
    }
}

static void
grow_file_cb (gsize    bytes_so_far,
              gpointer user_data)
{
  const char *path = user_data;
  g_autofree char *more = g_strnfill (200 * 1024, ' ');
  int fd = g_open (path, O_WRONLY | O_APPEND, 0);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, more, strlen (more)), ==, (gssize) strlen (more));
  close (fd);
}

static void
test_grows_past_limit (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "growing.briefing", NULL);
  g_autofree char *contents = padded_report ("Growing");
  g_autofree char *expected = NULL;

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  briefing_file_set_max_size (400 * 1024);
  _briefing_file_set_read_hook (grow_file_cb, path);
  expected = g_strdup_printf ("Cannot read %s: it grew past the limit of 400.0\u00a0KiB while it was read "
                              "(see --max-file-size)", path);
  assert_load_error (path, G_IO_ERROR_MESSAGE_TOO_LARGE, expected);
  _briefing_file_set_read_hook (NULL, NULL);
  briefing_file_set_max_size (BRIEFING_DEFAULT_MAX_FILE_SIZE);
}

static void
test_parse_size (void)
{
  const struct {
    const char *text;
    guint64     size;  /* 0: not a size */
  } cases[] = {
    { "1", 1 },
    { "512M", G_GUINT64_CONSTANT (512) << 20 },
    { "512MiB", G_GUINT64_CONSTANT (512) << 20 },
    { "2G", G_GUINT64_CONSTANT (2) << 30 },
    { "64K", 64 << 10 },
    { "0", 0 },
    { "", 0 },
    { "M", 0 },
    { "-1", 0 },
    { "12 M", 0 },
    { "1T", 0 },
    { "99999999999999999999", 0 },
    { "17179869184G", 0 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      guint64 size = 0;
      gboolean ok = briefing_file_parse_size (cases[i].text, &size, &error);

      g_test_message ("“%s”", cases[i].text);
      if (cases[i].size != 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpuint (size, ==, cases[i].size);
        }
      else
        {
          g_autofree char *expected = g_strdup_printf ("“%s” is not a file size: give a number of bytes, "
                                                       "or of K, M or G (KiB, MiB, GiB), such as “512M”",
                                                       cases[i].text);

          g_assert_false (ok);
          g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
          g_assert_cmpstr (error->message, ==, expected);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/file-reader/fifo", test_fifo);
  ADD ("/file-reader/devices", test_devices);
  ADD ("/file-reader/socket", test_socket);
  ADD ("/file-reader/folder-and-missing", test_folder_and_missing);
  ADD ("/file-reader/size-limit", test_size_limit);
  ADD ("/file-reader/change-while-reading", test_change_while_reading);
  ADD ("/file-reader/grows-past-limit", test_grows_past_limit);
#undef ADD
  g_test_add_func ("/file-reader/parse-size", test_parse_size);

  return g_test_run ();
}
