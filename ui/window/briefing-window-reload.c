/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "briefing-interview-view.h"
#include "briefing-loader.h"
#include "briefing-timeline-view.h"
#include "briefing-window-private.h"

/*
 * Reading the file again: when it changes on disk (watched with a
 * GFileMonitor), on F5, or when it is opened again. The new version replaces
 * the report keeping the reader's place — the topic or entity chosen, the
 * period, the search, the page and the row at the top of it. A version that
 * cannot be read, or the file gone, leaves the report shown with a bar that
 * says so; the next good version takes its place.
 */

/* Editors save in bursts: a temporary file written, then renamed over the
 * report, or the report truncated and written in several pieces. The file is
 * read once it has been quiet this long. */
#define QUIET_MS 200

/* How many frames the place is looked for while the rows come on screen
 * and take their real heights. */
#define MAX_RESTORE_FRAMES 30

/* What the reader was reading, by what it is, not by object: the new
 * version's objects are others. */
typedef struct
{
  char     *topic_id;
  char     *entity_id;
  gboolean  has_period;
  gint64    first_day, last_day;
  gboolean  only_marked;
  gboolean  searching;
  char     *search_text;
  char     *page_kind;          /* "timeline", "overview", "interview" */
  guint     interview_index;
  char     *interview_id;
  /* The row at the top of the page: an event by id, or a turn by its place
   * in its interview; and how far above the top it starts. */
  char     *event_id;
  int       turn_index;         /* -1: none */
  double    offset;
} ReaderPlace;

static void
reader_place_clear (ReaderPlace *place)
{
  g_free (place->topic_id);
  g_free (place->entity_id);
  g_free (place->search_text);
  g_free (place->page_kind);
  g_free (place->interview_id);
  g_free (place->event_id);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ReaderPlace, reader_place_clear)

typedef struct
{
  GtkWidget *list;              /* the GtkListView the rows are in */
  gpointer   item;
  double     top;
} TopRow;

static void
find_top_row_cb (gpointer key,
                 gpointer value,
                 gpointer user_data)
{
  TopRow *top = user_data;
  GtkWidget *row = value;
  GtkWidget *list = gtk_widget_get_ancestor (row, GTK_TYPE_LIST_VIEW);
  graphene_rect_t bounds;

  /* GTK 4.8's list keeps some rows off screen, hidden. */
  if (list == NULL || !gtk_widget_get_child_visible (gtk_widget_get_parent (row)) ||
      !gtk_widget_compute_bounds (row, list, &bounds))
    return;
  if (bounds.origin.y + bounds.size.height <= 0)
    return;
  if (top->item == NULL || bounds.origin.y < top->top)
    {
      top->list = list;
      top->item = key;
      top->top = bounds.origin.y;
    }
}

/* The item (a BriefingEvent or a BriefingTurn) whose row is at the top of
 * @view, and how far above the top of the page the row starts. */
static gpointer
find_top_row (BriefingReportListView *view,
                              double                 *offset)
{
  TopRow top = { 0 };

  briefing_report_list_view_foreach_row (view, find_top_row_cb, &top);
  if (offset != NULL)
    *offset = top.item != NULL ? -top.top : 0;
  return top.item;
}

static int
find_turn_index (BriefingInterview *interview,
                 BriefingTurn      *turn)
{
  GListModel *turns = briefing_interview_get_turns (interview);

  for (guint i = 0; i < g_list_model_get_n_items (turns); i++)
    {
      g_autoptr(BriefingTurn) each = g_list_model_get_item (turns, i);

      if (each == turn)
        return (int) i;
    }
  return -1;
}

static void
remember_place (BriefingWindow *self,
                ReaderPlace    *place)
{
  BriefingTopic *topic = briefing_reader_state_get_topic (self->state);
  BriefingEntity *entity = briefing_reader_state_get_entity (self->state);
  GtkWidget *page = adw_view_stack_get_visible_child (self->view_stack);
  gpointer item = NULL;

  place->turn_index = -1;
  place->topic_id = topic != NULL ? g_strdup (briefing_topic_get_id (topic)) : NULL;
  place->entity_id = entity != NULL ? g_strdup (briefing_entity_get_id (entity)) : NULL;
  place->has_period = briefing_reader_state_get_period (self->state, &place->first_day, &place->last_day);
  place->only_marked = briefing_reader_state_get_only_marked (self->state);
  place->searching = gtk_search_bar_get_search_mode (self->search_bar);
  place->search_text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  if (page == GTK_WIDGET (self->overview_page))
    place->page_kind = g_strdup ("overview");
  else if (BRIEFING_IS_INTERVIEW_VIEW (page))
    {
      BriefingInterview *interview = briefing_interview_view_get_interview (BRIEFING_INTERVIEW_VIEW (page));
      guint index;

      place->page_kind = g_strdup ("interview");
      if (g_ptr_array_find (self->interview_views, page, &index))
        place->interview_index = index;
      place->interview_id = g_strdup (briefing_interview_get_id (interview));
      item = find_top_row (BRIEFING_REPORT_LIST_VIEW (page), &place->offset);
      if (item != NULL)
        place->turn_index = find_turn_index (interview, item);
    }
  else
    {
      place->page_kind = g_strdup ("timeline");
      item = find_top_row (BRIEFING_REPORT_LIST_VIEW (page), &place->offset);
      if (item != NULL)
        place->event_id = g_strdup (briefing_event_get_id (item));
    }
}

/* Ids are unique in a report that loaded; a linear look is a few
 * milliseconds at 100,000 events, once per reload. */
static gpointer
find_by_id (GListModel  *list,
            const char  *id,
            const char *(*get_id) (gpointer))
{
  if (id == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      if (g_strcmp0 (get_id (item), id) == 0)
        return item;  /* the list holds it */
    }
  return NULL;
}

static GtkWidget *
find_interview_page (BriefingWindow    *self,
                     const ReaderPlace *place)
{
  for (guint i = 0; place->interview_id != NULL && i < self->interview_views->len; i++)
    {
      GtkWidget *view = g_ptr_array_index (self->interview_views, i);
      BriefingInterview *interview = briefing_interview_view_get_interview (BRIEFING_INTERVIEW_VIEW (view));

      if (g_strcmp0 (briefing_interview_get_id (interview), place->interview_id) == 0)
        return view;
    }
  if (place->interview_index < self->interview_views->len)
    return g_ptr_array_index (self->interview_views, place->interview_index);
  return NULL;
}

typedef struct
{
  BriefingReportListView *view;       /* weak */
  GdkFrameClock          *frame_clock;
  gulong                  handler_id;
  GObject                *item;
  guint                   position;
  double                  offset;
  guint                   frames;
  guint                   still;
} Restore;

static void
restore_free (gpointer data,
              GClosure *closure)
{
  Restore *restore = data;

  /* The frame clock can go first (the window's surface is gone while the
   * view lives): the view must not keep pointing at a freed Restore. */
  if (restore->view != NULL &&
      g_object_get_data (G_OBJECT (restore->view), "briefing-restore") == restore)
    g_object_steal_data (G_OBJECT (restore->view), "briefing-restore");
  g_clear_weak_pointer (&restore->view);
  g_object_unref (restore->item);
  g_free (restore);
}

static void
stop_restoring (Restore *restore)
{
  if (restore->view != NULL)
    g_object_set_data (G_OBJECT (restore->view), "briefing-restore", NULL);
  /* Frees @restore. */
  g_signal_handler_disconnect (restore->frame_clock, restore->handler_id);
}

/* The rows take their real heights as they come on screen: after each
 * frame is painted, the row is brought back to its place, until it stays
 * there. After the paint, not before the layout: the list must have laid
 * its new items out first, or GTK 4.8 warns that it cannot scroll. */
static void
on_after_paint_cb (GdkFrameClock *frame_clock,
                   Restore       *restore)
{
  GtkWidget *row;
  GtkWidget *list;
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;

  if (restore->view == NULL || ++restore->frames > MAX_RESTORE_FRAMES)
    {
      stop_restoring (restore);
      return;
    }
  row = briefing_report_list_view_lookup_row (restore->view, restore->item);
  if (row == NULL || !gtk_widget_get_child_visible (gtk_widget_get_parent (row)) ||
      (list = gtk_widget_get_ancestor (row, GTK_TYPE_LIST_VIEW)) == NULL ||
      !gtk_widget_compute_bounds (row, list, &bounds))
    {
      briefing_report_list_view_scroll_to (restore->view, restore->position);
      gdk_frame_clock_request_phase (frame_clock, GDK_FRAME_CLOCK_PHASE_PAINT);
      return;
    }
  if (G_APPROX_VALUE (bounds.origin.y, -restore->offset, 1.0))
    {
      if (++restore->still >= 2)
        stop_restoring (restore);
      else
        gdk_frame_clock_request_phase (frame_clock, GDK_FRAME_CLOCK_PHASE_PAINT);
      return;
    }
  restore->still = 0;
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) +
                                        bounds.origin.y + restore->offset);
  gdk_frame_clock_request_phase (frame_clock, GDK_FRAME_CLOCK_PHASE_PAINT);
}

static void
restore_scroll (BriefingReportListView *view,
                gpointer                item,
                guint                   position,
                double                  offset)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (GTK_WIDGET (view));
  Restore *restore;

  if (frame_clock == NULL)
    return;
  if ((restore = g_object_get_data (G_OBJECT (view), "briefing-restore")) != NULL)
    stop_restoring (restore);
  restore = g_new0 (Restore, 1);
  g_set_weak_pointer (&restore->view, view);
  restore->frame_clock = frame_clock;
  restore->item = g_object_ref (item);
  restore->position = position;
  restore->offset = offset;
  restore->handler_id = g_signal_connect_data (frame_clock, "after-paint", G_CALLBACK (on_after_paint_cb),
                                               restore, restore_free, 0);
  g_object_set_data (G_OBJECT (view), "briefing-restore", restore);
  gdk_frame_clock_request_phase (frame_clock, GDK_FRAME_CLOCK_PHASE_PAINT);
}

static gboolean
find_position (GListModel *list,
               gpointer    item,
               guint      *position)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) each = g_list_model_get_item (list, i);

      if ((gpointer) each == item)
        {
          *position = i;
          return TRUE;
        }
    }
  return FALSE;
}

static void
restore_place (BriefingWindow    *self,
               const ReaderPlace *place)
{
  BriefingReport *report = briefing_reader_state_get_report (self->state);
  BriefingTopic *topic = find_by_id (briefing_report_get_topics (report), place->topic_id,
                                     (const char *(*) (gpointer)) briefing_topic_get_id);
  BriefingEntity *entity = find_by_id (briefing_report_get_entities (report), place->entity_id,
                                       (const char *(*) (gpointer)) briefing_entity_get_id);
  GtkWidget *page = NULL;
  guint position;

  if (topic != NULL || entity != NULL)
    briefing_reader_state_set_selection (self->state, topic, entity);
  if (place->has_period)
    briefing_reader_state_set_period (self->state, place->first_day, place->last_day);
  briefing_reader_state_set_only_marked (self->state, place->only_marked);
  if (place->searching)
    {
      gtk_search_bar_set_search_mode (self->search_bar, TRUE);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), place->search_text);
      /* At once, not after the entry's typing delay. */
      briefing_window_search_changed (self);
    }

  if (g_strcmp0 (place->page_kind, "overview") == 0)
    page = GTK_WIDGET (self->overview_page);
  else if (g_strcmp0 (place->page_kind, "interview") == 0)
    page = find_interview_page (self, place);
  if (page == NULL)
    page = self->timeline_view;
  adw_view_stack_set_visible_child (self->view_stack, page);

  if (BRIEFING_IS_TIMELINE_VIEW (page) && place->event_id != NULL)
    {
      BriefingEvent *event = find_by_id (briefing_report_get_events (report), place->event_id,
                                         (const char *(*) (gpointer)) briefing_event_get_id);

      if (event != NULL && briefing_reader_state_find_event (self->state, event, &position))
        restore_scroll (BRIEFING_REPORT_LIST_VIEW (page), event, position, place->offset);
    }
  else if (BRIEFING_IS_INTERVIEW_VIEW (page) && place->turn_index >= 0)
    {
      BriefingInterview *interview = briefing_interview_view_get_interview (BRIEFING_INTERVIEW_VIEW (page));
      GListModel *turns = briefing_interview_get_turns (interview);
      guint n = g_list_model_get_n_items (turns);
      g_autoptr(BriefingTurn) turn = NULL;

      if (n == 0)
        return;
      turn = g_list_model_get_item (turns, MIN ((guint) place->turn_index, n - 1));
      if (find_position (briefing_report_list_view_get_items (BRIEFING_REPORT_LIST_VIEW (page)), turn, &position))
        restore_scroll (BRIEFING_REPORT_LIST_VIEW (page), turn, position, place->offset);
    }
}

void
briefing_window_show_reloaded (BriefingWindow *self,
                               BriefingReport *report,
                               GFile          *file)
{
  g_auto(ReaderPlace) place = { 0 };

  remember_place (self, &place);
  briefing_window_show_report (self, report, file);
  restore_place (self, &place);
}

static void
show_file_bar (BriefingWindow *self,
               const char     *title,
               const char     *message,
               gboolean        details)
{
  gtk_label_set_text (self->file_bar_title, title);
  gtk_label_set_text (self->file_bar_message, message);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->file_bar_message), message);
  gtk_widget_set_visible (self->file_bar_details, details);
  gtk_info_bar_set_revealed (self->file_bar, TRUE);
}

void
briefing_window_show_reload_error (BriefingWindow *self,
                                   const GError   *error)
{
  g_autofree char *message = briefing_format_first_problem (error);

  show_file_bar (self, _("The file changed and cannot be opened; the last version read is shown"),
                 message, TRUE);
}

static void
show_file_gone (BriefingWindow *self)
{
  show_file_bar (self, _("The file was deleted or moved"),
                 _("The report shown is the last version read."), FALSE);
  briefing_window_close_kept_error_details (self);
}

void
briefing_window_hide_file_bar (BriefingWindow *self)
{
  gtk_info_bar_set_revealed (self->file_bar, FALSE);
  briefing_window_close_kept_error_details (self);
}

static void
on_file_bar_response_cb (BriefingWindow *self,
                         int             response)
{
  if (response == GTK_RESPONSE_CLOSE)
    briefing_window_hide_file_bar (self);
}

static gboolean
shows_file (BriefingWindow *self,
            GFile          *file)
{
  return briefing_reader_state_get_report (self->state) != NULL &&
         self->file != NULL && g_file_equal (self->file, file);
}

static gboolean
reload_when_quiet_cb (gpointer data)
{
  BriefingWindow *self = data;
  GFile *file = self->watched_file;

  self->reload_timeout_id = 0;
  /* Still being written: its "changes done" comes, from the editor closing
   * the file or from GIO a moment after the last change. */
  if (self->file_being_written || file == NULL)
    return G_SOURCE_REMOVE;
  /* Another file being opened replaces this one anyway. */
  if (self->cancellable != NULL && !self->reloading)
    return G_SOURCE_REMOVE;

  if (!g_file_query_exists (file, NULL))
    {
      if (shows_file (self, file))
        show_file_gone (self);
      return G_SOURCE_REMOVE;
    }
  /* The file shown keeps the reader's place; one that failed is tried again. */
  briefing_window_load (self, file, shows_file (self, file));
  return G_SOURCE_REMOVE;
}

static void
on_file_changed_cb (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other_file,
                    GFileMonitorEvent  event,
                    BriefingWindow    *self)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGED:
      self->file_being_written = TRUE;
      break;
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_RENAMED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
    case G_FILE_MONITOR_EVENT_MOVED:
      self->file_being_written = FALSE;
      break;
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    default:
      return;
    }
  g_clear_handle_id (&self->reload_timeout_id, g_source_remove);
  self->reload_timeout_id = g_timeout_add (QUIET_MS, reload_when_quiet_cb, self);
}

void
briefing_window_stop_watching (BriefingWindow *self)
{
  g_clear_handle_id (&self->reload_timeout_id, g_source_remove);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  g_clear_object (&self->watched_file);
  self->file_being_written = FALSE;
}

void
briefing_window_watch_file (BriefingWindow *self,
                            GFile          *file)
{
  g_autoptr(GError) error = NULL;

  if (self->watched_file != NULL && g_file_equal (self->watched_file, file))
    return;
  briefing_window_stop_watching (self);
  /* The sample lives in the program. */
  if (!g_file_is_native (file))
    return;
  /* WATCH_MOVES: a temporary file renamed over the report is one event. */
  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  if (self->monitor == NULL)
    {
      g_debug ("Not watching %s: %s", g_file_peek_path (file), error->message);
      return;
    }
  self->watched_file = g_object_ref (file);
  g_signal_connect (self->monitor, "changed", G_CALLBACK (on_file_changed_cb), self);
}

gboolean
briefing_window_can_reload (BriefingWindow *self)
{
  return (self->file != NULL && briefing_reader_state_get_report (self->state) != NULL) ||
         self->failed_file != NULL;
}

void
briefing_window_reload (BriefingWindow *self)
{
  if (self->file != NULL && briefing_reader_state_get_report (self->state) != NULL)
    briefing_window_load (self, self->file, TRUE);
  else if (self->failed_file != NULL)
    briefing_window_load (self, self->failed_file, FALSE);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  briefing_window_reload (BRIEFING_WINDOW (widget));
}

void
briefing_window_class_add_reload_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, file_bar);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, file_bar_title);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, file_bar_message);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, file_bar_details);
  gtk_widget_class_bind_template_callback (widget_class, on_file_bar_response_cb);
}
