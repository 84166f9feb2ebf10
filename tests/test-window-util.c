/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "briefing-interview-view.h"
#include "briefing-sidebar.h"
#include "briefing-sidebar-item.h"
#include "test-ui.h"
#include "test-window-util.h"

#define LOAD_TIMEOUT_S 20

static GSettings *settings;
static char *data_home;

/* Recent files go to a place of the test's own, kept however old (GTK 4.8
 * leaks a GDateTime each time it drops old ones: see tools/lsan.supp); the
 * window's settings to memory (GSETTINGS_BACKEND), without animations. */
void
test_window_init (int    *argc,
                  char ***argv)
{
  GSettingsSchemaSource *source;
  g_autoptr(GSettingsSchema) schema = NULL;

  data_home = g_dir_make_tmp ("briefing-test-window-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  test_ui_init (argc, argv);
  g_object_set (gtk_settings_get_default (),
                "gtk-enable-animations", FALSE,
                "gtk-recent-files-max-age", -1,
                NULL);

  source = g_settings_schema_source_get_default ();
  g_assert_nonnull (source);
  schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  g_assert_nonnull (schema);
  settings = g_settings_new_full (schema, NULL, NULL);
}

int
test_window_run (void)
{
  int status = g_test_run ();
  g_autofree char *recent = g_build_filename (data_home, "recently-used.xbel", NULL);

  g_clear_object (&settings);
  g_remove (recent);
  g_rmdir (data_home);
  g_clear_pointer (&data_home, g_free);
  return status;
}

GSettings *
test_window_settings (void)
{
  return settings;
}

void
spin_until (gboolean (*done) (gpointer),
            gpointer   data)
{
  gint64 end = g_get_monotonic_time () + LOAD_TIMEOUT_S * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

gboolean
is_not_loading (gpointer window)
{
  return !briefing_window_is_loading (window);
}

void
open_and_wait (BriefingWindow *window,
               GFile          *file)
{
  briefing_window_open (window, file);
  g_assert_true (briefing_window_is_loading (window));
  spin_until (is_not_loading, window);
  /* The report laid out and painted */
  wait_for_paint (GTK_WIDGET (window));
}

GFile *
sample_file (void)
{
  const char *path = g_getenv ("BRIEFING_SAMPLE");

  if (path != NULL)
    return g_file_new_for_path (path);
  return g_file_new_for_uri (SAMPLE_REPORT_URI);
}

GFile *
data_file (const char *kind,
           const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", kind, name, NULL);

  return g_file_new_for_path (path);
}

BriefingWindow *
create_window (int width,
               int height)
{
  BriefingWindow *window = g_object_new (BRIEFING_TYPE_WINDOW, "settings", settings, NULL);

  /* GTK owns toplevels; the test keeps its own reference to check they go away. */
  g_object_ref (window);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

BriefingWindow *
create_window_with_sample (int width,
                           int height)
{
  BriefingWindow *window = create_window (width, height);
  g_autoptr(GFile) sample = sample_file ();

  open_and_wait (window, sample);
  g_assert_nonnull (briefing_window_get_report (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (STATE_STACK (window)), ==, "report");
  return window;
}

gboolean
is_only_reference (gpointer object)
{
  return G_OBJECT (object)->ref_count == 1;
}

void
destroy_window (BriefingWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  /* GTK lets go of what it holds in idles. */
  spin_until (is_only_reference, window);
  g_assert_finalize_object (window);
}

static GtkWidget *
found (GtkWidget *part)
{
  g_assert_nonnull (part);
  return part;
}

/* The window's parts found as a reader's tools would, by what they are… */
GtkWidget *
window_part (BriefingWindow *window,
             GType           type)
{
  return found (find_descendant (GTK_WIDGET (window), type));
}

/* …or by their name. */
GtkWidget *
window_named (BriefingWindow *window,
              const char     *name)
{
  return found (find_named (GTK_WIDGET (window), name));
}

/* The menu @button shows, NULL if it shows none: opened and closed first,
 * as a button is given its menu when it first opens (the main menu's are);
 * a button out of sight cannot open. */
GMenuModel *
opened_menu (GtkMenuButton *button)
{
  if (gtk_menu_button_get_menu_model (button) == NULL && gtk_widget_get_mapped (GTK_WIDGET (button)))
    {
      gtk_menu_button_popup (button);
      gtk_menu_button_popdown (button);
    }
  return gtk_menu_button_get_menu_model (button);
}

/* The main menu, as the menu button in sight opens it. */
GMenuModel *
window_main_menu (BriefingWindow *window)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect_descendants (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (buttons, i)))
      {
        GMenuModel *menu = opened_menu (g_ptr_array_index (buttons, i));

        g_assert_nonnull (menu);
        return menu;
      }
  g_assert_not_reached ();
}

/* The leaflet's "sidebar" or "content". */
GtkWidget *
window_pane (BriefingWindow *window,
             const char     *name)
{
  return found (adw_leaflet_get_child_by_name (LEAFLET (window), name));
}

static gboolean
activates (GtkWidget     *widget,
           gconstpointer  action_name)
{
  return GTK_IS_ACTIONABLE (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0;
}

/* The button that activates @action_name (one only, or the first). */
GtkWidget *
window_actionable (BriefingWindow *window,
                   const char     *action_name)
{
  return found (find_widget (GTK_WIDGET (window), activates, action_name));
}

/* A toast's "Details", not the file bar's (a reload that failed) nor the
 * error page's "All Problems". */
static gboolean
is_toast_details (GtkWidget     *widget,
                  gconstpointer  unused)
{
  return activates (widget, "win.show-error-details") &&
         gtk_widget_get_ancestor (widget, GTK_TYPE_INFO_BAR) == NULL &&
         gtk_widget_get_ancestor (widget, ADW_TYPE_STATUS_PAGE) == NULL;
}

/* The toast saying a file could not be opened: the one whose button is
 * "Details", if it is shown. */
GtkWidget *
error_toast (BriefingWindow *window)
{
  GtkWidget *button = find_widget (window_part (window, ADW_TYPE_TOAST_OVERLAY),
                                   is_toast_details, NULL);

  return button != NULL ? gtk_widget_get_parent (button) : NULL;
}

/* The "Open" dialog of @window, if it has one: with no portal, GTK shows a
 * GtkFileChooserDialog for the native one, transient for the window. */
GtkWidget *
open_dialog (BriefingWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *dialog = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER_DIALOG (toplevel) &&
          gtk_window_get_transient_for (GTK_WINDOW (toplevel)) == GTK_WINDOW (window))
        {
          /* One at the most. */
          g_assert_null (dialog);
          dialog = GTK_WIDGET (toplevel);
        }
    }
  return dialog;
}

/* The window's interview pages, in their order, shown or not. */
static GPtrArray *
interview_pages (BriefingWindow *window)
{
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (VIEW_STACK (window));
  GPtrArray *views = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      GtkWidget *child = adw_view_stack_page_get_child (page);

      if (BRIEFING_IS_INTERVIEW_VIEW (child))
        g_ptr_array_add (views, child);
    }
  return views;
}

/* The turns the interview pages mark, as each page counts them. */
guint
count_marked (BriefingWindow *window)
{
  g_autoptr(GPtrArray) views = interview_pages (window);
  guint n = 0;

  for (guint i = 0; i < views->len; i++)
    n += briefing_interview_view_get_n_marked (g_ptr_array_index (views, i));
  return n;
}

/* The turns the interview pages show: their lists' items, which must be
 * what the state counts. */
guint
count_shown_turns (BriefingWindow *window)
{
  g_autoptr(GPtrArray) views = interview_pages (window);
  guint n = 0;

  for (guint i = 0; i < views->len; i++)
    n += briefing_report_list_view_get_n_shown (g_ptr_array_index (views, i));
  g_assert_cmpuint (n, ==, briefing_reader_state_get_n_shown_turns (briefing_window_get_state (window)));
  return n;
}

guint
timeline_n_shown (BriefingWindow *window)
{
  guint n_shown;

  g_object_get (TIMELINE_VIEW (window), "n-shown", &n_shown, NULL);
  g_assert_cmpuint (n_shown, ==, briefing_reader_state_get_n_shown_events (briefing_window_get_state (window)));
  return n_shown;
}

/* The interview pages, in the order the window shows them. */
GtkWidget *
interview_page (BriefingWindow *window,
                guint           index)
{
  g_autoptr(GPtrArray) views = interview_pages (window);

  g_assert_cmpuint (index, <, views->len);
  return g_ptr_array_index (views, index);
}

guint
count_interview_pages (BriefingWindow *window)
{
  g_autoptr(GPtrArray) views = interview_pages (window);

  return views->len;
}

void
collect_labels (GtkWidget *widget,
                GPtrArray *texts)
{
  if (shown_text (widget) != NULL && gtk_widget_get_visible (widget))
    g_ptr_array_add (texts, (gpointer) shown_text (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, texts);
}

char *
expected_message (const char *expected_line)
{
  /* "FILE:LINE:COLUMN: /path: message" */
  const char *path = strstr (expected_line, ": /");

  g_assert_nonnull (path);
  path = strstr (path + 2, ": ");
  g_assert_nonnull (path);
  return g_strdup (path + 2);
}

/* As a click on the sidebar row showing @item would (the first row for
 * "All Topics"). */
void
click_sidebar_row (BriefingWindow *window,
                   gpointer        item)
{
  GListModel *rows = briefing_sidebar_get_rows (SIDEBAR (window));

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(BriefingSidebarItem) row = g_list_model_get_item (rows, i);

      if ((item == NULL && i == 0) ||
          (item != NULL && ((gpointer) briefing_sidebar_item_get_topic (row) == item ||
                            (gpointer) briefing_sidebar_item_get_entity (row) == item)))
        {
          gtk_selection_model_select_item (GTK_SELECTION_MODEL (rows), i, TRUE);
          wait_for_paint (GTK_WIDGET (window));
          return;
        }
    }
  g_assert_not_reached ();
}

/* Real input from the X server (the test's Xvfb), through GTK's event path. */
void
run_xdotool (const char *arguments)
{
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  g_autofree char *command = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (xdotool == NULL)
    g_error ("xdotool not found: install xdotool (tools/debian-packages.txt)");
  command = g_strdup_printf ("%s %s", xdotool, arguments);
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/**
 * drop_file:
 *
 * Drops @file on @window as a file manager would: through the window's drop
 * target, which must take a file list first.
 *
 * Returns: whether the drop was taken
 */
gboolean
drop_file (BriefingWindow *window,
           GFile          *file)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (window_part (window, ADW_TYPE_TOAST_OVERLAY));
  GtkDropTarget *target = NULL;
  GSList *files = g_slist_append (NULL, file);
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean dropped = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);
  g_assert_true (g_type_is_a (GDK_TYPE_FILE_LIST, gtk_drop_target_get_gtypes (target, NULL)[0]));

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (files));
  g_slist_free (files);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &dropped);
  return dropped;
}
