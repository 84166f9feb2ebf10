/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "briefing-file-reader.h"
#include "briefing-json-guard.h"
#include "briefing-loader.h"
#include "briefing-report-builder.h"
#include "briefing-timeline-csv.h"
#include "briefing-timelinejs.h"

/*
 * A report travels: bytes → guard (encoding, grammar, json-glib's traps) →
 * json-glib's parser, whose signals hand each finished topic, entity and event
 * to the builder, which turns it into an object and lets the parser drop its
 * node at once → the rest of the tree → references resolved, events sorted,
 * indexes built → a BriefingReport, or every problem with its line and column.
 */

typedef struct
{
  BriefingReportBuilder *builder;
  BriefingJsonShape     *shape;
  GCancellable          *cancellable;
  guint64                n_elements;    /* "array-element" signals so far */
  guint                  next_top;      /* the next of shape->top_arrays to meet */
  JsonArray             *top_array;     /* the root member's array being parsed */
  BriefingReportList     list;          /* and which list of the report it is */
  gboolean               stream_events;
  BriefingLoadProgress   progress;
  gpointer               progress_data;
  guint                  last_percent;
  BriefingTimelineJs    *timeline;      /* surely a timeline: its events go here */
} Streaming;

/* Progress by array elements, which the guard counted: lines would not move
 * in a minified file, which is all one line. */
static void
report_progress (Streaming *streaming,
                 guint64    ordinal)
{
  guint percent;

  if (streaming->progress == NULL || streaming->shape->n_elements == 0)
    return;
  percent = (guint) MIN (100, (ordinal + 1) * 100 / streaming->shape->n_elements);
  if (percent != streaming->last_percent)
    {
      streaming->last_percent = percent;
      streaming->progress (percent / 100.0, streaming->progress_data);
    }
}

/* Which array an element belongs to is not in json-glib's signal; the guard,
 * having walked the same text, knows which element ends first in each of the
 * root's arrays. Only this one signal is connected: each handler connected
 * costs a marshalled call for every container in the file. */
static void
on_array_element_cb (JsonParser *parser,
                     JsonArray  *array,
                     int         index,
                     Streaming  *streaming)
{
  GArray *tops = streaming->shape->top_arrays;
  guint64 ordinal = streaming->n_elements++;
  guint last;

  if (streaming->next_top < tops->len &&
      g_array_index (tops, BriefingJsonTopArray, streaming->next_top).first_element == ordinal)
    {
      streaming->top_array = array;
      streaming->list = briefing_report_list_from_name (g_array_index (tops, BriefingJsonTopArray,
                                                                       streaming->next_top++).name);
    }
  if (array != streaming->top_array)
    return;
  if (streaming->timeline != NULL)
    {
      if (streaming->list == BRIEFING_REPORT_LIST_EVENTS &&
          !g_cancellable_is_cancelled (streaming->cancellable))
        {
          last = json_array_get_length (array) - 1;
          briefing_timelinejs_add_event (streaming->timeline, (guint) index,
                                         json_array_get_element (array, last));
          json_array_remove_element (array, last);
        }
      report_progress (streaming, ordinal);
      return;
    }
  if (streaming->list == BRIEFING_REPORT_LIST_EVENTS && !streaming->stream_events)
    return;
  /* json-glib cannot be stopped half-way: once cancelled, skip the work. */
  if (g_cancellable_is_cancelled (streaming->cancellable))
    return;

  last = json_array_get_length (array) - 1;
  if (briefing_report_builder_add_item (streaming->builder, streaming->list, (guint) index,
                                        json_array_get_element (array, last)))
    json_array_remove_element (array, last);
  report_progress (streaming, ordinal);
}

/* Events can be built as they come only when every topic and entity they may
 * refer to came before them. */
static gboolean
can_stream_events (BriefingJsonShape *shape)
{
  gboolean seen_events = FALSE;

  for (guint i = 0; i < shape->top_containers->len; i++)
    {
      BriefingReportList list = briefing_report_list_from_name (g_ptr_array_index (shape->top_containers, i));

      if (list == BRIEFING_REPORT_LIST_EVENTS)
        seen_events = TRUE;
      else if (seen_events && (list == BRIEFING_REPORT_LIST_TOPICS || list == BRIEFING_REPORT_LIST_ENTITIES))
        return FALSE;
    }
  return TRUE;
}

/* Problems in the order of the file; those with no place last. The sort is
 * stable, so problems at one place keep the order they were found in. */
static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  const BriefingProblem *pa = *(BriefingProblem **) a, *pb = *(BriefingProblem **) b;
  guint64 ka = pa->line == 0 ? G_MAXUINT64 : ((guint64) pa->line << 32) | pa->column;
  guint64 kb = pb->line == 0 ? G_MAXUINT64 : ((guint64) pb->line << 32) | pb->column;

  return ka < kb ? -1 : ka > kb;
}

static GError *
error_from_problems (const char   *data,
                     gsize         length,
                     const char   *file_name,
                     GPtrArray    *problems,
                     GCancellable *cancellable)
{
  GError *error = NULL;

  if (!briefing_json_locate_cancellable (data, length, problems, cancellable))
    {
      g_cancellable_set_error_if_cancelled (cancellable, &error);
      return error;
    }
  g_ptr_array_sort (problems, compare_positions);
  return briefing_load_error_new (file_name, problems);
}

/* A .briefing file is always read as a report, whatever it holds, so that its
 * mistakes are named as a report's. */
static gboolean
has_suffix (const char *file_name,
            const char *suffix)
{
  gsize length = strlen (file_name), suffix_length = strlen (suffix);

  return length >= suffix_length &&
         g_ascii_strcasecmp (file_name + length - suffix_length, suffix) == 0;
}

static gboolean
is_report_file_name (const char *file_name)
{
  return has_suffix (file_name, ".briefing");
}

static BriefingReport *
load_data (const char            *data,
           gsize                  length,
           const char            *file_name,
           GCancellable          *cancellable,
           BriefingLoadProgress   progress,
           gpointer               progress_data,
           GError               **error)
{
  g_autoptr(BriefingReportBuilder) builder = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(BriefingProblem) problem = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(BriefingTimelineJs) timeline = NULL;
  BriefingJsonShape shape;
  Streaming streaming = { .list = BRIEFING_REPORT_LIST_NONE };
  BriefingReport *report;
  gboolean may_be_timeline;

  /* A .csv file that is no timeline is told so, not given a JSON syntax error. */
  if (!is_report_file_name (file_name) &&
      (briefing_timeline_csv_may_be (data, length) || has_suffix (file_name, ".csv")))
    {
      report = briefing_timeline_csv_read (data, length, file_name, &problems);
      if (report == NULL)
        {
          g_ptr_array_sort (problems, compare_positions);
          g_propagate_error (error, briefing_load_error_new (file_name, problems));
        }
      return report;
    }

  problem = briefing_json_guard (data, length, &shape);
  if (problem != NULL)
    {
      briefing_json_shape_clear (&shape);
      problems = g_ptr_array_new ();
      g_ptr_array_add (problems, problem);
      g_propagate_error (error, briefing_load_error_new (file_name, problems));
      return NULL;
    }

  builder = briefing_report_builder_new ();
  streaming.builder = builder;
  streaming.shape = &shape;
  streaming.cancellable = cancellable;
  streaming.stream_events = can_stream_events (&shape);
  streaming.progress = progress;
  streaming.progress_data = progress_data;
  /* A TimelineJS file is told apart by the whole tree, unless a title slide
   * says so at once: stream its events then, and else no list. */
  may_be_timeline = !is_report_file_name (file_name) && briefing_timelinejs_may_be (&shape);
  if (may_be_timeline)
    timeline = briefing_timelinejs_new (file_name);
  if (may_be_timeline && briefing_timelinejs_has_title_slide (&shape))
    streaming.timeline = timeline;
  else if (may_be_timeline)
    streaming.next_top = shape.top_arrays->len;

  parser = json_parser_new ();
  g_signal_connect (parser, "array-element", G_CALLBACK (on_array_element_cb), &streaming);

  /* The guard accepted the text, so json-glib should too; should it not, its
   * message is still better than nothing. */
  if (!json_parser_load_from_data (parser, data + shape.skip, (gssize) (length - shape.skip),
                                   &parse_error))
    {
      briefing_json_shape_clear (&shape);
      problems = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_problem_free);
      g_ptr_array_add (problems, briefing_problem_new (BRIEFING_LOAD_ERROR_SYNTAX, NULL,
                                                       parse_error->message));
      g_propagate_error (error, briefing_load_error_new (file_name, problems));
      return NULL;
    }
  briefing_json_shape_clear (&shape);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  /* A streamed timeline is one whatever is left of its tree. */
  if (may_be_timeline && (streaming.timeline != NULL ||
                          briefing_timelinejs_is_timeline (json_parser_get_root (parser))))
    {
      report = briefing_timelinejs_finish (timeline, json_parser_get_root (parser), &problems);
      if (report == NULL)
        g_propagate_error (error, error_from_problems (data, length, file_name, problems, cancellable));
      return report;
    }

  report = briefing_report_builder_finish (builder, json_parser_get_root (parser), &problems);
  if (report == NULL)
    g_propagate_error (error, error_from_problems (data, length, file_name, problems, cancellable));
  return report;
}

/**
 * briefing_report_load_bytes:
 * @file_name: how to name the file in messages
 *
 * Returns: (transfer full): the report in @bytes, or %NULL with an error of
 *   %BRIEFING_LOAD_ERROR (carrying every problem) or %G_IO_ERROR_CANCELLED
 */
BriefingReport *
briefing_report_load_bytes (GBytes        *bytes,
                            const char    *file_name,
                            GCancellable  *cancellable,
                            GError       **error)
{
  gsize length;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), NULL);

  data = g_bytes_get_data (bytes, &length);
  return load_data (data != NULL ? data : "", length, file_name, cancellable, NULL, NULL, error);
}

/**
 * briefing_file_get_display_name:
 *
 * Returns: (transfer full): how messages name @file: its path, or its URI
 */
char *
briefing_file_get_display_name (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  if (path != NULL)
    return g_filename_display_name (path);
  return g_file_get_parse_name (file);
}

static BriefingReport *
load_file (GFile                *file,
           GCancellable         *cancellable,
           BriefingLoadProgress  progress,
           gpointer              progress_data,
           GError              **error)
{
  g_autofree char *name = briefing_file_get_display_name (file);
  g_autoptr(GBytes) contents = NULL;
  const char *data;
  gsize length;

  /* Its messages name the file already. */
  contents = briefing_file_read (file, briefing_file_get_max_size (), cancellable, error);
  if (contents == NULL)
    return NULL;
  data = g_bytes_get_data (contents, &length);
  return load_data (data != NULL ? data : "", length, name, cancellable, progress, progress_data, error);
}

/**
 * briefing_report_load:
 *
 * Loads a report synchronously, for tools and tests.
 *
 * Returns: (transfer full): the report, or %NULL with an error of
 *   %BRIEFING_LOAD_ERROR (carrying every problem), %G_IO_ERROR or
 *   %G_IO_ERROR_CANCELLED; its message names the file
 */
BriefingReport *
briefing_report_load (GFile         *file,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), NULL);

  return load_file (file, cancellable, NULL, NULL, error);
}

typedef struct
{
  GFile               *file;
  BriefingLoadProgress progress;
  gpointer             progress_data;
  GDestroyNotify       progress_data_free;
  GMainContext        *context;
} LoadTask;

static void
load_task_free (LoadTask *load)
{
  g_clear_object (&load->file);
  if (load->progress_data_free != NULL)
    load->progress_data_free (load->progress_data);
  g_main_context_unref (load->context);
  g_free (load);
}

typedef struct
{
  GTask *task;
  double fraction;
} ProgressUpdate;

static gboolean
deliver_progress (gpointer data)
{
  ProgressUpdate *update = data;
  LoadTask *load = g_task_get_task_data (update->task);

  if (!g_task_get_completed (update->task))
    load->progress (update->fraction, load->progress_data);
  return G_SOURCE_REMOVE;
}

static void
free_progress_update (gpointer data)
{
  ProgressUpdate *update = data;

  g_object_unref (update->task);
  g_free (update);
}

/* Runs in the worker thread: passes the fraction to the caller's context. */
static void
forward_progress (double   fraction,
                  gpointer task)
{
  ProgressUpdate *update = g_new (ProgressUpdate, 1);
  LoadTask *load = g_task_get_task_data (task);

  update->task = g_object_ref (task);
  update->fraction = fraction;
  g_main_context_invoke_full (load->context, G_PRIORITY_DEFAULT, deliver_progress,
                              update, free_progress_update);
}

static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  LoadTask *load = task_data;
  GError *error = NULL;
  BriefingReport *report;

  report = load_file (load->file, cancellable,
                      load->progress != NULL ? forward_progress : NULL, task, &error);
  if (report != NULL)
    g_task_return_pointer (task, report, g_object_unref);
  else
    g_task_return_error (task, error);
}

/**
 * briefing_report_load_async:
 * @progress: (nullable) (scope notified): called in the caller's thread-default
 *   main context as the file is read
 *
 * Loads a report in a worker thread. Cancelling makes it end with
 * %G_IO_ERROR_CANCELLED.
 */
void
briefing_report_load_async (GFile                *file,
                            GCancellable         *cancellable,
                            BriefingLoadProgress  progress,
                            gpointer              progress_data,
                            GDestroyNotify        progress_data_free,
                            GAsyncReadyCallback   callback,
                            gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadTask *load;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  load = g_new0 (LoadTask, 1);
  load->file = g_object_ref (file);
  load->progress = progress;
  load->progress_data = progress_data;
  load->progress_data_free = progress_data_free;
  load->context = g_main_context_ref_thread_default ();

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, briefing_report_load_async);
  g_task_set_task_data (task, load, (GDestroyNotify) load_task_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, load_in_thread);
}

/**
 * briefing_report_load_finish:
 *
 * Returns: (transfer full): the report, or %NULL with an error as for
 *   briefing_report_load()
 */
BriefingReport *
briefing_report_load_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == briefing_report_load_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
