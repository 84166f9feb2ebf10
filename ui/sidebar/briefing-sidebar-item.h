/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "briefing-report.h"

G_BEGIN_DECLS

typedef enum {
  BRIEFING_SIDEBAR_ITEM_HEADING,  /* "People", "Places"…: not a choice */
  BRIEFING_SIDEBAR_ITEM_ALL,      /* "All Topics": no topic or entity */
  BRIEFING_SIDEBAR_ITEM_TOPIC,
  BRIEFING_SIDEBAR_ITEM_ENTITY,
} BriefingSidebarItemKind;

/*
 * One row of the sidebar, as it reads: what kind of row, its title, the
 * caption of counts, an icon, a tooltip, and the topic or entity it
 * chooses. Only its counts change (with the reader's period), in place:
 * briefing_sidebar_item_set_counts() notifies "caption".
 *
 * Properties (read-only): "kind", "title", "caption" (nullable),
 * "icon-name" (nullable), "tooltip" (nullable), "topic", "entity",
 * "heading" and "choosable" (booleans, for the row template).
 */
#define BRIEFING_TYPE_SIDEBAR_ITEM (briefing_sidebar_item_get_type ())
G_DECLARE_FINAL_TYPE (BriefingSidebarItem, briefing_sidebar_item, BRIEFING, SIDEBAR_ITEM, GObject)

BriefingSidebarItem     *briefing_sidebar_item_new_heading (const char          *title);
BriefingSidebarItem     *briefing_sidebar_item_new_all     (BriefingReport      *report,
                                                            guint                n_events,
                                                            guint                n_turns);
BriefingSidebarItem     *briefing_sidebar_item_new_topic   (BriefingTopic       *topic,
                                                            guint                n_events,
                                                            guint                n_turns);
BriefingSidebarItem     *briefing_sidebar_item_new_entity  (BriefingEntity      *entity,
                                                            guint                n_events,
                                                            guint                n_turns);

BriefingSidebarItemKind  briefing_sidebar_item_get_kind    (BriefingSidebarItem *self);
const char              *briefing_sidebar_item_get_caption (BriefingSidebarItem *self);
BriefingTopic           *briefing_sidebar_item_get_topic   (BriefingSidebarItem *self);
BriefingEntity          *briefing_sidebar_item_get_entity  (BriefingSidebarItem *self);
gboolean                 briefing_sidebar_item_chooses     (BriefingSidebarItem *self,
                                                            BriefingTopic       *topic,
                                                            BriefingEntity      *entity);
gboolean                 briefing_sidebar_item_get_unmentioned (BriefingSidebarItem *self);
gboolean                 briefing_sidebar_item_set_counts  (BriefingSidebarItem *self,
                                                            guint                n_events,
                                                            guint                n_turns);

G_END_DECLS
