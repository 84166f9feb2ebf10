/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "briefing-html-text.h"
#include "briefing-uri.h"

/*
 * TimelineJS writes its texts in HTML; Briefing shows plain text. This is not
 * an HTML parser and builds no tree: one pass over the text, in time linear
 * in its length whatever its tags, keeps the words, paragraphs and line
 * breaks, decodes entities, keeps a link's address after its words when it
 * is a web address, and drops everything else. Nothing of the input reaches
 * Pango markup or an HTML engine, and no address is opened.
 */

typedef enum
{
  BREAK_NONE,
  BREAK_SPACE,
  BREAK_LINE,
  BREAK_PARAGRAPH,
} Break;

typedef struct
{
  GString    *out;
  Break       pending;    /* the whitespace owed before the next word */
  char       *link;       /* the web address of the open <a>, if any */
  gsize       link_start; /* where its words start in out */
} Writer;

typedef struct
{
  const char *name;
  gunichar    character;
} Entity;

/* The entities newsroom HTML uses; an unknown one stays as it is written. */
static const Entity entities[] = {
  { "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' }, { "apos", '\'' },
  { "nbsp", 0x00A0 }, { "ensp", 0x2002 }, { "emsp", 0x2003 }, { "thinsp", 0x2009 },
  { "ndash", 0x2013 }, { "mdash", 0x2014 }, { "hellip", 0x2026 }, { "bull", 0x2022 },
  { "middot", 0x00B7 }, { "lsquo", 0x2018 }, { "rsquo", 0x2019 }, { "sbquo", 0x201A },
  { "ldquo", 0x201C }, { "rdquo", 0x201D }, { "bdquo", 0x201E }, { "laquo", 0x00AB },
  { "raquo", 0x00BB }, { "lsaquo", 0x2039 }, { "rsaquo", 0x203A }, { "prime", 0x2032 },
  { "Prime", 0x2033 }, { "copy", 0x00A9 }, { "reg", 0x00AE }, { "trade", 0x2122 },
  { "deg", 0x00B0 }, { "plusmn", 0x00B1 }, { "times", 0x00D7 }, { "divide", 0x00F7 },
  { "minus", 0x2212 }, { "frac12", 0x00BD }, { "frac14", 0x00BC }, { "frac34", 0x00BE },
  { "sup2", 0x00B2 }, { "sup3", 0x00B3 }, { "micro", 0x00B5 }, { "para", 0x00B6 },
  { "sect", 0x00A7 }, { "cent", 0x00A2 }, { "pound", 0x00A3 }, { "euro", 0x20AC },
  { "yen", 0x00A5 }, { "iexcl", 0x00A1 }, { "iquest", 0x00BF }, { "shy", 0x00AD },
  { "Agrave", 0x00C0 }, { "Aacute", 0x00C1 }, { "Acirc", 0x00C2 }, { "Atilde", 0x00C3 },
  { "Auml", 0x00C4 }, { "Aring", 0x00C5 }, { "AElig", 0x00C6 }, { "Ccedil", 0x00C7 },
  { "Egrave", 0x00C8 }, { "Eacute", 0x00C9 }, { "Ecirc", 0x00CA }, { "Euml", 0x00CB },
  { "Igrave", 0x00CC }, { "Iacute", 0x00CD }, { "Icirc", 0x00CE }, { "Iuml", 0x00CF },
  { "Ntilde", 0x00D1 }, { "Ograve", 0x00D2 }, { "Oacute", 0x00D3 }, { "Ocirc", 0x00D4 },
  { "Otilde", 0x00D5 }, { "Ouml", 0x00D6 }, { "Oslash", 0x00D8 }, { "Ugrave", 0x00D9 },
  { "Uacute", 0x00DA }, { "Ucirc", 0x00DB }, { "Uuml", 0x00DC }, { "Yacute", 0x00DD },
  { "szlig", 0x00DF }, { "agrave", 0x00E0 }, { "aacute", 0x00E1 }, { "acirc", 0x00E2 },
  { "atilde", 0x00E3 }, { "auml", 0x00E4 }, { "aring", 0x00E5 }, { "aelig", 0x00E6 },
  { "ccedil", 0x00E7 }, { "egrave", 0x00E8 }, { "eacute", 0x00E9 }, { "ecirc", 0x00EA },
  { "euml", 0x00EB }, { "igrave", 0x00EC }, { "iacute", 0x00ED }, { "icirc", 0x00EE },
  { "iuml", 0x00EF }, { "ntilde", 0x00F1 }, { "ograve", 0x00F2 }, { "oacute", 0x00F3 },
  { "ocirc", 0x00F4 }, { "otilde", 0x00F5 }, { "ouml", 0x00F6 }, { "oslash", 0x00F8 },
  { "ugrave", 0x00F9 }, { "uacute", 0x00FA }, { "ucirc", 0x00FB }, { "uuml", 0x00FC },
  { "yacute", 0x00FD }, { "yuml", 0x00FF }, { "OElig", 0x0152 }, { "oelig", 0x0153 },
  { "Scaron", 0x0160 }, { "scaron", 0x0161 }, { "Zcaron", 0x017D }, { "zcaron", 0x017E },
  { "alpha", 0x03B1 }, { "beta", 0x03B2 }, { "gamma", 0x03B3 }, { "delta", 0x03B4 },
  { "pi", 0x03C0 }, { "mu", 0x03BC }, { "Omega", 0x03A9 }, { "larr", 0x2190 },
  { "rarr", 0x2192 }, { "uarr", 0x2191 }, { "darr", 0x2193 },
};

/* The entities HTML still reads without their ";". */
static const char * const bare_entities[] = { "amp", "lt", "gt", "quot", "nbsp", "copy", "reg" };

/* Elements whose content is not text for a reader: dropped with it. */
static const char * const dropped_elements[] = {
  "script", "style", "template", "iframe", "object", "svg", "math", "head", "title", "textarea",
};

static const char * const paragraph_elements[] = {
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "dt", "dd", "blockquote",
  "pre", "table", "tr", "section", "article", "header", "footer", "aside", "figure",
  "figcaption", "hr", "address", "main", "nav", "details", "summary",
};

static gboolean
name_in (const char         *name,
         const char * const *names,
         gsize               n_names)
{
  for (gsize i = 0; i < n_names; i++)
    if (g_ascii_strcasecmp (name, names[i]) == 0)
      return TRUE;
  return FALSE;
}

static void
write_break (Writer *w,
             Break   kind)
{
  w->pending = MAX (w->pending, kind);
}

static void
write_char (Writer   *w,
            gunichar  c)
{
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')
    {
      write_break (w, BREAK_SPACE);
      return;
    }
  /* Other control characters have no place in a reader's text. */
  if (c < 0x20 || c == 0x7F)
    return;

  if (w->out->len > 0)
    switch (w->pending)
      {
      case BREAK_SPACE: g_string_append_c (w->out, ' '); break;
      case BREAK_LINE: g_string_append_c (w->out, '\n'); break;
      case BREAK_PARAGRAPH: g_string_append (w->out, "\n\n"); break;
      case BREAK_NONE:
      default: break;
      }
  w->pending = BREAK_NONE;
  g_string_append_unichar (w->out, c);
}

static void
write_text (Writer     *w,
            const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    write_char (w, g_utf8_get_char (p));
}

/* Decodes the entity at @p (just after its "&"); returns where it ends and
 * sets @c, or returns NULL when it is no entity. */
static const char *
read_entity (const char *p,
             const char *end,
             gunichar   *c)
{
  if (p < end && *p == '#')
    {
      gboolean hex = p + 1 < end && (p[1] == 'x' || p[1] == 'X');
      const char *q = p + (hex ? 2 : 1), *digits = q;
      guint64 value = 0;

      while (q < end && (hex ? g_ascii_isxdigit (*q) : g_ascii_isdigit (*q)))
        {
          if (value <= 0x10FFFF)
            value = value * (hex ? 16 : 10) + (guint64) (hex ? g_ascii_xdigit_value (*q) : *q - '0');
          q++;
        }
      if (q == digits)
        return NULL;
      /* As HTML does: no NUL, no surrogate, nothing beyond Unicode. */
      *c = (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
         ? 0xFFFD : (gunichar) value;
      return q < end && *q == ';' ? q + 1 : q;
    }
  else
    {
      const char *q = p;
      char name[16];
      gsize n;

      while (q < end && g_ascii_isalnum (*q) && q - p < (gssize) sizeof name - 1)
        q++;
      n = (gsize) (q - p);
      if (n == 0)
        return NULL;
      memcpy (name, p, n);
      name[n] = '\0';
      for (gsize i = 0; i < G_N_ELEMENTS (entities); i++)
        if (strcmp (entities[i].name, name) == 0)
          {
            if (q < end && *q == ';')
              {
                *c = entities[i].character;
                return q + 1;
              }
            for (gsize j = 0; j < G_N_ELEMENTS (bare_entities); j++)
              if (strcmp (bare_entities[j], name) == 0)
                {
                  *c = entities[i].character;
                  return q;
                }
            return NULL;
          }
      return NULL;
    }
}

/* @text with its entities decoded, for attribute values. */
static char *
decode_entities (const char *text,
                 gsize       length)
{
  GString *out = g_string_sized_new (length);
  const char *end = text + length;

  for (const char *p = text; p < end;)
    {
      gunichar c;
      const char *after;

      if (*p == '&' && (after = read_entity (p + 1, end, &c)) != NULL)
        {
          g_string_append_unichar (out, c);
          p = after;
        }
      else
        g_string_append_c (out, *p++);
    }
  return g_string_free (out, FALSE);
}

static void
close_link (Writer *w)
{
  g_autofree char *link = g_steal_pointer (&w->link);
  g_autofree char *words = NULL;
  Break owed = w->pending;

  if (link == NULL)
    return;
  words = g_strstrip (g_strdup (w->out->str + MIN (w->link_start, w->out->len)));
  /* The address follows the words, unless the words are the address. */
  if (g_strcmp0 (words, link) == 0)
    return;
  if (words[0] != '\0')
    {
      write_char (w, ' ');
      write_char (w, '(');
      write_text (w, link);
      w->pending = BREAK_NONE;
      write_char (w, ')');
    }
  else
    write_text (w, link);
  /* The whitespace after the words is still owed, after the address. */
  w->pending = owed;
}

static void
open_link (Writer     *w,
           const char *href,
           gsize       href_length)
{
  g_autofree char *decoded = decode_entities (href, href_length);

  close_link (w);
  g_strstrip (decoded);
  if (!briefing_uri_is_web (decoded))
    return;
  w->link = g_steal_pointer (&decoded);
  /* Words start after the whitespace owed before them. */
  w->link_start = w->out->len + (w->out->len > 0 && w->pending != BREAK_NONE ? 1 : 0);
}

/* Skips to just past the first "</@name" ending a tag, case-insensitively;
 * the end of the text when there is none. */
static const char *
skip_element (const char *p,
              const char *end,
              const char *name)
{
  gsize n = strlen (name);

  for (; p < end; p++)
    {
      if (p[0] == '<' && p + 1 < end && p[1] == '/' && (gsize) (end - p - 2) >= n &&
          g_ascii_strncasecmp (p + 2, name, n) == 0 &&
          (p + 2 + n == end || strchr (" \t\n\r\f/>", p[2 + n]) != NULL))
        {
          const char *close = memchr (p, '>', (gsize) (end - p));

          return close != NULL ? close + 1 : end;
        }
    }
  return end;
}

/* Reads a tag from @p (at its "<"): acts on it, and returns where it ends.
 * A tag the text never closes swallows the rest, as in a browser. */
static const char *
read_tag (Writer     *w,
          const char *p,
          const char *end)
{
  gboolean closing = p[1] == '/';
  const char *q = p + (closing ? 2 : 1), *name_start = q;
  const char *href = NULL;
  gsize href_length = 0;
  char name[16];
  gsize n;

  while (q < end && (g_ascii_isalnum (*q) || *q == '-' || *q == ':'))
    q++;
  n = MIN ((gsize) (q - name_start), sizeof name - 1);
  memcpy (name, name_start, n);
  name[n] = '\0';

  /* Attributes: name, and a value quoted or not; only <a href> is kept. */
  while (q < end && *q != '>')
    {
      const char *attribute = q, *value = NULL;
      gsize attribute_length, value_length = 0;

      if (g_ascii_isspace (*q) || *q == '/')
        {
          q++;
          continue;
        }
      while (q < end && !g_ascii_isspace (*q) && *q != '/' && *q != '>' && *q != '=')
        q++;
      attribute_length = (gsize) (q - attribute);
      if (attribute_length == 0)
        attribute_length = 1, q++;  /* a stray "=" */
      while (q < end && g_ascii_isspace (*q))
        q++;
      if (q < end && *q == '=')
        {
          q++;
          while (q < end && g_ascii_isspace (*q))
            q++;
          if (q < end && (*q == '"' || *q == '\''))
            {
              const char *close = memchr (q + 1, *q, (gsize) (end - q - 1));

              if (close == NULL)
                return end;
              value = q + 1;
              value_length = (gsize) (close - value);
              q = close + 1;
            }
          else
            {
              value = q;
              while (q < end && !g_ascii_isspace (*q) && *q != '>')
                q++;
              value_length = (gsize) (q - value);
            }
        }
      if (value != NULL && attribute_length == 4 && g_ascii_strncasecmp (attribute, "href", 4) == 0)
        {
          href = value;
          href_length = value_length;
        }
    }
  if (q >= end)
    return end;
  q++;  /* the ">" */

  if (!closing && name_in (name, dropped_elements, G_N_ELEMENTS (dropped_elements)))
    return skip_element (q, end, name);
  if (g_ascii_strcasecmp (name, "br") == 0)
    write_break (w, BREAK_LINE);
  else if (g_ascii_strcasecmp (name, "li") == 0)
    {
      write_break (w, BREAK_LINE);
      if (!closing)
        {
          write_char (w, 0x2022);
          write_char (w, ' ');
        }
    }
  else if (name_in (name, paragraph_elements, G_N_ELEMENTS (paragraph_elements)))
    write_break (w, BREAK_PARAGRAPH);
  else if (g_ascii_strcasecmp (name, "a") == 0)
    {
      if (closing)
        close_link (w);
      else if (href != NULL)
        open_link (w, href, href_length);
      else
        close_link (w);
    }
  return q;
}

/* Skips "<!-- … -->", "<!…>", "<?…>" and "</ …>": dropped whole. */
static const char *
skip_markup_declaration (const char *p,
                         const char *end)
{
  const char *close;

  if (end - p >= 4 && strncmp (p, "<!--", 4) == 0)
    {
      for (const char *q = p + 4; q + 2 < end; q++)
        if (q[0] == '-' && q[1] == '-' && q[2] == '>')
          return q + 3;
      return end;
    }
  close = memchr (p, '>', (gsize) (end - p));
  return close != NULL ? close + 1 : end;
}

/**
 * briefing_html_to_text:
 * @html: TimelineJS text, in HTML, valid UTF-8
 *
 * Returns: (transfer full): the text a reader reads in @html: paragraphs
 *   apart by an empty line, line breaks kept, a web link written as
 *   "words (https://…)", entities decoded, every other tag dropped with its
 *   words kept, and scripts and styles dropped whole
 */
char *
briefing_html_to_text (const char *html)
{
  Writer w = { 0 };
  const char *p, *end;

  g_return_val_if_fail (html != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (html, -1, NULL), NULL);

  w.out = g_string_sized_new (strlen (html));
  end = html + strlen (html);
  for (p = html; p < end;)
    {
      if (*p == '<' && p + 1 < end && g_ascii_isalpha (p[1]))
        p = read_tag (&w, p, end);
      else if (*p == '<' && p + 2 < end && p[1] == '/' && g_ascii_isalpha (p[2]))
        p = read_tag (&w, p, end);
      else if (*p == '<' && p + 1 < end && (p[1] == '!' || p[1] == '?' || p[1] == '/'))
        p = skip_markup_declaration (p, end);
      else if (*p == '&')
        {
          gunichar c;
          const char *after = read_entity (p + 1, end, &c);

          write_char (&w, after != NULL ? c : '&');
          p = after != NULL ? after : p + 1;
        }
      else
        {
          write_char (&w, g_utf8_get_char (p));
          p = g_utf8_next_char (p);
        }
    }
  close_link (&w);
  return g_string_free (w.out, FALSE);
}
