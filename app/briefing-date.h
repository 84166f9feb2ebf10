/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * BriefingDatePrecision:
 * How much of one end of a date is known.
 */
typedef enum
{
  BRIEFING_DATE_PRECISION_DAY,
  BRIEFING_DATE_PRECISION_MONTH,
  BRIEFING_DATE_PRECISION_YEAR,
  BRIEFING_DATE_PRECISION_DECADE,
  BRIEFING_DATE_PRECISION_CENTURY,
} BriefingDatePrecision;

typedef enum
{
  BRIEFING_DATE_APPROXIMATE = 1 << 0,  /* "~" or "%" on either end */
  BRIEFING_DATE_UNCERTAIN   = 1 << 1,  /* "?" or "%" on either end */
  BRIEFING_DATE_INTERVAL    = 1 << 2,  /* "a/b" */
  /* Not of intervals: "2024-10-XX", "2024-XX-XX" are some one day of the
   * month or year, not the whole of it as "2024-10" may be; "2024-XX"
   * some one month. The days covered are the same. */
  BRIEFING_DATE_UNKNOWN_DAY   = 1 << 3,
  BRIEFING_DATE_UNKNOWN_MONTH = 1 << 4,
} BriefingDateFlags;

/**
 * BriefingDate:
 * @first_day: day number of the earliest day the date can be: GDate's Julian
 *   day number for years 1–9999, continued before and after (see briefing-calendar.h)
 * @last_day: day number of the latest day the date can be
 *
 * A date in the EDTF subset of the report format: a day, month or year, with
 * unspecified digits, qualifiers and intervals, in years from the deep past
 * (`Y-13800000000`) through BCE (`-0602`) to the far future. It is a small value
 * type, held by value.
 */
typedef struct
{
  gint64  first_day;
  gint64  last_day;
  guint8  start_precision;  /* BriefingDatePrecision */
  guint8  end_precision;    /* BriefingDatePrecision; equals start_precision unless an interval */
  guint8  flags;            /* BriefingDateFlags */
} BriefingDate;

#define BRIEFING_TYPE_DATE (briefing_date_get_type ())

GType         briefing_date_get_type      (void) G_GNUC_CONST;
BriefingDate *briefing_date_copy          (const BriefingDate *date);
void          briefing_date_free          (BriefingDate       *date);

gboolean      briefing_date_parse         (const char         *text,
                                           BriefingDate       *date,
                                           char              **reason);
int           briefing_date_compare       (const BriefingDate *a,
                                           const BriefingDate *b);
gboolean      briefing_date_is_exact      (const BriefingDate *date);
gboolean      briefing_date_is_fuzzy      (const BriefingDate *date);
guint64       briefing_date_get_n_days    (const BriefingDate *date);
gint64        briefing_date_get_first_year (const BriefingDate *date);
gint64        briefing_date_get_last_year  (const BriefingDate *date);
void          briefing_date_get_first_day (const BriefingDate *date,
                                           GDate              *day);
void          briefing_date_get_last_day  (const BriefingDate *date,
                                           GDate              *day);
char         *briefing_date_format        (const BriefingDate *date);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriefingDate, briefing_date_free)

G_END_DECLS
