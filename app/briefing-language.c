/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "briefing-language.h"

/*
 * A report's text keeps the direction of the language it is written in,
 * whatever the interface's: an Arabic report reads right to left inside an
 * English interface, an English one left to right inside an Arabic one.
 */

/* Languages written right to left unless a script subtag says otherwise. */
static const char * const right_to_left_languages[] = {
  "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "nqo", "pnb", "ps", "sd",
  "syr", "ug", "ur", "yi",
};

static const char * const right_to_left_scripts[] = {
  "adlm", "arab", "hebr", "nkoo", "rohg", "syrc", "thaa",
};

static gboolean
contains_ascii_nocase (const char * const *list,
                       gsize               n,
                       const char         *subtag,
                       gsize               len)
{
  for (gsize i = 0; i < n; i++)
    if (strlen (list[i]) == len && g_ascii_strncasecmp (list[i], subtag, len) == 0)
      return TRUE;
  return FALSE;
}

/**
 * briefing_language_is_right_to_left:
 * @tag: (nullable): a BCP 47 language tag: "ar", "he-IL", "az-Arab", "ku-Latn"
 *
 * Returns: whether text in @tag is written right to left: by its script
 *   subtag when it has one, else by its language
 */
gboolean
briefing_language_is_right_to_left (const char *tag)
{
  const char *p;
  gsize len;

  if (tag == NULL || *tag == '\0')
    return FALSE;

  /* A four-letter subtag is the script, and it decides. */
  for (p = tag + strcspn (tag, "-_"); *p != '\0'; p += len)
    {
      p++;
      len = strcspn (p, "-_");
      if (len == 4)
        return contains_ascii_nocase (right_to_left_scripts, G_N_ELEMENTS (right_to_left_scripts), p, len);
    }

  return contains_ascii_nocase (right_to_left_languages, G_N_ELEMENTS (right_to_left_languages),
                                tag, strcspn (tag, "-_"));
}

/**
 * briefing_text_isolate:
 * @text: (nullable): a piece of report text to put into a sentence
 *
 * Wraps @text in FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, so that an
 * English name inside Arabic (or an Arabic one inside English) keeps its own
 * direction and cannot reorder the words and punctuation around it.
 *
 * Returns: (transfer full): the isolated text; "" for %NULL or ""
 */
char *
briefing_text_isolate (const char *text)
{
  if (text == NULL || *text == '\0')
    return g_strdup ("");
  return g_strconcat ("\xe2\x81\xa8", text, "\xe2\x81\xa9", NULL);  /* U+2068 … U+2069 */
}

/**
 * briefing_text_isolate_as:
 * @text: (nullable): a piece of report text to put into a sentence
 * @right_to_left: whether the report's language is written right to left
 *
 * Like briefing_text_isolate(), but with the direction the report's language
 * gives (LEFT-TO-RIGHT or RIGHT-TO-LEFT ISOLATE) rather than the first strong
 * character's: an Arabic headline that starts with an English name still
 * reads right to left.
 *
 * Returns: (transfer full): the isolated text; "" for %NULL or ""
 */
char *
briefing_text_isolate_as (const char *text,
                          gboolean    right_to_left)
{
  if (text == NULL || *text == '\0')
    return g_strdup ("");
  return g_strconcat (right_to_left ? "\xe2\x81\xa7" : "\xe2\x81\xa6",  /* U+2067, U+2066 */
                      text, "\xe2\x81\xa9", NULL);
}
