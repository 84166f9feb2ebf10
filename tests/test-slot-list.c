/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * BriefingSlotList: the places a view holds take the new items of a change
 * in place ("replaced"), and "items-changed" tells only the rest, so that a
 * view that follows both sees at every position the source's item. Checked
 * against a mirror kept the way GTK's list view keeps its items: the slots
 * it holds at their positions, moved by each "items-changed".
 */
#include "config.h"

#include <locale.h>

#include "briefing-slot-list.h"

typedef struct
{
  GListModel *source;
  GPtrArray  *mirror;    /* a slot per position, held */
  guint       n_replaced;
  guint       replaced_at, replaced_n;
  GString    *told;      /* each signal, in order */
} Mirror;

static void
on_replaced_cb (BriefingSlotList *slots,
                guint             position,
                guint             n_items,
                Mirror           *mirror)
{
  mirror->n_replaced++;
  mirror->replaced_at = position;
  mirror->replaced_n = n_items;
  g_string_append_printf (mirror->told, "replaced %u %u; ", position, n_items);
  /* The positions before its end are the same as the mirror's. */
  for (guint i = position; mirror->mirror != NULL && i < position + n_items && i < mirror->mirror->len; i++)
    g_assert_cmpuint (briefing_slot_get_position (mirror->mirror->pdata[i]), ==, i);
}

static void
on_items_changed_cb (GListModel *slots,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Mirror     *mirror)
{
  g_string_append_printf (mirror->told, "changed %u %u %u; ", position, removed, added);
  g_ptr_array_remove_range (mirror->mirror, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (mirror->mirror, position + i, g_list_model_get_item (slots, position + i));
}

static void
on_told_cb (GString    *told,
            guint       position,
            guint       removed,
            guint       added,
            GListModel *slots)
{
  g_string_append_printf (told, "changed %u %u %u; ", position, removed, added);
}

/* Where GTK would think each slot held is, after a change it hears of. */
static void
on_window_changed_cb (GListModel *slots,
                      guint       position,
                      guint       removed,
                      guint       added,
                      GArray     *where)
{
  for (guint i = 0; i < where->len; i++)
    {
      guint *at = &g_array_index (where, guint, i);

      if (*at == G_MAXUINT || *at < position)
        continue;
      *at = *at >= position + removed ? *at - removed + added : G_MAXUINT;
    }
}

static void
assert_mirror (Mirror *mirror)
{
  guint n = g_list_model_get_n_items (mirror->source);

  g_assert_cmpuint (mirror->mirror->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (mirror->source, i);
      BriefingSlot *slot = mirror->mirror->pdata[i];

      g_assert_true (briefing_slot_get_item (slot) == (gpointer) item);
      g_assert_cmpuint (briefing_slot_get_position (slot), ==, i);
    }
}

static GObject *
new_item (void)
{
  return g_object_new (G_TYPE_OBJECT, NULL);
}

static void
mirror_init (Mirror           *mirror,
             GListStore       *store,
             BriefingSlotList *slots)
{
  mirror->source = G_LIST_MODEL (store);
  mirror->mirror = g_ptr_array_new_with_free_func (g_object_unref);
  mirror->told = g_string_new (NULL);
  g_signal_connect (slots, "replaced", G_CALLBACK (on_replaced_cb), mirror);
  g_signal_connect (slots, "items-changed", G_CALLBACK (on_items_changed_cb), mirror);
  on_items_changed_cb (G_LIST_MODEL (slots), 0, 0, g_list_model_get_n_items (G_LIST_MODEL (slots)), mirror);
}

static void
mirror_clear (Mirror *mirror)
{
  g_ptr_array_unref (mirror->mirror);
  g_string_free (mirror->told, TRUE);
}

static void
splice (GListStore *store,
        guint       position,
        guint       removed,
        guint       added)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < added; i++)
    g_ptr_array_add (items, new_item ());
  g_list_store_splice (store, position, removed, items->pdata, added);
}

static void
fill (GListStore *store,
      guint       n)
{
  splice (store, 0, 0, n);
}

/* A slot is the same object while held, made again once let go. */
static void
test_slot_list_held (void)
{
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(BriefingSlotList) slots = NULL;
  BriefingSlot *first, *again;
  gpointer item;

  fill (store, 4);
  slots = briefing_slot_list_new (G_LIST_MODEL (store));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (slots)) == BRIEFING_TYPE_SLOT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (slots)), ==, 4);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (slots), 4));
  g_assert_cmpuint (briefing_slot_list_get_n_held (slots), ==, 0);

  first = g_list_model_get_item (G_LIST_MODEL (slots), 2);
  again = g_list_model_get_item (G_LIST_MODEL (slots), 2);
  g_assert_true (first == again);
  g_assert_cmpuint (briefing_slot_get_position (first), ==, 2);
  item = g_list_model_get_item (G_LIST_MODEL (store), 2);
  g_object_unref (item);
  g_assert_true (briefing_slot_get_item (first) == item);
  g_assert_cmpuint (briefing_slot_list_get_n_held (slots), ==, 1);
  g_object_unref (again);
  g_assert_finalize_object (first);
  g_assert_cmpuint (briefing_slot_list_get_n_held (slots), ==, 0);

  /* A slot held past its list keeps its item, out of it. */
  first = g_list_model_get_item (G_LIST_MODEL (slots), 1);
  g_assert_finalize_object (g_steal_pointer (&slots));
  g_assert_cmpuint (briefing_slot_get_position (first), ==, G_MAXUINT);
  g_assert_nonnull (briefing_slot_get_item (first));
  g_assert_finalize_object (first);
}

/* Each shape of change, told as it should be. */
static void
test_slot_list_changes (void)
{
  static const struct {
    guint position, removed, added;
    const char *told;
  } changes[] = {
    /* Three replaced, two more added after them. */
    { 2, 3, 5, "replaced 2 3; changed 5 0 2; " },
    /* Two replaced, three more removed after them. */
    { 1, 5, 2, "replaced 1 2; changed 3 3 0; " },
    /* As many: all in place, no "items-changed". */
    { 0, 4, 4, "replaced 0 4; " },
    /* Only added, only removed: told as they are. */
    { 3, 0, 2, "changed 3 0 2; " },
    { 0, 2, 0, "changed 0 2 0; " },
    /* All replaced and more; then all but the last two removed, every
     * slot held: the first two take those two (see the next test). */
    { 0, 7, 12, "replaced 0 7; changed 7 0 5; " },
    { 0, 12, 0, "replaced 0 2; changed 2 12 0; " },
  };
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(BriefingSlotList) slots = NULL;
  Mirror mirror = { 0 };

  fill (store, 10);
  slots = briefing_slot_list_new (G_LIST_MODEL (store));
  mirror_init (&mirror, store, slots);
  assert_mirror (&mirror);
  for (guint k = 0; k < G_N_ELEMENTS (changes); k++)
    {
      g_autoptr(GObject) before_end = NULL;
      guint end = changes[k].position + changes[k].removed;
      BriefingSlot *after = NULL;

      /* The slot after the span keeps its item, moved. */
      if (end < mirror.mirror->len)
        {
          after = g_object_ref (mirror.mirror->pdata[end]);
          before_end = g_object_ref (briefing_slot_get_item (after));
        }
      g_string_truncate (mirror.told, 0);
      splice (store, changes[k].position, changes[k].removed, changes[k].added);
      g_assert_cmpstr (mirror.told->str, ==, changes[k].told);
      assert_mirror (&mirror);
      g_assert_cmpuint (briefing_slot_list_get_n_held (slots), ==, mirror.mirror->len);
      /* (Unless the slots before took its item, the last change.) */
      if (after != NULL && k + 1 < G_N_ELEMENTS (changes))
        {
          g_assert_true (briefing_slot_get_item (after) == (gpointer) before_end);
          g_assert_cmpuint (briefing_slot_get_position (after), ==,
                            changes[k].position + changes[k].added);
        }
      g_clear_object (&after);
    }

  /* The same items again: nothing replaced. */
  {
    g_autoptr(GListStore) other = g_list_store_new (G_TYPE_OBJECT);

    fill (store, 3);
    g_string_truncate (mirror.told, 0);
    mirror.n_replaced = 0;
    for (guint i = 0; i < 3; i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);

        g_list_store_append (other, item);
      }
    {
      g_autoptr(GPtrArray) same = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < 3; i++)
        g_ptr_array_add (same, g_list_model_get_item (G_LIST_MODEL (other), i));
      g_list_store_splice (store, 0, 3, same->pdata, 3);
    }
    g_assert_cmpuint (mirror.n_replaced, ==, 0);
    g_assert_cmpstr (mirror.told->str, ==, "");
    assert_mirror (&mirror);
  }

  g_signal_handlers_disconnect_by_data (slots, &mirror);
  mirror_clear (&mirror);
}

/* Held slots taken out of the list by a change: out of it, with the item
 * they held; only what is held exists. */
static void
test_slot_list_taken_out (void)
{
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(BriefingSlotList) slots = NULL;
  g_autoptr(BriefingSlot) out = NULL;
  g_autoptr(GObject) out_item = NULL;

  fill (store, 100);
  slots = briefing_slot_list_new (G_LIST_MODEL (store));
  out = g_list_model_get_item (G_LIST_MODEL (slots), 50);
  out_item = g_object_ref (briefing_slot_get_item (out));
  /* All removed (nothing replaced: none stays), then ten added. */
  g_list_store_remove_all (store);
  fill (store, 10);
  g_assert_cmpuint (briefing_slot_get_position (out), ==, G_MAXUINT);
  g_assert_true (briefing_slot_get_item (out) == (gpointer) out_item);
  g_assert_cmpuint (briefing_slot_list_get_n_held (slots), ==, 0);
}

/* Holds the slots of [from, to) in @held. */
static void
hold (BriefingSlotList *slots,
      GPtrArray        *held,
      guint             from,
      guint             to)
{
  for (guint i = from; i < to; i++)
    g_ptr_array_add (held, g_list_model_get_item (G_LIST_MODEL (slots), i));
}

/* Items taken away where a view holds its slots: the slots held take the
 * items that come up to them, in place, unless the change takes only a few
 * of them (a period dragged on), which the list hears of as it is. */
static void
test_slot_list_taken_where_held (void)
{
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(BriefingSlotList) slots = NULL;
  g_autoptr(GPtrArray) held = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) told = g_string_new (NULL);
  Mirror mirror = { .told = told };

  fill (store, 1000);
  slots = briefing_slot_list_new (G_LIST_MODEL (store));
  g_signal_connect (slots, "replaced", G_CALLBACK (on_replaced_cb), &mirror);
  g_signal_connect_swapped (slots, "items-changed", G_CALLBACK (on_told_cb), told);
  g_autoptr(BriefingSlot) far = NULL;
  g_autoptr(GObject) far_item = NULL;

  /* A view at the top: the first 200 held; and one far away (GTK 4.8's
   * hidden row for the focus), which does not stretch what is replaced. */
  hold (slots, held, 0, 200);
  far = g_list_model_get_item (G_LIST_MODEL (slots), 900);
  far_item = g_object_ref (briefing_slot_get_item (far));

  /* The first 300 go (a period chosen after them): the 200 slots take the
   * items that were at 300–499, and the list hears of 300 removed after
   * them. */
  mirror.mirror = held;  /* checked in place by on_replaced_cb */
  splice (store, 0, 300, 0);
  g_assert_cmpstr (told->str, ==, "replaced 0 200; changed 200 300 0; ");
  g_assert_cmpuint (briefing_slot_get_position (far), ==, 600);
  g_assert_true (briefing_slot_get_item (far) == (gpointer) far_item);
  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);

      g_assert_cmpuint (briefing_slot_get_position (held->pdata[i]), ==, i);
      g_assert_true (briefing_slot_get_item (held->pdata[i]) == (gpointer) item);
    }

  /* One at the top goes (a drag's step): as it is, the first slot out. */
  mirror.mirror = NULL;
  g_string_truncate (told, 0);
  splice (store, 0, 1, 0);
  g_assert_cmpstr (told->str, ==, "changed 0 1 0; ");
  g_assert_cmpuint (briefing_slot_get_position (held->pdata[0]), ==, G_MAXUINT);
  g_assert_cmpuint (briefing_slot_get_position (held->pdata[1]), ==, 0);

  /* Taken away beyond what the list has after them: as many replaced as
   * stay. */
  g_string_truncate (told, 0);
  splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)) - 50, 0);
  g_assert_cmpstr (told->str, ==, "replaced 0 50; changed 50 649 0; ");
  g_assert_cmpuint (briefing_slot_get_position (far), ==, G_MAXUINT);
  g_assert_cmpuint (briefing_slot_get_position (held->pdata[50]), ==, 49);
  g_assert_cmpuint (briefing_slot_get_position (held->pdata[51]), ==, G_MAXUINT);

  g_signal_handlers_disconnect_by_data (slots, &mirror);
  g_signal_handlers_disconnect_by_data (slots, told);
}

/* Random changes, a view's few hundred slots held among thousands of
 * items: the mirror always holds the source's items. */
static void
test_slot_list_random (void)
{
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(BriefingSlotList) slots = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261203);
  Mirror mirror = { 0 };

  fill (store, 300);
  slots = briefing_slot_list_new (G_LIST_MODEL (store));
  mirror_init (&mirror, store, slots);
  for (guint round = 0; round < 500; round++)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
      guint position = g_rand_int_range (rand, 0, n + 1);
      guint removed = g_rand_int_range (rand, 0, n - position + 1);
      guint added = g_rand_int_range (rand, 0, 40);

      splice (store, position, removed, added);
      assert_mirror (&mirror);
    }
  g_signal_handlers_disconnect_by_data (slots, &mirror);
  mirror_clear (&mirror);
  g_assert_cmpuint (briefing_slot_list_get_n_held (slots), ==, 0);
}

/* Random changes with a view's window of slots held, moved about as GTK
 * would: each slot held is where the list's changes moved it, with the
 * source's item there, or out of the list where a change took it. */
static void
test_slot_list_random_window (void)
{
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(BriefingSlotList) slots = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (3122026);
  g_autoptr(GPtrArray) held = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) where = g_array_new (FALSE, FALSE, sizeof (guint));

  fill (store, 2000);
  slots = briefing_slot_list_new (G_LIST_MODEL (store));
  g_signal_connect (slots, "items-changed", G_CALLBACK (on_window_changed_cb), where);
  for (guint round = 0; round < 2000; round++)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
      guint position = g_rand_int_range (rand, 0, n + 1);
      guint removed = g_rand_int_range (rand, 0, MIN (n - position, 600) + 1);
      guint added = g_rand_int_range (rand, 0, g_rand_boolean (rand) ? 3 : 400);

      /* Now and then, the view somewhere else. */
      if (round % 50 == 0 && n > 0)
        {
          guint from = g_rand_int_range (rand, 0, n);
          guint to = MIN (n, from + 200);

          g_ptr_array_set_size (held, 0);
          g_array_set_size (where, 0);
          hold (slots, held, from, to);
          for (guint i = from; i < to; i++)
            g_array_append_val (where, i);
        }
      splice (store, position, removed, added);
      for (guint i = 0; i < held->len; i++)
        {
          guint at = g_array_index (where, guint, i);

          g_assert_cmpuint (briefing_slot_get_position (held->pdata[i]), ==, at);
          if (at != G_MAXUINT)
            {
              g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), at);

              g_assert_true (briefing_slot_get_item (held->pdata[i]) == (gpointer) item);
            }
        }
    }
  g_signal_handlers_disconnect_by_data (slots, where);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/slot-list/held", test_slot_list_held);
  g_test_add_func ("/slot-list/changes", test_slot_list_changes);
  g_test_add_func ("/slot-list/taken-out", test_slot_list_taken_out);
  g_test_add_func ("/slot-list/taken-where-held", test_slot_list_taken_where_held);
  g_test_add_func ("/slot-list/random", test_slot_list_random);
  g_test_add_func ("/slot-list/random-window", test_slot_list_random_window);

  return g_test_run ();
}
