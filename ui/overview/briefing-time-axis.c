/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "briefing-calendar.h"
#include "briefing-date-years.h"
#include "briefing-time-axis.h"

#define DAYS_PER_MONTH 30.436875
#define DAYS_PER_YEAR  365.2425

static const gint64 hour_counts[] = { 1, 3, 6, 12 };
static const gint64 day_counts[] = { 1, 2, 5, 10 };
static const gint64 month_counts[] = { 1, 2, 3, 6 };

double
briefing_time_axis_step_days (BriefingTimeStep step)
{
  switch (step.unit)
    {
    case BRIEFING_TIME_UNIT_HOUR:
      return step.count / 24.0;
    case BRIEFING_TIME_UNIT_DAY:
      return step.count;
    case BRIEFING_TIME_UNIT_MONTH:
      return step.count * DAYS_PER_MONTH;
    case BRIEFING_TIME_UNIT_YEAR:
    default:
      return step.count * DAYS_PER_YEAR;
    }
}

/**
 * briefing_time_axis_choose_step:
 * @days_per_pixel: the zoom
 * @min_spacing: the fewest pixels between two ticks, for their labels
 *
 * Returns: the finest step whose ticks are @min_spacing apart or more
 */
BriefingTimeStep
briefing_time_axis_choose_step (double days_per_pixel,
                                double min_spacing)
{
  double min_days = days_per_pixel * min_spacing;
  BriefingTimeStep step;

  for (guint i = 0; i < G_N_ELEMENTS (hour_counts); i++)
    if (hour_counts[i] / 24.0 >= min_days)
      return (BriefingTimeStep) { BRIEFING_TIME_UNIT_HOUR, hour_counts[i] };
  for (guint i = 0; i < G_N_ELEMENTS (day_counts); i++)
    if (day_counts[i] >= min_days)
      return (BriefingTimeStep) { BRIEFING_TIME_UNIT_DAY, day_counts[i] };
  for (guint i = 0; i < G_N_ELEMENTS (month_counts); i++)
    if (month_counts[i] * DAYS_PER_MONTH >= min_days)
      return (BriefingTimeStep) { BRIEFING_TIME_UNIT_MONTH, month_counts[i] };

  /* Years: 1, 2, 5, 10, 20, 50… */
  step.unit = BRIEFING_TIME_UNIT_YEAR;
  for (gint64 power = 1; power <= G_GINT64_CONSTANT (100000000000); power *= 10)
    for (guint i = 0; i < 3; i++)
      {
        step.count = power * (gint64[]) { 1, 2, 5 }[i];
        if (step.count * DAYS_PER_YEAR >= min_days)
          return step;
      }
  step.count = G_GINT64_CONSTANT (1000000000000);
  return step;
}

static gint64
floor_multiple (gint64 value,
                gint64 count)
{
  gint64 rest = value % count;

  return rest < 0 ? value - rest - count : value - rest;
}

/* The tick at or after @day for units of days and longer: days of a month
 * counted from the first (1, 11, 21 for tens), months from January, years
 * from the start of our era, counted back before it. */
static double
tick_at_or_after (BriefingTimeStep step,
                  gint64           day)
{
  gint64 year;
  guint month, day_of_month;

  briefing_calendar_civil (day, &year, &month, &day_of_month);
  switch (step.unit)
    {
    case BRIEFING_TIME_UNIT_DAY:
      {
        /* The last days of a long month would crowd the first of the next. */
        guint limit = briefing_calendar_days_in_month (year, month) - (guint) step.count / 2;
        guint next = (guint) (((day_of_month - 1 + step.count - 1) / step.count) * step.count + 1);

        if (next > limit)
          {
            month = month % 12 + 1;
            year += month == 1;
            next = 1;
          }
        return briefing_calendar_day_number (year, month, next);
      }
    case BRIEFING_TIME_UNIT_MONTH:
      {
        gint64 index = year * 12 + (month - 1);

        if (day_of_month > 1)
          index++;
        index = floor_multiple (index + step.count - 1, step.count);
        return briefing_calendar_day_number (floor_multiple (index, 12) / 12,
                                             (guint) (index - floor_multiple (index, 12)) + 1, 1);
      }
    case BRIEFING_TIME_UNIT_YEAR:
      if (month > 1 || day_of_month > 1)
        year++;
      if (year <= 0)
        {
          /* Before our era, round in the years a reader reads: 100 BCE,
           * not the astronomical -100 (101 BCE). The tick after the last
           * round BCE year is 1 CE. */
          gint64 bce = floor_multiple (1 - year, step.count);

          year = 1 - bce;
        }
      else
        year = floor_multiple (year + step.count - 1, step.count);
      return briefing_calendar_day_number (year, 1, 1);
    case BRIEFING_TIME_UNIT_HOUR:
    default:
      g_assert_not_reached ();
    }
}

/**
 * briefing_time_axis_first_tick:
 *
 * Returns: the first tick at or after @from
 */
double
briefing_time_axis_first_tick (BriefingTimeStep step,
                               double           from)
{
  if (step.unit == BRIEFING_TIME_UNIT_HOUR)
    {
      double hours = ceil (from * 24.0 / step.count - 1e-9) * step.count;

      return hours / 24.0;
    }
  return tick_at_or_after (step, (gint64) ceil (from - 1e-9));
}

double
briefing_time_axis_next_tick (BriefingTimeStep step,
                              double           tick)
{
  double next;

  if (step.unit == BRIEFING_TIME_UNIT_HOUR)
    return tick + step.count / 24.0;
  next = tick_at_or_after (step, (gint64) floor (tick) + 1);
  /* Huge years are beyond double's day precision: never stand still. */
  return next > tick ? next : tick + briefing_time_axis_step_days (step);
}

/**
 * briefing_time_axis_previous_tick:
 *
 * Returns: the last tick of @step before @tick, which need not be one
 */
double
briefing_time_axis_previous_tick (BriefingTimeStep step,
                                  double           tick)
{
  /* Ticks of days are at most a step and a half apart (see
   * tick_at_or_after): from two steps back, forwards. */
  double previous = briefing_time_axis_first_tick (step, tick - 2 * briefing_time_axis_step_days (step) - 1);
  double next;

  while ((next = briefing_time_axis_next_tick (step, previous)) < tick)
    previous = next;
  return previous;
}

static char *
format_day_number (gint64      day,
                   const char *format)
{
  gint64 year;
  guint month, day_of_month;
  g_autoptr(GDateTime) dt = NULL;

  briefing_calendar_civil (day, &year, &month, &day_of_month);
  dt = g_date_time_new_utc ((int) year, (int) month, (int) day_of_month, 0, 0, 0);
  return g_date_time_format (dt, format);
}

/**
 * briefing_time_axis_format_tick:
 *
 * Returns: (transfer full): the tick's label in the interface language:
 *   "06:00", "5 Oct", "Oct 2024", "2024", "44 BCE", "13,800,000,000 BCE"
 */
char *
briefing_time_axis_format_tick (BriefingTimeStep step,
                                double           tick)
{
  gint64 day = (gint64) floor (tick);
  gint64 year;
  guint month, day_of_month;

  briefing_calendar_civil (day, &year, &month, &day_of_month);
  /* GDateTime knows years 1–9999: beyond them only years are told. */
  if (step.unit == BRIEFING_TIME_UNIT_YEAR || year < 1 || year > 9999)
    {
      if (year >= 1000 && year <= 9999)
        return g_strdup_printf ("%" G_GINT64_FORMAT, year);
      return briefing_date_years_format_year (year);
    }
  switch (step.unit)
    {
    case BRIEFING_TIME_UNIT_HOUR:
      {
        int minutes = (int) lround ((tick - day) * 24.0 * 60.0);

        if (minutes == 0)
          /* Translators: the time overview's label at midnight, a day: see
           * g_date_time_format() for the codes */
          return format_day_number (day, C_("time overview", "%-d %b"));
        return g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);
      }
    case BRIEFING_TIME_UNIT_DAY:
      if (day_of_month == 1 && month == 1)
        return format_day_number (day, C_("time overview", "%Y"));
      return format_day_number (day, C_("time overview", "%-d %b"));
    case BRIEFING_TIME_UNIT_MONTH:
    default:
      if (month == 1)
        return format_day_number (day, C_("time overview", "%Y"));
      /* Translators: the time overview's label for a month, its abbreviated
       * name: see g_date_time_format() for the codes */
      return format_day_number (day, C_("time overview", "%b"));
    }
}

static char *
format_day (gint64 day)
{
  gint64 year;
  guint month, day_of_month;

  briefing_calendar_civil (day, &year, &month, &day_of_month);
  if (year < 1 || year > 9999)
    return briefing_date_years_format_year (year);
  /* Translators: a day in the time overview: see g_date_time_format() for the codes */
  return format_day_number (day, C_("time overview", "%-d %B %Y"));
}

/**
 * briefing_time_axis_format_span:
 * @first_day: a day number
 * @last_day: a later one, or the same
 *
 * Returns: (transfer full): the days as a person says them:
 *   "5 October 2024", "3–9 October 2024", "28 September – 9 October 2024",
 *   "1 October 2023 – 9 October 2024"
 */
char *
briefing_time_axis_format_span (gint64 first_day,
                                gint64 last_day)
{
  gint64 first_year, last_year;
  guint first_month, last_month, first_dom, last_dom;
  g_autofree char *from = NULL, *to = NULL;

  if (last_day <= first_day)
    return format_day (first_day);

  briefing_calendar_civil (first_day, &first_year, &first_month, &first_dom);
  briefing_calendar_civil (last_day, &last_year, &last_month, &last_dom);
  /* Within a year, the parts apart, for each language to put in its
   * order: "3–9 October 2024", "2024年10月3日～9日". */
  if (first_year >= 1 && last_year <= 9999 && first_year == last_year)
    {
      g_autofree char *year = format_day_number (last_day, C_("time overview", "%Y"));

      /* A whole month or year, as the keyboard steps over them, as such. */
      if (first_dom == 1 && last_dom == briefing_calendar_days_in_month (last_year, last_month))
        {
          if (first_month == 1 && last_month == 12)
            return g_steal_pointer (&year);
          if (first_month == last_month)
            /* Translators: a whole month in the time overview, e.g. "October
             * 2024": see g_date_time_format(); %OB is the month's name on
             * its own (the nominative), %B the one after a day */
            return format_day_number (last_day, C_("time overview", "%OB %Y"));
        }

      if (first_month == last_month)
        {
          /* Translators: the month in a span of days of one month, e.g.
           * "October" in "3–9 October 2024": see g_date_time_format() */
          g_autofree char *month = format_day_number (last_day, C_("time overview", "%B"));

          /* Translators: days of one month, e.g. "3–9 October 2024": the
           * first day, the last day, the month, the year (put them in your
           * language's order) */
          return g_strdup_printf (C_("time overview", "%1$u–%2$u %3$s %4$s"),
                                  first_dom, last_dom, month, year);
        }
      /* Translators: a day and its month in a span within a year, e.g.
       * "28 September" in "28 September – 9 October 2024": see
       * g_date_time_format() */
      from = format_day_number (first_day, C_("time overview", "%-d %B"));
      to = format_day_number (last_day, C_("time overview", "%-d %B"));
      /* Translators: days of one year, e.g. "28 September – 9 October 2024":
       * the first day and month, the last day and month, the year */
      return g_strdup_printf (C_("time overview", "%1$s – %2$s %3$s"), from, to, year);
    }
  if (first_year >= 1 && last_year <= 9999 && first_month == 1 && first_dom == 1 &&
      last_month == 12 && last_dom == 31)
    {
      /* Whole years: "2000 – 2009". */
      from = format_day_number (first_day, C_("time overview", "%Y"));
      to = format_day_number (last_day, C_("time overview", "%Y"));
    }
  else
    {
      from = format_day (first_day);
      to = format_day (last_day);
    }
  if (g_strcmp0 (from, to) == 0)
    return g_steal_pointer (&from);
  /* Translators: a span of time between two days in different years, or
   * years alone, e.g. "1 October 2023 – 9 October 2024" */
  return g_strdup_printf (C_("time overview", "%s – %s"), from, to);
}

/**
 * briefing_time_axis_parse_clock:
 * @text: (nullable): an event's time of day, as written
 * @fraction: (out): the part of the day gone at that time
 *
 * A time of day is free text ("late afternoon"); only one that starts with
 * a clock time ("14:30", "20:00–23:30") places an event within its day.
 *
 * Returns: whether @text starts with a clock time
 */
gboolean
briefing_time_axis_parse_clock (const char *text,
                                double     *fraction)
{
  guint hours = 0, minutes = 0;
  const char *p = text;

  if (text == NULL)
    return FALSE;
  for (int i = 0; i < 2 && g_ascii_isdigit (*p); i++, p++)
    hours = hours * 10 + (guint) (*p - '0');
  if (p == text || *p != ':' || !g_ascii_isdigit (p[1]) || !g_ascii_isdigit (p[2]))
    return FALSE;
  minutes = (guint) (p[1] - '0') * 10 + (guint) (p[2] - '0');
  if (hours > 23 || minutes > 59 || g_ascii_isdigit (p[3]))
    return FALSE;
  *fraction = (hours * 60 + minutes) / (24.0 * 60.0);
  return TRUE;
}
