/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How the interface words figures: pure functions, no display needed. */
#include "config.h"

#include <string.h>

#include "briefing-copy-text.h"
#include "briefing-format.h"
#include "briefing-tab-names.h"
#include "test-sample.h"

static void
assert_formats (char       *text,
                const char *expected)
{
  g_assert_cmpstr (text, ==, expected);
  g_free (text);
}

static void
test_counts (void)
{
  /* No turns: left out, as most topics of a report without interviews. */
  assert_formats (briefing_format_counts (0, 0), "0 events");
  assert_formats (briefing_format_counts (1, 0), "1 event");
  assert_formats (briefing_format_counts (13, 0), "13 events");
  assert_formats (briefing_format_counts (1, 1), "1 event, 1 turn");
  assert_formats (briefing_format_counts (0, 2), "0 events, 2 turns");
  assert_formats (briefing_format_counts (100000, 14), "100000 events, 14 turns");
}

static void
test_search_counts (void)
{
  /* With interviews, what the search found of them is said, none too. */
  assert_formats (briefing_format_search_counts (5, 0, TRUE), "5 events, 0 turns");
  assert_formats (briefing_format_search_counts (1, 1, TRUE), "1 event, 1 turn");
  assert_formats (briefing_format_search_counts (0, 3, TRUE), "0 events, 3 turns");
  /* Without, never. */
  assert_formats (briefing_format_search_counts (5, 0, FALSE), "5 events");
  assert_formats (briefing_format_search_counts (1, 0, FALSE), "1 event");
}

static void
test_selection (void)
{
  /* The name is isolated (FSI…PDI): in another script it cannot reorder the counts. */
  assert_formats (briefing_format_selection ("Kharkiv", 3, 2), "\u2068Kharkiv\u2069 — 3 events, 2 turns");
  assert_formats (briefing_format_selection ("Sergei Lavrov", 1, 0), "\u2068Sergei Lavrov\u2069 — 1 event");
  /* Report text as it is: these are plain labels, never markup. */
  assert_formats (briefing_format_selection ("<b>A & B</b>", 2, 0), "\u2068<b>A & B</b>\u2069 — 2 events");
}

static void
test_titles (void)
{
  BriefingReport *report = load_sample ();
  BriefingTopic *topic = find_topic (report, "kharkiv");
  BriefingEntity *lavrov = find_entity (report, "sergei-lavrov");
  const char *subtitle = briefing_report_get_subtitle (report);

  /* No report: the program's name, no subtitle. */
  assert_formats (briefing_format_title (NULL), "Briefing");
  assert_formats (briefing_format_subtitle (NULL, NULL, NULL), "");

  /* The report's own, until a topic or entity is chosen. */
  assert_formats (briefing_format_title (report), briefing_report_get_title (report));
  assert_formats (briefing_format_subtitle (report, NULL, NULL), subtitle != NULL ? subtitle : "");
  assert_formats (briefing_format_subtitle (report, topic, NULL), briefing_topic_get_title (topic));
  assert_formats (briefing_format_subtitle (report, NULL, lavrov), briefing_entity_get_name (lavrov));
  /* With a period: after the selection, or alone. */
  assert_formats (briefing_format_subtitle_with_period ("Kharkiv", "3–9 October 2024"),
                  "Kharkiv · 3–9 October 2024");
  assert_formats (briefing_format_subtitle_with_period (NULL, "3–9 October 2024"), "3–9 October 2024");
  assert_formats (briefing_format_subtitle_with_period ("", "2024"), "2024");

  g_assert_finalize_object (report);
}

/* The line above a headline says only what its date heading does not. */
static void
test_event_meta (void)
{
  static const struct { const char *date_text, *date, *time_of_day, *place, *expected; } cases[] = {
    { "Friday", "Friday, 1 November 2024", NULL, NULL, "" },
    { "friday", "Friday, 1 November 2024", NULL, "Kyiv", "Kyiv" },
    { "1 November", "Friday, 1 November 2024", "14:30", NULL, "14:30" },
    { "recently", "October 2024 – 1 November 2024", NULL, "Russia", "recently · Russia" },
    { "overnight", "31 October 2024 – 1 November 2024", "overnight", NULL, "overnight" },
    { NULL, "Friday, 1 November 2024", "evening", "Kharkiv", "evening · Kharkiv" },
    { NULL, "Friday, 1 November 2024", NULL, NULL, "" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *meta = briefing_format_event_meta (cases[i].date_text, cases[i].date,
                                                          cases[i].time_of_day, cases[i].place);

      g_assert_cmpstr (meta, ==, cases[i].expected);
    }
}

static void
assert_tab_names (const char * const *titles,
                  const char * const *expected)
{
  g_auto(GStrv) names = briefing_tab_names_for_titles (titles);

  g_assert_cmpstrv (names, expected);
  for (guint i = 0; names[i] != NULL; i++)
    g_assert_cmpint (g_utf8_strlen (names[i], -1), <=, BRIEFING_TAB_NAME_MAX_CHARS);
}

static void
test_tab_names (void)
{
  /* Short titles stay whole, words they share too: "Part 1" says more than "1". */
  assert_tab_names ((const char *[]) { "On the field", "Part 1", "Part 2", NULL },
                    (const char *[]) { "On the field", "Part 1", "Part 2", NULL });
  /* Long ones lose the words all start with, then are cut after a word. */
  assert_tab_names ((const char *[]) { "Interview with Jane Doe", "Interview with John Roe", NULL },
                    (const char *[]) { "Jane Doe", "John Roe", NULL });
  assert_tab_names ((const char *[]) { "On the field", "Panel: after the harvest",
                                       "Announced, not yet recorded", NULL },
                    (const char *[]) { "On the field", "Panel: after…", "Announced, not…", NULL });
  /* The separators the shared words leave, and punctuation before the ellipsis, go. */
  assert_tab_names ((const char *[]) { "Panel: the morning after the vote", "Panel: the evening before", NULL },
                    (const char *[]) { "morning after…", "evening before", NULL });
  /* One long word is cut inside; characters, not bytes, are counted. */
  assert_tab_names ((const char *[]) { "Donaudampfschifffahrtsgesellschaft", "Großveranstaltungsübertragung", NULL },
                    (const char *[]) { "Donaudampfschif…", "Großveranstaltu…", NULL });
  /* No title: by its place. */
  assert_tab_names ((const char *[]) { "", " : ", "A title", NULL },
                    (const char *[]) { "Interview 1", "Interview 2", "A title", NULL });
  assert_tab_names ((const char *[]) { NULL }, (const char *[]) { NULL });
}

/* An event and a turn copied as text keep their date, attribution and source. */
static void
test_copy_text (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", "all-members.briefing", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefingReport) report = briefing_report_load (file, NULL, &error);
  g_autoptr(BriefingInterview) interview = NULL;
  g_autoptr(BriefingTurn) turn = NULL;

  g_assert_no_error (error);
  assert_formats (briefing_copy_text_event (find_event (report, "attack"), report),
                  "Saturday, 26 October 2024 · overnight · from 23:00 to 05:00 · Kyiv\n"
                  "Drones shot down over Kyiv\n"
                  "Debris fell on two districts.\nNo casualties were reported.\n"
                  "“All crews worked through the night.” — Olena Kovalenko\n"
                  "According to Kyiv's air force\n"
                  "Source: Example Wire, https://news.example.org/2024/10/26/kyiv");
  /* No body, no quote, no place: nothing left blank. */
  assert_formats (briefing_copy_text_event (find_event (report, "talks"), report),
                  "21–31 October 2024 · late October\n"
                  "Grain corridor talks resume\n"
                  "Diplomatic sources\n"
                  "Source: Example Wire, https://news.example.org/2024/10/26/kyiv");

  interview = g_list_model_get_item (briefing_report_get_interviews (report), 0);
  turn = g_list_model_get_item (briefing_interview_get_turns (interview), 1);
  assert_formats (briefing_copy_text_turn (turn, interview, report),
                  "Olena Kovalenko: Forty-eight. We shot down thirty-one.\n"
                  "From: A night on duty · Sunday, 27 October 2024\n"
                  "Source: Example Wire, https://news.example.org/2024/10/26/kyiv");
}

/* A row shows the start of a long text, cut at a space, never inside a
 * character. */
static void
test_cut_text (void)
{
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autofree char *cut = NULL;
  g_autofree char *short_cut = briefing_format_cut_text ("A headline");
  g_autofree char *no_space = NULL;
  g_autofree char *none = briefing_format_cut_text (NULL);
  gsize length;

  g_assert_cmpstr (short_cut, ==, "A headline");
  g_assert_cmpstr (none, ==, "");
  g_assert_false (briefing_format_is_long_text ("A headline"));
  g_assert_false (briefing_format_is_long_text (NULL));

  /* A megabyte of words of two-byte letters. */
  while (long_text->len < 1024 * 1024)
    g_string_append (long_text, "éèêë ");
  g_assert_true (briefing_format_is_long_text (long_text->str));
  cut = briefing_format_cut_text (long_text->str);
  length = strlen (cut);
  g_assert_cmpuint (length, <=, BRIEFING_FORMAT_SHOWN_BYTES + strlen ("…"));
  g_assert_cmpuint (length, >, BRIEFING_FORMAT_SHOWN_BYTES - 200);
  g_assert_true (g_str_has_suffix (cut, "éèêë…"));
  g_assert_true (g_utf8_validate (cut, -1, NULL));
  g_assert_true (strncmp (cut, long_text->str, length - strlen ("…")) == 0);

  /* No space to cut at: in between two characters. */
  g_string_truncate (long_text, 0);
  while (long_text->len < 10000)
    g_string_append (long_text, "€");
  no_space = briefing_format_cut_text (long_text->str);
  g_assert_true (g_utf8_validate (no_space, -1, NULL));
  g_assert_cmpuint (strlen (no_space), ==, BRIEFING_FORMAT_SHOWN_BYTES / 3 * 3 + strlen ("…"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/counts", test_counts);
  g_test_add_func ("/format/event-meta", test_event_meta);
  g_test_add_func ("/format/search-counts", test_search_counts);
  g_test_add_func ("/format/selection", test_selection);
  g_test_add_func ("/format/titles", test_titles);
  g_test_add_func ("/format/tab-names", test_tab_names);
  g_test_add_func ("/format/copy-text", test_copy_text);
  g_test_add_func ("/format/cut-text", test_cut_text);

  return g_test_run ();
}
