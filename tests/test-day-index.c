/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Where events fall in time, for the time overview: headless. */
#include "config.h"

#include <string.h>

#include "briefing-calendar.h"
#include "briefing-day-index.h"
#include "test-sample.h"

static gint64
day (gint64 year,
     guint  month,
     guint  day_of_month)
{
  return briefing_calendar_day_number (year, month, day_of_month);
}

/* A report of events with @dates, NULL-terminated. */
static BriefingReport *
load_dates (const char * const *dates)
{
  g_autoptr(GString) text = g_string_new ("{\"format\": \"briefing\", \"version\": \"1.0\", "
                                          "\"title\": \"T\", \"topics\": [], \"events\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  BriefingReport *report;

  for (guint i = 0; dates[i] != NULL; i++)
    g_string_append_printf (text, "%s{\"id\": \"e%u\", \"date\": \"%s\", \"headline\": \"H\", \"topics\": []}",
                            i > 0 ? ", " : "", i, dates[i]);
  g_string_append (text, "]}");
  bytes = g_bytes_new (text->str, text->len);
  report = briefing_report_load_bytes (bytes, "test.briefing", NULL, &error);
  g_assert_no_error (error);
  return report;
}

static BriefingDayIndex *
index_dates (const char * const *dates)
{
  g_autoptr(BriefingReport) report = load_dates (dates);

  return briefing_day_index_new (briefing_report_get_events (report));
}

static void
assert_span (BriefingDayIndex *index,
             gint64            first,
             gint64            last)
{
  gint64 a = 0, b = 0;

  g_assert_true (briefing_day_index_get_span (index, &a, &b));
  g_assert_cmpint (a, ==, first);
  g_assert_cmpint (b, ==, last);
}

static void
test_sample (void)
{
  g_autoptr(BriefingReport) report = load_sample ();
  g_autoptr(BriefingDayIndex) index = briefing_day_index_new (briefing_report_get_events (report));
  guint bins[3];

  g_assert_cmpuint (briefing_day_index_get_n_events (index), ==, 13);
  /* "2024-10-XX/2024-11-01" starts on the first of October. */
  assert_span (index, day (2024, 10, 1), day (2024, 11, 1));
  /* Everything covers the first of November but the two of 21–31 October. */
  g_assert_cmpuint (briefing_day_index_count (index, day (2024, 11, 1), day (2024, 11, 1)), ==, 11);
  /* 25 October: the seven "October to 1 November" and the two 21–31. */
  g_assert_cmpuint (briefing_day_index_count (index, day (2024, 10, 25), day (2024, 10, 25)), ==, 9);
  g_assert_cmpuint (briefing_day_index_count (index, day (2024, 10, 31), day (2024, 10, 31)), ==, 10);
  g_assert_cmpuint (briefing_day_index_count (index, day (2024, 9, 1), day (2024, 9, 30)), ==, 0);
  g_assert_cmpuint (briefing_day_index_count (index, day (2024, 11, 2), day (2025, 1, 1)), ==, 0);
  g_assert_cmpuint (briefing_day_index_count (index, day (2024, 1, 1), day (2024, 12, 31)), ==, 13);

  /* Bins of ten days from 1 October: 1–10, 11–20, 21–30. */
  briefing_day_index_fill_bins (index, day (2024, 10, 1), 10, bins, 3);
  g_assert_cmpuint (bins[0], ==, 7);
  g_assert_cmpuint (bins[1], ==, 7);
  g_assert_cmpuint (bins[2], ==, 9);
}

static void
test_empty (void)
{
  const char *dates[] = { NULL };
  g_autoptr(BriefingDayIndex) index = index_dates (dates);
  guint bins[2] = { 7, 7 };

  g_assert_cmpuint (briefing_day_index_get_n_events (index), ==, 0);
  g_assert_false (briefing_day_index_get_span (index, NULL, NULL));
  g_assert_cmpuint (briefing_day_index_count (index, G_MININT64, G_MAXINT64), ==, 0);
  briefing_day_index_fill_bins (index, 0, 1, bins, 2);
  g_assert_cmpuint (bins[0], ==, 0);
  g_assert_cmpuint (bins[1], ==, 0);
}

static void
test_one_event (void)
{
  const char *dates[] = { "2024-03-05", NULL };
  g_autoptr(BriefingDayIndex) index = index_dates (dates);
  guint bins[3];

  assert_span (index, day (2024, 3, 5), day (2024, 3, 5));
  g_assert_cmpuint (briefing_day_index_count (index, day (2024, 3, 5), day (2024, 3, 5)), ==, 1);
  g_assert_cmpuint (briefing_day_index_count (index, day (2024, 3, 4), day (2024, 3, 4)), ==, 0);
  g_assert_cmpuint (briefing_day_index_count (index, day (2024, 3, 6), day (2024, 3, 9)), ==, 0);
  /* A backwards period holds nothing. */
  g_assert_cmpuint (briefing_day_index_count (index, day (2024, 3, 6), day (2024, 3, 4)), ==, 0);
  g_assert_cmpuint (briefing_day_index_count (index, G_MININT64, G_MAXINT64), ==, 1);

  /* Bins of a quarter day: the event's day is four bins. */
  briefing_day_index_fill_bins (index, day (2024, 3, 4), 0.25, bins, 3);
  g_assert_cmpuint (bins[0], ==, 0);
  g_assert_cmpuint (bins[2], ==, 0);
  briefing_day_index_fill_bins (index, day (2024, 3, 5), 0.25, bins, 3);
  g_assert_cmpuint (bins[0], ==, 1);
  g_assert_cmpuint (bins[1], ==, 1);
  g_assert_cmpuint (bins[2], ==, 1);
}

static void
test_one_day (void)
{
  const char *dates[] = { "2024-03-05", "2024-03-05", "2024-03-05", "2024-03-05", NULL };
  g_autoptr(BriefingDayIndex) index = index_dates (dates);
  guint bins[3];

  assert_span (index, day (2024, 3, 5), day (2024, 3, 5));
  briefing_day_index_fill_bins (index, day (2024, 3, 4), 1, bins, 3);
  g_assert_cmpuint (bins[0], ==, 0);
  g_assert_cmpuint (bins[1], ==, 4);
  g_assert_cmpuint (bins[2], ==, 0);
}

static void
test_intervals_over_years (void)
{
  const char *dates[] = { "2001-05-01/2010-02-28", "2005/2006", "2009-12-31", NULL };
  g_autoptr(BriefingDayIndex) index = index_dates (dates);
  guint bins[4];

  assert_span (index, day (2001, 5, 1), day (2010, 2, 28));
  /* One bin a year from 2003 (365.25 days, near enough for the test's days). */
  briefing_day_index_fill_bins (index, day (2003, 1, 1), 365.25, bins, 4);
  g_assert_cmpuint (bins[0], ==, 1);  /* 2003 */
  g_assert_cmpuint (bins[1], ==, 1);  /* 2004 */
  g_assert_cmpuint (bins[2], ==, 2);  /* 2005 */
  g_assert_cmpuint (bins[3], ==, 2);  /* 2006 */
  g_assert_cmpuint (briefing_day_index_count (index, day (2009, 12, 31), day (2010, 1, 1)), ==, 2);
  g_assert_cmpuint (briefing_day_index_count (index, day (2010, 3, 1), day (2010, 3, 1)), ==, 0);
}

static void
test_fuzzy_months (void)
{
  const char *dates[] = { "2024-03~", "2024-03?", "2024-04", "2024-02-29", NULL };
  g_autoptr(BriefingDayIndex) index = index_dates (dates);

  /* A month covers every day of it: the 10th could be any of them. */
  assert_span (index, day (2024, 2, 29), day (2024, 4, 30));
  g_assert_cmpuint (briefing_day_index_count (index, day (2024, 3, 10), day (2024, 3, 10)), ==, 2);
  g_assert_cmpuint (briefing_day_index_count (index, day (2024, 3, 31), day (2024, 4, 1)), ==, 3);
  g_assert_cmpuint (briefing_day_index_count (index, day (2024, 2, 29), day (2024, 3, 1)), ==, 3);
  g_assert_cmpuint (briefing_day_index_count (index, day (2024, 2, 1), day (2024, 2, 28)), ==, 0);
}

static void
test_years_only (void)
{
  const char *dates[] = { "1914", "1939/1945", "-0044", "Y-100000", NULL };
  g_autoptr(BriefingDayIndex) index = index_dates (dates);
  gint64 first, last;
  guint bins[2];

  g_assert_true (briefing_day_index_get_span (index, &first, &last));
  g_assert_cmpint (first, ==, day (-100000, 1, 1));
  g_assert_cmpint (last, ==, day (1945, 12, 31));
  g_assert_cmpuint (briefing_day_index_count (index, day (1914, 7, 28), day (1914, 7, 28)), ==, 1);
  g_assert_cmpuint (briefing_day_index_count (index, day (1940, 1, 1), day (1940, 1, 1)), ==, 1);
  g_assert_cmpuint (briefing_day_index_count (index, day (-44, 3, 15), day (-44, 3, 15)), ==, 1);
  /* Two bins over the whole span: each holds the ends it reaches. */
  briefing_day_index_fill_bins (index, first, (last - first + 1) / 2.0, bins, 2);
  g_assert_cmpuint (bins[0], ==, 1);
  g_assert_cmpuint (bins[1], ==, 3);
}

/* The range holds every event covering the span, and only events that
 * could: checked against a scan. */
static void
assert_lookup (BriefingDayIndex *index,
               gint64            first,
               gint64            last,
               guint             n_expected)
{
  guint start, end, n = 0;
  gint64 previous = G_MININT64;

  briefing_day_index_lookup (index, first, last, &start, &end);
  for (guint i = 0; i < briefing_day_index_get_n_events (index); i++)
    {
      BriefingEvent *event = briefing_day_index_peek_event (index, i);
      gboolean covers = briefing_event_covers_period (event, first, last);

      /* In first-day order. */
      g_assert_cmpint (briefing_event_get_date (event)->first_day, >=, previous);
      previous = briefing_event_get_date (event)->first_day;
      if (covers)
        {
          g_assert_cmpuint (i, >=, start);
          g_assert_cmpuint (i, <, end);
          n++;
        }
    }
  g_assert_cmpuint (n, ==, n_expected);
  g_assert_cmpuint (briefing_day_index_count (index, first, last), ==, n_expected);
}

static void
test_lookup (void)
{
  const char *dates[] = { "2001-05-01/2010-02-28", "2005/2006", "2009-12-31", "2003-03-03", "2011", NULL };
  g_autoptr(BriefingDayIndex) index = index_dates (dates);
  guint start, end;

  assert_lookup (index, day (2009, 12, 31), day (2009, 12, 31), 2);
  assert_lookup (index, day (2003, 1, 1), day (2003, 12, 31), 2);
  assert_lookup (index, day (2010, 3, 1), day (2010, 12, 31), 0);
  assert_lookup (index, day (2011, 6, 1), day (2011, 6, 1), 1);
  assert_lookup (index, G_MININT64, G_MAXINT64, 5);
  /* Before everything: an empty range. */
  g_assert_false (briefing_day_index_lookup (index, day (1990, 1, 1), day (1991, 1, 1), &start, &end));
  /* After the long interval ends, it is left out without a scan. */
  briefing_day_index_lookup (index, day (2011, 1, 1), day (2011, 1, 1), &start, &end);
  g_assert_cmpuint (start, ==, 4);
  g_assert_cmpuint (end, ==, 5);
}

static void
test_covers_period (void)
{
  g_autoptr(BriefingReport) report = load_sample ();
  BriefingEvent *event = find_event (report, "choe-pledges-support");  /* 2024-11-01 */

  g_assert_true (briefing_event_covers_period (event, day (2024, 11, 1), day (2024, 11, 1)));
  g_assert_true (briefing_event_covers_period (event, day (2024, 10, 1), day (2024, 11, 1)));
  g_assert_false (briefing_event_covers_period (event, day (2024, 11, 2), day (2024, 11, 9)));
  g_assert_false (briefing_event_covers_period (event, day (2024, 10, 1), day (2024, 10, 31)));
}

static void
assert_across_matches_scan (BriefingDayIndex *index,
                            gint64            first,
                            gint64            last)
{
  guint n = 0;

  for (guint i = 0; i < briefing_day_index_get_n_events (index); i++)
    {
      const BriefingDate *date = briefing_event_get_date (briefing_day_index_peek_event (index, i));

      n += date->first_day <= first && date->last_day >= last;
    }
  g_assert_cmpuint (briefing_day_index_count_across (index, first, last), ==, n);
}

/* Counts and collections against a scan, over every span whose ends are
 * an event's first or last day or next to one. */
static void
assert_matches_scan (BriefingDayIndex *index)
{
  guint n = briefing_day_index_get_n_events (index);
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < n; i++)
    {
      const BriefingDate *date = briefing_event_get_date (briefing_day_index_peek_event (index, i));

      for (gint64 d = -1; d <= 1; d++)
        {
          gint64 first = date->first_day + d, last = date->last_day + d;

          g_array_append_val (ends, first);
          g_array_append_val (ends, last);
        }
    }
  for (guint a = 0; a < ends->len; a++)
    for (guint b = 0; b < ends->len; b++)
      {
        gint64 first = g_array_index (ends, gint64, a), last = g_array_index (ends, gint64, b);
        guint n_covering = 0, k = 0;

        if (last < first)
          continue;
        g_array_set_size (positions, 0);
        g_assert_cmpuint (briefing_day_index_collect (index, first, last, positions), ==, positions->len);
        for (guint i = 0; i < n; i++)
          if (briefing_event_covers_period (briefing_day_index_peek_event (index, i), first, last))
            {
              /* The same events, in the same order. */
              g_assert_cmpuint (k, <, positions->len);
              g_assert_cmpuint (g_array_index (positions, guint, k), ==, i);
              k++;
              n_covering++;
            }
        g_assert_cmpuint (k, ==, positions->len);
        g_assert_cmpuint (briefing_day_index_count (index, first, last), ==, n_covering);
        assert_across_matches_scan (index, first, last);
      }
}

static void
test_collect (void)
{
  /* A long interval first: every later event starts inside it. */
  const char *short_span[] = { "2001-05-01/2010-02-28", "2005/2006", "2009-12-31", "2003-03-03",
                               "2011", "2003-03-03~", "2003-03", "2010-02-28", "2010-03-01", NULL };
  /* Over two centuries: longer than per-day counts are made for. */
  const char *long_span[] = { "1800", "2001-05-01/2010-02-28", "2005/2006", "2009-12-31",
                              "2003-03-03", "2011", "2003-03", NULL };
  g_autoptr(BriefingDayIndex) index = index_dates (short_span);
  g_autoptr(BriefingDayIndex) deep = index_dates (long_span);
  g_autoptr(BriefingDayIndex) none = index_dates ((const char *[]) { NULL });
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (guint));

  assert_matches_scan (index);
  assert_matches_scan (deep);
  /* Each event is found where it is, among the others of its first day. */
  for (guint i = 0; i < briefing_day_index_get_n_events (index); i++)
    {
      guint position = G_MAXUINT;

      g_assert_true (briefing_day_index_find (index, briefing_day_index_peek_event (index, i), &position));
      g_assert_cmpuint (position, ==, i);
    }
  {
    guint position = G_MAXUINT;

    g_assert_false (briefing_day_index_find (index, briefing_day_index_peek_event (deep, 0), &position));
    g_assert_cmpuint (position, ==, G_MAXUINT);
  }
  /* Only the events covering the day, not all that start before it. */
  g_assert_cmpuint (briefing_day_index_collect (index, day (2010, 3, 1), day (2010, 3, 1), positions), ==, 1);
  g_assert_cmpuint (briefing_day_index_collect (none, G_MININT64, G_MAXINT64, positions), ==, 0);
  g_assert_cmpuint (briefing_day_index_count (none, G_MININT64, G_MAXINT64), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/day-index/sample", test_sample);
  g_test_add_func ("/day-index/empty", test_empty);
  g_test_add_func ("/day-index/one-event", test_one_event);
  g_test_add_func ("/day-index/one-day", test_one_day);
  g_test_add_func ("/day-index/intervals-over-years", test_intervals_over_years);
  g_test_add_func ("/day-index/fuzzy-months", test_fuzzy_months);
  g_test_add_func ("/day-index/years-only", test_years_only);
  g_test_add_func ("/day-index/covers-period", test_covers_period);
  g_test_add_func ("/day-index/lookup", test_lookup);
  g_test_add_func ("/day-index/collect", test_collect);

  return g_test_run ();
}
