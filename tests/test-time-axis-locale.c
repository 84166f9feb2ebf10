/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-calendar.h"
#include "briefing-time-axis.h"
#include "test-locale.h"

/* The time overview's spans of days in each interface language: the
 * parts of a span (days, month, year) in the language's own order, headless. */

#define DAY(y, m, d) briefing_calendar_day_number ((y), (m), (d))

static void
test_spans (void)
{
  static const struct { const char *language, *locale; const char *one_month, *one_year, *two_years, *whole_month; } cases[] = {
    { "C", "C.UTF-8", "3–9 October 2024", "28 September – 9 October 2024",
      "1 October 2023 – 9 October 2024", "October 2024" },
    { "ja", "ja_JP.UTF-8", "2024年10月3日～9日", "2024年9月28日～10月9日", "2023年10月1日～2024年10月9日", "2024年10月" },
    { "ko", "ko_KR.UTF-8", "2024년 10월 3일~9일", "2024년 9월 28일~10월 9일",
      "2023년 10월 1일~2024년 10월 9일", "2024년 10월" },
    { "zh_CN", "zh_CN.UTF-8", "2024年10月3日至9日", "2024年9月28日至10月9日", "2023年10月1日至2024年10月9日", "2024年10月" },
    { "de", "de_DE.UTF-8", "3.–9. Oktober 2024", "28. September – 9. Oktober 2024",
      "1. Oktober 2023 – 9. Oktober 2024", "Oktober 2024" },
    { "es", "es_ES.UTF-8", "3–9 de octubre de 2024", "28 de septiembre – 9 de octubre de 2024",
      "1 de octubre de 2023 – 9 de octubre de 2024", "octubre de 2024" },
    { "fr", "fr_FR.UTF-8", "3–9 octobre 2024", "28 septembre – 9 octobre 2024",
      "1 octobre 2023 – 9 octobre 2024", "octobre 2024" },
    /* The month after a day in the genitive */
    { "uk", "uk_UA.UTF-8", "3–9 жовтня 2024 р.", "28 вересня – 9 жовтня 2024 р.",
      "1 жовтня 2023 р. – 9 жовтня 2024 р.", "жовтень 2024 р." },
    { "ar", "ar_EG.UTF-8", "3–9 أكتوبر 2024", "من 28 سبتمبر إلى 9 أكتوبر 2024",
      "من 1 أكتوبر 2023 إلى 9 أكتوبر 2024", "أكتوبر 2024" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *one_month = NULL, *one_year = NULL, *two_years = NULL, *whole_month = NULL;

      g_test_message ("%s", cases[i].language);
      test_locale_use (cases[i].language, cases[i].locale);
      one_month = briefing_time_axis_format_span (DAY (2024, 10, 3), DAY (2024, 10, 9));
      one_year = briefing_time_axis_format_span (DAY (2024, 9, 28), DAY (2024, 10, 9));
      two_years = briefing_time_axis_format_span (DAY (2023, 10, 1), DAY (2024, 10, 9));
      whole_month = briefing_time_axis_format_span (DAY (2024, 10, 1), DAY (2024, 10, 31));
      g_assert_cmpstr (one_month, ==, cases[i].one_month);
      g_assert_cmpstr (one_year, ==, cases[i].one_year);
      g_assert_cmpstr (two_years, ==, cases[i].two_years);
      /* A month on its own: the nominative where the language has one. */
      g_assert_cmpstr (whole_month, ==, cases[i].whole_month);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/time-axis-locale/spans", test_spans);

  return g_test_run ();
}
