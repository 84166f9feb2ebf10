/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-calendar.h"

/* The algorithms count in 400-year cycles of 146097 days from 0000-03-01, so
 * that the leap day falls at the end of a counted year (Howard Hinnant,
 * "chrono-Compatible Low-Level Date Algorithms"). */
#define DAYS_PER_CYCLE 146097
/* Days from 0000-03-01 to 0001-01-01, less GDate's 1 for that day. */
#define DAY_ONE_OFFSET 305

static gint64
floor_div (gint64 a,
           gint64 b)
{
  return a >= 0 ? a / b : -((-a + b - 1) / b);
}

gboolean
briefing_calendar_is_leap_year (gint64 year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

guint
briefing_calendar_days_in_month (gint64 year,
                                 guint  month)
{
  static const guint8 days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  g_return_val_if_fail (month >= 1 && month <= 12, 0);
  return days[month - 1] + (month == 2 && briefing_calendar_is_leap_year (year));
}

gint64
briefing_calendar_day_number (gint64 year,
                              guint  month,
                              guint  day)
{
  gint64 y = month <= 2 ? year - 1 : year;
  gint64 cycle = floor_div (y, 400);
  gint64 year_of_cycle = y - cycle * 400;
  gint64 day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  gint64 day_of_cycle = year_of_cycle * 365 + year_of_cycle / 4 - year_of_cycle / 100 + day_of_year;

  return cycle * DAYS_PER_CYCLE + day_of_cycle - DAY_ONE_OFFSET;
}

void
briefing_calendar_civil (gint64  day_number,
                         gint64 *year,
                         guint  *month,
                         guint  *day)
{
  gint64 z = day_number + DAY_ONE_OFFSET;
  gint64 cycle = floor_div (z, DAYS_PER_CYCLE);
  gint64 day_of_cycle = z - cycle * DAYS_PER_CYCLE;
  gint64 year_of_cycle = (day_of_cycle - day_of_cycle / 1460 + day_of_cycle / 36524
                          - day_of_cycle / 146096) / 365;
  gint64 day_of_year = day_of_cycle - (365 * year_of_cycle + year_of_cycle / 4 - year_of_cycle / 100);
  gint64 shifted_month = (5 * day_of_year + 2) / 153;

  *day = (guint) (day_of_year - (153 * shifted_month + 2) / 5 + 1);
  *month = (guint) (shifted_month < 10 ? shifted_month + 3 : shifted_month - 9);
  *year = year_of_cycle + cycle * 400 + (*month <= 2);
}
