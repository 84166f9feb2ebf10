/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "briefing-date.h"
#include "briefing-language.h"
#include "briefing-number.h"
#include "test-locale.h"

/* Dates, numbers and plural forms in each interface language, headless. */

typedef struct
{
  const char *language;
  const char *locale;
} Language;

static char *
format_date (const char *text)
{
  BriefingDate date;
  g_autofree char *reason = NULL;

  if (!briefing_date_parse (text, &date, &reason))
    g_error ("%s: %s", text, reason);
  return briefing_date_format (&date);
}

static void
assert_date (const char *text,
             const char *expected)
{
  g_autofree char *formatted = format_date (text);

  g_assert_cmpstr (formatted, ==, expected);
}

static void
test_dates (void)
{
  static const struct { const char *language, *locale, *date, *expected; } cases[] = {
    { "C", "C.UTF-8", "2024-11-01", "Friday, 1 November 2024" },
    { "C", "C.UTF-8", "2024-10-21/2024-10-31", "21–31 October 2024" },
    /* Month and weekday names from the locale, order from the translation */
    { "de", "de_DE.UTF-8", "2024-11-01", "Freitag, 1. November 2024" },
    { "de", "de_DE.UTF-8", "2024-10-21/2024-10-31", "21.–31. Oktober 2024" },
    { "de", "de_DE.UTF-8", "2024-10~", "etwa Oktober 2024" },
    { "fr", "fr_FR.UTF-8", "2024-11-01", "vendredi 1 novembre 2024" },
    { "es", "es_ES.UTF-8", "2024-11-01", "viernes, 1 de noviembre de 2024" },
    { "ja", "ja_JP.UTF-8", "2024-11-01", "2024年11月1日 金曜日" },
    { "ja", "ja_JP.UTF-8", "2024-10", "2024年10月" },
    { "ja", "ja_JP.UTF-8", "2024", "2024年" },
    { "ja", "ja_JP.UTF-8", "2024-10-21/2024-10-31", "2024年10月21日～31日" },
    { "ja", "ja_JP.UTF-8", "2024-11-01~", "2024年11月1日 金曜日ごろ" },
    { "ja", "ja_JP.UTF-8", "2024-10-31/2024-11-02", "2024年10月31日～2024年11月2日" },
    { "zh_CN", "zh_CN.UTF-8", "2024-11-01", "2024年11月1日 星期五" },
    { "zh_CN", "zh_CN.UTF-8", "2024-10-21/2024-10-31", "2024年10月21日至31日" },
    { "ko", "ko_KR.UTF-8", "2024-11-01", "2024년 11월 1일 금요일" },
    { "ko", "ko_KR.UTF-8", "2024-10-21/2024-10-31", "2024년 10월 21일~31일" },
    /* Ukrainian: the month after a day in the genitive, alone in the nominative */
    { "uk", "uk_UA.UTF-8", "2024-11-01", "п'ятниця, 1 листопада 2024 р." },
    { "uk", "uk_UA.UTF-8", "2024-11", "листопад 2024 р." },
    { "uk", "uk_UA.UTF-8", "2024-10-21/2024-10-31", "21–31 жовтня 2024 р." },
    { "ar", "ar_EG.UTF-8", "2024-11-01", "الجمعة، 1 نوفمبر 2024" },
    { "ar", "ar_EG.UTF-8", "2024-10-31/2024-11-02", "من 31 أكتوبر 2024 إلى 2 نوفمبر 2024" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s: %s", cases[i].language, cases[i].date);
      test_locale_use (cases[i].language, cases[i].locale);
      assert_date (cases[i].date, cases[i].expected);
    }
}

static void
test_numbers (void)
{
  static const struct { const char *language, *locale; double value; const char *expected; } cases[] = {
    { "C", "C.UTF-8", 1234567, "1234567" },
    { "C", "C.UTF-8", 1.5e9, "1.5 billion" },
    /* A minus sign, not a hyphen, however the number is written */
    { "C", "C.UTF-8", -45000, "\u221245000" },
    { "C", "C.UTF-8", -2.5, "\u22122.5" },
    { "C", "C.UTF-8", -1.5e9, "\u22121.5 billion" },
    { "C", "C.UTF-8", -0.001, "0" },
    { "de", "de_DE.UTF-8", -45000, "\u221245.000" },
    { "fr", "fr_FR.UTF-8", -1234567, "\u22121\u202f234\u202f567" },
    { "de", "de_DE.UTF-8", 1234567, "1.234.567" },
    { "de", "de_DE.UTF-8", 2.5, "2,5" },
    { "de", "de_DE.UTF-8", 1.5e9, "1,5 Mrd." },
    { "fr", "fr_FR.UTF-8", 1234567, "1\u202f234\u202f567" },
    { "uk", "uk_UA.UTF-8", 425e6, "425 млн" },
    { "es", "es_ES.UTF-8", 1234567, "1.234.567" },
    /* By ten thousands in Japanese, Chinese and Korean */
    { "ja", "ja_JP.UTF-8", 1.5e9, "15億" },
    { "ja", "ja_JP.UTF-8", 425e6, "42,500万" },
    { "ja", "ja_JP.UTF-8", 48, "48" },
    { "zh_CN", "zh_CN.UTF-8", 1.5e9, "15亿" },
    { "ko", "ko_KR.UTF-8", 3e5, "30만" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = NULL;

      g_test_message ("%s: %g", cases[i].language, cases[i].value);
      test_locale_use (cases[i].language, cases[i].locale);
      text = briefing_number_format_large (cases[i].value);
      g_assert_cmpstr (text, ==, cases[i].expected);
    }

  test_locale_use ("de", "de_DE.UTF-8");
  {
    g_autofree char *count = briefing_number_format_count (12345);
    g_autofree char *events = g_strdup_printf (ngettext ("%'u event", "%'u events", 12345), 12345);

    g_assert_cmpstr (count, ==, "12.345");
    g_assert_cmpstr (events, ==, "12.345 Ereignisse");
  }
}

/* The counts of the sidebar and the headings, for each n a plural rule tells apart. */
static const guint plural_numbers[] = { 0, 1, 2, 3, 5, 11, 21, 100, 101 };

/* A macro, so that the format strings stay literals the compiler checks. */
#define assert_plurals(singular, plural, ...)                                     \
  G_STMT_START {                                                                  \
    const char * const expected[] = { __VA_ARGS__ };                              \
    G_STATIC_ASSERT (G_N_ELEMENTS (expected) == G_N_ELEMENTS (plural_numbers));   \
    for (gsize i = 0; i < G_N_ELEMENTS (plural_numbers); i++)                     \
      {                                                                           \
        guint n = plural_numbers[i];                                              \
        g_autofree char *text = g_strdup_printf (ngettext (singular, plural, n), n); \
                                                                                  \
        g_assert_cmpstr (text, ==, expected[i]);                                  \
      }                                                                           \
  } G_STMT_END

static void
test_plurals_uk (void)
{
  test_locale_use ("uk", "uk_UA.UTF-8");
  assert_plurals ("%'u event", "%'u events",
    "0 подій", "1 подія", "2 події", "3 події", "5 подій", "11 подій", "21 подія",
    "100 подій", "101 подія");
  assert_plurals ("%'u turn", "%'u turns",
    "0 реплік", "1 репліка", "2 репліки", "3 репліки", "5 реплік", "11 реплік",
    "21 репліка", "100 реплік", "101 репліка");
  assert_plurals ("%'u topic", "%'u topics",
    "0 тем", "1 тема", "2 теми", "3 теми", "5 тем", "11 тем", "21 тема",
    "100 тем", "101 тема");
  assert_plurals ("%'u problem", "%'u problems",
    "0 проблем", "1 проблема", "2 проблеми", "3 проблеми", "5 проблем", "11 проблем",
    "21 проблема", "100 проблем", "101 проблема");
}

static void
test_plurals_ar (void)
{
  test_locale_use ("ar", "ar_EG.UTF-8");
  assert_plurals ("%'u event", "%'u events",
    "لا أحداث", "حدث واحد", "حدثان", "3 أحداث", "5 أحداث", "11 حدثًا", "21 حدثًا",
    "100 حدث", "101 حدث");
  assert_plurals ("%'u turn", "%'u turns",
    "لا مداخلات", "مداخلة واحدة", "مداخلتان", "3 مداخلات", "5 مداخلات", "11 مداخلة",
    "21 مداخلة", "100 مداخلة", "101 مداخلة");
  assert_plurals ("%'u topic", "%'u topics",
    "لا مواضيع", "موضوع واحد", "موضوعان", "3 مواضيع", "5 مواضيع", "11 موضوعًا",
    "21 موضوعًا", "100 موضوع", "101 موضوع");
  assert_plurals ("%'u problem", "%'u problems",
    "لا مشكلات", "مشكلة واحدة", "مشكلتان", "3 مشكلات", "5 مشكلات", "11 مشكلة",
    "21 مشكلة", "100 مشكلة", "101 مشكلة");
}

static void
test_direction (void)
{
  static const struct { const char *tag; gboolean rtl; } cases[] = {
    { "ar", TRUE }, { "ar-EG", TRUE }, { "he", TRUE }, { "he_IL", TRUE }, { "fa", TRUE },
    { "ur-PK", TRUE }, { "yi", TRUE }, { "az-Arab", TRUE }, { "pa-Arab-PK", TRUE },
    { "ku-Latn", FALSE }, { "en", FALSE }, { "uk", FALSE }, { "ja", FALSE },
    { "zh-Hans-CN", FALSE }, { "arn", FALSE }, { "", FALSE }, { NULL, FALSE },
  };
  g_autofree char *isolated = briefing_text_isolate ("John Smith");
  g_autofree char *empty = briefing_text_isolate (NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    if (briefing_language_is_right_to_left (cases[i].tag) != cases[i].rtl)
      g_error ("%s should be written %s", cases[i].tag,
               cases[i].rtl ? "right to left" : "left to right");

  g_assert_cmpstr (isolated, ==, "\u2068John Smith\u2069");
  g_assert_cmpstr (empty, ==, "");
  {
    g_autofree char *rtl = briefing_text_isolate_as ("John Smith يصل", TRUE);
    g_autofree char *ltr = briefing_text_isolate_as ("القاهرة", FALSE);

    g_assert_cmpstr (rtl, ==, "\u2067John Smith يصل\u2069");
    g_assert_cmpstr (ltr, ==, "\u2066القاهرة\u2069");
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/locale/dates", test_dates);
  g_test_add_func ("/locale/numbers", test_numbers);
  g_test_add_func ("/locale/plurals-uk", test_plurals_uk);
  g_test_add_func ("/locale/plurals-ar", test_plurals_ar);
  g_test_add_func ("/locale/direction", test_direction);

  return g_test_run ();
}
