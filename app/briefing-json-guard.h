/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "briefing-problem.h"

G_BEGIN_DECLS

#define BRIEFING_JSON_MAX_DEPTH 64
/* Ten times the 100,000 events Briefing is measured with (docs/performance.md). */
#define BRIEFING_JSON_MAX_ITEMS 1000000

/* A member of the root object whose value is a non-empty array. */
typedef struct
{
  char   *name;
  guint64 first_element;  /* how many array elements of the whole document end
                           * before this array's first one does */
} BriefingJsonTopArray;

/* A run of a top array's elements, which json-glib can parse on their own
 * between "[" and "]": the loader parses a report chunk by chunk, so that a
 * cancel stops it between two. */
typedef struct
{
  guint  top;             /* in shape->top_arrays */
  guint  first_index;     /* of its first element in the array */
  guint  n_elements;
  gsize  start;           /* byte offsets: the first element's first byte, */
  gsize  end;             /* and past the last one's last */
} BriefingJsonChunk;

/* How many elements, or bytes (whichever comes first), a chunk holds: a
 * few milliseconds of parsing. */
#define BRIEFING_JSON_CHUNK_ELEMENTS 256
#define BRIEFING_JSON_CHUNK_BYTES (256 * 1024)

/* What the guard learns of a document that json-glib may then parse safely. */
typedef struct
{
  gsize      skip;            /* bytes of a UTF-8 byte order mark to skip */
  guint      n_lines;
  guint64    n_elements;      /* array elements in the whole document */
  gboolean   root_is_object;
  GPtrArray *top_containers;  /* names of the root's members whose values are
                               * objects or arrays, in the order of the text */
  GArray    *top_arrays;      /* BriefingJsonTopArray, in the order of the text */
  GArray    *chunks;          /* BriefingJsonChunk, in the order of the text */
} BriefingJsonShape;

BriefingProblem *briefing_json_guard        (const char        *data,
                                             gsize              length,
                                             BriefingJsonShape *shape);
BriefingProblem *briefing_json_guard_cancellable (const char        *data,
                                                  gsize              length,
                                                  BriefingJsonShape *shape,
                                                  GCancellable      *cancellable);
void             briefing_json_shape_clear  (BriefingJsonShape *shape);
void             briefing_json_locate       (const char        *data,
                                             gsize              length,
                                             GPtrArray         *problems);
gboolean         briefing_json_locate_cancellable (const char   *data,
                                                   gsize         length,
                                                   GPtrArray    *problems,
                                                   GCancellable *cancellable);

G_END_DECLS
