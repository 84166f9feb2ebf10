/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "briefing-tab-names.h"

/*
 * Names for the tabs of a report's interviews, from their titles: short
 * enough that the switcher keeps its place in the header bar, different
 * enough to tell the interviews apart. The whole title is the tab's tooltip.
 */

/* Where the words all @titles start with end: a byte offset into each, the
 * same in all since the words are the same. 0 when one title would be left
 * with nothing, or when there is only one title. */
static gsize
common_words_length (const char * const *titles)
{
  gsize common = 0;

  if (titles[0] == NULL || titles[1] == NULL)
    return 0;

  for (gsize i = 0;; i++)
    {
      char c = titles[0][i];
      gboolean same = TRUE;

      for (guint t = 1; titles[t] != NULL; t++)
        same &= titles[t][i] == c;
      if (!same || c == '\0')
        break;
      /* A word ends at a space in all of them: what comes after is theirs. */
      if (c == ' ')
        common = i + 1;
    }

  for (guint t = 0; titles[t] != NULL; t++)
    {
      const char *rest = titles[t] + common;

      while (*rest == ' ')
        rest++;
      if (*rest == '\0')
        return 0;
    }
  return common;
}

/* A title without the words all share, the separators those leave at its
 * start ("Panel: after" and "Panel: before" leave "after" and "before"). */
static const char *
skip_separators (const char *text)
{
  while (*text != '\0')
    {
      gunichar c = g_utf8_get_char (text);

      if (!g_unichar_isspace (c) && !g_unichar_ispunct (c))
        break;
      text = g_utf8_next_char (text);
    }
  return text;
}

/* At most BRIEFING_TAB_NAME_MAX_CHARS characters, the ellipsis included,
 * cut after a whole word where there is one. */
static char *
shorten (const char *text)
{
  glong length = g_utf8_strlen (text, -1);
  const char *cut, *space = NULL;
  g_autofree char *head = NULL;

  if (length <= BRIEFING_TAB_NAME_MAX_CHARS)
    return g_strdup (text);

  cut = g_utf8_offset_to_pointer (text, BRIEFING_TAB_NAME_MAX_CHARS - 1);
  for (const char *p = text; p < cut; p = g_utf8_next_char (p))
    if (g_unichar_isspace (g_utf8_get_char (p)) && p > text)
      space = p;
  /* Half a name is less use than a cut word. */
  if (space != NULL && g_utf8_strlen (text, space - text) >= BRIEFING_TAB_NAME_MAX_CHARS / 2)
    cut = space;
  head = g_strndup (text, cut - text);
  g_strchomp (head);
  /* Nor a word's punctuation before the ellipsis: "Panel:…" */
  while (*head != '\0')
    {
      char *last = g_utf8_find_prev_char (head, head + strlen (head));

      if (!g_unichar_ispunct (g_utf8_get_char (last)))
        break;
      *last = '\0';
    }
  return g_strconcat (head, "…", NULL);
}

/**
 * briefing_tab_names_for_titles:
 * @titles: the interviews' titles, %NULL-terminated; empty where there is none
 *
 * Several titles, when one is too long, lose the words they all start with ("Interview with Jane
 * Doe", "Interview with John Roe" → "Jane Doe", "John Roe"), then each is
 * cut to BRIEFING_TAB_NAME_MAX_CHARS characters after a whole word, with an
 * ellipsis. An interview without a title is "Interview 2", by its place.
 *
 * Returns: (transfer full): one name per title
 */
char **
briefing_tab_names_for_titles (const char * const *titles)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GPtrArray) titled = g_ptr_array_new ();
  gsize common;

  g_return_val_if_fail (titles != NULL, NULL);

  /* Only the titled ones share words; the others are named by number. */
  for (guint i = 0; titles[i] != NULL; i++)
    if (*skip_separators (titles[i]) != '\0')
      g_ptr_array_add (titled, (gpointer) titles[i]);
  g_ptr_array_add (titled, NULL);
  /* Titles that fit keep their words: "Part 1" and "Part 2" say more than "1" and "2". */
  common = 0;
  for (guint i = 0; titled->pdata[i] != NULL; i++)
    if (g_utf8_strlen (titled->pdata[i], -1) > BRIEFING_TAB_NAME_MAX_CHARS)
      common = common_words_length ((const char * const *) titled->pdata);

  for (guint i = 0; titles[i] != NULL; i++)
    {
      const char *rest = skip_separators (titles[i]);

      if (*rest == '\0')
        {
          /* Translators: the tab of an interview without a title, by its place among the report's interviews */
          g_ptr_array_add (names, g_strdup_printf (C_("page", "Interview %u"), i + 1));
          continue;
        }
      g_ptr_array_add (names, shorten (skip_separators (titles[i] + common)));
    }
  g_ptr_array_add (names, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}
