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

/* The closest zoom: a quarter of a day across the strip. */
#define MIN_VIEW_DAYS 0.25

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

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
 * the period, counted with no index to build while the reader drags out
 * periods: where the two meet, the events covering a day of where they
 * meet; where they are apart, the events covering all the days between
 * (a month-long event is shown for a period late in its month, and drawn
 * so in the bins early in it). */
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
    {
      if (last_day < period_first)
        return briefing_day_index_count_across (self->all, last_day, period_first);
      if (first_day > period_last)
        return briefing_day_index_count_across (self->all, period_last, first_day);
      return briefing_day_index_count (self->all, MAX (first_day, period_first), MIN (last_day, period_last));
    }
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

gboolean
briefing_time_overview_get_span (BriefingTimeOverview *self,
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
  briefing_time_overview_update_accessible (self);
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

void
briefing_time_overview_apply_view (BriefingTimeOverview *self,
            double                first,
            double                days)
{
  gint64 span_first, span_last;
  double max_days;

  if (!briefing_time_overview_get_span (self, &span_first, &span_last))
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
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u event, %s", "%'u events, %s", n), n, span);
}

void
briefing_time_overview_update_accessible (BriefingTimeOverview *self)
{
  g_autofree char *label = NULL, *span = NULL, *cursor = NULL;
  gint64 first, last;
  guint n;

  if (self->all == NULL || !briefing_time_overview_get_span (self, &first, &last))
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
      label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Time overview: %s, %'u event",
                                            "Time overview: %s, %'u events", n), span, n);
    }
  /* What the keyboard is on, the event or stretch of time, is what a
   * screen reader must say as it moves. GTK 4.8 gives no AT-SPI Value to a
   * widget of its own (only to its ranges, spin buttons…), so the value
   * text below never reaches one; a change of the focused widget's name
   * is read: the cursor is the name, the view its description. */
  cursor = describe_cursor (self);
  if (cursor != NULL)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, label, -1);
      g_free (label);
      label = g_strdup (cursor);
    }
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  if (g_strcmp0 (label, self->accessible_label) != 0)
    {
      g_free (self->accessible_label);
      self->accessible_label = g_steal_pointer (&label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      self->accessible_label, -1);
    }
  if (!briefing_time_overview_get_span (self, &first, &last))
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
  self->shown_generation++;
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
  briefing_time_overview_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* One change of the state comes as its runs of "items-changed", then
 * "selection-changed": the name follows once they are told, as it does a
 * zoom, rather than counting the events shown (an index of them made) at
 * each. */
static void
on_events_changed_cb (BriefingTimeOverview *self)
{
  self->shown_dirty = TRUE;
  self->shown_generation++;
  schedule_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
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
  g_array_unref (self->positions);
  g_clear_pointer (&self->histogram_node, gsk_render_node_unref);
  g_hash_table_unref (self->tick_layouts);
  g_hash_table_unref (self->tick_layouts_next);
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
  self->marks = g_array_new (FALSE, FALSE, sizeof (OverviewMark));
  self->positions = g_array_new (FALSE, FALSE, sizeof (guint));
  self->tick_layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->tick_layouts_next = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->view_days = 1;
  self->needs_fit = TRUE;
  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_has_tooltip (widget, TRUE);
  gtk_widget_set_hexpand (widget, TRUE);

  briefing_time_overview_init_input (self);

  briefing_time_overview_update_accessible (self);
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

  briefing_time_overview_apply_view (self, first, days);
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

  if (!briefing_time_overview_get_span (self, &first, &last))
    return;
  self->needs_fit = FALSE;
  days = MAX ((double) (last - first + 1), 1.0);
  /* A report of one day is seen as that day among its neighbours. */
  margin = days < 3 ? (3 - days) / 2 + 0.25 : days * 0.03;
  briefing_time_overview_apply_view (self, first - margin, days + 2 * margin);
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
  g_return_if_fail (BRIEFING_IS_TIME_OVERVIEW (self));
  g_return_if_fail (factor > 0);

  briefing_time_overview_zoom_view (self, self->view_first, self->view_days, factor, x);
}

/* Zooms @first and @days by @factor around @x: the day at @x in that view
 * stays at @x. Ctrl+scroll, the keys and a pinch (from the view as it
 * began) zoom through it. */
void
briefing_time_overview_zoom_view (BriefingTimeOverview *self,
                                  double                first,
                                  double                days,
                                  double                factor,
                                  double                x)
{
  int width = MAX (gtk_widget_get_width (GTK_WIDGET (self)), 1);
  double day = first + x / width * days;

  days /= factor;
  briefing_time_overview_apply_view (self, day - x / width * days, days);
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
