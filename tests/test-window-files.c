/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The reader window opening files: errors, dialogs, drops, links, progress. */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "briefing-loader.h"
#include "briefing-uri.h"
#include "test-ui.h"
#include "test-window-util.h"

static void
test_window_invalid_keeps_report (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);
  BriefingReport *report = g_object_ref (briefing_window_get_report (window));
  g_autoptr(GFile) invalid = data_file ("invalid", "date-feb-30.briefing");
  g_autoptr(GFile) missing = data_file ("invalid", "there-is-no-such-file.briefing");

  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (window)) == FALSE);
  g_assert_null (error_toast (window));

  open_and_wait (window, invalid);
  g_assert_true (briefing_window_get_report (window) == report);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (STATE_STACK (window)), ==, "report");
  /* The toast names the file; its button is "Details". */
  g_assert_nonnull (error_toast (window));
  g_assert_error (briefing_window_get_error (window), BRIEFING_LOAD_ERROR, BRIEFING_LOAD_ERROR_INVALID_DATE);
  {
    g_autoptr(GPtrArray) texts = g_ptr_array_new ();
    gboolean named = FALSE;

    collect_labels (error_toast (window), texts);
    for (guint i = 0; i < texts->len; i++)
      named |= strstr (g_ptr_array_index (texts, i), "date-feb-30.briefing") != NULL;
    g_assert_true (named);
  }

  /* "Details": the problems in a dialog, their text not hidden by a name. */
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    GtkWidget *dialog = NULL;
    GtkWidget *label = NULL;
    GtkWidget *container;

    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-error-details", NULL);
    for (guint i = 0; i < g_list_model_get_n_items (toplevels) && dialog == NULL; i++)
      {
        g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

        if (ADW_IS_MESSAGE_DIALOG (toplevel))
          dialog = GTK_WIDGET (toplevel);
      }
    g_assert_nonnull (dialog);
    container = adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog));
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (container), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                         "Problems");
    for (label = container; label != NULL && !GTK_IS_LABEL (label);)
      label = gtk_widget_get_first_child (label);
    g_assert_nonnull (label);
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), !=, "");
    /* GTK names a label by its text. */
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                         gtk_label_get_text (GTK_LABEL (label)));
    gtk_window_destroy (GTK_WINDOW (dialog));
  }

  /* A file that is not there: the same. */
  open_and_wait (window, missing);
  g_assert_true (briefing_window_get_report (window) == report);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (STATE_STACK (window)), ==, "report");
  g_assert_error (briefing_window_get_error (window), G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  g_object_unref (report);
  destroy_window (window);
}

static void
test_window_invalid_error_page (void)
{
  BriefingWindow *window = create_window (1280, 800);
  g_autoptr(GFile) invalid = data_file ("invalid", "several-errors.briefing");
  g_autofree char *expected_path = g_test_build_filename (G_TEST_DIST, "data", "invalid",
                                                          "several-errors.expected", NULL);
  g_autofree char *expected = NULL;
  g_auto(GStrv) lines = NULL;
  const char *problems;
  GtkWidget *problems_card;
  GtkLabel *problems_label;

  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
  lines = g_strsplit (g_strstrip (expected), "\n", -1);

  open_and_wait (window, invalid);
  g_assert_null (briefing_window_get_report (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (STATE_STACK (window)), ==, "error");
  g_assert_null (error_toast (window));
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (window_named (window, "error-page"))),
                            "several-errors.briefing"));

  /* The card is named; the label's own text stays what is read out. */
  problems_card = window_named (window, "problems");
  problems_label = GTK_LABEL (window_named (window, "problems-text"));
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (problems_label), problems_card));
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (problems_card),
                                               GTK_ACCESSIBLE_ROLE_GROUP));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (problems_card),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Problems");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (problems_label),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       gtk_label_get_text (problems_label));

  /* Every problem, with its line */
  problems = gtk_label_get_text (problems_label);
  g_assert_false (gtk_label_get_use_markup (problems_label));
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *message = expected_message (lines[i]);
      g_auto(GStrv) parts = g_strsplit (lines[i], ":", 4);
      g_autofree char *where = g_strdup_printf ("Line %s, column %s", parts[1], parts[2]);

      g_assert_nonnull (strstr (problems, message));
      g_assert_nonnull (strstr (problems, where));
    }

  /* The next good file replaces the error. */
  {
    g_autoptr(GFile) sample = sample_file ();

    open_and_wait (window, sample);
    g_assert_cmpstr (gtk_stack_get_visible_child_name (STATE_STACK (window)), ==, "report");
  }

  destroy_window (window);
}

static gboolean
is_cleared (gpointer pointer)
{
  return *(gpointer *) pointer == NULL;
}

static void
test_window_open_dialog_closes_with_window (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);
  GtkWidget *dialog;

  g_assert_null (open_dialog (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open", NULL);
  dialog = open_dialog (window);
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (gtk_widget_get_visible (dialog));

  /* Asked again, the same dialog comes forward (open_dialog() asserts there
   * is only one). */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open", NULL);
  g_assert_true (open_dialog (window) == dialog);

  /* Closing the window closes and frees it. */
  destroy_window (window);
  spin_until (is_cleared, &dialog);
}

static void
test_window_markup_is_text (void)
{
  BriefingWindow *window = create_window (1280, 800);
  g_autoptr(GFile) file = data_file ("valid", "unicode-and-markup.briefing");
  BriefingReport *report;
  const char *title;

  open_and_wait (window, file);
  report = briefing_window_get_report (window);
  g_assert_nonnull (report);
  title = briefing_report_get_title (report);
  g_assert_nonnull (strstr (title, "<b>"));

  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (window_named (window, "sidebar-title"))), ==, title);
  g_assert_cmpstr (adw_view_switcher_title_get_title (SWITCHER_TITLE (window)), ==, title);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title);

  /* AdwViewSwitcherTitle shows its title as plain text; so does the overview. */
  {
    g_autoptr(GPtrArray) texts = g_ptr_array_new ();

    collect_labels (OVERVIEW_PAGE (window), texts);
    g_assert_true (g_ptr_array_find_with_equal_func (texts, title, g_str_equal, NULL));
    g_assert_true (g_ptr_array_find_with_equal_func (texts, briefing_report_get_summary (report),
                                                     g_str_equal, NULL));
  }

  destroy_window (window);
}

static void
test_window_drop (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);
  BriefingReport *sample = briefing_window_get_report (window);
  g_autoptr(GFile) file = data_file ("valid", "minimal.briefing");

  g_assert_true (drop_file (window, file));
  g_assert_true (briefing_window_is_loading (window));
  spin_until (is_not_loading, window);
  g_assert_nonnull (briefing_window_get_report (window));
  g_assert_true (briefing_window_get_report (window) != sample);

  destroy_window (window);
}

static void
test_window_web_links (void)
{
  g_assert_true (briefing_uri_is_web ("https://example.org/a?b=1&c=<d>"));
  g_assert_true (briefing_uri_is_web ("HTTP://example.org/"));
  g_assert_false (briefing_uri_is_web ("javascript:alert(1)"));
  g_assert_false (briefing_uri_is_web ("file:///etc/passwd"));
  g_assert_false (briefing_uri_is_web ("httpx://example.org/"));
  g_assert_false (briefing_uri_is_web ("example.org"));
  g_assert_false (briefing_uri_is_web (""));
  g_assert_false (briefing_uri_is_web (NULL));
}

static void
test_window_cancel (void)
{
  BriefingWindow *window = create_window (1280, 800);
  g_autoptr(GFile) sample = sample_file ();

  /* Nothing shown: cancelling leaves the empty page. */
  briefing_window_open (window, sample);
  g_assert_true (briefing_window_is_loading (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (STATE_STACK (window)), ==, "loading");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-loading", NULL);
  g_assert_false (briefing_window_is_loading (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (STATE_STACK (window)), ==, "no-report");
  /* Past when the load would have finished: nothing it read arrives. A
   * wait for something that must not happen has no condition to wait on. */
  spin (200);
  g_assert_null (briefing_window_get_report (window));

  /* A report shown: cancelling keeps it. */
  open_and_wait (window, sample);
  g_assert_nonnull (briefing_window_get_report (window));
  {
    BriefingReport *report = briefing_window_get_report (window);
    g_autoptr(GFile) other = data_file ("valid", "minimal.briefing");

    briefing_window_open (window, other);
    gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-loading", NULL);
    /* Past when the load would have finished, as above. */
    spin (200);
    g_assert_true (briefing_window_get_report (window) == report);
    g_assert_cmpstr (gtk_stack_get_visible_child_name (STATE_STACK (window)), ==, "report");
  }

  destroy_window (window);
}

static void
test_window_progress (void)
{
  BriefingWindow *window = create_window (1280, 800);
  g_autoptr(GFile) sample = sample_file ();

  open_and_wait (window, sample);
  /* The loader reports progress for files of more than a few lines. */
  g_assert_cmpfloat (gtk_progress_bar_get_fraction (GTK_PROGRESS_BAR (window_part (window, GTK_TYPE_PROGRESS_BAR))), >, 0.0);
  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  test_window_init (&argc, &argv);

  g_test_add_func ("/window/invalid-keeps-report", test_window_invalid_keeps_report);
  g_test_add_func ("/window/invalid-error-page", test_window_invalid_error_page);
  g_test_add_func ("/window/open-dialog-closes-with-window", test_window_open_dialog_closes_with_window);
  g_test_add_func ("/window/markup-is-text", test_window_markup_is_text);
  g_test_add_func ("/window/drop", test_window_drop);
  g_test_add_func ("/window/web-links", test_window_web_links);
  g_test_add_func ("/window/cancel", test_window_cancel);
  g_test_add_func ("/window/progress", test_window_progress);

  return test_window_run ();
}
