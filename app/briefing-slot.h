/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * One position of a BriefingSlotList, as a view holds it: the item shown
 * there. The list may give a slot another item in place, and says so
 * (BriefingSlotList::replaced), so that a view shows it in the row it has
 * rather than in a new one.
 */
#define BRIEFING_TYPE_SLOT (briefing_slot_get_type ())
G_DECLARE_FINAL_TYPE (BriefingSlot, briefing_slot, BRIEFING, SLOT, GObject)

gpointer briefing_slot_get_item     (BriefingSlot *self);
guint    briefing_slot_get_position (BriefingSlot *self);

G_END_DECLS
