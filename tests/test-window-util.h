/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "briefing-interview-view.h"
#include "briefing-overview-page.h"
#include "briefing-sidebar.h"
#include "briefing-timeline-view.h"
#include "briefing-window.h"
#include "widget-lookup.h"

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
GtkWidget      *window_part               (BriefingWindow  *window,
                                           GType            type);
GtkWidget      *window_named              (BriefingWindow  *window,
                                           const char      *name);
GtkWidget      *window_pane               (BriefingWindow  *window,
                                           const char      *name);
GtkWidget      *window_actionable         (BriefingWindow  *window,
                                           const char      *action_name);
GtkWidget      *error_toast               (BriefingWindow  *window);
GMenuModel     *opened_menu               (GtkMenuButton   *button);
GMenuModel     *window_main_menu          (BriefingWindow  *window);
gboolean        drop_file                 (BriefingWindow  *window,
                                           GFile           *file);
GtkWidget      *open_dialog               (BriefingWindow  *window);
GtkWidget      *interview_page            (BriefingWindow  *window,
                                           guint            index);
guint           count_interview_pages     (BriefingWindow  *window);
void            collect_labels            (GtkWidget       *widget,
                                           GPtrArray       *texts);
char           *expected_message          (const char      *expected_line);
void            click_sidebar_row         (BriefingWindow  *window,
                                           gpointer         item);
void            run_xdotool               (const char      *arguments);

/* The window's parts, by what they are */
#define TIMELINE_VIEW(w)  window_part ((w), BRIEFING_TYPE_TIMELINE_VIEW)
#define VIEW_STACK(w)     ADW_VIEW_STACK (window_part ((w), ADW_TYPE_VIEW_STACK))
#define SIDEBAR(w)        BRIEFING_SIDEBAR (window_part ((w), BRIEFING_TYPE_SIDEBAR))
#define LEAFLET(w)        ADW_LEAFLET (window_part ((w), ADW_TYPE_LEAFLET))
#define SEARCH_ENTRY(w)   GTK_SEARCH_ENTRY (window_part ((w), GTK_TYPE_SEARCH_ENTRY))
#define SEARCH_BAR(w)     GTK_SEARCH_BAR (window_part ((w), GTK_TYPE_SEARCH_BAR))
#define SWITCHER_TITLE(w) ADW_VIEW_SWITCHER_TITLE (window_part ((w), ADW_TYPE_VIEW_SWITCHER_TITLE))
#define OVERVIEW_PAGE(w)  window_part ((w), BRIEFING_TYPE_OVERVIEW_PAGE)
#define SWITCHER_BAR(w)   ADW_VIEW_SWITCHER_BAR (window_part ((w), ADW_TYPE_VIEW_SWITCHER_BAR))
/* The outermost stack: no report, loading, an error, the report */
#define STATE_STACK(w)    GTK_STACK (window_part ((w), GTK_TYPE_STACK))
#define SIDEBAR_PANE(w)   window_pane ((w), "sidebar")
#define CONTENT_PANE(w)   window_pane ((w), "content")
#define SEARCH_COUNT(w)   GTK_LABEL (window_named ((w), "search-count"))
#define SELECTION_BAR(w)  GTK_REVEALER (window_named ((w), "selection-bar"))
#define ONLY_MARKED_BUTTON(w) window_named ((w), "only-marked-button")

G_END_DECLS
