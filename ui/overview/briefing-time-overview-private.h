/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "briefing-day-index.h"
#include "briefing-time-overview.h"

G_BEGIN_DECLS

/* The strip's bands, from the top, in pixels. */
#define OVERVIEW_MARKS_TOP    6.0
#define OVERVIEW_LANE_HEIGHT  8.0
#define OVERVIEW_N_LANES      5   /* of OVERVIEW_LANE_HEIGHT, the band's height */
#define OVERVIEW_MAX_LANES    8   /* thinner, when marks need more */
#define OVERVIEW_AXIS_Y       (OVERVIEW_MARKS_TOP + OVERVIEW_N_LANES * OVERVIEW_LANE_HEIGHT + 4.0)
#define OVERVIEW_HEIGHT       (OVERVIEW_AXIS_Y + 22.0)
/* Histogram bins, and the most marks per pixel drawn as marks. */
#define OVERVIEW_BIN_WIDTH    3.0
#define OVERVIEW_MARK_SPACING 6.0

/* A mark as last drawn, for the pointer and the keyboard: one event, or
 * several of the very same date drawn as one taller bar. */
typedef struct
{
  BriefingEvent *event;      /* the first */
  guint          n_events;
  gboolean       shown;      /* not faded: the events are among those shown */
  float          x0, x1, y0, y1;
  guint          lane, n_lanes;
} OverviewMark;

/* What the histogram's bars depend on: the same, the same bars. */
typedef struct
{
  double               view_first, view_days;
  int                  width;
  guint                shown_generation;
  gboolean             narrowed, has_period;
  gint64               period_first, period_last;
  GdkRGBA              fg, accent;
} OverviewHistogramKey;

struct _BriefingTimeOverview
{
  GtkWidget            parent_instance;

  BriefingReaderState *state;
  BriefingDayIndex    *all;        /* the report's events */
  BriefingDayIndex    *shown;      /* the state's, when a topic or search narrows them */
  gboolean             shown_dirty;
  guint                shown_generation;  /* one more each time the events shown change */

  double               view_first; /* day number and fraction at the left edge */
  double               view_days;  /* days across the width */
  gboolean             needs_fit;

  gboolean             has_list_span;
  gint64               list_first_day, list_last_day;

  /* A period being dragged out, before it is chosen. */
  gboolean             previewing;
  gint64               preview_first, preview_last;

  /* What the keyboard is on: an event (marks) or a span of days (bins). */
  gboolean             has_cursor;
  BriefingEvent       *cursor_event;
  gint64               cursor_first, cursor_last;
  gboolean             has_anchor;
  gint64               anchor_first, anchor_last;

  /* Input */
  int                  drag_mode;
  double               drag_x, drag_y, drag_view_first;
  gint64               drag_anchor_day;
  double               pointer_x;
  double               zoom_view_first, zoom_view_days, zoom_center;

  /* As last drawn */
  gboolean             histogram;
  GArray              *marks;      /* OverviewMark */
  GArray              *positions;  /* guint: the events in view, for the marks */
  guint               *bins;
  guint               *shown_bins;
  guint                n_bins_allocated;
  GskRenderNode       *histogram_node;
  OverviewHistogramKey histogram_key;
  GHashTable          *tick_layouts;       /* label → PangoLayout, as last drawn */
  GHashTable          *tick_layouts_next;  /* those of the frame being drawn */
  char                *accessible_label;
  guint                accessible_id;  /* the label's update, once the view rests */

  /* For the benchmark: flipped each frame, it changes every colour by an
   * invisible step, so that every node differs and GSK repaints all of it
   * (an unchanged node tree is not painted again). */
  gboolean             repaint_parity;
};

void     briefing_time_overview_draw         (BriefingTimeOverview *self,
                                              GtkSnapshot          *snapshot);
gboolean briefing_time_overview_is_narrowed  (BriefingTimeOverview *self);
gboolean briefing_time_overview_shows_event  (BriefingTimeOverview *self,
                                              BriefingEvent        *event);
guint    briefing_time_overview_count_shown  (BriefingTimeOverview *self,
                                              gint64                first_day,
                                              gint64                last_day);
double   briefing_time_overview_x_to_day     (BriefingTimeOverview *self,
                                              double                x);
gboolean briefing_time_overview_get_span     (BriefingTimeOverview *self,
                                              gint64               *first_day,
                                              gint64               *last_day);
void     briefing_time_overview_apply_view   (BriefingTimeOverview *self,
                                              double                first,
                                              double                days);
void     briefing_time_overview_zoom_view    (BriefingTimeOverview *self,
                                              double                first,
                                              double                days,
                                              double                factor,
                                              double                x);
void     briefing_time_overview_update_accessible (BriefingTimeOverview *self);

/* briefing-time-overview-input.c */
void     briefing_time_overview_init_input   (BriefingTimeOverview *self);

G_END_DECLS
