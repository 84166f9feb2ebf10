/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "briefing-search-index.h"
#include "briefing-text-search.h"
#include "test-sample.h"

static void
test_fold (void)
{
  static const struct { const char *text, *folded; } cases[] = {
    { "", "" },
    { "Kyiv", "kyiv" },
    { "KYIV’S AIR FORCE", "kyiv's air force" },
    /* What a reader types for typographic apostrophes, quotes and dashes */
    { "‘a’ ʼb‛ ＇c′", "'a' 'b' 'c'" },
    { "“Yes,” „ja“ ″", "\"yes,\" \"ja\" \"" },
    { "2024–2025 — x − 1 ‐ ‑ ‒ ―", "2024-2025 - x - 1 - - - -" },
    { "Café", "cafe" },
    { "Cafe\xcc\x81", "cafe" },               /* e + combining acute */
    { "ÉLYSÉE", "elysee" },
    { "Straße", "strasse" },
    { "İstanbul", "istanbul" },
    { "Ærø", "ærø" },                          /* letters, not accents: kept */
    { "Київ", "киів" },                        /* ї is і + diaeresis */
    { "Ὀδυσσεύς", "οδυσσευσ" },               /* final sigma folds to sigma */
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = briefing_text_search_fold (cases[i].text);

      g_assert_cmpstr (folded, ==, cases[i].folded);
    }

  {
    g_autofree char *folded = briefing_text_search_fold (NULL);

    g_assert_cmpstr (folded, ==, "");
  }
}

/* What a reader of each script expects to be the same. */
static void
test_fold_scripts (void)
{
  static const struct { const char *text, *query; gboolean found; } cases[] = {
    /* Arabic: harakat, tatweel, hamza on alef, alef maqsura */
    { "كِتَـــابٌ جَدِيدٌ", "كتاب جديد", TRUE },
    { "قالت وزارة الخارجيـة", "الخارجية", TRUE },
    { "أحمد وإبراهيم وآمنة", "احمد وابراهيم وامنة", TRUE },
    { "مستشفى", "مستشفي", TRUE },
    { "كتاب", "كتب", FALSE },
    /* Arabic presentation forms, as some PDFs give them */
    { "\xef\xbb\xb3\xef\xbb\xa3\xef\xba\xae", "يمر", TRUE },  /* U+FEF3 U+FEE3 U+FEAE */
    /* Hebrew points */
    { "שָׁלוֹם", "שלום", TRUE },
    /* Full-width and half-width forms */
    { "ＢＢＣ　ニュース", "bbc ニュース", TRUE },
    { "２０２４年１１月", "2024年11月", TRUE },
    { "ｶﾀｶﾅ", "カタカナ", TRUE },
    { "ｶﾞｽ", "ガス", TRUE },
    /* …but a voicing mark is part of the kana */
    { "ガス", "カス", FALSE },
    /* No word boundaries: any substring of Chinese or Japanese text */
    { "北朝鲜外交部长表示", "外交部", TRUE },
    { "ウクライナ空軍によると", "空軍", TRUE },
    /* Hangul, whole syllables */
    { "북한 외무상은 말했다", "외무상", TRUE },
    { "서울", "부산", FALSE },
    /* Cyrillic and Latin as before */
    { "ЗЕЛЕНСЬКИЙ", "зеленський", TRUE },
    { "Ａｐｐｌｅ", "APPLE", TRUE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *query = briefing_text_search_fold (cases[i].query);

      if (briefing_text_search_contains (cases[i].text, query) != cases[i].found)
        g_error ("“%s” %s “%s”", cases[i].text,
                 cases[i].found ? "should contain" : "should not contain", cases[i].query);
    }
}

/* Apostrophes and quotes as typed find them as edited text has them, and the
 * other way round; words in any order; "phrases" whole. */
static void
test_terms (void)
{
  static const struct { const char *text, *query; gboolean found; } cases[] = {
    { "depend on Ukraine’s ability to mobilize", "Ukraine's ability", TRUE },
    { "depend on Ukraine's ability to mobilize", "Ukraine’s ability", TRUE },
    { "depend on Ukraineʼs ability", "ukraine's", TRUE },
    { "he called it “decisive”", "\"decisive\"", TRUE },
    { "he called it “decisive”", "called “decisive", TRUE },
    { "2024–2025 season", "2024-2025", TRUE },
    { "Zelenskyy urges allies to act", "allies Zelenskyy", TRUE },
    { "Zelenskyy urges allies to act", "  allies   zelenskyy  ", TRUE },
    { "Zelenskyy urges allies to act", "allies Zelenskyy Putin", FALSE },
    { "Zelenskyy urges allies to act", "\"urges allies\"", TRUE },
    { "Zelenskyy urges allies to act", "\"allies urges\"", FALSE },
    { "Zelenskyy urges allies to act", "zelenskyy \"allies to", TRUE },   /* a quote still open */
    { "Zelenskyy urges allies to act", "\"\" act", TRUE },                /* empty quotes are no term */
    { "ＢＢＣ　ニュース", "ニュース bbc", TRUE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *query = briefing_text_search_fold (cases[i].query);

      if (briefing_text_search_contains (cases[i].text, query) != cases[i].found)
        g_error ("“%s” %s “%s”", cases[i].text,
                 cases[i].found ? "should match" : "should not match", cases[i].query);
    }
}

/* Whether a new query can only show less than the one before. */
static void
test_narrows (void)
{
  static const struct { const char *query, *previous; gboolean narrows; } cases[] = {
    { "allies", "", TRUE },
    { "allies", "all", TRUE },
    { "allies z", "allies", TRUE },
    { "allies zel", "allies z", TRUE },
    { "z allies", "allies", TRUE },
    { "\"allies", "allies", TRUE },
    { "\"urges allies\"", "\"urges", TRUE },
    { "allies", "allies z", FALSE },
    { "urges allies", "\"urges allies\"", FALSE },
    { "all", "allies", FALSE },
    { "", "allies", FALSE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *query = briefing_text_search_fold (cases[i].query);
      g_autofree char *previous = briefing_text_search_fold (cases[i].previous);

      if (briefing_text_search_narrows (query, previous) != cases[i].narrows)
        g_error ("“%s” after “%s” %s", cases[i].query, cases[i].previous,
                 cases[i].narrows ? "should narrow" : "should not narrow");
    }
}

static void
test_contains (void)
{
  g_autofree char *kyiv = briefing_text_search_fold ("KYÍV");
  g_autofree char *empty = briefing_text_search_fold ("");

  g_assert_true (briefing_text_search_contains ("according to Kyiv’s air force", kyiv));
  g_assert_true (briefing_text_search_contains ("Київ / kyiv", kyiv));
  g_assert_false (briefing_text_search_contains ("Kharkiv", kyiv));
  g_assert_false (briefing_text_search_contains (NULL, kyiv));
  g_assert_false (briefing_text_search_contains ("", kyiv));
  g_assert_true (briefing_text_search_contains ("anything", empty));
  g_assert_true (briefing_text_search_contains (NULL, empty));
}

/* Checks the ranges found and that each covers the expected original text. */
static void
assert_ranges (const char  *text,
               const char  *query,
               const char **expected)
{
  g_autoptr(GArray) ranges = briefing_text_search_find (text, query);
  guint n_expected = expected != NULL ? g_strv_length ((char **) expected) : 0;

  g_assert_cmpuint (ranges->len, ==, n_expected);
  for (guint i = 0; i < ranges->len; i++)
    {
      BriefingTextRange *range = &g_array_index (ranges, BriefingTextRange, i);
      g_autofree char *matched = NULL;

      g_assert_cmpuint (range->start, <, range->end);
      g_assert_cmpuint (range->end, <=, strlen (text));
      g_assert_true (g_utf8_validate (text + range->start, range->end - range->start, NULL));
      if (i > 0)
        g_assert_cmpuint (range->start, >=, g_array_index (ranges, BriefingTextRange, i - 1).end);
      matched = g_strndup (text + range->start, range->end - range->start);
      g_assert_cmpstr (matched, ==, expected[i]);
    }
}

static void
test_find (void)
{
  assert_ranges ("Kyiv’s air force said Kyiv", "kyiv",
                 (const char *[]) { "Kyiv", "Kyiv", NULL });
  assert_ranges ("Un café à Paris, CAFÉ", "cafe",
                 (const char *[]) { "café", "CAFÉ", NULL });
  /* Combining marks after the match belong to it. */
  assert_ranges ("cafe\xcc\x81 noir", "cafe",
                 (const char *[]) { "cafe\xcc\x81", NULL });
  assert_ranges ("cafe\xcc\x81 noir", "café",
                 (const char *[]) { "cafe\xcc\x81", NULL });
  /* A query accent is ignored too. */
  assert_ranges ("Zelenskyy said", "ZÉLENSKYY",
                 (const char *[]) { "Zelenskyy", NULL });
  /* Folding that changes length: the whole character is highlighted. */
  assert_ranges ("Die Straße", "strass",
                 (const char *[]) { "Straß", NULL });
  assert_ranges ("Die Straße", "s",
                 (const char *[]) { "S", "ß", NULL });
  assert_ranges ("Київ", "киiв", NULL);
  assert_ranges ("Київ", "київ",
                 (const char *[]) { "Київ", NULL });
  /* Matches do not overlap. */
  assert_ranges ("aaaa", "aa",
                 (const char *[]) { "aa", "aa", NULL });
  /* Arabic: the tatweel and harakat inside and after a match belong to it. */
  assert_ranges ("قالت الخارجيـــةُ اليوم", "الخارجية",
                 (const char *[]) { "الخارجيـــةُ", NULL });
  /* Half-width katakana: the whole characters as written. */
  assert_ranges ("ｶﾞｽ代", "ガス",
                 (const char *[]) { "ｶﾞｽ", NULL });
  /* Chinese and Japanese: matches inside a run without spaces. */
  assert_ranges ("外交部长说外交部", "外交部",
                 (const char *[]) { "外交部", "外交部", NULL });
  /* Each word, wherever it is; overlapping matches of two words are one range. */
  assert_ranges ("Zelenskyy urges allies", "allies zelenskyy",
                 (const char *[]) { "Zelenskyy", "allies", NULL });
  assert_ranges ("Zelenskyy urges allies", "urges urg ges",
                 (const char *[]) { "urges", NULL });
  assert_ranges ("Zelenskyy urges allies to", "\"allies to\" z",
                 (const char *[]) { "Z", "allies to", NULL });
  /* The curly apostrophe as written, for the straight one typed */
  assert_ranges ("Ukraine’s ability", "ukraine's",
                 (const char *[]) { "Ukraine’s", NULL });
  assert_ranges ("drones", "", NULL);
  assert_ranges ("drones", NULL, NULL);
  assert_ranges ("", "drones", NULL);
  assert_ranges ("31 of 48 drones", "missiles", NULL);
}

/* The ids of the events of @index's report that match @query, joined by spaces. */
static char *
matching_ids (BriefingSearchIndex *index,
              GListModel          *events,
              const char          *query)
{
  g_autofree char *folded = briefing_text_search_fold (query);
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (events, i);

      if (briefing_search_index_matches (index, event, folded))
        g_string_append_printf (ids, "%s%s", ids->len > 0 ? " " : "", briefing_event_get_id (event));
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static void
test_search_index (void)
{
  static const struct { const char *query, *ids; } cases[] = {
    { "troops", "north-korean-troops-deployed us-warns-troops-combat zelenskyy-urges-allies" },
    { "KHARKIV", "kharkiv-police-facility-strike kharkiv-s400-confirmed" },
    { "Zélenskyy", "zelenskyy-urges-allies" },              /* accents and case */
    { "\"according to\"", "explosives-shortage-hampers-shells us-aid-425m" },  /* attributions */
    { "allies Zelenskyy", "zelenskyy-urges-allies" },        /* words in any order */
    { "\"allies Zelenskyy\"", "" },                           /* a phrase as written */
    { "overnight", "overnight-drone-missile-strike" },       /* time of day */
    { "\"soldiers near\"", "zelenskyy-urges-allies" },      /* a fact card's label */
    { "\"first thousands\"", "zelenskyy-urges-allies" },    /* a card's words as written */
    { "nothing-like-this", "" },
  };
  g_autoptr(BriefingReport) report = load_sample ();
  GListModel *events = briefing_report_get_events (report);

  /* Folded on demand, then by a worker: the same answers either way. */
  for (guint prepared = 0; prepared < 2; prepared++)
    {
      BriefingSearchIndex *index = briefing_search_index_new (events);

      if (prepared)
        briefing_search_index_prepare (index);
      for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
        {
          g_autofree char *ids = matching_ids (index, events, cases[i].query);

          g_assert_cmpstr (ids, ==, cases[i].ids);
        }
      /* No query matches everything. */
      {
        g_autoptr(BriefingEvent) event = g_list_model_get_item (events, 0);

        g_assert_true (briefing_search_index_matches (index, event, ""));
      }
      g_assert_cmpint (briefing_search_index_is_ready (index), ==, prepared);
      briefing_search_index_prepare (index);
      g_assert_finalize_object (index);
    }

  /* Dropped while its worker may still fold: it goes at once, the worker's
   * table when the worker is done (valgrind sees the rest). */
  {
    BriefingSearchIndex *index = briefing_search_index_new (events);

    briefing_search_index_prepare (index);
    g_assert_finalize_object (index);
  }
}

typedef struct
{
  gboolean   done;
  gboolean   found;
  GPtrArray *matching;
  GError    *error;
} Found;

static void
found_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  Found *found = user_data;

  found->found = briefing_search_index_find_finish (BRIEFING_SEARCH_INDEX (source), result,
                                                    &found->matching, &found->error);
  found->done = TRUE;
}

/* Looks @query up in a worker; the ids of the events of @source it finds. */
static char *
find_ids (BriefingSearchIndex *index,
          GListModel          *source,
          const char          *query)
{
  g_autofree char *folded = briefing_text_search_fold (query);
  g_autoptr(GString) ids = g_string_new (NULL);
  Found found = { 0 };

  briefing_search_index_find_async (index, folded, source, NULL, found_cb, &found);
  while (!found.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (found.error);
  g_assert_true (found.found);
  g_assert_nonnull (found.matching);
  for (guint i = 0; i < found.matching->len; i++)
    g_string_append_printf (ids, "%s%s", ids->len > 0 ? " " : "",
                            briefing_event_get_id (g_ptr_array_index (found.matching, i)));
  g_ptr_array_unref (found.matching);
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

/* Looked up in a worker: the same answers as one event at a time, whether
 * the index was folded yet or not, a query that narrows the last (looked
 * for only where that one was found), the same query again, and afterwards
 * briefing_search_index_matches() agrees; cancelled, it says so. */
static void
test_search_index_find_async (void)
{
  static const char *queries[] = {
    "allies", "allies z", "allies zelenskyy", "\"allies zelenskyy\"", "kharkiv", "kharkiv",
    "kharkiv s-400", "troops", "\"according to\"", "nothing-like-this", "drone",
  };
  g_autoptr(BriefingReport) report = load_sample ();
  GListModel *events = briefing_report_get_events (report);
  BriefingTopic *topic = find_topic (report, "north-korea-russia");
  GListModel *topic_events = briefing_report_get_topic_events (report, topic);

  for (guint prepared = 0; prepared < 2; prepared++)
    {
      g_autoptr(BriefingSearchIndex) index = briefing_search_index_new (events);
      g_autoptr(BriefingSearchIndex) at_once = briefing_search_index_new (events);

      if (prepared)
        briefing_search_index_prepare (index);
      for (gsize i = 0; i < G_N_ELEMENTS (queries); i++)
        {
          g_autofree char *ids = find_ids (index, events, queries[i]);
          g_autofree char *expected = matching_ids (at_once, events, queries[i]);
          g_autofree char *again = matching_ids (index, events, queries[i]);

          g_assert_cmpstr (ids, ==, expected);
          g_assert_cmpstr (again, ==, expected);
        }
      g_assert_true (briefing_search_index_is_ready (index));

      /* Of a topic's list: only its events. */
      {
        g_autofree char *ids = find_ids (index, topic_events, "troops");
        g_autofree char *expected = matching_ids (at_once, topic_events, "troops");

        g_assert_cmpstr (ids, !=, "");
        g_assert_cmpstr (ids, ==, expected);
      }
    }

  /* Cancelled before the worker is done: an error, and no answer. */
  {
    g_autoptr(BriefingSearchIndex) index = briefing_search_index_new (events);
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    Found found = { 0 };

    briefing_search_index_find_async (index, "troops", events, cancellable, found_cb, &found);
    g_cancellable_cancel (cancellable);
    while (!found.done)
      g_main_context_iteration (NULL, TRUE);
    g_assert_false (found.found);
    g_assert_error (found.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_assert_null (found.matching);
    g_clear_error (&found.error);
  }
}

/* A report of events of one day with @headlines, in their order. */
static BriefingReport *
report_of_headlines (const char *const *headlines,
                     guint              n)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"briefing\", \"version\": \"1.0\", "
                                          "\"title\": \"T\", \"topics\": [], \"events\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  BriefingReport *report;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"id\": \"e%u\", \"date\": \"2024-10-01\", "
                            "\"headline\": \"%s\", \"topics\": []}",
                            i > 0 ? ", " : "", i, headlines[i]);
  g_string_append (json, "]}");
  bytes = g_bytes_new (json->str, json->len);
  report = briefing_report_load_bytes (bytes, "test.briefing", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (briefing_report_get_events (report)), ==, n);
  return report;
}

/* Enough events for a look in parts, one thread each (FIND_IN_PARTS_FROM in
 * app/briefing-search-index.c): the same answers as one event at a time,
 * wherever the parts meet. Every event is a word apart from its
 * neighbours, so each part's first and last events count. */
static void
test_search_index_find_in_parts (void)
{
  static const char *queries[] = {
    "every", "seventh", "eleventh", "seventh eleventh", "\"event 23999\"", "event 0 ",
    "\"number 1\"", "missing",
  };
  const guint n_events = 24000;
  g_autoptr(GPtrArray) headlines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(BriefingReport) report = NULL;
  g_autoptr(BriefingSearchIndex) index = NULL;
  g_autoptr(BriefingSearchIndex) at_once = NULL;
  GListModel *events;

  for (guint i = 0; i < n_events; i++)
    g_ptr_array_add (headlines, g_strdup_printf ("Every event %u%s%s, number %u", i,
                                                 i % 7 == 0 ? " seventh" : "",
                                                 i % 11 == 0 ? " eleventh" : "", i % 3));
  report = report_of_headlines ((const char *const *) headlines->pdata, n_events);
  events = briefing_report_get_events (report);
  index = briefing_search_index_new (events);
  at_once = briefing_search_index_new (events);

  for (gsize i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autofree char *ids = find_ids (index, events, queries[i]);
      g_autofree char *expected = matching_ids (at_once, events, queries[i]);

      g_assert_cmpstr (ids, ==, expected);
    }
  /* Counted, not only compared: */
  {
    g_autofree char *folded = briefing_text_search_fold ("seventh eleventh");
    guint n = 0;

    for (guint i = 0; i < n_events; i++)
      {
        g_autoptr(BriefingEvent) event = g_list_model_get_item (events, i);

        n += briefing_search_index_matches (index, event, folded);
      }
    g_assert_cmpuint (n, ==, (n_events + 76) / 77);
  }
}

/* The index folds runs of ASCII a run at a time and every other character
 * on its own: the same answers as folding each text whole, wherever the
 * other characters fall (first, last, between ASCII, several bytes long,
 * folding to several characters or to none). */
static void
test_search_index_folds_as_whole (void)
{
  static const char *headlines[] = {
    "\xc3\x89lys\xc3\xa9" "e statement",             /* Élysée: first and inside */
    "Stra\xc3\x9f" "e closed",                      /* ß folds to "ss" */
    "\xc4\xb0stanbul talks",                        /* İ folds to "i" + a mark */
    "Quoted \xe2\x80\x9c" "ceasefire\xe2\x80\x9d",/* typographic quotes */
    "It\xe2\x80\x99s over",                        /* a typographic apostrophe */
    "\xd0\x9a\xd0\xb8\xd1\x97\xd0\xb2 reopens", /* Київ */
    "Sirens \xf0\x9f\x9a\xa8 at night",            /* four bytes */
    "Cafe\xcc\x81" " owners",                          /* a combining mark after ASCII */
    "PLAIN ascii only",
  };
  static const char *queries[] = {
    "elysee", "\xc3\xa9lys\xc3\xa9" "e statement", "strasse", "istanbul", "\"ceasefire\"",
    "it's", "\xd0\xba\xd0\xb8\xd1\x97\xd0\xb2", "\xf0\x9f\x9a\xa8", "cafe owners",
    "ascii", "PLAIN", "nigh", "over",
  };
  g_autoptr(BriefingReport) report = report_of_headlines (headlines, G_N_ELEMENTS (headlines));
  g_autoptr(BriefingSearchIndex) index = NULL;
  GListModel *events;

  events = briefing_report_get_events (report);
  index = briefing_search_index_new (events);
  briefing_search_index_prepare (index);

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autofree char *folded = briefing_text_search_fold (queries[q]);
      guint n_found = 0;

      for (guint i = 0; i < g_list_model_get_n_items (events); i++)
        {
          g_autoptr(BriefingEvent) event = g_list_model_get_item (events, i);
          gboolean whole = briefing_text_search_contains (briefing_event_get_headline (event), folded);

          /* The date's text is in the haystack too; no query here is in one. */
          g_assert_cmpint (briefing_search_index_matches (index, event, folded), ==, whole);
          n_found += whole;
        }
      g_assert_cmpuint (n_found, >, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text-search/fold", test_fold);
  g_test_add_func ("/text-search/index-find-async", test_search_index_find_async);
  g_test_add_func ("/text-search/index-find-in-parts", test_search_index_find_in_parts);
  g_test_add_func ("/text-search/terms", test_terms);
  g_test_add_func ("/text-search/narrows", test_narrows);
  g_test_add_func ("/text-search/fold-scripts", test_fold_scripts);
  g_test_add_func ("/text-search/contains", test_contains);
  g_test_add_func ("/text-search/find", test_find);
  g_test_add_func ("/text-search/index", test_search_index);
  g_test_add_func ("/text-search/index-folds-as-whole", test_search_index_folds_as_whole);

  return g_test_run ();
}
