/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "briefing-json-guard.h"
#include "fuzz-walk.h"

/*
 * A mutator that knows JSON: byte flips rarely turn a string into a number or
 * an object, which is where the crash of issue 11 hid (12.6 M executions of
 * the byte-level fuzzer never put one there). This one parses the input,
 * changes the tree — a value of another type, a member deleted, copied,
 * nested, two values swapped, a member of the format added — and writes it
 * out again; input that does not parse gets libFuzzer's own mutations.
 * LLVMFuzzerTestOneInput is fuzz-walk.c's.
 */

size_t LLVMFuzzerMutate (guint8 *data, size_t size, size_t max_size);
size_t LLVMFuzzerCustomMutator (guint8 *data, size_t size, size_t max_size, unsigned int seed);

static const char *const member_names[] = {
  "format", "version", "title", "subtitle", "language", "published", "source", "name", "url",
  "authors", "summary", "topics", "id", "description", "entities", "kind", "role",
  "coordinates", "latitude", "longitude", "events", "date", "date_text", "time_of_day",
  "place", "headline", "body", "actors", "figures", "label", "value", "unit", "of",
  "approximate", "text", "attribution", "quotes", "speaker", "interviews", "participants",
  "entity", "turns",
};

static const char *const strings[] = {
  "", "briefing", "1.0", "2.0", "person", "organization", "place", "interviewer", "guest",
  "2024-10-26", "2024-02-29", "2024-10-21/2024-10-31", "2024-XX", "199X", "../2024",
  "https://example.org/", "javascript:alert(1)", "\033[31m", "a\nb", "\xe2\x80\xae",
};

static const double numbers[] = { 0, -1, 1, 31, 48, 0.5, -90.5, 180.1, 1e308, -1e308, 9007199254740993.0 };

/* json-glib 1.6 cannot re-initialise a node that holds an array or an
 * object (json_node_init_array() on one unrefs the old array twice), so the
 * mutated document is a new tree, copied from the old one with one node
 * changed on the way. */
typedef enum
{
  OTHER_TYPE,   /* a value of another type */
  DELETE,       /* the member or element gone */
  DUPLICATE,    /* twice in its array, or again under another member name */
  NEST,         /* one level deeper, in an array or an object */
  ADD_MEMBER,   /* an object with one more member of the format, of any type */
  SWAP,         /* a copy of another value of the document in its place */
  N_MUTATIONS
} Mutation;

typedef struct
{
  GRand    *rand;
  Mutation  mutation;
  guint     pick;       /* the node to change, in document order */
  guint     counter;
  JsonNode *other;      /* SWAP: the value to copy */
  JsonNode *duplicate;  /* DUPLICATE: a second copy for the parent to add */
} Rebuild;

static void
count_nodes (JsonNode  *node,
             GPtrArray *nodes)
{
  g_ptr_array_add (nodes, node);
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autoptr(GList) members = json_object_get_members (json_node_get_object (node));

      for (GList *l = members; l != NULL; l = l->next)
        count_nodes (json_object_get_member (json_node_get_object (node), l->data), nodes);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        count_nodes (json_array_get_element (array, i), nodes);
    }
}

static JsonNode *
random_value (GRand *rand)
{
  JsonNode *node = json_node_alloc ();

  switch (g_rand_int_range (rand, 0, 7))
    {
    case 0:
      return json_node_init_string (node, strings[g_rand_int_range (rand, 0, G_N_ELEMENTS (strings))]);
    case 1:
      return json_node_init_double (node, numbers[g_rand_int_range (rand, 0, G_N_ELEMENTS (numbers))]);
    case 2:
      return json_node_init_int (node, g_rand_int_range (rand, -3, 100));
    case 3:
      return json_node_init_boolean (node, g_rand_boolean (rand));
    case 4:
      return json_node_init_null (node);
    case 5:
      {
        JsonObject *object = json_object_new ();

        json_node_init_object (node, object);
        json_object_unref (object);
        return node;
      }
    default:
      {
        JsonArray *array = json_array_new ();

        json_node_init_array (node, array);
        json_array_unref (array);
        return node;
      }
    }
}

static const char *
random_member (GRand *rand)
{
  return member_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (member_names))];
}

static JsonNode *rebuild (Rebuild *r, JsonNode *node);

/* A copy of @node whose children are rebuilt. */
static JsonNode *
copy_rebuilding (Rebuild  *r,
                 JsonNode *node)
{
  JsonNode *copy;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node), *new_object = json_object_new ();
      g_autoptr(GList) members = json_object_get_members (object);

      for (GList *l = members; l != NULL; l = l->next)
        {
          JsonNode *child = rebuild (r, json_object_get_member (object, l->data));

          if (child != NULL)
            json_object_set_member (new_object, l->data, child);
          if (r->duplicate != NULL)
            json_object_set_member (new_object, random_member (r->rand), g_steal_pointer (&r->duplicate));
        }
      copy = json_node_init_object (json_node_alloc (), new_object);
      json_object_unref (new_object);
      return copy;
    }
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node), *new_array = json_array_new ();

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *child = rebuild (r, json_array_get_element (array, i));

          if (child != NULL)
            json_array_add_element (new_array, child);
          if (r->duplicate != NULL)
            json_array_add_element (new_array, g_steal_pointer (&r->duplicate));
        }
      copy = json_node_init_array (json_node_alloc (), new_array);
      json_array_unref (new_array);
      return copy;
    }
  return json_node_copy (node);
}

/* A plain copy, with nothing changed: counting goes on, no pick matches. */
static JsonNode *
deep_copy (Rebuild  *r,
           JsonNode *node)
{
  guint pick = r->pick;
  JsonNode *copy;

  r->pick = G_MAXUINT;
  copy = copy_rebuilding (r, node);
  r->pick = pick;
  return copy;
}

static JsonNode *
rebuild (Rebuild  *r,
         JsonNode *node)
{
  JsonNode *copy;

  if (r->counter++ != r->pick)
    return copy_rebuilding (r, node);

  switch (r->mutation)
    {
    case OTHER_TYPE:
      return random_value (r->rand);
    case DELETE:
      return NULL;
    case DUPLICATE:
      copy = deep_copy (r, node);
      r->duplicate = deep_copy (r, node);
      return copy;
    case NEST:
      copy = deep_copy (r, node);
      if (g_rand_boolean (r->rand))
        {
          JsonArray *array = json_array_new ();

          json_array_add_element (array, copy);
          copy = json_node_init_array (json_node_alloc (), array);
          json_array_unref (array);
        }
      else
        {
          JsonObject *object = json_object_new ();

          json_object_set_member (object, random_member (r->rand), copy);
          copy = json_node_init_object (json_node_alloc (), object);
          json_object_unref (object);
        }
      return copy;
    case ADD_MEMBER:
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return random_value (r->rand);
      copy = deep_copy (r, node);
      json_object_set_member (json_node_get_object (copy), random_member (r->rand), random_value (r->rand));
      return copy;
    case SWAP:
    case N_MUTATIONS:
    default:
      return deep_copy (r, r->other);
    }
}

static JsonNode *
mutate (JsonNode *root,
        GRand    *rand)
{
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  Rebuild r = { rand };
  JsonNode *result;

  count_nodes (root, nodes);
  r.mutation = g_rand_int_range (rand, 0, N_MUTATIONS);
  /* Not the root itself, when there is more: its members are the format's. */
  r.pick = nodes->len > 1 ? (guint) g_rand_int_range (rand, 1, nodes->len) : 0;
  r.other = g_ptr_array_index (nodes, g_rand_int_range (rand, 0, nodes->len));
  result = rebuild (&r, root);
  g_clear_pointer (&r.duplicate, json_node_unref);
  return result != NULL ? result : random_value (rand);
}

size_t
LLVMFuzzerCustomMutator (guint8       *data,
                         size_t        size,
                         size_t        max_size,
                         unsigned int  seed)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) root = NULL;
  gsize length;
  guint n_mutations;

  g_autoptr(BriefingProblem) problem = NULL;
  BriefingJsonShape shape;

  /* Now and then bytes, so that the grammar's own corners are reached too.
   * json-glib parses only what the loader's guard accepts: it overflows the
   * stack on deep nesting and leaks on some errors. */
  if (g_rand_int_range (rand, 0, 8) == 0)
    return LLVMFuzzerMutate (data, size, max_size);
  problem = briefing_json_guard ((const char *) data, size, &shape);
  briefing_json_shape_clear (&shape);
  if (problem != NULL ||
      !json_parser_load_from_data (parser, (const char *) data + shape.skip, (gssize) (size - shape.skip), NULL) ||
      json_parser_get_root (parser) == NULL)
    return LLVMFuzzerMutate (data, size, max_size);

  root = json_node_copy (json_parser_get_root (parser));
  n_mutations = g_rand_int_range (rand, 1, 4);
  for (guint i = 0; i < n_mutations; i++)
    {
      JsonNode *mutated = mutate (root, rand);

      json_node_unref (root);
      root = mutated;
    }

  generator = json_generator_new ();
  json_generator_set_pretty (generator, g_rand_boolean (rand));
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &length);
  if (length > max_size)
    return LLVMFuzzerMutate (data, size, max_size);
  memcpy (data, text, length);
  return length;
}
