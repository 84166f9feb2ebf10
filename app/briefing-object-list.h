/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define BRIEFING_TYPE_OBJECT_LIST (briefing_object_list_get_type ())
G_DECLARE_FINAL_TYPE (BriefingObjectList, briefing_object_list, BRIEFING, OBJECT_LIST, GObject)

BriefingObjectList *briefing_object_list_new      (GType      item_type,
                                                   GPtrArray *items);
gpointer            briefing_object_list_get      (BriefingObjectList *self,
                                                   guint               position);
guint               briefing_object_list_get_size (BriefingObjectList *self);
gpointer           *briefing_object_list_peek_all (BriefingObjectList *self);

G_END_DECLS
