/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fstat()'s nanosecond times and S_ISSOCK are POSIX 2008, not C11. */
#define _GNU_SOURCE
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "briefing-cancel-check.h"
#include "briefing-file-reader.h"

/*
 * Reads a report file whole, as a stranger may have sent it:
 *
 * - only a regular file (after following symbolic links) is read: a named
 *   pipe would block open() and read() forever, /dev/zero and /dev/urandom
 *   never end, a socket cannot be opened. The type is asked of GIO first,
 *   for a clear message, and checked again with fstat() on a descriptor
 *   opened with O_NONBLOCK, so that a file swapped for a pipe between the two
 *   still cannot block;
 * - no more than a limit is read, checked against the size before reading
 *   and counted while reading, as a file may grow;
 * - a file written to while it is read is an error rather than a mix of two
 *   versions: its size and change times are compared before and after. An
 *   editor that saves by renaming a new file over the old one leaves the old
 *   one whole under the open descriptor, so that load reads the old version;
 *   a file deleted while read is read whole too.
 */

#define CHUNK_SIZE (64 * 1024)

/* A GByteArray holds at most G_MAXUINT bytes. */
#define LARGEST_LIMIT ((guint64) G_MAXUINT - CHUNK_SIZE)

/* Set from the main thread, read by load workers. */
static GMutex max_size_lock;
static guint64 max_size = BRIEFING_DEFAULT_MAX_FILE_SIZE;
static BriefingFileReadHook read_hook;
static gpointer read_hook_data;

/**
 * briefing_file_get_max_size:
 *
 * Returns: the limit on a report file's size, in bytes, that the loader uses
 */
guint64
briefing_file_get_max_size (void)
{
  guint64 size;

  g_mutex_lock (&max_size_lock);
  size = max_size;
  g_mutex_unlock (&max_size_lock);
  return size;
}

/**
 * briefing_file_set_max_size:
 * @size: in bytes, more than 0
 *
 * Sets the limit for loads started from now on (the `--max-file-size` option
 * and the `max-file-size` setting).
 */
void
briefing_file_set_max_size (guint64 size)
{
  g_return_if_fail (size > 0);

  g_mutex_lock (&max_size_lock);
  max_size = size;
  g_mutex_unlock (&max_size_lock);
}

void
_briefing_file_set_read_hook (BriefingFileReadHook hook,
                              gpointer             user_data)
{
  read_hook = hook;
  read_hook_data = user_data;
}

/**
 * briefing_file_parse_size:
 * @text: a number of bytes, with an optional unit: K, M or G (KiB, MiB, GiB)
 *
 * Returns: whether @text is a size of at least one byte
 */
gboolean
briefing_file_parse_size (const char  *text,
                          guint64     *size,
                          GError     **error)
{
  static const struct { const char *unit; guint shift; } units[] = {
    { "", 0 }, { "K", 10 }, { "KiB", 10 }, { "M", 20 }, { "MiB", 20 }, { "G", 30 }, { "GiB", 30 },
  };
  g_autofree char *digits = NULL;
  const char *unit = text;
  guint64 number;

  while (g_ascii_isdigit (*unit))
    unit++;
  digits = g_strndup (text, (gsize) (unit - text));
  for (gsize i = 0; i < G_N_ELEMENTS (units); i++)
    if (g_str_equal (unit, units[i].unit))
      {
        if (digits[0] != '\0' &&
            g_ascii_string_to_unsigned (digits, 10, 1, G_MAXUINT64 >> units[i].shift, &number, NULL))
          {
            *size = number << units[i].shift;
            return TRUE;
          }
        break;
      }
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("“%s” is not a file size: give a number of bytes, or of K, M or G (KiB, MiB, GiB), such as “512M”"),
               text);
  return FALSE;
}

static const char *
describe_mode (mode_t mode)
{
  if (S_ISFIFO (mode))
    return _("a named pipe (FIFO)");
  if (S_ISCHR (mode))
    return _("a character device");
  if (S_ISBLK (mode))
    return _("a block device");
  if (S_ISSOCK (mode))
    return _("a socket");
  if (S_ISDIR (mode))
    return _("a folder");
  return _("a special file");
}

static const char *
describe_file_type (GFileInfo *info)
{
  if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_UNIX_MODE))
    return describe_mode (g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_MODE));
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    return _("a folder");
  return _("a special file");
}

static void
set_not_regular_error (GError    **error,
                       const char *name,
                       gboolean    through_link,
                       const char *kind)
{
  if (through_link)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                 _("Cannot open %s: it is a link to %s, not to a regular file"), name, kind);
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                 _("Cannot open %s: it is %s, not a regular file"), name, kind);
}

static void
set_too_large_error (GError    **error,
                     const char *name,
                     guint64     size,
                     guint64     limit)
{
  g_autofree char *size_text = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS);
  g_autofree char *limit_text = g_format_size_full (limit, G_FORMAT_SIZE_IEC_UNITS);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
               _("Cannot open %s: it is %s, more than the limit of %s (see --max-file-size)"),
               name, size_text, limit_text);
}

static void
set_grew_error (GError    **error,
                const char *name,
                guint64     limit)
{
  g_autofree char *limit_text = g_format_size_full (limit, G_FORMAT_SIZE_IEC_UNITS);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
               _("Cannot read %s: it grew past the limit of %s while it was read (see --max-file-size)"),
               name, limit_text);
}

static void
set_changed_error (GError    **error,
                   const char *name)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG,
               _("Cannot read %s: it changed while it was read; open it again once it is saved"),
               name);
}

/* Not the change time: unlinking the file, or renaming another over it,
 * changes that of the inode still open, whose contents stay whole. */
static gboolean
same_version (const struct stat *before,
              const struct stat *after)
{
  return before->st_ino == after->st_ino && before->st_dev == after->st_dev &&
         before->st_size == after->st_size &&
         before->st_mtim.tv_sec == after->st_mtim.tv_sec &&
         before->st_mtim.tv_nsec == after->st_mtim.tv_nsec;
}

static void
set_errno_error (GError    **error,
                 int         saved_errno,
                 gboolean    opening,
                 const char *name)
{
  if (opening)
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                 _("Cannot open %s: %s"), name, g_strerror (saved_errno));
  else
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                 _("Cannot read %s: %s"), name, g_strerror (saved_errno));
}

static GBytes *
read_local (const char    *path,
            const char    *name,
            guint64        limit,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GByteArray) contents = NULL;
  BriefingCancelCheck check;
  struct stat before, after;
  int fd;

  /* Asked before each 64 KiB read. */
  briefing_cancel_check_init (&check, cancellable, BRIEFING_LOAD_STAGE_READ, 1);

  /* O_NONBLOCK: should the file have become a pipe since it was asked
   * about, open() must not wait for a writer. */
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      set_errno_error (error, errno, TRUE, name);
      return NULL;
    }
  if (fstat (fd, &before) != 0)
    {
      set_errno_error (error, errno, FALSE, name);
      close (fd);
      return NULL;
    }
  if (!S_ISREG (before.st_mode))
    {
      set_not_regular_error (error, name, FALSE, describe_mode (before.st_mode));
      close (fd);
      return NULL;
    }
  if ((guint64) before.st_size > limit)
    {
      set_too_large_error (error, name, (guint64) before.st_size, limit);
      close (fd);
      return NULL;
    }

  contents = g_byte_array_sized_new ((guint) before.st_size + 1);
  for (;;)
    {
      guint8 buffer[CHUNK_SIZE];
      gssize n;

      if (briefing_cancel_check_now (&check))
        {
          g_cancellable_set_error_if_cancelled (cancellable, error);
          close (fd);
          return NULL;
        }
      n = read (fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          set_errno_error (error, errno, FALSE, name);
          close (fd);
          return NULL;
        }
      if (n == 0)
        break;
      if ((guint64) contents->len + (guint64) n > limit)
        {
          set_grew_error (error, name, limit);
          close (fd);
          return NULL;
        }
      g_byte_array_append (contents, buffer, (guint) n);
      if (read_hook != NULL)
        read_hook (contents->len, read_hook_data);
    }

  if (fstat (fd, &after) != 0 || !same_version (&before, &after) ||
      (guint64) contents->len != (guint64) after.st_size)
    {
      set_changed_error (error, name);
      close (fd);
      return NULL;
    }
  close (fd);
  return g_byte_array_free_to_bytes (g_steal_pointer (&contents));
}

/* Files GIO reaches otherwise (resource://, a GVfs mount): read through a
 * stream, counting against the limit. */
static GBytes *
read_stream (GFile         *file,
             const char    *name,
             guint64        limit,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GFileInputStream) stream = g_file_read (file, cancellable, error);
  g_autoptr(GByteArray) contents = g_byte_array_new ();

  if (stream == NULL)
    return NULL;
  for (;;)
    {
      guint8 buffer[CHUNK_SIZE];
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), buffer, sizeof buffer,
                                      cancellable, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      if ((guint64) contents->len + (guint64) n > limit)
        {
          set_grew_error (error, name, limit);
          return NULL;
        }
      g_byte_array_append (contents, buffer, (guint) n);
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&contents));
}

/**
 * briefing_file_read:
 * @file: a report file
 * @limit: the most bytes to read
 *
 * Reads @file whole, refusing anything but a regular file, more than @limit
 * bytes, and a file that changes while it is read.
 *
 * Returns: (transfer full): the contents, or %NULL with a %G_IO_ERROR whose
 *   message names the file
 */
GBytes *
briefing_file_read (GFile         *file,
                    guint64        limit,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *path = NULL, *name = NULL;
  g_autoptr(GError) query_error = NULL;
  GFileType type;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (limit > 0, NULL);

  limit = MIN (limit, LARGEST_LIMIT);

  path = g_file_get_path (file);
  name = path != NULL ? g_filename_display_name (path) : g_file_get_parse_name (file);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_STANDARD_IS_SYMLINK "," G_FILE_ATTRIBUTE_UNIX_MODE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &query_error);
  if (info == NULL)
    {
      GStatBuf buf;

      /* GIO's message about a local file ("Error when getting information
       * for file …") says less than the system's reason. */
      if (path != NULL && !g_error_matches (query_error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
          g_stat (path, &buf) != 0)
        set_errno_error (error, errno, TRUE, name);
      else
        g_propagate_error (error, g_steal_pointer (&query_error));
      return NULL;
    }
  type = g_file_info_get_file_type (info);
  if (type != G_FILE_TYPE_REGULAR)
    {
      set_not_regular_error (error, name, g_file_info_get_is_symlink (info), describe_file_type (info));
      return NULL;
    }
  if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE) &&
      (guint64) g_file_info_get_size (info) > limit)
    {
      set_too_large_error (error, name, (guint64) g_file_info_get_size (info), limit);
      return NULL;
    }

  if (path != NULL)
    return read_local (path, name, limit, cancellable, error);
  return read_stream (file, name, limit, cancellable, error);
}
