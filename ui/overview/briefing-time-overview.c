/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "briefing-event-row.h"
#include "briefing-time-axis.h"
#include "briefing-time-overview-private.h"

G_DEFINE_FINAL_TYPE (BriefingTimeOverview, briefing_time_overview, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STATE,
  PROP_VIEW_FIRST,
  PROP_VIEW_DAYS,
  N_PROPS
};

enum {
  EVENT_ACTIVATED,
  N_SIGNALS
};

enum {
  DRAG_NONE,
  DRAG_PAN,
  DRAG_SELECT,
};

/* The closest zoom: a quarter of a day across the strip. */
#define MIN_VIEW_DAYS 0.25
/* What the keyboard steps over in a histogram: a part of the view. */
#define KEYBOARD_BINS 24
#define ZOOM_STEP 1.5

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void update_accessible   (BriefingTimeOverview *self);
static void schedule_accessible (BriefingTimeOverview *self);

/* What narrows the events besides a period: a topic, an entity, a search.
 * A period alone needs no index of its own (see count_shown). */
static gboolean
narrowed_beyond_period (BriefingTimeOverview *self)
{
  return briefing_reader_state_has_selection (self->state) ||
         *briefing_reader_state_get_query (self->state) != '\0';
}

gboolean
briefing_time_overview_is_narrowed (BriefingTimeOverview *self)
{
  return self->state != NULL &&
         (narrowed_beyond_period (self) || briefing_reader_state_get_period (self->state, NULL, NULL));
}

gboolean
briefing_time_overview_shows_event (BriefingTimeOverview *self,
                                    BriefingEvent        *event)
{
  guint position;

  return briefing_reader_state_find_event (self->state, event, &position);
}

/* The events shown that cover a day of @first_day to @last_day. With only a
 * period, they are the report's events covering a day of both the span and
 * the period, and two intervals that both meet a third which they meet meet
 * in it too: so it is a count over the intersection, with no index to
 * build while the reader drags out periods. */
guint
briefing_time_overview_count_shown (BriefingTimeOverview *self,
                                    gint64                first_day,
                                    gint64                last_day)
{
  gint64 period_first, period_last;

  if (narrowed_beyond_period (self))
    {
      if (self->shown_dirty || self->shown == NULL)
        {
          g_clear_pointer (&self->shown, briefing_day_index_unref);
          self->shown = briefing_day_index_new (briefing_reader_state_get_events (self->state));
          self->shown_dirty = FALSE;
        }
      return briefing_day_index_count (self->shown, first_day, last_day);
    }
  if (briefing_reader_state_get_period (self->state, &period_first, &period_last))
    return briefing_day_index_count (self->all, MAX (first_day, period_first), MIN (last_day, period_last));
  return briefing_day_index_count (self->all, first_day, last_day);
}

double
briefing_time_overview_day_to_x (BriefingTimeOverview *self,
                                 double                day)
{
  g_return_val_if_fail (BRIEFING_IS_TIME_OVERVIEW (self), 0);

  return (day - self->view_first) / self->view_days * gtk_widget_get_width (GTK_WIDGET (self));
}

double
briefing_time_overview_x_to_day (BriefingTimeOverview *self,
                                 double                x)
{
  int width = MAX (gtk_widget_get_width (GTK_WIDGET (self)), 1);

  return self->view_first + x / width * self->view_days;
}

static gboolean
get_span (BriefingTimeOverview *self,
          gint64               *first,
          gint64               *last)
{
  return self->all != NULL && briefing_day_index_get_span (self->all, first, last);
}

/* Marks where they do not crowd, a histogram where they would. */
static void
update_mode (BriefingTimeOverview *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  guint in_view;

  if (self->all == NULL || width <= 0)
    return;
  in_view = briefing_day_index_count (self->all, (gint64) floor (self->view_first),
                                      (gint64) ceil (self->view_first + self->view_days));
  self->histogram = in_view > width / OVERVIEW_MARK_SPACING;
}

static gboolean
update_accessible_cb (gpointer user_data)
{
  BriefingTimeOverview *self = user_data;

  self->accessible_id = 0;
  update_accessible (self);
  return G_SOURCE_REMOVE;
}

/* While the reader zooms or pans, a frame at a time, the name a screen
 * reader reads follows when the view rests: wording it every frame would
 * cost a frame its time for a name no one hears. */
static void
schedule_accessible (BriefingTimeOverview *self)
{
  g_clear_handle_id (&self->accessible_id, g_source_remove);
  self->accessible_id = g_timeout_add (150, update_accessible_cb, self);
}

static void
apply_view (BriefingTimeOverview *self,
            double                first,
            double                days)
{
  gint64 span_first, span_last;
  double max_days;

  if (!get_span (self, &span_first, &span_last))
    return;
  /* From a quarter of a day to the whole span and some. */
  max_days = MAX ((span_last - span_first + 1) * 1.5, 3.0);
  days = CLAMP (days, MIN_VIEW_DAYS, max_days);
  /* Some of the span stays in view: panning never loses it. */
  first = CLAMP (first, span_first - days * 0.9, span_last + 1 - days * 0.1);

  if (self->view_first == first && self->view_days == days)
    return;
  g_object_freeze_notify (G_OBJECT (self));
  if (self->view_first != first)
    {
      self->view_first = first;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW_FIRST]);
    }
  if (self->view_days != days)
    {
      self->view_days = days;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW_DAYS]);
    }
  g_object_thaw_notify (G_OBJECT (self));
  update_mode (self);
  schedule_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The cursor, its span and what a screen reader says of it. */
static char *
describe_cursor (BriefingTimeOverview *self)
{
  g_autofree char *span = NULL;
  guint n;

  if (!self->has_cursor)
    return NULL;
  if (self->cursor_event != NULL)
    {
      g_autofree char *date = briefing_date_format (briefing_event_get_date (self->cursor_event));

      /* Translators: an event on the time overview: its date, then its headline */
      return g_strdup_printf (C_("time overview", "%s: %s"), date,
                              briefing_event_get_headline (self->cursor_event));
    }
  span = briefing_time_axis_format_span (self->cursor_first, self->cursor_last);
  n = briefing_time_overview_count_shown (self, self->cursor_first, self->cursor_last);
  /* Translators: a stretch of the time overview, e.g. "12 events, 3–9 October 2024" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event, %s", "%u events, %s", n), n, span);
}

static void
update_accessible (BriefingTimeOverview *self)
{
  g_autofree char *label = NULL, *span = NULL, *cursor = NULL;
  gint64 first, last;
  guint n;

  if (self->all == NULL || !get_span (self, &first, &last))
    label = g_strdup (_("Time overview"));
  else
    {
      /* Until it has a width to fit, the strip will show the whole span. */
      if (!self->needs_fit)
        {
          first = (gint64) floor (self->view_first);
          last = (gint64) ceil (self->view_first + self->view_days) - 1;
        }
      span = briefing_time_axis_format_span (first, last);
      n = briefing_time_overview_count_shown (self, first, last);
      /* Translators: the time overview's name for screen readers, with the
       * days in view and the events shown in them */
      label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Time overview: %s, %u event",
                                            "Time overview: %s, %u events", n), span, n);
    }
  if (g_strcmp0 (label, self->accessible_label) != 0)
    {
      g_free (self->accessible_label);
      self->accessible_label = g_steal_pointer (&label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      self->accessible_label, -1);
    }
  /* A slider's value text is what screen readers say as it changes: the
   * event or stretch of time the keyboard is on. */
  cursor = describe_cursor (self);
  if (!get_span (self, &first, &last))
    first = last = 0;
  /* The value is a day: the cursor's first, within the report's span. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, (double) first,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, (double) last,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW,
                                  (double) (self->has_cursor ? CLAMP (self->cursor_first, first, last) : first),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, cursor != NULL ? cursor : "",
                                  -1);
}

static void
on_report_changed (BriefingTimeOverview *self)
{
  BriefingReport *report = self->state != NULL ? briefing_reader_state_get_report (self->state) : NULL;

  g_clear_pointer (&self->all, briefing_day_index_unref);
  g_clear_pointer (&self->shown, briefing_day_index_unref);
  self->shown_dirty = TRUE;
  self->has_cursor = FALSE;
  self->has_anchor = FALSE;
  self->cursor_event = NULL;
  self->has_list_span = FALSE;
  g_array_set_size (self->marks, 0);
  if (report != NULL)
    self->all = briefing_day_index_new (briefing_report_get_events (report));
  self->needs_fit = TRUE;
  if (gtk_widget_get_width (GTK_WIDGET (self)) > 0)
    briefing_time_overview_fit (self);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_events_changed_cb (BriefingTimeOverview *self)
{
  self->shown_dirty = TRUE;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

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
  apply_view (self, first, days);
}

static gint64
keyboard_bin_days (BriefingTimeOverview *self)
{
  return MAX ((gint64) round (self->view_days / KEYBOARD_BINS), 1);
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
  while (position < n && briefing_day_index_peek_event (self->all, position) != self->cursor_event)
    position++;
  if (position == n)
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
        set_cursor_span (self, (gint64) floor (self->view_first),
                         (gint64) floor (self->view_first) + keyboard_bin_days (self) - 1);
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
      gint64 bin = keyboard_bin_days (self);
      gint64 first;

      if (!self->has_cursor)
        first = (gint64) floor (self->view_first);
      else if (self->cursor_event != NULL)
        first = direction > 0 ? self->cursor_last + 1 : self->cursor_first - bin;
      else
        first = self->cursor_first + direction * bin;
      set_cursor_span (self, first, first + bin - 1);
    }
  reveal_cursor (self);
  if (extend)
    briefing_reader_state_set_period (self->state, MIN (self->anchor_first, self->cursor_first),
                                      MAX (self->anchor_last, self->cursor_last));
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
activate_cursor (BriefingTimeOverview *self)
{
  if (!self->has_cursor)
    return;
  if (self->cursor_event != NULL)
    g_signal_emit (self, signals[EVENT_ACTIVATED], 0, self->cursor_event);
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
  guint start, end;

  briefing_day_index_lookup (self->all, first, last, &start, &end);
  for (guint i = start; i < end; i++)
    {
      BriefingEvent *event = briefing_day_index_peek_event (self->all, i);

      if (briefing_event_covers_period (event, first, last) &&
          (!briefing_time_overview_is_narrowed (self) || briefing_time_overview_shows_event (self, event)))
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
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[EVENT_ACTIVATED], 0, event);
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
    apply_view (self, self->drag_view_first - offset_x / width * self->view_days, self->view_days);
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
    apply_view (self, self->view_first + (dx + dy) * self->view_days * 0.1, self->view_days);
  return TRUE;
}

static void
on_zoom_begin_cb (GtkGesture           *gesture,
                  GdkEventSequence     *sequence,
                  BriefingTimeOverview *self)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (gesture, &x, &y))
    x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
  self->zoom_view_first = self->view_first;
  self->zoom_view_days = self->view_days;
  self->zoom_center = x;
}

static void
on_zoom_scale_changed_cb (GtkGestureZoom       *gesture,
                          double                scale,
                          BriefingTimeOverview *self)
{
  int width = MAX (gtk_widget_get_width (GTK_WIDGET (self)), 1);
  double center_day = self->zoom_view_first + self->zoom_center / width * self->zoom_view_days;
  double days = self->zoom_view_days / MAX (scale, 0.01);

  apply_view (self, center_day - self->zoom_center / width * days, days);
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
      apply_view (self, self->view_first - self->view_days / 2, self->view_days);
      return TRUE;
    case GDK_KEY_Page_Down:
      apply_view (self, self->view_first + self->view_days / 2, self->view_days);
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
                         "some day in a month or year; soft ends mean approximate, "
                         "stripes uncertain. Drag along the dates to choose a period; "
                         "Ctrl+scroll to zoom; double-click to see all.");
  g_autofree char *text = NULL;

  if (self->all == NULL)
    return FALSE;
  if (!self->histogram)
    {
      OverviewMark *mark = find_mark (self, x, y);

      if (mark != NULL)
        {
          g_autofree char *date = briefing_date_format (briefing_event_get_date (mark->event));

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

      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event, %s", "%u events, %s", n), n, span);
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

/* Overrides */

static void
briefing_time_overview_snapshot (GtkWidget   *widget,
                                 GtkSnapshot *snapshot)
{
  briefing_time_overview_draw (BRIEFING_TIME_OVERVIEW (widget), snapshot);
}

static void
briefing_time_overview_measure (GtkWidget      *widget,
                                GtkOrientation  orientation,
                                int             for_size,
                                int            *minimum,
                                int            *natural,
                                int            *minimum_baseline,
                                int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = 120;
  else
    *minimum = *natural = (int) OVERVIEW_HEIGHT;
}

static void
briefing_time_overview_size_allocate (GtkWidget *widget,
                                      int        width,
                                      int        height,
                                      int        baseline)
{
  BriefingTimeOverview *self = BRIEFING_TIME_OVERVIEW (widget);

  if (self->needs_fit && width > 0)
    briefing_time_overview_fit (self);
  update_mode (self);
}

static void
briefing_time_overview_state_flags_changed (GtkWidget     *widget,
                                            GtkStateFlags  previous)
{
  /* The cursor is drawn only while focused. */
  if ((previous ^ gtk_widget_get_state_flags (widget)) & GTK_STATE_FLAG_FOCUS_VISIBLE)
    gtk_widget_queue_draw (widget);
  GTK_WIDGET_CLASS (briefing_time_overview_parent_class)->state_flags_changed (widget, previous);
}

static void
briefing_time_overview_dispose (GObject *object)
{
  BriefingTimeOverview *self = BRIEFING_TIME_OVERVIEW (object);

  briefing_time_overview_set_state (self, NULL);
  g_clear_handle_id (&self->accessible_id, g_source_remove);

  G_OBJECT_CLASS (briefing_time_overview_parent_class)->dispose (object);
}

static void
briefing_time_overview_finalize (GObject *object)
{
  BriefingTimeOverview *self = BRIEFING_TIME_OVERVIEW (object);

  g_clear_pointer (&self->all, briefing_day_index_unref);
  g_clear_pointer (&self->shown, briefing_day_index_unref);
  g_array_unref (self->marks);
  g_free (self->bins);
  g_free (self->shown_bins);
  g_free (self->accessible_label);

  G_OBJECT_CLASS (briefing_time_overview_parent_class)->finalize (object);
}

static void
briefing_time_overview_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  BriefingTimeOverview *self = BRIEFING_TIME_OVERVIEW (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_object (value, self->state);
      break;
    case PROP_VIEW_FIRST:
      g_value_set_double (value, self->view_first);
      break;
    case PROP_VIEW_DAYS:
      g_value_set_double (value, self->view_days);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_time_overview_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  BriefingTimeOverview *self = BRIEFING_TIME_OVERVIEW (object);

  switch (prop_id)
    {
    case PROP_STATE:
      briefing_time_overview_set_state (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_time_overview_class_init (BriefingTimeOverviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags read_only = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = briefing_time_overview_dispose;
  object_class->finalize = briefing_time_overview_finalize;
  object_class->get_property = briefing_time_overview_get_property;
  object_class->set_property = briefing_time_overview_set_property;
  widget_class->snapshot = briefing_time_overview_snapshot;
  widget_class->measure = briefing_time_overview_measure;
  widget_class->size_allocate = briefing_time_overview_size_allocate;
  widget_class->state_flags_changed = briefing_time_overview_state_flags_changed;

  properties[PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL, BRIEFING_TYPE_READER_STATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VIEW_FIRST] =
    g_param_spec_double ("view-first", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, read_only);
  properties[PROP_VIEW_DAYS] =
    g_param_spec_double ("view-days", NULL, NULL, 0, G_MAXDOUBLE, 0, read_only);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[EVENT_ACTIVATED] =
    g_signal_new ("event-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, BRIEFING_TYPE_EVENT);

  gtk_widget_class_set_css_name (widget_class, "timeoverview");
  /* A slider: screen readers say its value text as the keyboard moves it. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_SLIDER);
}

static void
briefing_time_overview_init (BriefingTimeOverview *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *zoom = gtk_gesture_zoom_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *key = gtk_event_controller_key_new ();

  self->marks = g_array_new (FALSE, FALSE, sizeof (OverviewMark));
  self->view_days = 1;
  self->needs_fit = TRUE;
  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_has_tooltip (widget, TRUE);
  gtk_widget_set_hexpand (widget, TRUE);

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
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion_cb), self);
  gtk_widget_add_controller (widget, motion);
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (widget, key);
  g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), self);

  update_accessible (self);
}

/* Public API */

GtkWidget *
briefing_time_overview_new (BriefingReaderState *state)
{
  return g_object_new (BRIEFING_TYPE_TIME_OVERVIEW, "state", state, NULL);
}

/**
 * briefing_time_overview_set_state:
 * @state: (nullable): the state to draw
 */
void
briefing_time_overview_set_state (BriefingTimeOverview *self,
                                  BriefingReaderState  *state)
{
  g_return_if_fail (BRIEFING_IS_TIME_OVERVIEW (self));
  g_return_if_fail (state == NULL || BRIEFING_IS_READER_STATE (state));

  if (self->state == state)
    return;
  if (self->state != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->state, self);
      g_signal_handlers_disconnect_by_data (briefing_reader_state_get_events (self->state), self);
    }
  g_set_object (&self->state, state);
  if (state != NULL)
    {
      g_signal_connect_object (state, "notify::report", G_CALLBACK (on_report_changed),
                               self, G_CONNECT_SWAPPED);
      /* Whatever narrows the list changes it: topic, entity, search, period. */
      g_signal_connect_object (briefing_reader_state_get_events (state), "items-changed",
                               G_CALLBACK (on_events_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (state, "selection-changed", G_CALLBACK (on_events_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }
  on_report_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

double
briefing_time_overview_get_view_first (BriefingTimeOverview *self)
{
  g_return_val_if_fail (BRIEFING_IS_TIME_OVERVIEW (self), 0);

  return self->view_first;
}

double
briefing_time_overview_get_view_days (BriefingTimeOverview *self)
{
  g_return_val_if_fail (BRIEFING_IS_TIME_OVERVIEW (self), 0);

  return self->view_days;
}

/**
 * briefing_time_overview_set_view:
 * @first: the day at the left edge, with a fraction
 * @days: how many days the width shows
 *
 * Within limits: a quarter of a day to one and a half times the report's
 * span, with some of the span in view.
 */
void
briefing_time_overview_set_view (BriefingTimeOverview *self,
                                 double                first,
                                 double                days)
{
  g_return_if_fail (BRIEFING_IS_TIME_OVERVIEW (self));

  apply_view (self, first, days);
}

/**
 * briefing_time_overview_fit:
 *
 * Shows the whole of the report's span, with a little room at each end.
 */
void
briefing_time_overview_fit (BriefingTimeOverview *self)
{
  gint64 first, last;
  double days, margin;

  g_return_if_fail (BRIEFING_IS_TIME_OVERVIEW (self));

  if (!get_span (self, &first, &last))
    return;
  self->needs_fit = FALSE;
  days = MAX ((double) (last - first + 1), 1.0);
  /* A report of one day is seen as that day among its neighbours. */
  margin = days < 3 ? (3 - days) / 2 + 0.25 : days * 0.03;
  apply_view (self, first - margin, days + 2 * margin);
}

/**
 * briefing_time_overview_zoom:
 * @factor: above 1 to zoom in
 * @x: the place, in pixels from the left edge, that stays where it is
 */
void
briefing_time_overview_zoom (BriefingTimeOverview *self,
                             double                factor,
                             double                x)
{
  double day, days;
  int width;

  g_return_if_fail (BRIEFING_IS_TIME_OVERVIEW (self));
  g_return_if_fail (factor > 0);

  width = MAX (gtk_widget_get_width (GTK_WIDGET (self)), 1);
  day = briefing_time_overview_x_to_day (self, x);
  days = self->view_days / factor;
  apply_view (self, day - x / width * days, days);
}

/**
 * briefing_time_overview_set_list_span:
 *
 * Marks the days the list shows, from its top row's first day to its
 * bottom row's last.
 */
void
briefing_time_overview_set_list_span (BriefingTimeOverview *self,
                                      gint64                first_day,
                                      gint64                last_day)
{
  g_return_if_fail (BRIEFING_IS_TIME_OVERVIEW (self));

  if (self->has_list_span && self->list_first_day == first_day && self->list_last_day == last_day)
    return;
  self->has_list_span = TRUE;
  self->list_first_day = MIN (first_day, last_day);
  self->list_last_day = MAX (first_day, last_day);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
briefing_time_overview_clear_list_span (BriefingTimeOverview *self)
{
  g_return_if_fail (BRIEFING_IS_TIME_OVERVIEW (self));

  if (!self->has_list_span)
    return;
  self->has_list_span = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
briefing_time_overview_get_list_span (BriefingTimeOverview *self,
                                      gint64               *first_day,
                                      gint64               *last_day)
{
  g_return_val_if_fail (BRIEFING_IS_TIME_OVERVIEW (self), FALSE);

  if (first_day != NULL)
    *first_day = self->list_first_day;
  if (last_day != NULL)
    *last_day = self->list_last_day;
  return self->has_list_span;
}

/**
 * briefing_time_overview_is_histogram:
 *
 * Returns: whether the strip draws counts per stretch of time rather than
 *   a mark per event, the marks being too many for the pixels
 */
gboolean
briefing_time_overview_is_histogram (BriefingTimeOverview *self)
{
  g_return_val_if_fail (BRIEFING_IS_TIME_OVERVIEW (self), FALSE);

  return self->histogram;
}
