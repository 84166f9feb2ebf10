/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "briefing-cancel-check.h"
#include "briefing-report.h"

G_BEGIN_DECLS

/* What TimelineJS's JSON and its spreadsheet have in common: dates given in
 * parts, slides, eras; and the one way both become a BriefingReport. */

typedef enum
{
  BRIEFING_TIMELINE_YEAR,
  BRIEFING_TIMELINE_MONTH,
  BRIEFING_TIMELINE_DAY,
  BRIEFING_TIMELINE_HOUR,
  BRIEFING_TIMELINE_MINUTE,
  BRIEFING_TIMELINE_SECOND,
  BRIEFING_TIMELINE_MILLISECOND,
  BRIEFING_TIMELINE_N_PARTS,
} BriefingTimelinePart;

/* A TimelineJS date: its parts as given, each present or not. Years are
 * TimelineJS's: -500 is 500 BCE. */
typedef struct
{
  gboolean has[BRIEFING_TIMELINE_N_PARTS];
  gint64   value[BRIEFING_TIMELINE_N_PARTS];
} BriefingTimelineDate;

/* One event slide, its texts already plain. Strings are owned. */
typedef struct
{
  guint  index;         /* in the file, from 0 */
  char  *edtf;          /* "2024-10-21/2024-10-31" */
  gint64 start_second;  /* into its first day, for the order; -1 without a time */
  char  *time_of_day;   /* "14:30", "14:30–16:00" */
  char  *date_text;     /* TimelineJS's display_date */
  char  *headline;
  char  *body;
  char  *group;
  char  *media_url;
  char  *media_credit;
  char  *media_caption;
  char  *unique_id;
} BriefingTimelineSlide;

typedef struct _BriefingTimelineBuilder BriefingTimelineBuilder;

const char              *briefing_timeline_part_name      (BriefingTimelinePart part);
gboolean                 briefing_timeline_parse_number   (const char *text,
                                                           gint64     *value);
gboolean                 briefing_timeline_date_check     (const BriefingTimelineDate *date,
                                                           BriefingTimelinePart       *bad_part,
                                                           char                      **reason);
char                    *briefing_timeline_date_to_edtf   (const BriefingTimelineDate *date);
char                    *briefing_timeline_date_time      (const BriefingTimelineDate *date);
gint64                   briefing_timeline_date_second    (const BriefingTimelineDate *date);

void                     briefing_timeline_slide_clear    (BriefingTimelineSlide *slide);
gboolean                 briefing_timeline_slide_set_span (BriefingTimelineSlide      *slide,
                                                           const BriefingTimelineDate *start,
                                                           const BriefingTimelineDate *end);

BriefingTimelineBuilder *briefing_timeline_builder_new       (const char *file_name);
void                     briefing_timeline_builder_free      (BriefingTimelineBuilder *self);
void                     briefing_timeline_builder_set_title (BriefingTimelineBuilder *self,
                                                              char                    *headline,
                                                              char                    *text);
void                     briefing_timeline_builder_add_slide (BriefingTimelineBuilder *self,
                                                              BriefingTimelineSlide   *slide);
void                     briefing_timeline_builder_add_era   (BriefingTimelineBuilder *self,
                                                              const char              *edtf,
                                                              char                    *title,
                                                              char                    *description);
void                     briefing_timeline_builder_set_check (BriefingTimelineBuilder *self,
                                                              BriefingCancelCheck     *check);
BriefingReport          *briefing_timeline_builder_finish    (BriefingTimelineBuilder *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriefingTimelineBuilder, briefing_timeline_builder_free)

G_END_DECLS
