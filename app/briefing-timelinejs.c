/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "briefing-html-text.h"
#include "briefing-json-reader.h"
#include "briefing-timeline.h"
#include "briefing-timelinejs.h"
#include "briefing-uri.h"

/*
 * TimelineJS 3's JSON (https://timeline.knightlab.com/docs/json-format.html):
 *
 *   { "title": SLIDE, "events": [SLIDE…], "eras": [ERA…], "scale": "human" }
 *   SLIDE: { "start_date": DATE, "end_date": DATE, "text": { "headline", "text" },
 *            "media": { "url", "caption", "credit", … }, "group", "display_date",
 *            "background", "autolink", "unique_id" }
 *   DATE:  { "year", "month", "day", "hour", "minute", "second", "millisecond",
 *            "display_date" }, each part a number or a string of one
 *
 * Texts are HTML and become plain text; problems carry the JSON pointer of the
 * value at fault, as the native loader's do, and the loader finds their lines.
 * TimelineJS is lenient where Briefing's own format is not: null and "" stand
 * for a member left out, and members it does not know are ignored.
 */

/* A member's node, or NULL when it is missing, null or an empty string. */
static JsonNode *
get_given (JsonObject *object,
           const char *member)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *text;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  text = briefing_json_reader_peek_node_string (node);
  if (text != NULL && text[0] == '\0')
    return NULL;
  return node;
}

/* The raw string of @member; a number is taken as its digits. */
static char *
read_raw_string (BriefingJsonReader *reader,
                 JsonObject         *object,
                 const char         *member)
{
  JsonNode *node = get_given (object, member);
  gint64 integer;

  if (node == NULL)
    return NULL;
  if (briefing_json_reader_peek_int (node, &integer))
    return g_strdup_printf ("%" G_GINT64_FORMAT, integer);
  return briefing_json_reader_read_string (reader, node, member, BRIEFING_JSON_OPTIONAL);
}

/* The plain text of the HTML in @member. */
static char *
read_text (BriefingJsonReader *reader,
           JsonObject         *object,
           const char         *member)
{
  g_autofree char *html = read_raw_string (reader, object, member);

  return html != NULL ? briefing_html_to_text (html) : NULL;
}

static JsonObject *
read_given_object (BriefingJsonReader *reader,
                   JsonObject         *object,
                   const char         *member)
{
  JsonNode *node = get_given (object, member);

  return node != NULL ? briefing_json_reader_read_object (reader, node, member) : NULL;
}

static gboolean
read_part (BriefingJsonReader   *reader,
           JsonObject           *object,
           BriefingTimelinePart  part,
           BriefingTimelineDate *date)
{
  const char *member = briefing_timeline_part_name (part);
  JsonNode *node = get_given (object, member);
  char number[G_ASCII_DTOSTR_BUF_SIZE];
  const char *text;
  double value;

  date->has[part] = FALSE;
  if (node == NULL)
    return TRUE;
  if (briefing_json_reader_peek_int (node, &date->value[part]))
    ;
  else if (briefing_json_reader_peek_double (node, &value))
    {
      if (value != floor (value) || fabs (value) > 1e15)
        {
          briefing_json_reader_add_problem (reader, BRIEFING_LOAD_ERROR_INVALID_VALUE, member,
                       _("expected a whole number, found %s"),
                       g_ascii_formatd (number, sizeof number, "%g", value));
          return FALSE;
        }
      date->value[part] = (gint64) value;
    }
  else if ((text = briefing_json_reader_peek_node_string (node)) != NULL)
    {
      if (!briefing_timeline_parse_number (text, &date->value[part]))
        {
          briefing_json_reader_add_problem (reader, BRIEFING_LOAD_ERROR_INVALID_VALUE, member,
                       _("“%s” is not a whole number"), text);
          return FALSE;
        }
    }
  else
    {
      briefing_json_reader_add_problem (reader, BRIEFING_LOAD_ERROR_WRONG_TYPE, member,
                   _("expected a number, found %s"), briefing_json_reader_describe_node (node));
      return FALSE;
    }
  date->has[part] = TRUE;
  return TRUE;
}

/* Reads the date object @member of @slide; @display (optional) gets its
 * display_date. */
static gboolean
read_date (BriefingJsonReader   *reader,
           JsonObject           *slide,
           const char           *member,
           BriefingTimelineDate *date,
           char                **display)
{
  JsonObject *object;
  gboolean ok = TRUE;
  BriefingTimelinePart bad_part;
  g_autofree char *reason = NULL;

  object = read_given_object (reader, slide, member);
  if (object == NULL)
    return FALSE;

  briefing_json_reader_push_member (reader, member);
  for (guint part = 0; part < BRIEFING_TIMELINE_N_PARTS; part++)
    ok &= read_part (reader, object, part, date);
  if (!date->has[BRIEFING_TIMELINE_YEAR] && get_given (object, "year") == NULL)
    {
      briefing_json_reader_add_problem (reader, BRIEFING_LOAD_ERROR_MISSING_MEMBER, NULL,
                   _("the required member “%s” is missing"), "year");
      ok = FALSE;
    }
  if (ok && !briefing_timeline_date_check (date, &bad_part, &reason))
    {
      briefing_json_reader_add_problem (reader, BRIEFING_LOAD_ERROR_INVALID_DATE,
                   briefing_timeline_part_name (bad_part), "%s", reason);
      ok = FALSE;
    }
  if (display != NULL)
    *display = read_text (reader, object, "display_date");
  briefing_json_reader_pop (reader);
  return ok;
}

/* Reads start_date and end_date into @edtf (an interval when there is an
 * end); problems at their places. */
static gboolean
read_span (BriefingJsonReader    *reader,
           JsonObject            *object,
           gboolean               needs_end,
           BriefingTimelineSlide *slide)
{
  BriefingTimelineDate start = { 0 }, end = { 0 };
  g_autofree char *start_display = NULL, *end_display = NULL;
  gboolean has_start, has_end = FALSE, end_given;

  if (get_given (object, "start_date") == NULL)
    {
      briefing_json_reader_add_problem (reader, BRIEFING_LOAD_ERROR_MISSING_MEMBER, NULL,
                   _("the required member “%s” is missing"), "start_date");
      has_start = FALSE;
    }
  else
    has_start = read_date (reader, object, "start_date", &start, &start_display);
  end_given = get_given (object, "end_date") != NULL;
  if (end_given)
    has_end = read_date (reader, object, "end_date", &end, &end_display);
  else if (needs_end)
    briefing_json_reader_add_problem (reader, BRIEFING_LOAD_ERROR_MISSING_MEMBER, NULL,
                 _("the required member “%s” is missing"), "end_date");
  if (!has_start || (end_given && !has_end) || (needs_end && !end_given))
    return FALSE;

  if (!briefing_timeline_slide_set_span (slide, &start, has_end ? &end : NULL))
    {
      briefing_json_reader_add_problem (reader, BRIEFING_LOAD_ERROR_INVALID_DATE, "end_date",
                   _("the end date is before the start date"));
      return FALSE;
    }
  if (start_display != NULL && end_display != NULL)
    slide->date_text = g_strdup_printf (C_("date", "%s – %s"), start_display, end_display);
  else
    slide->date_text = g_steal_pointer (&start_display);
  return TRUE;
}

/* A slide's texts and media; @slide gets them. */
static void
read_contents (BriefingJsonReader    *reader,
               JsonObject            *object,
               BriefingTimelineSlide *slide)
{
  JsonObject *text = read_given_object (reader, object, "text");
  JsonObject *media = read_given_object (reader, object, "media");
  g_autofree char *display = read_text (reader, object, "display_date");

  if (text != NULL)
    {
      briefing_json_reader_push_member (reader, "text");
      slide->headline = read_text (reader, text, "headline");
      slide->body = read_text (reader, text, "text");
      briefing_json_reader_pop (reader);
    }
  if (media != NULL)
    {
      g_autofree char *url = NULL;

      briefing_json_reader_push_member (reader, "media");
      url = read_raw_string (reader, media, "url");
      slide->media_caption = read_text (reader, media, "caption");
      slide->media_credit = read_text (reader, media, "credit");
      briefing_json_reader_pop (reader);
      /* Shown as an address, never fetched; an embed's HTML is dropped. */
      if (url != NULL && briefing_uri_is_web (g_strstrip (url)))
        slide->media_url = g_steal_pointer (&url);
    }
  if (display != NULL)
    {
      g_free (slide->date_text);
      slide->date_text = g_steal_pointer (&display);
    }
  slide->group = read_text (reader, object, "group");
  slide->unique_id = read_raw_string (reader, object, "unique_id");
}

struct _BriefingTimelineJs
{
  BriefingJsonReader       reader;
  BriefingTimelineBuilder *builder;
  gboolean                 streamed;  /* events came through add_event() */
  BriefingCancelCheck     *check;     /* the load's, or NULL */
};

/* The event at /events/@index. */
static void
read_event (BriefingTimelineJs *self,
            guint               index,
            JsonNode           *node)
{
  BriefingTimelineSlide slide = { .index = index, .start_second = -1 };
  JsonObject *object;

  g_string_printf (self->reader.path, "/events/%u", index);
  object = briefing_json_reader_read_object (&self->reader, node, NULL);
  if (object != NULL)
    {
      gboolean ok = read_span (&self->reader, object, FALSE, &slide);

      read_contents (&self->reader, object, &slide);
      if (ok)
        briefing_timeline_builder_add_slide (self->builder, &slide);
    }
  briefing_timeline_slide_clear (&slide);
  g_string_truncate (self->reader.path, 0);
}

static void
read_eras (BriefingJsonReader      *reader,
           JsonArray               *eras,
           BriefingTimelineBuilder *builder)
{
  briefing_json_reader_push_member (reader, "eras");
  for (guint i = 0; i < json_array_get_length (eras); i++)
    {
      BriefingTimelineSlide slide = { .index = i, .start_second = -1 };
      JsonObject *object;

      briefing_json_reader_push_index (reader, i);
      object = briefing_json_reader_read_object (reader, json_array_get_element (eras, i), NULL);
      if (object != NULL && read_span (reader, object, TRUE, &slide))
        {
          read_contents (reader, object, &slide);
          briefing_timeline_builder_add_era (builder, slide.edtf, g_steal_pointer (&slide.headline),
                                             g_steal_pointer (&slide.body));
        }
      briefing_timeline_slide_clear (&slide);
      briefing_json_reader_pop (reader);
    }
  briefing_json_reader_pop (reader);
}

/**
 * briefing_timelinejs_may_be:
 *
 * Before parsing: whether the document may be a TimelineJS timeline, which
 * has a "title" slide or "events" and is then parsed whole.
 */
gboolean
briefing_timelinejs_may_be (const BriefingJsonShape *shape)
{
  for (guint i = 0; shape->root_is_object && i < shape->top_containers->len; i++)
    {
      const char *name = g_ptr_array_index (shape->top_containers, i);

      if (g_str_equal (name, "title") || g_str_equal (name, "events"))
        return TRUE;
    }
  return FALSE;
}

/**
 * briefing_timelinejs_is_timeline:
 *
 * Returns: whether @root is shaped as a TimelineJS timeline: no "format" of a
 *   Briefing report, and a "title" slide or an "events" array of objects with
 *   a "start_date"
 */
gboolean
briefing_timelinejs_is_timeline (JsonNode *root)
{
  JsonObject *object;
  JsonNode *title, *events;
  JsonArray *list;

  object = briefing_json_reader_peek_object (root);
  if (object == NULL || json_object_has_member (object, "format"))
    return FALSE;
  title = json_object_get_member (object, "title");
  if (title != NULL && JSON_NODE_HOLDS_OBJECT (title))
    return TRUE;
  events = json_object_get_member (object, "events");
  list = events != NULL ? briefing_json_reader_peek_array (events) : NULL;
  if (list == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonObject *event = briefing_json_reader_peek_object (json_array_get_element (list, i));

      if (event != NULL && json_object_has_member (event, "start_date"))
        return TRUE;
    }
  return FALSE;
}

/**
 * briefing_timelinejs_has_title_slide:
 *
 * Before parsing: whether the document is surely a timeline rather than a
 * report, whose title is never an object; its events can then be read as
 * the parser finishes each (see briefing_timelinejs_add_event()).
 */
gboolean
briefing_timelinejs_has_title_slide (const BriefingJsonShape *shape)
{
  for (guint i = 0; shape->root_is_object && i < shape->top_containers->len; i++)
    if (g_str_equal (g_ptr_array_index (shape->top_containers, i), "title"))
      return TRUE;
  return FALSE;
}

BriefingTimelineJs *
briefing_timelinejs_new (const char *file_name)
{
  BriefingTimelineJs *self = g_new0 (BriefingTimelineJs, 1);

  briefing_json_reader_init (&self->reader);
  self->builder = briefing_timeline_builder_new (file_name);
  return self;
}

/**
 * briefing_timelinejs_set_check:
 * @check: (nullable): the load's, asked as the events are read, sorted and
 *   indexed; it must outlive the timeline's finishing
 */
void
briefing_timelinejs_set_check (BriefingTimelineJs  *self,
                               BriefingCancelCheck *check)
{
  self->check = check;
  briefing_timeline_builder_set_check (self->builder, check);
}

void
briefing_timelinejs_free (BriefingTimelineJs *self)
{
  if (self == NULL)
    return;
  briefing_json_reader_clear (&self->reader);
  briefing_timeline_builder_free (self->builder);
  g_free (self);
}

/**
 * briefing_timelinejs_add_event:
 * @index: its place in the root's "events"
 *
 * Reads one event as the parser finishes it; the caller may then drop @node.
 */
void
briefing_timelinejs_add_event (BriefingTimelineJs *self,
                               guint               index,
                               JsonNode           *node)
{
  self->streamed = TRUE;
  read_event (self, index, node);
}

/**
 * briefing_timelinejs_finish:
 * @root: a document briefing_timelinejs_is_timeline() accepts, or one with a
 *   title slide, less the events given to briefing_timelinejs_add_event()
 * @problems: (out) (transfer full): every problem, when there is one
 *
 * Returns: (transfer full) (nullable): the timeline as a report; %NULL
 *   with no problems when the load's check (briefing_timelinejs_set_check())
 *   was cancelled
 */
BriefingReport *
briefing_timelinejs_finish (BriefingTimelineJs  *self,
                            JsonNode            *root,
                            GPtrArray          **problems)
{
  BriefingJsonReader *reader = &self->reader;
  JsonObject *object, *title;
  JsonArray *events, *eras;

  g_return_val_if_fail (JSON_NODE_HOLDS_OBJECT (root), NULL);

  object = briefing_json_reader_peek_object (root);
  g_string_truncate (reader->path, 0);
  title = read_given_object (reader, object, "title");
  if (title != NULL)
    {
      BriefingTimelineSlide slide = { 0 };

      briefing_json_reader_push_member (reader, "title");
      read_contents (reader, title, &slide);
      briefing_json_reader_pop (reader);
      briefing_timeline_builder_set_title (self->builder, g_steal_pointer (&slide.headline),
                                           g_steal_pointer (&slide.body));
      briefing_timeline_slide_clear (&slide);
    }
  events = briefing_json_reader_take_array (reader, object, "events", title != NULL ? BRIEFING_JSON_OPTIONAL : BRIEFING_JSON_REQUIRED);
  for (guint i = 0; events != NULL && !self->streamed && i < json_array_get_length (events); i++)
    {
      read_event (self, i, json_array_get_element (events, i));
      if (briefing_cancel_check_item (self->check))
        {
          *problems = NULL;
          return NULL;
        }
    }
  eras = get_given (object, "eras") != NULL
       ? briefing_json_reader_take_array (reader, object, "eras", BRIEFING_JSON_OPTIONAL) : NULL;
  if (eras != NULL)
    read_eras (reader, eras, self->builder);

  if (reader->problems->len > 0)
    {
      *problems = g_ptr_array_ref (reader->problems);
      return NULL;
    }
  *problems = NULL;
  return briefing_timeline_builder_finish (self->builder);
}

/**
 * briefing_timelinejs_read:
 * @root: a document briefing_timelinejs_is_timeline() accepts
 * @file_name: the file's name, the report's source
 * @problems: (out) (transfer full): every problem, when there is one
 *
 * Returns: (transfer full) (nullable): the timeline as a report
 */
BriefingReport *
briefing_timelinejs_read (JsonNode    *root,
                          const char  *file_name,
                          GPtrArray  **problems)
{
  g_autoptr(BriefingTimelineJs) self = briefing_timelinejs_new (file_name);

  return briefing_timelinejs_finish (self, root, problems);
}
