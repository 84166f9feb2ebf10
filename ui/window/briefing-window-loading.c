/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "briefing-loader.h"
#include "briefing-window-private.h"

/* Small files open faster than a loading page could be read: a report already
 * shown stays in view this long before the progress replaces it. */
#define SHOW_LOADING_DELAY_MS 300
#define ERROR_TOAST_TIMEOUT_S 10

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

/**
 * briefing_format_problems:
 *
 * Returns: (transfer full): every problem of @error as plain text, one
 *   paragraph each, for a person to read
 */
char *
briefing_format_problems (const GError *error)
{
  GPtrArray *problems = briefing_load_error_get_problems (error);
  g_autoptr(GString) text = g_string_new (NULL);

  if (problems == NULL || problems->len == 0)
    return g_strdup (error->message);

  for (guint i = 0; i < problems->len; i++)
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
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static guint
count_problems (const GError *error)
{
  GPtrArray *problems = briefing_load_error_get_problems (error);

  return problems != NULL ? MAX (problems->len, 1) : 1;
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
  g_autofree char *problems = briefing_format_problems (error);
  g_autofree char *count = g_strdup_printf (ngettext ("%'u problem", "%'u problems", n), n);
  g_autofree char *description = NULL;

  /* AdwStatusPage's description is markup in libadwaita 1.2: escape the name. */
  description = g_markup_printf_escaped ("%s\n%s", name, count);
  adw_status_page_set_description (self->error_page, description);
  gtk_label_set_text (self->problems_label, problems);
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

static void
remember_error (BriefingWindow *self,
                const char     *name,
                const GError   *error)
{
  g_clear_error (&self->last_error);
  self->last_error = g_error_copy (error);
  g_free (self->last_error_name);
  self->last_error_name = g_strdup (name);
  briefing_window_update_actions (self);
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
      briefing_window_update_actions (self);
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      show_previous_state (self);
      return;
    }

  name = briefing_file_get_display_name (request->file);
  g_set_object (&self->failed_file, request->file);
  remember_error (self, name, error);
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

  g_cancellable_cancel (self->cancellable);
  g_set_object (&self->cancellable, g_cancellable_new ());
  g_set_object (&self->loading_file, file);
  g_clear_handle_id (&self->show_loading_id, g_source_remove);
  self->reloading = reload;

  name = briefing_file_get_display_name (file);
  description = g_markup_escape_text (name, -1);
  adw_status_page_set_description (self->loading_page, description);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);

  if (briefing_reader_state_get_report (self->state) == NULL)
    gtk_stack_set_visible_child_name (self->state_stack, "loading");
  else if (!reload)
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

void
briefing_window_show_error_details (BriefingWindow *self)
{
  g_autofree char *problems = NULL;
  GtkWidget *dialog;
  GtkWidget *scrolled;
  GtkWidget *label;

  if (self->last_error == NULL)
    return;

  problems = briefing_format_problems (self->last_error);
  label = gtk_label_new (problems);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  scrolled = gtk_scrolled_window_new ();
  /* The name goes on the container: on the label it would hide its text. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (scrolled),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Problems"), -1);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);

  /* The heading and body of an AdwMessageDialog are plain text by default. */
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("This Report Cannot Be Opened"),
                                   self->last_error_name);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}
