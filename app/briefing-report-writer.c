/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>

#include "briefing-calendar.h"
#include "briefing-report-writer.h"

/*
 * Writes a report as a native report file of format 1.1, every member the
 * model holds, in the order of the model (events in the timeline's order):
 * reading what it writes and writing it again gives the same text.
 */

static void
append_edtf_end (GString               *text,
                 gint64                 day_number,
                 BriefingDatePrecision  precision)
{
  gint64 year;
  guint month, day;

  briefing_calendar_civil (day_number, &year, &month, &day);
  if (year < -9999 || year > 9999)
    {
      g_string_append_printf (text, "Y%" G_GINT64_FORMAT, year);
      return;
    }
  switch (precision)
    {
    case BRIEFING_DATE_PRECISION_DECADE:
      g_string_append_printf (text, "%03" G_GINT64_FORMAT "X", year / 10);
      return;
    case BRIEFING_DATE_PRECISION_CENTURY:
      g_string_append_printf (text, "%02" G_GINT64_FORMAT "XX", year / 100);
      return;
    case BRIEFING_DATE_PRECISION_DAY:
    case BRIEFING_DATE_PRECISION_MONTH:
    case BRIEFING_DATE_PRECISION_YEAR:
    default:
      g_string_append_printf (text, "%s%04" G_GINT64_FORMAT, year < 0 ? "-" : "", ABS (year));
      if (precision == BRIEFING_DATE_PRECISION_MONTH || precision == BRIEFING_DATE_PRECISION_DAY)
        g_string_append_printf (text, "-%02u", month);
      if (precision == BRIEFING_DATE_PRECISION_DAY)
        g_string_append_printf (text, "-%02u", day);
    }
}

/**
 * briefing_date_to_edtf:
 *
 * Returns: (transfer full): @date in the report format's EDTF, covering the
 *   same days with the same precision and qualifiers ("2024-10-XX" is written
 *   "2024-10"; a qualifier of an interval is written on its start)
 */
char *
briefing_date_to_edtf (const BriefingDate *date)
{
  GString *text = g_string_new (NULL);
  gboolean approximate = date->flags & BRIEFING_DATE_APPROXIMATE;
  gboolean uncertain = date->flags & BRIEFING_DATE_UNCERTAIN;

  append_edtf_end (text, date->first_day, date->start_precision);
  if (approximate || uncertain)
    g_string_append_c (text, approximate && uncertain ? '%' : approximate ? '~' : '?');
  if (date->flags & BRIEFING_DATE_INTERVAL)
    {
      g_string_append_c (text, '/');
      append_edtf_end (text, date->last_day, date->end_precision);
    }
  return g_string_free (text, FALSE);
}

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

static void
add_date (JsonBuilder        *builder,
          const char         *member,
          const BriefingDate *date)
{
  g_autofree char *text = NULL;

  if (date == NULL)
    return;
  text = briefing_date_to_edtf (date);
  add_string (builder, member, text);
}

/* Whole numbers as integers, so 31 stays 31 and not 31.0. */
static void
add_number (JsonBuilder *builder,
            const char  *member,
            double       value)
{
  json_builder_set_member_name (builder, member);
  if (value == floor (value) && fabs (value) < 9007199254740992.0)
    json_builder_add_int_value (builder, (gint64) value);
  else
    json_builder_add_double_value (builder, value);
}

/* The ids of @objects (topics, entities or events), when there are any. */
static void
add_references (JsonBuilder *builder,
                const char  *member,
                GPtrArray   *objects)
{
  if (objects == NULL || objects->len == 0)
    return;
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < objects->len; i++)
    {
      GObject *object = g_ptr_array_index (objects, i);

      if (BRIEFING_IS_TOPIC (object))
        json_builder_add_string_value (builder, briefing_topic_get_id (BRIEFING_TOPIC (object)));
      else if (BRIEFING_IS_ENTITY (object))
        json_builder_add_string_value (builder, briefing_entity_get_id (BRIEFING_ENTITY (object)));
      else
        json_builder_add_string_value (builder, briefing_event_get_id (BRIEFING_EVENT (object)));
    }
  json_builder_end_array (builder);
}

static void
add_attribution (JsonBuilder         *builder,
                 BriefingAttribution *attribution)
{
  if (attribution == NULL)
    return;
  json_builder_set_member_name (builder, "attribution");
  json_builder_begin_object (builder);
  add_string (builder, "text", attribution->text);
  if (attribution->source != NULL)
    add_string (builder, "source", briefing_entity_get_id (attribution->source));
  json_builder_end_object (builder);
}

static void
write_topics (JsonBuilder *builder,
              GListModel  *topics)
{
  json_builder_set_member_name (builder, "topics");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(BriefingTopic) topic = g_list_model_get_item (topics, i);

      json_builder_begin_object (builder);
      add_string (builder, "id", briefing_topic_get_id (topic));
      add_string (builder, "title", briefing_topic_get_title (topic));
      add_string (builder, "description", briefing_topic_get_description (topic));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
write_entities (JsonBuilder *builder,
                GListModel  *entities)
{
  g_autoptr(GEnumClass) kinds = g_type_class_ref (BRIEFING_TYPE_ENTITY_KIND);

  if (g_list_model_get_n_items (entities) == 0)
    return;
  json_builder_set_member_name (builder, "entities");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(BriefingEntity) entity = g_list_model_get_item (entities, i);
      double latitude, longitude;

      json_builder_begin_object (builder);
      add_string (builder, "id", briefing_entity_get_id (entity));
      add_string (builder, "name", briefing_entity_get_name (entity));
      add_string (builder, "kind", g_enum_get_value (kinds, briefing_entity_get_kind (entity))->value_nick);
      add_string (builder, "role", briefing_entity_get_role (entity));
      add_string (builder, "description", briefing_entity_get_description (entity));
      if (briefing_entity_get_coordinates (entity, &latitude, &longitude))
        {
          json_builder_set_member_name (builder, "coordinates");
          json_builder_begin_object (builder);
          add_number (builder, "latitude", latitude);
          add_number (builder, "longitude", longitude);
          json_builder_end_object (builder);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
write_figures (JsonBuilder *builder,
               GPtrArray   *figures)
{
  if (figures == NULL || figures->len == 0)
    return;
  json_builder_set_member_name (builder, "figures");
  json_builder_begin_array (builder);
  for (guint i = 0; i < figures->len; i++)
    {
      BriefingFigure *figure = g_ptr_array_index (figures, i);

      json_builder_begin_object (builder);
      add_string (builder, "label", figure->label);
      add_number (builder, "value", figure->value);
      if (figure->has_total)
        add_number (builder, "of", figure->total);
      add_string (builder, "unit", figure->unit);
      if (figure->approximate)
        {
          json_builder_set_member_name (builder, "approximate");
          json_builder_add_boolean_value (builder, TRUE);
        }
      add_string (builder, "text", figure->text);
      add_attribution (builder, figure->attribution);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
write_quotes (JsonBuilder *builder,
              GPtrArray   *quotes)
{
  if (quotes == NULL || quotes->len == 0)
    return;
  json_builder_set_member_name (builder, "quotes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < quotes->len; i++)
    {
      BriefingQuote *quote = g_ptr_array_index (quotes, i);

      json_builder_begin_object (builder);
      add_string (builder, "speaker", briefing_entity_get_id (quote->speaker));
      add_string (builder, "text", quote->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
write_events (JsonBuilder *builder,
              GListModel  *events)
{
  json_builder_set_member_name (builder, "events");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (events, i);
      BriefingEntity *place = briefing_event_get_place (event);

      json_builder_begin_object (builder);
      add_string (builder, "id", briefing_event_get_id (event));
      add_date (builder, "date", briefing_event_get_date (event));
      add_string (builder, "date_text", briefing_event_get_date_text (event));
      add_string (builder, "time_of_day", briefing_event_get_time_of_day (event));
      if (place != NULL)
        add_string (builder, "place", briefing_entity_get_id (place));
      add_string (builder, "headline", briefing_event_get_headline (event));
      add_string (builder, "body", briefing_event_get_body (event));
      add_references (builder, "topics", briefing_event_get_topics (event));
      add_references (builder, "actors", briefing_event_get_actors (event));
      write_figures (builder, briefing_event_get_figures (event));
      write_quotes (builder, briefing_event_get_quotes (event));
      add_attribution (builder, briefing_event_get_attribution (event));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
write_interviews (JsonBuilder *builder,
                  GListModel  *interviews)
{
  g_autoptr(GEnumClass) roles = g_type_class_ref (BRIEFING_TYPE_PARTICIPANT_ROLE);

  if (g_list_model_get_n_items (interviews) == 0)
    return;
  json_builder_set_member_name (builder, "interviews");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (interviews); i++)
    {
      g_autoptr(BriefingInterview) interview = g_list_model_get_item (interviews, i);
      GListModel *turns = briefing_interview_get_turns (interview);

      json_builder_begin_object (builder);
      add_string (builder, "id", briefing_interview_get_id (interview));
      add_string (builder, "title", briefing_interview_get_title (interview));
      add_string (builder, "description", briefing_interview_get_description (interview));
      add_date (builder, "date", briefing_interview_get_date (interview));
      json_builder_set_member_name (builder, "participants");
      json_builder_begin_array (builder);
      for (guint p = 0; p < briefing_interview_get_n_participants (interview); p++)
        {
          const BriefingParticipant *participant = briefing_interview_get_participant (interview, p);

          json_builder_begin_object (builder);
          add_string (builder, "entity", briefing_entity_get_id (participant->entity));
          add_string (builder, "role", g_enum_get_value (roles, participant->role)->value_nick);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "turns");
      json_builder_begin_array (builder);
      for (guint t = 0; t < g_list_model_get_n_items (turns); t++)
        {
          g_autoptr(BriefingTurn) turn = g_list_model_get_item (turns, t);

          json_builder_begin_object (builder);
          add_string (builder, "speaker", briefing_entity_get_id (briefing_turn_get_speaker (turn)));
          add_string (builder, "text", briefing_turn_get_text (turn));
          add_references (builder, "topics", briefing_turn_get_topics (turn));
          add_references (builder, "entities", briefing_turn_get_entities (turn));
          add_references (builder, "events", briefing_turn_get_events (turn));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
write_eras (JsonBuilder *builder,
            GListModel  *eras)
{
  if (g_list_model_get_n_items (eras) == 0)
    return;
  json_builder_set_member_name (builder, "eras");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (eras); i++)
    {
      g_autoptr(BriefingEra) era = g_list_model_get_item (eras, i);

      json_builder_begin_object (builder);
      add_string (builder, "title", briefing_era_get_title (era));
      add_date (builder, "date", briefing_era_get_date (era));
      add_string (builder, "description", briefing_era_get_description (era));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/**
 * briefing_report_write_json:
 *
 * Returns: (transfer full): @report as the text of a native report file
 */
char *
briefing_report_write_json (BriefingReport *report)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  const char * const *authors;
  char *text, *with_newline;

  g_return_val_if_fail (BRIEFING_IS_REPORT (report), NULL);

  json_builder_begin_object (builder);
  add_string (builder, "format", "briefing");
  add_string (builder, "version", "1.1");
  add_string (builder, "title", briefing_report_get_title (report));
  add_string (builder, "subtitle", briefing_report_get_subtitle (report));
  add_string (builder, "language", briefing_report_get_language (report));
  add_date (builder, "published", briefing_report_get_published (report));
  if (briefing_report_get_source_name (report) != NULL)
    {
      json_builder_set_member_name (builder, "source");
      json_builder_begin_object (builder);
      add_string (builder, "name", briefing_report_get_source_name (report));
      add_string (builder, "url", briefing_report_get_source_url (report));
      json_builder_end_object (builder);
    }
  authors = briefing_report_get_authors (report);
  if (authors[0] != NULL)
    {
      json_builder_set_member_name (builder, "authors");
      json_builder_begin_array (builder);
      for (guint i = 0; authors[i] != NULL; i++)
        json_builder_add_string_value (builder, authors[i]);
      json_builder_end_array (builder);
    }
  add_string (builder, "summary", briefing_report_get_summary (report));
  write_eras (builder, briefing_report_get_eras (report));
  write_topics (builder, briefing_report_get_topics (report));
  write_entities (builder, briefing_report_get_entities (report));
  write_events (builder, briefing_report_get_events (report));
  write_interviews (builder, briefing_report_get_interviews (report));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);
  /* A text file ends with a line break. */
  with_newline = g_strconcat (text, "\n", NULL);
  g_free (text);
  return with_newline;
}
