/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "briefing-date.h"
#include "briefing-problem.h"

G_BEGIN_DECLS

typedef enum
{
  BRIEFING_JSON_OPTIONAL  = 0,
  BRIEFING_JSON_REQUIRED  = 1 << 0,
  BRIEFING_JSON_NON_EMPTY = 1 << 1,
} BriefingJsonNeed;

typedef struct
{
  GString   *path;      /* JSON pointer of the object being read */
  GPtrArray *problems;  /* BriefingProblem, in the order found */
} BriefingJsonReader;

void        briefing_json_reader_init          (BriefingJsonReader *b);
void        briefing_json_reader_clear         (BriefingJsonReader *b);
void        briefing_json_reader_add_problem   (BriefingJsonReader *b,
                                                BriefingLoadError   code,
                                                const char         *member,
                                                const char         *format,
                                                ...) G_GNUC_PRINTF (4, 5);
void        briefing_json_reader_push_index    (BriefingJsonReader *b,
                                                guint               index);
void        briefing_json_reader_push_member   (BriefingJsonReader *b,
                                                const char         *member);
void        briefing_json_reader_pop           (BriefingJsonReader *b);

const char *briefing_json_reader_describe_node (JsonNode           *node);
const char *briefing_json_reader_peek_string   (JsonObject         *object,
                                                const char         *member);
JsonObject *briefing_json_reader_peek_object   (JsonNode           *node);
const char *briefing_json_reader_peek_node_string (JsonNode       *node);
gboolean    briefing_json_reader_peek_int      (JsonNode           *node,
                                                gint64             *value);
gboolean    briefing_json_reader_peek_double   (JsonNode           *node,
                                                double             *value);
JsonArray  *briefing_json_reader_peek_array    (JsonNode           *node);
JsonNode   *briefing_json_reader_get_member    (BriefingJsonReader *b,
                                                JsonObject         *object,
                                                const char         *name,
                                                BriefingJsonNeed    need);
char       *briefing_json_reader_read_string   (BriefingJsonReader *b,
                                                JsonNode           *node,
                                                const char         *member,
                                                BriefingJsonNeed    need);
char       *briefing_json_reader_take_string   (BriefingJsonReader *b,
                                                JsonObject         *object,
                                                const char         *member,
                                                BriefingJsonNeed    need);
char       *briefing_json_reader_take_id       (BriefingJsonReader *b,
                                                JsonObject         *object);
gboolean    briefing_json_reader_read_number   (BriefingJsonReader *b,
                                                JsonNode           *node,
                                                const char         *member,
                                                double             *value);
gboolean    briefing_json_reader_take_number   (BriefingJsonReader *b,
                                                JsonObject         *object,
                                                const char         *member,
                                                BriefingJsonNeed    need,
                                                double             *value);
gboolean    briefing_json_reader_read_boolean  (BriefingJsonReader *b,
                                                JsonNode           *node,
                                                const char         *member,
                                                gboolean           *value);
gboolean    briefing_json_reader_take_boolean  (BriefingJsonReader *b,
                                                JsonObject         *object,
                                                const char         *member);
JsonObject *briefing_json_reader_read_object   (BriefingJsonReader *b,
                                                JsonNode           *node,
                                                const char         *member);
JsonObject *briefing_json_reader_take_object   (BriefingJsonReader *b,
                                                JsonObject         *object,
                                                const char         *member,
                                                BriefingJsonNeed    need);
JsonArray  *briefing_json_reader_read_array    (BriefingJsonReader *b,
                                                JsonNode           *node,
                                                const char         *member);
JsonArray  *briefing_json_reader_take_array    (BriefingJsonReader *b,
                                                JsonObject         *object,
                                                const char         *member,
                                                BriefingJsonNeed    need);
gboolean    briefing_json_reader_take_date     (BriefingJsonReader *b,
                                                JsonObject         *object,
                                                const char         *member,
                                                BriefingJsonNeed    need,
                                                BriefingDate       *date);

G_END_DECLS
