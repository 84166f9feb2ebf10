/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "briefing-slot.h"

G_BEGIN_DECLS

/*
 * A list model of places (BriefingSlot) over another list, for a view that
 * keeps its rows through a change. Where a change replaces items by others
 * (the first min (removed, added) positions of its span), the slots held
 * there take the new items in place, and the list says so
 * (BriefingSlotList::replaced) before telling the rest as "items-changed"
 * (what the span adds or removes beyond them, at its end). Where a change
 * takes away the items of most of the slots held (a period chosen away from
 * where the view is), those slots take the items that come up to them, and
 * the list hears of the removal after them.
 *
 * Why: GTK 4.8's list view follows a change to the items it shows by tearing
 * down the item widgets of the ones that went and making new ones (it keeps
 * none for reuse), and when the item it is anchored to went, it walks every
 * added item to find the rows it can keep. A topic switch or a period chosen
 * at 100,000 events was mostly that. Told in place, the view shows the new
 * items in the rows it has, and the list hears only of a change at the span's
 * end, which is either all removal or all addition: no walk.
 *
 * Only the slots someone holds exist, looked up by position; the others are
 * made when asked for (g_list_model_get_item()).
 */
#define BRIEFING_TYPE_SLOT_LIST (briefing_slot_list_get_type ())
G_DECLARE_FINAL_TYPE (BriefingSlotList, briefing_slot_list, BRIEFING, SLOT_LIST, GObject)

BriefingSlotList *briefing_slot_list_new        (GListModel       *source);
GListModel       *briefing_slot_list_get_source (BriefingSlotList *self);
guint             briefing_slot_list_get_n_held (BriefingSlotList *self);

G_END_DECLS
