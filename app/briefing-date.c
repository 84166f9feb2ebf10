/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "briefing-calendar.h"
#include "briefing-date.h"
#include "briefing-date-years.h"

/* One end of a date ("2024-10-XX~") before it becomes a span of days. */
typedef struct
{
  gint64 first_day;
  gint64 last_day;
  BriefingDatePrecision precision;
  guint8 flags;
} DatePart;

/* Longer years cannot be told apart from one another in days of 64 bits. */
#define MAX_YEAR_DIGITS 12

G_DEFINE_BOXED_TYPE (BriefingDate, briefing_date, briefing_date_copy, briefing_date_free)

/* Reads exactly @n characters of @text that are digits, followed by
 * @max_x trailing 'X's at most. Returns the number of X's, or -1. */
static int
read_digits (const char *text,
             guint       n,
             guint       max_x,
             guint      *value)
{
  guint x = 0;

  *value = 0;
  for (guint i = 0; i < n; i++)
    {
      char c = text[i];

      if (c == 'X' && i >= n - max_x)
        {
          x++;
          *value *= 10;
        }
      else if (c >= '0' && c <= '9' && x == 0)
        *value = *value * 10 + (guint) (c - '0');
      else
        return -1;
    }
  return (int) x;
}

/* An EDTF long year, "Y170000002" or "Y-13800000000": only a year. */
static gboolean
parse_long_year (const char  *text,
                 gsize        len,
                 gint64      *year,
                 char       **reason)
{
  gboolean negative = len > 1 && text[1] == '-';
  gsize first = negative ? 2 : 1, n_digits = 0;
  gint64 value = 0;

  for (gsize i = first; i < len && g_ascii_isdigit (text[i]); i++)
    n_digits++;
  if (n_digits == 0)
    return FALSE;
  if (first + n_digits < len)
    {
      if (text[first + n_digits] == '-' && n_digits > 4)
        *reason = g_strdup (_("a year of more than four digits cannot have a month or a day"));
      return FALSE;
    }
  if (n_digits <= 4)
    {
      *reason = g_strdup (_("“Y” is only for years of more than four digits: write 2024 or -0602 without it"));
      return FALSE;
    }
  if (n_digits > MAX_YEAR_DIGITS)
    {
      *reason = g_strdup_printf (_("years of more than %u digits are not supported"), MAX_YEAR_DIGITS);
      return FALSE;
    }
  for (gsize i = first; i < len; i++)
    value = value * 10 + (text[i] - '0');
  *year = negative ? -value : value;
  return TRUE;
}

static gboolean
parse_part (const char  *text,
            gsize        len,
            DatePart    *part,
            char       **reason)
{
  guint digits, month = 0, day = 0;
  gint64 year, first_year, last_year;
  int year_x, month_x = 0, day_x = 0;
  gboolean has_month = FALSE, has_day = FALSE, negative;

  part->flags = 0;
  if (len > 0 && strchr ("?~%", text[len - 1]) != NULL)
    {
      char q = text[len - 1];

      if (q == '?' || q == '%')
        part->flags |= BRIEFING_DATE_UNCERTAIN;
      if (q == '~' || q == '%')
        part->flags |= BRIEFING_DATE_APPROXIMATE;
      len--;
    }

  if (len > 0 && text[0] == 'Y')
    {
      if (!parse_long_year (text, len, &year, reason))
        goto bad_shape;
      part->precision = BRIEFING_DATE_PRECISION_YEAR;
      part->first_day = briefing_calendar_day_number (year, 1, 1);
      part->last_day = briefing_calendar_day_number (year, 12, 31);
      return TRUE;
    }

  /* A signed year ("-0602") is 4 digits and a sign, and has no X. */
  negative = len > 0 && text[0] == '-';
  if (negative)
    {
      text++;
      len--;
    }

  /* "2024-10-05T14:30" or "2024-10-05 14:30": the format keeps times apart. */
  if (!negative && len > 11 && (text[10] == 'T' || text[10] == ' ') && g_ascii_isdigit (text[11]))
    {
      g_autofree char *ignored = NULL;
      g_autofree char *day_text = g_strndup (text, 10);
      g_autofree char *time_text = g_strndup (text + 11, len - 11);
      DatePart day_part;

      if (parse_part (day_text, 10, &day_part, &ignored))
        {
          /* Translators: why a date such as "2024-10-05 14:30" is refused;
           * "time_of_day" is the name of a field of the report format */
          *reason = g_strdup_printf (_("the time goes in time_of_day: write %s here and “%s” there"),
                                     day_text, time_text);
          goto bad_shape;
        }
    }

  if (len != 4 && len != 7 && len != 10)
    goto bad_shape;

  year_x = read_digits (text, 4, negative ? 0 : 2, &digits);
  if (year_x < 0)
    goto bad_shape;
  year = negative ? -(gint64) digits : (gint64) digits;
  if (negative && year == 0)
    {
      *reason = g_strdup (_("there is no year -0000: year 0000 is 1 BCE"));
      return FALSE;
    }

  if (len >= 7)
    {
      has_month = TRUE;
      if (text[4] != '-' || (month_x = read_digits (text + 5, 2, 2, &month)) < 0 || month_x == 1)
        goto bad_shape;
      if (year_x > 0)
        {
          *reason = g_strdup (_("a month cannot be given when the year is not fully known"));
          return FALSE;
        }
    }
  if (len == 10)
    {
      has_day = TRUE;
      if (text[7] != '-' || (day_x = read_digits (text + 8, 2, 2, &day)) < 0 || day_x == 1)
        goto bad_shape;
      if (month_x > 0 && day_x == 0)
        {
          *reason = g_strdup (_("a day cannot be given when the month is unspecified"));
          return FALSE;
        }
    }

  first_year = year;
  last_year = year + (year_x == 2 ? 99 : year_x == 1 ? 9 : 0);
  if (first_year == 0 && year_x > 0)
    {
      *reason = g_strdup (_("unspecified digits are not supported in years before 0010"));
      return FALSE;
    }

  if (has_month && month_x == 0 && (month < 1 || month > 12))
    {
      *reason = g_strdup_printf (_("month %02u does not exist"), month);
      return FALSE;
    }
  if (has_day && day_x == 0)
    {
      guint n_days = briefing_calendar_days_in_month (year, month);

      if (day < 1 || day > n_days)
        {
          *reason = negative ? g_strdup_printf (_("-%04u-%02u has no day %02u"), digits, month, day)
                             : g_strdup_printf (_("%04u-%02u has no day %02u"), digits, month, day);
          return FALSE;
        }
    }

  if (has_day && day_x > 0)
    part->flags |= BRIEFING_DATE_UNKNOWN_DAY;
  if (has_month && month_x > 0)
    part->flags |= BRIEFING_DATE_UNKNOWN_MONTH;

  if (has_day && day_x == 0)
    {
      part->precision = BRIEFING_DATE_PRECISION_DAY;
      part->first_day = part->last_day = briefing_calendar_day_number (year, month, day);
    }
  else if (has_month && month_x == 0)
    {
      part->precision = BRIEFING_DATE_PRECISION_MONTH;
      part->first_day = briefing_calendar_day_number (year, month, 1);
      part->last_day = briefing_calendar_day_number (year, month,
                                                     briefing_calendar_days_in_month (year, month));
    }
  else
    {
      part->precision = year_x == 2 ? BRIEFING_DATE_PRECISION_CENTURY
                      : year_x == 1 ? BRIEFING_DATE_PRECISION_DECADE
                      : BRIEFING_DATE_PRECISION_YEAR;
      part->first_day = briefing_calendar_day_number (first_year, 1, 1);
      part->last_day = briefing_calendar_day_number (last_year, 12, 31);
    }
  return TRUE;

bad_shape:
  if (*reason == NULL)
    *reason = g_strdup (_("expected a date such as 2024-11-01, 2024-11, 2024, 2024-10-XX, "
                           "2024-11-01~ or 2024-10-21/2024-10-31"));
  return FALSE;
}

/**
 * briefing_date_parse:
 * @text: a date in the report format's EDTF subset
 * @date: (out caller-allocates): where to store it
 * @reason: (out) (optional) (transfer full): why @text is not a date, for a message
 *
 * Returns: whether @text is a valid date
 */
gboolean
briefing_date_parse (const char    *text,
                     BriefingDate  *date,
                     char         **reason)
{
  g_autofree char *why = NULL;
  const char *slash;
  DatePart start, end;
  gboolean ok;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  slash = strchr (text, '/');
  if (slash == NULL)
    {
      ok = parse_part (text, strlen (text), &start, &why);
      end = start;
    }
  else
    {
      ok = parse_part (text, (gsize) (slash - text), &start, &why) &&
           parse_part (slash + 1, strlen (slash + 1), &end, &why);
      if (ok && end.last_day < start.first_day)
        {
          why = g_strdup (_("the interval ends before it starts"));
          ok = FALSE;
        }
    }

  if (!ok)
    {
      if (reason != NULL)
        *reason = g_steal_pointer (&why);
      return FALSE;
    }

  date->first_day = start.first_day;
  date->last_day = end.last_day;
  date->start_precision = start.precision;
  date->end_precision = end.precision;
  date->flags = start.flags | end.flags;
  /* Each side of an interval is read as a span: from its first day, to its last. */
  if (slash != NULL)
    date->flags = (date->flags & ~(BRIEFING_DATE_UNKNOWN_DAY | BRIEFING_DATE_UNKNOWN_MONTH)) |
                  BRIEFING_DATE_INTERVAL;
  return TRUE;
}

BriefingDate *
briefing_date_copy (const BriefingDate *date)
{
  return g_memdup2 (date, sizeof *date);
}

void
briefing_date_free (BriefingDate *date)
{
  g_free (date);
}

/**
 * briefing_date_compare:
 *
 * The order of events: by the first day a date covers, then the date covering
 * fewer days first. Qualifiers do not count; equal dates compare equal, so a
 * stable sort keeps the file's order.
 */
int
briefing_date_compare (const BriefingDate *a,
                       const BriefingDate *b)
{
  if (a->first_day != b->first_day)
    return a->first_day < b->first_day ? -1 : 1;
  if (a->last_day != b->last_day)
    return a->last_day < b->last_day ? -1 : 1;
  return 0;
}

/* A single known day, neither approximate nor uncertain. */
gboolean
briefing_date_is_exact (const BriefingDate *date)
{
  return date->first_day == date->last_day &&
         (date->flags & (BRIEFING_DATE_APPROXIMATE | BRIEFING_DATE_UNCERTAIN | BRIEFING_DATE_INTERVAL)) == 0;
}

/* Only "~", "?" and "%" make a date approximate or uncertain: an interval
 * of known days, or a month or a year, is as exact as it says. */
gboolean
briefing_date_is_fuzzy (const BriefingDate *date)
{
  return (date->flags & (BRIEFING_DATE_APPROXIMATE | BRIEFING_DATE_UNCERTAIN)) != 0;
}

guint64
briefing_date_get_n_days (const BriefingDate *date)
{
  return (guint64) (date->last_day - date->first_day) + 1;
}

/* The astronomical year of the first day: 0 is 1 BCE. */
gint64
briefing_date_get_first_year (const BriefingDate *date)
{
  gint64 year;
  guint month, day;

  briefing_calendar_civil (date->first_day, &year, &month, &day);
  return year;
}

gint64
briefing_date_get_last_year (const BriefingDate *date)
{
  gint64 year;
  guint month, day;

  briefing_calendar_civil (date->last_day, &year, &month, &day);
  return year;
}

/* GDate knows years 1–65535 only: outside them @day is left cleared (invalid). */
static void
set_gdate (GDate  *day,
           gint64  day_number)
{
  g_date_clear (day, 1);
  if (day_number >= 1 && day_number <= G_MAXUINT32)
    g_date_set_julian (day, (guint32) day_number);
}

void
briefing_date_get_first_day (const BriefingDate *date,
                             GDate              *day)
{
  set_gdate (day, date->first_day);
}

void
briefing_date_get_last_day (const BriefingDate *date,
                            GDate              *day)
{
  set_gdate (day, date->last_day);
}

static char *
format_gdate (const GDate *day,
              const char  *format)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (g_date_get_year (day),
                                                 g_date_get_month (day),
                                                 g_date_get_day (day), 0, 0, 0);

  return g_date_time_format (dt, format);
}

/* One end of a date, as precise as it is known. */
static char *
format_end (gint64                julian,
            BriefingDatePrecision precision,
            gboolean              with_weekday)
{
  GDate day;
  guint year;

  /* Years written without an era are those of GDateTime and four digits. */
  if (precision <= BRIEFING_DATE_PRECISION_YEAR && !briefing_date_years_is_plain_day (julian))
    return briefing_date_years_format_end (julian, precision);

  g_date_clear (&day, 1);
  g_date_set_julian (&day, (guint32) julian);
  year = g_date_get_year (&day);

  switch (precision)
    {
    case BRIEFING_DATE_PRECISION_DAY:
      /* Translators: a full date, see g_date_time_format() for the codes;
       * write it in your language's order ("%Y年%-m月%-d日 %A"). The weekday
       * and month names come from the reader's locale (LC_TIME). */
      return format_gdate (&day, with_weekday ? C_("date", "%A, %-d %B %Y")
                                              /* Translators: a date without the weekday */
                                              : C_("date", "%-d %B %Y"));
    case BRIEFING_DATE_PRECISION_MONTH:
      /* Translators: a month of a year, %OB is the month's standalone name */
      return format_gdate (&day, C_("date", "%OB %Y"));
    case BRIEFING_DATE_PRECISION_YEAR:
      /* Translators: a year alone, e.g. "2024"; never grouped ("2,024") */
      return g_strdup_printf (C_("date", "%u"), year);
    case BRIEFING_DATE_PRECISION_DECADE:
      /* Translators: a decade, e.g. "the 2020s" */
      return g_strdup_printf (_("the %us"), year - year % 10);
    case BRIEFING_DATE_PRECISION_CENTURY:
    default:
      /* Translators: a century given by its years, e.g. "2000–2099" */
      return g_strdup_printf (_("%u–%u"), year - year % 100, year - year % 100 + 99);
    }
}

/* "some day in October 2024", "some day in 2024", "some month of 2024":
 * one day (month) of the span, not known which; NULL where the date is no
 * such thing, or its years are not written plain. */
static char *
format_unknown_part (const BriefingDate *date)
{
  GDate day;

  if ((date->flags & BRIEFING_DATE_INTERVAL) || !briefing_date_years_is_plain_day (date->first_day))
    return NULL;
  g_date_clear (&day, 1);
  g_date_set_julian (&day, (guint32) date->first_day);
  if ((date->flags & BRIEFING_DATE_UNKNOWN_DAY) && date->start_precision == BRIEFING_DATE_PRECISION_MONTH)
    /* Translators: an unknown day of a known month ("2024-10-XX"), see
     * g_date_time_format() for the codes: %OB is the month's standalone
     * name, %B the form that follows a day (the genitive where there is one) */
    return format_gdate (&day, C_("date", "some day in %OB %Y"));
  if (date->flags & BRIEFING_DATE_UNKNOWN_DAY)
    /* Translators: an unknown day of a known year ("2024-XX-XX") */
    return g_strdup_printf (C_("date", "some day in %u"), g_date_get_year (&day));
  if (date->flags & BRIEFING_DATE_UNKNOWN_MONTH)
    /* Translators: an unknown month of a known year ("2024-XX") */
    return g_strdup_printf (C_("date", "some month of %u"), g_date_get_year (&day));
  return NULL;
}

/**
 * briefing_date_format:
 *
 * Returns: (transfer full): the date as a reader reads it: "Friday, 1 November 2024",
 *   "October 2024", "some day in October 2024", "21–31 October 2024" (and a
 *   one-day interval as that day), "around 1 November 2024"
 */
char *
briefing_date_format (const BriefingDate *date)
{
  g_autofree char *span = NULL;

  g_return_val_if_fail (date != NULL, NULL);

  span = format_unknown_part (date);
  if (span != NULL)
    ;
  else if (!(date->flags & BRIEFING_DATE_INTERVAL) ||
           (date->first_day == date->last_day && date->end_precision == BRIEFING_DATE_PRECISION_DAY))
    span = format_end (date->first_day, date->start_precision, TRUE);
  else
    {
      GDate first, last;

      briefing_date_get_first_day (date, &first);
      briefing_date_get_last_day (date, &last);
      if (briefing_date_years_is_plain_day (date->first_day) &&
          briefing_date_years_is_plain_day (date->last_day) &&
          date->start_precision == BRIEFING_DATE_PRECISION_DAY &&
          date->end_precision == BRIEFING_DATE_PRECISION_DAY &&
          g_date_get_year (&first) == g_date_get_year (&last) &&
          g_date_get_month (&first) == g_date_get_month (&last))
        {
          /* Translators: the month and year after a range of its days,
           * "(21–31) October 2024": %B is the month's name in the form that
           * follows a day (the genitive where the language has one) */
          g_autofree char *month = format_gdate (&first, C_("date", "%B %Y"));

          /* Translators: days of one month, e.g. "21–31 October 2024": %1$u is
           * the first day, %2$u the last, %3$s the month and year as "%B %Y"
           * above gives them; reorder with the positional forms, e.g.
           * "%3$s%1$u日～%2$u日" */
          span = g_strdup_printf (C_("date", "%1$u–%2$u %3$s"),
                                  g_date_get_day (&first), g_date_get_day (&last), month);
        }
      else
        {
          g_autofree char *from = format_end (date->first_day, date->start_precision, FALSE);
          g_autofree char *to = format_end (date->last_day, date->end_precision, FALSE);

          /* Translators: an interval between two dates */
          span = g_strdup_printf (C_("date", "%s – %s"), from, to);
        }
    }

  if ((date->flags & BRIEFING_DATE_APPROXIMATE) && (date->flags & BRIEFING_DATE_UNCERTAIN))
    /* Translators: a date that is both approximate and uncertain */
    return g_strdup_printf (C_("date", "perhaps around %s"), span);
  if (date->flags & BRIEFING_DATE_APPROXIMATE)
    /* Translators: an approximate date */
    return g_strdup_printf (C_("date", "around %s"), span);
  if (date->flags & BRIEFING_DATE_UNCERTAIN)
    /* Translators: an uncertain date */
    return g_strdup_printf (C_("date", "perhaps %s"), span);
  return g_steal_pointer (&span);
}
