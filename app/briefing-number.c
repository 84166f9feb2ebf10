/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "briefing-number.h"

/*
 * Numbers as the reader's locale writes them: digits grouped with the
 * locale's separator (LC_NUMERIC, through printf's ' flag: "1,234",
 * "1.234", "1 234"), the locale's decimal point, and large round numbers
 * in words as the interface language counts them. Most languages count by
 * thousands ("1.5 billion"); Chinese, Japanese and Korean count by ten
 * thousands (万, 億 / 亿, 억), so 1,500,000,000 is "15億", not "1.5 十億".
 */

static gboolean
has_at_most_one_decimal (double value)
{
  return fabs (value * 10 - round (value * 10)) < 1e-6;
}

/* Whether the interface language names large numbers by ten thousands. */
static gboolean
counts_by_ten_thousands (void)
{
  /* Translators: "3" if your language names large numbers by thousands
   * (thousand, million, billion); "4" if by ten thousands (万, 億 / 亿, 억).
   * Anything else counts as "3". */
  return strcmp (C_("number scale", "3"), "4") == 0;
}

/**
 * briefing_number_format:
 * @value: a number
 *
 * Returns: (transfer full): @value with the locale's digit grouping and
 *   decimal point, without trailing zeros, and a minus sign for a negative
 *   number: 1234 → "1,234", 2.50 → "2.5", -45000 → "−45,000"
 */
char *
briefing_number_format (double value)
{
  const char *point = localeconv ()->decimal_point;
  g_autofree char *text = NULL;
  char *end;

  /* The magnitude, then a true minus sign (U+2212), not a hyphen. */
  if (fabs (value - round (value)) < 1e-9)
    text = g_strdup_printf ("%'.0f", fabs (value));
  else
    {
      text = g_strdup_printf ("%'.2f", fabs (value));
      end = text + strlen (text);
      while (end > text && end[-1] == '0')
        *--end = '\0';
      if (point != NULL && end - text >= (gssize) strlen (point) &&
          strcmp (end - strlen (point), point) == 0)
        end[-(gssize) strlen (point)] = '\0';
    }
  if (value < 0 && strspn (text, "0") != strlen (text))
    return g_strconcat ("\u2212", text, NULL);
  return g_steal_pointer (&text);
}

/**
 * briefing_number_format_large:
 * @value: a number
 *
 * Returns: (transfer full): @value for reading, a large round number in
 *   words: "425 million", "1.5 billion" (in Japanese "4億2500万" is given
 *   as "42,500万" and 1.5 billion as "15億"); others as
 *   briefing_number_format() gives them
 */
char *
briefing_number_format_large (double value)
{
  double magnitude = fabs (value);

  if (counts_by_ten_thousands ())
    {
      if (magnitude >= 1e8 && has_at_most_one_decimal (value / 1e8))
        {
          g_autofree char *mantissa = briefing_number_format (value / 1e8);

          /* Translators: a large round number by ten thousands: "15億" (10⁸),
           * used where "number scale" is "4" */
          return g_strdup_printf (C_("figure", "%s hundred million"), mantissa);
        }
      if (magnitude >= 1e5 && has_at_most_one_decimal (value / 1e4))
        {
          g_autofree char *mantissa = briefing_number_format (value / 1e4);

          /* Translators: a large round number by ten thousands: "42,500万"
           * (10⁴), used where "number scale" is "4" */
          return g_strdup_printf (C_("figure", "%s ten thousand"), mantissa);
        }
      return briefing_number_format (value);
    }

  if (magnitude >= 1e9 && has_at_most_one_decimal (value / 1e9))
    {
      g_autofree char *mantissa = briefing_number_format (value / 1e9);

      /* Translators: a large round number: "1.5 billion" */
      return g_strdup_printf (C_("figure", "%s billion"), mantissa);
    }
  if (magnitude >= 1e6 && has_at_most_one_decimal (value / 1e6))
    {
      g_autofree char *mantissa = briefing_number_format (value / 1e6);

      /* Translators: a large round number: "425 million" */
      return g_strdup_printf (C_("figure", "%s million"), mantissa);
    }
  return briefing_number_format (value);
}

/**
 * briefing_number_format_count:
 * @value: how many
 *
 * Returns: (transfer full): @value with the locale's digit grouping: "12,345"
 */
char *
briefing_number_format_count (guint value)
{
  return g_strdup_printf ("%'u", value);
}
