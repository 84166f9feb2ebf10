/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "briefing-calendar.h"
#include "briefing-date-years.h"

/* Years of four digits read as years of our era without saying so; a shorter
 * or longer one, or one before our era, needs its era to be read at all. */
gboolean
briefing_date_years_is_plain_day (gint64 day_number)
{
  return day_number >= briefing_calendar_day_number (1000, 1, 1) &&
         day_number <= briefing_calendar_day_number (9999, 12, 31);
}

/* Digits in groups of three from five digits on: 5000, but 13,800,000,000. */
static char *
group_digits (guint64 value)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT, value);
  gsize n = strlen (digits);
  GString *grouped;

  if (n < 5)
    return g_steal_pointer (&digits);

  grouped = g_string_new (NULL);
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        /* Translators: the separator between groups of three digits in long
         * years, as in "13,800,000,000 BCE" */
        g_string_append (grouped, C_("number", ","));
      g_string_append_c (grouped, digits[i]);
    }
  return g_string_free (grouped, FALSE);
}

/**
 * briefing_date_years_format_year:
 * @year: an astronomical year: 0 is 1 BCE, -1 is 2 BCE
 *
 * Returns: (transfer full): the year with its era, "602 CE" or "603 BCE"
 */
char *
briefing_date_years_format_year (gint64 year)
{
  g_autofree char *number = NULL;

  if (year >= 1)
    {
      number = group_digits ((guint64) year);
      /* Translators: a year of our era (Common Era, AD), e.g. "602 CE" */
      return g_strdup_printf (C_("date", "%s CE"), number);
    }
  number = group_digits ((guint64) (1 - year));
  /* Translators: a year before our era (Before the Common Era, BC), e.g. "603 BCE" */
  return g_strdup_printf (C_("date", "%s BCE"), number);
}

static char *
month_name (guint       month,
            const char *format)
{
  /* Month names do not depend on the year: borrow one GDateTime knows. */
  g_autoptr(GDateTime) dt = g_date_time_new_utc (2000, (int) month, 1, 0, 0, 0);

  return g_date_time_format (dt, format);
}

char *
briefing_date_years_format_end (gint64                day_number,
                                BriefingDatePrecision precision)
{
  g_autofree char *year_text = NULL, *month = NULL;
  gint64 year;
  guint month_number, day;

  briefing_calendar_civil (day_number, &year, &month_number, &day);
  year_text = briefing_date_years_format_year (year);

  switch (precision)
    {
    case BRIEFING_DATE_PRECISION_DAY:
      month = month_name (month_number, "%B");
      /* Translators: a day of a year outside 1000–9999: the day of the month,
       * the month's name and the year with its era, e.g. "15 March 44 BCE" */
      return g_strdup_printf (C_("date", "%u %s %s"), day, month, year_text);
    case BRIEFING_DATE_PRECISION_MONTH:
      month = month_name (month_number, "%OB");
      /* Translators: a month of a year outside 1000–9999: the month's
       * standalone name and the year with its era, e.g. "March 44 BCE" */
      return g_strdup_printf (C_("date", "%s %s"), month, year_text);
    case BRIEFING_DATE_PRECISION_YEAR:
    default:
      return g_steal_pointer (&year_text);
    }
}
