/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "briefing-window-private.h"

G_BEGIN_DECLS

/* What the window test programs share: setting up, opening, waiting. */
void            test_window_init          (int             *argc,
                                           char          ***argv);
int             test_window_run           (void);
GSettings      *test_window_settings      (void);

void            spin_until                (gboolean       (*done) (gpointer),
                                           gpointer         data);
void            spin                      (guint            ms);
gboolean        is_not_loading            (gpointer         window);
gboolean        is_only_reference         (gpointer         object);
void            open_and_wait             (BriefingWindow  *window,
                                           GFile           *file);
GFile          *sample_file               (void);
GFile          *data_file                 (const char      *kind,
                                           const char      *name);
BriefingWindow *create_window             (int              width,
                                           int              height);
BriefingWindow *create_window_with_sample (int              width,
                                           int              height);
void            destroy_window            (BriefingWindow  *window);
guint           count_marked              (BriefingWindow  *window);
guint           count_shown_turns         (BriefingWindow  *window);
guint           timeline_n_shown          (BriefingWindow  *window);
GtkWidget      *interview_page            (BriefingWindow  *window,
                                           guint            index);
guint           count_interview_pages     (BriefingWindow  *window);
void            collect_labels            (GtkWidget       *widget,
                                           GPtrArray       *texts);
char           *expected_message          (const char      *expected_line);
void            click_sidebar_row         (BriefingWindow  *window,
                                           gpointer         item);

G_END_DECLS
