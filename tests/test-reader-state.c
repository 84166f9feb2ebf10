/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the reader reads, and the lists it derives for the views: headless. */
#include "config.h"

#include "briefing-calendar.h"
#include "briefing-day-index.h"
#include "briefing-object-list.h"
#include "briefing-reader-state.h"
#include "briefing-reader-state-private.h"
#include "briefing-subset-list.h"
#include "briefing-text-scale.h"
#include "briefing-text-search.h"
#include "test-sample.h"

typedef struct
{
  guint n_signals;
  guint position;
  guint removed;
  guint added;
} Change;

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Change     *change)
{
  change->n_signals++;
  change->position = position;
  change->removed = removed;
  change->added = added;
}

/* Exactly one "items-changed" since the last look, at @position. */
static void
assert_changed (Change *change,
                guint   position,
                guint   removed,
                guint   added)
{
  g_assert_cmpuint (change->n_signals, ==, 1);
  g_assert_cmpuint (change->position, ==, position);
  g_assert_cmpuint (change->removed, ==, removed);
  g_assert_cmpuint (change->added, ==, added);
  *change = (Change) { 0 };
}

static void
count_cb (guint *count)
{
  (*count)++;
}

typedef struct
{
  const char *folded;
  guint       n_calls;
} Keep;

static gboolean
name_contains (gpointer item,
               gpointer user_data)
{
  Keep *keep = user_data;
  g_autofree char *name = g_file_get_basename (item);

  keep->n_calls++;
  return briefing_text_search_contains (name, keep->folded);
}

static void
assert_names (GListModel  *model,
              const char **names)
{
  guint n = g_strv_length ((char **) names);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (model, i);
      g_autofree char *name = g_file_get_basename (file);

      g_assert_cmpstr (name, ==, names[i]);
    }
}

static gboolean
same_initial (gpointer previous,
              gpointer item)
{
  g_autofree char *a = g_file_get_basename (previous);
  g_autofree char *b = g_file_get_basename (item);

  return a[0] == b[0];
}

/* Runs (date groups, a speaker's turns) are the list's data: where one
 * starts follows what the list holds. */
static void
test_subset_list_runs (void)
{
  const char *words[] = { "Kharkiv", "Kyiv", "Kursk", "Moscow", "Minsk", "Odesa", NULL };
  g_autoptr(GListStore) source = g_list_store_new (G_TYPE_FILE);
  BriefingSubsetList *list = briefing_subset_list_new_with_runs (G_TYPE_FILE, same_initial);
  BriefingSubsetList *plain = briefing_subset_list_new (G_TYPE_FILE);
  gboolean all[] = { TRUE, FALSE, FALSE, TRUE, FALSE, TRUE };
  Keep keep = { "sk", 0 };

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (words[i]);

      g_list_store_append (source, file);
    }
  briefing_subset_list_select (list, G_LIST_MODEL (source), NULL, NULL);
  briefing_subset_list_select (plain, G_LIST_MODEL (source), NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      g_assert_cmpint (briefing_subset_list_starts_run (list, i), ==, all[i]);
      /* Without runs, every item stands alone. */
      g_assert_true (briefing_subset_list_starts_run (plain, i));
    }

  /* Kursk and Minsk, each alone now: Minsk starts a run it did not. */
  briefing_subset_list_select (list, G_LIST_MODEL (source), name_contains, &keep);
  g_assert_true (briefing_subset_list_starts_run (list, 0));
  g_assert_true (briefing_subset_list_starts_run (list, 1));

  g_assert_finalize_object (list);
  g_assert_finalize_object (plain);
}

/* Six files named after cities, each with its "index" in the list. */
static GListStore *
new_cities (void)
{
  const char *words[] = { "Kharkiv", "Kyiv", "Kursk", "Moscow", "Minsk", "Odesa", NULL };
  GListStore *source = g_list_store_new (G_TYPE_FILE);

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (words[i]);

      g_object_set_data (G_OBJECT (file), "index", GUINT_TO_POINTER (i));
      g_list_store_append (source, file);
    }
  return source;
}

static void
test_subset_list (void)
{
  const char *words[] = { "Kharkiv", "Kyiv", "Kursk", "Moscow", "Minsk", "Odesa", NULL };
  g_autoptr(GListStore) source = new_cities ();
  BriefingSubsetList *list = briefing_subset_list_new (G_TYPE_FILE);
  GListModel *model = G_LIST_MODEL (list);
  Change change = { 0 };
  Keep keep = { 0 };
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), &change);
  g_assert_true (g_list_model_get_item_type (model) == G_TYPE_FILE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_null (g_list_model_get_item (model, 0));

  /* All of them */
  briefing_subset_list_select (list, G_LIST_MODEL (source), NULL, NULL);
  assert_changed (&change, 0, 0, 6);
  assert_names (model, words);

  /* Choosing anew: one change, over the span that differs. */
  keep.folded = "sk";
  briefing_subset_list_select (list, G_LIST_MODEL (source), name_contains, &keep);
  assert_changed (&change, 0, 6, 2);
  assert_names (model, (const char *[]) { "Kursk", "Minsk", NULL });
  g_assert_cmpuint (keep.n_calls, ==, 6);

  /* Narrowing looks only at the items held; the first stays. */
  keep = (Keep) { "rsk", 0 };
  briefing_subset_list_narrow (list, name_contains, &keep);
  g_assert_cmpuint (keep.n_calls, ==, 2);
  assert_changed (&change, 1, 1, 0);
  assert_names (model, (const char *[]) { "Kursk", NULL });
  g_assert_true (briefing_subset_list_peek (list, 0) == g_list_model_get_item (G_LIST_MODEL (source), 2));
  g_object_unref (briefing_subset_list_peek (list, 0));
  g_assert_null (briefing_subset_list_peek (list, 1));

  /* The same again: no change at all. */
  briefing_subset_list_narrow (list, name_contains, &keep);
  g_assert_cmpuint (change.n_signals, ==, 0);

  /* Everything, then those with an "o": the last item kept, Moscow before it new. */
  briefing_subset_list_select (list, G_LIST_MODEL (source), NULL, NULL);
  assert_changed (&change, 0, 1, 6);
  keep = (Keep) { "o", 0 };
  briefing_subset_list_select (list, G_LIST_MODEL (source), name_contains, &keep);
  assert_changed (&change, 0, 5, 1);
  assert_names (model, (const char *[]) { "Moscow", "Odesa", NULL });

  /* No source: empty. */
  briefing_subset_list_select (list, NULL, NULL, NULL);
  assert_changed (&change, 0, 2, 0);

  g_assert_finalize_object (list);
}

/* The list holds no reference per item: the report's list it chose from
 * keeps them, and it keeps that list until its items are replaced; another
 * list model's items get one each. */
static void
test_subset_list_borrows (void)
{
  const char *words[] = { "Kharkiv", "Kyiv", "Kursk", "Moscow", "Minsk", "Odesa", NULL };
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_FILE);
  BriefingSubsetList *list = briefing_subset_list_new (G_TYPE_FILE);
  GListModel *model = G_LIST_MODEL (list);
  BriefingObjectList *source;
  GPtrArray *range;
  Change change = { 0 };
  Keep keep = { "sk", 0 };

  for (guint i = 0; words[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_path (words[i]));
  {
    GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint i = 0; i < files->len; i++)
      g_ptr_array_add (items, g_object_ref (files->pdata[i]));
    source = briefing_object_list_new (G_TYPE_FILE, items);
  }
  g_object_add_weak_pointer (G_OBJECT (source), (gpointer *) &source);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), &change);

  briefing_subset_list_select (list, G_LIST_MODEL (source), name_contains, &keep);
  assert_changed (&change, 0, 0, 2);
  assert_names (model, (const char *[]) { "Kursk", "Minsk", NULL });
  /* Held without a reference of their own: the array's and the source's. */
  g_assert_cmpuint (G_OBJECT (files->pdata[2])->ref_count, ==, 2);
  g_object_unref (source);
  g_assert_nonnull (source);
  assert_names (model, (const char *[]) { "Kursk", "Minsk", NULL });

  /* Some items found another way, from the same source. */
  range = g_ptr_array_new ();
  g_ptr_array_add (range, files->pdata[1]);
  g_ptr_array_add (range, files->pdata[2]);
  g_ptr_array_add (range, files->pdata[4]);
  briefing_subset_list_set_items (list, G_LIST_MODEL (source), range);
  assert_changed (&change, 0, 0, 1);
  assert_names (model, (const char *[]) { "Kyiv", "Kursk", "Minsk", NULL });
  g_assert_nonnull (source);

  /* Narrowing keeps the source. */
  keep = (Keep) { "sk", 0 };
  briefing_subset_list_narrow (list, name_contains, &keep);
  assert_changed (&change, 0, 1, 0);
  g_assert_nonnull (source);

  /* From another list model: a reference each, the model itself let go. */
  for (guint i = 0; i < files->len; i++)
    g_list_store_append (store, files->pdata[i]);
  briefing_subset_list_select (list, G_LIST_MODEL (store), NULL, NULL);
  /* The report's list goes once its items are no longer held. */
  g_assert_null (source);
  assert_changed (&change, 0, 2, 6);
  g_clear_object (&store);
  g_assert_cmpuint (G_OBJECT (files->pdata[0])->ref_count, ==, 2);
  assert_names (model, words);

  /* From another subset list, which lets its items go at its next change:
   * a reference each too. */
  {
    BriefingSubsetList *other = briefing_subset_list_new (G_TYPE_FILE);
    GListStore *holder = g_list_store_new (G_TYPE_FILE);

    GPtrArray *found = g_ptr_array_new ();

    g_list_store_append (holder, files->pdata[3]);
    briefing_subset_list_select (other, G_LIST_MODEL (holder), NULL, NULL);
    g_ptr_array_add (found, files->pdata[3]);
    briefing_subset_list_set_items (list, G_LIST_MODEL (other), found);
    g_object_unref (holder);
    briefing_subset_list_select (other, G_LIST_MODEL (store = g_list_store_new (G_TYPE_FILE)), NULL, NULL);
    g_clear_object (&store);
    g_assert_finalize_object (other);
    assert_names (model, (const char *[]) { "Moscow", NULL });
    g_assert_cmpuint (G_OBJECT (files->pdata[3])->ref_count, ==, 2);
  }

  g_assert_finalize_object (list);
  g_assert_cmpuint (G_OBJECT (files->pdata[0])->ref_count, ==, 1);
}

/* All of an empty report's list: nothing, and no memcpy() from no array
 * (UBSan, in CI, says so). */
static void
test_subset_list_empty_source (void)
{
  g_autoptr(BriefingObjectList) source = briefing_object_list_new (G_TYPE_FILE, g_ptr_array_new_with_free_func (g_object_unref));
  g_autoptr(BriefingSubsetList) list = briefing_subset_list_new (G_TYPE_FILE);

  briefing_subset_list_select (list, G_LIST_MODEL (source), NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
}

/* A change asked for by a handler of the list's own change is refused, and
 * the list stays whole. */
static void
on_told_change_again_cb (GListModel *model,
                         guint       position,
                         guint       removed,
                         guint       added,
                         GListModel *other)
{
  /* Once, in the first "items-changed": the list tells on after it. */
  g_signal_handlers_disconnect_by_func (model, on_told_change_again_cb, other);
  g_assert_true (briefing_subset_list_is_telling (BRIEFING_SUBSET_LIST (model)));
  briefing_subset_list_select (BRIEFING_SUBSET_LIST (model), other, NULL, NULL);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  g_autofree char *name_a = g_file_get_basename ((GFile *) a);
  g_autofree char *name_b = g_file_get_basename ((GFile *) b);

  return g_strcmp0 (name_a, name_b);
}

static void
test_subset_list_changed_while_telling (void)
{
  const char *words[] = { "a", "b", "c", "d", NULL };
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_FILE);
  g_autoptr(GListStore) other = g_list_store_new (G_TYPE_FILE);
  BriefingSubsetList *list = briefing_subset_list_new (G_TYPE_FILE);
  GPtrArray *items = g_ptr_array_new ();

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (words[i]);

      g_list_store_append (store, file);
    }
  briefing_subset_list_set_order (list, compare_names);
  briefing_subset_list_set_max_runs (list, 8);
  g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (store), 1));
  g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (store), 2));
  briefing_subset_list_set_items (list, G_LIST_MODEL (store), items);
  g_ptr_array_foreach (items, (GFunc) g_object_unref, NULL);
  assert_names (G_LIST_MODEL (list), (const char *[]) { "b", "c", NULL });

  /* "a" in front and "d" at the end, told as two runs: the handler asks
   * for another change in the first. */
  g_signal_connect (list, "items-changed", G_CALLBACK (on_told_change_again_cb), other);
  /* In a child process: structured logging's criticals pass by
   * g_test_expect_message(). */
  if (g_test_subprocess ())
    {
      g_log_set_always_fatal (G_LOG_FATAL_MASK);
      briefing_subset_list_select (list, G_LIST_MODEL (store), NULL, NULL);
      assert_names (G_LIST_MODEL (list), words);
      g_assert_finalize_object (list);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*CRITICAL*BriefingSubsetList: changed while it tells of a change*");
  g_object_unref (list);
}

/* What each "items-changed" said and what the list held as it was told. */
static void
on_told_cb (GListModel *model,
            guint       position,
            guint       removed,
            guint       added,
            GString    *told)
{
  g_string_append_printf (told, "(%u, %u, %u):", position, removed, added);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (model, i);
      g_autofree char *name = g_file_get_basename (file);

      g_string_append_printf (told, " %s", name);
    }
  g_string_append (told, "; ");
}

/* How many runs of @events (all of the report's, in their order) are
 * without @topic: the "items-changed" that narrowing them to @topic tells,
 * up to 8. */
static guint
count_runs_without (GListModel    *events,
                    BriefingTopic *topic)
{
  guint runs = 0;
  gboolean in_run = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (events, i);
      gboolean without = !briefing_event_has_topic (event, topic);

      if (without && !in_run)
        runs++;
      in_run = without;
    }
  return runs <= 8 ? runs : 1;
}

static int
source_order (gconstpointer a,
              gconstpointer b)
{
  return GPOINTER_TO_INT (g_object_get_data ((GObject *) a, "index")) -
         GPOINTER_TO_INT (g_object_get_data ((GObject *) b, "index"));
}

static void
select_range (BriefingSubsetList *list,
              GListModel         *source,
              const guint        *positions)
{
  GPtrArray *items = g_ptr_array_new ();

  for (guint i = 0; positions[i] != G_MAXUINT; i++)
    g_ptr_array_add (items, g_list_model_get_item (source, positions[i]));
  /* The source holds them. */
  g_ptr_array_foreach (items, (GFunc) g_object_unref, NULL);
  briefing_subset_list_set_items (list, source, items);
}

/* With an order, a change is told as its runs, from the last, the list as
 * each says when it is told; with more runs than max_runs, in one. */
static void
test_subset_list_runs_told (void)
{
  g_autoptr(GListStore) source = new_cities ();
  BriefingSubsetList *list = briefing_subset_list_new (G_TYPE_FILE);
  GString *told = g_string_new (NULL);
  briefing_subset_list_set_order (list, source_order);
  briefing_subset_list_set_max_runs (list, 2);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_told_cb), told);

  /* Only added, nothing held before: one. */
  briefing_subset_list_select (list, G_LIST_MODEL (source), NULL, NULL);
  g_assert_cmpstr (told->str, ==, "(0, 0, 6): Kharkiv Kyiv Kursk Moscow Minsk Odesa; ");

  /* A window moved back by one (a period dragged on): its end removed,
   * then its new first added; Kyiv and Kursk in no span. */
  select_range (list, G_LIST_MODEL (source), (guint[]) { 1, 2, 3, G_MAXUINT });
  g_string_truncate (told, 0);
  select_range (list, G_LIST_MODEL (source), (guint[]) { 0, 1, 2, G_MAXUINT });
  g_assert_cmpstr (told->str, ==, "(2, 1, 0): Kyiv Kursk; (0, 0, 1): Kharkiv Kyiv Kursk; ");
  g_string_truncate (told, 0);

  /* Two runs that remove and add. */
  select_range (list, G_LIST_MODEL (source), (guint[]) { 1, 3, 5, G_MAXUINT });
  g_assert_cmpstr (told->str, ==,
                   "(2, 1, 2): Kharkiv Kyiv Moscow Odesa; (0, 1, 0): Kyiv Moscow Odesa; ");
  g_string_truncate (told, 0);

  /* Three runs (Kharkiv, Kursk, Minsk added) are more than two: one span,
   * from the first item that differs to the last. */
  briefing_subset_list_select (list, G_LIST_MODEL (source), NULL, NULL);
  g_assert_cmpstr (told->str, ==, "(0, 2, 5): Kharkiv Kyiv Kursk Moscow Minsk Odesa; ");
  g_string_truncate (told, 0);

  /* Nothing changes: nothing said. */
  briefing_subset_list_select (list, G_LIST_MODEL (source), NULL, NULL);
  g_assert_cmpstr (told->str, ==, "");

  /* Without an order: one span. */
  select_range (list, G_LIST_MODEL (source), (guint[]) { 1, 2, 3, G_MAXUINT });
  g_string_truncate (told, 0);
  briefing_subset_list_set_order (list, NULL);
  select_range (list, G_LIST_MODEL (source), (guint[]) { 0, 1, 2, G_MAXUINT });
  g_assert_cmpstr (told->str, ==, "(0, 3, 3): Kharkiv Kyiv Kursk; ");

  g_string_free (told, TRUE);
  g_assert_finalize_object (list);
}

static void
test_selection (void)
{
  BriefingReport *report = load_sample ();
  BriefingReaderState *state = briefing_reader_state_new ();
  GListModel *events = briefing_reader_state_get_events (state);
  BriefingTopic *kharkiv_topic = find_topic (report, "kharkiv");
  BriefingEntity *lavrov = find_entity (report, "sergei-lavrov");
  guint n_all = g_list_model_get_n_items (briefing_report_get_events (report));
  guint n_selection = 0, n_topic = 0, n_entity = 0, n_report = 0, n_events = 0;
  Change change = { 0 };

  g_signal_connect (events, "items-changed", G_CALLBACK (on_items_changed_cb), &change);
  g_signal_connect_swapped (state, "selection-changed", G_CALLBACK (count_cb), &n_selection);
  g_signal_connect_swapped (state, "notify::topic", G_CALLBACK (count_cb), &n_topic);
  g_signal_connect_swapped (state, "notify::entity", G_CALLBACK (count_cb), &n_entity);
  g_signal_connect_swapped (state, "notify::report", G_CALLBACK (count_cb), &n_report);
  g_signal_connect_swapped (state, "notify::n-shown-events", G_CALLBACK (count_cb), &n_events);

  /* No report: nothing shown. */
  g_assert_null (briefing_reader_state_get_report (state));
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 0);
  g_assert_null (briefing_reader_state_get_selection_name (state));

  briefing_reader_state_set_report (state, report);
  g_assert_cmpuint (n_report, ==, 1);
  assert_changed (&change, 0, 0, n_all);
  g_assert_cmpuint (briefing_reader_state_get_n_shown_events (state), ==, n_all);
  g_assert_cmpuint (n_events, ==, 1);
  g_assert_cmpuint (briefing_reader_state_get_n_shown_turns (state), ==, briefing_report_get_n_turns (report));
  g_assert_cmpuint (n_selection, ==, 0);

  /* A topic: its index, told as its runs (at most 8, else in one). */
  briefing_reader_state_set_topic (state, kharkiv_topic);
  g_assert_cmpuint (n_selection, ==, 1);
  g_assert_cmpuint (n_topic, ==, 1);
  g_assert_cmpuint (n_entity, ==, 0);
  g_assert_cmpuint (change.n_signals, ==, count_runs_without (briefing_report_get_events (report), kharkiv_topic));
  change = (Change) { 0 };
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, briefing_topic_get_n_events (kharkiv_topic));
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (events, i);
      guint position;

      g_assert_true (briefing_event_has_topic (event, kharkiv_topic));
      g_assert_true (briefing_reader_state_find_event (state, event, &position));
      g_assert_cmpuint (position, ==, i);
    }
  g_assert_cmpstr (briefing_reader_state_get_selection_name (state), ==,
                   briefing_topic_get_title (kharkiv_topic));
  g_assert_true (briefing_reader_state_has_selection (state));

  /* A topic to an entity: both change, once each, the list once. */
  briefing_reader_state_set_entity (state, lavrov);
  g_assert_null (briefing_reader_state_get_topic (state));
  g_assert_cmpuint (n_selection, ==, 2);
  g_assert_cmpuint (n_topic, ==, 2);
  g_assert_cmpuint (n_entity, ==, 1);
  g_assert_cmpuint (change.n_signals, ==, 1);
  change = (Change) { 0 };
  g_assert_cmpuint (briefing_reader_state_get_n_shown_events (state), ==, briefing_entity_get_n_events (lavrov));

  /* The same again: nothing. */
  briefing_reader_state_set_entity (state, lavrov);
  briefing_reader_state_set_selection (state, NULL, lavrov);
  g_assert_cmpuint (n_selection, ==, 2);
  g_assert_cmpuint (change.n_signals, ==, 0);

  /* An event outside the selection is not found. */
  {
    g_autoptr(BriefingEvent) outside = NULL;
    guint position = 1234;

    for (guint i = 0; outside == NULL && i < n_all; i++)
      {
        g_autoptr(BriefingEvent) event = g_list_model_get_item (briefing_report_get_events (report), i);

        if (!briefing_event_involves (event, lavrov))
          outside = g_steal_pointer (&event);
      }
    g_assert_nonnull (outside);
    g_assert_false (briefing_reader_state_find_event (state, outside, &position));
    g_assert_cmpuint (position, ==, 1234);
  }

  /* All again */
  briefing_reader_state_set_selection (state, NULL, NULL);
  g_assert_cmpuint (n_selection, ==, 3);
  g_assert_cmpuint (n_entity, ==, 2);
  g_assert_cmpuint (briefing_reader_state_get_n_shown_events (state), ==, n_all);
  g_assert_false (briefing_reader_state_has_selection (state));

  /* A new report starts from its beginning, without "selection-changed". */
  briefing_reader_state_set_topic (state, kharkiv_topic);
  n_selection = 0;
  {
    BriefingReport *other = load_sample ();

    briefing_reader_state_set_report (state, other);
    g_assert_null (briefing_reader_state_get_topic (state));
    g_assert_cmpuint (n_selection, ==, 0);
    g_assert_cmpuint (n_report, ==, 2);
    g_assert_cmpuint (briefing_reader_state_get_n_shown_events (state), ==, n_all);
    briefing_reader_state_set_report (state, NULL);
    g_assert_cmpuint (g_list_model_get_n_items (events), ==, 0);
    g_assert_cmpuint (briefing_reader_state_get_n_shown_turns (state), ==, 0);
    g_assert_finalize_object (other);
  }

  g_signal_handlers_disconnect_by_data (events, &change);
  g_assert_finalize_object (state);
  g_assert_finalize_object (report);
}

static void
test_search (void)
{
  BriefingReport *report = load_sample ();
  BriefingReaderState *state = briefing_reader_state_new ();
  GListModel *events = briefing_reader_state_get_events (state);
  GListModel *all = briefing_report_get_events (report);
  BriefingTopic *topic = find_topic (report, "north-korea-russia");
  const char *words[] = { "drones", "DRÓNES", "kyiv", "Kharkiv", "october", "Putin", "nothing-like-this" };
  guint n_query = 0;

  g_signal_connect_swapped (state, "notify::query", G_CALLBACK (count_cb), &n_query);
  briefing_reader_state_set_report (state, report);
  briefing_reader_state_prepare_search (state);

  /* Exactly the events containing the word, whatever the case and accents. */
  for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
    {
      guint position = 0;

      briefing_reader_state_set_search_text (state, words[i]);
      g_assert_cmpstr (briefing_reader_state_get_search_text (state), ==, words[i]);
      for (guint j = 0; j < g_list_model_get_n_items (all); j++)
        {
          g_autoptr(BriefingEvent) event = g_list_model_get_item (all, j);

          if (event_contains (event, words[i]))
            {
              g_autoptr(BriefingEvent) shown = g_list_model_get_item (events, position++);

              g_assert_true (shown == event);
            }
        }
      g_assert_cmpuint (g_list_model_get_n_items (events), ==, position);
      g_assert_cmpuint (briefing_reader_state_get_n_shown_events (state), ==, position);
    }
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 0);

  /* Stripped for highlighting; only a change of it notifies. */
  n_query = 0;
  briefing_reader_state_set_search_text (state, "  troops ");
  g_assert_cmpstr (briefing_reader_state_get_query (state), ==, "troops");
  briefing_reader_state_set_search_text (state, "troops");
  g_assert_cmpuint (n_query, ==, 1);

  /* Within a topic */
  briefing_reader_state_set_topic (state, topic);
  {
    GListModel *topic_events = briefing_report_get_topic_events (report, topic);
    guint expected = 0;

    for (guint j = 0; j < g_list_model_get_n_items (topic_events); j++)
      {
        g_autoptr(BriefingEvent) event = g_list_model_get_item (topic_events, j);

        expected += event_contains (event, "troops");
      }
    g_assert_cmpuint (expected, >, 0);
    g_assert_cmpuint (g_list_model_get_n_items (events), ==, expected);
  }

  /* Clearing it shows the selection's all again. */
  briefing_reader_state_set_search_text (state, NULL);
  g_assert_cmpstr (briefing_reader_state_get_query (state), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, briefing_topic_get_n_events (topic));

  g_assert_finalize_object (state);
  g_assert_finalize_object (report);
}

/* The ids of the events shown, joined by spaces. */
static char *
shown_ids (BriefingReaderState *state)
{
  GListModel *events = briefing_reader_state_get_events (state);
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (events, i);

      g_string_append_printf (ids, "%s%s", ids->len > 0 ? " " : "", briefing_event_get_id (event));
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

/* Words typed one after the other, as a reader types them: each step that
 * narrows looks only at what was shown, and must still be right; a step that
 * widens (a word taken back, a phrase opened up) looks at everything again. */
static void
test_search_words (void)
{
  static const struct { const char *text, *ids; int turns; } steps[] = {
    { "allies", "zelenskyy-urges-allies ukraine-produces-155mm-shells", -1 },
    { "allies ", "zelenskyy-urges-allies ukraine-produces-155mm-shells", -1 },
    { "allies Z", "zelenskyy-urges-allies", -1 },
    { "allies Zelenskyy", "zelenskyy-urges-allies", -1 },
    { "\"allies Zelenskyy\"", "", 0 },
    { "Ukraine's ability", "", 1 },      /* the turn has "Ukraine’s" */
    { "Ukraine’s ability", "", 1 },
    { "allies", "zelenskyy-urges-allies ukraine-produces-155mm-shells", -1 },
  };
  BriefingReport *report = load_sample ();
  BriefingReaderState *state = briefing_reader_state_new ();

  briefing_reader_state_set_report (state, report);
  for (gsize i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autofree char *ids = NULL;

      briefing_reader_state_set_search_text (state, steps[i].text);
      ids = shown_ids (state);
      g_assert_cmpstr (ids, ==, steps[i].ids);
      if (steps[i].turns >= 0)
        g_assert_cmpuint (briefing_reader_state_get_n_shown_turns (state), ==, steps[i].turns);
    }

  g_assert_finalize_object (state);
  g_assert_finalize_object (report);
}

static gboolean
is_searching (gpointer state)
{
  return briefing_reader_state_is_searching (state);
}

/* Runs the main loop until @state's worker has answered. */
static void
wait_for_search (BriefingReaderState *state)
{
  while (is_searching (state))
    g_main_context_iteration (NULL, TRUE);
}

static void
record_query_cb (BriefingReaderState *state,
                 GParamSpec          *pspec,
                 GPtrArray           *queries)
{
  g_ptr_array_add (queries, g_strdup (briefing_reader_state_get_query (state)));
}

/* A search looked up in a worker, as in a large report: the same answers as
 * at once, shown only once ready, with "query"; a newer search wins over
 * one under way, which never shows; a change of selection, period or report
 * meanwhile is still right; the state may go while its worker looks. */
static void
test_search_in_worker (void)
{
  static const struct { const char *text, *ids; int turns; } steps[] = {
    { "allies", "zelenskyy-urges-allies ukraine-produces-155mm-shells", -1 },
    { "allies Z", "zelenskyy-urges-allies", -1 },            /* narrows: its candidates only */
    { "allies Zelenskyy", "zelenskyy-urges-allies", -1 },
    { "\"allies Zelenskyy\"", "", 0 },
    { "Ukraine’s ability", "", 1 },
    { "KHARKIV", "kharkiv-police-facility-strike kharkiv-s400-confirmed", -1 },
    { "kharkiv", "kharkiv-police-facility-strike kharkiv-s400-confirmed", -1 },  /* the same, folded */
    { "allies", "zelenskyy-urges-allies ukraine-produces-155mm-shells", -1 },
  };
  BriefingReport *report = load_sample ();
  BriefingReaderState *state = briefing_reader_state_new ();
  BriefingReaderState *at_once = briefing_reader_state_new ();
  g_autoptr(GPtrArray) queries = g_ptr_array_new_with_free_func (g_free);
  GListModel *events = briefing_reader_state_get_events (state);
  BriefingTopic *topic = find_topic (report, "north-korea-russia");
  guint n_all = g_list_model_get_n_items (briefing_report_get_events (report));
  Change change = { 0 };
  gint64 first_day, last_day;

  briefing_reader_state_set_search_in_worker_from (state, 0);
  briefing_reader_state_set_report (state, report);
  briefing_reader_state_set_report (at_once, report);
  g_signal_connect (state, "notify::query", G_CALLBACK (record_query_cb), queries);
  g_signal_connect (events, "items-changed", G_CALLBACK (on_items_changed_cb), &change);

  for (gsize i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autofree char *ids = NULL;
      g_autofree char *ids_at_once = NULL;
      g_autofree char *before = shown_ids (state);
      g_autofree char *query_before = g_strdup (briefing_reader_state_get_query (state));

      briefing_reader_state_set_search_text (state, steps[i].text);
      briefing_reader_state_set_search_text (at_once, steps[i].text);
      g_assert_cmpstr (briefing_reader_state_get_search_text (state), ==, steps[i].text);
      if (briefing_reader_state_is_searching (state))
        {
          /* Until the answer, the last one shows, with its query. */
          g_autofree char *still = shown_ids (state);

          g_assert_cmpstr (still, ==, before);
          g_assert_cmpstr (briefing_reader_state_get_query (state), ==, query_before);
        }
      wait_for_search (state);
      ids = shown_ids (state);
      ids_at_once = shown_ids (at_once);
      g_assert_cmpstr (ids, ==, steps[i].ids);
      g_assert_cmpstr (ids, ==, ids_at_once);
      g_assert_cmpstr (briefing_reader_state_get_query (state), ==, briefing_reader_state_get_query (at_once));
      g_assert_cmpuint (briefing_reader_state_get_n_shown_events (state), ==, g_list_model_get_n_items (events));
      if (steps[i].turns >= 0)
        g_assert_cmpuint (briefing_reader_state_get_n_shown_turns (state), ==, steps[i].turns);
    }

  /* Three searches at once: only the last is ever shown. */
  briefing_reader_state_set_search_text (state, NULL);
  g_assert_false (briefing_reader_state_is_searching (state));
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, n_all);
  g_ptr_array_set_size (queries, 0);
  change = (Change) { 0 };
  briefing_reader_state_set_search_text (state, "troops");
  briefing_reader_state_set_search_text (state, "drones");
  briefing_reader_state_set_search_text (state, "Kharkiv");
  g_assert_true (briefing_reader_state_is_searching (state));
  wait_for_search (state);
  {
    g_autofree char *ids = shown_ids (state);

    g_assert_cmpstr (ids, ==, "kharkiv-police-facility-strike kharkiv-s400-confirmed");
  }
  g_assert_cmpuint (queries->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (queries, 0), ==, "Kharkiv");
  g_assert_cmpuint (change.n_signals, >=, 1);
  /* Spinning on: nothing of the cancelled ones comes after. */
  change = (Change) { 0 };
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (change.n_signals, ==, 0);
  g_assert_cmpuint (queries->len, ==, 1);

  /* A topic chosen while the worker looks: the answer is the topic's. */
  briefing_reader_state_set_search_text (state, NULL);
  briefing_reader_state_set_search_text (state, "troops");
  briefing_reader_state_set_topic (state, topic);
  wait_for_search (state);
  briefing_reader_state_set_search_text (at_once, "troops");
  briefing_reader_state_set_topic (at_once, topic);
  {
    g_autofree char *ids = shown_ids (state);
    g_autofree char *ids_at_once = shown_ids (at_once);

    g_assert_cmpstr (ids, !=, "");
    g_assert_cmpstr (ids, ==, ids_at_once);
  }

  /* A period chosen while it looks: the answer is within it (the convent's
   * drone attack, of 21-31 October, is not). */
  briefing_reader_state_set_topic (state, NULL);
  briefing_reader_state_set_topic (at_once, NULL);
  briefing_reader_state_set_search_text (state, NULL);
  briefing_reader_state_set_search_text (state, "drone");
  first_day = briefing_calendar_day_number (2024, 11, 1);
  last_day = briefing_calendar_day_number (2024, 11, 30);
  briefing_reader_state_set_period (state, first_day, last_day);
  briefing_reader_state_set_period (at_once, first_day, last_day);
  briefing_reader_state_set_search_text (at_once, "drone");
  wait_for_search (state);
  {
    g_autofree char *ids = shown_ids (state);
    g_autofree char *ids_at_once = shown_ids (at_once);

    g_assert_cmpstr (ids, ==, "overnight-drone-missile-strike");
    g_assert_cmpstr (ids, ==, ids_at_once);
  }
  briefing_reader_state_clear_period (state);
  briefing_reader_state_clear_period (at_once);

  /* A new report while it looks: looked up again, in it. */
  {
    BriefingReport *again = load_sample ();

    briefing_reader_state_set_search_text (state, NULL);
    briefing_reader_state_set_search_text (state, "drones");
    g_assert_true (briefing_reader_state_is_searching (state));
    briefing_reader_state_set_report (state, again);
    wait_for_search (state);
    g_assert_true (briefing_reader_state_get_report (state) == again);
    g_assert_cmpstr (briefing_reader_state_get_query (state), ==, "drones");
    /* Exactly the new report's events with the word, in order. */
    {
      GListModel *all_again = briefing_report_get_events (again);
      guint position = 0;

      for (guint i = 0; i < g_list_model_get_n_items (all_again); i++)
        {
          g_autoptr(BriefingEvent) event = g_list_model_get_item (all_again, i);

          if (event_contains (event, "drones"))
            {
              g_autoptr(BriefingEvent) shown = g_list_model_get_item (events, position++);

              g_assert_true (shown == event);
            }
        }
      g_assert_cmpuint (position, >, 0);
      g_assert_cmpuint (g_list_model_get_n_items (events), ==, position);
    }
    briefing_reader_state_set_report (state, report);
    wait_for_search (state);
    g_object_unref (again);
  }

  /* Dropped while its worker looks: it goes at once; the answer, when it
   * comes, finds nothing to show itself in (valgrind and ASan see that). */
  briefing_reader_state_set_search_text (state, NULL);
  briefing_reader_state_set_search_text (state, "troops");
  g_assert_true (briefing_reader_state_is_searching (state));
  g_signal_handlers_disconnect_by_data (events, &change);
  g_assert_finalize_object (state);
  for (guint i = 0; i < 50; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  g_assert_finalize_object (at_once);
  g_assert_finalize_object (report);
}

static void
test_turns (void)
{
  BriefingReport *report = load_sample ();
  BriefingReaderState *state = briefing_reader_state_new ();
  BriefingInterview *interview = first_interview (report);
  GListModel *turns = briefing_interview_get_turns (interview);
  BriefingEntity *kharkiv = find_entity (report, "kharkiv");
  GListModel *shown;
  guint n_only_marked = 0;

  briefing_reader_state_set_report (state, report);
  shown = briefing_reader_state_get_turns (state, interview);
  g_assert_nonnull (shown);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, g_list_model_get_n_items (turns));
  g_signal_connect_swapped (state, "notify::only-marked", G_CALLBACK (count_cb), &n_only_marked);

  /* Marked: the entity's turns, from the index. */
  briefing_reader_state_set_entity (state, kharkiv);
  for (guint i = 0; i < g_list_model_get_n_items (turns); i++)
    {
      g_autoptr(BriefingTurn) turn = g_list_model_get_item (turns, i);

      g_assert_cmpint (briefing_reader_state_is_turn_marked (state, turn), ==,
                       list_contains (briefing_report_get_entity_turns (report, kharkiv), turn));
    }
  /* Marking alone hides nothing. */
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, g_list_model_get_n_items (turns));

  /* Only the marked ones */
  briefing_reader_state_set_only_marked (state, TRUE);
  g_assert_cmpuint (n_only_marked, ==, 1);
  g_assert_cmpuint (briefing_reader_state_get_n_shown_turns (state), ==, briefing_entity_get_n_turns (kharkiv));
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(BriefingTurn) turn = g_list_model_get_item (shown, i);

      g_assert_true (briefing_reader_state_is_turn_marked (state, turn));
      g_assert_true (briefing_reader_state_shows_turn (state, turn));
    }

  /* Another selection keeps it; no selection turns it off. */
  briefing_reader_state_set_topic (state, find_topic (report, "kharkiv"));
  g_assert_true (briefing_reader_state_get_only_marked (state));
  briefing_reader_state_set_selection (state, NULL, NULL);
  g_assert_false (briefing_reader_state_get_only_marked (state));
  g_assert_cmpuint (n_only_marked, ==, 2);
  g_assert_cmpuint (briefing_reader_state_get_n_shown_turns (state), ==, briefing_report_get_n_turns (report));

  /* The search narrows the turns too. */
  briefing_reader_state_set_search_text (state, "Ukraine");
  g_assert_cmpuint (briefing_reader_state_get_n_shown_turns (state), <, briefing_report_get_n_turns (report));
  for (guint i = 0; i < g_list_model_get_n_items (turns); i++)
    {
      g_autoptr(BriefingTurn) turn = g_list_model_get_item (turns, i);
      g_autofree char *folded = briefing_text_search_fold ("Ukraine");
      gboolean contains = briefing_text_search_contains (briefing_turn_get_text (turn), folded);

      g_assert_cmpint (briefing_reader_state_shows_turn (state, turn), ==, contains);
      g_assert_cmpint (list_contains (shown, turn), ==, contains);
    }

  g_assert_finalize_object (state);
  g_assert_finalize_object (report);
}

/* With turns hidden, a speaker's run is what the interview has next to
 * each other: after a gap the speaker shows again, so a reader of Only
 * Marked Turns sees that turns were left out. */
static void
test_turn_runs_gaps (void)
{
  BriefingReport *report = load_sample ();
  BriefingReaderState *state = briefing_reader_state_new ();
  GListModel *topics = briefing_report_get_topics (report);
  guint n_gaps = 0;

  briefing_reader_state_set_report (state, report);
  for (guint t = 0; t < g_list_model_get_n_items (topics); t++)
    {
      g_autoptr(BriefingTopic) topic = g_list_model_get_item (topics, t);
      GListModel *interviews = briefing_report_get_interviews (report);

      briefing_reader_state_set_topic (state, topic);
      briefing_reader_state_set_only_marked (state, TRUE);
      for (guint v = 0; v < g_list_model_get_n_items (interviews); v++)
        {
          g_autoptr(BriefingInterview) interview = g_list_model_get_item (interviews, v);
          GListModel *shown = briefing_reader_state_get_turns (state, interview);

          for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
            {
              g_autoptr(BriefingTurn) turn = g_list_model_get_item (shown, i);
              g_autoptr(BriefingTurn) previous = i > 0 ? g_list_model_get_item (shown, i - 1) : NULL;
              gboolean same = previous != NULL &&
                              briefing_turn_get_speaker (previous) == briefing_turn_get_speaker (turn);
              gboolean next_to = previous != NULL &&
                                 briefing_turn_get_index (turn) == briefing_turn_get_index (previous) + 1;

              n_gaps += same && !next_to;
              g_assert_cmpint (briefing_subset_list_starts_run (BRIEFING_SUBSET_LIST (shown), i), ==,
                               !(same && next_to));
            }
        }
    }
  /* The sample has such a gap: Dr. Petrov's turns on one topic, the
   * editor's questions between them hidden. */
  g_assert_cmpuint (n_gaps, >, 0);

  g_assert_finalize_object (state);
  g_assert_finalize_object (report);
}

static void
test_text_scale (void)
{
  BriefingReaderState *state = briefing_reader_state_new ();
  guint n_notifies = 0;

  g_signal_connect_swapped (state, "notify::text-scale", G_CALLBACK (count_cb), &n_notifies);
  g_assert_cmpfloat (briefing_reader_state_get_text_scale (state), ==, 1.0);

  /* Tenths, so that zooming in and out again comes back. */
  briefing_reader_state_set_text_scale (state, 1.0 + 0.1 + 0.1);
  g_assert_cmpfloat_with_epsilon (briefing_reader_state_get_text_scale (state), 1.2, 1e-9);
  briefing_reader_state_set_text_scale (state, 1.2 - 0.1 + 0.1);
  g_assert_cmpuint (n_notifies, ==, 1);

  /* Within the range */
  briefing_reader_state_set_text_scale (state, 100);
  g_assert_cmpfloat (briefing_reader_state_get_text_scale (state), ==, BRIEFING_TEXT_SCALE_MAX);
  briefing_reader_state_set_text_scale (state, 0);
  g_assert_cmpfloat (briefing_reader_state_get_text_scale (state), ==, BRIEFING_TEXT_SCALE_MIN);
  g_assert_cmpuint (n_notifies, ==, 3);

  g_assert_finalize_object (state);
}

/* Whether @turn speaks of an event covering @first to @last: computed apart
 * from the state. */
static gboolean
turn_speaks_of_period (BriefingTurn *turn,
                       gint64        first,
                       gint64        last)
{
  GPtrArray *events = briefing_turn_get_events (turn);

  for (guint i = 0; events != NULL && i < events->len; i++)
    {
      const BriefingDate *date = briefing_event_get_date (events->pdata[i]);

      if (date->first_day <= last && date->last_day >= first)
        return TRUE;
    }
  return FALSE;
}

static void
test_period (void)
{
  BriefingReport *report = load_sample ();
  BriefingReaderState *state = briefing_reader_state_new ();
  BriefingTopic *topic = find_topic (report, "north-korea-russia");
  BriefingInterview *interview = first_interview (report);
  GListModel *all = briefing_report_get_events (report);
  GListModel *turns = briefing_interview_get_turns (interview);
  GListModel *shown = briefing_reader_state_get_events (state);
  gint64 first = briefing_calendar_day_number (2024, 10, 1);
  gint64 last = briefing_calendar_day_number (2024, 10, 20);
  gint64 a, b;
  guint n_selection_changed = 0, n_has_period = 0, n_events, n_turns;
  Change change = { 0 };

  briefing_reader_state_set_report (state, report);
  g_signal_connect_swapped (state, "selection-changed", G_CALLBACK (count_cb), &n_selection_changed);
  g_signal_connect_swapped (state, "notify::has-period", G_CALLBACK (count_cb), &n_has_period);
  g_signal_connect (shown, "items-changed", G_CALLBACK (on_items_changed_cb), &change);
  g_assert_false (briefing_reader_state_get_period (state, NULL, NULL));

  /* Given backwards, as a drag from right to left gives it. */
  briefing_reader_state_set_period (state, last, first);
  g_assert_true (briefing_reader_state_get_period (state, &a, &b));
  g_assert_cmpint (a, ==, first);
  g_assert_cmpint (b, ==, last);
  g_assert_cmpuint (n_selection_changed, ==, 1);
  g_assert_cmpuint (n_has_period, ==, 1);
  g_assert_cmpuint (change.n_signals, ==, 1);
  change = (Change) { 0 };

  /* Exactly the events whose days intersect the period: the seven dated
   * "October to 1 November", none of the 1 November or late-October ones. */
  g_assert_cmpuint (briefing_reader_state_get_n_shown_events (state), ==, 7);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (all, i);
      const BriefingDate *date = briefing_event_get_date (event);
      guint position;

      g_assert_cmpint (briefing_reader_state_find_event (state, event, &position), ==,
                       date->first_day <= last && date->last_day >= first);
    }

  /* A topic within the period; its marks only on turns speaking of it. */
  briefing_reader_state_set_topic (state, topic);
  g_assert_cmpuint (briefing_reader_state_get_n_shown_events (state), ==, 3);
  for (guint i = 0; i < g_list_model_get_n_items (turns); i++)
    {
      g_autoptr(BriefingTurn) turn = g_list_model_get_item (turns, i);

      g_assert_cmpint (briefing_reader_state_is_turn_marked (state, turn), ==,
                       briefing_turn_has_topic (turn, topic) && turn_speaks_of_period (turn, first, last));
    }

  /* What the sidebar counts: the topic's events and turns in the period. */
  briefing_reader_state_count_in_period (state, briefing_report_get_topic_events (report, topic),
                                         briefing_report_get_topic_turns (report, topic),
                                         &n_events, &n_turns);
  g_assert_cmpuint (n_events, ==, 3);
  g_assert_cmpuint (n_turns, ==, 4);

  /* A period with nothing in it. */
  briefing_reader_state_set_selection (state, NULL, NULL);
  briefing_reader_state_set_period (state, briefing_calendar_day_number (2024, 11, 2),
                                    briefing_calendar_day_number (2024, 12, 31));
  g_assert_cmpuint (briefing_reader_state_get_n_shown_events (state), ==, 0);
  g_assert_cmpuint (n_has_period, ==, 1);

  /* Clearing shows everything again; clearing twice is nothing. */
  n_selection_changed = 0;
  briefing_reader_state_clear_period (state);
  g_assert_false (briefing_reader_state_get_period (state, NULL, NULL));
  g_assert_cmpuint (briefing_reader_state_get_n_shown_events (state), ==, 13);
  briefing_reader_state_clear_period (state);
  g_assert_cmpuint (n_selection_changed, ==, 1);
  g_assert_cmpuint (n_has_period, ==, 2);
  briefing_reader_state_count_in_period (state, all, turns, &n_events, &n_turns);
  g_assert_cmpuint (n_events, ==, 13);
  g_assert_cmpuint (n_turns, ==, 14);

  /* A new report drops the period. */
  briefing_reader_state_set_period (state, first, last);
  briefing_reader_state_set_report (state, NULL);
  g_assert_false (briefing_reader_state_get_period (state, NULL, NULL));

  g_signal_handlers_disconnect_by_data (shown, &change);
  g_assert_finalize_object (state);
  g_assert_finalize_object (report);
}

/* The events @state shows, in order, as a new array. */
static GPtrArray *
shown_events (BriefingReaderState *state)
{
  GListModel *shown = briefing_reader_state_get_events (state);
  GPtrArray *events = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    g_ptr_array_add (events, g_list_model_get_item (shown, i));
  return events;
}

/* A period's events come from a range of the selection's day index, not a
 * walk over the selection: for every period over the sample's span (and a
 * day on each side), with each topic and with a search, the events shown
 * are exactly, in the same order, those shown without the period that
 * cover one of its days. */
static void
test_period_every_span (void)
{
  BriefingReport *report = load_sample ();
  BriefingReaderState *state = briefing_reader_state_new ();
  g_autoptr(BriefingDayIndex) days = briefing_day_index_new (briefing_report_get_events (report));
  GListModel *topics = briefing_report_get_topics (report);
  const char *searches[] = { "", "the" };
  gint64 span_first, span_last;
  guint n_checked = 0;

  briefing_reader_state_set_report (state, report);
  g_assert_true (briefing_day_index_get_span (days, &span_first, &span_last));
  for (guint t = 0; t <= g_list_model_get_n_items (topics); t++)
    for (guint s = 0; s < G_N_ELEMENTS (searches); s++)
      {
        g_autoptr(BriefingTopic) topic = t > 0 ? g_list_model_get_item (topics, t - 1) : NULL;
        g_autoptr(GPtrArray) unbounded = NULL;

        briefing_reader_state_clear_period (state);
        briefing_reader_state_set_selection (state, topic, NULL);
        briefing_reader_state_set_search_text (state, searches[s]);
        unbounded = shown_events (state);
        for (gint64 first = span_first - 1; first <= span_last + 1; first += 3)
          for (gint64 last = first; last <= span_last + 1; last += 5)
            {
              g_autoptr(GPtrArray) shown = NULL;
              guint n = 0;

              briefing_reader_state_set_period (state, first, last);
              shown = shown_events (state);
              for (guint i = 0; i < unbounded->len; i++)
                if (briefing_event_covers_period (unbounded->pdata[i], first, last))
                  {
                    g_assert_cmpuint (n, <, shown->len);
                    g_assert_true (shown->pdata[n] == unbounded->pdata[i]);
                    n++;
                  }
              g_assert_cmpuint (n, ==, shown->len);
              n_checked++;
            }
      }
  g_assert_cmpuint (n_checked, >, 100);

  g_assert_finalize_object (state);
  g_assert_finalize_object (report);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/subset-list/changes", test_subset_list);
  g_test_add_func ("/subset-list/runs", test_subset_list_runs);
  g_test_add_func ("/subset-list/borrows", test_subset_list_borrows);
  g_test_add_func ("/subset-list/changed-while-telling", test_subset_list_changed_while_telling);
  g_test_add_func ("/subset-list/empty-source", test_subset_list_empty_source);
  g_test_add_func ("/subset-list/runs-told", test_subset_list_runs_told);
  g_test_add_func ("/reader-state/selection", test_selection);
  g_test_add_func ("/reader-state/search", test_search);
  g_test_add_func ("/reader-state/search-words", test_search_words);
  g_test_add_func ("/reader-state/search-in-worker", test_search_in_worker);
  g_test_add_func ("/reader-state/turns", test_turns);
  g_test_add_func ("/reader-state/turn-runs-gaps", test_turn_runs_gaps);
  g_test_add_func ("/reader-state/text-scale", test_text_scale);
  g_test_add_func ("/reader-state/period", test_period);
  g_test_add_func ("/reader-state/period-every-span", test_period_every_span);

  return g_test_run ();
}
