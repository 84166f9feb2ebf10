/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-slot-private.h"

G_DEFINE_FINAL_TYPE (BriefingSlot, briefing_slot, G_TYPE_OBJECT)

static void
briefing_slot_finalize (GObject *object)
{
  BriefingSlot *self = BRIEFING_SLOT (object);

  /* Nobody holds the place any more: the list makes a new one if asked. */
  if (self->list != NULL)
    briefing_slot_list_forget (self->list, self);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (briefing_slot_parent_class)->finalize (object);
}

static void
briefing_slot_class_init (BriefingSlotClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = briefing_slot_finalize;
}

static void
briefing_slot_init (BriefingSlot *self)
{
}

/* (transfer full) @item */
BriefingSlot *
briefing_slot_new (BriefingSlotList *list,
                   guint             position,
                   GObject          *item)
{
  BriefingSlot *self = g_object_new (BRIEFING_TYPE_SLOT, NULL);

  self->list = list;
  self->position = position;
  self->item = item;
  return self;
}

/**
 * briefing_slot_get_item:
 *
 * Returns: (transfer none) (type GObject): the item the slot holds now
 */
gpointer
briefing_slot_get_item (BriefingSlot *self)
{
  g_return_val_if_fail (BRIEFING_IS_SLOT (self), NULL);

  return self->item;
}

/**
 * briefing_slot_get_position:
 *
 * Returns: where the slot is in its list, or G_MAXUINT once a change took
 *   it out
 */
guint
briefing_slot_get_position (BriefingSlot *self)
{
  g_return_val_if_fail (BRIEFING_IS_SLOT (self), G_MAXUINT);

  return self->list != NULL ? self->position : G_MAXUINT;
}
