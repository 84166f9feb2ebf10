/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "briefing-text-search.h"

/*
 * Search in report text ignores case and accents: "kyiv" finds "Kyiv",
 * "zelenskyy" finds "Zelenskyy", "cafe" finds "café" and "CAFÉ". It folds
 * what readers of other scripts take to be the same too: Arabic harakat and
 * the tatweel that stretches a word ("كتاب" finds "كِتَـــاب"), hamza on alef
 * ("احمد" finds "أحمد"), alef maqsura and yeh; Hebrew points; full-width and
 * half-width forms ("ＡＢＣ" and "abc", "ｶﾀｶﾅ" and "カタカナ"), as NFKC would.
 * Japanese voicing marks stay: "ガ" is not "カ". No word boundaries are
 * assumed: Chinese and Japanese have none, so a match is any substring.
 *
 * Folding works one character at a time so that every byte of the folded text
 * can be traced back to the character of the original it came from; that is
 * what lets a match be highlighted in the text as written. Per character, the
 * compatibility decomposition is what g_utf8_normalize (…, G_NORMALIZE_NFKD)
 * yields (NFKD's canonical reordering only moves combining marks, and those
 * are dropped), and g_utf8_casefold then folds case ("ß" becomes "ss").
 */

#define ARABIC_TATWEEL        0x0640
#define ARABIC_ALEF_MAKSURA   0x0649
#define ARABIC_YEH            0x064A
#define KANA_VOICED_MARK      0x3099
#define KANA_SEMI_VOICED_MARK 0x309A

/* A mark a reader does not type or does not see as part of the letter. */
static inline gboolean
is_ignored_mark (gunichar c)
{
  if (c == KANA_VOICED_MARK || c == KANA_SEMI_VOICED_MARK)
    return FALSE;
  return c == ARABIC_TATWEEL || g_unichar_type (c) == G_UNICODE_NON_SPACING_MARK;
}

static inline gunichar
fold_letter (gunichar c)
{
  return c == ARABIC_ALEF_MAKSURA ? ARABIC_YEH : c;
}

static void
fold_char (GString  *folded,
           gunichar  c)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  char base[G_UNICHAR_MAX_DECOMPOSITION_LENGTH * 6 + 1];
  g_autofree char *casefolded = NULL;
  gsize n, len = 0;

  /* Most report text is ASCII: keep that path free of allocations. */
  if (c < 0x80)
    {
      g_string_append_c (folded, g_ascii_tolower ((char) c));
      return;
    }

  n = g_unichar_fully_decompose (c, TRUE, decomposed, G_N_ELEMENTS (decomposed));
  for (gsize i = 0; i < n; i++)
    if (!is_ignored_mark (decomposed[i]))
      len += g_unichar_to_utf8 (fold_letter (decomposed[i]), base + len);
  if (len == 0)
    return;

  /* Case folding can bring marks back (U+0130 folds to "i" + U+0307). */
  casefolded = g_utf8_casefold (base, len);
  for (const char *p = casefolded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar f = g_utf8_get_char (p);

      if (!is_ignored_mark (f))
        g_string_append_unichar (folded, f);
    }
}

/**
 * briefing_text_search_fold_into:
 * @folded: where to append
 * @text: UTF-8 text
 *
 * Appends @text folded for comparison to @folded: without accents or other
 * combining marks, case-folded.
 */
void
briefing_text_search_fold_into (GString    *folded,
                                const char *text)
{
  g_return_if_fail (folded != NULL);

  if (text == NULL)
    return;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    fold_char (folded, g_utf8_get_char (p));
}

/**
 * briefing_text_search_fold:
 * @text: (nullable): UTF-8 text
 *
 * Returns: (transfer full): @text folded for comparison (see
 *   briefing_text_search_fold_into()); "" for %NULL
 */
char *
briefing_text_search_fold (const char *text)
{
  GString *folded = g_string_new (NULL);

  briefing_text_search_fold_into (folded, text);
  return g_string_free (folded, FALSE);
}

/**
 * briefing_text_search_contains:
 * @text: (nullable): UTF-8 text
 * @folded_query: a query already folded with briefing_text_search_fold()
 *
 * Returns: whether @text contains the query, ignoring case and accents. An
 *   empty query is in every text.
 */
gboolean
briefing_text_search_contains (const char *text,
                               const char *folded_query)
{
  g_autoptr(GString) folded = NULL;

  g_return_val_if_fail (folded_query != NULL, FALSE);

  if (*folded_query == '\0')
    return TRUE;
  if (text == NULL || *text == '\0')
    return FALSE;

  folded = g_string_sized_new (strlen (text) + 8);
  briefing_text_search_fold_into (folded, text);
  return strstr (folded->str, folded_query) != NULL;
}

/**
 * briefing_text_search_find:
 * @text: (nullable): UTF-8 text
 * @query: (nullable): what to look for, as typed: it is folded here
 *
 * Finds every occurrence of @query in @text, ignoring case and accents, and
 * gives each as a range of bytes of @text as written, whole characters only,
 * with the combining marks that follow the last one: a match can be
 * highlighted in the original.
 *
 * Returns: (transfer full) (element-type BriefingTextRange): the matches, in
 *   order and not overlapping; empty for an empty query
 */
GArray *
briefing_text_search_find (const char *text,
                           const char *query)
{
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (BriefingTextRange));
  g_autofree char *folded_query = briefing_text_search_fold (query);
  g_autoptr(GString) folded = NULL;
  g_autoptr(GArray) origin = NULL;
  gsize query_len = strlen (folded_query);
  gsize text_len;
  const char *hit;

  if (query_len == 0 || text == NULL || *text == '\0')
    return ranges;

  /* origin[i] is the offset in @text of the character that gave folded byte i */
  text_len = strlen (text);
  folded = g_string_sized_new (text_len + 8);
  origin = g_array_sized_new (FALSE, FALSE, sizeof (gsize), text_len + 8);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gsize before = folded->len;
      gsize offset = p - text;

      fold_char (folded, g_utf8_get_char (p));
      for (gsize i = before; i < folded->len; i++)
        g_array_append_val (origin, offset);
    }

  for (hit = strstr (folded->str, folded_query);
       hit != NULL;
       hit = strstr (hit + query_len, folded_query))
    {
      gsize first = hit - folded->str;
      gsize last = first + query_len - 1;
      gsize last_char = g_array_index (origin, gsize, last);
      BriefingTextRange range;

      range.start = g_array_index (origin, gsize, first);
      if (last + 1 == folded->len)
        range.end = text_len;
      else if (g_array_index (origin, gsize, last + 1) != last_char)
        range.end = g_array_index (origin, gsize, last + 1);
      else
        /* The match ends inside one character's folding ("s" of "ß"): take it whole. */
        range.end = g_utf8_next_char (text + last_char) - text;

      /* Two matches within one character's folding ("s", "s" in "ß") are one range. */
      if (ranges->len > 0 &&
          range.start < g_array_index (ranges, BriefingTextRange, ranges->len - 1).end)
        g_array_index (ranges, BriefingTextRange, ranges->len - 1).end = range.end;
      else
        g_array_append_val (ranges, range);
    }

  return ranges;
}
