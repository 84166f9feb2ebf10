/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "briefing-html-text.h"
#include "briefing-problem.h"
#include "briefing-free-later.h"
#include "briefing-timeline-csv.h"
#include "briefing-timeline.h"
#include "briefing-uri.h"

/*
 * TimelineJS's spreadsheet template, exported as CSV (RFC 4180: cells apart
 * by ",", a cell in double quotes may hold commas, line breaks and doubled
 * quotes ""), one slide a row under a header row naming the columns:
 *
 *   Year, Month, Day, Time, End Year, End Month, End Day, End Time,
 *   Display Date, Headline, Text, Media, Media Credit, Media Caption,
 *   Media Thumbnail, Type, Group, Background
 *
 * in any order; other columns are ignored. Type "title" makes the title
 * slide, "era" an era; other rows are events. Problems point at the cell, by
 * line and column, and name its column by its header.
 */

#define BYTE_ORDER_MARK "\xEF\xBB\xBF"
/* How much of a file is read to tell a timeline's header row. */
#define SNIFF_LENGTH 65536

typedef struct
{
  char  *text;
  guint  line;
  guint  column;
} Cell;

typedef struct
{
  GArray *cells;  /* Cell */
  guint   line;   /* where the row starts */
} Row;

typedef enum
{
  COLUMN_YEAR,
  COLUMN_MONTH,
  COLUMN_DAY,
  COLUMN_TIME,
  COLUMN_END_YEAR,
  COLUMN_END_MONTH,
  COLUMN_END_DAY,
  COLUMN_END_TIME,
  COLUMN_DISPLAY_DATE,
  COLUMN_HEADLINE,
  COLUMN_TEXT,
  COLUMN_MEDIA,
  COLUMN_MEDIA_CREDIT,
  COLUMN_MEDIA_CAPTION,
  COLUMN_TYPE,
  COLUMN_GROUP,
  N_COLUMNS
} Column;

/* The template's headers, which the file must spell so (in any case). */
static const char * const column_names[N_COLUMNS] = {
  "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
  "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption", "Type", "Group",
};

typedef struct
{
  const char  *data;
  const char  *end;
  const char  *pos;
  guint        line;
  guint        column;
  GPtrArray   *problems;
  int          index[N_COLUMNS];  /* the cell of each column, or -1 */
  char        *header[N_COLUMNS]; /* each column's header as the file writes it */
} Reader;

static void
reader_clear (Reader *r)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    g_clear_pointer (&r->header[c], g_free);
}

static void
cell_clear (Cell *cell)
{
  g_free (cell->text);
}

static void
add_problem (Reader            *r,
             BriefingLoadError  code,
             guint              line,
             guint              column,
             const char        *format,
             ...) G_GNUC_PRINTF (5, 6);

static void
add_problem (Reader            *r,
             BriefingLoadError  code,
             guint              line,
             guint              column,
             const char        *format,
             ...)
{
  g_autofree char *message = NULL;
  BriefingProblem *problem;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  problem = briefing_problem_new (code, NULL, message);
  problem->line = line;
  problem->column = column;
  briefing_problems_add (r->problems, problem);
}

static void
advance (Reader *r)
{
  if (*r->pos == '\n')
    {
      r->line++;
      r->column = 1;
      r->pos++;
    }
  else
    {
      r->column++;
      r->pos = g_utf8_next_char (r->pos);
    }
}

/* Reads one row; FALSE at the end of the text or on a mistake, which stops
 * the reading (the rows after it could not be told apart). */
static gboolean
read_row (Reader *r,
          Row    *row,
          gboolean *failed)
{
  row->cells = g_array_new (FALSE, FALSE, sizeof (Cell));
  g_array_set_clear_func (row->cells, (GDestroyNotify) cell_clear);
  row->line = r->line;
  *failed = FALSE;
  if (r->pos >= r->end)
    return FALSE;

  for (;;)
    {
      GString *text = g_string_new (NULL);
      Cell cell = { NULL, r->line, r->column };

      if (r->pos < r->end && *r->pos == '"')
        {
          guint open_line = r->line, open_column = r->column;

          advance (r);
          for (;;)
            {
              if (r->pos >= r->end)
                {
                  add_problem (r, BRIEFING_LOAD_ERROR_SYNTAX, open_line, open_column,
                               _("the quoted cell that starts here is never closed: a “\"” is missing"));
                  g_string_free (text, TRUE);
                  *failed = TRUE;
                  return FALSE;
                }
              if (*r->pos == '"' && r->pos + 1 < r->end && r->pos[1] == '"')
                {
                  g_string_append_c (text, '"');
                  advance (r);
                  advance (r);
                }
              else if (*r->pos == '"')
                {
                  advance (r);
                  break;
                }
              else if (*r->pos == '\r' && r->pos + 1 < r->end && r->pos[1] == '\n')
                {
                  /* A line break in a cell is a line break, however the file ends its lines. */
                  r->pos++;
                }
              else
                {
                  const char *start = r->pos;

                  advance (r);
                  g_string_append_len (text, start, r->pos - start);
                }
            }
          if (r->pos < r->end && *r->pos != ',' && *r->pos != '\n' && *r->pos != '\r')
            {
              add_problem (r, BRIEFING_LOAD_ERROR_SYNTAX, r->line, r->column,
                           _("expected “,” or the end of the line after a quoted cell: "
                             "a quote inside a quoted cell is written “\"\"”"));
              g_string_free (text, TRUE);
              *failed = TRUE;
              return FALSE;
            }
        }
      else
        while (r->pos < r->end && *r->pos != ',' && *r->pos != '\n' && *r->pos != '\r')
          {
            const char *start = r->pos;

            advance (r);
            g_string_append_len (text, start, r->pos - start);
          }

      cell.text = g_string_free (text, FALSE);
      g_array_append_val (row->cells, cell);
      if (r->pos < r->end && *r->pos == ',')
        {
          advance (r);
          continue;
        }
      /* The end of the row: CRLF, LF, a lone CR, or the end of the text. */
      if (r->pos < r->end && *r->pos == '\r')
        {
          r->pos++;
          if (r->pos < r->end && *r->pos == '\n')
            advance (r);
          else
            {
              r->line++;
              r->column = 1;
            }
        }
      else if (r->pos < r->end)
        advance (r);
      return TRUE;
    }
}

static void
row_clear (Row *row)
{
  g_clear_pointer (&row->cells, g_array_unref);
}

static const Cell *
get_cell (Reader    *r,
          const Row *row,
          Column     column)
{
  int index = r->index[column];

  if (index < 0 || (guint) index >= row->cells->len)
    return NULL;
  return &g_array_index (row->cells, Cell, index);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* The cell's text, or NULL when it is blank or missing. */
static const char *
get_text (Reader    *r,
          const Row *row,
          Column     column)
{
  const Cell *cell = get_cell (r, row, column);

  return cell != NULL && !is_blank (cell->text) ? cell->text : NULL;
}

static char *
get_plain (Reader    *r,
           const Row *row,
           Column     column)
{
  const char *html = get_text (r, row, column);

  return html != NULL ? briefing_html_to_text (html) : NULL;
}

/* The problem's place: the cell, or where the row starts when it has none. */
static void
cell_place (Reader    *r,
            const Row *row,
            Column     column,
            guint     *line,
            guint     *col)
{
  const Cell *cell = get_cell (r, row, column);

  *line = cell != NULL ? cell->line : row->line;
  *col = cell != NULL ? cell->column : 1;
}

static void
add_cell_problem (Reader            *r,
                  const Row         *row,
                  Column             column,
                  BriefingLoadError  code,
                  const char        *reason)
{
  guint line, col;

  cell_place (r, row, column, &line, &col);
  /* Translators: a problem in a cell of a spreadsheet, named by its column's header */
  add_problem (r, code, line, col, _("column “%s”: %s"),
               r->header[column] != NULL ? r->header[column] : column_names[column], reason);
}

/* "14:30", "14:30:05", "2:30 PM", "2:30pm", "7 AM". */
static gboolean
parse_time (const char           *text,
            BriefingTimelineDate *date)
{
  g_autofree char *copy = g_strstrip (g_ascii_strdown (text, -1));
  g_auto(GStrv) parts = NULL;
  gint64 values[3] = { 0, 0, 0 };
  gboolean pm = FALSE, am = FALSE;
  gsize length = strlen (copy);
  guint n;

  if (length >= 2 && (g_str_has_suffix (copy, "am") || g_str_has_suffix (copy, "pm")))
    {
      pm = copy[length - 2] == 'p';
      am = !pm;
      copy[length - 2] = '\0';
      g_strchomp (copy);
    }
  parts = g_strsplit (copy, ":", -1);
  n = g_strv_length (parts);
  if (n == 0 || n > 3 || (n == 1 && !am && !pm))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (parts[i][0] == '\0' || !g_ascii_isdigit (parts[i][0]) ||
        !briefing_timeline_parse_number (parts[i], &values[i]) || values[i] < 0 ||
        (i > 0 && strlen (parts[i]) != 2))
      return FALSE;
  if (am || pm)
    {
      if (values[0] < 1 || values[0] > 12)
        return FALSE;
      values[0] = values[0] % 12 + (pm ? 12 : 0);
    }
  date->has[BRIEFING_TIMELINE_HOUR] = TRUE;
  date->value[BRIEFING_TIMELINE_HOUR] = values[0];
  date->has[BRIEFING_TIMELINE_MINUTE] = TRUE;
  date->value[BRIEFING_TIMELINE_MINUTE] = values[1];
  date->has[BRIEFING_TIMELINE_SECOND] = n == 3;
  date->value[BRIEFING_TIMELINE_SECOND] = values[2];
  return TRUE;
}

static gboolean
read_number_cell (Reader               *r,
                  const Row            *row,
                  Column                column,
                  BriefingTimelinePart  part,
                  BriefingTimelineDate *date)
{
  const char *text = get_text (r, row, column);
  g_autofree char *reason = NULL, *trimmed = NULL;

  date->has[part] = text != NULL;
  if (text == NULL || briefing_timeline_parse_number (text, &date->value[part]))
    return TRUE;
  trimmed = g_strstrip (g_strdup (text));
  reason = g_strdup_printf (_("“%s” is not a whole number"), trimmed);
  add_cell_problem (r, row, column, BRIEFING_LOAD_ERROR_INVALID_VALUE, reason);
  date->has[part] = FALSE;
  return FALSE;
}

/* Reads the date of the columns from @first (Year or End Year). */
static gboolean
read_date (Reader               *r,
           const Row            *row,
           Column                first,
           BriefingTimelineDate *date)
{
  static const BriefingTimelinePart parts[] = {
    BRIEFING_TIMELINE_YEAR, BRIEFING_TIMELINE_MONTH, BRIEFING_TIMELINE_DAY,
  };
  Column time_column = first + 3;
  const char *time;
  gboolean ok = TRUE;
  BriefingTimelinePart bad_part;
  g_autofree char *reason = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    ok &= read_number_cell (r, row, first + i, parts[i], date);
  time = get_text (r, row, time_column);
  if (time != NULL && !parse_time (time, date))
    {
      g_autofree char *why = g_strdup_printf (_("“%s” is not a time such as 14:30 or 2:30 PM"), time);

      add_cell_problem (r, row, time_column, BRIEFING_LOAD_ERROR_INVALID_DATE, why);
      ok = FALSE;
    }
  if (!ok || !date->has[BRIEFING_TIMELINE_YEAR])
    return FALSE;
  if (!briefing_timeline_date_check (date, &bad_part, &reason))
    {
      Column column = bad_part <= BRIEFING_TIMELINE_DAY ? first + bad_part : time_column;

      add_cell_problem (r, row, column, BRIEFING_LOAD_ERROR_INVALID_DATE, reason);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_span (Reader                *r,
           const Row             *row,
           gboolean               needs_end,
           BriefingTimelineSlide *slide)
{
  BriefingTimelineDate start = { 0 }, end = { 0 };
  gboolean has_start, has_end, end_given = get_text (r, row, COLUMN_END_YEAR) != NULL;

  has_start = read_date (r, row, COLUMN_YEAR, &start);
  if (get_text (r, row, COLUMN_YEAR) == NULL)
    add_cell_problem (r, row, COLUMN_YEAR, BRIEFING_LOAD_ERROR_MISSING_MEMBER,
                      _("a year is needed"));
  has_end = read_date (r, row, COLUMN_END_YEAR, &end);
  if (!end_given && needs_end)
    add_cell_problem (r, row, COLUMN_END_YEAR, BRIEFING_LOAD_ERROR_MISSING_MEMBER,
                      _("an era needs the year it ends"));
  if (!has_start || (end_given && !has_end) || (needs_end && !end_given))
    return FALSE;

  if (!briefing_timeline_slide_set_span (slide, &start, has_end ? &end : NULL))
    {
      add_cell_problem (r, row, COLUMN_END_YEAR, BRIEFING_LOAD_ERROR_INVALID_DATE,
                        _("the end date is before the start date"));
      return FALSE;
    }
  return TRUE;
}

static void
read_contents (Reader                *r,
               const Row             *row,
               BriefingTimelineSlide *slide)
{
  const char *url = get_text (r, row, COLUMN_MEDIA);

  slide->date_text = get_plain (r, row, COLUMN_DISPLAY_DATE);
  slide->headline = get_plain (r, row, COLUMN_HEADLINE);
  slide->body = get_plain (r, row, COLUMN_TEXT);
  slide->media_credit = get_plain (r, row, COLUMN_MEDIA_CREDIT);
  slide->media_caption = get_plain (r, row, COLUMN_MEDIA_CAPTION);
  slide->group = get_plain (r, row, COLUMN_GROUP);
  /* Shown as an address, never fetched. */
  if (url != NULL)
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (url));

      if (briefing_uri_is_web (trimmed))
        slide->media_url = g_steal_pointer (&trimmed);
    }
}

/* Finds the template's columns in the header row. */
static gboolean
read_header (Reader    *r,
             const Row *row)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      r->index[c] = -1;
      g_clear_pointer (&r->header[c], g_free);
    }
  for (guint i = 0; i < row->cells->len; i++)
    {
      const Cell *cell = &g_array_index (row->cells, Cell, i);
      g_autofree char *name = g_strstrip (g_strdup (cell->text));

      for (guint c = 0; c < N_COLUMNS; c++)
        if (r->index[c] < 0 && g_ascii_strcasecmp (name, column_names[c]) == 0)
          {
            r->index[c] = (int) i;
            r->header[c] = g_strdup (name);
          }
    }
  return r->index[COLUMN_YEAR] >= 0 && r->index[COLUMN_HEADLINE] >= 0;
}

static gboolean
row_is_blank (const Row *row)
{
  for (guint i = 0; i < row->cells->len; i++)
    if (!is_blank (g_array_index (row->cells, Cell, i).text))
      return FALSE;
  return TRUE;
}

static gboolean
is_blank_text (const char *data,
               gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;
  return TRUE;
}

static const char *
skip_byte_order_mark (const char *data,
                      gsize      *length)
{
  if (*length >= 3 && memcmp (data, BYTE_ORDER_MARK, 3) == 0)
    {
      *length -= 3;
      return data + 3;
    }
  return data;
}

/**
 * briefing_timeline_csv_may_be:
 *
 * Returns: whether the text starts with the header row of TimelineJS's
 *   template: a "Year" and a "Headline" column among others
 */
gboolean
briefing_timeline_csv_may_be (const char *data,
                              gsize       length)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_problem_free);
  Reader r = { 0 };
  Row header = { 0 };
  const char *text_end;
  gboolean failed, found;

  data = skip_byte_order_mark (data, &length);
  length = MIN (length, SNIFF_LENGTH);
  /* JSON starts with "{", "[" or white space; a header row with a name. */
  if (length == 0 || strchr ("{[ \t\r\n", data[0]) != NULL)
    return FALSE;
  /* Only the text up to a byte that is not text can be a header row. */
  g_utf8_validate_len (data, length, &text_end);
  length = (gsize) (text_end - data);
  r.data = r.pos = data;
  r.end = data + length;
  r.line = r.column = 1;
  r.problems = problems;
  found = read_row (&r, &header, &failed) && read_header (&r, &header);
  row_clear (&header);
  reader_clear (&r);
  return found;
}

/**
 * briefing_timeline_csv_read:
 * @file_name: the file's name, the report's source
 * @problems: (out) (transfer full): every problem, when there is one
 *
 * Returns: (transfer full) (nullable): the timeline of the spreadsheet
 */
BriefingReport *
briefing_timeline_csv_read (const char          *data,
                            gsize                length,
                            const char          *file_name,
                            BriefingCancelCheck *check,
                            GPtrArray          **problems)
{
  g_autoptr(BriefingTimelineBuilder) builder = briefing_timeline_builder_new (file_name);
  Reader r = { 0 };
  Row row = { 0 };
  gboolean failed;
  const char *invalid;
  guint n_slides = 0;

  r.problems = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_problem_free);
  *problems = r.problems;
  data = skip_byte_order_mark (data, &length);
  r.data = r.pos = data;
  r.end = data + length;
  r.line = r.column = 1;

  if (!g_utf8_validate_len (data, length, &invalid))
    {
      /* Count the place of the first byte that is not text. */
      r.end = invalid;
      while (r.pos < r.end)
        advance (&r);
      if (*invalid == '\0')
        add_problem (&r, BRIEFING_LOAD_ERROR_ENCODING, r.line, r.column,
                     _("the file contains a NUL byte: it is not a text file"));
      else
        add_problem (&r, BRIEFING_LOAD_ERROR_ENCODING, r.line, r.column,
                     _("the file is not UTF-8 text: byte 0x%02X cannot start a character here"),
                     (guint) (guchar) *invalid);
      return NULL;
    }

  /* As for a report: a problem with no place to point at. */
  if (is_blank_text (data, length))
    {
      g_ptr_array_add (r.problems, briefing_problem_new (BRIEFING_LOAD_ERROR_EMPTY, NULL,
                                                         _("the file is empty")));
      return NULL;
    }

  if (!read_row (&r, &row, &failed) || !read_header (&r, &row))
    {
      if (!failed)
        add_problem (&r, BRIEFING_LOAD_ERROR_NOT_A_REPORT, 1, 1,
                     _("this is not a TimelineJS spreadsheet: the first row must name "
                       "the columns, “Year” and “Headline” among them"));
      row_clear (&row);
      reader_clear (&r);
      return NULL;
    }
  row_clear (&row);

  while (read_row (&r, &row, &failed))
    {
      const char *type = get_text (&r, &row, COLUMN_TYPE);
      g_autofree char *kind = type != NULL ? g_strstrip (g_ascii_strdown (type, -1)) : NULL;
      BriefingTimelineSlide slide = { .index = n_slides, .start_second = -1 };

      if (row_is_blank (&row))
        ;
      else if (g_strcmp0 (kind, "title") == 0)
        {
          read_contents (&r, &row, &slide);
          briefing_timeline_builder_set_title (builder, g_steal_pointer (&slide.headline),
                                               g_steal_pointer (&slide.body));
        }
      else if (g_strcmp0 (kind, "era") == 0)
        {
          if (read_span (&r, &row, TRUE, &slide))
            {
              read_contents (&r, &row, &slide);
              briefing_timeline_builder_add_era (builder, slide.edtf, g_steal_pointer (&slide.headline),
                                                 g_steal_pointer (&slide.body));
            }
        }
      else
        {
          n_slides++;
          if (read_span (&r, &row, FALSE, &slide))
            {
              read_contents (&r, &row, &slide);
              briefing_timeline_builder_add_slide (builder, &slide);
            }
        }
      briefing_timeline_slide_clear (&slide);
      row_clear (&row);
      if (briefing_cancel_check_item (check))
        break;
    }
  row_clear (&row);
  reader_clear (&r);

  if (briefing_cancel_check_is_cancelled (check))
    {
      /* Its slides freed on the side, as a report's (briefing-free-later.c). */
      g_clear_pointer (problems, g_ptr_array_unref);
      briefing_free_later (g_steal_pointer (&builder), (GDestroyNotify) briefing_timeline_builder_free);
      return NULL;
    }
  if (r.problems->len > 0)
    return NULL;
  g_clear_pointer (problems, g_ptr_array_unref);
  briefing_timeline_builder_set_check (builder, check);
  return briefing_timeline_builder_finish (builder);
}
