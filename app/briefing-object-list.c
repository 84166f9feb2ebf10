/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-object-list.h"

/* A report never changes once loaded, so its lists are plain arrays behind the
 * GListModel interface: no per-item node as in GListStore, and get_item is O(1),
 * which matters at 100,000 events. */
struct _BriefingObjectList
{
  GObject    parent_instance;
  GType      item_type;
  GPtrArray *items;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BriefingObjectList, briefing_object_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
briefing_object_list_get_item_type (GListModel *model)
{
  return BRIEFING_OBJECT_LIST (model)->item_type;
}

static guint
briefing_object_list_get_n_items (GListModel *model)
{
  return BRIEFING_OBJECT_LIST (model)->items->len;
}

static gpointer
briefing_object_list_get_item (GListModel *model,
                               guint       position)
{
  BriefingObjectList *self = BRIEFING_OBJECT_LIST (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = briefing_object_list_get_item_type;
  iface->get_n_items = briefing_object_list_get_n_items;
  iface->get_item = briefing_object_list_get_item;
}

static void
briefing_object_list_finalize (GObject *object)
{
  BriefingObjectList *self = BRIEFING_OBJECT_LIST (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (briefing_object_list_parent_class)->finalize (object);
}

static void
briefing_object_list_class_init (BriefingObjectListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = briefing_object_list_finalize;
}

static void
briefing_object_list_init (BriefingObjectList *self)
{
}

/**
 * briefing_object_list_new:
 * @item_type: the GType of the items
 * @items: (nullable) (transfer container): the items, in order; the array must free its
 *   items (a g_object_unref free func), or be empty
 *
 * Returns: (transfer full): an immutable list model of @items
 */
BriefingObjectList *
briefing_object_list_new (GType      item_type,
                          GPtrArray *items)
{
  BriefingObjectList *self;

  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);

  self = g_object_new (BRIEFING_TYPE_OBJECT_LIST, NULL);
  self->item_type = item_type;
  self->items = items != NULL ? items : g_ptr_array_new_with_free_func (g_object_unref);
  return self;
}

/**
 * briefing_object_list_get:
 *
 * Returns: (transfer none): the item at @position, without a new reference
 */
gpointer
briefing_object_list_get (BriefingObjectList *self,
                          guint               position)
{
  g_return_val_if_fail (BRIEFING_IS_OBJECT_LIST (self), NULL);
  g_return_val_if_fail (position < self->items->len, NULL);

  return g_ptr_array_index (self->items, position);
}

guint
briefing_object_list_get_size (BriefingObjectList *self)
{
  g_return_val_if_fail (BRIEFING_IS_OBJECT_LIST (self), 0);

  return self->items->len;
}

/**
 * briefing_object_list_peek_all:
 *
 * Returns: (transfer none) (array): the items, briefing_object_list_get_size()
 *   of them, without new references: for a walk over every one (a list never
 *   changes once made)
 */
gpointer *
briefing_object_list_peek_all (BriefingObjectList *self)
{
  g_return_val_if_fail (BRIEFING_IS_OBJECT_LIST (self), NULL);

  return self->items->pdata;
}
