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
} BriefingDateFlags;

/**
 * BriefingDate:
 * @first_day: Julian day number (GDate's) of the earliest day the date can be
 * @last_day: Julian day number of the latest day the date can be
 *
 * A date in the EDTF subset of the report format: a day, month or year, with
 * unspecified digits, qualifiers and intervals. It is a small value type, held by value.
 */
typedef struct
{
  guint32 first_day;
  guint32 last_day;
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
guint         briefing_date_get_n_days    (const BriefingDate *date);
void          briefing_date_get_first_day (const BriefingDate *date,
                                           GDate              *day);
void          briefing_date_get_last_day  (const BriefingDate *date,
                                           GDate              *day);
char         *briefing_date_format        (const BriefingDate *date);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriefingDate, briefing_date_free)

G_END_DECLS
