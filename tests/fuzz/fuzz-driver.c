/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <locale.h>
#include <string.h>

#include "fuzz-walk.h"

/*
 * The regression corpus without libFuzzer, for `meson test`: every file of
 * tests/fuzz/corpus/ (seeds and every finding ever) goes through the fuzz
 * target, then through the structure-aware mutator with a few seeds and
 * through the target again. Prints TAP, one line per file.
 * Usage: fuzz-driver [--no-mutate] DIR|FILE…   (--no-mutate: the files alone,
 * to measure the coverage of a corpus)
 */

size_t LLVMFuzzerMutate (guint8 *data, size_t size, size_t max_size);
size_t LLVMFuzzerCustomMutator (guint8 *data, size_t size, size_t max_size, unsigned int seed);

#define MAX_SIZE (1024 * 1024)
#define N_SEEDS 8

/* libFuzzer's byte mutations are not here: leave the bytes as they are. */
size_t
LLVMFuzzerMutate (guint8 *data,
                  size_t  size,
                  size_t  max_size)
{
  return size;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

static void
add_paths (GPtrArray  *paths,
           const char *arg)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (!g_file_test (arg, G_FILE_TEST_IS_DIR))
    {
      g_ptr_array_add (paths, g_strdup (arg));
      return;
    }
  dir = g_dir_open (arg, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (paths, g_build_filename (arg, g_ptr_array_index (names, i), NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  guint n_seeds = N_SEEDS;

  setlocale (LC_ALL, "C.UTF-8");
  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "--no-mutate"))
      n_seeds = 0;
    else
      add_paths (paths, argv[i]);
  if (paths->len == 0)
    {
      g_printerr ("usage: %s DIR|FILE…\n", argv[0]);
      return 2;
    }

  g_print ("1..%u\n", paths->len);
  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree guint8 *buffer = g_malloc (MAX_SIZE);
      gsize length;

      if (!g_file_get_contents (path, &contents, &length, &error))
        {
          g_print ("not ok %u - %s: %s\n", i + 1, path, error->message);
          return 1;
        }
      LLVMFuzzerTestOneInput ((const guint8 *) contents, length);
      for (guint seed = 1; seed <= n_seeds && length <= MAX_SIZE; seed++)
        {
          gsize mutated;

          memcpy (buffer, contents, length);
          mutated = LLVMFuzzerCustomMutator (buffer, length, MAX_SIZE, seed);
          g_assert_cmpuint (mutated, <=, MAX_SIZE);
          LLVMFuzzerTestOneInput (buffer, mutated);
        }
      g_print ("ok %u - %s\n", i + 1, path);
    }
  return 0;
}
