/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "briefing-calendar.h"
#include "briefing-date.h"

typedef struct
{
  const char *text;
  const char *first;     /* ISO day */
  const char *last;
  BriefingDatePrecision start_precision;
  guint8 flags;
  const char *formatted; /* in the C locale's English */
} ValidCase;

static const ValidCase valid_cases[] = {
  { "2024-11-01", "2024-11-01", "2024-11-01", BRIEFING_DATE_PRECISION_DAY, 0, "Friday, 1 November 2024" },
  { "2024-11", "2024-11-01", "2024-11-30", BRIEFING_DATE_PRECISION_MONTH, 0, "November 2024" },
  { "2024", "2024-01-01", "2024-12-31", BRIEFING_DATE_PRECISION_YEAR, 0, "2024" },
  { "2024-02", "2024-02-01", "2024-02-29", BRIEFING_DATE_PRECISION_MONTH, 0, "February 2024" },
  { "2023-02", "2023-02-01", "2023-02-28", BRIEFING_DATE_PRECISION_MONTH, 0, "February 2023" },
  /* An unknown day is one day of the month or year, not the whole of it. */
  { "2024-10-XX", "2024-10-01", "2024-10-31", BRIEFING_DATE_PRECISION_MONTH,
    BRIEFING_DATE_UNKNOWN_DAY, "some day in October 2024" },
  { "2024-XX", "2024-01-01", "2024-12-31", BRIEFING_DATE_PRECISION_YEAR,
    BRIEFING_DATE_UNKNOWN_MONTH, "some month of 2024" },
  { "2024-XX-XX", "2024-01-01", "2024-12-31", BRIEFING_DATE_PRECISION_YEAR,
    BRIEFING_DATE_UNKNOWN_DAY | BRIEFING_DATE_UNKNOWN_MONTH, "some day in 2024" },
  { "2024-02-XX?", "2024-02-01", "2024-02-29", BRIEFING_DATE_PRECISION_MONTH,
    BRIEFING_DATE_UNKNOWN_DAY | BRIEFING_DATE_UNCERTAIN, "perhaps some day in February 2024" },
  { "202X", "2020-01-01", "2029-12-31", BRIEFING_DATE_PRECISION_DECADE, 0, "the 2020s" },
  { "20XX", "2000-01-01", "2099-12-31", BRIEFING_DATE_PRECISION_CENTURY, 0, "2000–2099" },
  { "2024-11-01~", "2024-11-01", "2024-11-01", BRIEFING_DATE_PRECISION_DAY,
    BRIEFING_DATE_APPROXIMATE, "around Friday, 1 November 2024" },
  { "2024-11-01?", "2024-11-01", "2024-11-01", BRIEFING_DATE_PRECISION_DAY,
    BRIEFING_DATE_UNCERTAIN, "perhaps Friday, 1 November 2024" },
  { "2024-11%", "2024-11-01", "2024-11-30", BRIEFING_DATE_PRECISION_MONTH,
    BRIEFING_DATE_APPROXIMATE | BRIEFING_DATE_UNCERTAIN, "perhaps around November 2024" },
  { "2024-10-21/2024-10-31", "2024-10-21", "2024-10-31", BRIEFING_DATE_PRECISION_DAY,
    BRIEFING_DATE_INTERVAL, "21–31 October 2024" },
  { "2024-10-31/2024-11-01", "2024-10-31", "2024-11-01", BRIEFING_DATE_PRECISION_DAY,
    BRIEFING_DATE_INTERVAL, "31 October 2024 – 1 November 2024" },
  { "2024-10-XX/2024-11-01", "2024-10-01", "2024-11-01", BRIEFING_DATE_PRECISION_MONTH,
    BRIEFING_DATE_INTERVAL, "October 2024 – 1 November 2024" },
  { "2024-10~/2024-12", "2024-10-01", "2024-12-31", BRIEFING_DATE_PRECISION_MONTH,
    BRIEFING_DATE_INTERVAL | BRIEFING_DATE_APPROXIMATE, "around October 2024 – December 2024" },
  { "2024-10-15/2024-10", "2024-10-15", "2024-10-31", BRIEFING_DATE_PRECISION_DAY,
    BRIEFING_DATE_INTERVAL, "15 October 2024 – October 2024" },
  { "2024-10-26/2024-10-26", "2024-10-26", "2024-10-26", BRIEFING_DATE_PRECISION_DAY,
    BRIEFING_DATE_INTERVAL, "Saturday, 26 October 2024" },
  { "0001-01-01", "0001-01-01", "0001-01-01", BRIEFING_DATE_PRECISION_DAY, 0, NULL },
  { "9999-12-31", "9999-12-31", "9999-12-31", BRIEFING_DATE_PRECISION_DAY, 0, NULL },
  /* Years before 1000, before our era and beyond 9999: EDTF counts year 0000
   * as 1 BCE and -0001 as 2 BCE. */
  { "0602", "0602-01-01", "0602-12-31", BRIEFING_DATE_PRECISION_YEAR, 0, "602 CE" },
  { "0001-01-01", "0001-01-01", "0001-01-01", BRIEFING_DATE_PRECISION_DAY, 0, "1 January 1 CE" },
  { "0000", "0000-01-01", "0000-12-31", BRIEFING_DATE_PRECISION_YEAR, 0, "1 BCE" },
  { "-0602", "-0602-01-01", "-0602-12-31", BRIEFING_DATE_PRECISION_YEAR, 0, "603 BCE" },
  { "-0043-03-15", "-0043-03-15", "-0043-03-15", BRIEFING_DATE_PRECISION_DAY, 0, "15 March 44 BCE" },
  { "-0043-03", "-0043-03-01", "-0043-03-31", BRIEFING_DATE_PRECISION_MONTH, 0, "March 44 BCE" },
  { "-0004-02", "-0004-02-01", "-0004-02-29", BRIEFING_DATE_PRECISION_MONTH, 0, "February 5 BCE" },
  { "-0100-02", "-0100-02-01", "-0100-02-28", BRIEFING_DATE_PRECISION_MONTH, 0, "February 101 BCE" },
  { "-9999~", "-9999-01-01", "-9999-12-31", BRIEFING_DATE_PRECISION_YEAR,
    BRIEFING_DATE_APPROXIMATE, "around 10,000 BCE" },
  { "Y-13800000000", "-13800000000-01-01", "-13800000000-12-31", BRIEFING_DATE_PRECISION_YEAR, 0,
    "13,800,000,001 BCE" },
  { "Y-13799999999", "-13799999999-01-01", "-13799999999-12-31", BRIEFING_DATE_PRECISION_YEAR, 0,
    "13,800,000,000 BCE" },
  { "Y170000002", "170000002-01-01", "170000002-12-31", BRIEFING_DATE_PRECISION_YEAR, 0,
    "170,000,002 CE" },
  { "Y10000", "10000-01-01", "10000-12-31", BRIEFING_DATE_PRECISION_YEAR, 0, "10,000 CE" },
  { "Y-65000000?", "-65000000-01-01", "-65000000-12-31", BRIEFING_DATE_PRECISION_YEAR,
    BRIEFING_DATE_UNCERTAIN, "perhaps 65,000,001 BCE" },
  { "Y-13799999999/-0602", "-13799999999-01-01", "-0602-12-31", BRIEFING_DATE_PRECISION_YEAR,
    BRIEFING_DATE_INTERVAL, "13,800,000,000 BCE – 603 BCE" },
  { "-0500/0500", "-0500-01-01", "0500-12-31", BRIEFING_DATE_PRECISION_YEAR,
    BRIEFING_DATE_INTERVAL, "501 BCE – 500 CE" },
  { "-0043-03-01/-0043-03-15", "-0043-03-01", "-0043-03-15", BRIEFING_DATE_PRECISION_DAY,
    BRIEFING_DATE_INTERVAL, "1 March 44 BCE – 15 March 44 BCE" },
  { "0999/2024-10", "0999-01-01", "2024-10-31", BRIEFING_DATE_PRECISION_YEAR,
    BRIEFING_DATE_INTERVAL, "999 CE – October 2024" },
  { "001X", "0010-01-01", "0019-12-31", BRIEFING_DATE_PRECISION_DECADE, 0, "the 10s" },
};

typedef struct
{
  const char *text;
  const char *reason;
} InvalidCase;

#define SHAPE "expected a date such as 2024-11-01, 2024-11, 2024, 2024-10-XX, 2024-11-01~ or 2024-10-21/2024-10-31"

static const InvalidCase invalid_cases[] = {
  { "2024-13-01", "month 13 does not exist" },
  { "2024-00", "month 00 does not exist" },
  { "2024-02-30", "2024-02 has no day 30" },
  { "2023-02-29", "2023-02 has no day 29" },
  { "2024-04-31", "2024-04 has no day 31" },
  { "2024-10-00", "2024-10 has no day 00" },
  { "2024-10-21/2024-10-01", "the interval ends before it starts" },
  { "2024-11/2024-10", "the interval ends before it starts" },
  { "-0000", "there is no year -0000: year 0000 is 1 BCE" },
  { "000X", "unspecified digits are not supported in years before 0010" },
  { "00XX", "unspecified digits are not supported in years before 0010" },
  { "-002X", SHAPE },
  { "-0001-02-29", "-0001-02 has no day 29" },
  { "Y2024", "“Y” is only for years of more than four digits: write 2024 or -0602 without it" },
  { "Y-0602", "“Y” is only for years of more than four digits: write 2024 or -0602 without it" },
  { "Y1234567890123", "years of more than 12 digits are not supported" },
  { "Y170000002-01", "a year of more than four digits cannot have a month or a day" },
  { "Y", SHAPE },
  { "Y-", SHAPE },
  { "Y-17E7", SHAPE },
  { "Y+10000", SHAPE },
  { "y10000", SHAPE },
  { "--0602", SHAPE },
  { "-602", SHAPE },
  { "Y10000/Y-10000", "the interval ends before it starts" },
  { "2024-XX-26", "a day cannot be given when the month is unspecified" },
  { "202X-10", "a month cannot be given when the year is not fully known" },
  { "", SHAPE },
  { "yesterday", SHAPE },
  { "2024-1-5", SHAPE },
  { "24-10-05", SHAPE },
  { "10000", SHAPE },
  { "2024-10-3X", SHAPE },
  { "2X24", SHAPE },
  /* A time: the hint says where it goes. */
  { "2024-10-01T10:00", "the time goes in time_of_day: write 2024-10-01 here and “10:00” there" },
  { "2024-10-01 14:30", "the time goes in time_of_day: write 2024-10-01 here and “14:30” there" },
  { "2024-10-01T10:00~", "the time goes in time_of_day: write 2024-10-01 here and “10:00” there" },
  { "2024-02-30T10:00", SHAPE },          /* no such day: not a date with a time */
  { "2024-10-21/..", SHAPE },
  { "/2024-10-01", SHAPE },
  { "2024-10-01~~", SHAPE },
  { " 2024", SHAPE },
};

static char *
iso_of (gint64 day_number)
{
  gint64 year;
  guint month, day;

  briefing_calendar_civil (day_number, &year, &month, &day);
  return g_strdup_printf ("%s%04" G_GINT64_FORMAT "-%02u-%02u", year < 0 ? "-" : "",
                          ABS (year), month, day);
}

static void
test_date_valid (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (valid_cases); i++)
    {
      const ValidCase *c = &valid_cases[i];
      g_autofree char *reason = NULL, *first = NULL, *last = NULL, *formatted = NULL;
      BriefingDate date;

      g_test_message ("%s", c->text);
      g_assert_true (briefing_date_parse (c->text, &date, &reason));
      g_assert_null (reason);
      first = iso_of (date.first_day);
      last = iso_of (date.last_day);
      g_assert_cmpstr (first, ==, c->first);
      g_assert_cmpstr (last, ==, c->last);
      g_assert_cmpint (date.start_precision, ==, c->start_precision);
      g_assert_cmpint (date.flags, ==, c->flags);
      g_assert_cmpuint (briefing_date_get_n_days (&date), ==, (guint64) (date.last_day - date.first_day + 1));
      g_assert_true (briefing_date_is_exact (&date) ==
                     ((c->flags & ~(BRIEFING_DATE_UNKNOWN_DAY | BRIEFING_DATE_UNKNOWN_MONTH)) == 0 &&
                      g_str_equal (c->first, c->last)));
      if (c->formatted != NULL)
        {
          formatted = briefing_date_format (&date);
          g_assert_cmpstr (formatted, ==, c->formatted);
        }
    }
}

static void
test_date_invalid (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (invalid_cases); i++)
    {
      const InvalidCase *c = &invalid_cases[i];
      g_autofree char *reason = NULL;
      BriefingDate date;

      g_test_message ("“%s”", c->text);
      g_assert_false (briefing_date_parse (c->text, &date, &reason));
      g_assert_cmpstr (reason, ==, c->reason);
    }
}

static int
compare_texts (const char *a,
               const char *b)
{
  BriefingDate da, db;

  g_assert_true (briefing_date_parse (a, &da, NULL));
  g_assert_true (briefing_date_parse (b, &db, NULL));
  return briefing_date_compare (&da, &db);
}

static void
test_date_order (void)
{
  /* Each before the next: by first day, then the shorter span first. */
  static const char * const ordered[] = {
    "2020", "202X", "2024", "2024-10", "2024-10-XX/2024-11-01",
    "2024-10-21", "2024-10-21/2024-10-31", "2024-10-31/2024-11-01", "2024-11-01",
    "2024-11-01/2024-11-02", "2024-11", "2024-11-02",
  };
  static const char * const deep[] = {
    "Y-13799999999", "Y-13799999999/-0602", "Y-65000000", "-9999", "-0602", "-0043-03",
    "-0043-03-15", "-0001", "0000", "0000-12-31", "0001", "0602", "2024", "9999-12-31",
    "Y10000", "Y170000002",
  };

  for (guint i = 0; i + 1 < G_N_ELEMENTS (ordered); i++)
    {
      g_test_message ("%s < %s", ordered[i], ordered[i + 1]);
      g_assert_cmpint (compare_texts (ordered[i], ordered[i + 1]), <, 0);
      g_assert_cmpint (compare_texts (ordered[i + 1], ordered[i]), >, 0);
    }

  for (guint i = 0; i + 1 < G_N_ELEMENTS (deep); i++)
    {
      g_test_message ("%s < %s", deep[i], deep[i + 1]);
      g_assert_cmpint (compare_texts (deep[i], deep[i + 1]), <, 0);
      g_assert_cmpint (compare_texts (deep[i + 1], deep[i]), >, 0);
    }

  /* Qualifiers do not change the order: equal spans compare equal. */
  g_assert_cmpint (compare_texts ("2024-11-01", "2024-11-01~"), ==, 0);
  g_assert_cmpint (compare_texts ("2024-10-XX", "2024-10"), ==, 0);
  g_assert_cmpint (compare_texts ("2024-11?", "2024-11-01/2024-11-30"), ==, 0);
}

/* A reference calendar, written the plain way: days of the years before,
 * leap days before, days of the months before. Floor division throughout. */
static gint64
ref_floor_div (gint64 a,
               gint64 b)
{
  gint64 q = a / b;

  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

static gboolean
ref_is_leap (gint64 year)
{
  return ref_floor_div (year, 4) * 4 == year &&
         (ref_floor_div (year, 100) * 100 != year || ref_floor_div (year, 400) * 400 == year);
}

static guint
ref_days_in_month (gint64 year,
                   guint  month)
{
  static const guint lengths[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  return lengths[month - 1] + (month == 2 && ref_is_leap (year) ? 1 : 0);
}

static gint64
ref_day_number (gint64 year,
                guint  month,
                guint  day)
{
  gint64 before = year - 1;
  gint64 n = 365 * before + ref_floor_div (before, 4) - ref_floor_div (before, 100)
             + ref_floor_div (before, 400);

  for (guint m = 1; m < month; m++)
    n += ref_days_in_month (year, m);
  return n + day;
}

/* A random year: mostly near our era, sometimes in deep time. */
static gint64
random_year (void)
{
  switch (g_test_rand_int_range (0, 4))
    {
    case 0: return g_test_rand_int_range (-9999, 10000);
    case 1: return g_test_rand_int_range (1, 10000);
    case 2: return (gint64) g_test_rand_int_range (-999999, 1000000) * 1000000
                   + g_test_rand_int_range (0, 1000000);
    default: return (gint64) g_test_rand_int_range (-99999, 100000) * 10000000
                    + g_test_rand_int_range (0, 10000000);
    }
}

/* The date's text and the days the reference says it covers. */
static char *
random_date (gint64 *first,
             gint64 *last)
{
  gint64 year = random_year ();
  gboolean four_digits = year >= -9999 && year <= 9999;
  g_autofree char *year_text = four_digits
    ? g_strdup_printf ("%s%04" G_GINT64_FORMAT, year < 0 ? "-" : "", ABS (year))
    : g_strdup_printf ("Y%" G_GINT64_FORMAT, year);
  guint month = g_test_rand_int_range (1, 13);
  guint day = g_test_rand_int_range (1, ref_days_in_month (year, month) + 1);

  if (four_digits && g_test_rand_bit ())
    {
      if (g_test_rand_bit ())
        {
          *first = *last = ref_day_number (year, month, day);
          return g_strdup_printf ("%s-%02u-%02u", year_text, month, day);
        }
      *first = ref_day_number (year, month, 1);
      *last = ref_day_number (year, month, ref_days_in_month (year, month));
      return g_strdup_printf ("%s-%02u", year_text, month);
    }
  *first = ref_day_number (year, 1, 1);
  *last = ref_day_number (year, 12, 31);
  return g_steal_pointer (&year_text);
}

static void
test_date_calendar_reference (void)
{
  /* The day numbers of years 1–9999 are GDate's. */
  for (guint i = 0; i < 2000; i++)
    {
      guint year = g_test_rand_int_range (1, 10000), month = g_test_rand_int_range (1, 13);
      guint day = g_test_rand_int_range (1, g_date_get_days_in_month (month, year) + 1);
      g_autoptr(GDate) date = g_date_new_dmy (day, month, year);

      g_assert_cmpint (briefing_calendar_day_number (year, month, day), ==, g_date_get_julian (date));
    }

  for (guint i = 0; i < 20000; i++)
    {
      gint64 year = random_year (), back_year;
      guint month = g_test_rand_int_range (1, 13), back_month, back_day;
      guint day = g_test_rand_int_range (1, ref_days_in_month (year, month) + 1);
      gint64 n = briefing_calendar_day_number (year, month, day);

      g_assert_cmpint (n, ==, ref_day_number (year, month, day));
      g_assert_cmpuint (briefing_calendar_days_in_month (year, month), ==, ref_days_in_month (year, month));
      briefing_calendar_civil (n, &back_year, &back_month, &back_day);
      g_assert_cmpint (back_year, ==, year);
      g_assert_cmpuint (back_month, ==, month);
      g_assert_cmpuint (back_day, ==, day);
      /* Days follow one another across months, years and eras. */
      briefing_calendar_civil (n + 1, &back_year, &back_month, &back_day);
      g_assert_cmpint (briefing_calendar_day_number (back_year, back_month, back_day), ==, n + 1);
      g_assert_true ((back_year == year && back_month == month && back_day == day + 1) ||
                     (back_year == year && back_month == month + 1 && back_day == 1) ||
                     (back_year == year + 1 && back_month == 1 && back_day == 1));
    }
}

static void
test_date_order_reference (void)
{
  for (guint i = 0; i < 20000; i++)
    {
      gint64 first_a, last_a, first_b, last_b;
      g_autofree char *a = random_date (&first_a, &last_a);
      g_autofree char *b = random_date (&first_b, &last_b);
      BriefingDate da, db;
      int expected = first_a != first_b ? (first_a < first_b ? -1 : 1)
                   : last_a != last_b ? (last_a < last_b ? -1 : 1) : 0;
      int order;

      g_assert_true (briefing_date_parse (a, &da, NULL));
      g_assert_true (briefing_date_parse (b, &db, NULL));
      /* Coverage: the days the reference counts. */
      g_assert_cmpint (da.first_day, ==, first_a);
      g_assert_cmpint (da.last_day, ==, last_a);
      g_assert_cmpuint (briefing_date_get_n_days (&da), ==, (guint64) (last_a - first_a + 1));
      order = briefing_date_compare (&da, &db);
      g_assert_cmpint (CLAMP (order, -1, 1), ==, expected);
      g_assert_cmpint (CLAMP (briefing_date_compare (&db, &da), -1, 1), ==, -expected);
    }
}

/* What earns the "approximate" badge: "~", "?" or "%", not a span of days. */
static void
test_date_fuzzy (void)
{
  static const struct { const char *text; gboolean fuzzy; } cases[] = {
    { "2024-10-26", FALSE },
    { "2024-10-30/2024-11-02", FALSE },
    { "2024-10-26/2024-10-26", FALSE },
    { "2024-XX-XX", FALSE },
    { "2024-11", FALSE },
    { "2024", FALSE },
    { "2024-10-26~", TRUE },
    { "2024-10-26?", TRUE },
    { "2024-10-26%", TRUE },
    { "2024-10-21/2024-10-31~", TRUE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      BriefingDate date;

      g_assert_true (briefing_date_parse (cases[i].text, &date, NULL));
      if (briefing_date_is_fuzzy (&date) != cases[i].fuzzy)
        g_error ("%s should %sbe fuzzy", cases[i].text, cases[i].fuzzy ? "" : "not ");
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/valid", test_date_valid);
  g_test_add_func ("/date/invalid", test_date_invalid);
  g_test_add_func ("/date/fuzzy", test_date_fuzzy);
  g_test_add_func ("/date/order", test_date_order);
  g_test_add_func ("/date/calendar-reference", test_date_calendar_reference);
  g_test_add_func ("/date/order-reference", test_date_order_reference);

  return g_test_run ();
}
