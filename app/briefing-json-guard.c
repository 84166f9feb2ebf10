/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "briefing-cancel-check.h"
#include "briefing-json-guard.h"

/*
 * json-glib 1.6 is safe only on input that is already known to be good: it
 * recurses without a limit (a stack overflow near 100,000 nested "["), lets a
 * lone "\uDC00" escape through as invalid UTF-8, cuts strings at "\u0000",
 * takes an empty file for success with no root, and its syntax messages often
 * name the wrong token ('{"a":1,}' is "expected character `]'"). So every file
 * passes this scanner first: it checks the encoding, the whole JSON grammar
 * and those traps, and names the line and column of a mistake as a person
 * would put it. It builds nothing; json-glib still builds the values.
 *
 * The same walk, given JSON pointers, finds where values start, so semantic
 * problems found later get a line and column too.
 */

typedef struct
{
  const char *data;
  gsize       length;
  gsize       pos;
  guint       line;
  gsize       line_start;
  guint       depth;

  BriefingProblem   *problem;
  BriefingJsonShape *shape;      /* guard mode: what to learn */
  GHashTable        *top_keys;   /* guard mode: root member names seen */
  char              *top_key;    /* guard mode: the root member being read */
  guint64            n_elements; /* array elements finished so far */

  GString    *path;              /* locate mode: JSON pointer of the value at pos */
  GHashTable *wanted;            /* locate mode: pointer → GPtrArray of problems */
  gsize       column_pos;        /* locate mode: a byte offset on the current line, */
  guint       column;            /* and its column, to count on from */
  BriefingCancelCheck check;     /* asked every few thousand values */
  gboolean    stop;              /* cancelled */
} Scanner;

static gboolean scan_value (Scanner *s);

/* Line and column (in characters, from 1) of a byte offset. */
static void
position_of (const char *data,
             gsize       offset,
             guint      *line,
             guint      *column)
{
  /* A byte order mark is not a column. */
  gsize line_start = offset >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;

  *line = 1;
  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      {
        (*line)++;
        line_start = i + 1;
      }
  *column = 1;
  for (gsize i = line_start; i < offset; i++)
    if (((guchar) data[i] & 0xC0) != 0x80)
      (*column)++;
}

G_GNUC_PRINTF (4, 5)
static gboolean
fail (Scanner          *s,
      BriefingLoadError code,
      gsize             offset,
      const char       *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (s->problem != NULL)
    return FALSE;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  s->problem = briefing_problem_new (code, NULL, message);
  position_of (s->data, MIN (offset, s->length), &s->problem->line, &s->problem->column);
  return FALSE;
}

static gboolean
at_end (Scanner *s)
{
  return s->pos >= s->length;
}

static char
peek (Scanner *s)
{
  return at_end (s) ? '\0' : s->data[s->pos];
}

static void
skip_space (Scanner *s)
{
  while (!at_end (s))
    {
      char c = s->data[s->pos];

      if (c == '\n')
        {
          s->line++;
          s->line_start = s->pos + 1;
        }
      else if (c != ' ' && c != '\t' && c != '\r')
        return;
      s->pos++;
    }
}

static gboolean
is_word_char (char c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '.' || c == '+' || c == '-';
}

/* What stands at the scanner's position, for "expected X, found Y". */
static char *
describe_next (Scanner *s)
{
  const char *here = s->data + s->pos;
  gsize end = s->pos;

  if (at_end (s))
    return g_strdup (_("the end of the file"));
  if (*here == '"')
    return g_strdup (_("a string"));
  if (*here == '-' || g_ascii_isdigit (*here))
    return g_strdup (_("a number"));
  if (g_ascii_isalpha (*here))
    {
      while (end < s->length && is_word_char (s->data[end]) && end - s->pos < 32)
        end++;
      /* Translators: a word quoted from the file, as in: found “tru” */
      return g_strdup_printf (C_("quoted", "“%.*s”"), (int) (end - s->pos), here);
    }
  /* One whole character: the text is valid UTF-8 by now. */
  return g_strdup_printf (C_("quoted", "“%.*s”"),
                          (int) (g_utf8_next_char (here) - here), here);
}

static gboolean
expected (Scanner    *s,
          const char *what)
{
  g_autofree char *found = describe_next (s);

  /* Translators: "expected “,” or “}”, found a string" */
  return fail (s, BRIEFING_LOAD_ERROR_SYNTAX, s->pos, _("expected %s, found %s"), what, found);
}

static gboolean
fail_unclosed (Scanner *s,
               gsize    opened_at)
{
  guint line, column;

  position_of (s->data, opened_at, &line, &column);
  return fail (s, BRIEFING_LOAD_ERROR_SYNTAX, s->pos,
               _("unexpected end of the file: the “%c” at line %u, column %u is never closed"),
               s->data[opened_at], line, column);
}

static int
hex_value (const char *text)
{
  int value = 0;

  for (int i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (text[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

/* Reads "\uXXXX" at pos, checking it can stand in valid UTF-8 text. */
static gboolean
scan_unicode_escape (Scanner  *s,
                     gunichar *out)
{
  gsize start = s->pos;
  int unit = s->length - start >= 6 ? hex_value (s->data + start + 2) : -1;

  if (unit < 0)
    return fail (s, BRIEFING_LOAD_ERROR_SYNTAX, start,
                 _("invalid escape “\\u”: four hexadecimal digits must follow it"));
  if (unit == 0)
    return fail (s, BRIEFING_LOAD_ERROR_INVALID_STRING, start,
                 _("the escape “\\u0000” is not allowed: text cannot contain the NUL character"));
  s->pos += 6;

  if (unit >= 0xDC00 && unit <= 0xDFFF)
    return fail (s, BRIEFING_LOAD_ERROR_INVALID_STRING, start,
                 _("the escape “\\u%04X” is the second half of a surrogate pair without its first half"),
                 (guint) unit);
  if (unit >= 0xD800 && unit <= 0xDBFF)
    {
      int low = (s->length - s->pos >= 6 && s->data[s->pos] == '\\' && s->data[s->pos + 1] == 'u')
                ? hex_value (s->data + s->pos + 2) : -1;

      if (low < 0xDC00 || low > 0xDFFF)
        return fail (s, BRIEFING_LOAD_ERROR_INVALID_STRING, start,
                     _("the escape “\\u%04X” is the first half of a surrogate pair without its second half"),
                     (guint) unit);
      s->pos += 6;
      *out = 0x10000 + (((gunichar) unit - 0xD800) << 10) + ((gunichar) low - 0xDC00);
      return TRUE;
    }
  *out = (gunichar) unit;
  return TRUE;
}

/* Reads a string at pos; its decoded text goes to @text when not NULL. */
static gboolean
scan_string (Scanner *s,
             GString *text)
{
  gsize start = s->pos;

  s->pos++;
  while (!at_end (s))
    {
      guchar c = (guchar) s->data[s->pos];

      if (c == '"')
        {
          s->pos++;
          return TRUE;
        }
      if (c == '\\')
        {
          const char *simple = "\"\\/bfnrt";
          const char *decoded = "\"\\/\b\f\n\r\t";
          const char *found;
          char e = s->pos + 1 < s->length ? s->data[s->pos + 1] : '\0';
          gunichar unit = 0;

          if (e == 'u')
            {
              if (!scan_unicode_escape (s, &unit))
                return FALSE;
              if (text != NULL)
                g_string_append_unichar (text, unit);
              continue;
            }
          if (e == '\0' || (found = strchr (simple, e)) == NULL)
            {
              g_autofree char *escape = NULL;

              if (s->pos + 1 >= s->length)
                break;
              escape = g_strndup (s->data + s->pos,
                                  g_utf8_next_char (s->data + s->pos + 1) - (s->data + s->pos));
              return fail (s, BRIEFING_LOAD_ERROR_SYNTAX, s->pos,
                           _("invalid escape “%s”: use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u"),
                           escape);
            }
          if (text != NULL)
            g_string_append_c (text, decoded[found - simple]);
          s->pos += 2;
          continue;
        }
      if (c == '\n')
        return fail (s, BRIEFING_LOAD_ERROR_SYNTAX, start,
                     _("unterminated string: the line ends before its closing “\"”"));
      if (c < 0x20)
        return fail (s, BRIEFING_LOAD_ERROR_SYNTAX, s->pos,
                     _("control character U+%04X in a string: write it as an escape such as \\t"),
                     (guint) c);
      if (text != NULL)
        g_string_append_c (text, (char) c);
      s->pos++;
    }
  return fail (s, BRIEFING_LOAD_ERROR_SYNTAX, start,
               _("unterminated string: the file ends before its closing “\"”"));
}

static gboolean
scan_number (Scanner *s)
{
  gsize start = s->pos, end;
  const char *d = s->data;
  gsize i = start;
  gboolean ok = TRUE;

  if (i < s->length && d[i] == '-')
    i++;
  if (i < s->length && d[i] == '0')
    i++;
  else if (i < s->length && d[i] >= '1' && d[i] <= '9')
    while (i < s->length && g_ascii_isdigit (d[i]))
      i++;
  else
    ok = FALSE;

  if (ok && i < s->length && d[i] == '.')
    {
      gsize digits = ++i;

      while (i < s->length && g_ascii_isdigit (d[i]))
        i++;
      ok = i > digits;
    }
  if (ok && i < s->length && (d[i] == 'e' || d[i] == 'E'))
    {
      gsize digits;

      i++;
      if (i < s->length && (d[i] == '+' || d[i] == '-'))
        i++;
      digits = i;
      while (i < s->length && g_ascii_isdigit (d[i]))
        i++;
      ok = i > digits;
    }

  /* The token as a person sees it runs on over letters and signs. */
  end = i;
  while (end < s->length && is_word_char (d[end]))
    end++;
  if (!ok || end != i)
    return fail (s, BRIEFING_LOAD_ERROR_SYNTAX, start, _("invalid number “%.*s”"),
                 (int) MIN (end - start, 32), d + start);

  /* json-glib 1.6 wraps whole numbers past 64 bits around without a word. */
  if (memchr (d + start, '.', i - start) == NULL && memchr (d + start, 'e', i - start) == NULL &&
      memchr (d + start, 'E', i - start) == NULL && i - start > 18)
    {
      g_autofree char *digits = g_strndup (d + start, i - start);

      if (!g_ascii_string_to_signed (digits, 10, G_MININT64, G_MAXINT64, NULL, NULL))
        return fail (s, BRIEFING_LOAD_ERROR_INVALID_VALUE, start,
                     _("the number %.32s is too large: write it with a decimal point or an "
                       "exponent, such as 1.8e19"), digits);
    }
  s->pos = i;
  return TRUE;
}

static gboolean
scan_word (Scanner *s)
{
  static const char * const literals[] = { "true", "false", "null" };
  gsize end = s->pos;

  while (end < s->length && is_word_char (s->data[end]))
    end++;
  for (guint i = 0; i < G_N_ELEMENTS (literals); i++)
    if (end - s->pos == strlen (literals[i]) &&
        memcmp (s->data + s->pos, literals[i], end - s->pos) == 0)
      {
        s->pos = end;
        return TRUE;
      }
  return expected (s, _("a value (a string in double quotes, a number, an object, an array, "
                        "true, false or null)"));
}

static void
path_push_key (Scanner    *s,
               const char *key)
{
  g_string_append_c (s->path, '/');
  for (const char *p = key; *p != '\0'; p++)
    {
      if (*p == '~')
        g_string_append (s->path, "~0");
      else if (*p == '/')
        g_string_append (s->path, "~1");
      else
        g_string_append_c (s->path, *p);
    }
}

/* In locate mode, gives the problems whose value starts here their place.
 * The column is counted on from the last one counted on this line, so a
 * minified file with many problems on its one line stays linear. */
static void
mark_value (Scanner *s)
{
  GPtrArray *problems = g_hash_table_lookup (s->wanted, s->path->str);

  if (problems == NULL)
    return;
  if (s->column_pos < s->line_start || s->column_pos > s->pos)
    {
      s->column_pos = s->line_start;
      s->column = 1;
    }
  for (gsize i = s->column_pos; i < s->pos; i++)
    if (((guchar) s->data[i] & 0xC0) != 0x80)
      s->column++;
  s->column_pos = s->pos;
  for (guint i = 0; i < problems->len; i++)
    {
      BriefingProblem *problem = g_ptr_array_index (problems, i);

      /* A member given twice: the last one met wins, as in json-glib. */
      problem->line = s->line;
      problem->column = s->column;
    }
}

static gboolean
scan_object (Scanner *s)
{
  gsize opened_at = s->pos;
  g_autoptr(GString) key = NULL;
  gsize path_length = s->path != NULL ? s->path->len : 0;

  if (s->path != NULL || s->depth == 1)
    key = g_string_new (NULL);

  s->pos++;
  skip_space (s);
  if (peek (s) == '}')
    {
      s->pos++;
      return TRUE;
    }

  while (TRUE)
    {
      gsize key_at, comma_at;

      skip_space (s);
      if (at_end (s))
        return fail_unclosed (s, opened_at);
      if (peek (s) == '\'')
        return fail (s, BRIEFING_LOAD_ERROR_SYNTAX, s->pos,
                     _("names and strings take double quotes (\"), not single quotes (')"));
      if (peek (s) != '"')
        return expected (s, _("a member name in double quotes"));

      key_at = s->pos;
      if (key != NULL)
        g_string_truncate (key, 0);
      if (!scan_string (s, key))
        return FALSE;

      if (s->depth == 1 && s->shape != NULL)
        {
          if (g_hash_table_contains (s->top_keys, key->str))
            return fail (s, BRIEFING_LOAD_ERROR_DUPLICATE_MEMBER, key_at,
                         _("the member “%s” appears twice"), key->str);
          g_hash_table_add (s->top_keys, g_strdup (key->str));
          g_free (s->top_key);
          s->top_key = g_strdup (key->str);
        }

      skip_space (s);
      if (peek (s) != ':')
        return expected (s, _("“:” after the member name"));
      s->pos++;

      if (s->path != NULL)
        path_push_key (s, key->str);
      if (!scan_value (s))
        return FALSE;
      if (s->path != NULL)
        g_string_truncate (s->path, path_length);

      skip_space (s);
      if (at_end (s))
        return fail_unclosed (s, opened_at);
      if (peek (s) == '}')
        {
          s->pos++;
          return TRUE;
        }
      if (peek (s) != ',')
        return expected (s, _("“,” or “}” after a member"));

      comma_at = s->pos++;
      skip_space (s);
      if (peek (s) == '}')
        return fail (s, BRIEFING_LOAD_ERROR_SYNTAX, comma_at,
                     _("trailing comma: another member must follow “,” before “}”"));
    }
}

static void
add_to_chunk (BriefingJsonShape *shape,
              guint              index,
              gsize              start,
              gsize              end)
{
  GArray *chunks = shape->chunks;
  guint top = shape->top_arrays->len - 1;
  BriefingJsonChunk *last = chunks->len > 0 ? &g_array_index (chunks, BriefingJsonChunk, chunks->len - 1) : NULL;

  if (last == NULL || last->top != top || last->n_elements == BRIEFING_JSON_CHUNK_ELEMENTS ||
      end - last->start > BRIEFING_JSON_CHUNK_BYTES)
    {
      BriefingJsonChunk chunk = { top, index, 0, start, end };

      g_array_append_val (chunks, chunk);
      last = &g_array_index (chunks, BriefingJsonChunk, chunks->len - 1);
    }
  last->n_elements++;
  last->end = end;
}

static gboolean
scan_array (Scanner *s)
{
  gsize opened_at = s->pos;
  gsize path_length = s->path != NULL ? s->path->len : 0;
  gboolean is_top_array = s->shape != NULL && s->depth == 2 && s->shape->root_is_object;
  guint index = 0;

  s->pos++;
  skip_space (s);
  if (peek (s) == ']')
    {
      s->pos++;
      return TRUE;
    }

  while (TRUE)
    {
      gsize comma_at, value_at;

      if (index == BRIEFING_JSON_MAX_ITEMS)
        return fail (s, BRIEFING_LOAD_ERROR_TOO_LARGE, s->pos,
                     _("too many items: an array may hold at most %u"), BRIEFING_JSON_MAX_ITEMS);
      if (s->path != NULL)
        g_string_append_printf (s->path, "/%u", index);
      skip_space (s);
      value_at = s->pos;
      if (!scan_value (s))
        return FALSE;
      if (s->path != NULL)
        g_string_truncate (s->path, path_length);

      /* json-glib signals "array-element" as each element ends, in this order. */
      if (is_top_array && index == 0)
        {
          BriefingJsonTopArray top = { g_strdup (s->top_key), s->n_elements };

          g_array_append_val (s->shape->top_arrays, top);
        }
      if (is_top_array)
        add_to_chunk (s->shape, index, value_at, s->pos);
      s->n_elements++;
      index++;

      skip_space (s);
      if (at_end (s))
        return fail_unclosed (s, opened_at);
      if (peek (s) == ']')
        {
          s->pos++;
          return TRUE;
        }
      if (peek (s) != ',')
        return expected (s, _("“,” or “]” after an element"));

      comma_at = s->pos++;
      skip_space (s);
      if (peek (s) == ']')
        return fail (s, BRIEFING_LOAD_ERROR_SYNTAX, comma_at,
                     _("trailing comma: another element must follow “,” before “]”"));
    }
}

static gboolean
scan_container (Scanner *s)
{
  gboolean ok;

  if (s->depth == BRIEFING_JSON_MAX_DEPTH)
    return fail (s, BRIEFING_LOAD_ERROR_TOO_DEEP, s->pos,
                 _("objects and arrays are nested more than %d deep"), BRIEFING_JSON_MAX_DEPTH);

  if (s->shape != NULL && s->depth == 1 && s->shape->root_is_object)
    g_ptr_array_add (s->shape->top_containers, g_strdup (s->top_key));
  if (s->shape != NULL && s->depth == 0)
    s->shape->root_is_object = peek (s) == '{';

  s->depth++;
  ok = peek (s) == '{' ? scan_object (s) : scan_array (s);
  s->depth--;
  return ok;
}

static gboolean
scan_value (Scanner *s)
{
  char c;

  skip_space (s);
  if (briefing_cancel_check_item (&s->check))
    s->stop = TRUE;
  if (s->wanted != NULL && !s->stop)
    mark_value (s);
  if (s->stop)
    return FALSE;

  c = peek (s);
  if (at_end (s))
    return expected (s, _("a value"));
  if (c == '{' || c == '[')
    return scan_container (s);
  if (c == '"')
    return scan_string (s, NULL);
  if (c == '-' || g_ascii_isdigit (c))
    return scan_number (s);
  if (c == '\'')
    return fail (s, BRIEFING_LOAD_ERROR_SYNTAX, s->pos,
                 _("names and strings take double quotes (\"), not single quotes (')"));
  return scan_word (s);
}

static gboolean
scan_document (Scanner *s)
{
  if (!scan_value (s))
    return FALSE;
  skip_space (s);
  if (!at_end (s))
    {
      g_autofree char *found = describe_next (s);

      return fail (s, BRIEFING_LOAD_ERROR_SYNTAX, s->pos,
                   _("unexpected %s after the end of the document"), found);
    }
  return TRUE;
}

static void
clear_top_array (gpointer data)
{
  g_free (((BriefingJsonTopArray *) data)->name);
}

static gboolean
is_blank (const char *data,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!strchr (" \t\r\n", data[i]))
      return FALSE;
  return TRUE;
}

/**
 * briefing_json_guard:
 * @shape: (out caller-allocates): filled in when the text is good; clear it with
 *   briefing_json_shape_clear()
 *
 * Checks that @data is UTF-8 JSON that json-glib can parse safely.
 *
 * Returns: (transfer full) (nullable): the first problem, or %NULL if there is none
 */
BriefingProblem *
briefing_json_guard (const char        *data,
                     gsize              length,
                     BriefingJsonShape *shape)
{
  return briefing_json_guard_cancellable (data, length, shape, NULL);
}

/* g_utf8_validate_len() a megabyte at a time, hearing a cancel between
 * two: a whole 500 MB file takes it seconds. A character cut in two by the
 * end of a piece is checked whole with the next. Returns FALSE with
 * @invalid NULL when cancelled. */
static gboolean
validate_utf8 (const char           *data,
               gsize                 length,
               const char          **invalid,
               BriefingCancelCheck  *check)
{
  const gsize piece = 1024 * 1024;
  gsize pos = 0;

  while (pos < length)
    {
      gsize n = MIN (piece, length - pos);
      const char *end;

      if (briefing_cancel_check_now (check))
        {
          *invalid = NULL;
          return FALSE;
        }
      if (g_utf8_validate_len (data + pos, n, &end))
        {
          pos += n;
          continue;
        }
      /* At most three bytes of a character before the piece's end. */
      if (pos + n < length && (gsize) (data + pos + n - end) < 4 && end > data + pos)
        {
          pos = (gsize) (end - data);
          continue;
        }
      *invalid = end;
      return FALSE;
    }
  return TRUE;
}

/**
 * briefing_json_guard_cancellable:
 *
 * As briefing_json_guard(); once @cancellable is cancelled the walk stops
 * within a few thousand values and returns %NULL, the shape incomplete:
 * the caller asks @cancellable.
 */
BriefingProblem *
briefing_json_guard_cancellable (const char        *data,
                                 gsize              length,
                                 BriefingJsonShape *shape,
                                 GCancellable      *cancellable)
{
  Scanner s = { 0 };
  const char *invalid;

  memset (shape, 0, sizeof *shape);
  shape->top_containers = g_ptr_array_new_with_free_func (g_free);
  shape->top_arrays = g_array_new (FALSE, FALSE, sizeof (BriefingJsonTopArray));
  g_array_set_clear_func (shape->top_arrays, clear_top_array);
  shape->chunks = g_array_new (FALSE, FALSE, sizeof (BriefingJsonChunk));

  s.data = data;
  s.length = length;
  s.line = 1;
  s.shape = shape;
  /* Well under a millisecond of walking between two questions. */
  briefing_cancel_check_init (&s.check, cancellable, BRIEFING_LOAD_STAGE_GUARD, 4096);

  if (!validate_utf8 (data, length, &invalid, &s.check))
    {
      if (invalid == NULL)
        return NULL;  /* cancelled */
      gsize offset = (gsize) (invalid - data);

      if (*invalid == '\0')
        fail (&s, BRIEFING_LOAD_ERROR_ENCODING, offset,
              _("the file contains a NUL byte: it is not a text file"));
      else
        fail (&s, BRIEFING_LOAD_ERROR_ENCODING, offset,
              _("the file is not UTF-8 text: byte 0x%02X cannot start a character here"),
              (guint) (guchar) *invalid);
      return s.problem;
    }

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    shape->skip = s.pos = 3;
  if (is_blank (data + s.pos, length - s.pos))
    {
      s.problem = briefing_problem_new (BRIEFING_LOAD_ERROR_EMPTY, NULL, _("the file is empty"));
      return s.problem;
    }

  s.top_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  scan_document (&s);
  g_hash_table_unref (s.top_keys);
  g_free (s.top_key);
  if (s.stop)
    g_clear_pointer (&s.problem, briefing_problem_free);

  shape->n_lines = s.line;
  shape->n_elements = s.n_elements;
  return s.problem;
}

void
briefing_json_shape_clear (BriefingJsonShape *shape)
{
  g_clear_pointer (&shape->top_containers, g_ptr_array_unref);
  g_clear_pointer (&shape->top_arrays, g_array_unref);
  g_clear_pointer (&shape->chunks, g_array_unref);
}

/**
 * briefing_json_locate_cancellable:
 * @data: text that briefing_json_guard() accepted
 * @problems: (element-type BriefingProblem): problems whose line and column to set
 *
 * Gives each problem with a JSON pointer the line and column where that value
 * starts, in one walk over the text.
 *
 * Returns: %FALSE if @cancellable was cancelled before the walk ended
 */
gboolean
briefing_json_locate_cancellable (const char   *data,
                                  gsize         length,
                                  GPtrArray    *problems,
                                  GCancellable *cancellable)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                        (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GString) path = g_string_new (NULL);
  Scanner s = { 0 };

  for (guint i = 0; i < problems->len; i++)
    {
      BriefingProblem *problem = g_ptr_array_index (problems, i);
      GPtrArray *same_path;

      if (problem->path == NULL || problem->line != 0)
        continue;
      same_path = g_hash_table_lookup (wanted, problem->path);
      if (same_path == NULL)
        {
          same_path = g_ptr_array_new ();
          g_hash_table_insert (wanted, problem->path, same_path);
        }
      g_ptr_array_add (same_path, problem);
    }
  if (g_hash_table_size (wanted) == 0)
    return TRUE;

  s.data = data;
  s.length = length;
  s.line = 1;
  s.path = path;
  s.wanted = wanted;
  briefing_cancel_check_init (&s.check, cancellable, BRIEFING_LOAD_STAGE_LOCATE, 4096);
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    s.pos = s.line_start = 3;
  s.column_pos = s.line_start;
  s.column = 1;

  scan_document (&s);
  g_clear_pointer (&s.problem, briefing_problem_free);
  return !s.stop;
}

/**
 * briefing_json_locate:
 *
 * briefing_json_locate_cancellable() that cannot be cancelled.
 */
void
briefing_json_locate (const char *data,
                      gsize       length,
                      GPtrArray  *problems)
{
  briefing_json_locate_cancellable (data, length, problems, NULL);
}
