/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * BriefingTextRange:
 * @start: byte offset of the first byte of a match in the original text
 * @end: byte offset just past the match
 */
typedef struct
{
  gsize start;
  gsize end;
} BriefingTextRange;

char     *briefing_text_search_fold     (const char *text);
void      briefing_text_search_fold_into (GString   *folded,
                                          const char *text);
gboolean  briefing_text_search_contains (const char *text,
                                         const char *folded_query);
gboolean  briefing_text_search_matches  (const char *folded_text,
                                         const char *folded_query);
gboolean  briefing_text_search_narrows  (const char *folded_query,
                                         const char *previous);
GArray   *briefing_text_search_find     (const char *text,
                                         const char *query);

gboolean  briefing_text_search_next_term (const char **query,
                                          const char **term,
                                          gsize       *term_len);

G_END_DECLS
