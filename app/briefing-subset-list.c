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
  GCompareFunc   order;        /* NULL: no order known */
  guint          max_runs;
  /* While a change is told run by run, from the last: the list is the old
   * items before old_split, then the new ones from new_split */
  GPtrArray     *telling;      /* the old items, or NULL */
  guint          old_split, new_split;
};

/*
 * GTK 4.8's list view follows an "items-changed" by taking the rows of the
 * span it covers away and giving them back to the items that survive in it
 * (a reference, a hash lookup and an unref per added item, and the row of
 * each survivor in its bound range unbound and bound again). Where both the
 * old and the new items are in one order (briefing_event_compare() for
 * events), a change is told as its runs instead, so that no survivor is in
 * one: a period dragged on is an insertion in front and a removal at the
 * end, and GTK keeps every row in between. With more runs than max_runs
 * (a topic switch, "All Topics"), one span: each "items-changed" costs the
 * list view its bound range (tools/benchmark-list-change). A view's list
 * hears of either through a BriefingSlotList, which shows the items a span
 * replaces in the rows it has (briefing-slot-list.h).
 */
#define MAX_RUNS 8

typedef struct
{
  guint old_at, removed;
  guint new_at, added;
} Run;

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BriefingSubsetList, briefing_subset_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static inline guint
n_held (BriefingSubsetList *self)
{
  if (self->telling != NULL)
    return self->old_split + (self->items->len - self->new_split);
  return self->items->len;
}

static inline gpointer
item_at (BriefingSubsetList *self,
         guint               position)
{
  if (self->telling != NULL)
    return position < self->old_split ? g_ptr_array_index (self->telling, position)
                                      : g_ptr_array_index (self->items, position - self->old_split + self->new_split);
  return g_ptr_array_index (self->items, position);
}

static GType
briefing_subset_list_get_item_type (GListModel *model)
{
  return BRIEFING_SUBSET_LIST (model)->item_type;
}

static guint
briefing_subset_list_get_n_items (GListModel *model)
{
  return n_held (BRIEFING_SUBSET_LIST (model));
}

static gpointer
briefing_subset_list_get_item (GListModel *model,
                               guint       position)
{
  BriefingSubsetList *self = BRIEFING_SUBSET_LIST (model);

  if (position >= n_held (self))
    return NULL;
  return g_object_ref (item_at (self, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = briefing_subset_list_get_item_type;
  iface->get_n_items = briefing_subset_list_get_n_items;
  iface->get_item = briefing_subset_list_get_item;
}

/* The runs that turn old[from..old_end) into new[from..new_end), both in
 * self->order, into @runs; FALSE if there are more than max_runs. Items are
 * the same where their pointers are, so whatever the order, the runs say a
 * change that does it; the order only finds the shortest. */
static gboolean
find_runs (BriefingSubsetList *self,
           GPtrArray          *old,
           GPtrArray          *items,
           guint               from,
           guint               old_end,
           guint               new_end,
           GArray             *runs)
{
  guint i = from, j = from;
  Run run = { 0 };
  gboolean in_run = FALSE;

  while (i < old_end || j < new_end)
    {
      int order;

      if (i < old_end && j < new_end && old->pdata[i] == items->pdata[j])
        {
          if (in_run)
            g_array_append_val (runs, run);
          in_run = FALSE;
          i++, j++;
          continue;
        }
      if (!in_run)
        {
          if (runs->len == self->max_runs)
            return FALSE;
          run = (Run) { i, 0, j, 0 };
          in_run = TRUE;
        }
      order = i >= old_end ? 1 : j >= new_end ? -1 : self->order (old->pdata[i], items->pdata[j]);
      if (order <= 0)
        i++, run.removed++;
      if (order >= 0)
        j++, run.added++;
    }
  if (in_run)
    g_array_append_val (runs, run);
  return TRUE;
}

/* Takes @items, borrowed from @owner (which it takes too), and says what
 * changed: the span from the first item that differs to the last, as its
 * runs when there are few (see MAX_RUNS), told from the last so that each
 * "items-changed" finds the list as it says, else in one. The old items and
 * their owner go after the change is told. */
static void
replace_items (BriefingSubsetList *self,
               GPtrArray          *items,
               gpointer            owner,
               GDestroyNotify      owner_free)
{
  g_autoptr(GPtrArray) old = NULL;
  g_autoptr(GArray) runs = NULL;
  gpointer old_owner = self->owner;
  GDestroyNotify old_owner_free = self->owner_free;
  guint prefix = 0, suffix = 0, removed, added;

  /* Changed from a handler of its own change: refused, the list untouched. */
  if (self->telling != NULL)
    {
      g_critical ("BriefingSubsetList: changed while it tells of a change");
      g_ptr_array_unref (items);
      if (owner != NULL && owner_free != NULL)
        owner_free (owner);
      return;
    }

  old = self->items;
  while (prefix < old->len && prefix < items->len &&
         old->pdata[prefix] == items->pdata[prefix])
    prefix++;
  while (suffix < old->len - prefix && suffix < items->len - prefix &&
         old->pdata[old->len - 1 - suffix] == items->pdata[items->len - 1 - suffix])
    suffix++;
  removed = old->len - prefix - suffix;
  added = items->len - prefix - suffix;
  if (self->order != NULL && removed + added > 1)
    {
      runs = g_array_new (FALSE, FALSE, sizeof (Run));
      if (!find_runs (self, old, items, prefix, old->len - suffix, items->len - suffix, runs) ||
          runs->len < 2)
        g_clear_pointer (&runs, g_array_unref);
    }
  self->items = items;
  self->owner = owner;
  self->owner_free = owner_free;
  if (runs != NULL)
    {
      self->telling = old;
      self->old_split = old->len - suffix;
      self->new_split = items->len - suffix;
      for (guint k = runs->len; k-- > 0;)
        {
          Run *run = &g_array_index (runs, Run, k);

          self->old_split = run->old_at;
          self->new_split = run->new_at;
          /* The first run told, the list is the new one whole: told so
           * (briefing_subset_list_is_telling()). */
          if (k == 0)
            self->telling = NULL;
          g_list_model_items_changed (G_LIST_MODEL (self), run->old_at, run->removed, run->added);
        }
    }
  else if (removed > 0 || added > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix, removed, added);
  if (old_owner != NULL && old_owner_free != NULL)
    old_owner_free (old_owner);
}

/* Keeps the items of a source alive while they are held: a report's list
 * holds its own for good; any other list model's (a subset list too, which
 * lets its items go at its next change), a reference each. */
static void
borrow_from (GListModel      *source,
             GPtrArray       *items,
             gpointer        *owner,
             GDestroyNotify  *owner_free)
{
  if (BRIEFING_IS_OBJECT_LIST (source))
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
  self->max_runs = MAX_RUNS;
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
  g_return_val_if_fail (position < n_held (self), TRUE);

  return position == 0 || self->same_run == NULL ||
         !self->same_run (item_at (self, position - 1), item_at (self, position));
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

      /* (An empty list may have no array at all: memcpy() wants one.) */
      if (keep == NULL && n > 0)
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
  gpointer owner;
  GDestroyNotify owner_free;

  g_return_if_fail (BRIEFING_IS_SUBSET_LIST (self));
  g_return_if_fail (keep != NULL);
  /* Before the owner changes hands: replace_items() would refuse it. */
  g_return_if_fail (self->telling == NULL);

  items = g_ptr_array_sized_new (self->items->len);
  for (guint i = 0; i < self->items->len; i++)
    {
      gpointer item = g_ptr_array_index (self->items, i);

      if (keep (item, user_data))
        g_ptr_array_add (items, item);
    }
  /* The same owner holds them: it goes on holding them. */
  owner = self->owner;
  owner_free = self->owner_free;
  self->owner = NULL;
  self->owner_free = NULL;
  replace_items (self, items, owner, owner_free);
}

/**
 * briefing_subset_list_is_telling:
 *
 * Returns: whether the list is telling of a change in several
 *   "items-changed" and this one is not the last: what it holds now is
 *   on its way, for a view to lay out but not to count or announce
 */
gboolean
briefing_subset_list_is_telling (BriefingSubsetList *self)
{
  g_return_val_if_fail (BRIEFING_IS_SUBSET_LIST (self), FALSE);

  return self->telling != NULL;
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

  return position < n_held (self) ? item_at (self, position) : NULL;
}

/**
 * briefing_subset_list_set_order:
 * @order: (nullable): the order every list it holds is in, total; %NULL for
 *   none (each change told in one "items-changed")
 *
 * Lets a change be told as its runs (see MAX_RUNS).
 */
void
briefing_subset_list_set_order (BriefingSubsetList *self,
                                GCompareFunc        order)
{
  g_return_if_fail (BRIEFING_IS_SUBSET_LIST (self));

  self->order = order;
}

/**
 * briefing_subset_list_set_max_runs:
 * @max_runs: the most runs a change is told in, as as many "items-changed";
 *   more, and it is told in one
 *
 * For tests and benchmarks: the default is what GTK 4.8's list view follows
 * fastest.
 */
void
briefing_subset_list_set_max_runs (BriefingSubsetList *self,
                                   guint               max_runs)
{
  g_return_if_fail (BRIEFING_IS_SUBSET_LIST (self));

  self->max_runs = max_runs;
}
