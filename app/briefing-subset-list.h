/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * The items a view shows: some of another list's items, in its order. The
 * list stays the same object while what it holds is replaced, so a view keeps
 * one model; a replacement is one "items-changed" covering only the span
 * between the first and the last item that differ (as GtkFilterListModel
 * does), so the items around it keep their rows and the list its place.
 */
#define BRIEFING_TYPE_SUBSET_LIST (briefing_subset_list_get_type ())
G_DECLARE_FINAL_TYPE (BriefingSubsetList, briefing_subset_list, BRIEFING, SUBSET_LIST, GObject)

/* Whether @item is kept. */
typedef gboolean (*BriefingSubsetListKeep) (gpointer item,
                                            gpointer user_data);

/* Whether @item continues the run @previous is in. */
typedef gboolean (*BriefingSubsetListSameRun) (gpointer previous,
                                               gpointer item);

BriefingSubsetList *briefing_subset_list_new    (GType                   item_type);
BriefingSubsetList *briefing_subset_list_new_with_runs (GType                     item_type,
                                                        BriefingSubsetListSameRun same_run);
gboolean            briefing_subset_list_starts_run (BriefingSubsetList *self,
                                                     guint               position);
void                briefing_subset_list_select (BriefingSubsetList     *self,
                                                 GListModel             *source,
                                                 BriefingSubsetListKeep  keep,
                                                 gpointer                user_data);
void                briefing_subset_list_narrow (BriefingSubsetList     *self,
                                                 BriefingSubsetListKeep  keep,
                                                 gpointer                user_data);
void                briefing_subset_list_set_items (BriefingSubsetList  *self,
                                                    GListModel          *source,
                                                    GPtrArray           *items);
gpointer            briefing_subset_list_peek   (BriefingSubsetList     *self,
                                                 guint                   position);
void                briefing_subset_list_set_order (BriefingSubsetList *self,
                                                    GCompareFunc        order);
gboolean            briefing_subset_list_is_telling (BriefingSubsetList *self);
void                briefing_subset_list_set_max_runs (BriefingSubsetList *self,
                                                       guint               max_runs);

G_END_DECLS
