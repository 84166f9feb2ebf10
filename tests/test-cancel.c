/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Cancelling a load in each of its stages: the load ends with
 * G_IO_ERROR_CANCELLED and nothing else, the stage that was cancelled hears
 * it at its very next question to the cancellable (so within the few items
 * its check counts), nothing asks again afterwards (no later stage starts),
 * and every object built before the cancel is finalized once the load ends
 * and what it built is freed (briefing_free_later()).
 *
 * The load is cancelled from the loading thread, by the check's hook, at
 * the n-th question of a stage: nothing here depends on timing.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "briefing-cancel-check.h"
#include "briefing-free-later.h"
#include "briefing-loader.h"
#include "briefing-report-builder.h"

/* The first topic, entity and event, the report, the latest object built. */
#define N_WATCHED 5
#define REPORT_SLOT 3

typedef struct
{
  GMainLoop         *loop;
  GCancellable      *cancellable;
  BriefingLoadStage  cancel_in;
  guint              cancel_at;       /* the question of that stage to cancel at, from 1 */

  /* Written by the loading thread, read once the load has completed. */
  guint              n_asked;         /* questions of cancel_in */
  gboolean           heard;
  BriefingLoadStage  heard_in;
  guint              n_asked_after;   /* questions of any stage once heard */
  GObject           *watched[N_WATCHED];  /* weak pointers */
  guint              n_built;

  BriefingReport    *report;
  GError            *error;
} CancelRun;

static void
on_check (BriefingLoadStage stage,
          gboolean          cancelled,
          gpointer          user_data)
{
  CancelRun *run = user_data;

  if (cancelled)
    {
      g_assert_false (run->heard);
      run->heard = TRUE;
      run->heard_in = stage;
      return;
    }
  if (run->heard)
    run->n_asked_after++;
  if (stage == run->cancel_in && ++run->n_asked == run->cancel_at)
    g_cancellable_cancel (run->cancellable);
}

/* Watches the first objects built, the report, and the latest object: the
 * first and last things a cancelled load must free. */
static void
on_built (GObject  *object,
          gpointer  user_data)
{
  CancelRun *run = user_data;
  guint slot = BRIEFING_IS_REPORT (object) ? REPORT_SLOT
             : run->n_built < REPORT_SLOT ? run->n_built : N_WATCHED - 1;

  run->n_built++;
  if (run->watched[slot] != NULL)
    g_object_remove_weak_pointer (run->watched[slot], (gpointer *) &run->watched[slot]);
  run->watched[slot] = object;
  g_object_add_weak_pointer (object, (gpointer *) &run->watched[slot]);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  CancelRun *run = user_data;

  run->report = briefing_report_load_finish (result, &run->error);
  g_main_loop_quit (run->loop);
}

/* A report of @n_events events, @n_turns turns in one interview; with
 * @broken every event's date is wrong, so that the load ends by locating
 * its problems. Written to a file in @dir. */
static char *
write_report (const char *dir,
              guint       n_events,
              guint       n_turns,
              gboolean    broken)
{
  g_autoptr(GString) text = g_string_new ("{\"format\": \"briefing\", \"version\": \"1.0\", \"title\": \"T\", "
                                          "\"topics\": [{\"id\": \"t\", \"title\": \"T\"}], "
                                          "\"entities\": [{\"id\": \"p\", \"name\": \"P\", \"kind\": \"person\"}], "
                                          "\"events\": [");
  g_autofree char *name = g_strdup_printf ("report-%u-%u-%d.briefing", n_events, n_turns, broken);
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n_events; i++)
    /* Dates out of order, for the sort to have work. */
    g_string_append_printf (text, "%s{\"id\": \"e%u\", \"date\": \"%s%04u-01-01\", \"headline\": \"H\", "
                                  "\"body\": \"A body of some words.\", \"topics\": [\"t\"], \"actors\": [\"p\"]}",
                            i > 0 ? "," : "", i, broken ? "no " : "", 2000 + (i * 7919) % 1000);
  g_string_append (text, "], \"interviews\": [{\"id\": \"i\", \"title\": \"I\", "
                         "\"participants\": [{\"entity\": \"p\", \"role\": \"guest\"}], \"turns\": [");
  for (guint i = 0; i < n_turns; i++)
    g_string_append_printf (text, "%s{\"speaker\": \"p\", \"text\": \"Words.\", \"topics\": [\"t\"]}",
                            i > 0 ? "," : "");
  g_string_append (text, "]}]}");
  g_file_set_contents (path, text->str, (gssize) text->len, &error);
  g_assert_no_error (error);
  return path;
}

/* A TimelineJS timeline of @n_slides slides, with no title slide (so its
 * events are read as the load finishes), or the same as a TimelineJS
 * spreadsheet with @csv. Written to a file in @dir. */
static char *
write_timeline (const char *dir,
                guint       n_slides,
                gboolean    csv)
{
  g_autoptr(GString) text = g_string_new (csv ? "Year,Month,Day,Headline,Text,Group\n" : "{\"events\": [");
  char *path = g_build_filename (dir, csv ? "timeline.csv" : "timeline.json", NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n_slides; i++)
    {
      /* Years out of order, for the sort to have work. */
      guint year = 1000 + (i * 7919) % 1000;

      if (csv)
        g_string_append_printf (text, "%u,1,1,Slide %u,Some words.,Group %u\n", year, i, i % 7);
      else
        g_string_append_printf (text, "%s{\"start_date\": {\"year\": %u}, \"text\": {\"headline\": \"Slide %u\", "
                                      "\"text\": \"Some words.\"}, \"group\": \"Group %u\"}",
                                i > 0 ? "," : "", year, i, i % 7);
    }
  if (!csv)
    g_string_append (text, "]}");
  g_file_set_contents (path, text->str, (gssize) text->len, &error);
  g_assert_no_error (error);
  return path;
}

typedef enum
{
  REPORT,
  TIMELINEJS,
  SPREADSHEET,
} Kind;

typedef struct
{
  BriefingLoadStage stage;
  guint             at;         /* which question of the stage cancels */
  gboolean          broken;     /* a report with problems, for locating them */
  gboolean          builds;     /* objects are built before that stage (by the report builder) */
  Kind              kind;
} Case;

static void
test_cancel_in_stage (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *dir = g_dir_make_tmp ("cancel-XXXXXX", NULL);
  /* 3,000 events are 12 parse chunks, half a megabyte: every stage asks
   * several times; the turns make the interview's build and index ask too. */
  g_autofree char *path = c->kind == REPORT ? write_report (dir, 3000, 2000, c->broken)
                                             : write_timeline (dir, 3000, c->kind == SPREADSHEET);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  CancelRun run = { g_main_loop_new (NULL, FALSE), cancellable, c->stage, c->at };

  _briefing_cancel_check_set_hook (on_check, &run);
  _briefing_report_builder_set_built_hook (on_built, &run);
  briefing_report_load_async (file, cancellable, NULL, NULL, NULL, on_loaded, &run);
  g_main_loop_run (run.loop);
  _briefing_cancel_check_set_hook (NULL, NULL);
  _briefing_report_builder_set_built_hook (NULL, NULL);

  g_assert_error (run.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (run.report);
  /* Heard where it was cancelled, at that very question, and nothing
   * asked again: no more work was done in any stage. */
  g_assert_cmpuint (run.n_asked, ==, c->at);
  g_assert_true (run.heard);
  g_assert_cmpstr (_briefing_load_stage_name (run.heard_in), ==, _briefing_load_stage_name (c->stage));
  g_assert_cmpuint (run.n_asked_after, ==, 0);
  /* What was built is gone, once freed on the side (the worker ended
   * without waiting for it): the first topic, entity and event, the
   * report, the last object made. */
  briefing_free_later_wait ();
  if (c->builds)
    g_assert_cmpuint (run.n_built, >, 0);
  else
    g_assert_cmpuint (run.n_built, ==, 0);
  for (guint i = 0; i < N_WATCHED; i++)
    g_assert_null (run.watched[i]);

  g_clear_error (&run.error);
  g_main_loop_unref (run.loop);
  g_remove (path);
  g_rmdir (dir);
}

/* The helper itself: asks every N items, stops for good once cancelled. */
static void
test_check_every (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  BriefingCancelCheck check;
  guint n = 0;

  briefing_cancel_check_init (&check, cancellable, BRIEFING_LOAD_STAGE_BUILD, 10);
  for (guint i = 0; i < 25; i++)
    g_assert_false (briefing_cancel_check_item (&check));
  g_cancellable_cancel (cancellable);
  /* Items 26 to 29 are counted; the 30th asks. */
  while (!briefing_cancel_check_item (&check))
    n++;
  g_assert_cmpuint (n, ==, 4);
  g_assert_true (briefing_cancel_check_is_cancelled (&check));
  g_assert_true (briefing_cancel_check_item (&check));
  g_assert_true (briefing_cancel_check_now (&check));
  g_assert_false (briefing_cancel_check_item (NULL));
}

static int
compare_uints (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  guint x = GPOINTER_TO_UINT (*(gpointer *) a), y = GPOINTER_TO_UINT (*(gpointer *) b);

  return x < y ? -1 : x > y;
}

/* The cancellable sort sorts as g_ptr_array_sort() would, at every length
 * around its runs; cancelled, it leaves every element in the array once. */
static void
test_sort (void)
{
  const guint lengths[] = { 0, 1, 2, 511, 512, 513, 1024, 1500, 5000 };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  for (guint l = 0; l < G_N_ELEMENTS (lengths); l++)
    {
      g_autoptr(GPtrArray) array = g_ptr_array_new ();
      g_autoptr(GPtrArray) expected = g_ptr_array_new ();
      BriefingCancelCheck check;

      for (guint i = 0; i < lengths[l]; i++)
        {
          /* Many repeats: a stable sort keeps them in order, which the
           * comparison cannot tell, but the multiset is checked. */
          gpointer value = GUINT_TO_POINTER ((i * 7919) % 1009 + 1);

          g_ptr_array_add (array, value);
          g_ptr_array_add (expected, value);
        }
      g_ptr_array_sort_with_data (expected, compare_uints, NULL);
      briefing_cancel_check_init (&check, cancellable, BRIEFING_LOAD_STAGE_SORT, 64);
      g_assert_true (briefing_sort_cancellable (array, compare_uints, NULL, &check));
      g_assert_cmpmem (array->pdata, array->len * sizeof (gpointer),
                       expected->pdata, expected->len * sizeof (gpointer));
    }

  /* In the runs, then in each of the four merge passes. */
  for (guint s = 0; s < 6; s++)
    {
      const guint stop_after = (const guint[]) { 1, 5, 12, 20, 30, 40 }[s];
      g_autoptr(GPtrArray) array = g_ptr_array_new ();
      g_autoptr(GCancellable) stop = g_cancellable_new ();
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
      BriefingCancelCheck check;
      guint n = 0;

      /* A permutation, so that each merge interleaves its two runs. */
      for (guint i = 0; i < 5000; i++)
        g_ptr_array_add (array, GUINT_TO_POINTER ((i * 7919) % 5000 + 1));
      /* Cancelled at once: the check stops the sort at its first question
       * after @stop_after runs' worth of items. */
      briefing_cancel_check_init (&check, stop, BRIEFING_LOAD_STAGE_SORT, 512 * stop_after);
      g_cancellable_cancel (stop);
      g_assert_false (briefing_sort_cancellable (array, compare_uints, NULL, &check));
      g_assert_cmpuint (array->len, ==, 5000);
      for (guint i = 0; i < array->len; i++)
        if (g_hash_table_add (seen, g_ptr_array_index (array, i)))
          n++;
      g_assert_cmpuint (n, ==, 5000);
    }
}

static const Case cases[] = {
  { BRIEFING_LOAD_STAGE_READ, 2, FALSE, FALSE },
  { BRIEFING_LOAD_STAGE_GUARD, 2, FALSE, FALSE },
  { BRIEFING_LOAD_STAGE_PARSE, 1, FALSE, FALSE },
  { BRIEFING_LOAD_STAGE_PARSE, 5, FALSE, TRUE },
  { BRIEFING_LOAD_STAGE_BUILD, 1, FALSE, TRUE },
  { BRIEFING_LOAD_STAGE_BUILD, 40, FALSE, TRUE },
  /* Past the events (some 290 questions): the interview's 2,000 turns. */
  { BRIEFING_LOAD_STAGE_BUILD, 380, FALSE, TRUE },
  { BRIEFING_LOAD_STAGE_SORT, 1, FALSE, TRUE },
  { BRIEFING_LOAD_STAGE_SORT, 6, FALSE, TRUE },
  { BRIEFING_LOAD_STAGE_INDEX, 2, FALSE, TRUE },
  { BRIEFING_LOAD_STAGE_INDEX, 25, FALSE, TRUE },
  { BRIEFING_LOAD_STAGE_LOCATE, 2, TRUE, TRUE },
  /* A timeline's finishing steps (its own builder, which the built hook
   * does not see): the slides read, sorted, made events and indexed. */
  { BRIEFING_LOAD_STAGE_BUILD, 3, FALSE, FALSE, TIMELINEJS },
  { BRIEFING_LOAD_STAGE_BUILD, 120, FALSE, FALSE, TIMELINEJS },
  { BRIEFING_LOAD_STAGE_SORT, 2, FALSE, FALSE, TIMELINEJS },
  { BRIEFING_LOAD_STAGE_INDEX, 2, FALSE, FALSE, TIMELINEJS },
  { BRIEFING_LOAD_STAGE_BUILD, 3, FALSE, FALSE, SPREADSHEET },
  { BRIEFING_LOAD_STAGE_BUILD, 120, FALSE, FALSE, SPREADSHEET },
  { BRIEFING_LOAD_STAGE_SORT, 2, FALSE, FALSE, SPREADSHEET },
  { BRIEFING_LOAD_STAGE_INDEX, 2, FALSE, FALSE, SPREADSHEET },
};

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cancel/check-every", test_check_every);
  g_test_add_func ("/cancel/sort", test_sort);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *kinds[] = { "", "timelinejs-", "spreadsheet-" };
      g_autofree char *name = g_strdup_printf ("/cancel/in-stage/%s%s-%u", kinds[cases[i].kind],
                                               _briefing_load_stage_name (cases[i].stage), cases[i].at);

      g_test_add_data_func (name, &cases[i], test_cancel_in_stage);
    }
  return g_test_run ();
}
