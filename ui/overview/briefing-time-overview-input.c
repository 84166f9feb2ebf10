/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "briefing-time-axis.h"
#include "briefing-time-overview-private.h"

/*
 * What the time overview does with the pointer and the keyboard: the
 * cursor the keyboard moves, clicks on marks and bins, drags that pan or
 * choose a period, scrolling and pinching to zoom, and the tooltip.
 */

enum {
  DRAG_NONE,
  DRAG_PAN,
  DRAG_SELECT,
};

/* What the keyboard steps over in a histogram: at least a fortieth of the
 * view (a year of 25, a month of 3). */
#define KEYBOARD_BINS 40
#define ZOOM_STEP 1.5

/* Cursor moves */

static void
set_cursor_span (BriefingTimeOverview *self,
                 gint64                first,
                 gint64                last)
{
  self->has_cursor = TRUE;
  self->cursor_event = NULL;
  self->cursor_first = first;
  self->cursor_last = last;
}

static void
set_cursor_event (BriefingTimeOverview *self,
                  BriefingEvent        *event)
{
  const BriefingDate *date = briefing_event_get_date (event);

  self->has_cursor = TRUE;
  self->cursor_event = event;
  self->cursor_first = date->first_day;
  self->cursor_last = date->last_day;
}

/* Keeps the cursor in view, panning as little as needed. */
static void
reveal_cursor (BriefingTimeOverview *self)
{
  double first = self->view_first, days = self->view_days;

  if (self->cursor_last + 1 - self->cursor_first > days)
    days = (self->cursor_last + 1 - self->cursor_first) * 1.2;
  if (self->cursor_first < first)
    first = self->cursor_first - days * 0.05;
  else if (self->cursor_last + 1 > first + days)
    first = self->cursor_last + 1 - days * 0.95;
  briefing_time_overview_apply_view (self, first, days);
}

/* What the keyboard steps over in a histogram: about a part of the view,
 * in whole days, months or years as the axis counts them, so that a screen
 * reader says "412 events, March 2024", not "2 March – 16 April". */
static BriefingTimeStep
keyboard_step (BriefingTimeOverview *self)
{
  BriefingTimeStep step = briefing_time_axis_choose_step (self->view_days / KEYBOARD_BINS, 1.0);

  if (step.unit == BRIEFING_TIME_UNIT_HOUR)
    step = (BriefingTimeStep) { BRIEFING_TIME_UNIT_DAY, 1 };
  return step;
}

/* The cursor on the stretch of time from @tick to the next. */
static void
set_cursor_bin (BriefingTimeOverview *self,
                BriefingTimeStep      step,
                double                tick)
{
  gint64 first = (gint64) floor (tick);

  set_cursor_span (self, first, MAX (first, (gint64) floor (briefing_time_axis_next_tick (step, tick)) - 1));
}

/* In first-day order, the event after (or before) the cursor's. */
static gboolean
move_cursor_event (BriefingTimeOverview *self,
                   int                   direction)
{
  guint n = briefing_day_index_get_n_events (self->all);
  guint position = 0;

  if (n == 0)
    return FALSE;
  if (self->cursor_event == NULL)
    {
      /* From a span or nothing: the first event in view. */
      guint start, end;

      briefing_day_index_lookup (self->all, (gint64) floor (self->view_first),
                                 (gint64) ceil (self->view_first + self->view_days), &start, &end);
      set_cursor_event (self, briefing_day_index_peek_event (self->all, MIN (start, n - 1)));
      return TRUE;
    }
  if (!briefing_day_index_find (self->all, self->cursor_event, &position))
    position = 0;
  else if (direction > 0 && position + 1 < n)
    position++;
  else if (direction < 0 && position > 0)
    position--;
  else
    return FALSE;
  set_cursor_event (self, briefing_day_index_peek_event (self->all, position));
  return TRUE;
}

static void
move_cursor (BriefingTimeOverview *self,
             int                   direction,
             gboolean              extend)
{
  if (self->all == NULL || briefing_day_index_get_n_events (self->all) == 0)
    return;
  if (extend && !self->has_anchor)
    {
      if (!self->has_cursor)
        set_cursor_bin (self, keyboard_step (self), briefing_time_axis_first_tick (keyboard_step (self), self->view_first));
      self->has_anchor = TRUE;
      self->anchor_first = self->cursor_first;
      self->anchor_last = self->cursor_last;
    }
  else if (!extend)
    self->has_anchor = FALSE;

  if (!self->histogram && !extend)
    move_cursor_event (self, direction);
  else
    {
      BriefingTimeStep step = keyboard_step (self);
      double tick;

      if (!self->has_cursor)
        tick = briefing_time_axis_first_tick (step, self->view_first);
      else if (self->cursor_event != NULL)
        /* From an event: the stretch after it, or the one it starts in. */
        tick = direction > 0 ? briefing_time_axis_first_tick (step, self->cursor_last + 1)
                             : briefing_time_axis_previous_tick (step, self->cursor_first + 1);
      else
        tick = direction > 0 ? briefing_time_axis_next_tick (step, self->cursor_first)
                             : briefing_time_axis_previous_tick (step, self->cursor_first);
      set_cursor_bin (self, step, tick);
    }
  reveal_cursor (self);
  if (extend)
    briefing_reader_state_set_period (self->state, MIN (self->anchor_first, self->cursor_first),
                                      MAX (self->anchor_last, self->cursor_last));
  briefing_time_overview_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
activate_cursor (BriefingTimeOverview *self)
{
  if (!self->has_cursor)
    return;
  if (self->cursor_event != NULL)
    g_signal_emit_by_name (self, "event-activated", self->cursor_event);
  else
    briefing_reader_state_set_period (self->state, self->cursor_first, self->cursor_last);
}

/* Pointer */

static OverviewMark *
find_mark (BriefingTimeOverview *self,
           double                x,
           double                y)
{
  OverviewMark *closest = NULL;
  double closest_distance = 4;

  for (guint i = 0; i < self->marks->len; i++)
    {
      OverviewMark *mark = &g_array_index (self->marks, OverviewMark, i);
      double dx = x < mark->x0 ? mark->x0 - x : x > mark->x1 ? x - mark->x1 : 0;
      double dy = y < mark->y0 ? mark->y0 - y : y > mark->y1 ? y - mark->y1 : 0;

      /* Later marks are drawn on top: they win a tie. */
      if (dx + dy <= closest_distance)
        {
          closest = mark;
          closest_distance = dx + dy;
        }
    }
  return closest;
}

/* The first event shown on the day under @x: what a click on a bin opens. */
static BriefingEvent *
find_event_at (BriefingTimeOverview *self,
               double                x)
{
  double days_per_pixel = self->view_days / MAX (gtk_widget_get_width (GTK_WIDGET (self)), 1);
  gint64 first = (gint64) floor (briefing_time_overview_x_to_day (self, x - 2));
  gint64 last = (gint64) floor (briefing_time_overview_x_to_day (self, x + 2 + days_per_pixel));

  g_array_set_size (self->positions, 0);
  briefing_day_index_collect (self->all, first, last, self->positions);
  for (guint i = 0; i < self->positions->len; i++)
    {
      BriefingEvent *event = briefing_day_index_peek_event (self->all, g_array_index (self->positions, guint, i));

      if (!briefing_time_overview_is_narrowed (self) || briefing_time_overview_shows_event (self, event))
        return event;
    }
  return NULL;
}

static void
click_at (BriefingTimeOverview *self,
          double                x,
          double                y)
{
  BriefingEvent *event = NULL;

  if (!self->histogram)
    {
      OverviewMark *mark = find_mark (self, x, y);

      event = mark != NULL ? mark->event : NULL;
    }
  else
    event = find_event_at (self, x);
  if (event == NULL)
    return;
  set_cursor_event (self, event);
  briefing_time_overview_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit_by_name (self, "event-activated", event);
}

static void
on_drag_begin_cb (GtkGestureDrag       *gesture,
                  double                x,
                  double                y,
                  BriefingTimeOverview *self)
{
  GdkModifierType modifiers = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));

  if (self->all == NULL)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  self->drag_x = x;
  self->drag_y = y;
  self->drag_view_first = self->view_first;
  /* Along the axis, or with Shift: a period. Over the marks: panning. */
  self->drag_mode = (y >= OVERVIEW_AXIS_Y - 2 || (modifiers & GDK_SHIFT_MASK)) ? DRAG_SELECT : DRAG_PAN;
  self->drag_anchor_day = (gint64) floor (briefing_time_overview_x_to_day (self, x));
}

static void
on_drag_update_cb (GtkGestureDrag       *gesture,
                   double                offset_x,
                   double                offset_y,
                   BriefingTimeOverview *self)
{
  int width = MAX (gtk_widget_get_width (GTK_WIDGET (self)), 1);

  if (self->drag_mode == DRAG_PAN)
    briefing_time_overview_apply_view (self, self->drag_view_first - offset_x / width * self->view_days, self->view_days);
  else if (self->drag_mode == DRAG_SELECT && fabs (offset_x) >= 3)
    {
      gint64 day = (gint64) floor (briefing_time_overview_x_to_day (self, self->drag_x + offset_x));

      self->previewing = TRUE;
      self->preview_first = MIN (day, self->drag_anchor_day);
      self->preview_last = MAX (day, self->drag_anchor_day);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
on_drag_end_cb (GtkGestureDrag       *gesture,
                double                offset_x,
                double                offset_y,
                BriefingTimeOverview *self)
{
  int mode = self->drag_mode;

  self->drag_mode = DRAG_NONE;
  if (mode == DRAG_SELECT && self->previewing)
    {
      self->previewing = FALSE;
      briefing_reader_state_set_period (self->state, self->preview_first, self->preview_last);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  else if (mode != DRAG_NONE && fabs (offset_x) < 3 && fabs (offset_y) < 3)
    click_at (self, self->drag_x, self->drag_y);
}

static void
on_click_pressed_cb (GtkGestureClick      *gesture,
                     int                   n_press,
                     double                x,
                     double                y,
                     BriefingTimeOverview *self)
{
  if (n_press == 2)
    briefing_time_overview_fit (self);
}

static void
on_motion_cb (GtkEventControllerMotion *motion,
              double                    x,
              double                    y,
              BriefingTimeOverview     *self)
{
  self->pointer_x = x;
}

static void
on_enter_cb (GtkEventControllerMotion *motion,
             double                    x,
             double                    y,
             BriefingTimeOverview     *self)
{
  self->pointer_x = x;
}

static gboolean
on_scroll_cb (GtkEventControllerScroll *scroll,
              double                    dx,
              double                    dy,
              BriefingTimeOverview     *self)
{
  GdkModifierType modifiers = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (scroll));

  if (self->all == NULL)
    return FALSE;
  if (modifiers & GDK_CONTROL_MASK)
    briefing_time_overview_zoom (self, pow (ZOOM_STEP, -dy), self->pointer_x);
  else
    briefing_time_overview_apply_view (self, self->view_first + (dx + dy) * self->view_days * 0.1, self->view_days);
  return TRUE;
}

static void
on_zoom_begin_cb (GtkGesture           *gesture,
                  GdkEventSequence     *sequence,
                  BriefingTimeOverview *self)
{
  double x, y;

  /* Between the fingers; with none known, the middle. */
  if (gtk_gesture_get_last_event (gesture, sequence) == NULL ||
      !gtk_gesture_get_bounding_box_center (gesture, &x, &y))
    x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
  self->zoom_view_first = self->view_first;
  self->zoom_view_days = self->view_days;
  self->zoom_center = x;
}

/* The fingers' scale is against the view as the pinch began. */
static void
on_zoom_scale_changed_cb (GtkGestureZoom       *gesture,
                          double                scale,
                          BriefingTimeOverview *self)
{
  briefing_time_overview_zoom_view (self, self->zoom_view_first, self->zoom_view_days,
                                    MAX (scale, 0.01), self->zoom_center);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *key,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   BriefingTimeOverview  *self)
{
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;
  double center = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;

  if (self->has_cursor)
    center = briefing_time_overview_day_to_x (self, (self->cursor_first + self->cursor_last + 1) / 2.0);

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      move_cursor (self, -1, shift);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      move_cursor (self, 1, shift);
      return TRUE;
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      briefing_time_overview_zoom (self, ZOOM_STEP, center);
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      briefing_time_overview_zoom (self, 1 / ZOOM_STEP, center);
      return TRUE;
    case GDK_KEY_0:
    case GDK_KEY_KP_0:
    case GDK_KEY_Home:
      briefing_time_overview_fit (self);
      return TRUE;
    case GDK_KEY_Page_Up:
      briefing_time_overview_apply_view (self, self->view_first - self->view_days / 2, self->view_days);
      return TRUE;
    case GDK_KEY_Page_Down:
      briefing_time_overview_apply_view (self, self->view_first + self->view_days / 2, self->view_days);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
      activate_cursor (self);
      return self->has_cursor;
    case GDK_KEY_Escape:
      if (self->state == NULL || !briefing_reader_state_get_period (self->state, NULL, NULL))
        return FALSE;
      self->has_anchor = FALSE;
      briefing_reader_state_clear_period (self->state);
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
on_query_tooltip_cb (GtkWidget            *widget,
                     int                   x,
                     int                   y,
                     gboolean              keyboard,
                     GtkTooltip           *tooltip,
                     BriefingTimeOverview *self)
{
  /* Translators: the time overview's legend, in its tooltip */
  const char *legend = _("A tick is a day, a solid bar days given exactly, a light bar "
                         "some day in a month or year, a taller bar several events of "
                         "one date; soft ends mean approximate, stripes uncertain. Drag "
                         "along the dates to choose a period; Ctrl+scroll to zoom; "
                         "double-click to see all.");
  g_autofree char *text = NULL;

  if (self->all == NULL)
    return FALSE;
  if (!self->histogram)
    {
      OverviewMark *mark = find_mark (self, x, y);

      if (mark != NULL)
        {
          g_autofree char *date = briefing_date_format (briefing_event_get_date (mark->event));

          /* Several events of one date, drawn as one bar: how many. */
          if (mark->n_events > 1)
            text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u event, %s", "%'u events, %s",
                                                 mark->n_events), mark->n_events, date);
          else
            text = g_strdup_printf (C_("time overview", "%s: %s"), date,
                                    briefing_event_get_headline (mark->event));
        }
    }
  else
    {
      /* The bin under the pointer, as drawn. */
      double days_per_bin = self->view_days / (gtk_widget_get_width (widget) / OVERVIEW_BIN_WIDTH);
      double bin = floor (briefing_time_overview_x_to_day (self, x) / days_per_bin);
      gint64 first = (gint64) floor (bin * days_per_bin);
      gint64 last = MAX (first, (gint64) ceil ((bin + 1) * days_per_bin) - 1);
      g_autofree char *span = briefing_time_axis_format_span (first, last);
      guint n = briefing_time_overview_count_shown (self, first, last);

      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u event, %s", "%'u events, %s", n), n, span);
    }
  if (text != NULL)
    {
      g_autofree char *full = g_strdup_printf ("%s\n\n%s", text, legend);

      gtk_tooltip_set_text (tooltip, full);
    }
  else
    gtk_tooltip_set_text (tooltip, legend);
  return TRUE;
}

void
briefing_time_overview_init_input (BriefingTimeOverview *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *zoom = gtk_gesture_zoom_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *key = gtk_event_controller_key_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));
  g_signal_connect (zoom, "begin", G_CALLBACK (on_zoom_begin_cb), self);
  g_signal_connect (zoom, "scale-changed", G_CALLBACK (on_zoom_scale_changed_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (zoom));
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll_cb), self);
  gtk_widget_add_controller (widget, scroll);
  /* A scroll event has no position in GTK 4.8: where the pointer went. */
  g_signal_connect (motion, "enter", G_CALLBACK (on_enter_cb), self);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion_cb), self);
  gtk_widget_add_controller (widget, motion);
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (widget, key);
  g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), self);
}
