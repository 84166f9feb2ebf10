/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * How tall wrapped text will be, guessed from its length and the widget's
 * font, without laying it out: for rows that are not built yet (see
 * briefing-rows-in-view.h). The guess aims low (tests/test-views.c checks
 * it within -50 % and +10 % on the sample), so that building the rows in
 * view mostly pushes the others further out of it.
 */
typedef struct
{
  double scale;        /* the text scale these were taken at; 0: not yet */
  int    char_width;       /* an average character, pixels */
  int    wide_char_width;  /* the wider of that and a digit: what max-width-chars counts */
  int    line_height;      /* a line of body text, pixels */
} BriefingTextMetrics;

void briefing_text_metrics_update (BriefingTextMetrics *metrics,
                                   GtkWidget           *widget,
                                   double               text_scale);
int  briefing_text_estimate_lines (const BriefingTextMetrics *metrics,
                                   const char                *text,
                                   int                        width,
                                   double                     font_factor);

G_END_DECLS
