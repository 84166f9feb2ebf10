/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "briefing-date.h"

G_BEGIN_DECLS

/* Dates outside the years 1000–9999, which are written with their era
 * ("602 CE", "603 BCE", "13,800,000,000 BCE") and without a weekday. */

gboolean briefing_date_years_is_plain_day (gint64                day_number);
char    *briefing_date_years_format_year  (gint64                year);
char    *briefing_date_years_format_end   (gint64                day_number,
                                           BriefingDatePrecision precision);

G_END_DECLS
