/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "briefing-json-reader.h"

/* Reads values out of json-glib nodes for the builder: each reader checks the
 * type and the format's rules, and on a mistake records a problem at the JSON
 * pointer of the value (the reader's path, plus the member when given) and
 * returns nothing, so the builder can go on and find every problem.
 *
 * This file is the only place in app/ that calls json-glib's typed getters
 * (json_node_get_string() and kin), and only after checking the node's type:
 * on a value of another type they return NULL or 0, and the *_member() and
 * *_member_with_default() forms on JsonObject assert, which a report file
 * must never be able to trigger. tests/check-json-accessors.sh holds the
 * rest of app/ to that. */

void
briefing_json_reader_init (BriefingJsonReader *b)
{
  b->path = g_string_new (NULL);
  b->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_problem_free);
}

void
briefing_json_reader_clear (BriefingJsonReader *b)
{
  g_clear_pointer (&b->problems, g_ptr_array_unref);
  if (b->path != NULL)
    g_string_free (g_steal_pointer (&b->path), TRUE);
}

void
briefing_json_reader_add_problem (BriefingJsonReader *b,
                                  BriefingLoadError   code,
                                  const char         *member,
                                  const char         *format,
                                  ...)
{
  g_autofree char *message = NULL;
  gsize length = b->path->len;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (member != NULL)
    g_string_append_printf (b->path, "/%s", member);
  briefing_problems_add (b->problems, briefing_problem_new (code, b->path->str, message));
  g_string_truncate (b->path, length);
}

void
briefing_json_reader_push_index (BriefingJsonReader *b,
                                 guint               index)
{
  g_string_append_printf (b->path, "/%u", index);
}

void
briefing_json_reader_push_member (BriefingJsonReader *b,
                                  const char         *member)
{
  g_string_append_printf (b->path, "/%s", member);
}

void
briefing_json_reader_pop (BriefingJsonReader *b)
{
  char *slash = strrchr (b->path->str, '/');

  g_string_truncate (b->path, slash != NULL ? (gsize) (slash - b->path->str) : 0);
}

const char *
briefing_json_reader_describe_node (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT: return _("an object");
    case JSON_NODE_ARRAY: return _("an array");
    case JSON_NODE_NULL: return _("null");
    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING: return _("a string");
        case G_TYPE_BOOLEAN: return _("true or false");
        default: return _("a number");
        }
    }
}

/* A second look at a member that was read (and reported) before: its text if
 * it is a string, else NULL, recording nothing. */
const char *
briefing_json_reader_peek_string (JsonObject *object,
                                  const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* @node's object, or NULL if it holds anything else, recording nothing. */
JsonObject *
briefing_json_reader_peek_object (JsonNode *node)
{
  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/* @node's string, or NULL if it holds anything else, recording nothing. */
const char *
briefing_json_reader_peek_node_string (JsonNode *node)
{
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* Whether @node holds an integer (a JSON number written without a fraction
 * or exponent), stored in @value; records nothing. */
gboolean
briefing_json_reader_peek_int (JsonNode *node,
                               gint64   *value)
{
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;
  *value = json_node_get_int (node);
  return TRUE;
}

/* Whether @node holds a number with a fraction or an exponent, stored in
 * @value; records nothing. */
gboolean
briefing_json_reader_peek_double (JsonNode *node,
                                  double   *value)
{
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_DOUBLE)
    return FALSE;
  *value = json_node_get_double (node);
  return TRUE;
}

/* @node's array, or NULL if it holds anything else, recording nothing. */
JsonArray *
briefing_json_reader_peek_array (JsonNode *node)
{
  return JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

JsonNode *
briefing_json_reader_get_member (BriefingJsonReader *b,
                                 JsonObject         *object,
                                 const char         *name,
                                 BriefingJsonNeed    need)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL && (need & BRIEFING_JSON_REQUIRED))
    briefing_json_reader_add_problem (b, BRIEFING_LOAD_ERROR_MISSING_MEMBER, NULL,
                 _("the required member “%s” is missing"), name);
  return node;
}

static gboolean
holds_type (JsonNode *node,
            GType     type)
{
  GType held;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  held = json_node_get_value_type (node);
  if (type == G_TYPE_DOUBLE)
    return held == G_TYPE_DOUBLE || held == G_TYPE_INT64;
  return held == type;
}

/* A string from @node, checked; @member names it in problems (NULL: the path). */
char *
briefing_json_reader_read_string (BriefingJsonReader *b,
                                  JsonNode           *node,
                                  const char         *member,
                                  BriefingJsonNeed    need)
{
  const char *text;

  if (!holds_type (node, G_TYPE_STRING))
    {
      briefing_json_reader_add_problem (b, BRIEFING_LOAD_ERROR_WRONG_TYPE, member,
                   _("expected a string, found %s"), briefing_json_reader_describe_node (node));
      return NULL;
    }
  text = json_node_get_string (node);
  /* The guard has ruled this out; checked again so that nothing the parser
   * might let through can reach a label. */
  if (!g_utf8_validate (text, -1, NULL))
    {
      briefing_json_reader_add_problem (b, BRIEFING_LOAD_ERROR_INVALID_STRING, member, _("the text is not valid UTF-8"));
      return NULL;
    }
  if ((need & BRIEFING_JSON_NON_EMPTY) && text[0] == '\0')
    {
      briefing_json_reader_add_problem (b, BRIEFING_LOAD_ERROR_INVALID_VALUE, member, _("must not be empty"));
      return NULL;
    }
  return g_strdup (text);
}

char *
briefing_json_reader_take_string (BriefingJsonReader *b,
                                  JsonObject         *object,
                                  const char         *member,
                                  BriefingJsonNeed    need)
{
  JsonNode *node = briefing_json_reader_get_member (b, object, member, need);

  return node != NULL ? briefing_json_reader_read_string (b, node, member, need) : NULL;
}

static gboolean
is_valid_id (const char *id)
{
  if (!g_ascii_isalnum (id[0]))
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_' && *p != '.')
      return FALSE;
  return TRUE;
}

char *
briefing_json_reader_take_id (BriefingJsonReader *b,
                              JsonObject         *object)
{
  g_autofree char *id = briefing_json_reader_take_string (b, object, "id", BRIEFING_JSON_REQUIRED | BRIEFING_JSON_NON_EMPTY);

  if (id != NULL && !is_valid_id (id))
    {
      briefing_json_reader_add_problem (b, BRIEFING_LOAD_ERROR_INVALID_VALUE, "id",
                   _("“%s” is not a valid id: use letters, digits, “-”, “_” and “.”, "
                     "starting with a letter or digit"), id);
      return NULL;
    }
  return g_steal_pointer (&id);
}

gboolean
briefing_json_reader_read_number (BriefingJsonReader *b,
                                  JsonNode           *node,
                                  const char         *member,
                                  double             *value)
{
  if (!holds_type (node, G_TYPE_DOUBLE))
    {
      briefing_json_reader_add_problem (b, BRIEFING_LOAD_ERROR_WRONG_TYPE, member,
                   _("expected a number, found %s"), briefing_json_reader_describe_node (node));
      return FALSE;
    }
  *value = json_node_get_double (node);
  if (!isfinite (*value))
    {
      briefing_json_reader_add_problem (b, BRIEFING_LOAD_ERROR_INVALID_VALUE, member, _("the number is too large"));
      return FALSE;
    }
  return TRUE;
}

gboolean
briefing_json_reader_take_number (BriefingJsonReader *b,
                                  JsonObject         *object,
                                  const char         *member,
                                  BriefingJsonNeed    need,
                                  double             *value)
{
  JsonNode *node = briefing_json_reader_get_member (b, object, member, need);

  return node != NULL && briefing_json_reader_read_number (b, node, member, value);
}

gboolean
briefing_json_reader_read_boolean (BriefingJsonReader *b,
                                   JsonNode           *node,
                                   const char         *member,
                                   gboolean           *value)
{
  if (!holds_type (node, G_TYPE_BOOLEAN))
    {
      briefing_json_reader_add_problem (b, BRIEFING_LOAD_ERROR_WRONG_TYPE, member,
                   _("expected true or false, found %s"), briefing_json_reader_describe_node (node));
      return FALSE;
    }
  *value = json_node_get_boolean (node);
  return TRUE;
}

gboolean
briefing_json_reader_take_boolean (BriefingJsonReader *b,
                                   JsonObject         *object,
                                   const char         *member)
{
  JsonNode *node = briefing_json_reader_get_member (b, object, member, BRIEFING_JSON_OPTIONAL);
  gboolean value = FALSE;

  return node != NULL && briefing_json_reader_read_boolean (b, node, member, &value) && value;
}

JsonObject *
briefing_json_reader_read_object (BriefingJsonReader *b,
                                  JsonNode           *node,
                                  const char         *member)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      briefing_json_reader_add_problem (b, BRIEFING_LOAD_ERROR_WRONG_TYPE, member,
                   _("expected an object, found %s"), briefing_json_reader_describe_node (node));
      return NULL;
    }
  return json_node_get_object (node);
}

JsonObject *
briefing_json_reader_take_object (BriefingJsonReader *b,
                                  JsonObject         *object,
                                  const char         *member,
                                  BriefingJsonNeed    need)
{
  JsonNode *node = briefing_json_reader_get_member (b, object, member, need);

  return node != NULL ? briefing_json_reader_read_object (b, node, member) : NULL;
}

JsonArray *
briefing_json_reader_read_array (BriefingJsonReader *b,
                                 JsonNode           *node,
                                 const char         *member)
{
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      briefing_json_reader_add_problem (b, BRIEFING_LOAD_ERROR_WRONG_TYPE, member,
                   _("expected an array, found %s"), briefing_json_reader_describe_node (node));
      return NULL;
    }
  return json_node_get_array (node);
}

JsonArray *
briefing_json_reader_take_array (BriefingJsonReader *b,
                                 JsonObject         *object,
                                 const char         *member,
                                 BriefingJsonNeed    need)
{
  JsonNode *node = briefing_json_reader_get_member (b, object, member, need);

  return node != NULL ? briefing_json_reader_read_array (b, node, member) : NULL;
}

gboolean
briefing_json_reader_take_date (BriefingJsonReader *b,
                                JsonObject         *object,
                                const char         *member,
                                BriefingJsonNeed    need,
                                BriefingDate       *date)
{
  g_autofree char *text = briefing_json_reader_take_string (b, object, member, need | BRIEFING_JSON_NON_EMPTY);
  g_autofree char *reason = NULL;

  if (text == NULL)
    return FALSE;
  if (!briefing_date_parse (text, date, &reason))
    {
      briefing_json_reader_add_problem (b, BRIEFING_LOAD_ERROR_INVALID_DATE, member,
                   _("“%s” is not a valid date: %s"), text, reason);
      return FALSE;
    }
  return TRUE;
}
