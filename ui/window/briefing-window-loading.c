/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "briefing-loader.h"
#include "briefing-problem.h"
#include "briefing-window-private.h"

/* Small files open faster than a loading page could be read: a report already
 * shown stays in view this long before the progress replaces it, and an
 * empty window shows only its header bar until then. The sample and most
 * reports open well within it, and a window that never lays out its
 * loading page reaches its first frame sooner (its labels' layout and the
 * large title's font were 4–7 ms of a window's startup). */
#define SHOW_LOADING_DELAY_MS 300
#define ERROR_TOAST_TIMEOUT_S 10
#define ERROR_PAGE_PROBLEMS 20
/* How wide "Details" is, where the screen has room: a problem on a line. */
#define DETAILS_WIDTH 560

typedef struct
{
  BriefingWindow *window;
  GCancellable   *cancellable;
  GFile          *file;
  gboolean        reload;
} LoadRequest;

static void
load_request_free (LoadRequest *request)
{
  g_object_unref (request->window);
  g_object_unref (request->cancellable);
  g_object_unref (request->file);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadRequest, load_request_free)

/* The first @max problems of @error as plain text, one paragraph each, for
 * a person to read, and how many more there are. */
static char *
format_problems_up_to (const GError *error,
                       guint         max)
{
  GPtrArray *problems = briefing_load_error_get_problems (error);
  guint n_more;
  g_autoptr(GString) text = g_string_new (NULL);

  if (problems == NULL || problems->len == 0)
    return g_strdup (error->message);

  for (guint i = 0; i < MIN (problems->len, max); i++)
    {
      const BriefingProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *where = NULL;

      if (i > 0)
        g_string_append (text, "\n\n");
      if (problem->line > 0 && problem->path != NULL && problem->path[0] != '\0')
        /* Translators: where a problem is: a line, a column and a JSON pointer */
        where = g_strdup_printf (_("Line %u, column %u, at %s"),
                                 problem->line, problem->column, problem->path);
      else if (problem->line > 0)
        /* Translators: where a problem is in a file: its line and column */
        where = g_strdup_printf (_("Line %u, column %u"), problem->line, problem->column);
      else if (problem->path != NULL && problem->path[0] != '\0')
        /* Translators: where a problem is in a report, a JSON pointer: "At /events/3/date" */
        where = g_strdup_printf (_("At %s"), problem->path);
      if (where != NULL)
        g_string_append_printf (text, "%s\n", where);
      g_string_append (text, problem->message);
    }
  n_more = (problems->len > max ? problems->len - max : 0) + briefing_load_error_get_n_omitted (error);
  if (n_more > 0)
    {
      g_string_append (text, "\n\n");
      /* Translators: after the first problems of a file shown, how many more it has */
      g_string_append_printf (text, ngettext ("And %'u more problem", "And %'u more problems", n_more),
                              n_more);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * briefing_format_problems:
 *
 * Returns: (transfer full): every problem of @error as plain text, one
 *   paragraph each, for a person to read
 */
char *
briefing_format_problems (const GError *error)
{
  return format_problems_up_to (error, G_MAXUINT);
}

static guint
count_problems (const GError *error)
{
  GPtrArray *problems = briefing_load_error_get_problems (error);

  return (problems != NULL ? MAX (problems->len, 1) : 1) + briefing_load_error_get_n_omitted (error);
}

static void
notify_loading (BriefingWindow *self)
{
  briefing_window_loading_changed (self);
}

static void
show_previous_state (BriefingWindow *self)
{
  gtk_stack_set_visible_child_name (self->state_stack,
                                    briefing_reader_state_get_report (self->state) != NULL ? "report" : "no-report");
}

static gboolean
show_loading_page_cb (gpointer data)
{
  BriefingWindow *self = data;

  self->show_loading_id = 0;
  gtk_widget_set_visible (GTK_WIDGET (self->loading_page), TRUE);
  gtk_stack_set_visible_child_name (self->state_stack, "loading");
  return G_SOURCE_REMOVE;
}

static void
finish_loading (BriefingWindow *self)
{
  g_clear_object (&self->cancellable);
  g_clear_object (&self->loading_file);
  g_clear_handle_id (&self->show_loading_id, g_source_remove);
  notify_loading (self);
}

static void
show_error_page (BriefingWindow *self,
                 const char     *name,
                 const GError   *error)
{
  guint n = count_problems (error);
  /* A label lays all its text out whenever it is measured: a thousand
   * problems would freeze the window. The rest are in the details. */
  g_autofree char *problems = format_problems_up_to (error, ERROR_PAGE_PROBLEMS);
  g_autofree char *count = g_strdup_printf (ngettext ("%'u problem", "%'u problems", n), n);
  g_autofree char *description = NULL;

  /* AdwStatusPage's description is markup in libadwaita 1.2: escape the name. */
  description = g_markup_printf_escaped ("%s\n%s", name, count);
  adw_status_page_set_description (self->error_page, description);
  gtk_label_set_text (self->problems_label, problems);
  gtk_widget_set_visible (self->error_details_button, n > ERROR_PAGE_PROBLEMS);
  gtk_stack_set_visible_child_name (self->state_stack, "error");
}

static void
show_empty_page (BriefingWindow *self)
{
  gtk_stack_set_visible_child_name (self->state_stack, "no-report");
}

static void
show_error_toast (BriefingWindow *self,
                  const char     *name)
{
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (self->error_toast != NULL)
    adw_toast_dismiss (self->error_toast);

  /* AdwToast's title is markup in libadwaita 1.2: escape the name. */
  title = g_markup_printf_escaped (_("“%s” cannot be opened"), name);
  toast = adw_toast_new (title);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, ERROR_TOAST_TIMEOUT_S);
  adw_toast_set_button_label (toast, _("_Details"));
  adw_toast_set_action_name (toast, "win.show-error-details");

  self->error_toast = toast;
  g_object_add_weak_pointer (G_OBJECT (toast), (gpointer *) &self->error_toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Every problem on a line of its own, as `briefing --validate` says them:
 * what a reader pastes into a mail or a bug report. */
static char *
format_problem_lines (const GError *error,
                      const char   *name)
{
  GPtrArray *problems = briefing_load_error_get_problems (error);
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_omitted;

  if (problems == NULL || problems->len == 0)
    return g_strdup (error->message);
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = briefing_problem_to_string (g_ptr_array_index (problems, i), name);

      g_string_append_printf (text, "%s\n", line);
    }
  if ((n_omitted = briefing_load_error_get_n_omitted (error)) > 0)
    {
      /* Translators: the last line of the problems copied, after the file's name */
      g_string_append_printf (text, ngettext ("%s: and %'u more problem", "%s: and %'u more problems", n_omitted),
                              name, n_omitted);
      g_string_append_c (text, '\n');
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Whether @error of the file @name is the error remembered already, every
 * problem the same. */
static gboolean
is_last_error (BriefingWindow *self,
               const char     *name,
               const GError   *error,
               gboolean        kept)
{
  g_autofree char *last = NULL;
  g_autofree char *now = NULL;

  if (self->last_error == NULL || kept != self->last_error_kept ||
      g_strcmp0 (name, self->last_error_name) != 0 ||
      !g_error_matches (self->last_error, error->domain, error->code))
    return FALSE;
  last = format_problem_lines (self->last_error, self->last_error_name);
  now = format_problem_lines (error, name);
  return g_str_equal (last, now);
}

static void
remember_error (BriefingWindow *self,
                const char     *name,
                const GError   *error,
                gboolean        kept)
{
  /* The same mistake saved again: the details shown stay as they are,
   * scrolled where the reader left them. */
  if (is_last_error (self, name, error, kept))
    return;
  g_clear_error (&self->last_error);
  self->last_error = g_error_copy (error);
  g_free (self->last_error_name);
  self->last_error_name = g_strdup (name);
  self->last_error_kept = kept;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-error-details", TRUE);
  /* Details shown say this error, not the one before. */
  if (self->error_dialog != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (self->error_dialog));
      briefing_window_show_error_details (self);
    }
}

/* The details of a changed file that could not be read go with the bar
 * that tells of it: once the file is read, or gone, they are out of date. */
void
briefing_window_close_kept_error_details (BriefingWindow *self)
{
  if (self->error_dialog != NULL && self->last_error_kept)
    gtk_window_destroy (GTK_WINDOW (self->error_dialog));
}

static void
add_to_recent (GFile *file)
{
  g_autofree char *uri = NULL;
  g_autofree char *name = NULL, *content_type = NULL, *mime_type = NULL;
  GtkRecentData data = { 0 };

  /* The bundled sample lives in the program, not in the reader's files. */
  if (!g_file_has_uri_scheme (file, "file"))
    return;
  uri = g_file_get_uri (file);
  /* A timeline keeps its own type: JSON or CSV. */
  name = g_file_get_basename (file);
  content_type = g_content_type_guess (name, NULL, 0, NULL);
  mime_type = g_content_type_get_mime_type (content_type);
  data.mime_type = mime_type != NULL && !g_str_has_suffix (name, ".briefing")
                 ? mime_type : (char *) "application/x-briefing+json";
  data.app_name = (char *) g_get_application_name ();
  data.app_exec = (char *) "briefing %u";
  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static void
on_progress_cb (double   fraction,
                gpointer user_data)
{
  LoadRequest *request = user_data;
  BriefingWindow *self = request->window;

  if (request->cancellable == self->cancellable)
    gtk_progress_bar_set_fraction (self->progress_bar, fraction);
}

static void
on_report_loaded_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(LoadRequest) request = user_data;
  BriefingWindow *self = request->window;
  g_autoptr(BriefingReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  gboolean shown;

  report = briefing_report_load_finish (result, &error);
  /* A newer request or a cancel replaced this one. */
  if (request->cancellable != self->cancellable)
    return;
  finish_loading (self);
  shown = briefing_reader_state_get_report (self->state) != NULL;

  if (report != NULL)
    {
      g_clear_object (&self->failed_file);
      briefing_window_hide_file_bar (self);
      if (request->reload && shown)
        briefing_window_show_reloaded (self, report, request->file);
      else
        briefing_window_show_report (self, report, request->file);
      briefing_window_watch_file (self, request->file);
      add_to_recent (request->file);
      /* The file is known only now: "loading" went before. */
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload", briefing_window_can_reload (self));
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      show_previous_state (self);
      return;
    }

  name = briefing_file_get_display_name (request->file);
  g_set_object (&self->failed_file, request->file);
  /* Retrying it is offered. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload", TRUE);
  remember_error (self, name, error, shown && request->reload);
  if (shown && request->reload)
    /* The file shown changed for the worse: it stays, the bar says why. */
    briefing_window_show_reload_error (self, error);
  else if (shown)
    {
      /* Nothing the reader had is lost: the report stays, a toast tells. */
      show_previous_state (self);
      show_error_toast (self, name);
    }
  else
    {
      show_error_page (self, name, error);
      /* The next good save opens it. */
      briefing_window_watch_file (self, request->file);
    }
}

/* Opens @file, or with @reload reads again the file shown, keeping what the
 * reader reads and showing no loading page: the report stays until the new
 * version is ready. */
void
briefing_window_load (BriefingWindow *self,
                      GFile          *file,
                      gboolean        reload)
{
  LoadRequest *request;
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;
  gboolean shown;

  g_cancellable_cancel (self->cancellable);
  g_set_object (&self->cancellable, g_cancellable_new ());
  g_set_object (&self->loading_file, file);
  g_clear_handle_id (&self->show_loading_id, g_source_remove);
  self->reloading = reload;

  name = briefing_file_get_display_name (file);
  description = g_markup_escape_text (name, -1);
  adw_status_page_set_description (self->loading_page, description);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);

  shown = briefing_reader_state_get_report (self->state) != NULL;
  if (!shown)
    {
      /* What went before (an error, "no report") goes at once. */
      gtk_widget_set_visible (GTK_WIDGET (self->loading_page), FALSE);
      gtk_stack_set_visible_child_name (self->state_stack, "loading");
    }
  if (!shown || !reload)
    self->show_loading_id = g_timeout_add (SHOW_LOADING_DELAY_MS, show_loading_page_cb, self);

  request = g_new0 (LoadRequest, 1);
  request->window = g_object_ref (self);
  request->cancellable = g_object_ref (self->cancellable);
  request->file = g_object_ref (file);
  request->reload = reload;
  /* The progress callback shares the request, which outlives it: the
   * completion callback frees it, and no progress comes after completion. */
  briefing_report_load_async (file, self->cancellable, on_progress_cb, request, NULL,
                              on_report_loaded_cb, request);
  notify_loading (self);
}

/* Another window of the application that shows or opens @file. */
static BriefingWindow *
find_window_with_file (BriefingWindow *self,
                       GFile          *file)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (application == NULL)
    return NULL;
  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    if (l->data != self && BRIEFING_IS_WINDOW (l->data) && briefing_window_has_file (l->data, file))
      return l->data;
  return NULL;
}

void
briefing_window_open (BriefingWindow *self,
                      GFile          *file)
{
  BriefingWindow *other;

  g_return_if_fail (BRIEFING_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* A file is read in one window: opening it again shows that window. */
  if ((other = find_window_with_file (self, file)) != NULL)
    {
      gtk_window_present (GTK_WINDOW (other));
      return;
    }
  /* Opening again the file shown reads it again, keeping the place. */
  if (self->file != NULL && g_file_equal (self->file, file) &&
      briefing_reader_state_get_report (self->state) != NULL)
    {
      if (self->cancellable == NULL || !self->reloading)
        briefing_window_load (self, file, TRUE);
      return;
    }
  briefing_window_load (self, file, FALSE);
}

void
briefing_window_cancel_loading (BriefingWindow *self)
{
  if (self->cancellable == NULL)
    return;
  g_cancellable_cancel (self->cancellable);
  finish_loading (self);
  if (briefing_reader_state_get_report (self->state) != NULL)
    show_previous_state (self);
  else
    show_empty_page (self);
}

/**
 * briefing_window_get_file:
 *
 * Returns: (transfer none) (nullable): the file of the report shown
 */
GFile *
briefing_window_get_file (BriefingWindow *self)
{
  g_return_val_if_fail (BRIEFING_IS_WINDOW (self), NULL);

  return briefing_reader_state_get_report (self->state) != NULL ? self->file : NULL;
}

/**
 * briefing_window_has_file:
 *
 * Returns: whether @self shows @file, is opening it, or shows that it
 *   cannot be opened
 */
gboolean
briefing_window_has_file (BriefingWindow *self,
                          GFile          *file)
{
  g_return_val_if_fail (BRIEFING_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->loading_file != NULL && g_file_equal (self->loading_file, file))
    return TRUE;
  if (briefing_window_get_file (self) != NULL && g_file_equal (self->file, file))
    return TRUE;
  return briefing_reader_state_get_report (self->state) == NULL &&
         self->failed_file != NULL && g_file_equal (self->failed_file, file);
}

/**
 * briefing_format_first_problem:
 *
 * Returns: (transfer full): the first problem of @error on one line, with
 *   how many more there are
 */
char *
briefing_format_first_problem (const GError *error)
{
  GPtrArray *problems = briefing_load_error_get_problems (error);
  const BriefingProblem *problem;
  g_autofree char *where = NULL;
  g_autofree char *first = NULL;
  guint n_others;

  if (problems == NULL || problems->len == 0)
    return g_strdup (error->message);

  problem = g_ptr_array_index (problems, 0);
  if (problem->line > 0)
    /* Translators: where a problem is in a file: its line and column */
    where = g_strdup_printf (_("Line %u, column %u"), problem->line, problem->column);
  else if (problem->path != NULL && problem->path[0] != '\0')
    /* Translators: where a problem is in a report, a JSON pointer: "At /events/3/date" */
    where = g_strdup_printf (_("At %s"), problem->path);
  if (where != NULL)
    /* Translators: a problem on one line: where it is ("Line 3, column 5"), then what it is */
    first = g_strdup_printf (C_("problem", "%s: %s"), where, problem->message);
  else
    first = g_strdup (problem->message);
  n_others = problems->len - 1 + briefing_load_error_get_n_omitted (error);
  if (n_others == 0)
    return g_steal_pointer (&first);
  /* Translators: the first problem of a file, then how many more it has */
  return g_strdup_printf (ngettext ("%s (and %'u more problem)", "%s (and %'u more problems)", n_others),
                          first, n_others);
}

/**
 * briefing_window_get_error:
 *
 * Returns: (nullable): why the last file that could not be opened could not
 *   be, what "Details" shows; %NULL if every file opened
 */
const GError *
briefing_window_get_error (BriefingWindow *self)
{
  g_return_val_if_fail (BRIEFING_IS_WINDOW (self), NULL);

  return self->last_error;
}

static void
on_copy_problems_cb (GtkButton      *button,
                     BriefingWindow *self)
{
  g_autofree char *text = NULL;

  if (self->last_error == NULL)
    return;
  text = format_problem_lines (self->last_error, self->last_error_name);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)), text);
  gtk_label_set_text_with_mnemonic (GTK_LABEL (gtk_button_get_child (button)), _("Copied"));
}

static void
on_problems_height_cb (GtkAdjustment     *adjustment,
                       GParamSpec        *pspec,
                       GtkScrolledWindow *scrolled)
{
  int height = MIN ((int) ceil (gtk_adjustment_get_upper (adjustment)),
                    gtk_scrolled_window_get_max_content_height (scrolled));

  if (height > gtk_scrolled_window_get_min_content_height (scrolled))
    gtk_scrolled_window_set_min_content_height (scrolled, height);
}

/* The height of @text in @view, a line for each of its lines. */
static int
unwrapped_height (GtkTextView *view,
                  const char  *text)
{
  PangoFontMetrics *metrics = pango_context_get_metrics (gtk_widget_get_pango_context (GTK_WIDGET (view)),
                                                         NULL, NULL);
  int line = PANGO_PIXELS_CEIL (pango_font_metrics_get_height (metrics)) + gtk_text_view_get_pixels_below_lines (view);
  int n_lines = 1;

  pango_font_metrics_unref (metrics);

  for (const char *p = strchr (text, '\n'); p != NULL; p = strchr (p + 1, '\n'))
    n_lines++;
  return n_lines * line;
}

/* The size of the monitor @widget is on, or of the first one. */
static GdkRectangle
get_screen_geometry (GtkWidget *widget)
{
  GdkDisplay *display = gtk_widget_get_display (widget);
  GtkNative *native = gtk_widget_get_native (widget);
  GdkSurface *surface = native != NULL ? gtk_native_get_surface (native) : NULL;
  GdkMonitor *monitor = surface != NULL ? gdk_display_get_monitor_at_surface (display, surface) : NULL;
  g_autoptr(GdkMonitor) first = NULL;
  GdkRectangle geometry;

  if (monitor == NULL && g_list_model_get_n_items (gdk_display_get_monitors (display)) > 0)
    monitor = first = g_list_model_get_item (gdk_display_get_monitors (display), 0);
  if (monitor == NULL)
    return (GdkRectangle) { 0, 0, 1024, 768 };
  gdk_monitor_get_geometry (monitor, &geometry);
  return geometry;
}

static int
get_screen_height (GtkWidget *widget)
{
  return get_screen_geometry (widget).height;
}

static int
get_screen_width (GtkWidget *widget)
{
  return get_screen_geometry (widget).width;
}

void
briefing_window_show_error_details (BriefingWindow *self)
{
  g_autofree char *problems = NULL;
  g_autofree char *count = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  GtkWidget *box;
  GtkWidget *count_label;
  GtkWidget *scrolled;
  GtkWidget *view;
  guint n;
  GtkWidget *copy;
  GtkWidget *copy_label;

  if (self->last_error == NULL)
    return;

  /* A text view, not a label: it lays out only what comes into view, where
   * a label of a thousand problems is laid out whole, and wrapped, each
   * time the dialog is measured. */
  problems = briefing_format_problems (self->last_error);
  view = gtk_text_view_new ();
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), problems, -1);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_pixels_below_lines (GTK_TEXT_VIEW (view), 2);
  gtk_widget_add_css_class (view, "inline");
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  /* As tall as the problems, up to what the screen has room for beside the
   * dialog's heading and buttons; past that a scrollbar that stays in view
   * says there is more. */
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled),
                                              MAX (200, get_screen_height (GTK_WIDGET (self)) - 320));
  /* The text view knows its height once it has wrapped its lines at the
   * width the dialog gave it, after the dialog took the size it asked for
   * before: the dialog grows to it then. */
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), "notify::upper",
                           G_CALLBACK (on_problems_height_cb), scrolled, 0);
  /* GTK 4.8's text view wraps only the lines in view until something else
   * lays it out again (under load that can be never): start from the height
   * of its lines unwrapped, which is all of it for problems that fit a line. */
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled),
                                              MIN (unwrapped_height (GTK_TEXT_VIEW (view), problems),
                                                   gtk_scrolled_window_get_max_content_height (GTK_SCROLLED_WINDOW (scrolled))));
  gtk_scrolled_window_set_overlay_scrolling (GTK_SCROLLED_WINDOW (scrolled), FALSE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);

  /* A child label, so that its words are said once (see the window's template). */
  copy = gtk_button_new ();
  copy_label = gtk_label_new_with_mnemonic (_("_Copy All"));
  gtk_label_set_mnemonic_widget (GTK_LABEL (copy_label), copy);
  gtk_button_set_child (GTK_BUTTON (copy), copy_label);
  gtk_widget_set_halign (copy, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (copy, _("Copy every problem, one a line, with its file, line and column"));
  gtk_widget_add_css_class (copy, "pill");
  g_signal_connect_object (copy, "clicked", G_CALLBACK (on_copy_problems_cb), self, 0);

  n = count_problems (self->last_error);
  count = g_strdup_printf (ngettext ("%'u problem", "%'u problems", n), n);
  count_label = gtk_label_new (count);
  gtk_label_set_xalign (GTK_LABEL (count_label), 0);
  gtk_widget_add_css_class (count_label, "heading");

  /* The name goes on the group: on the text it would hide it. */
  box = g_object_new (GTK_TYPE_BOX, "orientation", GTK_ORIENTATION_VERTICAL, "spacing", 12,
                      "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Problems"), -1);
  gtk_box_append (GTK_BOX (box), count_label);
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_box_append (GTK_BOX (box), copy);

  /* Room for a problem on a line or two: the dialog is narrow by itself. */
  gtk_widget_set_size_request (scrolled, MIN (DETAILS_WIDTH, get_screen_width (GTK_WIDGET (self)) - 120), -1);

  /* The heading and body of an AdwMessageDialog are plain text by default. */
  if (self->last_error_kept)
    {
      body = g_strdup_printf ("%s\n%s", self->last_error_name, _("The report shown is the last version read."));
      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The Changed File Cannot Be Opened"), body);
    }
  else
    dialog = adw_message_dialog_new (GTK_WINDOW (self), _("This Report Cannot Be Opened"),
                                     self->last_error_name);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  g_set_weak_pointer (&self->error_dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}
