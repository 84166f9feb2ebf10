/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The ticks of the time overview's axis, as pure functions tested in
 * tests/test-time-axis.c. A position in time is a day number (as
 * BriefingDate's first_day) plus the fraction of the day gone: 0.5 is noon.
 * The axis chooses the finest step whose labels do not crowd each other:
 * hours, days, months, or years (1, 2, 5, 10… up to the age of the universe).
 */
typedef enum
{
  BRIEFING_TIME_UNIT_HOUR,
  BRIEFING_TIME_UNIT_DAY,
  BRIEFING_TIME_UNIT_MONTH,
  BRIEFING_TIME_UNIT_YEAR,
} BriefingTimeUnit;

typedef struct
{
  BriefingTimeUnit unit;
  gint64           count;  /* ticks every @count units */
} BriefingTimeStep;

BriefingTimeStep briefing_time_axis_choose_step (double            days_per_pixel,
                                                 double            min_spacing);
double           briefing_time_axis_step_days   (BriefingTimeStep  step);
double           briefing_time_axis_first_tick  (BriefingTimeStep  step,
                                                 double            from);
double           briefing_time_axis_next_tick   (BriefingTimeStep  step,
                                                 double            tick);
double           briefing_time_axis_previous_tick (BriefingTimeStep  step,
                                                   double            tick);
char            *briefing_time_axis_format_tick (BriefingTimeStep  step,
                                                 double            tick);
char            *briefing_time_axis_format_span (gint64            first_day,
                                                 gint64            last_day);
gboolean         briefing_time_axis_parse_clock (const char       *text,
                                                 double           *fraction);

G_END_DECLS
