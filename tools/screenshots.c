/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * Renders Briefing's window with the sample report to PNG files at fixed
 * sizes, for docs/screenshots/. Run it under a display, e.g.:
 *
 *   ninja -C build screenshots
 *
 * or by hand: xvfb-run -a -s '-screen 0 1600x1200x24' build/tests/screenshots OUTPUT-DIR
 *
 * In another interface language, with the .mo files of the build tree
 * (BRIEFING_LOCALEDIR) and LANGUAGE and LC_ALL set; `ninja -C build
 * screenshots-languages` does it for ar, de, ja and uk.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "briefing-window.h"
#include "widget-lookup.h"

typedef struct
{
  const char *name;
  int         width;
  int         height;
  gboolean    dark;
  const char *page;        /* "timeline", "interview", "overview" */
  const char *topic_id;    /* selected topic, or NULL */
  const char *search;      /* search text, or NULL */
  gboolean    show_sidebar; /* narrow windows: the sidebar pane, not the content */
  const char *then_open;   /* a file of tests/data to open after the sample, or NULL */
  gboolean    no_sample;   /* open only then_open */
  const char *period;      /* "YYYY-MM-DD/YYYY-MM-DD" chosen on the time overview, or NULL */
  const char *big_report;  /* an environment variable naming a large report to open instead */
} Shot;

static const Shot shots[] = {
  { "timeline", 1280, 800, FALSE, "timeline", NULL, NULL, FALSE },
  { "interview", 1280, 800, FALSE, "interview", "north-korea-russia", NULL, FALSE },
  { "overview", 1280, 800, FALSE, "overview", NULL, NULL, FALSE },
  { "narrow", 360, 720, FALSE, "timeline", "kharkiv", NULL, FALSE },
  { "narrow-sidebar", 360, 720, FALSE, "timeline", NULL, NULL, TRUE },
  { "dark", 1280, 800, TRUE, "timeline", "north-korea-russia", NULL, FALSE },
  { "search", 1280, 800, FALSE, "interview", NULL, "troops", FALSE },
  { "error-toast", 1280, 800, FALSE, "timeline", NULL, NULL, FALSE, "invalid/several-errors.briefing" },
  { "error-page", 1280, 800, FALSE, "timeline", NULL, NULL, FALSE, "invalid/several-errors.briefing", TRUE },
  { "markup", 1280, 800, FALSE, "overview", NULL, NULL, FALSE, "valid/unicode-and-markup.briefing", TRUE },
  { "timelinejs-deep-time", 1280, 800, FALSE, "timeline", NULL, NULL, FALSE, "timelinejs/deep-time.json", TRUE },
  { "timelinejs-eras", 1280, 800, FALSE, "overview", NULL, NULL, FALSE, "timelinejs/history-bce-eras.json", TRUE },
  { "timelinejs-spreadsheet", 1280, 800, TRUE, "timeline", NULL, NULL, FALSE, "timelinejs/spreadsheet-template.csv", TRUE },
  { "timelinejs-narrow", 360, 720, FALSE, "timeline", NULL, NULL, FALSE, "timelinejs/hostile-html.json", TRUE },
  { "right-to-left-report", 1280, 800, FALSE, "timeline", NULL, NULL, FALSE, "valid/arabic-report.briefing", TRUE },
  { "right-to-left-interview", 1280, 800, FALSE, "interview", NULL, NULL, FALSE, "valid/arabic-report.briefing", TRUE },
  { "overview-period", 1280, 800, FALSE, "timeline", "kharkiv", NULL, FALSE, NULL, FALSE, "2024-10-20/2024-10-31" },
  { "overview-period-dark", 1280, 800, TRUE, "timeline", NULL, NULL, FALSE, NULL, FALSE, "2024-10-25/2024-10-31" },
  { "overview-narrow", 360, 720, FALSE, "timeline", NULL, NULL, FALSE, NULL, FALSE, "2024-10-25/2024-10-31" },
  { "overview-address", 1280, 800, FALSE, "overview", NULL, NULL, FALSE, "valid/all-members.briefing", TRUE },
  { "interviews-dark", 1100, 800, TRUE, "interview", NULL, "ships", FALSE, "valid/interviews.briefing", TRUE },
  { "interview-narrow", 360, 640, FALSE, "interview", NULL, NULL, FALSE },
  { "interviews-wide", 1100, 800, FALSE, "interview", NULL, NULL, FALSE, "valid/interviews.briefing", TRUE },
  { "interviews-search", 1100, 800, FALSE, "timeline", NULL, "early", FALSE, "valid/interviews.briefing", TRUE },
  { "interviews-narrow", 360, 640, FALSE, "interview", NULL, NULL, FALSE, "valid/interviews.briefing", TRUE },
  /* BRIEFING_SCREENSHOT_10K=/tmp/10k.briefing (tools/generate-report.py 10000 …) */
  { "overview-10k", 1280, 800, FALSE, "timeline", NULL, NULL, FALSE, NULL, TRUE, NULL, "BRIEFING_SCREENSHOT_10K" },
  { "overview-10k-dark", 1280, 800, TRUE, "timeline", NULL, NULL, FALSE, NULL, TRUE, NULL, "BRIEFING_SCREENSHOT_10K" },
  { "overview-10k-narrow", 360, 720, TRUE, "timeline", NULL, NULL, FALSE, NULL, TRUE, NULL, "BRIEFING_SCREENSHOT_10K" },
  { "overview-10k-period", 1280, 800, FALSE, "timeline", "topic-3", NULL, FALSE, NULL, TRUE, "2010-01-01/2012-06-30", "BRIEFING_SCREENSHOT_10K" },
};

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static void
wait_for_load (BriefingWindow *window)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (briefing_window_is_loading (window) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
}

static GFile *
test_data_file (const char *name)
{
  const char *source_dir = g_getenv ("BRIEFING_SOURCE_DIR");
  g_autofree char *path = g_build_filename (source_dir != NULL ? source_dir : ".",
                                            "tests", "data", name, NULL);

  return g_file_new_for_path (path);
}

static BriefingTopic *
find_topic (BriefingReport *report,
            const char     *id)
{
  GListModel *topics = briefing_report_get_topics (report);

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(BriefingTopic) topic = g_list_model_get_item (topics, i);

      if (g_str_equal (briefing_topic_get_id (topic), id))
        return topic;
    }
  return NULL;
}

static gboolean
save_window (GtkWidget  *window,
             const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return FALSE;
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  return gdk_texture_save_to_png (texture, path);
}

/* Window decorations may take a few pixels of the size asked for: grow the
 * window until its content has exactly the size of the picture. */
static void
fit_size (BriefingWindow *window,
          int             width,
          int             height)
{
  int dw = width - gtk_widget_get_width (GTK_WIDGET (window));
  int dh = height - gtk_widget_get_height (GTK_WIDGET (window));

  if (dw != 0 || dh != 0)
    gtk_window_set_default_size (GTK_WINDOW (window), width + dw, height + dh);
}

static gboolean
take (const Shot *shot,
      const char *directory)
{
  g_autoptr(GFile) sample = g_file_new_for_uri (SAMPLE_REPORT_URI);
  g_autofree char *file_name = g_strconcat (shot->name, ".png", NULL);
  g_autofree char *path = g_build_filename (directory, file_name, NULL);
  BriefingWindow *window;
  gboolean saved;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      shot->dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                 : ADW_COLOR_SCHEME_FORCE_LIGHT);
  window = g_object_new (BRIEFING_TYPE_WINDOW, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), shot->width, shot->height);
  gtk_window_present (GTK_WINDOW (window));
  if (!shot->no_sample)
    {
      briefing_window_open (window, sample);
      wait_for_load (window);
      if (briefing_window_get_report (window) == NULL)
        {
          g_printerr ("%s: the sample report did not open\n", shot->name);
          return FALSE;
        }
    }
  if (shot->big_report != NULL)
    {
      g_autoptr(GFile) file = NULL;

      if (g_getenv (shot->big_report) == NULL)
        {
          g_printerr ("%s: skipped, set %s to a large report\n", shot->name, shot->big_report);
          gtk_window_destroy (GTK_WINDOW (window));
          return TRUE;
        }
      file = g_file_new_for_commandline_arg (g_getenv (shot->big_report));
      briefing_window_open (window, file);
      wait_for_load (window);
    }
  if (shot->then_open != NULL)
    {
      g_autoptr(GFile) file = test_data_file (shot->then_open);

      briefing_window_open (window, file);
      wait_for_load (window);
    }

  if (shot->topic_id != NULL)
    briefing_reader_state_set_topic (briefing_window_get_state (window),
                                     find_topic (briefing_window_get_report (window), shot->topic_id));
  if (g_str_equal (shot->page, "interview"))
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 2);
  else if (g_str_equal (shot->page, "overview"))
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i",
                                g_list_model_get_n_items (briefing_report_get_interviews (briefing_window_get_report (window))) + 2);
  else
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 1);
  if (shot->period != NULL)
    {
      BriefingDate date;

      if (briefing_date_parse (shot->period, &date, NULL))
        briefing_reader_state_set_period (briefing_window_get_state (window), date.first_day, date.last_day);
    }
  if (shot->search != NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
      gtk_editable_set_text (GTK_EDITABLE (find_descendant (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY)), shot->search);
    }
  if (shot->show_sidebar)
    adw_leaflet_set_visible_child_name (ADW_LEAFLET (find_descendant (GTK_WIDGET (window), ADW_TYPE_LEAFLET)),
                                        "sidebar");

  /* Layout, the search's delay, images. */
  spin (600);
  fit_size (window, shot->width, shot->height);
  spin (600);
  saved = save_window (GTK_WIDGET (window), path);
  g_print ("%s %s (%dx%d)\n", saved ? "Saved" : "Could not save", path,
           gtk_widget_get_width (GTK_WIDGET (window)), gtk_widget_get_height (GTK_WIDGET (window)));
  gtk_window_destroy (GTK_WINDOW (window));
  spin (100);
  return saved;
}

int
main (int   argc,
      char *argv[])
{
  const char *directory = argc > 1 ? argv[1] : ".";
  g_autoptr(GtkCssProvider) css = NULL;
  gboolean ok = TRUE;

  setlocale (LC_ALL, "");
  if (g_getenv ("BRIEFING_LOCALEDIR") != NULL)
    {
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("BRIEFING_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  gtk_init ();
  adw_init ();
  g_set_application_name ("Briefing");

  /* What AdwApplication would load from the resource base path. */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  /* Pictures of the end state, not of a transition. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_mkdir_with_parents (directory, 0755);
  for (gsize i = 0; i < G_N_ELEMENTS (shots); i++)
    if (argc <= 2 || g_strv_contains ((const char * const *) argv + 2, shots[i].name))
      ok &= take (&shots[i], directory);
  return ok ? 0 : 1;
}
