/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "briefing-loader.h"

static BriefingReport *
load_path (const char  *path,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return briefing_report_load (file, NULL, error);
}

static BriefingReport *
load_text (const char  *text,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));

  return briefing_report_load_bytes (bytes, "test.briefing", NULL, error);
}

static BriefingReport *
load_sample (void)
{
  g_autoptr(GError) error = NULL;
  BriefingReport *report = load_path (g_getenv ("BRIEFING_SAMPLE"), &error);

  g_assert_no_error (error);
  return report;
}

static void
test_sample_counts (void)
{
  g_autoptr(BriefingReport) report = load_sample ();
  GListModel *interviews = briefing_report_get_interviews (report);

  g_assert_cmpstr (briefing_report_get_version (report), ==, "1.0");
  g_assert_cmpstr (briefing_report_get_language (report), ==, "en");
  g_assert_nonnull (briefing_report_get_published (report));
  g_assert_cmpuint (g_list_model_get_n_items (briefing_report_get_topics (report)), ==, 7);
  g_assert_cmpuint (g_list_model_get_n_items (briefing_report_get_entities (report)), ==, 23);
  g_assert_cmpuint (g_list_model_get_n_items (briefing_report_get_events (report)), ==, 13);
  g_assert_cmpuint (g_list_model_get_n_items (interviews), ==, 1);
  g_assert_cmpuint (briefing_report_get_n_turns (report), ==, 14);
}

static void
test_sample_turns (void)
{
  g_autoptr(BriefingReport) report = load_sample ();
  g_autoptr(BriefingInterview) interview = g_list_model_get_item (briefing_report_get_interviews (report), 0);
  GListModel *turns = briefing_interview_get_turns (interview);
  static const char * const openings[] = {
    "Welcome, Dr. Petrov.", "Thank you for having me. This statement",
    "Lavrov mentioned", "The establishment of close military ties",
    "Ukrainian President Volodymyr Zelenskyy has raised", "Zelenskyy’s concerns are valid.",
    "Speaking of military aid", "This aid package is significant.",
    "There was also a recent missile attack", "Incidents like the one in Kharkiv",
    "Given these developments", "The conflict appears to be entering",
    "Thank you, Dr. Petrov, for your insights.", "Thank you for having me. It’s crucial",
  };

  g_assert_cmpuint (g_list_model_get_n_items (turns), ==, G_N_ELEMENTS (openings));
  g_assert_cmpuint (briefing_interview_get_n_participants (interview), ==, 2);
  for (guint i = 0; i < G_N_ELEMENTS (openings); i++)
    {
      g_autoptr(BriefingTurn) turn = g_list_model_get_item (turns, i);
      const char *speaker = briefing_entity_get_name (briefing_turn_get_speaker (turn));

      g_assert_cmpuint (briefing_turn_get_index (turn), ==, i);
      g_assert_true (g_str_has_prefix (briefing_turn_get_text (turn), openings[i]));
      g_assert_cmpstr (speaker, ==, i % 2 == 0 ? "Time.news Editor" : "Dr. Alexei Petrov");
      g_assert_cmpint (briefing_turn_get_role (turn), ==,
                       i % 2 == 0 ? BRIEFING_PARTICIPANT_ROLE_INTERVIEWER : BRIEFING_PARTICIPANT_ROLE_GUEST);
    }
}

static void
test_sample_order (void)
{
  g_autoptr(BriefingReport) report = load_sample ();
  GListModel *events = briefing_report_get_events (report);
  /* The documented order: by first day covered, then the shorter span, then the file. */
  static const char * const expected[] = {
    "north-korean-troops-deployed", "us-warns-troops-combat", "zelenskyy-urges-allies",
    "kharkiv-police-facility-strike", "kharkiv-s400-confirmed",
    "explosives-shortage-hampers-shells", "ukraine-produces-155mm-shells",
    "kursk-convent-drone-attack", "kursk-convent-victims-evacuating",
    "overnight-drone-missile-strike", "choe-pledges-support", "lavrov-close-military-contacts",
    "us-aid-425m",
  };

  g_assert_cmpuint (g_list_model_get_n_items (events), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (events, i);

      g_assert_cmpstr (briefing_event_get_id (event), ==, expected[i]);
    }
}

static void
test_sample_figures (void)
{
  g_autoptr(BriefingReport) report = load_sample ();
  GListModel *events = briefing_report_get_events (report);
  gboolean found_drones = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (events, i);
      GPtrArray *figures = briefing_event_get_figures (event);

      g_assert_nonnull (briefing_event_get_attribution (event));
      for (guint f = 0; f < figures->len; f++)
        {
          BriefingFigure *figure = g_ptr_array_index (figures, f);

          if (figure->value == 31 && figure->has_total && figure->total == 48)
            {
              found_drones = TRUE;
              g_assert_cmpfloat_with_epsilon (briefing_figure_get_fraction (figure), 31.0 / 48.0, 1e-9);
            }
        }
    }
  g_assert_true (found_drones);
}

static char *
data_path (const char *kind,
           const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", kind, name, NULL);
}

static GPtrArray *
list_data (const char *kind,
           const char *suffix)
{
  g_autofree char *dir_path = data_path (kind, NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, suffix))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  return names;
}

static void
test_valid_corpus (void)
{
  g_autoptr(GPtrArray) names = list_data ("valid", ".briefing");

  g_assert_cmpuint (names->len, >=, 5);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = data_path ("valid", g_ptr_array_index (names, i));
      g_autoptr(GError) error = NULL;
      g_autoptr(BriefingReport) report = NULL;

      g_test_message ("%s", path);
      report = load_path (path, &error);
      g_assert_no_error (error);
      g_assert_nonnull (report);
    }
}

/* Format 1.1: eras, and dates before our era and in deep time, in order. */
static void
test_eras_and_deep_time (void)
{
  static const char * const order[] = { "big-bang", "ides", "year-zero", "tours", "future" };
  g_autofree char *path = data_path ("valid", "eras-and-deep-time.briefing");
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefingReport) report = load_path (path, &error);
  GListModel *events, *eras;
  g_autoptr(BriefingEra) deep = NULL, republic = NULL;
  g_autofree char *deep_span = NULL, *republic_span = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (briefing_report_get_version (report), ==, "1.1");
  events = briefing_report_get_events (report);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (events, i);

      g_assert_cmpstr (briefing_event_get_id (event), ==, order[i]);
    }

  eras = briefing_report_get_eras (report);
  g_assert_cmpuint (g_list_model_get_n_items (eras), ==, 2);
  deep = g_list_model_get_item (eras, 0);
  republic = g_list_model_get_item (eras, 1);
  deep_span = briefing_date_format (briefing_era_get_date (deep));
  republic_span = briefing_date_format (briefing_era_get_date (republic));
  g_assert_cmpstr (briefing_era_get_title (deep), ==, "Deep time");
  g_assert_null (briefing_era_get_description (deep));
  g_assert_cmpstr (deep_span, ==, "13,800,000,000 BCE – 65,000,001 BCE");
  g_assert_cmpstr (briefing_era_get_title (republic), ==, "The Roman Republic");
  g_assert_cmpstr (briefing_era_get_description (republic), ==, "From the last king to the first emperor.");
  g_assert_cmpstr (republic_span, ==, "509 BCE – 27 BCE");
}

/* A report without eras has an empty list of them. */
static void
test_no_eras (void)
{
  g_autofree char *path = data_path ("valid", "minimal.briefing");
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefingReport) report = load_path (path, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (briefing_report_get_eras (report)), ==, 0);
  g_assert_true (g_list_model_get_item_type (briefing_report_get_eras (report)) == BRIEFING_TYPE_ERA);
}

/* The fuzzy-dates file lists, in a member Briefing ignores, the order its
 * events must take. */
static void
test_fuzzy_order (void)
{
  g_autofree char *path = data_path ("valid", "fuzzy-dates.briefing");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefingReport) report = load_path (path, &error);
  JsonArray *order;
  GListModel *events;

  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_file (parser, path, NULL));
  order = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                        "x-test-expected-order");
  events = briefing_report_get_events (report);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, json_array_get_length (order));
  for (guint i = 0; i < json_array_get_length (order); i++)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (events, i);

      g_assert_cmpstr (briefing_event_get_id (event), ==, json_array_get_string_element (order, i));
    }
}

/* The kind of each file's first problem. */
static const struct {
  const char *prefix;
  BriefingLoadError code;
} expected_codes[] = {
  { "control-characters-", BRIEFING_LOAD_ERROR_INVALID_VALUE },
  { "coordinates-", BRIEFING_LOAD_ERROR_INVALID_VALUE },
  { "date-", BRIEFING_LOAD_ERROR_INVALID_DATE },
  { "duplicate-", BRIEFING_LOAD_ERROR_DUPLICATE_ID },
  { "empty-file", BRIEFING_LOAD_ERROR_EMPTY },
  { "whitespace-only", BRIEFING_LOAD_ERROR_EMPTY },
  { "encoding-", BRIEFING_LOAD_ERROR_ENCODING },
  { "entity-kind-", BRIEFING_LOAD_ERROR_INVALID_VALUE },
  { "era-", BRIEFING_LOAD_ERROR_MISSING_MEMBER },
  { "events-missing", BRIEFING_LOAD_ERROR_MISSING_MEMBER },
  { "topics-missing", BRIEFING_LOAD_ERROR_MISSING_MEMBER },
  { "title-missing", BRIEFING_LOAD_ERROR_MISSING_MEMBER },
  { "title-number", BRIEFING_LOAD_ERROR_WRONG_TYPE },
  { "figure-", BRIEFING_LOAD_ERROR_INVALID_VALUE },
  { "format-", BRIEFING_LOAD_ERROR_NOT_A_REPORT },
  { "root-", BRIEFING_LOAD_ERROR_NOT_A_REPORT },
  { "headline-", BRIEFING_LOAD_ERROR_INVALID_VALUE },
  { "id-", BRIEFING_LOAD_ERROR_INVALID_VALUE },
  { "language-", BRIEFING_LOAD_ERROR_INVALID_VALUE },
  { "no-repeated-", BRIEFING_LOAD_ERROR_INVALID_VALUE },
  { "number-too-large", BRIEFING_LOAD_ERROR_INVALID_VALUE },
  { "minified-", BRIEFING_LOAD_ERROR_INVALID_VALUE },
  { "nesting-", BRIEFING_LOAD_ERROR_TOO_DEEP },
  { "participant-not-person", BRIEFING_LOAD_ERROR_INVALID_VALUE },
  { "participant-role-", BRIEFING_LOAD_ERROR_INVALID_VALUE },
  { "participants-empty", BRIEFING_LOAD_ERROR_INVALID_VALUE },
  { "place-is-person", BRIEFING_LOAD_ERROR_INVALID_VALUE },
  { "quote-unknown-", BRIEFING_LOAD_ERROR_UNKNOWN_REFERENCE },
  { "reference-", BRIEFING_LOAD_ERROR_UNKNOWN_REFERENCE },
  { "several-", BRIEFING_LOAD_ERROR_UNKNOWN_REFERENCE },
  { "source-url-", BRIEFING_LOAD_ERROR_INVALID_VALUE },
  { "string-", BRIEFING_LOAD_ERROR_INVALID_STRING },
  { "syntax-", BRIEFING_LOAD_ERROR_SYNTAX },
  { "turn-speaker-", BRIEFING_LOAD_ERROR_UNKNOWN_REFERENCE },
  { "version-abc", BRIEFING_LOAD_ERROR_INVALID_VALUE },
  { "version-major-", BRIEFING_LOAD_ERROR_UNSUPPORTED_VERSION },
  { "wrong-type-", BRIEFING_LOAD_ERROR_WRONG_TYPE },
};

static void
test_invalid_corpus (void)
{
  g_autoptr(GPtrArray) names = list_data ("invalid", ".briefing");

  g_assert_cmpuint (names->len, >=, 25);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *path = data_path ("invalid", name);
      g_autofree char *stem = g_strndup (name, strlen (name) - strlen (".briefing"));
      g_autofree char *expected_name = g_strconcat (stem, ".expected", NULL);
      g_autofree char *expected_path = data_path ("invalid", expected_name);
      g_autofree char *expected = NULL, *contents = NULL;
      g_autoptr(GString) got = g_string_new (NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(BriefingReport) report = NULL;
      GPtrArray *problems;
      gsize length;
      gboolean code_known = FALSE;

      g_test_message ("%s", name);
      g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

      report = briefing_report_load_bytes (bytes, name, NULL, &error);
      g_assert_null (report);
      g_assert_error (error, BRIEFING_LOAD_ERROR, error->code);
      problems = briefing_load_error_get_problems (error);
      g_assert_nonnull (problems);
      g_assert_cmpuint (problems->len, >, 0);
      g_assert_cmpint (((BriefingProblem *) g_ptr_array_index (problems, 0))->code, ==, error->code);
      for (guint p = 0; p < problems->len; p++)
        {
          g_autofree char *line = briefing_problem_to_string (g_ptr_array_index (problems, p), name);

          g_string_append_printf (got, "%s\n", line);
        }
      g_assert_cmpstr (got->str, ==, expected);

      for (guint c = 0; c < G_N_ELEMENTS (expected_codes); c++)
        if (g_str_has_prefix (name, expected_codes[c].prefix))
          {
            g_assert_cmpint (error->code, ==, expected_codes[c].code);
            code_known = TRUE;
            break;
          }
      g_assert_true (code_known);
    }
}

static void
test_edge_cases (void)
{
  static const char *minimal =
    "{\"format\":\"briefing\",\"version\":\"1.0\",\"title\":\"T\",\"topics\":[],\"events\":[]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefingReport) report = NULL;
  g_autofree char *with_bom = g_strconcat ("\xEF\xBB\xBF", minimal, NULL);
  BriefingTopic *topic;

  /* Minified, all on one line. */
  report = load_text (minimal, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (briefing_report_get_title (report), ==, "T");
  g_clear_object (&report);

  /* A byte order mark is skipped. */
  report = load_text (with_bom, &error);
  g_assert_no_error (error);
  g_clear_object (&report);

  /* Events before the topics they name: built after the whole tree. */
  report = load_text ("{\"events\":[{\"id\":\"e\",\"date\":\"2024\",\"headline\":\"H\",\"topics\":[\"t\"]}],"
                      "\"topics\":[{\"id\":\"t\",\"title\":\"T\"}],"
                      "\"format\":\"briefing\",\"version\":\"1.3\",\"title\":\"T\"}", &error);
  g_assert_no_error (error);
  topic = g_list_model_get_item (briefing_report_get_topics (report), 0);
  g_assert_cmpuint (briefing_topic_get_n_events (topic), ==, 1);
  g_clear_object (&topic);
  g_clear_object (&report);

  /* A root member given twice. */
  report = load_text ("{\"format\":\"briefing\",\"format\":\"briefing\"}", &error);
  g_assert_error (error, BRIEFING_LOAD_ERROR, BRIEFING_LOAD_ERROR_DUPLICATE_MEMBER);
  g_assert_cmpstr (error->message, ==, "test.briefing:1:22: the member “format” appears twice");
  g_clear_error (&error);

  /* The first problem, then how many more. */
  report = load_text ("{\"format\":\"briefing\",\"version\":\"1.0\",\"topics\":1,\"events\":2}", &error);
  g_assert_error (error, BRIEFING_LOAD_ERROR, BRIEFING_LOAD_ERROR_MISSING_MEMBER);
  g_assert_cmpstr (error->message, ==,
                   "test.briefing:1:1: /: the required member “title” is missing (and 2 more problems)");
  g_clear_error (&error);

  /* Escapes json-glib would mangle. */
  report = load_text ("{\"a\":\"\\ud83d\\ude00 ok\",\"b\":\"\\uDE00\"}", &error);
  g_assert_error (error, BRIEFING_LOAD_ERROR, BRIEFING_LOAD_ERROR_INVALID_STRING);
  g_assert_cmpstr (error->message, ==, "test.briefing:1:29: the escape “\\uDE00” is the second "
                                       "half of a surrogate pair without its first half");
  g_clear_error (&error);
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefingReport) report = load_path ("/nonexistent/report.briefing", &error);

  g_assert_null (report);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "/nonexistent/report.briefing"));
}

typedef struct
{
  GMainLoop      *loop;
  BriefingReport *report;
  GError         *error;
  guint           n_progress;
  double          last_fraction;
} AsyncData;

static void
on_progress (double   fraction,
             gpointer user_data)
{
  AsyncData *data = user_data;

  g_assert_cmpfloat (fraction, >=, data->last_fraction);
  data->last_fraction = fraction;
  data->n_progress++;
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  AsyncData *data = user_data;

  data->report = briefing_report_load_finish (result, &data->error);
  g_main_loop_quit (data->loop);
}

static void
test_async (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("BRIEFING_SAMPLE"));
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncData data = { g_main_loop_new (NULL, FALSE) };

  briefing_report_load_async (file, NULL, on_progress, &data, NULL, on_loaded, &data);
  g_main_loop_run (data.loop);
  g_assert_no_error (data.error);
  g_assert_nonnull (data.report);
  g_assert_cmpuint (data.n_progress, >, 0);
  g_clear_object (&data.report);

  g_cancellable_cancel (cancellable);
  briefing_report_load_async (file, cancellable, NULL, NULL, NULL, on_loaded, &data);
  g_main_loop_run (data.loop);
  g_assert_error (data.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (data.report);
  g_clear_error (&data.error);
  g_main_loop_unref (data.loop);
}

static void
cancel_on_progress (double   fraction,
                    gpointer cancellable)
{
  g_cancellable_cancel (cancellable);
}

/* Cancelled while parsing, between two chunks of a large report: the load
 * ends cancelled, and (under the sanitizers) leaves nothing behind. */
static void
test_cancel_while_parsing (void)
{
  g_autoptr(GString) text = g_string_new ("{\"format\": \"briefing\", \"version\": \"1.0\", "
                                          "\"title\": \"T\", \"topics\": [{\"id\": \"t\", \"title\": \"T\"}], "
                                          "\"events\": [");
  g_autofree char *dir = g_dir_make_tmp ("reload-loader-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "large.briefing", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  AsyncData data = { g_main_loop_new (NULL, FALSE) };

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (text, "%s{\"id\": \"e%u\", \"date\": \"2024-01-01\", \"headline\": \"H\", "
                                  "\"body\": \"B\", \"topics\": [\"t\"]}", i > 0 ? "," : "", i);
  g_string_append (text, "], \"interviews\": []}");
  g_file_set_contents (path, text->str, (gssize) text->len, &error);
  g_assert_no_error (error);

  briefing_report_load_async (file, cancellable, cancel_on_progress, cancellable, NULL, on_loaded, &data);
  g_main_loop_run (data.loop);
  g_assert_error (data.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (data.report);
  g_clear_error (&data.error);
  g_main_loop_unref (data.loop);
  g_remove (path);
  g_rmdir (dir);
}

/* A million mistakes cost what a thousand do: past BRIEFING_MAX_PROBLEMS
 * only their count is kept, and said. */
static void
test_problem_cap (void)
{
  g_autoptr(GString) text = g_string_new ("{\"format\": \"briefing\", \"version\": \"1.0\", "
                                          "\"title\": \"T\", \"topics\": [], \"events\": [");
  g_autoptr(BriefingReport) report = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *problems;
  const BriefingProblem *first, *last;

  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (text, "%s{\"id\": \"e%u\", \"date\": \"no\", \"headline\": \"H\", "
                                  "\"body\": \"B\"}", i > 0 ? "," : "", i);
  g_string_append (text, "]}");
  report = load_text (text->str, &error);
  g_assert_null (report);
  g_assert_error (error, BRIEFING_LOAD_ERROR, BRIEFING_LOAD_ERROR_INVALID_DATE);
  problems = briefing_load_error_get_problems (error);
  g_assert_cmpuint (problems->len, ==, BRIEFING_MAX_PROBLEMS);
  g_assert_cmpuint (briefing_load_error_get_n_omitted (error), ==, 5000 - BRIEFING_MAX_PROBLEMS);
  first = g_ptr_array_index (problems, 0);
  last = g_ptr_array_index (problems, problems->len - 1);
  g_assert_cmpstr (first->path, ==, "/events/0/date");
  g_assert_cmpstr (last->path, ==, "/events/999/date");
  g_assert_cmpuint (last->code, ==, BRIEFING_LOAD_ERROR_INVALID_DATE);
  g_assert_cmpstr (error->message, ==,
                   "test.briefing:1:102: /events/0/date: “no” is not a valid date: expected a date such as "
                   "2024-11-01, 2024-11, 2024, 2024-10-XX, 2024-11-01~ or 2024-10-21/2024-10-31 "
                   "(and 4999 more problems)");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/loader/sample/counts", test_sample_counts);
  g_test_add_func ("/loader/sample/turns", test_sample_turns);
  g_test_add_func ("/loader/sample/order", test_sample_order);
  g_test_add_func ("/loader/sample/figures", test_sample_figures);
  g_test_add_func ("/loader/valid-corpus", test_valid_corpus);
  g_test_add_func ("/loader/eras-and-deep-time", test_eras_and_deep_time);
  g_test_add_func ("/loader/no-eras", test_no_eras);
  g_test_add_func ("/loader/fuzzy-order", test_fuzzy_order);
  g_test_add_func ("/loader/invalid-corpus", test_invalid_corpus);
  g_test_add_func ("/loader/edge-cases", test_edge_cases);
  g_test_add_func ("/loader/missing-file", test_missing_file);
  g_test_add_func ("/loader/async", test_async);
  g_test_add_func ("/loader/problem-cap", test_problem_cap);
  g_test_add_func ("/loader/cancel-while-parsing", test_cancel_while_parsing);

  return g_test_run ();
}
