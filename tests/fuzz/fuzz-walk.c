/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "briefing-loader.h"
#include "briefing-safe-text.h"
#include "briefing-search-index.h"
#include "briefing-text-search.h"
#include "fuzz-walk.h"

/*
 * One input through the loader into the model, the way the reader and the
 * validator use them: every object of a report is walked (each property read,
 * each index asked), a search run, and each problem of a broken file turned
 * into the line `briefing --validate` prints, which must be one line without
 * a control character.
 */

static void
read_properties (GObject *object)
{
  guint n_specs;
  g_autofree GParamSpec **specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_specs);

  for (guint i = 0; i < n_specs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (!(specs[i]->flags & G_PARAM_READABLE))
        continue;
      g_value_init (&value, specs[i]->value_type);
      g_object_get_property (object, specs[i]->name, &value);
      if (G_VALUE_HOLDS_STRING (&value) && g_value_get_string (&value) != NULL)
        g_assert_true (g_utf8_validate (g_value_get_string (&value), -1, NULL));
    }
}

static void
walk_list (GListModel *list,
           void      (*visit) (gpointer item, gpointer data),
           gpointer    data)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      g_assert_nonnull (item);
      read_properties (item);
      if (visit != NULL)
        visit (item, data);
    }
  g_assert_null (g_list_model_get_item (list, n));
}

static void
visit_date (const BriefingDate *date)
{
  g_autofree char *text = NULL;
  GDate first, last;

  if (date == NULL)
    return;
  text = briefing_date_format (date);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  briefing_date_get_first_day (date, &first);
  briefing_date_get_last_day (date, &last);
  (void) briefing_date_get_n_days (date);
}

static void
visit_topic (gpointer item,
             gpointer report)
{
  walk_list (briefing_report_get_topic_events (report, item), NULL, NULL);
  walk_list (briefing_report_get_topic_turns (report, item), NULL, NULL);
}

static void
visit_entity (gpointer item,
              gpointer report)
{
  double latitude, longitude;

  (void) briefing_entity_get_coordinates (item, &latitude, &longitude);
  walk_list (briefing_report_get_entity_events (report, item), NULL, NULL);
  walk_list (briefing_report_get_entity_turns (report, item), NULL, NULL);
}

static void
visit_event (gpointer item,
             gpointer query)
{
  BriefingEvent *event = item;
  GPtrArray *figures = briefing_event_get_figures (event);
  g_autoptr(GArray) ranges = NULL;

  visit_date (briefing_event_get_date (event));
  for (guint i = 0; figures != NULL && i < figures->len; i++)
    (void) briefing_figure_get_fraction (g_ptr_array_index (figures, i));
  ranges = briefing_text_search_find (briefing_event_get_headline (event), query);
}

static void
visit_interview (gpointer item,
                 gpointer data)
{
  visit_date (briefing_interview_get_date (item));
  walk_list (briefing_interview_get_turns (item), NULL, NULL);
}

static void
walk_report (BriefingReport *report,
             const char     *query)
{
  g_autoptr(BriefingSearchIndex) index = NULL;
  g_autofree char *folded = briefing_text_search_fold (query);
  GListModel *events = briefing_report_get_events (report);
  guint n_events = g_list_model_get_n_items (events);

  read_properties (G_OBJECT (report));
  visit_date (briefing_report_get_published (report));
  walk_list (briefing_report_get_topics (report), visit_topic, report);
  walk_list (briefing_report_get_entities (report), visit_entity, report);
  walk_list (events, visit_event, (gpointer) query);
  walk_list (briefing_report_get_interviews (report), visit_interview, NULL);

  index = briefing_search_index_new (events);
  for (guint i = 0; i < n_events; i++)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (events, i);

      (void) briefing_search_index_matches (index, event, folded);
    }
}

/* What `briefing --validate` prints: one line each, nothing raw. */
static void
check_problem_lines (const GError *error)
{
  GPtrArray *problems = briefing_load_error_get_problems (error);

  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, >, 0);
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = briefing_problem_to_string (g_ptr_array_index (problems, i),
                                                          "fuzz\033.briefing");

      g_assert_true (g_utf8_validate (line, -1, NULL));
      for (const char *p = line; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          g_assert_false (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) ||
                          (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029);
        }
    }
}

/* A warning or a critical (json-glib's g_return_if_fail) is a finding: abort,
 * which libFuzzer catches and saves the input of; G_DEBUG=fatal-criticals
 * would raise SIGTRAP, which it does not. */
static GLogWriterOutput
abort_on_warnings (GLogLevelFlags   level,
                   const GLogField *fields,
                   gsize            n_fields,
                   gpointer         user_data)
{
  GLogWriterOutput result = g_log_writer_standard_streams (level, fields, n_fields, user_data);

  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();
  return result;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefingReport) report = NULL;
  /* A search word taken from the input's first bytes, made valid. */
  g_autofree char *query = g_utf8_make_valid ((const char *) data, MIN (size, 8));
  static gsize writer_set = 0;

  if (g_once_init_enter (&writer_set))
    {
      g_log_set_writer_func (abort_on_warnings, NULL, NULL);
      g_once_init_leave (&writer_set, 1);
    }

  report = briefing_report_load_bytes (bytes, "fuzz.briefing", NULL, &error);
  if (report != NULL)
    {
      g_assert_no_error (error);
      walk_report (report, query);
    }
  else
    {
      g_assert_error (error, BRIEFING_LOAD_ERROR, error->code);
      check_problem_lines (error);
    }
  return 0;
}
