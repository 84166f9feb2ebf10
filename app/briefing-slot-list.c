/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-slot-private.h"

struct _BriefingSlotList
{
  GObject     parent_instance;
  GListModel *source;
  GHashTable *held;    /* position → its slot, while someone holds it; not owned */
};

static void list_model_iface_init (GListModelInterface *iface);

enum {
  REPLACED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE_WITH_CODE (BriefingSlotList, briefing_slot_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
briefing_slot_list_get_item_type (GListModel *model)
{
  return BRIEFING_TYPE_SLOT;
}

static guint
briefing_slot_list_get_n_items (GListModel *model)
{
  return g_list_model_get_n_items (BRIEFING_SLOT_LIST (model)->source);
}

static gpointer
briefing_slot_list_get_item (GListModel *model,
                             guint       position)
{
  BriefingSlotList *self = BRIEFING_SLOT_LIST (model);
  BriefingSlot *slot = g_hash_table_lookup (self->held, GUINT_TO_POINTER (position));
  GObject *item;

  if (slot != NULL)
    return g_object_ref (slot);
  if ((item = g_list_model_get_item (self->source, position)) == NULL)
    return NULL;
  slot = briefing_slot_new (self, position, item);
  g_hash_table_insert (self->held, GUINT_TO_POINTER (position), slot);
  return slot;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = briefing_slot_list_get_item_type;
  iface->get_n_items = briefing_slot_list_get_n_items;
  iface->get_item = briefing_slot_list_get_item;
}

/* The last reference to @slot went. */
void
briefing_slot_list_forget (BriefingSlotList *self,
                           BriefingSlot     *slot)
{
  if (g_hash_table_lookup (self->held, GUINT_TO_POINTER (slot->position)) == slot)
    g_hash_table_remove (self->held, GUINT_TO_POINTER (slot->position));
}

static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* How far from @position a change of @removed items into @added replaces
 * the items of the slots held in place. At least over min (removed, added)
 * (the items the span replaces). Beyond, what the list hears of is the
 * same change moved later, over items that stay: the slots there take the
 * items that came up to them. That is for a change that takes items away
 * from where a view shows them, told as one of its runs (a period chosen
 * far from where the reader is): GTK would tear down the rows of the slots
 * that go, then make rows again for the items that come up; the slots in
 * place show them in their rows. Only where rows would go for at least
 * half the rows it shows again: a period dragged on takes an item or two
 * away from a few hundred rows, and GTK keeps those. */
static guint
choose_replaced (BriefingSlotList *self,
                 guint             position,
                 guint             removed,
                 guint             added)
{
  guint kept = MIN (removed, added);
  guint limit = g_list_model_get_n_items (self->source) - added + kept - position;
  g_autoptr(GArray) after = NULL;
  guint n_going = 0, n_replaced = 0, replaced = kept;
  GHashTableIter iter;
  gpointer slot_at;

  if (removed <= added)
    return kept;
  after = g_array_new (FALSE, FALSE, sizeof (guint));
  g_hash_table_iter_init (&iter, self->held);
  while (g_hash_table_iter_next (&iter, NULL, &slot_at))
    if (BRIEFING_SLOT (slot_at)->position >= position + kept)
      g_array_append_val (after, BRIEFING_SLOT (slot_at)->position);
  g_array_sort (after, compare_positions);
  /* The slots that would go, and then those that the removal, told after
   * them, would take instead (GTK 4.8 keeps a hidden row far away for its
   * focus: it does not stretch this). */
  for (guint i = 0; i < after->len; i++)
    {
      guint at = g_array_index (after, guint, i);

      if (at < position + removed)
        n_going++;
      else if (at >= position + replaced + removed - kept)
        break;
      replaced = at - position + 1;
      n_replaced++;
    }
  if (n_going == 0 || 2 * n_going < n_replaced)
    return kept;
  return MIN (replaced, limit);
}

/* The source replaced @removed items at @position by @added: the slots held
 * in the first @replaced from there take the new items there (see
 * choose_replaced()), those in the next removed - added (if more were
 * removed) leave the list, those after move with it. A walk over the slots
 * held (a view's bound rows, a few hundred), not over the items. */
static void
on_source_items_changed_cb (GListModel       *source,
                            guint             position,
                            guint             removed,
                            guint             added,
                            BriefingSlotList *self)
{
  guint kept = MIN (removed, added);
  guint replaced = choose_replaced (self, position, removed, added);
  guint going_to = position + replaced + removed - kept;
  g_autoptr(GPtrArray) slots = g_ptr_array_sized_new (g_hash_table_size (self->held));
  gboolean any_replaced = FALSE;
  GHashTableIter iter;
  gpointer slot_at;

  g_hash_table_iter_init (&iter, self->held);
  while (g_hash_table_iter_next (&iter, NULL, &slot_at))
    g_ptr_array_add (slots, slot_at);
  g_hash_table_remove_all (self->held);
  for (guint i = 0; i < slots->len; i++)
    {
      BriefingSlot *slot = slots->pdata[i];

      if (slot->position >= going_to)
        slot->position = slot->position - removed + added;
      else if (slot->position >= position + replaced)
        {
          slot->list = NULL;
          continue;
        }
      else if (slot->position >= position)
        {
          g_autoptr(GObject) item = g_list_model_get_item (source, slot->position);

          if (item != slot->item)
            {
              g_set_object (&slot->item, item);
              any_replaced = TRUE;
            }
        }
      g_hash_table_insert (self->held, GUINT_TO_POINTER (slot->position), slot);
    }

  if (any_replaced)
    g_signal_emit (self, signals[REPLACED], 0, position, replaced);
  if (removed > kept || added > kept)
    g_list_model_items_changed (G_LIST_MODEL (self), position + replaced, removed - kept, added - kept);
}

static void
briefing_slot_list_dispose (GObject *object)
{
  BriefingSlotList *self = BRIEFING_SLOT_LIST (object);
  GHashTableIter iter;
  gpointer slot;

  /* Slots held beyond the list keep their items, out of it. */
  g_hash_table_iter_init (&iter, self->held);
  while (g_hash_table_iter_next (&iter, NULL, &slot))
    BRIEFING_SLOT (slot)->list = NULL;
  g_hash_table_remove_all (self->held);
  if (self->source != NULL)
    g_signal_handlers_disconnect_by_data (self->source, self);
  g_clear_object (&self->source);

  G_OBJECT_CLASS (briefing_slot_list_parent_class)->dispose (object);
}

static void
briefing_slot_list_finalize (GObject *object)
{
  BriefingSlotList *self = BRIEFING_SLOT_LIST (object);

  g_hash_table_unref (self->held);

  G_OBJECT_CLASS (briefing_slot_list_parent_class)->finalize (object);
}

static void
briefing_slot_list_class_init (BriefingSlotListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = briefing_slot_list_dispose;
  object_class->finalize = briefing_slot_list_finalize;

  /**
   * BriefingSlotList::replaced:
   * @position: the first position whose slot may hold another item
   * @n_items: how many positions from there
   *
   * The slots held in that range hold the source's new items there (some
   * may hold the same as before). Emitted within the source's change,
   * before "items-changed" tells what the change does beyond them: the
   * positions before @position + @n_items are the same in the list as a
   * view knows it and in the new one.
   */
  signals[REPLACED] =
    g_signal_new ("replaced", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
}

static void
briefing_slot_list_init (BriefingSlotList *self)
{
  self->held = g_hash_table_new (NULL, NULL);
}

/**
 * briefing_slot_list_new:
 * @source: the items, followed through its changes
 *
 * Returns: (transfer full): a list of @source's positions
 */
BriefingSlotList *
briefing_slot_list_new (GListModel *source)
{
  BriefingSlotList *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (source), NULL);

  self = g_object_new (BRIEFING_TYPE_SLOT_LIST, NULL);
  self->source = g_object_ref (source);
  g_signal_connect_object (source, "items-changed", G_CALLBACK (on_source_items_changed_cb), self, 0);
  return self;
}

/**
 * briefing_slot_list_get_source:
 *
 * Returns: (transfer none): the items whose positions the list holds
 */
GListModel *
briefing_slot_list_get_source (BriefingSlotList *self)
{
  g_return_val_if_fail (BRIEFING_IS_SLOT_LIST (self), NULL);

  return self->source;
}

/**
 * briefing_slot_list_get_n_held:
 *
 * Returns: how many slots exist (someone holds them), for tests
 */
guint
briefing_slot_list_get_n_held (BriefingSlotList *self)
{
  g_return_val_if_fail (BRIEFING_IS_SLOT_LIST (self), 0);

  return g_hash_table_size (self->held);
}
