/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "briefing-loader.h"
#include "test-sample.h"

/* The index must hold exactly what a scan of the whole report would find, in
 * the timeline's order. */
static void
test_topic_index (void)
{
  g_autoptr(BriefingReport) report = load_sample ();
  GListModel *topics = briefing_report_get_topics (report);
  GListModel *events = briefing_report_get_events (report);
  guint total_marked = 0;

  for (guint t = 0; t < g_list_model_get_n_items (topics); t++)
    {
      g_autoptr(BriefingTopic) topic = g_list_model_get_item (topics, t);
      GListModel *topic_events = briefing_report_get_topic_events (report, topic);
      GListModel *topic_turns = briefing_report_get_topic_turns (report, topic);
      guint found = 0, n_turns = 0;

      g_assert_true (g_list_model_get_item_type (topic_events) == BRIEFING_TYPE_EVENT);
      for (guint e = 0; e < g_list_model_get_n_items (events); e++)
        {
          g_autoptr(BriefingEvent) event = g_list_model_get_item (events, e);

          if (briefing_event_has_topic (event, topic))
            {
              g_autoptr(BriefingEvent) indexed = g_list_model_get_item (topic_events, found++);

              g_assert_true (indexed == event);
            }
        }
      g_assert_cmpuint (found, ==, g_list_model_get_n_items (topic_events));
      g_assert_cmpuint (found, ==, briefing_topic_get_n_events (topic));
      g_assert_null (g_list_model_get_item (topic_events, found));

      for (guint i = 0; i < g_list_model_get_n_items (briefing_report_get_interviews (report)); i++)
        {
          g_autoptr(BriefingInterview) interview = g_list_model_get_item (briefing_report_get_interviews (report), i);
          GListModel *turns = briefing_interview_get_turns (interview);

          for (guint k = 0; k < g_list_model_get_n_items (turns); k++)
            {
              g_autoptr(BriefingTurn) turn = g_list_model_get_item (turns, k);

              n_turns += briefing_turn_has_topic (turn, topic);
            }
        }
      g_assert_cmpuint (n_turns, ==, g_list_model_get_n_items (topic_turns));
      g_assert_cmpuint (n_turns, ==, briefing_topic_get_n_turns (topic));
      total_marked += n_turns;
    }
  g_assert_cmpuint (total_marked, >, 0);
}

static void
test_entity_index (void)
{
  g_autoptr(BriefingReport) report = load_sample ();
  GListModel *entities = briefing_report_get_entities (report);
  GListModel *events = briefing_report_get_events (report);

  for (guint n = 0; n < g_list_model_get_n_items (entities); n++)
    {
      g_autoptr(BriefingEntity) entity = g_list_model_get_item (entities, n);
      GListModel *entity_events = briefing_report_get_entity_events (report, entity);
      guint found = 0;

      for (guint e = 0; e < g_list_model_get_n_items (events); e++)
        {
          g_autoptr(BriefingEvent) event = g_list_model_get_item (events, e);

          if (briefing_event_involves (event, entity))
            {
              g_autoptr(BriefingEvent) indexed = g_list_model_get_item (entity_events, found++);

              g_assert_true (indexed == event);
            }
        }
      g_assert_cmpuint (found, ==, g_list_model_get_n_items (entity_events));
      g_assert_cmpuint (found, ==, briefing_entity_get_n_events (entity));
      g_assert_cmpuint (g_list_model_get_n_items (briefing_report_get_entity_turns (report, entity)), ==,
                        briefing_entity_get_n_turns (entity));
    }
}

static void
test_references_resolved (void)
{
  g_autoptr(BriefingReport) report = load_sample ();
  g_autoptr(BriefingInterview) interview = g_list_model_get_item (briefing_report_get_interviews (report), 0);
  GListModel *turns = briefing_interview_get_turns (interview);
  guint n_event_links = 0;

  for (guint k = 0; k < g_list_model_get_n_items (turns); k++)
    {
      g_autoptr(BriefingTurn) turn = g_list_model_get_item (turns, k);
      GPtrArray *linked = briefing_turn_get_events (turn);

      for (guint e = 0; e < linked->len; e++)
        g_assert_true (BRIEFING_IS_EVENT (g_ptr_array_index (linked, e)));
      n_event_links += linked->len;
      g_assert_true (briefing_turn_involves (turn, briefing_turn_get_speaker (turn)));
    }
  g_assert_cmpuint (n_event_links, >, 0);
}

static void
test_properties (void)
{
  g_autoptr(BriefingReport) report = load_sample ();
  g_autoptr(BriefingEvent) event = g_list_model_get_item (briefing_report_get_events (report), 0);
  g_autoptr(GListModel) events = NULL;
  g_autofree char *title = NULL, *headline = NULL;
  BriefingDate *date = NULL;

  g_object_get (report, "title", &title, "events", &events, NULL);
  g_assert_cmpstr (title, ==, briefing_report_get_title (report));
  g_assert_true (events == briefing_report_get_events (report));
  g_object_get (event, "headline", &headline, "date", &date, NULL);
  g_assert_cmpstr (headline, ==, briefing_event_get_headline (event));
  g_assert_cmpint (briefing_date_compare (date, briefing_event_get_date (event)), ==, 0);
  briefing_date_free (date);
}

static void
test_finalize (void)
{
  BriefingReport *report = load_sample ();
  BriefingTopic *topic = g_list_model_get_item (briefing_report_get_topics (report), 0);

  g_object_unref (topic);
  g_assert_finalize_object (report);
}

/* The timeline's date headings: one per run of events dated alike. */
static void
test_same_date_group (void)
{
  g_autoptr(BriefingReport) report = load_sample ();
  /* 2024-11-01 */
  BriefingEvent *choe = find_event (report, "choe-pledges-support");
  BriefingEvent *aid = find_event (report, "us-aid-425m");
  /* 2024-10-XX/2024-11-01 */
  BriefingEvent *troops = find_event (report, "north-korean-troops-deployed");
  BriefingEvent *shells = find_event (report, "ukraine-produces-155mm-shells");
  /* 2024-10-31/2024-11-01 and 2024-10-21/2024-10-31 */
  BriefingEvent *overnight = find_event (report, "overnight-drone-missile-strike");
  BriefingEvent *convent = find_event (report, "kursk-convent-drone-attack");
  BriefingEvent *victims = find_event (report, "kursk-convent-victims-evacuating");

  g_assert_true (briefing_event_same_date_group (choe, choe));
  g_assert_true (briefing_event_same_date_group (choe, aid));
  g_assert_true (briefing_event_same_date_group (troops, shells));
  g_assert_true (briefing_event_same_date_group (convent, victims));
  /* Ending on the same day is not enough: the days covered differ. */
  g_assert_false (briefing_event_same_date_group (choe, troops));
  g_assert_false (briefing_event_same_date_group (choe, overnight));
  g_assert_false (briefing_event_same_date_group (overnight, troops));
  g_assert_false (briefing_event_same_date_group (overnight, convent));
  /* Symmetric */
  g_assert_false (briefing_event_same_date_group (troops, choe));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/topic-index", test_topic_index);
  g_test_add_func ("/report/entity-index", test_entity_index);
  g_test_add_func ("/report/references", test_references_resolved);
  g_test_add_func ("/report/properties", test_properties);
  g_test_add_func ("/report/finalize", test_finalize);
  g_test_add_func ("/report/same-date-group", test_same_date_group);

  return g_test_run ();
}
