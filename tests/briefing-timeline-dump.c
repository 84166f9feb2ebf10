/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-timeline-dump.h"

/* What a reader sees of a report read from a timeline, as text a test can
 * compare: every member the timeline readers set, in the model's order. */

static void
append_member (GString    *out,
               const char *indent,
               const char *name,
               const char *value)
{
  g_auto(GStrv) lines = NULL;

  if (value == NULL)
    return;
  lines = g_strsplit (value, "\n", -1);
  g_string_append_printf (out, "%s%s: %s\n", indent, name, lines[0]);
  for (guint i = 1; lines[i] != NULL; i++)
    g_string_append_printf (out, "%s  | %s\n", indent, lines[i]);
}

char *
briefing_timeline_dump (BriefingReport *report)
{
  GString *out = g_string_new (NULL);
  GListModel *list;

  append_member (out, "", "title", briefing_report_get_title (report));
  append_member (out, "", "summary", briefing_report_get_summary (report));
  append_member (out, "", "source", briefing_report_get_source_name (report));
  append_member (out, "", "version", briefing_report_get_version (report));

  list = briefing_report_get_eras (report);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(BriefingEra) era = g_list_model_get_item (list, i);
      g_autofree char *date = briefing_date_format (briefing_era_get_date (era));

      append_member (out, "", "era", briefing_era_get_title (era));
      append_member (out, "  ", "date", date);
      append_member (out, "  ", "description", briefing_era_get_description (era));
    }

  list = briefing_report_get_topics (report);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(BriefingTopic) topic = g_list_model_get_item (list, i);

      g_string_append_printf (out, "topic: %s (%s), %u events\n", briefing_topic_get_title (topic),
                              briefing_topic_get_id (topic), briefing_topic_get_n_events (topic));
    }

  list = briefing_report_get_events (report);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (list, i);
      g_autofree char *date = briefing_date_format (briefing_event_get_date (event));
      GPtrArray *topics = briefing_event_get_topics (event);
      BriefingAttribution *attribution = briefing_event_get_attribution (event);

      g_string_append_printf (out, "event %s\n", briefing_event_get_id (event));
      append_member (out, "  ", "date", date);
      append_member (out, "  ", "date as written", briefing_event_get_date_text (event));
      append_member (out, "  ", "time", briefing_event_get_time_of_day (event));
      append_member (out, "  ", "headline", briefing_event_get_headline (event));
      append_member (out, "  ", "body", briefing_event_get_body (event));
      for (guint t = 0; topics != NULL && t < topics->len; t++)
        append_member (out, "  ", "topic", briefing_topic_get_id (g_ptr_array_index (topics, t)));
      if (attribution != NULL)
        append_member (out, "  ", "attribution", attribution->text);
    }
  return g_string_free (out, FALSE);
}
