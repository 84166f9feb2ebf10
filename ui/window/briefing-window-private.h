/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "briefing-overview-page.h"
#include "briefing-reader-state.h"
#include "briefing-sidebar.h"
#include "briefing-window.h"

G_BEGIN_DECLS

struct _BriefingWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template children */
  BriefingReaderState  *state;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *state_stack;
  AdwStatusPage        *loading_page;
  GtkProgressBar       *progress_bar;
  AdwStatusPage        *error_page;
  GtkWidget            *problems_card;
  GtkLabel             *problems_label;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar_pane;
  GtkWidget            *sidebar_separator;
  GtkWidget            *content_pane;
  GtkLabel             *sidebar_title;
  GtkLabel             *sidebar_subtitle;
  BriefingSidebar      *sidebar;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  AdwViewStack         *view_stack;
  GtkWidget            *timeline_view;
  BriefingOverviewPage *overview_page;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkLabel             *search_count;
  GtkRevealer          *selection_revealer;
  GtkLabel             *selection_label;
  GtkWidget            *only_marked_button;
  GtkInfoBar           *file_bar;
  GtkLabel             *file_bar_title;
  GtkLabel             *file_bar_message;
  GtkWidget            *file_bar_details;
  GtkWidget            *error_details_button;

  /* Handed down by the application; NULL when the schema is not installed. */
  GSettings            *settings;

  /* What is shown: the report is the state's */
  GFile                *file;
  GPtrArray            *interview_views;
  gboolean              rebuilding_pages;
  GtkWidget            *find_page;      /* the last match gone to, if any */
  guint                 find_position;
  guint                 reveal_switcher_id;

  /* What is being opened */
  GCancellable         *cancellable;
  GFile                *loading_file;
  guint                 show_loading_id;
  gboolean              reloading;    /* the load keeps what the reader was reading */

  /* Live reload (briefing-window-reload.c): the file shown, or the one that
   * failed, watched; events of a burst wait for a quiet moment. */
  GFileMonitor         *monitor;
  GFile                *watched_file;
  guint                 reload_timeout_id;
  gboolean              file_being_written;
  GFile                *failed_file;  /* the last file that could not be opened, to retry */

  /* The "Open" dialog while it is shown */
  GtkFileChooserNative *file_chooser;

  /* The last file that could not be opened, for the toast's "Details" */
  GError               *last_error;
  char                 *last_error_name;
  /* Whether the report shown stayed: it was its own file that changed and
   * could not be read again. */
  gboolean              last_error_kept;
  AdwToast             *error_toast;
  GtkWidget            *error_dialog;  /* weak: "Details", while shown */

  gboolean              show_sidebar;
  gboolean              show_time_overview;
  char                 *subtitle;     /* the topic or entity chosen, or the report's */
};

/* briefing-window.c */
void     briefing_window_show_report       (BriefingWindow *self,
                                            BriefingReport *report,
                                            GFile          *file);
void     briefing_window_toggle_sidebar    (BriefingWindow *self);
void     briefing_window_loading_changed   (BriefingWindow *self);

/* briefing-window-pages.c */
gboolean briefing_window_is_interview_page      (BriefingWindow *self,
                                                 GtkWidget      *page);
void     briefing_window_add_interview_pages    (BriefingWindow *self);
void     briefing_window_remove_interview_pages (BriefingWindow *self);
void     briefing_window_update_tab_tooltips    (BriefingWindow *self);
void     briefing_window_class_add_page_actions (GtkWidgetClass *widget_class);
gboolean briefing_window_has_marked_turns       (BriefingWindow *self);
void     briefing_window_watch_copies           (BriefingWindow *self,
                                                 GtkWidget      *page);
void     briefing_window_show_last_page         (BriefingWindow *self);
void     briefing_window_remember_page          (BriefingWindow *self);
gboolean briefing_window_show_page_number       (BriefingWindow *self,
                                                 guint           number);

/* briefing-window-selection.c */
void        briefing_window_update_selection_bar (BriefingWindow *self);
void        briefing_window_update_search_count  (BriefingWindow *self);
void        briefing_window_init_search          (BriefingWindow *self);
void        briefing_window_search_changed       (BriefingWindow *self);
void        briefing_window_search_mode_changed  (BriefingWindow *self);

/* briefing-window-actions.c */
void     briefing_window_class_add_actions (GtkWidgetClass *widget_class);
void     briefing_window_init_actions      (BriefingWindow *self);

/* briefing-window-loading.c */
void     briefing_window_cancel_loading    (BriefingWindow *self);
void     briefing_window_load              (BriefingWindow *self,
                                            GFile          *file,
                                            gboolean        reload);
void     briefing_window_show_error_details (BriefingWindow *self);
void     briefing_window_close_kept_error_details (BriefingWindow *self);
char    *briefing_format_problems          (const GError   *error);

/* briefing-window-find.c */
void     briefing_window_class_add_find_actions (GtkWidgetClass *widget_class);
void     briefing_window_init_find         (BriefingWindow *self);
void     briefing_window_watch_matches     (BriefingWindow *self,
                                            GtkWidget      *page);

/* briefing-window-menu.c */
void     briefing_window_class_bind_main_menu (GtkWidgetClass *widget_class);
void     briefing_window_init_main_menu    (BriefingWindow *self);

/* briefing-window-reload.c */
void     briefing_window_class_add_reload_actions (GtkWidgetClass *widget_class);
void     briefing_window_watch_file        (BriefingWindow *self,
                                            GFile          *file);
void     briefing_window_stop_watching     (BriefingWindow *self);
void     briefing_window_reload            (BriefingWindow *self);
gboolean briefing_window_can_reload        (BriefingWindow *self);
void     briefing_window_show_reloaded     (BriefingWindow *self,
                                            BriefingReport *report,
                                            GFile          *file);
void     briefing_window_show_reload_error (BriefingWindow *self,
                                            const GError   *error);
void     briefing_window_hide_file_bar     (BriefingWindow *self);
char    *briefing_format_first_problem     (const GError   *error);

/* briefing-window-dnd.c */
void     briefing_window_init_dnd          (BriefingWindow *self);

G_END_DECLS
