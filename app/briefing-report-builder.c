/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "briefing-cancel-check.h"
#include "briefing-free-later.h"
#include "briefing-model-private.h"
#include "briefing-json-reader.h"
#include "briefing-problem.h"
#include "briefing-report-builder.h"
#include "briefing-report-eras.h"
#include "briefing-report-members.h"

struct _BriefingReportBuilder
{
  BriefingJsonReader reader;  /* the path read and the problems found */

  GPtrArray  *topics;
  GPtrArray  *entities;
  GPtrArray  *events;
  GPtrArray  *interviews;

  /* id → object (the key is the object's own id string) */
  GHashTable *topic_ids;
  GHashTable *entity_ids;
  GHashTable *event_ids;
  GHashTable *interview_ids;
  /* id → index + 1, for naming the first user of a duplicate id */
  GHashTable *first_index;

  /* "kind/id" of items that had problems of their own: references to them
   * are not reported again as unknown */
  GHashTable *broken_ids;

  gboolean    built[BRIEFING_REPORT_LIST_NONE];  /* the lists add_item() built */

  /* The load's: every loop over items counts through it, and ends once
   * it is cancelled. May be NULL. */
  BriefingCancelCheck *check;
};

static BriefingBuiltHook built_hook;
static gpointer built_hook_data;

typedef void (*BuildItem) (BriefingReportBuilder *b, JsonNode *node, guint index);

static void build_topic     (BriefingReportBuilder *b, JsonNode *node, guint index);
static void build_entity    (BriefingReportBuilder *b, JsonNode *node, guint index);
static void build_event     (BriefingReportBuilder *b, JsonNode *node, guint index);
static void build_interview (BriefingReportBuilder *b, JsonNode *node, guint index);

/* The report's lists, in the order they are built. For each: its member in
 * the file (also its kind in broken_ids' "kind/id" keys), how an item is
 * built, whether the file must have it, whether the loader hands it over an
 * item at a time (add_item(); finish() builds what was not handed over), and
 * the table of its items' ids, which references point into. */
static const struct
{
  const char       *name;
  BuildItem         build;
  BriefingJsonNeed  need;
  gboolean          streamed;
  gsize             ids_offset;
} lists[] = {
  [BRIEFING_REPORT_LIST_TOPICS] = { "topics", build_topic, BRIEFING_JSON_REQUIRED, TRUE,
                                    G_STRUCT_OFFSET (BriefingReportBuilder, topic_ids) },
  [BRIEFING_REPORT_LIST_ENTITIES] = { "entities", build_entity, BRIEFING_JSON_OPTIONAL, TRUE,
                                      G_STRUCT_OFFSET (BriefingReportBuilder, entity_ids) },
  [BRIEFING_REPORT_LIST_EVENTS] = { "events", build_event, BRIEFING_JSON_REQUIRED, TRUE,
                                    G_STRUCT_OFFSET (BriefingReportBuilder, event_ids) },
  [BRIEFING_REPORT_LIST_INTERVIEWS] = { "interviews", build_interview, BRIEFING_JSON_OPTIONAL, FALSE,
                                        G_STRUCT_OFFSET (BriefingReportBuilder, interview_ids) },
};

G_STATIC_ASSERT (G_N_ELEMENTS (lists) == BRIEFING_REPORT_LIST_NONE);

static GHashTable *
ids_of (BriefingReportBuilder *b,
        BriefingReportList     list)
{
  return G_STRUCT_MEMBER (GHashTable *, b, lists[list].ids_offset);
}

/* Ids and references */

static gboolean
register_id (BriefingReportBuilder *b,
             BriefingReportList     list,
             guint                  index,
             gpointer               object,
             const char            *id)
{
  GHashTable *ids = ids_of (b, list);
  gpointer first = g_hash_table_lookup (ids, id);

  if (first != NULL)
    {
      guint first_index = BRIEFING_IS_EVENT (first)
                        ? briefing_event_get_file_index (first)
                        : GPOINTER_TO_UINT (g_hash_table_lookup (b->first_index, first)) - 1;

      briefing_json_reader_add_problem (&b->reader, BRIEFING_LOAD_ERROR_DUPLICATE_ID, "id",
                   _("the id “%s” is already used by /%s/%u"), id, lists[list].name, first_index);
      return FALSE;
    }
  g_hash_table_insert (ids, (gpointer) id, object);
  if (!BRIEFING_IS_EVENT (object))
    g_hash_table_insert (b->first_index, object, GUINT_TO_POINTER (index + 1));
  if (built_hook != NULL)
    built_hook (object, built_hook_data);
  return TRUE;
}

/* Remembers an item that has problems of its own by the id it was given,
 * valid or not, so that references to it are not reported again. */
static void
mark_broken (BriefingReportBuilder *b,
             BriefingReportList     list,
             JsonObject            *object)
{
  const char *id = briefing_json_reader_peek_string (object, "id");

  if (id != NULL)
    g_hash_table_add (b->broken_ids, g_strdup_printf ("%s/%s", lists[list].name, id));
}

static gboolean
is_broken (BriefingReportBuilder *b,
           BriefingReportList     list,
           const char            *id)
{
  g_autofree char *key = g_strdup_printf ("%s/%s", lists[list].name, id);

  return g_hash_table_contains (b->broken_ids, key);
}

static const char *
describe_kind (BriefingEntityKind kind)
{
  switch (kind)
    {
    case BRIEFING_ENTITY_KIND_PERSON: return _("a person");
    case BRIEFING_ENTITY_KIND_ORGANIZATION: return _("an organization");
    case BRIEFING_ENTITY_KIND_PLACE:
    default: return _("a place");
    }
}

/* Resolves the entity reference in @node; @kind < 0 accepts any kind. */
static BriefingEntity *
read_entity_ref (BriefingReportBuilder *b,
                 JsonNode              *node,
                 const char            *member,
                 int                    kind)
{
  g_autofree char *id = briefing_json_reader_read_string (&b->reader, node, member, BRIEFING_JSON_NON_EMPTY);
  BriefingEntity *entity;

  if (id == NULL)
    return NULL;
  entity = g_hash_table_lookup (b->entity_ids, id);
  if (entity == NULL && is_broken (b, BRIEFING_REPORT_LIST_ENTITIES, id))
    return NULL;
  if (entity == NULL)
    {
      briefing_json_reader_add_problem (&b->reader, BRIEFING_LOAD_ERROR_UNKNOWN_REFERENCE, member,
                   _("no entity has the id “%s”"), id);
      return NULL;
    }
  if (kind >= 0 && briefing_entity_get_kind (entity) != (BriefingEntityKind) kind)
    {
      briefing_json_reader_add_problem (&b->reader, BRIEFING_LOAD_ERROR_INVALID_VALUE, member,
                   _("“%s” is %s, not %s"), id,
                   describe_kind (briefing_entity_get_kind (entity)), describe_kind (kind));
      return NULL;
    }
  return entity;
}

static BriefingEntity *
take_entity_ref (BriefingReportBuilder *b,
                 JsonObject            *object,
                 const char            *member,
                 BriefingJsonNeed                   need,
                 int                    kind)
{
  JsonNode *node = briefing_json_reader_get_member (&b->reader, object, member, need);

  return node != NULL ? read_entity_ref (b, node, member, kind) : NULL;
}

/* Literal formats, one per list, so the compiler checks them. */
static void
add_unknown_reference (BriefingReportBuilder *b,
                       BriefingReportList     list,
                       const char            *id)
{
  switch (list)
    {
    case BRIEFING_REPORT_LIST_TOPICS:
      briefing_json_reader_add_problem (&b->reader, BRIEFING_LOAD_ERROR_UNKNOWN_REFERENCE, NULL, _("no topic has the id “%s”"), id);
      break;
    case BRIEFING_REPORT_LIST_ENTITIES:
      briefing_json_reader_add_problem (&b->reader, BRIEFING_LOAD_ERROR_UNKNOWN_REFERENCE, NULL, _("no entity has the id “%s”"), id);
      break;
    case BRIEFING_REPORT_LIST_EVENTS:
    default:
      briefing_json_reader_add_problem (&b->reader, BRIEFING_LOAD_ERROR_UNKNOWN_REFERENCE, NULL, _("no event has the id “%s”"), id);
      break;
    }
}

/* Resolves an array of references; NULL when there are none. */
static GPtrArray *
take_refs (BriefingReportBuilder *b,
           JsonObject            *object,
           const char            *member,
           BriefingReportList     list)
{
  GHashTable *ids = ids_of (b, list);
  JsonArray *array = briefing_json_reader_take_array (&b->reader, object, member, BRIEFING_JSON_OPTIONAL);
  GPtrArray *refs;
  guint n;

  if (array == NULL || (n = json_array_get_length (array)) == 0)
    return NULL;

  refs = g_ptr_array_new_full (n, g_object_unref);
  briefing_json_reader_push_member (&b->reader, member);
  for (guint i = 0; i < n && !briefing_cancel_check_item (b->check); i++)
    {
      g_autofree char *id = NULL;
      gpointer target;

      briefing_json_reader_push_index (&b->reader, i);
      id = briefing_json_reader_read_string (&b->reader, json_array_get_element (array, i), NULL, BRIEFING_JSON_NON_EMPTY);
      if (id != NULL && (target = g_hash_table_lookup (ids, id)) != NULL)
        g_ptr_array_add (refs, g_object_ref (target));
      else if (id != NULL && !is_broken (b, list, id))
        add_unknown_reference (b, list, id);
      briefing_json_reader_pop (&b->reader);
    }
  briefing_json_reader_pop (&b->reader);
  return refs;
}

/* The parts of the report */

static void
build_topic (BriefingReportBuilder *b,
             JsonNode              *node,
             guint                  index)
{
  JsonObject *object = briefing_json_reader_read_object (&b->reader, node, NULL);
  g_autofree char *id = NULL, *title = NULL, *description = NULL;
  BriefingTopic *topic;

  if (object == NULL)
    return;
  id = briefing_json_reader_take_id (&b->reader, object);
  title = briefing_json_reader_take_string (&b->reader, object, "title", BRIEFING_JSON_REQUIRED | BRIEFING_JSON_NON_EMPTY);
  description = briefing_json_reader_take_string (&b->reader, object, "description", BRIEFING_JSON_OPTIONAL);
  if (id == NULL || title == NULL)
    {
      mark_broken (b, BRIEFING_REPORT_LIST_TOPICS, object);
      return;
    }

  topic = _briefing_topic_new (g_steal_pointer (&id), g_steal_pointer (&title),
                               g_steal_pointer (&description));
  if (register_id (b, BRIEFING_REPORT_LIST_TOPICS, index, topic, briefing_topic_get_id (topic)))
    g_ptr_array_add (b->topics, topic);
  else
    g_object_unref (topic);
}

static gboolean
read_entity_kind (BriefingReportBuilder *b,
                  JsonObject            *object,
                  BriefingEntityKind    *kind)
{
  g_autofree char *text = briefing_json_reader_take_string (&b->reader, object, "kind", BRIEFING_JSON_REQUIRED | BRIEFING_JSON_NON_EMPTY);
  g_autoptr(GEnumClass) kinds = g_type_class_ref (BRIEFING_TYPE_ENTITY_KIND);
  GEnumValue *value;

  if (text == NULL)
    return FALSE;
  value = g_enum_get_value_by_nick (kinds, text);
  if (value == NULL)
    {
      briefing_json_reader_add_problem (&b->reader, BRIEFING_LOAD_ERROR_INVALID_VALUE, "kind",
                   _("unknown kind “%s”: expected “person”, “organization” or “place”"), text);
      return FALSE;
    }
  *kind = (BriefingEntityKind) value->value;
  return TRUE;
}

/* Numbers in messages are written as in the file, whatever the locale. */
static const char *
format_number (char   *buffer,
               double  value)
{
  return g_ascii_formatd (buffer, G_ASCII_DTOSTR_BUF_SIZE, "%g", value);
}

static gboolean
read_coordinates (BriefingReportBuilder *b,
                  JsonObject            *object,
                  double                *latitude,
                  double                *longitude)
{
  gboolean ok, has_latitude, has_longitude;
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  briefing_json_reader_push_member (&b->reader, "coordinates");
  has_latitude = briefing_json_reader_take_number (&b->reader, object, "latitude", BRIEFING_JSON_REQUIRED, latitude);
  has_longitude = briefing_json_reader_take_number (&b->reader, object, "longitude", BRIEFING_JSON_REQUIRED, longitude);
  ok = has_latitude && has_longitude;
  if (has_latitude && (*latitude < -90 || *latitude > 90))
    {
      briefing_json_reader_add_problem (&b->reader, BRIEFING_LOAD_ERROR_INVALID_VALUE, "latitude",
                   _("latitude %s is out of range: it must be between −90 and 90"),
                   format_number (number, *latitude));
      ok = FALSE;
    }
  if (has_longitude && (*longitude < -180 || *longitude > 180))
    {
      briefing_json_reader_add_problem (&b->reader, BRIEFING_LOAD_ERROR_INVALID_VALUE, "longitude",
                   _("longitude %s is out of range: it must be between −180 and 180"),
                   format_number (number, *longitude));
      ok = FALSE;
    }
  briefing_json_reader_pop (&b->reader);
  return ok;
}

static void
build_entity (BriefingReportBuilder *b,
              JsonNode              *node,
              guint                  index)
{
  JsonObject *object = briefing_json_reader_read_object (&b->reader, node, NULL), *coordinates;
  g_autofree char *id = NULL, *name = NULL, *role = NULL, *description = NULL;
  BriefingEntityKind kind = BRIEFING_ENTITY_KIND_PERSON;
  double latitude = 0, longitude = 0;
  gboolean has_kind, has_coordinates = FALSE;
  BriefingEntity *entity;

  if (object == NULL)
    return;
  id = briefing_json_reader_take_id (&b->reader, object);
  name = briefing_json_reader_take_string (&b->reader, object, "name", BRIEFING_JSON_REQUIRED | BRIEFING_JSON_NON_EMPTY);
  has_kind = read_entity_kind (b, object, &kind);
  role = briefing_json_reader_take_string (&b->reader, object, "role", BRIEFING_JSON_OPTIONAL);
  description = briefing_json_reader_take_string (&b->reader, object, "description", BRIEFING_JSON_OPTIONAL);
  coordinates = briefing_json_reader_take_object (&b->reader, object, "coordinates", BRIEFING_JSON_OPTIONAL);
  if (coordinates != NULL && has_kind && kind != BRIEFING_ENTITY_KIND_PLACE)
    briefing_json_reader_add_problem (&b->reader, BRIEFING_LOAD_ERROR_INVALID_VALUE, "coordinates",
                 _("only places have coordinates, and this entity is %s"), describe_kind (kind));
  else if (coordinates != NULL)
    has_coordinates = read_coordinates (b, coordinates, &latitude, &longitude);
  if (id == NULL || name == NULL || !has_kind)
    {
      mark_broken (b, BRIEFING_REPORT_LIST_ENTITIES, object);
      return;
    }

  entity = _briefing_entity_new (g_steal_pointer (&id), g_steal_pointer (&name), kind,
                                 g_steal_pointer (&role), g_steal_pointer (&description));
  if (has_coordinates)
    _briefing_entity_set_coordinates (entity, latitude, longitude);
  if (register_id (b, BRIEFING_REPORT_LIST_ENTITIES, index, entity, briefing_entity_get_id (entity)))
    g_ptr_array_add (b->entities, entity);
  else
    g_object_unref (entity);
}

static BriefingAttribution *
take_attribution (BriefingReportBuilder *b,
                  JsonObject            *parent)
{
  JsonObject *object = briefing_json_reader_take_object (&b->reader, parent, "attribution", BRIEFING_JSON_OPTIONAL);
  g_autofree char *text = NULL;
  BriefingEntity *source;

  if (object == NULL)
    return NULL;
  briefing_json_reader_push_member (&b->reader, "attribution");
  text = briefing_json_reader_take_string (&b->reader, object, "text", BRIEFING_JSON_REQUIRED | BRIEFING_JSON_NON_EMPTY);
  source = take_entity_ref (b, object, "source", BRIEFING_JSON_OPTIONAL, -1);
  briefing_json_reader_pop (&b->reader);
  return text != NULL ? _briefing_attribution_new (g_steal_pointer (&text), source) : NULL;
}

static BriefingFigure *
build_figure (BriefingReportBuilder *b,
              JsonObject            *object)
{
  g_autoptr(BriefingFigure) figure = _briefing_figure_new ();
  char number[G_ASCII_DTOSTR_BUF_SIZE], other[G_ASCII_DTOSTR_BUF_SIZE];
  gboolean ok;

  figure->label = briefing_json_reader_take_string (&b->reader, object, "label", BRIEFING_JSON_REQUIRED | BRIEFING_JSON_NON_EMPTY);
  ok = briefing_json_reader_take_number (&b->reader, object, "value", BRIEFING_JSON_REQUIRED, &figure->value);
  figure->unit = briefing_json_reader_take_string (&b->reader, object, "unit", BRIEFING_JSON_OPTIONAL);
  figure->text = briefing_json_reader_take_string (&b->reader, object, "text", BRIEFING_JSON_OPTIONAL);
  figure->approximate = briefing_json_reader_take_boolean (&b->reader, object, "approximate");
  figure->has_total = briefing_json_reader_take_number (&b->reader, object, "of", BRIEFING_JSON_OPTIONAL, &figure->total);
  figure->attribution = take_attribution (b, object);

  if (figure->has_total && figure->total < 0)
    {
      briefing_json_reader_add_problem (&b->reader, BRIEFING_LOAD_ERROR_INVALID_VALUE, "of",
                   _("the total %s must not be negative"),
                   format_number (number, figure->total));
      ok = FALSE;
    }
  else if (ok && figure->has_total && figure->total < figure->value)
    {
      briefing_json_reader_add_problem (&b->reader, BRIEFING_LOAD_ERROR_INVALID_VALUE, "of",
                   _("the total %s is smaller than the value %s"),
                   format_number (number, figure->total), format_number (other, figure->value));
      ok = FALSE;
    }
  return ok && figure->label != NULL ? g_steal_pointer (&figure) : NULL;
}

static BriefingQuote *
build_quote (BriefingReportBuilder *b,
             JsonObject            *object)
{
  BriefingEntity *speaker = take_entity_ref (b, object, "speaker", BRIEFING_JSON_REQUIRED, -1);
  g_autofree char *text = briefing_json_reader_take_string (&b->reader, object, "text", BRIEFING_JSON_REQUIRED | BRIEFING_JSON_NON_EMPTY);

  if (speaker == NULL || text == NULL)
    return NULL;
  return _briefing_quote_new (speaker, g_steal_pointer (&text));
}

/* Builds each object of the array @member with @build; NULL when there are none. */
static GPtrArray *
take_parts (BriefingReportBuilder *b,
            JsonObject            *parent,
            const char            *member,
            gpointer             (*build) (BriefingReportBuilder *, JsonObject *),
            GDestroyNotify         free_part)
{
  JsonArray *array = briefing_json_reader_take_array (&b->reader, parent, member, BRIEFING_JSON_OPTIONAL);
  GPtrArray *parts;
  guint n;

  if (array == NULL || (n = json_array_get_length (array)) == 0)
    return NULL;

  parts = g_ptr_array_new_full (n, free_part);
  briefing_json_reader_push_member (&b->reader, member);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *object;
      gpointer part;

      briefing_json_reader_push_index (&b->reader, i);
      object = briefing_json_reader_read_object (&b->reader, json_array_get_element (array, i), NULL);
      if (object != NULL && (part = build (b, object)) != NULL)
        g_ptr_array_add (parts, part);
      briefing_json_reader_pop (&b->reader);
    }
  briefing_json_reader_pop (&b->reader);
  return parts;
}

static void
build_event (BriefingReportBuilder *b,
             JsonNode              *node,
             guint                  index)
{
  JsonObject *object = briefing_json_reader_read_object (&b->reader, node, NULL);
  g_autofree char *id = NULL, *headline = NULL, *body = NULL, *date_text = NULL, *time_of_day = NULL;
  g_autoptr(GPtrArray) topics = NULL, actors = NULL, figures = NULL, quotes = NULL;
  g_autoptr(BriefingAttribution) attribution = NULL;
  BriefingEntity *place;
  BriefingDate date;
  gboolean has_date;
  BriefingEvent *event;

  if (object == NULL)
    return;
  id = briefing_json_reader_take_id (&b->reader, object);
  has_date = briefing_json_reader_take_date (&b->reader, object, "date", BRIEFING_JSON_REQUIRED, &date);
  date_text = briefing_json_reader_take_string (&b->reader, object, "date_text", BRIEFING_JSON_OPTIONAL);
  time_of_day = briefing_json_reader_take_string (&b->reader, object, "time_of_day", BRIEFING_JSON_OPTIONAL);
  headline = briefing_json_reader_take_string (&b->reader, object, "headline", BRIEFING_JSON_REQUIRED | BRIEFING_JSON_NON_EMPTY);
  body = briefing_json_reader_take_string (&b->reader, object, "body", BRIEFING_JSON_OPTIONAL);
  place = take_entity_ref (b, object, "place", BRIEFING_JSON_OPTIONAL, BRIEFING_ENTITY_KIND_PLACE);
  topics = take_refs (b, object, "topics", BRIEFING_REPORT_LIST_TOPICS);
  actors = take_refs (b, object, "actors", BRIEFING_REPORT_LIST_ENTITIES);
  figures = take_parts (b, object, "figures", (gpointer) build_figure,
                        (GDestroyNotify) briefing_figure_unref);
  quotes = take_parts (b, object, "quotes", (gpointer) build_quote,
                       (GDestroyNotify) briefing_quote_unref);
  attribution = take_attribution (b, object);
  if (id == NULL || !has_date || headline == NULL)
    {
      mark_broken (b, BRIEFING_REPORT_LIST_EVENTS, object);
      return;
    }

  event = _briefing_event_new (g_steal_pointer (&id), &date, index);
  _briefing_event_set_texts (event, g_steal_pointer (&headline), g_steal_pointer (&body),
                             g_steal_pointer (&date_text), g_steal_pointer (&time_of_day));
  _briefing_event_set_figures (event, g_steal_pointer (&figures), g_steal_pointer (&quotes));
  _briefing_event_set_references (event, place, g_steal_pointer (&topics),
                                  g_steal_pointer (&actors), g_steal_pointer (&attribution));
  if (register_id (b, BRIEFING_REPORT_LIST_EVENTS, index, event, briefing_event_get_id (event)))
    g_ptr_array_add (b->events, event);
  else
    g_object_unref (event);
}

/* In the table of roles: a participant whose own entry has a problem. */
#define BROKEN_ROLE G_MAXINT

static gboolean
read_participant (BriefingReportBuilder    *b,
                  JsonObject               *object,
                  BriefingEntity          **entity,
                  BriefingParticipantRole  *role)
{
  g_autofree char *role_text = NULL;
  g_autoptr(GEnumClass) roles = g_type_class_ref (BRIEFING_TYPE_PARTICIPANT_ROLE);
  GEnumValue *value = NULL;

  *entity = take_entity_ref (b, object, "entity", BRIEFING_JSON_REQUIRED, BRIEFING_ENTITY_KIND_PERSON);
  role_text = briefing_json_reader_take_string (&b->reader, object, "role", BRIEFING_JSON_REQUIRED | BRIEFING_JSON_NON_EMPTY);
  if (role_text != NULL && (value = g_enum_get_value_by_nick (roles, role_text)) == NULL)
    briefing_json_reader_add_problem (&b->reader, BRIEFING_LOAD_ERROR_INVALID_VALUE, "role",
                 _("unknown role “%s”: expected “interviewer” or “guest”"), role_text);
  if (value != NULL)
    *role = (BriefingParticipantRole) value->value;
  return *entity != NULL && value != NULL;
}

static void
take_participants (BriefingReportBuilder *b,
                   JsonObject            *object,
                   BriefingInterview     *interview,
                   GHashTable            *roles)
{
  JsonArray *array = briefing_json_reader_take_array (&b->reader, object, "participants", BRIEFING_JSON_REQUIRED);

  if (array == NULL)
    return;
  if (json_array_get_length (array) == 0)
    {
      briefing_json_reader_add_problem (&b->reader, BRIEFING_LOAD_ERROR_INVALID_VALUE, "participants",
                   _("an interview needs at least one participant"));
      return;
    }

  briefing_json_reader_push_member (&b->reader, "participants");
  for (guint i = 0; i < json_array_get_length (array) && !briefing_cancel_check_item (b->check); i++)
    {
      JsonObject *participant;
      BriefingEntity *entity = NULL;
      BriefingParticipantRole role;

      briefing_json_reader_push_index (&b->reader, i);
      participant = briefing_json_reader_read_object (&b->reader, json_array_get_element (array, i), NULL);
      if (participant != NULL && read_participant (b, participant, &entity, &role))
        {
          _briefing_interview_add_participant (interview, entity, role);
          g_hash_table_insert (roles, entity, GINT_TO_POINTER (role + 1));
        }
      else if (participant != NULL)
        {
          /* The entity may exist but be no person: its turns are not to blame.
           * Its "entity" may also be of any JSON type: its problem is reported. */
          const char *id = briefing_json_reader_peek_string (participant, "entity");
          gpointer named = id != NULL ? g_hash_table_lookup (b->entity_ids, id) : NULL;

          if (named != NULL)
            g_hash_table_insert (roles, named, GINT_TO_POINTER (BROKEN_ROLE));
        }
      briefing_json_reader_pop (&b->reader);
    }
  briefing_json_reader_pop (&b->reader);
}

static BriefingTurn *
build_turn (BriefingReportBuilder *b,
            JsonObject            *object,
            GHashTable            *roles,
            guint                  index)
{
  BriefingEntity *speaker = take_entity_ref (b, object, "speaker", BRIEFING_JSON_REQUIRED, -1);
  g_autofree char *text = briefing_json_reader_take_string (&b->reader, object, "text", BRIEFING_JSON_REQUIRED | BRIEFING_JSON_NON_EMPTY);
  g_autoptr(GPtrArray) topics = take_refs (b, object, "topics", BRIEFING_REPORT_LIST_TOPICS);
  g_autoptr(GPtrArray) entities = take_refs (b, object, "entities", BRIEFING_REPORT_LIST_ENTITIES);
  g_autoptr(GPtrArray) events = take_refs (b, object, "events", BRIEFING_REPORT_LIST_EVENTS);
  gpointer role = speaker != NULL ? g_hash_table_lookup (roles, speaker) : NULL;
  BriefingTurn *turn;

  if (GPOINTER_TO_INT (role) == BROKEN_ROLE)
    return NULL;
  if (speaker != NULL && role == NULL)
    briefing_json_reader_add_problem (&b->reader, BRIEFING_LOAD_ERROR_UNKNOWN_REFERENCE, "speaker",
                 _("“%s” is not a participant of this interview"),
                 briefing_entity_get_id (speaker));
  if (role == NULL || text == NULL)
    return NULL;

  turn = _briefing_turn_new (speaker, (BriefingParticipantRole) (GPOINTER_TO_INT (role) - 1),
                             g_steal_pointer (&text), index);
  for (guint i = 0; topics != NULL && i < topics->len; i++)
    _briefing_turn_add_reference (turn, g_ptr_array_index (topics, i));
  for (guint i = 0; entities != NULL && i < entities->len; i++)
    _briefing_turn_add_reference (turn, g_ptr_array_index (entities, i));
  for (guint i = 0; events != NULL && i < events->len; i++)
    _briefing_turn_add_reference (turn, g_ptr_array_index (events, i));
  return turn;
}

static void
build_interview (BriefingReportBuilder *b,
                 JsonNode              *node,
                 guint                  index)
{
  JsonObject *object = briefing_json_reader_read_object (&b->reader, node, NULL);
  g_autofree char *id = NULL, *title = NULL, *description = NULL;
  g_autoptr(GHashTable) roles = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) turns = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(BriefingInterview) interview = NULL;
  BriefingDate date;
  gboolean has_date;
  JsonArray *array;

  if (object == NULL)
    return;
  id = briefing_json_reader_take_id (&b->reader, object);
  title = briefing_json_reader_take_string (&b->reader, object, "title", BRIEFING_JSON_REQUIRED | BRIEFING_JSON_NON_EMPTY);
  description = briefing_json_reader_take_string (&b->reader, object, "description", BRIEFING_JSON_OPTIONAL);
  has_date = briefing_json_reader_get_member (&b->reader, object, "date", BRIEFING_JSON_OPTIONAL) != NULL &&
             briefing_json_reader_take_date (&b->reader, object, "date", BRIEFING_JSON_OPTIONAL, &date);
  interview = _briefing_interview_new (g_steal_pointer (&id), g_steal_pointer (&title),
                                       g_steal_pointer (&description), has_date ? &date : NULL);
  take_participants (b, object, interview, roles);

  array = briefing_json_reader_take_array (&b->reader, object, "turns", BRIEFING_JSON_REQUIRED);
  briefing_json_reader_push_member (&b->reader, "turns");
  for (guint i = 0; array != NULL && i < json_array_get_length (array) && !briefing_cancel_check_item (b->check); i++)
    {
      JsonObject *turn_object;
      BriefingTurn *turn;

      briefing_json_reader_push_index (&b->reader, i);
      turn_object = briefing_json_reader_read_object (&b->reader, json_array_get_element (array, i), NULL);
      if (turn_object != NULL && (turn = build_turn (b, turn_object, roles, turns->len)) != NULL)
        g_ptr_array_add (turns, turn);
      briefing_json_reader_pop (&b->reader);
    }
  briefing_json_reader_pop (&b->reader);
  _briefing_interview_set_turns (interview, g_steal_pointer (&turns));

  if (briefing_interview_get_id (interview) == NULL || briefing_interview_get_title (interview) == NULL)
    return;
  if (register_id (b, BRIEFING_REPORT_LIST_INTERVIEWS, index, interview,
                   briefing_interview_get_id (interview)))
    g_ptr_array_add (b->interviews, g_steal_pointer (&interview));
}

static void
build_list (BriefingReportBuilder *b,
            JsonObject            *root,
            BriefingReportList     list)
{
  JsonArray *array;

  if (b->built[list])
    return;
  array = briefing_json_reader_take_array (&b->reader, root, lists[list].name, lists[list].need);
  for (guint i = 0; array != NULL && i < json_array_get_length (array) && !briefing_cancel_check_item (b->check); i++)
    {
      g_string_printf (b->reader.path, "/%s/%u", lists[list].name, i);
      lists[list].build (b, json_array_get_element (array, i), i);
    }
  g_string_truncate (b->reader.path, 0);
}

static int
compare_events (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  return briefing_event_compare (*(BriefingEvent **) a, *(BriefingEvent **) b);
}

/* Public */

/**
 * briefing_report_builder_new:
 * @check: (nullable): the load's cancel check, which must outlive the builder
 */
BriefingReportBuilder *
briefing_report_builder_new (BriefingCancelCheck *check)
{
  BriefingReportBuilder *self = g_new0 (BriefingReportBuilder, 1);

  self->check = check;
  briefing_json_reader_init (&self->reader);
  self->topics = g_ptr_array_new_with_free_func (g_object_unref);
  self->entities = g_ptr_array_new_with_free_func (g_object_unref);
  self->events = g_ptr_array_new_with_free_func (g_object_unref);
  self->interviews = g_ptr_array_new_with_free_func (g_object_unref);
  self->topic_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->entity_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->event_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->interview_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->first_index = g_hash_table_new (NULL, NULL);
  self->broken_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return self;
}

void
briefing_report_builder_free (BriefingReportBuilder *self)
{
  if (self == NULL)
    return;
  /* The id tables borrow the objects' strings: drop them first. */
  g_hash_table_unref (self->topic_ids);
  g_hash_table_unref (self->entity_ids);
  g_hash_table_unref (self->event_ids);
  g_hash_table_unref (self->interview_ids);
  g_hash_table_unref (self->first_index);
  g_hash_table_unref (self->broken_ids);
  g_clear_pointer (&self->topics, g_ptr_array_unref);
  g_clear_pointer (&self->entities, g_ptr_array_unref);
  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_pointer (&self->interviews, g_ptr_array_unref);
  briefing_json_reader_clear (&self->reader);
  g_free (self);
}

/**
 * briefing_report_list_from_name:
 * @name: a member at the root of a report
 *
 * Returns: the list @name is, or %BRIEFING_REPORT_LIST_NONE
 */
BriefingReportList
briefing_report_list_from_name (const char *name)
{
  for (BriefingReportList list = 0; list < BRIEFING_REPORT_LIST_NONE; list++)
    if (g_strcmp0 (lists[list].name, name) == 0)
      return list;
  return BRIEFING_REPORT_LIST_NONE;
}

/**
 * briefing_report_builder_add_item:
 * @list: the list the item belongs to
 *
 * Builds one item of a top-level list as the parser finishes it. Topics and
 * entities must all be added before the events that refer to them.
 *
 * Returns: whether the item was used (the caller may then drop @node)
 */
gboolean
briefing_report_builder_add_item (BriefingReportBuilder *self,
                                  BriefingReportList     list,
                                  guint                  index,
                                  JsonNode              *node)
{
  if (list >= BRIEFING_REPORT_LIST_NONE || !lists[list].streamed)
    return FALSE;

  self->built[list] = TRUE;
  g_string_printf (self->reader.path, "/%s/%u", lists[list].name, index);
  lists[list].build (self, node, index);
  g_string_truncate (self->reader.path, 0);
  return TRUE;
}

/**
 * briefing_report_builder_finish:
 * @root: the parsed document, less the items given to add_item()
 * @problems: (out) (transfer full): every problem found, when there is one
 *
 * Returns: (transfer full) (nullable): the report, or %NULL with @problems
 *   set, or %NULL with @problems %NULL when the builder's check was cancelled
 */
BriefingReport *
briefing_report_builder_finish (BriefingReportBuilder  *self,
                                JsonNode               *root,
                                GPtrArray             **problems)
{
  g_autoptr(BriefingReport) report = NULL;
  g_autofree char *version = NULL;
  JsonObject *object;
  guint n_streamed_problems = self->reader.problems->len;

  g_string_truncate (self->reader.path, 0);
  object = briefing_json_reader_peek_object (root);
  if (object == NULL)
    briefing_json_reader_add_problem (&self->reader, BRIEFING_LOAD_ERROR_NOT_A_REPORT, NULL,
                 _("this is not a Briefing report: expected an object, found %s"),
                 briefing_json_reader_describe_node (root));
  if (object == NULL || !briefing_report_members_check_format (&self->reader, object, &version))
    {
      /* Problems found while streaming mean nothing in a file that is not a
       * report of this version: say only why it is not. */
      g_ptr_array_remove_range (self->reader.problems, 0, n_streamed_problems);
      *problems = g_ptr_array_ref (self->reader.problems);
      return NULL;
    }

  if (self->check != NULL)
    briefing_cancel_check_set_stage (self->check, BRIEFING_LOAD_STAGE_BUILD, BRIEFING_BUILD_CHECK_EVERY);
  report = _briefing_report_new ();
  if (built_hook != NULL)
    built_hook (G_OBJECT (report), built_hook_data);
  briefing_report_members_read (&self->reader, object, report, g_steal_pointer (&version));
  briefing_report_eras_read (&self->reader, object, report);
  for (BriefingReportList list = 0; list < BRIEFING_REPORT_LIST_NONE; list++)
    build_list (self, object, list);

  *problems = NULL;
  if (briefing_cancel_check_is_cancelled (self->check))
    return NULL;
  if (self->reader.problems->len > 0)
    {
      *problems = g_ptr_array_ref (self->reader.problems);
      return NULL;
    }

  /* Merges of two pointers: a thousand are some tens of microseconds. */
  if (self->check != NULL)
    briefing_cancel_check_set_stage (self->check, BRIEFING_LOAD_STAGE_SORT, 1024);
  if (!briefing_sort_cancellable (self->events, compare_events, NULL, self->check))
    return NULL;
  if (!_briefing_report_set_lists (report,
                                   g_steal_pointer (&self->topics),
                                   g_steal_pointer (&self->entities),
                                   g_steal_pointer (&self->events),
                                   g_steal_pointer (&self->interviews),
                                   self->check))
    {
      /* Cancelled with the whole report built: freed on the side, as the
       * loader frees the rest (briefing-free-later.c). */
      briefing_free_later (g_steal_pointer (&report), g_object_unref);
      return NULL;
    }
  return g_steal_pointer (&report);
}

void
_briefing_report_builder_set_built_hook (BriefingBuiltHook hook,
                                         gpointer          user_data)
{
  built_hook = hook;
  built_hook_data = user_data;
}
