/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "briefing-reader-state.h"

G_BEGIN_DECLS

/*
 * What the timeline and an interview share: a GtkListView of the items a
 * BriefingReaderState derives for the view ("state", given at construction),
 * rows built as they come on screen (BriefingLazyRow, BriefingRowsInView),
 * runs of items — a date group, a speaker's consecutive turns — whose first
 * item shows a heading, and a page saying why nothing is shown.
 *
 * A subclass's template holds a GtkListView "list_view" in the page "items"
 * of a stack, beside a page "empty"; it binds the stack's visible page to
 * the view's "page", and says on the empty page why nothing is shown: its
 * text from the state with a closure of its own, its icon with the base's
 * closure "briefing_report_list_view_empty_icon" (the state's query, the
 * icon when nothing was searched for). Its rows are a BriefingLazyRow type,
 * given an item each (briefing_lazy_row_set_item()). The subclass sets both
 * with briefing_report_list_view_class_set_template() and
 * builds it with briefing_report_list_view_init_template(), then hands over
 * the items to show, a BriefingSubsetList the state derives, with
 * briefing_report_list_view_set_items().
 *
 * Properties: "state" (construct-only), "n-shown" (uint), "page" (string,
 * read-only). Signal: "copied", after "view.copy-row" (Ctrl+C on a row, its
 * text's context menu) put a row on the clipboard.
 */
#define BRIEFING_TYPE_REPORT_LIST_VIEW (briefing_report_list_view_get_type ())
G_DECLARE_DERIVABLE_TYPE (BriefingReportListView, briefing_report_list_view, BRIEFING, REPORT_LIST_VIEW, GtkWidget)

struct _BriefingReportListViewClass
{
  GtkWidgetClass parent_class;

  /* The rows: a BriefingLazyRow type (set with the template). */
  GType          row_type;

  /* A new row, shown in the list's item: by default a lazy row_type. */
  GtkWidget  *(*create_row)     (BriefingReportListView *self);
  /* Shows @item in @row: by default briefing_lazy_row_set_item(). */
  void        (*bind_row)       (BriefingReportListView *self,
                                 GtkWidget              *row,
                                 gpointer                item);
};

BriefingReaderState *briefing_report_list_view_get_state   (BriefingReportListView *self);
GListModel          *briefing_report_list_view_get_items   (BriefingReportListView *self);
guint                briefing_report_list_view_get_n_shown (BriefingReportListView *self);
GtkWidget           *briefing_report_list_view_lookup_row  (BriefingReportListView *self,
                                                            gpointer                item);
void                 briefing_report_list_view_dispose_list (BriefingReportListView *self);
void                 briefing_report_list_view_foreach_row (BriefingReportListView *self,
                                                            GHFunc                  func,
                                                            gpointer                user_data);

/* For subclasses */
void                 briefing_report_list_view_class_set_template (GtkWidgetClass  *widget_class,
                                                                   const char      *resource_path,
                                                                   GType            row_type);
void                 briefing_report_list_view_init_template (BriefingReportListView *self);
void                 briefing_report_list_view_set_items   (BriefingReportListView *self,
                                                            GListModel             *items);
void                 briefing_report_list_view_scroll_to   (BriefingReportListView *self,
                                                            guint                   position);
void                 briefing_report_list_view_jump_to     (BriefingReportListView *self,
                                                            guint                   position,
                                                            gboolean                focus);

G_END_DECLS
