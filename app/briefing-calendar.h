/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The proleptic Gregorian calendar over astronomical years (year 0 is 1 BCE,
 * -1 is 2 BCE), for years far beyond GDate's 1–65535. Day numbers continue
 * GDate's Julian numbering: day 1 is 0001-01-01, day 0 is 0000-12-31, and
 * earlier days are negative, so a date of years 1–9999 keeps the number GDate
 * gives it. Valid for years of up to 15 digits. */

gboolean briefing_calendar_is_leap_year  (gint64  year);
guint    briefing_calendar_days_in_month (gint64  year,
                                          guint   month);
gint64   briefing_calendar_day_number    (gint64  year,
                                          guint   month,
                                          guint   day);
void     briefing_calendar_civil         (gint64  day_number,
                                          gint64 *year,
                                          guint  *month,
                                          guint  *day);

G_END_DECLS
