/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

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
  { "2024-10-XX", "2024-10-01", "2024-10-31", BRIEFING_DATE_PRECISION_MONTH, 0, "October 2024" },
  { "2024-XX", "2024-01-01", "2024-12-31", BRIEFING_DATE_PRECISION_YEAR, 0, "2024" },
  { "2024-XX-XX", "2024-01-01", "2024-12-31", BRIEFING_DATE_PRECISION_YEAR, 0, "2024" },
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
  { "0000", "years before 0001 are not supported" },
  { "2024-XX-26", "a day cannot be given when the month is unspecified" },
  { "202X-10", "a month cannot be given when the year is not fully known" },
  { "", SHAPE },
  { "yesterday", SHAPE },
  { "2024-1-5", SHAPE },
  { "24-10-05", SHAPE },
  { "10000", SHAPE },
  { "2024-10-3X", SHAPE },
  { "2X24", SHAPE },
  { "2024-10-01T10:00", SHAPE },
  { "2024-10-21/..", SHAPE },
  { "/2024-10-01", SHAPE },
  { "2024-10-01~~", SHAPE },
  { " 2024", SHAPE },
};

static char *
iso_of (guint32 julian)
{
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_julian (&day, julian);
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&day), g_date_get_month (&day),
                          g_date_get_day (&day));
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
      g_assert_cmpuint (briefing_date_get_n_days (&date), ==, date.last_day - date.first_day + 1);
      g_assert_true (briefing_date_is_exact (&date) == (c->flags == 0 && g_str_equal (c->first, c->last)));
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

  for (guint i = 0; i + 1 < G_N_ELEMENTS (ordered); i++)
    {
      g_test_message ("%s < %s", ordered[i], ordered[i + 1]);
      g_assert_cmpint (compare_texts (ordered[i], ordered[i + 1]), <, 0);
      g_assert_cmpint (compare_texts (ordered[i + 1], ordered[i]), >, 0);
    }

  /* Qualifiers do not change the order: equal spans compare equal. */
  g_assert_cmpint (compare_texts ("2024-11-01", "2024-11-01~"), ==, 0);
  g_assert_cmpint (compare_texts ("2024-10-XX", "2024-10"), ==, 0);
  g_assert_cmpint (compare_texts ("2024-11?", "2024-11-01/2024-11-30"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/valid", test_date_valid);
  g_test_add_func ("/date/invalid", test_date_invalid);
  g_test_add_func ("/date/order", test_date_order);

  return g_test_run ();
}
