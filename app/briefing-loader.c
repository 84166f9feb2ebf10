/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "briefing-cancel-check.h"
#include "briefing-free-later.h"
#include "briefing-file-reader.h"
#include "briefing-json-guard.h"
#include "briefing-json-reader.h"
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
  BriefingTimelineJs    *timeline;      /* surely a timeline: its events go here */
  gboolean               stream_items;  /* FALSE: every element goes to the tree */
  gboolean               stream_events;
  BriefingLoadProgress   progress;
  gpointer               progress_data;
  guint                  last_percent;
} Streaming;

/* Progress by bytes parsed. */
static void
report_progress (Streaming *streaming,
                 gsize      done,
                 gsize      length)
{
  guint percent;

  if (streaming->progress == NULL || length == 0)
    return;
  percent = (guint) MIN (100, (guint64) done * 100 / length);
  if (percent != streaming->last_percent)
    {
      streaming->last_percent = percent;
      streaming->progress (percent / 100.0, streaming->progress_data);
    }
}

/* An element of one of the root's arrays, parsed: built at once when it
 * can be, so that its tree goes; else it joins the root's tree, for the
 * builder to find at the end. */
static gboolean
take_element (Streaming          *streaming,
              BriefingReportList  list,
              guint               index,
              JsonNode           *node)
{
  if (streaming->timeline != NULL)
    {
      if (list != BRIEFING_REPORT_LIST_EVENTS)
        return FALSE;
      briefing_timelinejs_add_event (streaming->timeline, index, node);
      return TRUE;
    }
  if (!streaming->stream_items || (list == BRIEFING_REPORT_LIST_EVENTS && !streaming->stream_events))
    return FALSE;
  return briefing_report_builder_add_item (streaming->builder, list, index, node);
}

/* The document without the elements of the root's arrays (their brackets
 * stay): what is parsed first, the elements following chunk by chunk. */
static char *
text_without_chunks (const char              *data,
                     gsize                    length,
                     const BriefingJsonShape *shape,
                     gsize                   *text_length)
{
  GString *text = g_string_sized_new (1024);
  gsize from = shape->skip;

  for (guint i = 0; i < shape->chunks->len; i++)
    {
      const BriefingJsonChunk *chunk = &g_array_index (shape->chunks, BriefingJsonChunk, i);
      gboolean first = i == 0 || g_array_index (shape->chunks, BriefingJsonChunk, i - 1).top != chunk->top;

      if (first)
        g_string_append_len (text, data + from, (gssize) (chunk->start - from));
      from = chunk->end;
    }
  g_string_append_len (text, data + from, (gssize) (length - from));
  *text_length = text->len;
  return g_string_free (text, FALSE);
}

static GError *
error_from_parser (const char   *file_name,
                   const GError *parse_error)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_problem_free);
  GError *error;

  g_ptr_array_add (problems, briefing_problem_new (BRIEFING_LOAD_ERROR_SYNTAX, NULL, parse_error->message));
  error = briefing_load_error_new (file_name, problems);
  g_ptr_array_unref (problems);
  return error;
}

/* json-glib parses a text to its end, uncancellable, and a 90 MB report
 * takes it seconds. So the root's arrays are parsed in chunks of elements
 * the guard marked (a few milliseconds each), between which a cancel is
 * heard; and each element is built as soon as it is parsed, the builder
 * asking again every few elements. Returns NULL with no error when @check
 * was cancelled. */
static JsonNode *
parse_in_chunks (const char              *data,
                 gsize                    length,
                 const BriefingJsonShape *shape,
                 Streaming               *streaming,
                 const char              *file_name,
                 BriefingCancelCheck     *check,
                 GError                 **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) parse_error = NULL;
  g_autofree char *outline = NULL;
  gsize outline_length;
  JsonObject *object;

  outline = text_without_chunks (data, length, shape, &outline_length);
  /* The guard accepted the text, so json-glib should too; should it not, its
   * message is still better than nothing. */
  if (!json_parser_load_from_data (parser, outline, (gssize) outline_length, &parse_error))
    {
      g_propagate_error (error, error_from_parser (file_name, parse_error));
      return NULL;
    }
  root = json_parser_steal_root (parser);
  object = briefing_json_reader_peek_object (root);

  for (guint i = 0; i < shape->chunks->len; i++)
    {
      const BriefingJsonChunk *chunk = &g_array_index (shape->chunks, BriefingJsonChunk, i);
      const char *name = g_array_index (shape->top_arrays, BriefingJsonTopArray, chunk->top).name;
      BriefingReportList list = briefing_report_list_from_name (name);
      JsonNode *tree_node = json_object_get_member (object, name);
      JsonArray *tree_array = briefing_json_reader_peek_array (tree_node);
      JsonArray *elements;

      briefing_cancel_check_set_stage (check, BRIEFING_LOAD_STAGE_PARSE, 1);
      if (briefing_cancel_check_now (check))
        return NULL;
      g_string_truncate (text, 0);
      g_string_append_c (text, '[');
      g_string_append_len (text, data + chunk->start, (gssize) (chunk->end - chunk->start));
      g_string_append_c (text, ']');
      if (!json_parser_load_from_data (parser, text->str, (gssize) text->len, &parse_error))
        {
          g_propagate_error (error, error_from_parser (file_name, parse_error));
          return NULL;
        }
      elements = briefing_json_reader_peek_array (json_parser_get_root (parser));
      briefing_cancel_check_set_stage (check, BRIEFING_LOAD_STAGE_BUILD, BRIEFING_BUILD_CHECK_EVERY);
      for (guint k = 0; elements != NULL && k < json_array_get_length (elements); k++)
        {
          JsonNode *node = json_array_get_element (elements, k);

          if (!take_element (streaming, list, chunk->first_index + k, node))
            {
              /* The chunk's tree goes with the next chunk: the node joins the report's. */
              json_node_ref (node);
              json_node_set_parent (node, tree_node);
              json_array_add_element (tree_array, node);
            }
          /* Within a chunk, as if its elements were all of a size. */
          report_progress (streaming, chunk->start + (chunk->end - chunk->start) * (k + 1) / chunk->n_elements,
                           length);
          if (briefing_cancel_check_item (check))
            return NULL;
        }
    }
  return g_steal_pointer (&root);
}

/* A cancelled load ends at once: what it built so far, a second of freeing
 * at 300,000 events, is freed on the side (briefing-free-later.c). */
static void
free_built_later (BriefingReportBuilder **builder,
                  JsonNode              **root,
                  BriefingTimelineJs    **timeline)
{
  briefing_free_later (g_steal_pointer (builder), (GDestroyNotify) briefing_report_builder_free);
  briefing_free_later (g_steal_pointer (root), (GDestroyNotify) json_node_unref);
  briefing_free_later (g_steal_pointer (timeline), (GDestroyNotify) briefing_timelinejs_free);
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
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(BriefingProblem) problem = NULL;
  g_autoptr(BriefingTimelineJs) timeline = NULL;
  BriefingJsonShape shape;
  Streaming streaming = { 0 };
  BriefingCancelCheck check;
  BriefingReport *report;
  gboolean may_be_timeline;

  /* A .csv file that is no timeline is told so, not given a JSON syntax error. */
  if (!is_report_file_name (file_name) &&
      (briefing_timeline_csv_may_be (data, length) || has_suffix (file_name, ".csv")))
    {
      briefing_cancel_check_init (&check, cancellable, BRIEFING_LOAD_STAGE_BUILD, BRIEFING_BUILD_CHECK_EVERY);
      report = briefing_timeline_csv_read (data, length, file_name, &check, &problems);
      if (report == NULL && briefing_cancel_check_is_cancelled (&check))
        g_cancellable_set_error_if_cancelled (cancellable, error);
      else if (report == NULL)
        {
          g_ptr_array_sort (problems, compare_positions);
          g_propagate_error (error, briefing_load_error_new (file_name, problems));
        }
      return report;
    }

  problem = briefing_json_guard_cancellable (data, length, &shape, cancellable);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      briefing_json_shape_clear (&shape);
      return NULL;
    }
  if (problem != NULL)
    {
      briefing_json_shape_clear (&shape);
      problems = g_ptr_array_new ();
      g_ptr_array_add (problems, problem);
      g_propagate_error (error, briefing_load_error_new (file_name, problems));
      return NULL;
    }

  briefing_cancel_check_init (&check, cancellable, BRIEFING_LOAD_STAGE_PARSE, 1);
  builder = briefing_report_builder_new (&check);
  streaming.builder = builder;
  streaming.stream_items = TRUE;
  streaming.stream_events = can_stream_events (&shape);
  streaming.progress = progress;
  streaming.progress_data = progress_data;
  /* A TimelineJS file is told apart by the whole tree, unless a title slide
   * says so at once: stream its events then, and else no list. */
  may_be_timeline = !is_report_file_name (file_name) && briefing_timelinejs_may_be (&shape);
  if (may_be_timeline)
    {
      timeline = briefing_timelinejs_new (file_name);
      briefing_timelinejs_set_check (timeline, &check);
    }
  if (may_be_timeline && briefing_timelinejs_has_title_slide (&shape))
    streaming.timeline = timeline;
  else if (may_be_timeline)
    streaming.stream_items = FALSE;

  root = parse_in_chunks (data, length, &shape, &streaming, file_name, &check, error);
  briefing_json_shape_clear (&shape);
  if (briefing_cancel_check_is_cancelled (&check))
    {
      g_cancellable_set_error_if_cancelled (cancellable, error);
      free_built_later (&builder, &root, &timeline);
      return NULL;
    }
  if (root == NULL)
    return NULL;

  /* A streamed timeline is one whatever is left of its tree. */
  if (may_be_timeline && (streaming.timeline != NULL ||
                          briefing_timelinejs_is_timeline (root)))
    {
      report = briefing_timelinejs_finish (timeline, root, &problems);
      if (report == NULL && briefing_cancel_check_is_cancelled (&check))
        {
          g_cancellable_set_error_if_cancelled (cancellable, error);
          free_built_later (&builder, &root, &timeline);
        }
      else if (report == NULL)
        g_propagate_error (error, error_from_problems (data, length, file_name, problems, cancellable));
      return report;
    }

  report = briefing_report_builder_finish (builder, root, &problems);
  if (report == NULL && briefing_cancel_check_is_cancelled (&check))
    {
      g_cancellable_set_error_if_cancelled (cancellable, error);
      free_built_later (&builder, &root, &timeline);
    }
  else if (report == NULL)
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

/* A report finished but not taken, its load cancelled on the way: freed on
 * the side, not in the main thread that GTask would free it in. */
static void
free_report_later (gpointer report)
{
  briefing_free_later (report, g_object_unref);
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
    g_task_return_pointer (task, report, free_report_later);
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
