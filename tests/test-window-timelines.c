/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The reader window opening TimelineJS timelines: a timeline opened as it is
 * and the report `briefing --convert` made of it show the same. */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "test-ui.h"
#include "test-window-util.h"

/* What a reader sees in @widget: its visible labels, in order. */
static GPtrArray *
shown_texts (GtkWidget *widget)
{
  GPtrArray *texts = g_ptr_array_new ();

  wait_for_paint (widget);
  collect_labels (widget, texts);
  return texts;
}

static void
assert_same_texts (GPtrArray *a,
                   GPtrArray *b)
{
  g_assert_cmpuint (a->len, >, 0);
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpstr (g_ptr_array_index (a, i), ==, g_ptr_array_index (b, i));
}

static gboolean
contains (GPtrArray  *texts,
          const char *text)
{
  return g_ptr_array_find_with_equal_func (texts, text, g_str_equal, NULL);
}

static void
compare_windows (const char         *timeline,
                 const char         *converted,
                 const char * const *expected_timeline,
                 const char * const *expected_overview)
{
  BriefingWindow *direct = create_window (1280, 800);
  BriefingWindow *report = create_window (1280, 800);
  g_autoptr(GFile) timeline_file = data_file ("timelinejs", timeline);
  g_autoptr(GFile) converted_file = data_file ("valid", converted);
  g_autoptr(GPtrArray) direct_timeline = NULL, report_timeline = NULL;
  g_autoptr(GPtrArray) direct_sidebar = NULL, report_sidebar = NULL;
  g_autoptr(GPtrArray) direct_overview = NULL, report_overview = NULL;

  open_and_wait (direct, timeline_file);
  open_and_wait (report, converted_file);
  g_assert_null (briefing_window_get_error (direct));
  g_assert_null (briefing_window_get_error (report));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (STATE_STACK (direct)), ==, "report");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (direct)), ==,
                   gtk_window_get_title (GTK_WINDOW (report)));

  /* The page last shown comes back with a new window: start from the timeline. */
  adw_view_stack_set_visible_child_name (VIEW_STACK (direct), "timeline");
  adw_view_stack_set_visible_child_name (VIEW_STACK (report), "timeline");
  direct_timeline = shown_texts (TIMELINE_VIEW (direct));
  report_timeline = shown_texts (TIMELINE_VIEW (report));
  assert_same_texts (direct_timeline, report_timeline);
  for (guint i = 0; expected_timeline[i] != NULL; i++)
    {
      g_test_message ("timeline: %s", expected_timeline[i]);
      g_assert_true (contains (direct_timeline, expected_timeline[i]));
    }

  direct_sidebar = shown_texts (GTK_WIDGET (SIDEBAR (direct)));
  report_sidebar = shown_texts (GTK_WIDGET (SIDEBAR (report)));
  assert_same_texts (direct_sidebar, report_sidebar);

  adw_view_stack_set_visible_child_name (VIEW_STACK (direct), "overview");
  adw_view_stack_set_visible_child_name (VIEW_STACK (report), "overview");
  direct_overview = shown_texts (OVERVIEW_PAGE (direct));
  report_overview = shown_texts (OVERVIEW_PAGE (report));
  assert_same_texts (direct_overview, report_overview);
  for (guint i = 0; expected_overview[i] != NULL; i++)
    {
      g_test_message ("overview: %s", expected_overview[i]);
      g_assert_true (contains (direct_overview, expected_overview[i]));
    }

  destroy_window (direct);
  destroy_window (report);
}

static void
test_deep_time (void)
{
  static const char * const timeline[] = {
    "13,800,000,000 BCE", "The Big Bang", "4,540,000,000 BCE", "The Earth forms", NULL,
  };
  static const char * const overview[] = { "The history of everything", NULL };

  compare_windows ("deep-time.json", "timelinejs-deep-time.briefing", timeline, overview);
}

static void
test_eras (void)
{
  static const char * const timeline[] = { "21 April 753 BCE", "Founding of Rome", NULL };
  static const char * const overview[] = {
    "Rome", "Eras", "The Kingdom", "The Roman Republic", "Untitled era",
    "0 topics, 6 events, 0 people, organizations and places, 3 eras", NULL,
  };

  compare_windows ("history-bce-eras.json", "timelinejs-history-bce-eras.briefing",
                   timeline, overview);
}

static void
test_spreadsheet (void)
{
  static const char * const timeline[] = { "Launch", "The Eagle has landed", NULL };
  static const char * const overview[] = { "Moon landings, 1969–1972", "The Apollo landings", NULL };

  compare_windows ("spreadsheet-template.csv", "timelinejs-spreadsheet-template.briefing",
                   timeline, overview);
}

/* Hostile HTML: the words, never markup, and no link to follow. */
static void
test_hostile_html (void)
{
  static const char * const timeline[] = {
    "Click me & quotes", "Pango markup & entities", "<b>Bold</b> group &amp;", NULL,
  };
  static const char * const overview[] = {
    "Hostile markup <b>", "<i>Era</i> &amp; more", "2019 – 2022\n<u>linked</u> (https://era.example/)", NULL,
  };

  compare_windows ("hostile-html.json", "timelinejs-hostile-html.briefing", timeline, overview);
}

/* A spreadsheet dropped on the window opens as a timeline. */
static void
test_drop_spreadsheet (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);
  g_autoptr(GFile) file = data_file ("timelinejs", "spreadsheet-template.csv");

  g_assert_true (drop_file (window, file));
  spin_until (is_not_loading, window);
  g_assert_null (briefing_window_get_error (window));
  g_assert_cmpstr (briefing_report_get_title (briefing_window_get_report (window)), ==,
                   "Moon landings, 1969–1972");
  destroy_window (window);
}

static gboolean
filter_matches (GtkFilter  *filter,
                const char *name,
                const char *content_type)
{
  g_autoptr(GFileInfo) info = g_file_info_new ();

  g_file_info_set_display_name (info, name);
  g_file_info_set_content_type (info, content_type);
  return gtk_filter_match (filter, info);
}

/* Ctrl+O: the default filter shows timelines and spreadsheets with reports,
 * and a filter of their own shows them alone. */
static void
test_open_dialog_filters (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);
  g_autoptr(GListModel) filters = NULL;
  GtkFileFilter *reports = NULL, *timelines = NULL;
  GtkWidget *dialog;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open", NULL);
  dialog = open_dialog (window);
  g_assert_nonnull (dialog);
  filters = gtk_file_chooser_get_filters (GTK_FILE_CHOOSER (dialog));
  for (guint i = 0; i < g_list_model_get_n_items (filters); i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, i);

      if (g_strcmp0 (gtk_file_filter_get_name (filter), "Reports") == 0)
        reports = filter;
      else if (g_strcmp0 (gtk_file_filter_get_name (filter), "TimelineJS Timelines and Spreadsheets") == 0)
        timelines = filter;
    }
  g_assert_nonnull (reports);
  g_assert_nonnull (timelines);
  g_assert_true (gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (dialog)) == reports);

  g_assert_true (filter_matches (GTK_FILTER (reports), "a.briefing", "application/x-briefing+json"));
  g_assert_true (filter_matches (GTK_FILTER (reports), "timeline.json", "application/json"));
  g_assert_true (filter_matches (GTK_FILTER (reports), "sheet.csv", "text/csv"));
  g_assert_false (filter_matches (GTK_FILTER (reports), "photo.png", "image/png"));
  g_assert_true (filter_matches (GTK_FILTER (timelines), "timeline.json", "application/json"));
  g_assert_true (filter_matches (GTK_FILTER (timelines), "sheet.csv", "text/csv"));
  g_assert_true (filter_matches (GTK_FILTER (timelines), "SHEET.CSV", "application/octet-stream"));
  g_assert_false (filter_matches (GTK_FILTER (timelines), "photo.png", "image/png"));
  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  test_window_init (&argc, &argv);

  g_test_add_func ("/window-timelines/deep-time", test_deep_time);
  g_test_add_func ("/window-timelines/eras", test_eras);
  g_test_add_func ("/window-timelines/spreadsheet", test_spreadsheet);
  g_test_add_func ("/window-timelines/hostile-html", test_hostile_html);
  g_test_add_func ("/window-timelines/drop-spreadsheet", test_drop_spreadsheet);
  g_test_add_func ("/window-timelines/open-dialog-filters", test_open_dialog_filters);

  return test_window_run ();
}
