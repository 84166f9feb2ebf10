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
} BriefingJsonShape;

BriefingProblem *briefing_json_guard        (const char        *data,
                                             gsize              length,
                                             BriefingJsonShape *shape);
void             briefing_json_shape_clear  (BriefingJsonShape *shape);
void             briefing_json_locate       (const char        *data,
                                             gsize              length,
                                             GPtrArray         *problems);
gboolean         briefing_json_locate_cancellable (const char   *data,
                                                   gsize         length,
                                                   GPtrArray    *problems,
                                                   GCancellable *cancellable);

G_END_DECLS
