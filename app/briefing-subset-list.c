/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "briefing-object-list.h"
#include "briefing-subset-list.h"

/*
 * The items are borrowed, not referenced one by one: @owner keeps them alive
 * (the report's list they were chosen from, or an array of references for a
 * source whose items may not outlive the call). At 300,000 events a
 * reference taken and dropped per item and change was a fifth of "All
 * Topics" (the type check in g_object_ref); now a change costs a pointer
 * copy per item.
 */
struct _BriefingSubsetList
{
  GObject        parent_instance;
  GType          item_type;
  GPtrArray     *items;        /* borrowed from owner */
  gpointer       owner;
  GDestroyNotify owner_free;
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

/* Takes @items, borrowed from @owner (which it takes too), and says what
 * changed: one span, from the first item that differs to the last. GTK
 * 4.8's list view pays for each "items-changed" in proportion to its
 * length, so there is never more than one. The old items and their owner
 * go after the change is told. */
static void
replace_items (BriefingSubsetList *self,
               GPtrArray          *items,
               gpointer            owner,
               GDestroyNotify      owner_free)
{
  g_autoptr(GPtrArray) old = self->items;
  gpointer old_owner = self->owner;
  GDestroyNotify old_owner_free = self->owner_free;
  guint prefix = 0, suffix = 0;

  self->items = items;
  self->owner = owner;
  self->owner_free = owner_free;
  while (prefix < old->len && prefix < items->len &&
         old->pdata[prefix] == items->pdata[prefix])
    prefix++;
  while (suffix < old->len - prefix && suffix < items->len - prefix &&
         old->pdata[old->len - 1 - suffix] == items->pdata[items->len - 1 - suffix])
    suffix++;
  if (prefix < old->len || prefix < items->len)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                                old->len - prefix - suffix, items->len - prefix - suffix);
  if (old_owner != NULL && old_owner_free != NULL)
    old_owner_free (old_owner);
}

/* Keeps the items of a source alive while they are held: a report's list
 * holds its own; another list model's, a reference each. */
static void
borrow_from (GListModel      *source,
             GPtrArray       *items,
             gpointer        *owner,
             GDestroyNotify  *owner_free)
{
  if (BRIEFING_IS_OBJECT_LIST (source) || BRIEFING_IS_SUBSET_LIST (source))
    {
      *owner = g_object_ref (source);
      *owner_free = g_object_unref;
      return;
    }
  *owner = g_ptr_array_new_full (items->len, g_object_unref);
  *owner_free = (GDestroyNotify) g_ptr_array_unref;
  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (*owner, g_object_ref (items->pdata[i]));
}

static void
briefing_subset_list_finalize (GObject *object)
{
  BriefingSubsetList *self = BRIEFING_SUBSET_LIST (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  if (self->owner != NULL && self->owner_free != NULL)
    self->owner_free (self->owner);
  self->owner = NULL;

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
  self->items = g_ptr_array_new ();
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
  gpointer owner = NULL;
  GDestroyNotify owner_free = NULL;

  g_return_if_fail (BRIEFING_IS_SUBSET_LIST (self));
  g_return_if_fail (source == NULL || G_IS_LIST_MODEL (source));

  n = source != NULL ? g_list_model_get_n_items (source) : 0;
  items = g_ptr_array_sized_new (n);
  if (source != NULL && BRIEFING_IS_OBJECT_LIST (source))
    {
      /* A report's list: its items looked at where they are. */
      gpointer *all = briefing_object_list_peek_all (BRIEFING_OBJECT_LIST (source));

      if (keep == NULL)
        {
          g_ptr_array_set_size (items, n);
          memcpy (items->pdata, all, n * sizeof (gpointer));
        }
      else
        for (guint i = 0; i < n; i++)
          if (keep (all[i], user_data))
            g_ptr_array_add (items, all[i]);
      owner = g_object_ref (source);
      owner_free = g_object_unref;
    }
  else if (source != NULL)
    {
      /* Another list's items may live only as long as a reference. */
      owner = g_ptr_array_new_with_free_func (g_object_unref);
      owner_free = (GDestroyNotify) g_ptr_array_unref;
      for (guint i = 0; i < n; i++)
        {
          gpointer item = g_list_model_get_item (source, i);

          if (keep == NULL || keep (item, user_data))
            {
              g_ptr_array_add (items, item);
              g_ptr_array_add (owner, item);
            }
          else
            g_object_unref (item);
        }
    }
  replace_items (self, items, owner, owner_free);
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

  items = g_ptr_array_sized_new (self->items->len);
  for (guint i = 0; i < self->items->len; i++)
    {
      gpointer item = g_ptr_array_index (self->items, i);

      if (keep (item, user_data))
        g_ptr_array_add (items, item);
    }
  /* The same owner holds them: it goes on holding them. */
  {
    gpointer owner = self->owner;
    GDestroyNotify owner_free = self->owner_free;

    self->owner = NULL;
    self->owner_free = NULL;
    replace_items (self, items, owner, owner_free);
  }
}

/**
 * briefing_subset_list_set_items:
 * @source: the list that holds @items (a report's list), kept while they are
 * @items: (transfer full) (element-type GObject): what to hold, in order:
 *   some of @source's items, without references of their own
 *
 * Holds @items, found by the caller another way than by looking at every
 * item of @source (a range of an index): one change, as for the others.
 */
void
briefing_subset_list_set_items (BriefingSubsetList *self,
                                GListModel         *source,
                                GPtrArray          *items)
{
  gpointer owner = NULL;
  GDestroyNotify owner_free = NULL;

  g_return_if_fail (BRIEFING_IS_SUBSET_LIST (self));
  g_return_if_fail (G_IS_LIST_MODEL (source));
  g_return_if_fail (items != NULL);

  g_ptr_array_set_free_func (items, NULL);
  borrow_from (source, items, &owner, &owner_free);
  replace_items (self, items, owner, owner_free);
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
