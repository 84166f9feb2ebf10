/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The time overview's axis: steps, ticks and labels, without a display. */
#include "config.h"

#include <locale.h>

#include "briefing-calendar.h"
#include "briefing-time-axis.h"

static double
day (gint64 year,
     guint  month,
     guint  day_of_month)
{
  return briefing_calendar_day_number (year, month, day_of_month);
}

static void
assert_step (double           days_per_pixel,
             BriefingTimeUnit unit,
             gint64           count)
{
  BriefingTimeStep step = briefing_time_axis_choose_step (days_per_pixel, 60);

  g_assert_cmpint (step.unit, ==, unit);
  g_assert_cmpint (step.count, ==, count);
}

static void
test_steps (void)
{
  /* A day over 1000 pixels: hours. */
  assert_step (1 / 1000.0, BRIEFING_TIME_UNIT_HOUR, 3);
  assert_step (1 / 60.0, BRIEFING_TIME_UNIT_DAY, 1);
  assert_step (31 / 600.0, BRIEFING_TIME_UNIT_DAY, 5);
  assert_step (365 / 800.0, BRIEFING_TIME_UNIT_MONTH, 1);
  assert_step (3650 / 800.0, BRIEFING_TIME_UNIT_YEAR, 1);
  assert_step (100 * 365 / 800.0, BRIEFING_TIME_UNIT_YEAR, 10);
  /* The age of the universe over 800 pixels. */
  assert_step (13.8e9 * 365.25 / 800.0, BRIEFING_TIME_UNIT_YEAR, G_GINT64_CONSTANT (2000000000));
}

static void
assert_ticks (BriefingTimeStep    step,
              double              from,
              const char * const *labels)
{
  double tick = briefing_time_axis_first_tick (step, from);

  for (guint i = 0; labels[i] != NULL; i++)
    {
      g_autofree char *label = briefing_time_axis_format_tick (step, tick);

      g_assert_cmpstr (label, ==, labels[i]);
      tick = briefing_time_axis_next_tick (step, tick);
    }
}

static void
test_ticks (void)
{
  assert_ticks ((BriefingTimeStep) { BRIEFING_TIME_UNIT_DAY, 10 }, day (2024, 10, 5),
                (const char *[]) { "11 Oct", "21 Oct", "1 Nov", "11 Nov", NULL });
  assert_ticks ((BriefingTimeStep) { BRIEFING_TIME_UNIT_DAY, 5 }, day (2024, 2, 24),
                (const char *[]) { "26 Feb", "1 Mar", "6 Mar", NULL });
  assert_ticks ((BriefingTimeStep) { BRIEFING_TIME_UNIT_MONTH, 3 }, day (2024, 8, 15),
                (const char *[]) { "Oct", "2025", "Apr", NULL });
  assert_ticks ((BriefingTimeStep) { BRIEFING_TIME_UNIT_HOUR, 6 }, day (2024, 10, 31) + 0.3,
                (const char *[]) { "12:00", "18:00", "1 Nov", "06:00", NULL });
  assert_ticks ((BriefingTimeStep) { BRIEFING_TIME_UNIT_YEAR, 50 }, day (-120, 6, 1),
                (const char *[]) { "100 BCE", "50 BCE", "1 CE", "50 CE", "100 CE", NULL });
  assert_ticks ((BriefingTimeStep) { BRIEFING_TIME_UNIT_YEAR, 1000000000 }, day (-13800000000, 1, 1),
                (const char *[]) { "13,000,000,000 BCE", "12,000,000,000 BCE", NULL });
}

static void
test_spans (void)
{
  const struct { double first, last; const char *text; } cases[] = {
    { day (2024, 10, 5), day (2024, 10, 5), "5 October 2024" },
    { day (2024, 10, 3), day (2024, 10, 9), "3–9 October 2024" },
    { day (2024, 9, 28), day (2024, 10, 9), "28 September – 9 October 2024" },
    { day (2023, 10, 1), day (2024, 10, 9), "1 October 2023 – 9 October 2024" },
    { day (-500, 1, 1), day (-44, 3, 15), "501 BCE – 45 BCE" },
    /* Whole months and years, as the keyboard steps over them */
    { day (2024, 2, 1), day (2024, 2, 29), "February 2024" },
    { day (2024, 1, 1), day (2024, 12, 31), "2024" },
    { day (2000, 1, 1), day (2009, 12, 31), "2000 – 2009" },
    { day (2024, 2, 1), day (2024, 2, 28), "1–28 February 2024" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = briefing_time_axis_format_span ((gint64) cases[i].first,
                                                              (gint64) cases[i].last);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* The tick before, found back from any day: the one next_tick() came from. */
static void
test_previous_tick (void)
{
  const BriefingTimeStep steps[] = {
    { BRIEFING_TIME_UNIT_DAY, 1 }, { BRIEFING_TIME_UNIT_DAY, 5 }, { BRIEFING_TIME_UNIT_DAY, 10 },
    { BRIEFING_TIME_UNIT_MONTH, 1 }, { BRIEFING_TIME_UNIT_MONTH, 3 }, { BRIEFING_TIME_UNIT_YEAR, 1 },
    { BRIEFING_TIME_UNIT_YEAR, 50 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      double tick = briefing_time_axis_first_tick (steps[i], day (-101, 11, 20));

      for (guint k = 0; k < 60; k++)
        {
          double next = briefing_time_axis_next_tick (steps[i], tick);

          g_assert_cmpfloat (briefing_time_axis_previous_tick (steps[i], next), ==, tick);
          g_assert_cmpfloat (briefing_time_axis_previous_tick (steps[i], next - 0.5), ==, tick);
          tick = next;
        }
    }
  g_assert_cmpfloat (briefing_time_axis_previous_tick ((BriefingTimeStep) { BRIEFING_TIME_UNIT_MONTH, 1 },
                                                       day (2024, 3, 1)), ==, day (2024, 2, 1));
}

static void
test_clock (void)
{
  double fraction = -1;

  g_assert_true (briefing_time_axis_parse_clock ("14:30", &fraction));
  g_assert_cmpfloat_with_epsilon (fraction, (14 * 60 + 30) / 1440.0, 1e-9);
  g_assert_true (briefing_time_axis_parse_clock ("20:00–23:30", &fraction));
  g_assert_cmpfloat_with_epsilon (fraction, 20 / 24.0, 1e-9);
  g_assert_true (briefing_time_axis_parse_clock ("7:05", &fraction));
  g_assert_cmpfloat_with_epsilon (fraction, (7 * 60 + 5) / 1440.0, 1e-9);
  g_assert_false (briefing_time_axis_parse_clock ("late afternoon", &fraction));
  g_assert_false (briefing_time_axis_parse_clock ("from 23:00 to 05:00", &fraction));
  g_assert_false (briefing_time_axis_parse_clock ("24:00", &fraction));
  g_assert_false (briefing_time_axis_parse_clock ("12:345", &fraction));
  g_assert_false (briefing_time_axis_parse_clock ("12:6", &fraction));
  g_assert_false (briefing_time_axis_parse_clock (NULL, &fraction));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/time-axis/steps", test_steps);
  g_test_add_func ("/time-axis/ticks", test_ticks);
  g_test_add_func ("/time-axis/previous-tick", test_previous_tick);
  g_test_add_func ("/time-axis/spans", test_spans);
  g_test_add_func ("/time-axis/clock", test_clock);

  return g_test_run ();
}
