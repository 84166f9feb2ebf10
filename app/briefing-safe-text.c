/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-safe-text.h"

/*
 * Text from a report on its way to a terminal or a log: a message of
 * `briefing --validate` quotes values, ids and file names a stranger wrote.
 * Raw, an ESC starts a colour or a title change, BEL rings, a line break
 * forges a second `FILE:LINE:COLUMN:` line, and the bidirectional controls
 * reorder what is shown so that it reads other than it is. Each such
 * character is written visibly instead, as JSON would escape it (`\u001B`),
 * and a byte that is not UTF-8 as `\xFF`: one problem stays one line, shown
 * as it is.
 */

static gboolean
must_escape (gunichar c)
{
  return c < 0x20 ||                      /* C0, with tab and line feed */
         (c >= 0x7F && c <= 0x9F) ||      /* DEL and C1 */
         c == 0x2028 || c == 0x2029 ||    /* line and paragraph separators */
         (c >= 0x202A && c <= 0x202E) ||  /* bidirectional embeddings and overrides */
         (c >= 0x2066 && c <= 0x2069);    /* bidirectional isolates */
}

/**
 * briefing_safe_text_append:
 * @text: (nullable): any bytes
 *
 * Appends @text to @out with its control characters escaped.
 */
void
briefing_safe_text_append (GString    *out,
                           const char *text)
{
  const char *p = text;

  if (text == NULL)
    return;
  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_printf (out, "\\x%02X", (guchar) *p);
          p++;
          continue;
        }
      if (must_escape (c))
        g_string_append_printf (out, "\\u%04X", c);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
      p = g_utf8_next_char (p);
    }
}

/**
 * briefing_safe_text_escape:
 * @text: (nullable): any bytes
 *
 * Returns: (transfer full): @text with its control characters escaped
 */
char *
briefing_safe_text_escape (const char *text)
{
  GString *out = g_string_new (NULL);

  briefing_safe_text_append (out, text);
  return g_string_free (out, FALSE);
}
