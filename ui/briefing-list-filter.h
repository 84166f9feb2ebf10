/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * What the timeline and an interview share: a GtkListView of the items of a
 * base model that pass a search (and whatever else the view's match function
 * asks), the widgets bound on screen, and runs of items — a date group, a
 * speaker's consecutive turns — whose first item shows a heading.
 *
 * The view keeps its own factory and calls briefing_list_filter_bind() and
 * briefing_list_filter_unbind() from it. The widgets show report text (a
 * BriefingLazyRow): the filter gives them their "search-text" and
 * "text-scale".
 *
 * Property: "n-shown" (uint, read-only).
 * Signals: "changed" after the items shown changed; "run-start-changed"
 * (GtkWidget *widget, gboolean starts_run) when a bound widget keeps its item
 * but now does or no longer does start a run.
 */
#define BRIEFING_TYPE_LIST_FILTER (briefing_list_filter_get_type ())
G_DECLARE_FINAL_TYPE (BriefingListFilter, briefing_list_filter, BRIEFING, LIST_FILTER, GObject)

/* Whether @item is shown; @folded_query is briefing_text_search_fold()ed, "" for no search. */
typedef gboolean (*BriefingListFilterMatch) (gpointer    item,
                                             const char *folded_query,
                                             gpointer    user_data);
/* Whether @item continues the run @previous is in. */
typedef gboolean (*BriefingListFilterSameRun) (gpointer previous,
                                               gpointer item);

BriefingListFilter *briefing_list_filter_new             (GtkListView               *list_view,
                                                          BriefingListFilterMatch    match,
                                                          BriefingListFilterSameRun  same_run,
                                                          gpointer                   user_data);
GListModel         *briefing_list_filter_get_shown       (BriefingListFilter        *self);
guint               briefing_list_filter_get_n_shown     (BriefingListFilter        *self);
void                briefing_list_filter_set_base_model  (BriefingListFilter        *self,
                                                          GListModel                *base);
GListModel         *briefing_list_filter_get_base_model  (BriefingListFilter        *self);
gboolean            briefing_list_filter_set_search_text (BriefingListFilter        *self,
                                                          const char                *text);
const char         *briefing_list_filter_get_search_text (BriefingListFilter        *self);
const char         *briefing_list_filter_get_query       (BriefingListFilter        *self);
gboolean            briefing_list_filter_has_query       (BriefingListFilter        *self);
void                briefing_list_filter_refilter        (BriefingListFilter        *self,
                                                          GtkFilterChange            change);
gboolean            briefing_list_filter_matches         (BriefingListFilter        *self,
                                                          gpointer                   item);
gboolean            briefing_list_filter_starts_run      (BriefingListFilter        *self,
                                                          guint                      position,
                                                          gpointer                   item);
double              briefing_list_filter_get_text_scale  (BriefingListFilter        *self);
void                briefing_list_filter_set_text_scale  (BriefingListFilter        *self,
                                                          double                     text_scale);
void                briefing_list_filter_bind            (BriefingListFilter        *self,
                                                          GtkListItem               *list_item);
void                briefing_list_filter_unbind          (BriefingListFilter        *self,
                                                          GtkListItem               *list_item);
GtkWidget          *briefing_list_filter_lookup_bound    (BriefingListFilter        *self,
                                                          gpointer                   item);
void                briefing_list_filter_foreach_bound   (BriefingListFilter        *self,
                                                          GHFunc                     func,
                                                          gpointer                   user_data);

G_END_DECLS
