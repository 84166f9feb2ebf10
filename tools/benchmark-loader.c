/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * benchmark-loader MODE FILE: loads FILE once and prints the wall time and the
 * peak resident memory of the process. MODE is "briefing" (Briefing's loader,
 * the whole way to a report) or "json-glib" (json-glib building its own tree
 * of the same file, the yardstick). Run each mode in its own process so the
 * peaks do not mix: tools/benchmark runs both.
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <locale.h>
#include <sys/resource.h>

#include "briefing-loader.h"

static double
peak_mib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  double base_mib, size_mib;
  gint64 start, elapsed;

  setlocale (LC_ALL, "");
  if (argc != 3)
    {
      g_printerr ("usage: %s briefing|json-glib FILE\n", argv[0]);
      return 2;
    }
  file = g_file_new_for_commandline_arg (argv[2]);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, &error);
  if (info == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  size_mib = g_file_info_get_size (info) / (1024.0 * 1024.0);
  base_mib = peak_mib ();

  start = g_get_monotonic_time ();
  if (g_str_equal (argv[1], "briefing"))
    {
      g_autoptr(BriefingReport) report = briefing_report_load (file, NULL, &error);

      GPtrArray *problems;

      elapsed = g_get_monotonic_time () - start;
      /* A report with problems is timed too: placing them is part of loading. */
      problems = briefing_load_error_get_problems (error);
      if (report == NULL && problems == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      if (report == NULL)
        g_print ("briefing: %u problems found and placed\n", problems->len);
      else
        g_print ("briefing: %u events loaded\n",
                 g_list_model_get_n_items (briefing_report_get_events (report)));
    }
  else
    {
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(JsonParser) parser = json_parser_new ();

      /* The floor: json-glib's own reading and tree, nothing else. */
      if (!json_parser_load_from_file (parser, path, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      elapsed = g_get_monotonic_time () - start;
      g_print ("json-glib: tree built\n");
    }

  if (g_strcmp0 (g_getenv ("BENCHMARK_FIGURES"), "1") == 0)
    g_print ("@figure load_ms %.3f\n@figure peak_mib %.3f\n@figure file_mib %.3f\n",
             elapsed / 1e3, peak_mib (), size_mib);
  g_print ("file: %.1f MiB\ntime: %.3f s\npeak memory: %.1f MiB (%.2f × the file; %.1f MiB before loading)\n",
           size_mib, elapsed / 1e6, peak_mib (), (peak_mib () - base_mib) / size_mib, base_mib);
  return 0;
}
