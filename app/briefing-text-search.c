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
 * Japanese voicing marks stay: "ガ" is not "カ". Typographic apostrophes,
 * quotation marks and dashes fold to the ASCII ones a reader types:
 * "Ukraine's" finds "Ukraine’s". No word boundaries are assumed: Chinese and
 * Japanese have none, so a match is any substring.
 *
 * A query is a list of terms, separated by spaces: its words, and any
 * "phrase in quotes" whole. Text matches when it contains every term, in any
 * order: "allies zelenskyy" finds "Zelenskyy urges allies".
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

/* What a reader types for a typographic apostrophe, quote or dash, or 0. */
static inline char
fold_punctuation (gunichar c)
{
  switch (c)
    {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B:  /* ‘ ’ ‚ ‛ */
    case 0x02BC: case 0x2032: case 0xFF07:               /* ʼ ′ ＇ */
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F:  /* “ ” „ ‟ */
    case 0x2033: case 0xFF02:                            /* ″ ＂ */
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013:  /* ‐ ‑ ‒ – */
    case 0x2014: case 0x2015: case 0x2212: case 0xFE58:  /* — ― − ﹘ */
    case 0xFE63: case 0xFF0D:                            /* ﹣ － */
      return '-';
    default:
      return 0;
    }
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
  if (fold_punctuation (c) != 0)
    {
      g_string_append_c (folded, fold_punctuation (c));
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

static inline gboolean
is_term_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The next term of a folded query from *@query on: a word, or what stands
 * between quotes (to the end if the quote is not closed yet, as while it is
 * typed). Folding made every quotation mark '"' and every space ' '. */
static gboolean
next_term (const char **query,
           const char **term,
           gsize       *term_len)
{
  const char *p = *query;

  for (;;)
    {
      const char *end;

      while (is_term_space (*p))
        p++;
      if (*p == '\0')
        {
          *query = p;
          return FALSE;
        }
      if (*p == '"')
        {
          p++;
          end = strchr (p, '"');
          if (end == NULL)
            end = p + strlen (p);
          *term = p;
          *term_len = end - p;
          p = *end == '"' ? end + 1 : end;
        }
      else
        {
          for (end = p; *end != '\0' && !is_term_space (*end) && *end != '"'; end++)
            ;
          *term = p;
          *term_len = end - p;
          p = end;
        }
      if (*term_len > 0)
        {
          *query = p;
          return TRUE;
        }
    }
}

/* Like strstr() for a needle that is not nul-terminated. */
static const char *
find_term (const char *haystack,
           const char *term,
           gsize       term_len)
{
  for (const char *h = strchr (haystack, *term); h != NULL; h = strchr (h + 1, *term))
    if (strncmp (h, term, term_len) == 0)
      return h;
  return NULL;
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
  return briefing_text_search_matches (folded->str, folded_query);
}

/**
 * briefing_text_search_matches:
 * @folded_text: text already folded with briefing_text_search_fold()
 * @folded_query: a query folded the same way
 *
 * Returns: whether @folded_text contains every term of @folded_query: each
 *   word, and each phrase in quotes, in any order. A query without terms is
 *   in every text.
 */
gboolean
briefing_text_search_matches (const char *folded_text,
                              const char *folded_query)
{
  const char *term;
  gsize term_len;

  g_return_val_if_fail (folded_text != NULL, FALSE);
  g_return_val_if_fail (folded_query != NULL, FALSE);

  while (next_term (&folded_query, &term, &term_len))
    if (find_term (folded_text, term, term_len) == NULL)
      return FALSE;
  return TRUE;
}

/**
 * briefing_text_search_narrows:
 * @folded_query: a query folded with briefing_text_search_fold()
 * @previous: the query before, folded the same way
 *
 * Returns: whether whatever @folded_query matches, @previous matches too, as
 *   when a word is typed on or added: then only what @previous matched needs
 *   a look. So it is when each term of @previous is within a term of
 *   @folded_query.
 */
gboolean
briefing_text_search_narrows (const char *folded_query,
                              const char *previous)
{
  const char *term;
  gsize term_len;

  g_return_val_if_fail (folded_query != NULL, FALSE);
  g_return_val_if_fail (previous != NULL, FALSE);

  while (next_term (&previous, &term, &term_len))
    {
      const char *query = folded_query;
      const char *new_term;
      gsize new_len;
      gboolean within = FALSE;

      while (!within && next_term (&query, &new_term, &new_len))
        {
          g_autofree char *copy = g_strndup (new_term, new_len);

          within = find_term (copy, term, term_len) != NULL;
        }
      if (!within)
        return FALSE;
    }
  return TRUE;
}

static int
compare_ranges (gconstpointer a,
                gconstpointer b)
{
  const BriefingTextRange *ra = a, *rb = b;

  return ra->start < rb->start ? -1 : ra->start > rb->start ? 1 : 0;
}

/**
 * briefing_text_search_find:
 * @text: (nullable): UTF-8 text
 * @query: (nullable): what to look for, as typed: it is folded here
 *
 * Finds every occurrence of each term of @query (see
 * briefing_text_search_matches()) in @text, ignoring case and accents, and
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
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (BriefingTextRange));
  const char *query_p = folded_query;
  const char *term;
  gsize term_len;
  gsize text_len;
  const char *hit;

  if (*folded_query == '\0' || text == NULL || *text == '\0')
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

  while (next_term (&query_p, &term, &term_len))
    for (hit = find_term (folded->str, term, term_len);
         hit != NULL;
         hit = find_term (hit + term_len, term, term_len))
      {
        gsize first = hit - folded->str;
        gsize last = first + term_len - 1;
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
        g_array_append_val (found, range);
      }

  /* In order; overlapping ranges (two terms, or "s", "s" within "ß") are one. */
  g_array_sort (found, compare_ranges);
  for (guint i = 0; i < found->len; i++)
    {
      BriefingTextRange *range = &g_array_index (found, BriefingTextRange, i);

      if (ranges->len > 0 &&
          range->start < g_array_index (ranges, BriefingTextRange, ranges->len - 1).end)
        g_array_index (ranges, BriefingTextRange, ranges->len - 1).end =
          MAX (range->end, g_array_index (ranges, BriefingTextRange, ranges->len - 1).end);
      else
        g_array_append_val (ranges, *range);
    }

  return ranges;
}

/**
 * briefing_text_search_next_term:
 * @query: (inout): where to read a folded query from; moved past the term
 * @term: (out): the term found, not NUL-terminated
 * @term_len: (out): its length in bytes
 *
 * The terms of a folded query as briefing_text_search_matches() sees them:
 * each word, and each phrase in quotes.
 *
 * Returns: whether a term was found
 */
gboolean
briefing_text_search_next_term (const char **query,
                                const char **term,
                                gsize       *term_len)
{
  g_return_val_if_fail (query != NULL && *query != NULL, FALSE);
  g_return_val_if_fail (term != NULL && term_len != NULL, FALSE);

  return next_term (query, term, term_len);
}
