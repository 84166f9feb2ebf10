/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "briefing-application.h"
#include "briefing-format.h"
#include "test-sample.h"
#include "test-ui.h"
#include "test-window-util.h"

/*
 * Reading the file again: live, when it changes on disk, and on F5. Through
 * the window's public face: its properties and actions, the reader state,
 * and what the bar above the report says.
 */

#define WAIT_TIMEOUT_S 20

static char *sample_text;

typedef struct
{
  char  *dir;
  char  *path;
  GFile *file;
} Scratch;

static void
scratch_init (Scratch *scratch)
{
  g_autoptr(GError) error = NULL;

  /* Under /tmp/reload-*: this branch's name. */
  scratch->dir = g_dir_make_tmp ("reload-test-XXXXXX", &error);
  g_assert_no_error (error);
  scratch->path = g_build_filename (scratch->dir, "report.briefing", NULL);
  scratch->file = g_file_new_for_path (scratch->path);
}

static void
scratch_clear (Scratch *scratch)
{
  g_autoptr(GDir) dir = g_dir_open (scratch->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (scratch->dir, name, NULL);

      g_chmod (path, 0644);
      g_remove (path);
    }
  g_rmdir (scratch->dir);
  g_free (scratch->dir);
  g_free (scratch->path);
  g_object_unref (scratch->file);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Scratch, scratch_clear)

/* As an editor that writes the file itself: truncated, then written. */
static void
write_in_place (const char *path,
                const char *text)
{
  FILE *out = fopen (path, "w");

  g_assert_nonnull (out);
  g_assert_cmpuint (fwrite (text, 1, strlen (text), out), ==, strlen (text));
  g_assert_cmpint (fclose (out), ==, 0);
}

/* As an editor that writes a temporary file and renames it over. */
static void
write_and_rename (const char *path,
                  const char *text)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *temporary = g_build_filename (dir, ".report.briefing.XXXXXX", NULL);
  g_autoptr(GError) error = NULL;

  g_close (g_mkstemp (temporary), NULL);
  g_file_set_contents (temporary, text, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_rename (temporary, path), ==, 0);
}

/* The sample with its title changed: a new version. */
static char *
sample_titled (const char *title)
{
  const char *start = strstr (sample_text, "\"title\": \"");
  const char *end;

  g_assert_nonnull (start);
  start += strlen ("\"title\": \"");
  end = strchr (start, '"');
  return g_strdup_printf ("%.*s%s%s", (int) (start - sample_text), sample_text, title, end);
}

static const char broken_text[] = "{\n  \"title\": \"Broken\",\n  \"topics\": [\n";

static gboolean
timed_out_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Waits, dispatching what comes (file events, notifications, frames), until
 * @done holds; fails after WAIT_TIMEOUT_S. */
static void
wait_until (gboolean (*done) (gpointer),
            gpointer   data)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (WAIT_TIMEOUT_S, timed_out_cb, &timed_out);

  while (!done (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);
}

typedef struct
{
  BriefingWindow *window;
  BriefingReport *old;
} Change;

/* A new report in place of @old, read to the end. */
static gboolean
report_replaced (gpointer data)
{
  Change *change = data;
  BriefingReport *report = briefing_window_get_report (change->window);

  return report != NULL && report != change->old && !briefing_window_is_loading (change->window);
}

static void
wait_for_new_report (BriefingWindow *window)
{
  Change change = { window, briefing_window_get_report (window) };

  wait_until (report_replaced, &change);
  wait_for_paint (GTK_WIDGET (window));
}

static GtkInfoBar *
file_bar (BriefingWindow *window)
{
  return GTK_INFO_BAR (window_part (window, GTK_TYPE_INFO_BAR));
}

static gboolean
bar_shown (gpointer window)
{
  return gtk_info_bar_get_revealed (file_bar (window));
}

static void
collect_shown_labels (GtkWidget *widget,
                      GPtrArray *texts)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (texts, (gpointer) gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_shown_labels (child, texts);
}

/* What the bar says, its shown labels joined by newlines. */
static char *
bar_text (BriefingWindow *window)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();

  collect_shown_labels (GTK_WIDGET (file_bar (window)), texts);
  g_ptr_array_add (texts, NULL);
  return g_strjoinv ("\n", (char **) texts->pdata);
}

/* The bar comes over @report, which stays: what it says. */
static char *
wait_for_bar (BriefingWindow *window,
              BriefingReport *report)
{
  wait_until (bar_shown, window);
  g_assert_true (briefing_window_get_report (window) == report);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (STATE_STACK (window)), ==, "report");
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (file_bar (window))));
  return bar_text (window);
}

static BriefingWindow *
open_scratch (Scratch    *scratch,
              const char *text)
{
  BriefingWindow *window = create_window (1280, 800);

  write_in_place (scratch->path, text);
  open_and_wait (window, scratch->file);
  g_assert_nonnull (briefing_window_get_report (window));
  g_assert_true (g_file_equal (briefing_window_get_file (window), scratch->file));
  g_assert_false (bar_shown (window));
  return window;
}

static const char *
selected_topic_id (BriefingWindow *window)
{
  BriefingTopic *topic = briefing_reader_state_get_topic (briefing_window_get_state (window));

  return topic != NULL ? briefing_topic_get_id (topic) : NULL;
}

/* The page shown, as Alt+N counts: 1 the timeline, then the interviews. */
static guint
page_number (BriefingWindow *window)
{
  GtkWidget *page = adw_view_stack_get_visible_child (VIEW_STACK (window));

  if (page == TIMELINE_VIEW (window))
    return 1;
  for (guint i = 0; i < count_interview_pages (window); i++)
    if (page == interview_page (window, i))
      return i + 2;
  return count_interview_pages (window) + 2;
}

static const char *
first_topic_id (BriefingWindow *window)
{
  g_autoptr(BriefingTopic) topic =
    g_list_model_get_item (briefing_report_get_topics (briefing_window_get_report (window)), 0);

  return briefing_topic_get_id (topic);
}

static gboolean
searched_kursk (gpointer state)
{
  return g_strcmp0 (briefing_reader_state_get_search_text (state), "Kursk") == 0;
}

/* Good to good: the new version shows, in the reader's place. */
static void
test_reload_good_to_good (void)
{
  g_auto(Scratch) scratch = { 0 };
  g_autofree char *renamed = sample_titled ("Second version");
  g_autofree char *in_place = sample_titled ("Third version");
  BriefingWindow *window;
  g_autofree char *topic_id = NULL;
  BriefingReaderState *state;

  scratch_init (&scratch);
  window = open_scratch (&scratch, sample_text);
  state = briefing_window_get_state (window);
  topic_id = g_strdup (first_topic_id (window));
  briefing_reader_state_set_topic (state, find_topic (briefing_window_get_report (window), topic_id));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 2);
  g_assert_cmpuint (page_number (window), ==, 2);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (SEARCH_ENTRY (window)), "Kursk");
  wait_until (searched_kursk, state);

  /* A temporary file renamed over the report. */
  write_and_rename (scratch.path, renamed);
  wait_for_new_report (window);
  g_assert_cmpstr (briefing_report_get_title (briefing_window_get_report (window)), ==, "Second version");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Second version");
  g_assert_cmpstr (selected_topic_id (window), ==, topic_id);
  g_assert_cmpuint (page_number (window), ==, 2);
  g_assert_true (gtk_search_bar_get_search_mode (SEARCH_BAR (window)));
  g_assert_cmpstr (briefing_reader_state_get_search_text (state), ==, "Kursk");
  g_assert_false (bar_shown (window));

  /* The file written in place, in pieces. */
  write_in_place (scratch.path, in_place);
  wait_for_new_report (window);
  g_assert_cmpstr (briefing_report_get_title (briefing_window_get_report (window)), ==, "Third version");
  g_assert_cmpstr (selected_topic_id (window), ==, topic_id);
  g_assert_cmpuint (page_number (window), ==, 2);

  destroy_window (window);
}

typedef struct
{
  BriefingWindow *window;
  const char     *event_id;
  double          offset;
} TopRow;

static void
find_top_cb (gpointer key,
             gpointer value,
             gpointer user_data)
{
  double *best = user_data;
  GtkWidget *list = gtk_widget_get_ancestor (value, GTK_TYPE_LIST_VIEW);
  graphene_rect_t bounds;

  if (!gtk_widget_get_child_visible (gtk_widget_get_parent (value)) ||
      !gtk_widget_compute_bounds (value, list, &bounds) ||
      bounds.origin.y + bounds.size.height <= 0)
    return;
  if (best[1] == 0 || bounds.origin.y < best[0])
    {
      best[0] = bounds.origin.y;
      best[1] = 1;
      g_object_set_data (G_OBJECT (list), "test-top", key);
    }
}

static GtkWidget *
timeline_list (BriefingWindow *window)
{
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();

  collect_descendants (TIMELINE_VIEW (window), GTK_TYPE_LIST_VIEW, lists);
  g_assert_cmpuint (lists->len, ==, 1);
  return g_ptr_array_index (lists, 0);
}

/* The event whose row is at the top of the timeline, and how far above the
 * top the row starts. */
static const char *
top_event (BriefingWindow *window,
           double         *offset)
{
  double best[2] = { 0, 0 };
  GtkWidget *view = TIMELINE_VIEW (window);
  GtkWidget *list = timeline_list (window);
  BriefingEvent *event;

  briefing_report_list_view_foreach_row (BRIEFING_REPORT_LIST_VIEW (view), find_top_cb, best);
  event = g_object_get_data (G_OBJECT (list), "test-top");
  g_assert_nonnull (event);
  *offset = -best[0];
  return briefing_event_get_id (event);
}

static gboolean
top_row_is (gpointer data)
{
  TopRow *top = data;
  double offset;
  const char *id = top_event (top->window, &offset);

  return g_strcmp0 (id, top->event_id) == 0 && G_APPROX_VALUE (offset, top->offset, 1.0);
}

/* The sample with three events more, earlier than all of its own: every
 * event moves down the list. */
static char *
sample_with_earlier_events (void)
{
  const char *events = strstr (sample_text, "\"events\": [");
  GString *text = g_string_new (NULL);

  g_assert_nonnull (events);
  events += strlen ("\"events\": [");
  g_string_append_len (text, sample_text, events - sample_text);
  for (guint i = 0; i < 3; i++)
    g_string_append_printf (text, "{\"id\": \"earlier-%u\", \"date\": \"1990-01-0%u\", "
                                  "\"headline\": \"Earlier %u\", \"body\": \"Before.\"},",
                            i, i + 1, i);
  g_string_append (text, events);
  return g_string_free (text, FALSE);
}

/* The row at the top of the timeline stays at the top, where it was, though
 * events came before it. */
static void
test_reload_keeps_scroll (void)
{
  g_auto(Scratch) scratch = { 0 };
  g_autofree char *changed = sample_with_earlier_events ();
  BriefingWindow *window;
  GtkAdjustment *adjustment;
  TopRow top;
  g_autofree char *event_id = NULL;

  scratch_init (&scratch);
  window = open_scratch (&scratch, sample_text);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 1);
  g_assert_cmpuint (page_number (window), ==, 1);
  wait_for_paint (GTK_WIDGET (window));
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (timeline_list (window)));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) / 2 + 37);
  wait_for_paint (GTK_WIDGET (window));
  wait_for_paint (GTK_WIDGET (window));
  event_id = g_strdup (top_event (window, &top.offset));
  top.window = window;
  top.event_id = event_id;
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);

  write_and_rename (scratch.path, changed);
  wait_for_new_report (window);
  g_assert_cmpuint (timeline_n_shown (window), ==,
                    g_list_model_get_n_items (briefing_report_get_events (briefing_window_get_report (window))));
  wait_until (top_row_is, &top);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);

  destroy_window (window);
}

static gboolean
restoring (gpointer view)
{
  return g_object_get_data (G_OBJECT (view), "briefing-restore") != NULL;
}

static gboolean
is_null (gpointer pointer)
{
  return *(gpointer *) pointer == NULL;
}

/* The window goes while the timeline is being brought back to its place:
 * the frame clock goes first, and the view, still alive, must not keep a
 * pointer to the freed restore (the next reload would use it). */
static void
test_reload_restore_outlived (void)
{
  g_auto(Scratch) scratch = { 0 };
  g_autofree char *changed = sample_with_earlier_events ();
  g_autoptr(GtkWidget) view = NULL;
  BriefingWindow *window;
  GtkAdjustment *adjustment;
  GdkFrameClock *frame_clock;

  scratch_init (&scratch);
  window = open_scratch (&scratch, sample_text);
  wait_for_paint (GTK_WIDGET (window));
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (timeline_list (window)));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) / 2 + 37);
  wait_for_paint (GTK_WIDGET (window));
  view = g_object_ref (TIMELINE_VIEW (window));

  write_and_rename (scratch.path, changed);
  wait_until (restoring, view);
  frame_clock = gtk_widget_get_frame_clock (view);
  g_object_add_weak_pointer (G_OBJECT (frame_clock), (gpointer *) &frame_clock);
  destroy_window (window);
  wait_until (is_null, &frame_clock);
  g_assert_null (g_object_get_data (G_OBJECT (view), "briefing-restore"));
}

/* Good to broken: the report stays, the bar says why, exactly; broken to
 * good: the bar goes, the new version shows. */
static void
test_reload_broken_and_back (void)
{
  g_auto(Scratch) scratch = { 0 };
  g_autofree char *fixed = sample_titled ("Fixed version");
  BriefingWindow *window;
  BriefingReport *report;
  g_autofree char *text = NULL;
  g_autofree char *topic_id = NULL;

  scratch_init (&scratch);
  window = open_scratch (&scratch, sample_text);
  report = briefing_window_get_report (window);
  topic_id = g_strdup (first_topic_id (window));
  briefing_reader_state_set_topic (briefing_window_get_state (window), find_topic (report, topic_id));

  write_and_rename (scratch.path, broken_text);
  text = wait_for_bar (window, report);
  g_assert_cmpstr (selected_topic_id (window), ==, topic_id);
  g_assert_cmpstr (text, ==, "The file changed and cannot be opened; the last version read is shown\n"
                             "Line 4, column 1: expected a value, found the end of the file\n"
                             "Details");

  write_in_place (scratch.path, fixed);
  wait_for_new_report (window);
  g_assert_false (bar_shown (window));
  g_assert_cmpstr (briefing_report_get_title (briefing_window_get_report (window)), ==, "Fixed version");
  g_assert_cmpstr (selected_topic_id (window), ==, topic_id);

  destroy_window (window);
}

/* Deleted: the report stays with a bar saying so; back: it is read again. */
static void
test_reload_deleted (void)
{
  g_auto(Scratch) scratch = { 0 };
  g_autofree char *back = sample_titled ("Back again");
  BriefingWindow *window;
  BriefingReport *report;
  g_autofree char *text = NULL;

  scratch_init (&scratch);
  window = open_scratch (&scratch, sample_text);
  report = briefing_window_get_report (window);

  g_assert_cmpint (g_remove (scratch.path), ==, 0);
  text = wait_for_bar (window, report);
  g_assert_cmpstr (text, ==, "The file was deleted or moved\nThe report shown is the last version read.");

  write_and_rename (scratch.path, back);
  wait_for_new_report (window);
  g_assert_false (bar_shown (window));
  g_assert_cmpstr (briefing_report_get_title (briefing_window_get_report (window)), ==, "Back again");

  destroy_window (window);
}

/* Moved away, another file renamed over its name: the new one is read. */
static void
test_reload_renamed_over (void)
{
  g_auto(Scratch) scratch = { 0 };
  g_autofree char *moved = NULL;
  g_autofree char *replacement = sample_titled ("Replacement");
  g_autofree char *source = NULL;
  g_autoptr(GError) error = NULL;
  BriefingWindow *window;

  scratch_init (&scratch);
  window = open_scratch (&scratch, sample_text);

  /* The file moved away: gone from its name. */
  moved = g_build_filename (scratch.dir, "moved.briefing", NULL);
  g_assert_cmpint (g_rename (scratch.path, moved), ==, 0);
  wait_until (bar_shown, window);

  /* Another file renamed over the name. */
  source = g_build_filename (scratch.dir, "replacement.briefing", NULL);
  g_file_set_contents (source, replacement, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_rename (source, scratch.path), ==, 0);
  wait_for_new_report (window);
  g_assert_false (bar_shown (window));
  g_assert_cmpstr (briefing_report_get_title (briefing_window_get_report (window)), ==, "Replacement");

  destroy_window (window);
}

static gboolean
shows_report (gpointer window)
{
  return briefing_window_get_report (window) != NULL && !briefing_window_is_loading (window);
}

/* F5 reads the file again, keeping the place; after a failure it tries
 * again. The main loop does not run between writing the file and F5: what
 * loads is F5's doing, not the watch's. */
static void
test_reload_action (void)
{
  g_auto(Scratch) scratch = { 0 };
  BriefingWindow *window = create_window (1280, 800);
  BriefingReport *report;
  g_autofree char *topic_id = NULL;

  scratch_init (&scratch);
  /* Nothing to read again yet. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL);
  g_assert_false (briefing_window_is_loading (window));
  write_in_place (scratch.path, broken_text);
  open_and_wait (window, scratch.file);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (STATE_STACK (window)), ==, "error");
  g_assert_null (briefing_window_get_file (window));
  g_assert_true (briefing_window_has_file (window, scratch.file));

  write_in_place (scratch.path, sample_text);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL));
  g_assert_true (briefing_window_is_loading (window));
  wait_until (shows_report, window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (STATE_STACK (window)), ==, "report");

  /* F5 on the report: a new one, in the same place. */
  report = briefing_window_get_report (window);
  topic_id = g_strdup (first_topic_id (window));
  briefing_reader_state_set_topic (briefing_window_get_state (window), find_topic (report, topic_id));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", count_interview_pages (window) + 2);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL);
  wait_for_new_report (window);
  g_assert_cmpstr (selected_topic_id (window), ==, topic_id);
  g_assert_cmpuint (page_number (window), ==, count_interview_pages (window) + 2);

  /* Opening it again is the same: one window, the same place. */
  report = briefing_window_get_report (window);
  briefing_window_open (window, scratch.file);
  wait_for_new_report (window);
  g_assert_cmpstr (selected_topic_id (window), ==, topic_id);

  destroy_window (window);
}

/* The application opens a file once: opening it again presents its window. */
static void
test_reload_open_twice (void)
{
  g_auto(Scratch) scratch = { 0 };
  g_autoptr(BriefingApplication) application = briefing_application_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) same = NULL;
  g_auto(GStrv) accels = NULL;
  BriefingWindow *window;

  scratch_init (&scratch);
  write_in_place (scratch.path, sample_text);
  g_application_set_flags (G_APPLICATION (application),
                           g_application_get_flags (G_APPLICATION (application)) | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (application), "win.reload");
  g_assert_cmpstr (accels[0], ==, "F5");
  g_assert_cmpstr (accels[1], ==, "<Control>r");

  g_application_open (G_APPLICATION (application), &scratch.file, 1, "");
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (application))), ==, 1);
  window = g_object_ref (gtk_application_get_windows (GTK_APPLICATION (application))->data);
  spin_until (is_not_loading, window);

  /* Another GFile for the same path. */
  same = g_file_new_for_commandline_arg (scratch.path);
  g_assert_true (briefing_window_has_file (window, same));
  g_application_open (G_APPLICATION (application), &same, 1, "");
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (application))), ==, 1);

  /* A second window asked to open it presents the first instead. */
  {
    BriefingWindow *second = briefing_window_new (application);

    g_object_ref (second);
    briefing_window_open (second, same);
    g_assert_false (briefing_window_is_loading (second));
    g_assert_null (briefing_window_get_report (second));
    destroy_window (second);
  }

  destroy_window (window);
}

/* A report of @n events dated @date: long to read, or with as many
 * problems when @date is none. */
static void
write_events (const char *path,
              guint       n,
              const char *date)
{
  g_autoptr(GString) text = g_string_new ("{\"format\": \"briefing\", \"version\": \"1.0\", "
                                          "\"title\": \"T\", \"topics\": [], \"events\": [");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s{\"id\": \"e%u\", \"date\": \"%s\", "
                                  "\"headline\": \"H\", \"body\": \"B\"}", i > 0 ? "," : "", i, date);
  g_string_append (text, "]}");
  g_file_set_contents (path, text->str, (gssize) text->len, &error);
  g_assert_no_error (error);
}

/* A report in @scratch that takes a while to load: 200,000 events. */
static GFile *
large_report (Scratch *scratch)
{
  g_autofree char *path = NULL;

  scratch_init (scratch);
  path = g_build_filename (scratch->dir, "large.briefing", NULL);
  write_events (path, 200000, "2024-01-01");
  return g_file_new_for_path (path);
}

static void
set_true (gpointer data,
          GObject *where_the_object_was)
{
  *(gboolean *) data = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* Opening another file while a large one loads: the large one is dropped,
 * the other shown; closing the window while one loads: the window goes once
 * the load has stopped, and nothing of the load reaches it. */
static void
test_reload_cancel (void)
{
  g_auto(Scratch) scratch = { 0 };
  g_autoptr(GFile) large_file = large_report (&scratch);
  g_autoptr(GFile) sample = sample_file ();
  BriefingWindow *window = create_window (1280, 800);
  gboolean finalized = FALSE;

  briefing_window_open (window, large_file);
  g_assert_true (briefing_window_is_loading (window));
  open_and_wait (window, sample);
  g_assert_nonnull (briefing_window_get_report (window));
  g_assert_cmpuint (g_list_model_get_n_items (briefing_report_get_events (briefing_window_get_report (window))),
                    ==, 13);
  g_assert_true (g_file_equal (briefing_window_get_file (window), sample));

  /* As the window's close button does. */
  briefing_window_open (window, large_file);
  g_assert_true (briefing_window_is_loading (window));
  g_object_weak_ref (G_OBJECT (window), set_true, &finalized);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
  wait_until (is_true, &finalized);
}

static GtkWidget *
loading_status_page (BriefingWindow *window)
{
  GtkWidget *page = gtk_stack_get_child_by_name (STATE_STACK (window), "loading");

  return gtk_widget_get_last_child (page);
}

static gboolean
loading_page_shown_or_done (gpointer window)
{
  return gtk_widget_get_visible (loading_status_page (window)) || !briefing_window_is_loading (window);
}

/* An empty window shows its loading page only once opening a file outlasts
 * a moment (SHOW_LOADING_DELAY_MS): a large file shows it while it loads,
 * the sample opens before it would. */
static void
test_reload_loading_page_waits (void)
{
  g_auto(Scratch) scratch = { 0 };
  g_autoptr(GFile) large_file = large_report (&scratch);
  g_autoptr(GFile) sample = sample_file ();
  BriefingWindow *window = create_window (1280, 800);
  GtkWidget *page = loading_status_page (window);

  g_assert_true (ADW_IS_STATUS_PAGE (page));

  briefing_window_open (window, large_file);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (STATE_STACK (window)), ==, "loading");
  g_assert_false (gtk_widget_get_visible (page));
  wait_until (loading_page_shown_or_done, window);
  g_assert_true (briefing_window_is_loading (window));
  g_assert_true (gtk_widget_get_visible (page));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (STATE_STACK (window)), ==, "loading");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-loading", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (STATE_STACK (window)), ==, "no-report");

  briefing_window_open (window, sample);
  g_assert_false (gtk_widget_get_visible (page));
  wait_until (shows_report, window);
  g_assert_false (gtk_widget_get_visible (page));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (STATE_STACK (window)), ==, "report");

  destroy_window (window);
}

static GtkWidget *
find_details_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (toplevel))
        return toplevel;
    }
  return NULL;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect_descendants (widget, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *child = gtk_button_get_child (g_ptr_array_index (buttons, i));

      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (child)), label) == 0)
        return g_ptr_array_index (buttons, i);
    }
  return NULL;
}

/* What this program put on @clipboard, as text. */
static char *
clipboard_text (GdkClipboard *clipboard)
{
  GdkContentProvider *content = gdk_clipboard_get_content (clipboard);
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (content);
  g_value_init (&value, G_TYPE_STRING);
  g_assert_true (gdk_content_provider_get_value (content, &value, &error));
  g_assert_no_error (error);
  return g_value_dup_string (&value);
}

typedef struct
{
  double upper, page_size;
  gboolean scrollbar;
} Scrolling;

static Scrolling
dialog_scrolling (GtkWidget *dialog)
{
  g_autoptr(GPtrArray) scrolled = g_ptr_array_new ();
  GtkScrolledWindow *window;
  GtkAdjustment *adjustment;

  collect_descendants (dialog, GTK_TYPE_SCROLLED_WINDOW, scrolled);
  g_assert_cmpuint (scrolled->len, ==, 1);
  window = g_ptr_array_index (scrolled, 0);
  adjustment = gtk_scrolled_window_get_vadjustment (window);
  return (Scrolling) { gtk_adjustment_get_upper (adjustment), gtk_adjustment_get_page_size (adjustment),
                       gtk_widget_get_child_visible (gtk_scrolled_window_get_vscrollbar (window)) };
}

static gboolean
problems_fit (gpointer dialog)
{
  Scrolling scrolling = dialog_scrolling (dialog);

  return scrolling.upper > 0 && scrolling.upper <= scrolling.page_size;
}

static gboolean
details_shown (gpointer unused)
{
  return find_details_dialog () != NULL;
}

/* Whether the details dialog shown (looked for anew: the file monitor's
 * reload may replace it by one up to date) is taller than 800 pixels. */
static gboolean
details_tall (gpointer unused)
{
  GtkWidget *dialog = find_details_dialog ();

  return dialog != NULL && gtk_widget_get_height (dialog) > 800;
}

/* The details of a file that cannot be opened: every problem in view when
 * they fit, else a scrollbar in view; all of them copied as text. */
static void
test_reload_error_details (void)
{
  g_auto(Scratch) scratch = { 0 };
  BriefingWindow *window = create_window (1280, 800);
  GtkWidget *dialog, *copy;
  g_autofree char *copied = NULL;
  g_autofree char *expected = NULL;
  GString *lines = g_string_new (NULL);
  Scrolling scrolling;
  int height;

  scratch_init (&scratch);
  write_events (scratch.path, 3, "not a date");
  open_and_wait (window, scratch.file);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-error-details", NULL);
  dialog = find_details_dialog ();
  g_assert_nonnull (dialog);
  /* Three problems all in view, once the dialog took their height: nothing
   * to scroll. */
  wait_until (problems_fit, dialog);
  scrolling = dialog_scrolling (dialog);
  g_assert_false (scrolling.scrollbar);

  copy = find_button (dialog, "_Copy All");
  g_assert_nonnull (copy);
  g_signal_emit_by_name (copy, "clicked");
  g_assert_nonnull (find_button (dialog, "Copied"));
  copied = clipboard_text (gtk_widget_get_clipboard (dialog));
  for (guint i = 0; i < 3; i++)
    g_string_append_printf (lines, "%s:1:%u: /events/%u/date: “not a date” is not a valid date: expected a date "
                                   "such as 2024-11-01, 2024-11, 2024, 2024-10-XX, 2024-11-01~ or "
                                   "2024-10-21/2024-10-31\n",
                            scratch.path, 102 + 65 * i, i);
  expected = g_string_free (lines, FALSE);
  g_assert_cmpstr (copied, ==, expected);
  g_assert_nonnull (find_button (dialog, "Copied"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Many: the dialog no taller than the screen, a scrollbar says there is
   * more. (The file monitor reloads the file too, and may replace the
   * dialog by its own: it is looked for anew after each wait.) */
  write_events (scratch.path, 300, "not a date");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL);
  spin_until (is_not_loading, window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-error-details", NULL);
  /* Shown once the old one has gone. */
  spin_until (details_shown, NULL);
  /* It grows to the height of the problems, up to the screen's. */
  wait_until (details_tall, NULL);
  dialog = find_details_dialog ();
  scrolling = dialog_scrolling (dialog);
  g_assert_cmpfloat (scrolling.upper, >, scrolling.page_size);
  g_assert_true (scrolling.scrollbar);
  height = gtk_widget_get_height (dialog);
  g_assert_cmpint (height, <=, 1200);
  gtk_window_destroy (GTK_WINDOW (dialog));

  destroy_window (window);
}

static gboolean
details_closed (gpointer data)
{
  return find_details_dialog () == NULL;
}

/* Whether the details dialog shown is wide enough to read a problem whole
 * and shows every problem without scrolling (looked for anew, as
 * details_tall()). */
static gboolean
details_wide_and_whole (gpointer unused)
{
  GtkWidget *dialog = find_details_dialog ();

  return dialog != NULL && gtk_widget_get_width (dialog) >= 500 && problems_fit (dialog);
}

/* The problem the details dialog shows. */
static char *
details_text (GtkWidget *dialog)
{
  g_autoptr(GPtrArray) views = g_ptr_array_new ();
  GtkTextIter start, end;

  collect_descendants (dialog, GTK_TYPE_TEXT_VIEW, views);
  g_assert_cmpuint (views->len, ==, 1);
  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (g_ptr_array_index (views, 0)), &start, &end);
  return gtk_text_iter_get_text (&start, &end);
}

static gboolean
details_changed (gpointer data)
{
  GtkWidget *dialog = find_details_dialog ();
  g_autofree char *text = dialog != NULL ? details_text (dialog) : NULL;

  return text != NULL && !g_str_has_prefix (text, "Line 4, column 1\n");
}

/* The problems the open details dialog lists are @expected. */
static void
assert_details_text (const char *expected)
{
  g_autofree char *text = details_text (find_details_dialog ());

  g_assert_cmpstr (text, ==, expected);
}

/* "Details" of the bar over a report that stays: titled so, wide enough
 * to read its problem whole, and never out of date: another problem shows
 * in it (the same one read again leaves it alone), and it goes when the
 * file is good again or gone. */

static void
test_reload_bar_details (void)
{
  g_auto(Scratch) scratch = { 0 };
  g_autofree char *bar = NULL;
  g_autofree char *body = NULL;
  BriefingWindow *window;
  GtkWidget *dialog;

  scratch_init (&scratch);
  window = open_scratch (&scratch, sample_text);
  write_and_rename (scratch.path, broken_text);
  bar = wait_for_bar (window, briefing_window_get_report (window));
  g_assert_cmpstr (bar, ==, "The file changed and cannot be opened; the last version read is shown\n"
                            "Line 4, column 1: expected a value, found the end of the file\n"
                            "Details");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-error-details", NULL);
  dialog = find_details_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "The Changed File Cannot Be Opened");
  body = g_strdup_printf ("%s\nThe report shown is the last version read.", scratch.path);
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==, body);
  wait_until (details_wide_and_whole, NULL);
  assert_details_text ("Line 4, column 1\nexpected a value, found the end of the file");

  /* The same mistake read again: the same dialog, left as the reader has it. */
  dialog = find_details_dialog ();
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL);
  spin_until (is_not_loading, window);
  g_assert_true (dialog == find_details_dialog ());
  g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  /* Broken another way: the dialog says so. */
  write_and_rename (scratch.path, "{\n  \"title\": 3\n}\n");
  wait_until (details_changed, NULL);
  assert_details_text ("Line 1, column 1\nthis is not a Briefing report: the member “format” is missing");

  /* Good again: nothing left to detail. */
  write_and_rename (scratch.path, sample_text);
  wait_for_new_report (window);
  g_assert_null (find_details_dialog ());

  /* Broken, then deleted: the details of a file that is not there go too. */
  write_and_rename (scratch.path, broken_text);
  wait_until (bar_shown, window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-error-details", NULL);
  g_assert_nonnull (find_details_dialog ());
  g_assert_cmpint (g_remove (scratch.path), ==, 0);
  wait_until (details_closed, NULL);
  g_assert_true (bar_shown (window));

  destroy_window (window);
}

static GtkWidget *
find_text_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_WINDOW (toplevel) && !BRIEFING_IS_WINDOW (toplevel) && gtk_widget_get_visible (toplevel))
        return toplevel;
    }
  return NULL;
}

/* What "Show All" shows: the dialog's text, read, then the dialog closed. */
static char *
show_all_text (GtkWidget *show_all)
{
  g_autoptr(GPtrArray) views = g_ptr_array_new ();
  GtkWidget *dialog;
  GtkTextIter start, end;
  char *text;

  g_signal_emit_by_name (show_all, "clicked");
  dialog = find_text_window ();
  g_assert_nonnull (dialog);
  wait_for_paint (dialog);
  collect_descendants (dialog, GTK_TYPE_TEXT_VIEW, views);
  g_assert_cmpuint (views->len, ==, 1);
  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (g_ptr_array_index (views, 0)), &start, &end);
  text = gtk_text_iter_get_text (&start, &end);
  gtk_window_destroy (GTK_WINDOW (dialog));
  return text;
}

/* The one row of @view shows the start of its long text and "Show All",
 * which shows the whole, @length characters. */
static void
assert_shows_start (GtkWidget *view,
                    gsize      length)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GtkWidget *row, *show_all = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *whole = NULL;

  collect_bound_rows (view, rows);
  g_assert_cmpuint (rows->len, ==, 1);
  row = g_ptr_array_index (rows, 0);
  collect_descendants (row, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *label = gtk_label_get_text (g_ptr_array_index (labels, i));

      if (g_str_has_prefix (label, "word word"))
        shown = g_strdup (label);
      if (g_str_equal (label, "Show All") && gtk_widget_is_visible (g_ptr_array_index (labels, i)))
        show_all = gtk_widget_get_parent (g_ptr_array_index (labels, i));
    }
  g_assert_nonnull (shown);
  g_assert_true (g_str_has_suffix (shown, "word…"));
  g_assert_cmpuint (strlen (shown), <=, BRIEFING_FORMAT_SHOWN_BYTES + strlen ("…"));
  g_assert_true (GTK_IS_BUTTON (show_all));

  whole = show_all_text (show_all);
  g_assert_cmpint (g_utf8_strlen (whole, -1), ==, length);
}

/* A megabyte of body, and of a turn: the card and the bubble show their
 * start and "Show All", which shows the whole. */
static void
test_reload_long_text (void)
{
  g_auto(Scratch) scratch = { 0 };
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  BriefingWindow *window;

  scratch_init (&scratch);
  while (body->len < 1024 * 1024)
    g_string_append (body, "word ");
  g_string_printf (text, "{\"format\": \"briefing\", \"version\": \"1.0\", \"title\": \"Long\", "
                         "\"topics\": [], \"events\": [{\"id\": \"e\", \"date\": \"2024-01-01\", "
                         "\"headline\": \"Short\", \"body\": \"%s\"}], "
                         "\"entities\": [{\"id\": \"p\", \"name\": \"Pat\", \"kind\": \"person\"}], "
                         "\"interviews\": [{\"id\": \"i\", \"title\": \"I\", "
                         "\"participants\": [{\"entity\": \"p\", \"role\": \"guest\"}], "
                         "\"turns\": [{\"speaker\": \"p\", \"text\": \"%s\"}]}]}", body->str, body->str);
  window = open_scratch (&scratch, text->str);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 1);
  wait_for_paint (GTK_WIDGET (window));

  assert_shows_start (TIMELINE_VIEW (window), strlen ("Short\n\n") + body->len);
  /* A turn of an interview the same. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 2);
  wait_for_paint (GTK_WIDGET (window));
  assert_shows_start (interview_page (window, 0), body->len);

  destroy_window (window);
}

/* The label of @row whose text starts with @prefix. */
static GtkLabel *
label_widget_starting (GtkWidget  *row,
                       const char *prefix)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_descendants (row, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_str_has_prefix (gtk_label_get_text (g_ptr_array_index (labels, i)), prefix))
      return g_ptr_array_index (labels, i);
  g_assert_not_reached ();
}

static const char *
label_starting (GtkWidget  *row,
                const char *prefix)
{
  return gtk_label_get_text (label_widget_starting (row, prefix));
}

/* The one row the timeline of @window shows. */
static GtkWidget *
only_timeline_row (BriefingWindow *window)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_bound_rows (TIMELINE_VIEW (window), rows);
  g_assert_cmpuint (rows->len, ==, 1);
  return g_ptr_array_index (rows, 0);
}

/* A megabyte of quote and of attribution: the card shows their start, and
 * "Show All" the whole of both. */
static void
test_reload_long_quote (void)
{
  g_auto(Scratch) scratch = { 0 };
  g_autoptr(GString) words = g_string_new (NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *quoted = NULL;
  g_autofree char *whole = NULL;
  BriefingWindow *window;
  GtkWidget *row, *show_all;
  const char *quote, *attribution;

  scratch_init (&scratch);
  while (words->len < 1024 * 1024)
    g_string_append (words, "word ");
  g_string_printf (text, "{\"format\": \"briefing\", \"version\": \"1.0\", \"title\": \"Long\", "
                         "\"topics\": [], \"events\": [{\"id\": \"e\", \"date\": \"2024-01-01\", "
                         "\"headline\": \"Short\", \"quotes\": [{\"speaker\": \"p\", \"text\": \"%s\"}], "
                         "\"attribution\": {\"text\": \"%s\"}}], "
                         "\"entities\": [{\"id\": \"p\", \"name\": \"Pat\", \"kind\": \"person\"}], "
                         "\"interviews\": []}", words->str, words->str);
  window = open_scratch (&scratch, text->str);
  wait_for_paint (GTK_WIDGET (window));

  row = only_timeline_row (window);
  quote = label_starting (row, "“word word");
  g_assert_nonnull (quote);
  g_assert_true (g_str_has_suffix (quote, "word…”"));
  g_assert_cmpuint (strlen (quote), <=, BRIEFING_FORMAT_SHOWN_BYTES + strlen ("“…”"));
  attribution = label_starting (row, "Word word");
  g_assert_nonnull (attribution);
  g_assert_true (g_str_has_suffix (attribution, "word…"));
  g_assert_cmpuint (strlen (attribution), <=, BRIEFING_FORMAT_SHOWN_BYTES + strlen ("…"));
  show_all = gtk_widget_get_parent (GTK_WIDGET (label_widget_starting (row, "Show All")));
  g_assert_true (GTK_IS_BUTTON (show_all));
  g_assert_true (gtk_widget_is_visible (show_all));

  /* The dialog breaks long paragraphs at spaces. */
  whole = g_strdelimit (show_all_text (show_all), "\n", ' ');
  quoted = g_strdup_printf ("  “%s” — ", words->str);
  g_assert_nonnull (strstr (whole, quoted));
  words->str[0] = 'W';
  g_assert_true (g_str_has_suffix (whole, words->str));

  destroy_window (window);
}

/* A megabyte of Chinese, no space in it: "Show All" shows it in paragraphs
 * short enough to be laid out one at a time, and all of it. */
static void
test_reload_long_cjk (void)
{
  g_auto(Scratch) scratch = { 0 };
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *whole = NULL;
  g_autofree char *joined = NULL;
  g_auto(GStrv) lines = NULL;
  BriefingWindow *window;
  GtkWidget *row;

  scratch_init (&scratch);
  while (body->len < 1024 * 1024)
    g_string_append (body, "中文");
  g_string_printf (text, "{\"format\": \"briefing\", \"version\": \"1.0\", \"title\": \"Long\", "
                         "\"topics\": [], \"events\": [{\"id\": \"e\", \"date\": \"2024-01-01\", "
                         "\"headline\": \"Short\", \"body\": \"%s\"}], \"entities\": [], \"interviews\": []}",
                   body->str);
  window = open_scratch (&scratch, text->str);
  wait_for_paint (GTK_WIDGET (window));
  row = only_timeline_row (window);
  g_assert_true (g_str_has_suffix (label_starting (row, "中文中文"), "…"));

  whole = show_all_text (gtk_widget_get_parent (GTK_WIDGET (label_widget_starting (row, "Show All"))));
  lines = g_strsplit (whole, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >, 1024 * 1024 / 4400);
  for (guint i = 0; lines[i] != NULL; i++)
    g_assert_cmpuint (strlen (lines[i]), <=, 4096 + 200 + 4);
  joined = g_strjoinv ("", lines);
  g_assert_true (g_str_has_prefix (joined, "Short"));
  g_assert_cmpstr (joined + strlen ("Short"), ==, body->str);

  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  test_window_init (&argc, &argv);
  g_file_get_contents (g_getenv ("BRIEFING_SAMPLE"), &sample_text, NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/reload/good-to-good", test_reload_good_to_good);
  g_test_add_func ("/reload/keeps-scroll", test_reload_keeps_scroll);
  g_test_add_func ("/reload/restore-outlived", test_reload_restore_outlived);
  g_test_add_func ("/reload/broken-and-back", test_reload_broken_and_back);
  g_test_add_func ("/reload/deleted", test_reload_deleted);
  g_test_add_func ("/reload/renamed-over", test_reload_renamed_over);
  g_test_add_func ("/reload/action", test_reload_action);
  g_test_add_func ("/reload/open-twice", test_reload_open_twice);
  g_test_add_func ("/reload/cancel", test_reload_cancel);
  g_test_add_func ("/reload/loading-page-waits", test_reload_loading_page_waits);
  g_test_add_func ("/reload/error-details", test_reload_error_details);
  g_test_add_func ("/reload/bar-details", test_reload_bar_details);
  g_test_add_func ("/reload/long-text", test_reload_long_text);
  g_test_add_func ("/reload/long-quote", test_reload_long_quote);
  g_test_add_func ("/reload/long-cjk", test_reload_long_cjk);

  return test_window_run ();
}
