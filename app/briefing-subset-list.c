/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-subset-list.h"

struct _BriefingSubsetList
{
  GObject    parent_instance;
  GType      item_type;
  GPtrArray *items;   /* owns a reference to each */
  BriefingSubsetListSameRun same_run;  /* NULL: every item starts its own run */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BriefingSubsetList, briefing_subset_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
briefing_subset_list_get_item_type (GListModel *model)
{
  return BRIEFING_SUBSET_LIST (model)->item_type;
}

static guint
briefing_subset_list_get_n_items (GListModel *model)
{
  return BRIEFING_SUBSET_LIST (model)->items->len;
}

static gpointer
briefing_subset_list_get_item (GListModel *model,
                               guint       position)
{
  BriefingSubsetList *self = BRIEFING_SUBSET_LIST (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = briefing_subset_list_get_item_type;
  iface->get_n_items = briefing_subset_list_get_n_items;
  iface->get_item = briefing_subset_list_get_item;
}

/* Takes @items and says what changed: one span, from the first item that
 * differs to the last. GTK 4.8's list view pays for each "items-changed" in
 * proportion to its length, so there is never more than one. */
static void
replace_items (BriefingSubsetList *self,
               GPtrArray          *items)
{
  g_autoptr(GPtrArray) old = self->items;
  guint prefix = 0, suffix = 0;

  self->items = items;
  while (prefix < old->len && prefix < items->len &&
         old->pdata[prefix] == items->pdata[prefix])
    prefix++;
  while (suffix < old->len - prefix && suffix < items->len - prefix &&
         old->pdata[old->len - 1 - suffix] == items->pdata[items->len - 1 - suffix])
    suffix++;
  if (prefix == old->len && prefix == items->len)
    return;
  g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                              old->len - prefix - suffix, items->len - prefix - suffix);
}

static void
briefing_subset_list_finalize (GObject *object)
{
  BriefingSubsetList *self = BRIEFING_SUBSET_LIST (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (briefing_subset_list_parent_class)->finalize (object);
}

static void
briefing_subset_list_class_init (BriefingSubsetListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = briefing_subset_list_finalize;
}

static void
briefing_subset_list_init (BriefingSubsetList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * briefing_subset_list_new:
 * @item_type: the GType of the items
 *
 * Returns: (transfer full): an empty list
 */
BriefingSubsetList *
briefing_subset_list_new (GType item_type)
{
  BriefingSubsetList *self;

  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);

  self = g_object_new (BRIEFING_TYPE_SUBSET_LIST, NULL);
  self->item_type = item_type;
  return self;
}

/**
 * briefing_subset_list_new_with_runs:
 * @same_run: whether an item continues the run of the item before it
 *
 * Returns: (transfer full): an empty list that knows where runs start
 */
BriefingSubsetList *
briefing_subset_list_new_with_runs (GType                     item_type,
                                    BriefingSubsetListSameRun same_run)
{
  BriefingSubsetList *self = briefing_subset_list_new (item_type);

  g_return_val_if_fail (same_run != NULL, self);

  self->same_run = same_run;
  return self;
}

/**
 * briefing_subset_list_starts_run:
 * @position: an item held
 *
 * Returns: whether the item at @position is the first of its run among the
 *   items held: whether it shows a heading. An item's answer changes only
 *   when the item before it does, so after a change only the item just past
 *   the changed span can have a new one.
 */
gboolean
briefing_subset_list_starts_run (BriefingSubsetList *self,
                                 guint               position)
{
  g_return_val_if_fail (BRIEFING_IS_SUBSET_LIST (self), TRUE);
  g_return_val_if_fail (position < self->items->len, TRUE);

  return position == 0 || self->same_run == NULL ||
         !self->same_run (g_ptr_array_index (self->items, position - 1),
                          g_ptr_array_index (self->items, position));
}

/**
 * briefing_subset_list_select:
 * @source: (nullable): the list to choose from; %NULL for none
 * @keep: (nullable) (scope call): which items to keep; %NULL for all
 *
 * Holds the items of @source that @keep keeps, in their order.
 */
void
briefing_subset_list_select (BriefingSubsetList     *self,
                             GListModel             *source,
                             BriefingSubsetListKeep  keep,
                             gpointer                user_data)
{
  guint n;
  GPtrArray *items;

  g_return_if_fail (BRIEFING_IS_SUBSET_LIST (self));
  g_return_if_fail (source == NULL || G_IS_LIST_MODEL (source));

  n = source != NULL ? g_list_model_get_n_items (source) : 0;
  items = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      gpointer item = g_list_model_get_item (source, i);

      if (keep == NULL || keep (item, user_data))
        g_ptr_array_add (items, item);
      else
        g_object_unref (item);
    }
  replace_items (self, items);
}

/**
 * briefing_subset_list_narrow:
 * @keep: (scope call): which of the items held to keep
 *
 * Keeps only some of the items held: quicker than choosing again from the
 * source when what is asked is stricter than before (one more letter typed).
 */
void
briefing_subset_list_narrow (BriefingSubsetList     *self,
                             BriefingSubsetListKeep  keep,
                             gpointer                user_data)
{
  GPtrArray *items;

  g_return_if_fail (BRIEFING_IS_SUBSET_LIST (self));
  g_return_if_fail (keep != NULL);

  items = g_ptr_array_new_full (self->items->len, g_object_unref);
  for (guint i = 0; i < self->items->len; i++)
    {
      gpointer item = g_ptr_array_index (self->items, i);

      if (keep (item, user_data))
        g_ptr_array_add (items, g_object_ref (item));
    }
  replace_items (self, items);
}

/**
 * briefing_subset_list_set_items:
 * @items: (transfer full) (element-type GObject): what to hold, in order,
 *   each with a reference the list takes, freeing them with g_object_unref()
 *
 * Holds @items, found by the caller another way than by looking at every
 * item of a source (a range of an index): one change, as for the others.
 */
void
briefing_subset_list_set_items (BriefingSubsetList *self,
                                GPtrArray          *items)
{
  g_return_if_fail (BRIEFING_IS_SUBSET_LIST (self));
  g_return_if_fail (items != NULL);

  replace_items (self, items);
}

/**
 * briefing_subset_list_peek:
 *
 * Returns: (transfer none) (nullable): the item at @position, without a
 *   reference of its own
 */
gpointer
briefing_subset_list_peek (BriefingSubsetList *self,
                           guint               position)
{
  g_return_val_if_fail (BRIEFING_IS_SUBSET_LIST (self), NULL);

  return position < self->items->len ? g_ptr_array_index (self->items, position) : NULL;
}
