/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "briefing-time-axis.h"
#include "briefing-time-overview-private.h"

/*
 * How the strip is drawn. Time runs left to right in every language, as on
 * a calendar: the axis is a picture of time, not text, so it is not
 * mirrored for right-to-left interfaces; its labels are centred on their
 * ticks and the legend (the tooltip) follows the interface's direction.
 *
 * A mark says no more than its date: a day is a tick; a span of days given
 * exactly (21–31 October) is a solid bar; a month or a year ("October
 * 2024", "2024-10-XX/2024-11-01") is a light bar in an outline, "some day
 * in here"; an approximate date ("~") fades out at both ends; an uncertain
 * one ("?") is hatched.
 */

typedef struct
{
  GdkRGBA fg;
  GdkRGBA accent;
} Colors;

static void
get_colors (BriefingTimeOverview *self,
            Colors               *colors)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  gtk_style_context_get_color (context, &colors->fg);
  if (!gtk_style_context_lookup_color (context, "accent_color", &colors->accent))
    colors->accent = (GdkRGBA) { 0.21, 0.52, 0.89, 1.0 };
  if (self->repaint_parity)
    {
      colors->fg.alpha *= 0.999f;
      colors->accent.alpha *= 0.999f;
    }
}

static GdkRGBA
with_alpha (const GdkRGBA *color,
            float          alpha)
{
  return (GdkRGBA) { color->red, color->green, color->blue, color->alpha * alpha };
}

static float
clamp_x (double x,
         int    width)
{
  return (float) CLAMP (x, -10.0, width + 10.0);
}

/* A tick label's layout, shaped once and kept from frame to frame for as
 * long as the label is in view: zooming and panning shape only the labels
 * that come into view. The layouts follow the widget's Pango context
 * (font, direction) by themselves, as PangoLayout checks its context. */
static PangoLayout *
get_tick_layout (BriefingTimeOverview *self,
                 char                 *label)
{
  PangoLayout *layout = g_hash_table_lookup (self->tick_layouts_next, label);
  gpointer key, value;

  if (layout != NULL)
    {
      g_free (label);
      return layout;
    }
  if (g_hash_table_steal_extended (self->tick_layouts, label, &key, &value))
    {
      g_free (label);
      label = key;
      layout = value;
    }
  else
    layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), label);
  g_hash_table_insert (self->tick_layouts_next, label, layout);
  return layout;
}

static void
draw_axis (BriefingTimeOverview *self,
           GtkSnapshot          *snapshot,
           const Colors         *colors,
           int                   width)
{
  double days_per_pixel = self->view_days / MAX (width, 1);
  BriefingTimeStep step = briefing_time_axis_choose_step (days_per_pixel, 84.0);
  double view_last = self->view_first + self->view_days;
  GdkRGBA line = with_alpha (&colors->fg, 0.35);
  GdkRGBA text = with_alpha (&colors->fg, 0.75);
  guint n = 0;
  double last_label_end = -G_MAXDOUBLE;
  GHashTable *swap;

  gtk_snapshot_append_color (snapshot, &line,
                             &GRAPHENE_RECT_INIT (0, OVERVIEW_AXIS_Y, width, 1));
  /* One tick before the view, for a label half in it. */
  for (double tick = briefing_time_axis_first_tick (step, self->view_first - briefing_time_axis_step_days (step));
       tick <= view_last && n < 200; tick = briefing_time_axis_next_tick (step, tick), n++)
    {
      double x = briefing_time_overview_day_to_x (self, tick);
      PangoLayout *layout = get_tick_layout (self, briefing_time_axis_format_tick (step, tick));
      int label_width, label_height;
      double label_x;

      gtk_snapshot_append_color (snapshot, &line,
                                 &GRAPHENE_RECT_INIT (floor (x), OVERVIEW_MARKS_TOP - 2,
                                                      1, OVERVIEW_AXIS_Y - OVERVIEW_MARKS_TOP + 6));
      pango_layout_get_pixel_size (layout, &label_width, &label_height);
      /* Kept whole at the edges, a little off its tick if need be, and
       * never over the label before it. */
      label_x = CLAMP (round (x - label_width / 2.0), 0, MAX (width - label_width, 0));
      if (x >= 0 && label_x > last_label_end + 4)
        {
          gtk_snapshot_save (snapshot);
          gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (label_x, OVERVIEW_AXIS_Y + 4));
          gtk_snapshot_append_layout (snapshot, layout, &text);
          gtk_snapshot_restore (snapshot);
          last_label_end = label_x + label_width;
        }
    }
  /* The layouts of labels gone out of view go. */
  g_hash_table_remove_all (self->tick_layouts);
  swap = self->tick_layouts;
  self->tick_layouts = self->tick_layouts_next;
  self->tick_layouts_next = swap;
}

/* Lanes so that marks that overlap in time do not hide each other: as
 * many as the marks need, up to OVERVIEW_MAX_LANES, thinner when there
 * are more than OVERVIEW_N_LANES; beyond, a mark goes over the lanes that
 * end first. A mark may take @n lanes, one above the other. */
static guint
choose_lanes (double *lane_ends,
              double  x0,
              guint   n)
{
  guint best = 0;
  double best_end = G_MAXDOUBLE;

  for (guint lane = 0; lane + n <= OVERVIEW_MAX_LANES; lane++)
    {
      double end = -G_MAXDOUBLE;

      for (guint i = lane; i < lane + n; i++)
        end = MAX (end, lane_ends[i]);
      if (end <= x0)
        return lane;
      if (end < best_end)
        {
          best = lane;
          best_end = end;
        }
    }
  return best;
}

static gboolean
same_date (const BriefingDate *a,
           const BriefingDate *b)
{
  return a->first_day == b->first_day && a->last_day == b->last_day && a->flags == b->flags &&
         a->start_precision == b->start_precision && a->end_precision == b->end_precision;
}

static void
draw_mark (GtkSnapshot        *snapshot,
           const BriefingDate *date,
           const GdkRGBA      *color,
           graphene_rect_t    *rect,
           gboolean            is_day)
{
  if (date->flags & BRIEFING_DATE_UNCERTAIN)
    {
      /* Hatched: stripes of the colour, and its outline. */
      GdkRGBA light = with_alpha (color, 0.15f);
      GskColorStop stops[] = {
        { 0.0f, *color }, { 0.5f, *color }, { 0.5f, light }, { 1.0f, light },
      };
      GskRoundedRect outline;

      gtk_snapshot_append_repeating_linear_gradient (snapshot, rect,
                                                     &GRAPHENE_POINT_INIT (rect->origin.x, rect->origin.y),
                                                     &GRAPHENE_POINT_INIT (rect->origin.x + 3, rect->origin.y + 3),
                                                     stops, G_N_ELEMENTS (stops));
      gsk_rounded_rect_init_from_rect (&outline, rect, 0);
      gtk_snapshot_append_border (snapshot, &outline, (float[]) { 1, 1, 1, 1 },
                                  (GdkRGBA[]) { *color, *color, *color, *color });
      return;
    }
  if (date->flags & BRIEFING_DATE_APPROXIMATE)
    {
      /* Soft edges: the colour fades out over a third at each end. */
      GdkRGBA clear = with_alpha (color, 0.0f);
      GskColorStop stops[] = {
        { 0.0f, clear }, { 0.33f, *color }, { 0.67f, *color }, { 1.0f, clear },
      };

      if (is_day)
        {
          /* A day "around" a date: a blur wider than the day itself. */
          float middle = rect->origin.x + rect->size.width / 2;

          rect->origin.x = middle - 6;
          rect->size.width = 12;
        }
      gtk_snapshot_append_linear_gradient (snapshot, rect,
                                           &GRAPHENE_POINT_INIT (rect->origin.x, 0),
                                           &GRAPHENE_POINT_INIT (rect->origin.x + rect->size.width, 0),
                                           stops, G_N_ELEMENTS (stops));
      return;
    }
  if (!is_day && (date->start_precision != BRIEFING_DATE_PRECISION_DAY ||
                  date->end_precision != BRIEFING_DATE_PRECISION_DAY))
    {
      /* Some day in a month or year: light, in an outline. */
      GdkRGBA light = with_alpha (color, 0.3f);
      GskRoundedRect outline;

      gtk_snapshot_append_color (snapshot, &light, rect);
      gsk_rounded_rect_init_from_rect (&outline, rect, 0);
      gtk_snapshot_append_border (snapshot, &outline, (float[]) { 1, 1, 1, 1 },
                                  (GdkRGBA[]) { *color, *color, *color, *color });
      return;
    }
  gtk_snapshot_append_color (snapshot, color, rect);
}

/* Where a day's ticks go: at their hour when the day is wide enough for
 * hours and one is given; else side by side across the day when it has
 * room for them all (four events on one day read as four), or in the
 * day's middle, one lane each. */
static void
place_tick (BriefingTimeOverview *self,
            BriefingEvent        *event,
            guint                 index,
            guint                 n_on_day,
            double               *x0,
            double               *x1)
{
  double day_width = *x1 - *x0;
  double middle = (*x0 + *x1) / 2;
  double tick = CLAMP (day_width, 3.0, 8.0);
  double fraction;

  if (day_width >= 48 &&
      briefing_time_axis_parse_clock (briefing_event_get_time_of_day (event), &fraction))
    {
      middle = *x0 + day_width * fraction;
      tick = 3.0;
    }
  else if (n_on_day > 1 && day_width >= n_on_day * 4.0)
    {
      middle = *x0 + day_width * (index + 0.5) / n_on_day;
      tick = CLAMP (day_width / n_on_day - 1, 3.0, 8.0);
    }
  *x0 = middle - tick / 2;
  *x1 = middle + tick / 2;
}

/* How many of the events in view from @i on are of one day, @first_day. */
static guint
count_day_events (BriefingTimeOverview *self,
                  guint                 i,
                  gint64                first_day)
{
  guint n = 0;

  for (; i < self->positions->len; i++)
    {
      BriefingEvent *event = briefing_day_index_peek_event (self->all, g_array_index (self->positions, guint, i));
      const BriefingDate *date = briefing_event_get_date (event);

      if (date->first_day != first_day)
        break;
      n += date->last_day == first_day;
    }
  return n;
}

/* The mark, among those of events starting on the day @date starts, of
 * events of that very date, shown or faded as @shown says. */
static OverviewMark *
find_same_mark (BriefingTimeOverview *self,
                const BriefingDate   *date,
                gboolean              shown)
{
  for (guint i = self->marks->len; i > 0; i--)
    {
      OverviewMark *mark = &g_array_index (self->marks, OverviewMark, i - 1);
      const BriefingDate *other = briefing_event_get_date (mark->event);

      if (other->first_day != date->first_day)
        break;
      if (mark->shown == shown && same_date (other, date))
        return mark;
    }
  return NULL;
}

static void
draw_marks (BriefingTimeOverview *self,
            GtkSnapshot          *snapshot,
            const Colors         *colors,
            int                   width)
{
  gint64 first = (gint64) floor (self->view_first);
  gint64 last = (gint64) ceil (self->view_first + self->view_days);
  gboolean narrowed = briefing_time_overview_is_narrowed (self);
  GdkRGBA faded = with_alpha (&colors->fg, 0.3f);
  double lane_ends[OVERVIEW_MAX_LANES];
  guint n_lanes = OVERVIEW_N_LANES, n_on_day = 0, day_index = 0;
  gint64 day = G_MININT64;
  double lane_height;

  for (guint i = 0; i < OVERVIEW_MAX_LANES; i++)
    lane_ends[i] = -G_MAXDOUBLE;
  g_array_set_size (self->marks, 0);
  /* Only the events in view, however many start before it and last into
   * it: a frame costs the marks it draws (few, or it is a histogram). */
  g_array_set_size (self->positions, 0);
  briefing_day_index_collect (self->all, first, last, self->positions);

  /* The marks and where they are in time. Events of the very same date
   * (seven "some day in October"), all shown or all faded, are one bar,
   * taller the more they are: seven bars in seven lanes would crowd out
   * the rest, and on top of each other they would read as one. A day's
   * events stand side by side instead (place_tick). */
  for (guint i = 0; i < self->positions->len; i++)
    {
      BriefingEvent *event = briefing_day_index_peek_event (self->all, g_array_index (self->positions, guint, i));
      const BriefingDate *date = briefing_event_get_date (event);
      gboolean is_day = date->first_day == date->last_day;
      gboolean shown = !narrowed || briefing_time_overview_shows_event (self, event);
      OverviewMark *same = is_day ? NULL : find_same_mark (self, date, shown);
      double x0 = briefing_time_overview_day_to_x (self, date->first_day);
      double x1 = briefing_time_overview_day_to_x (self, date->last_day + 1);
      OverviewMark mark;

      if (same != NULL)
        {
          same->n_events++;
          continue;
        }
      if (date->first_day != day)
        {
          day = date->first_day;
          n_on_day = count_day_events (self, i, day);
          day_index = 0;
        }
      if (is_day)
        place_tick (self, event, day_index++, n_on_day, &x0, &x1);
      else if (x1 - x0 < 3)
        x1 = x0 + 3;
      /* y0, y1 and the lanes below. */
      mark = (OverviewMark) { event, 1, shown, clamp_x (x0, width), clamp_x (x1, width), 0, 0, 0, 1 };
      g_array_append_val (self->marks, mark);
    }

  /* Then their lanes, for how many lanes they need. */
  for (guint i = 0; i < self->marks->len; i++)
    {
      OverviewMark *mark = &g_array_index (self->marks, OverviewMark, i);

      mark->n_lanes = MIN (mark->n_events, 3);
      mark->lane = choose_lanes (lane_ends, mark->x0, mark->n_lanes);
      for (guint l = mark->lane; l < mark->lane + mark->n_lanes; l++)
        lane_ends[l] = mark->x1 + 1;
      n_lanes = MAX (n_lanes, mark->lane + mark->n_lanes);
    }

  lane_height = OVERVIEW_N_LANES * OVERVIEW_LANE_HEIGHT / n_lanes;
  for (guint i = 0; i < self->marks->len; i++)
    {
      OverviewMark *mark = &g_array_index (self->marks, OverviewMark, i);
      const BriefingDate *date = briefing_event_get_date (mark->event);
      gboolean is_day = date->first_day == date->last_day;
      /* Lanes a pixel apart when thin, two when not. */
      graphene_rect_t rect = GRAPHENE_RECT_INIT (mark->x0, OVERVIEW_MARKS_TOP + mark->lane * lane_height,
                                                 mark->x1 - mark->x0,
                                                 mark->n_lanes * lane_height - (lane_height >= 7 ? 2 : 1));

      if (is_day)
        {
          /* Ticks stand taller than bars, down to the axis. */
          rect.size.height = OVERVIEW_AXIS_Y - rect.origin.y - 1;
        }
      mark->y0 = rect.origin.y;
      mark->y1 = rect.origin.y + rect.size.height;
      draw_mark (snapshot, date, mark->shown ? &colors->accent : &faded, &rect, is_day);
      if (self->has_cursor && self->cursor_event != NULL && gtk_widget_has_focus (GTK_WIDGET (self)) &&
          same_date (briefing_event_get_date (self->cursor_event), date) &&
          (mark->n_events > 1 || self->cursor_event == mark->event))
        {
          GskRoundedRect ring;

          gsk_rounded_rect_init_from_rect (&ring, &GRAPHENE_RECT_INIT (mark->x0 - 2, mark->y0 - 2,
                                                                       mark->x1 - mark->x0 + 4,
                                                                       mark->y1 - mark->y0 + 4), 2);
          gtk_snapshot_append_border (snapshot, &ring, (float[]) { 2, 2, 2, 2 },
                                      (GdkRGBA[]) { colors->fg, colors->fg, colors->fg, colors->fg });
        }
    }
}

static void
ensure_bins (BriefingTimeOverview *self,
             guint                 n_bins)
{
  if (self->n_bins_allocated >= n_bins)
    return;
  self->bins = g_renew (guint, self->bins, n_bins);
  self->shown_bins = g_renew (guint, self->shown_bins, n_bins);
  self->n_bins_allocated = n_bins;
}

static void
draw_histogram (BriefingTimeOverview *self,
                GtkSnapshot          *snapshot,
                const Colors         *colors,
                int                   width)
{
  guint n_bins = (guint) ceil (width / OVERVIEW_BIN_WIDTH) + 1;
  double days_per_bin = self->view_days / (width / OVERVIEW_BIN_WIDTH);
  /* Bins at multiples of their width from day 0, so they stay put as the
   * view pans and only their heights change as it zooms. */
  double first_bin = floor (self->view_first / days_per_bin);
  gboolean narrowed = briefing_time_overview_is_narrowed (self);
  double height = OVERVIEW_AXIS_Y - OVERVIEW_MARKS_TOP;
  GdkRGBA faded = with_alpha (&colors->fg, 0.25f);
  guint max = 0, shown_max = 0;
  OverviewHistogramKey key;
  GtkSnapshot *bars;

  g_array_set_size (self->marks, 0);
  /* Compared with memcmp(): no stray bytes. */
  memset (&key, 0, sizeof key);
  key.view_first = self->view_first;
  key.view_days = self->view_days;
  key.width = width;
  key.shown_generation = self->shown_generation;
  key.narrowed = narrowed;
  key.fg = colors->fg;
  key.accent = colors->accent;
  if (self->state != NULL)
    key.has_period = briefing_reader_state_get_period (self->state, &key.period_first, &key.period_last);
  /* Unchanged since the last frame (the list scrolled, the cursor moved, a
   * period is being dragged out): the same bars. */
  if (self->histogram_node != NULL && memcmp (&key, &self->histogram_key, sizeof key) == 0)
    {
      gtk_snapshot_append_node (snapshot, self->histogram_node);
      return;
    }
  g_clear_pointer (&self->histogram_node, gsk_render_node_unref);
  self->histogram_key = key;

  ensure_bins (self, n_bins);
  for (guint i = 0; i < n_bins; i++)
    {
      gint64 bin_first = (gint64) floor ((first_bin + i) * days_per_bin);
      gint64 bin_last = MAX (bin_first, (gint64) ceil ((first_bin + i + 1) * days_per_bin) - 1);

      self->bins[i] = briefing_day_index_count (self->all, bin_first, bin_last);
      self->shown_bins[i] = narrowed ? briefing_time_overview_count_shown (self, bin_first, bin_last)
                                     : self->bins[i];
      max = MAX (max, self->bins[i]);
      shown_max = MAX (shown_max, self->shown_bins[i]);
    }
  if (max == 0)
    return;
  /* Narrowed, the scale is the shown events': a topic's few hundred among
   * thousands would be bars of a pixel or two. The report's bars, faded,
   * keep the same scale, so a shown bar is never taller than its bin's
   * whole; past the top they are cut, "more here than fits". */
  if (narrowed && shown_max > 0)
    max = shown_max;

  bars = gtk_snapshot_new ();

  for (guint i = 0; i < n_bins; i++)
    {
      /* On whole pixels, a pixel apart: bars, not a blur of half-covered
       * pixels. */
      double x = floor (briefing_time_overview_day_to_x (self, (first_bin + i) * days_per_bin));
      double next = floor (briefing_time_overview_day_to_x (self, (first_bin + i + 1) * days_per_bin));
      double bar = MAX (next - x - 1, 1);
      /* Linear, so that twice as tall is twice as many; a bin that holds
       * anything is at least a pixel tall. */
      double all_height = self->bins[i] > 0 ? CLAMP (round (height * self->bins[i] / max), 1.0, height) : 0;
      double shown_height = self->shown_bins[i] > 0 ? MAX (1.0, round (height * self->shown_bins[i] / max)) : 0;

      if (narrowed && all_height > 0)
        gtk_snapshot_append_color (bars, &faded,
                                   &GRAPHENE_RECT_INIT (x, OVERVIEW_AXIS_Y - all_height, bar, all_height));
      if (shown_height > 0)
        gtk_snapshot_append_color (bars, &colors->accent,
                                   &GRAPHENE_RECT_INIT (x, OVERVIEW_AXIS_Y - shown_height, bar, shown_height));
    }
  self->histogram_node = gtk_snapshot_free_to_node (bars);
  if (self->histogram_node != NULL)
    gtk_snapshot_append_node (snapshot, self->histogram_node);
}

static void
draw_span (BriefingTimeOverview *self,
           GtkSnapshot          *snapshot,
           gint64                first_day,
           gint64                last_day,
           const GdkRGBA        *fill,
           const GdkRGBA        *edge,
           float                 top,
           float                 bottom,
           int                   width)
{
  float x0 = clamp_x (briefing_time_overview_day_to_x (self, first_day), width);
  float x1 = clamp_x (briefing_time_overview_day_to_x (self, last_day + 1), width);
  graphene_rect_t rect = GRAPHENE_RECT_INIT (x0, top, MAX (x1 - x0, 2), bottom - top);
  GskRoundedRect outline;

  gtk_snapshot_append_color (snapshot, fill, &rect);
  gsk_rounded_rect_init_from_rect (&outline, &rect, 3);
  gtk_snapshot_append_border (snapshot, &outline, (float[]) { 1.5, 1.5, 1.5, 1.5 },
                              (GdkRGBA[]) { *edge, *edge, *edge, *edge });
}

static void
draw_cursor_span (BriefingTimeOverview *self,
                  GtkSnapshot          *snapshot,
                  const Colors         *colors,
                  int                   width)
{
  GdkRGBA fill = with_alpha (&colors->fg, 0.08f);

  if (!self->has_cursor || self->cursor_event != NULL || !gtk_widget_has_focus (GTK_WIDGET (self)))
    return;
  draw_span (self, snapshot, self->cursor_first, self->cursor_last, &fill, &colors->fg,
             OVERVIEW_MARKS_TOP - 3, OVERVIEW_AXIS_Y + 1, width);
}

void
briefing_time_overview_draw (BriefingTimeOverview *self,
                             GtkSnapshot          *snapshot)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  gint64 period_first, period_last;
  gboolean has_period = FALSE;
  Colors colors;

  if (self->all == NULL || width <= 0 || self->view_days <= 0)
    return;
  get_colors (self, &colors);

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (self->previewing)
    {
      period_first = self->preview_first;
      period_last = self->preview_last;
      has_period = TRUE;
    }
  else if (self->state != NULL)
    has_period = briefing_reader_state_get_period (self->state, &period_first, &period_last);
  if (has_period)
    {
      GdkRGBA fill = with_alpha (&colors.accent, 0.14f);
      GdkRGBA edge = with_alpha (&colors.accent, 0.9f);

      draw_span (self, snapshot, period_first, period_last, &fill, &edge, 1, height - 1, width);
    }

  draw_axis (self, snapshot, &colors, width);
  if (self->histogram)
    draw_histogram (self, snapshot, &colors, width);
  else
    draw_marks (self, snapshot, &colors, width);

  /* The part of time the list shows, as a window over the marks. */
  if (self->has_list_span)
    {
      /* A faint band over the marks and a thumb on the axis, as a
       * scrollbar's: where the reader is, without hiding the marks. */
      GdkRGBA fill = with_alpha (&colors.fg, 0.06f);
      GdkRGBA thumb = with_alpha (&colors.fg, 0.6f);
      float x0 = clamp_x (briefing_time_overview_day_to_x (self, self->list_first_day), width);
      float x1 = clamp_x (briefing_time_overview_day_to_x (self, self->list_last_day + 1), width);

      /* Never thinner than a thumb can be seen. */
      if (x1 - x0 < 6)
        {
          x0 = (x0 + x1) / 2 - 3;
          x1 = x0 + 6;
        }
      gtk_snapshot_append_color (snapshot, &fill,
                                 &GRAPHENE_RECT_INIT (x0, OVERVIEW_MARKS_TOP - 4, x1 - x0,
                                                      OVERVIEW_AXIS_Y - OVERVIEW_MARKS_TOP + 4));
      gtk_snapshot_append_color (snapshot, &thumb,
                                 &GRAPHENE_RECT_INIT (x0, OVERVIEW_AXIS_Y - 1, x1 - x0, 4));
    }
  draw_cursor_span (self, snapshot, &colors, width);
  gtk_snapshot_pop (snapshot);
}
