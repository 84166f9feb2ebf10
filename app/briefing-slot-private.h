/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "briefing-slot.h"
#include "briefing-slot-list.h"

G_BEGIN_DECLS

struct _BriefingSlot
{
  GObject           parent_instance;
  GObject          *item;      /* owned */
  BriefingSlotList *list;      /* the list it is a place of, or NULL once out of it */
  guint             position;  /* in the list, while it is in it */
};

BriefingSlot *briefing_slot_new           (BriefingSlotList *list,
                                           guint             position,
                                           GObject          *item);
void          briefing_slot_list_forget   (BriefingSlotList *self,
                                           BriefingSlot     *slot);

G_END_DECLS
