/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "briefing-calendar.h"
#include "briefing-free-later.h"
#include "briefing-era-private.h"
#include "briefing-model-private.h"
#include "briefing-report-eras.h"
#include "briefing-timeline.h"

/* Dates in longer years cannot be told apart in days of 64 bits. */
#define MAX_YEAR 999999999999LL
/* A headline made from a slide's text, when it has none. */
#define HEADLINE_LENGTH 80

struct _BriefingTimelineBuilder
{
  char       *file_name;   /* the base name, the report's source */
  char       *title;
  char       *summary;
  GPtrArray  *slides;      /* Slide, in the file's order */
  GPtrArray  *eras;        /* BriefingEra */
  BriefingCancelCheck *check;  /* the load's, or NULL */
};

/* A slide with its date parsed once, for the sort. */
typedef struct
{
  BriefingTimelineSlide slide;
  BriefingDate          date;
} Slide;

static const char * const part_names[] = {
  "year", "month", "day", "hour", "minute", "second", "millisecond",
};

const char *
briefing_timeline_part_name (BriefingTimelinePart part)
{
  g_return_val_if_fail (part < BRIEFING_TIMELINE_N_PARTS, NULL);
  return part_names[part];
}

/**
 * briefing_timeline_parse_number:
 *
 * Reads a whole number as TimelineJS files write them: "1969", " -500 ",
 * "+7", "1999.0".
 *
 * Returns: whether @text is one
 */
gboolean
briefing_timeline_parse_number (const char *text,
                                gint64     *value)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  const char *p = copy;
  gboolean negative = FALSE;
  guint n_digits = 0;
  gint64 result = 0;

  if (*p == '-' || *p == '+')
    negative = *p++ == '-';
  for (; g_ascii_isdigit (*p); p++)
    {
      /* Leading zeros do not count towards the limit. */
      if (result > 0 || *p != '0')
        n_digits++;
      if (n_digits > 15)
        return FALSE;
      result = result * 10 + (*p - '0');
    }
  if (p == copy || !g_ascii_isdigit (p[-1]))
    return FALSE;
  if (*p == '.')
    for (p++; *p == '0'; p++)
      ;
  if (*p != '\0')
    return FALSE;
  *value = negative ? -result : result;
  return TRUE;
}

static gboolean
out_of_range (const BriefingTimelineDate *date,
              BriefingTimelinePart        part,
              gint64                      low,
              gint64                      high)
{
  return date->has[part] && (date->value[part] < low || date->value[part] > high);
}

/* The astronomical year of a TimelineJS year: TimelineJS writes 500 BCE as
 * -500, which EDTF (with its year 0000 for 1 BCE) writes -0499. */
static gint64
astronomical_year (gint64 year)
{
  return year < 0 ? year + 1 : year;
}

/**
 * briefing_timeline_date_check:
 * @bad_part: (out): the part at fault
 * @reason: (out) (transfer full): what is wrong, for a message
 *
 * Returns: whether the parts make a date
 */
gboolean
briefing_timeline_date_check (const BriefingTimelineDate *date,
                              BriefingTimelinePart       *bad_part,
                              char                      **reason)
{
  char number[32];

  g_assert (date->has[BRIEFING_TIMELINE_YEAR]);

#define FAIL(part, ...) \
  G_STMT_START { \
    g_snprintf (number, sizeof number, "%" G_GINT64_FORMAT, date->value[part]); \
    *bad_part = part; \
    *reason = g_strdup_printf (__VA_ARGS__); \
    return FALSE; \
  } G_STMT_END

  if (out_of_range (date, BRIEFING_TIMELINE_YEAR, -MAX_YEAR, MAX_YEAR))
    FAIL (BRIEFING_TIMELINE_YEAR, _("years of more than %u digits are not supported"), 12);
  if (out_of_range (date, BRIEFING_TIMELINE_MONTH, 1, 12))
    FAIL (BRIEFING_TIMELINE_MONTH, _("there is no month %s: months go from 1 to 12"), number);
  if (date->has[BRIEFING_TIMELINE_DAY] && !date->has[BRIEFING_TIMELINE_MONTH])
    FAIL (BRIEFING_TIMELINE_DAY, "%s", _("a day cannot be given without a month"));
  if (date->has[BRIEFING_TIMELINE_DAY] &&
      out_of_range (date, BRIEFING_TIMELINE_DAY, 1,
                    briefing_calendar_days_in_month (astronomical_year (date->value[BRIEFING_TIMELINE_YEAR]),
                                                     (guint) date->value[BRIEFING_TIMELINE_MONTH])))
    FAIL (BRIEFING_TIMELINE_DAY, _("there is no day %s in that month"), number);
  if (out_of_range (date, BRIEFING_TIMELINE_HOUR, 0, 23))
    FAIL (BRIEFING_TIMELINE_HOUR, _("there is no hour %s: hours go from 0 to 23"), number);
  if (out_of_range (date, BRIEFING_TIMELINE_MINUTE, 0, 59))
    FAIL (BRIEFING_TIMELINE_MINUTE, _("there is no minute %s: minutes go from 0 to 59"), number);
  if (out_of_range (date, BRIEFING_TIMELINE_SECOND, 0, 59))
    FAIL (BRIEFING_TIMELINE_SECOND, _("there is no second %s: seconds go from 0 to 59"), number);
  if (out_of_range (date, BRIEFING_TIMELINE_MILLISECOND, 0, 999))
    FAIL (BRIEFING_TIMELINE_MILLISECOND,
          _("there is no millisecond %s: milliseconds go from 0 to 999"), number);
#undef FAIL
  return TRUE;
}

/**
 * briefing_timeline_date_to_edtf:
 *
 * Returns: (transfer full): the checked @date in the report format: "1969-07-20",
 *   "-0499" (500 BCE), "Y-13799999999"; a year beyond four digits keeps no month
 */
char *
briefing_timeline_date_to_edtf (const BriefingTimelineDate *date)
{
  gint64 year = astronomical_year (date->value[BRIEFING_TIMELINE_YEAR]);
  GString *text;

  if (year < -9999 || year > 9999)
    return g_strdup_printf ("Y%" G_GINT64_FORMAT, year);

  text = g_string_new (NULL);
  g_string_append_printf (text, "%s%04" G_GINT64_FORMAT, year < 0 ? "-" : "", ABS (year));
  if (date->has[BRIEFING_TIMELINE_MONTH])
    g_string_append_printf (text, "-%02" G_GINT64_FORMAT, date->value[BRIEFING_TIMELINE_MONTH]);
  if (date->has[BRIEFING_TIMELINE_MONTH] && date->has[BRIEFING_TIMELINE_DAY])
    g_string_append_printf (text, "-%02" G_GINT64_FORMAT, date->value[BRIEFING_TIMELINE_DAY]);
  return g_string_free (text, FALSE);
}

/**
 * briefing_timeline_date_time:
 *
 * Returns: (transfer full) (nullable): the time of day "14:30" or "14:30:05",
 *   when the date has an hour
 */
char *
briefing_timeline_date_time (const BriefingTimelineDate *date)
{
  gint64 minute = date->has[BRIEFING_TIMELINE_MINUTE] ? date->value[BRIEFING_TIMELINE_MINUTE] : 0;

  if (!date->has[BRIEFING_TIMELINE_HOUR])
    return NULL;
  if (date->has[BRIEFING_TIMELINE_SECOND] && date->value[BRIEFING_TIMELINE_SECOND] != 0)
    return g_strdup_printf ("%02" G_GINT64_FORMAT ":%02" G_GINT64_FORMAT ":%02" G_GINT64_FORMAT,
                            date->value[BRIEFING_TIMELINE_HOUR], minute,
                            date->value[BRIEFING_TIMELINE_SECOND]);
  return g_strdup_printf ("%02" G_GINT64_FORMAT ":%02" G_GINT64_FORMAT,
                          date->value[BRIEFING_TIMELINE_HOUR], minute);
}

/* Seconds into the day, for the order of slides of one day; -1 with no hour. */
gint64
briefing_timeline_date_second (const BriefingTimelineDate *date)
{
  if (!date->has[BRIEFING_TIMELINE_HOUR])
    return -1;
  return date->value[BRIEFING_TIMELINE_HOUR] * 3600
         + (date->has[BRIEFING_TIMELINE_MINUTE] ? date->value[BRIEFING_TIMELINE_MINUTE] * 60 : 0)
         + (date->has[BRIEFING_TIMELINE_SECOND] ? date->value[BRIEFING_TIMELINE_SECOND] : 0);
}

/**
 * briefing_timeline_slide_set_span:
 * @slide: the slide that gets the dates
 * @start: when it starts
 * @end: (nullable): when it ends, or %NULL for a single date
 *
 * Gives @slide its EDTF date (an interval when @end is given), the second of
 * the day it starts at, and its time of day ("14:30–16:00"), as both the
 * JSON and the spreadsheet readers read them.
 *
 * Returns: %FALSE when @end is before @start (the caller says where)
 */
gboolean
briefing_timeline_slide_set_span (BriefingTimelineSlide      *slide,
                                  const BriefingTimelineDate *start,
                                  const BriefingTimelineDate *end)
{
  g_autofree char *start_time = briefing_timeline_date_time (start);
  g_autofree char *end_time = NULL;

  slide->edtf = briefing_timeline_date_to_edtf (start);
  slide->start_second = briefing_timeline_date_second (start);
  if (end != NULL)
    {
      g_autofree char *end_edtf = briefing_timeline_date_to_edtf (end);
      g_autofree char *start_edtf = g_steal_pointer (&slide->edtf);
      BriefingDate date;

      slide->edtf = g_strconcat (start_edtf, "/", end_edtf, NULL);
      end_time = briefing_timeline_date_time (end);
      if (!briefing_date_parse (slide->edtf, &date, NULL) ||
          (g_str_equal (end_edtf, start_edtf) && briefing_timeline_date_second (end) >= 0 &&
           briefing_timeline_date_second (end) < slide->start_second))
        return FALSE;
    }

  if (start_time != NULL && end_time != NULL)
    /* Translators: a span of time in a day, "14:30–16:00" */
    slide->time_of_day = g_strdup_printf (C_("time", "%s–%s"), start_time, end_time);
  else
    slide->time_of_day = g_steal_pointer (&start_time);
  return TRUE;
}

void
briefing_timeline_slide_clear (BriefingTimelineSlide *slide)
{
  g_clear_pointer (&slide->edtf, g_free);
  g_clear_pointer (&slide->time_of_day, g_free);
  g_clear_pointer (&slide->date_text, g_free);
  g_clear_pointer (&slide->headline, g_free);
  g_clear_pointer (&slide->body, g_free);
  g_clear_pointer (&slide->group, g_free);
  g_clear_pointer (&slide->media_url, g_free);
  g_clear_pointer (&slide->media_credit, g_free);
  g_clear_pointer (&slide->media_caption, g_free);
  g_clear_pointer (&slide->unique_id, g_free);
}

static void
slide_free (Slide *slide)
{
  briefing_timeline_slide_clear (&slide->slide);
  g_free (slide);
}

BriefingTimelineBuilder *
briefing_timeline_builder_new (const char *file_name)
{
  BriefingTimelineBuilder *self = g_new0 (BriefingTimelineBuilder, 1);

  self->file_name = g_path_get_basename (file_name);
  self->slides = g_ptr_array_new_with_free_func ((GDestroyNotify) slide_free);
  self->eras = g_ptr_array_new_with_free_func (g_object_unref);
  return self;
}

void
briefing_timeline_builder_free (BriefingTimelineBuilder *self)
{
  if (self == NULL)
    return;
  g_free (self->file_name);
  g_free (self->title);
  g_free (self->summary);
  g_ptr_array_unref (self->slides);
  g_ptr_array_unref (self->eras);
  g_free (self);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* @text on one line: a headline or title keeps no line break. */
static char *
one_line (char *text)
{
  if (text == NULL)
    return NULL;
  for (char *p = text; *p != '\0'; p++)
    if (*p == '\n')
      *p = ' ';
  return text;
}

/* Takes @text, or frees it and gives NULL when it has nothing to read. */
static char *
take_text (char *text)
{
  if (is_blank (text))
    {
      g_free (text);
      return NULL;
    }
  return text;
}

void
briefing_timeline_builder_set_title (BriefingTimelineBuilder *self,
                                     char                    *headline,
                                     char                    *text)
{
  g_free (self->title);
  g_free (self->summary);
  self->title = take_text (one_line (headline));
  self->summary = take_text (text);
}

/* Takes @slide's contents. */
void
briefing_timeline_builder_add_slide (BriefingTimelineBuilder *self,
                                     BriefingTimelineSlide   *slide)
{
  Slide *copy = g_new (Slide, 1);
  gboolean ok;

  copy->slide = *slide;
  memset (slide, 0, sizeof *slide);
  ok = briefing_date_parse (copy->slide.edtf, &copy->date, NULL);
  g_assert (ok);
  g_ptr_array_add (self->slides, copy);
}

void
briefing_timeline_builder_add_era (BriefingTimelineBuilder *self,
                                   const char              *edtf,
                                   char                    *title,
                                   char                    *description)
{
  BriefingDate date;
  gboolean ok = briefing_date_parse (edtf, &date, NULL);

  g_assert (ok);
  title = take_text (one_line (title));
  if (title == NULL)
    title = g_strdup (_("Untitled era"));
  g_ptr_array_add (self->eras, _briefing_era_new (title, take_text (description), &date));
}

/* TimelineJS's order: by date, then by time of day (a slide without one
 * first), then as in the file. */
static int
compare_slides (gconstpointer a,
                gconstpointer b)
{
  const Slide *slide_a = *(Slide **) a, *slide_b = *(Slide **) b;
  const BriefingTimelineSlide *sa = &slide_a->slide, *sb = &slide_b->slide;
  int order = briefing_date_compare (&slide_a->date, &slide_b->date);

  if (order != 0)
    return order;
  if (sa->start_second != sb->start_second)
    return sa->start_second < sb->start_second ? -1 : 1;
  return sa->index < sb->index ? -1 : sa->index > sb->index;
}

static gboolean
is_valid_id (const char *id)
{
  if (id == NULL || !g_ascii_isalnum (id[0]))
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_' && *p != '.')
      return FALSE;
  return TRUE;
}

/* An id of the report format made from @text ("Key Events" → "key-events"),
 * unique among @used (which keeps a copy); @fallback when nothing of @text
 * can be used. */
static char *
make_id (const char *text,
         const char *fallback,
         GHashTable *used)
{
  g_autoptr(GString) id = g_string_new (NULL);
  g_autofree char *base = NULL;
  /* "Über" → "uber"; what has no Latin letters falls back. */
  g_autofree char *ascii = text != NULL ? g_str_to_ascii (text, "C") : NULL;
  char *unique;

  if (is_valid_id (text) && !g_hash_table_contains (used, text))
    {
      g_hash_table_add (used, g_strdup (text));
      return g_strdup (text);
    }
  for (const char *p = ascii != NULL ? ascii : ""; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (id, g_ascii_tolower (*p));
      else if (id->len > 0 && id->str[id->len - 1] != '-')
        g_string_append_c (id, '-');
    }
  while (id->len > 0 && id->str[id->len - 1] == '-')
    g_string_truncate (id, id->len - 1);
  base = g_strdup (id->len > 0 ? id->str : fallback);
  unique = g_strdup (base);
  for (guint n = 2; g_hash_table_contains (used, unique); n++)
    {
      g_free (unique);
      unique = g_strdup_printf ("%s-%u", base, n);
    }
  g_hash_table_add (used, g_strdup (unique));
  return unique;
}

/* The first line of @body, cut at a word, for a slide without a headline. */
static char *
headline_from (const char *body)
{
  g_autofree char *line = NULL;
  const char *end;
  glong length;

  if (is_blank (body))
    return g_strdup (_("Untitled event"));
  end = strchr (body, '\n');
  line = end != NULL ? g_strndup (body, (gsize) (end - body)) : g_strdup (body);
  length = g_utf8_strlen (line, -1);
  if (length <= HEADLINE_LENGTH)
    return g_steal_pointer (&line);
  {
    char *cut = g_utf8_offset_to_pointer (line, HEADLINE_LENGTH);
    char *space = g_utf8_strrchr (line, (gssize) (cut - line), ' ');

    *(space != NULL && space > line ? space : cut) = '\0';
    return g_strconcat (line, "…", NULL);
  }
}

/* The slide's text, then its media's caption, then the media's web address
 * (shown, never fetched), each a paragraph. */
static char *
compose_body (BriefingTimelineSlide *slide)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  if (!is_blank (slide->body))
    g_ptr_array_add (parts, slide->body);
  if (!is_blank (slide->media_caption))
    g_ptr_array_add (parts, slide->media_caption);
  if (!is_blank (slide->media_url))
    g_ptr_array_add (parts, slide->media_url);
  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  return g_strjoinv ("\n\n", (char **) parts->pdata);
}

/* @slide's unique_id is by now the event's id. */
static BriefingEvent *
build_event (Slide      *parsed,
             guint       position,
             GHashTable *topics_by_group)
{
  BriefingTimelineSlide *slide = &parsed->slide;
  g_autofree char *headline = NULL;
  g_autoptr(GPtrArray) event_topics = NULL;
  BriefingAttribution *attribution = NULL;
  BriefingEvent *event;

  event = _briefing_event_new (g_steal_pointer (&slide->unique_id), &parsed->date, position);
  headline = is_blank (slide->headline) ? headline_from (slide->body)
                                         : one_line (g_strdup (slide->headline));
  _briefing_event_set_texts (event, g_steal_pointer (&headline), compose_body (slide),
                             take_text (g_steal_pointer (&slide->date_text)),
                             g_steal_pointer (&slide->time_of_day));

  if (!is_blank (slide->group))
    {
      g_autofree char *group = g_strstrip (g_strdup (slide->group));
      BriefingTopic *topic = g_hash_table_lookup (topics_by_group, group);

      g_assert (topic != NULL);
      event_topics = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (event_topics, g_object_ref (topic));
    }
  if (!is_blank (slide->media_credit))
    attribution = _briefing_attribution_new (g_strdup (slide->media_credit), NULL);
  _briefing_event_set_references (event, NULL, g_steal_pointer (&event_topics), NULL, attribution);
  return event;
}

static int
compare_slides_with_data (gconstpointer a,
                          gconstpointer b,
                          gpointer      unused)
{
  return compare_slides (a, b);
}

/* A load cancelled as the report was finished: freed on the side
 * (briefing-free-later.c), nothing returned. */
static BriefingReport *
cancelled (BriefingReport *report)
{
  briefing_free_later (report, g_object_unref);
  return NULL;
}

/**
 * briefing_timeline_builder_finish:
 *
 * Returns: (transfer full) (nullable): the report of the slides and eras
 *   added, %NULL when the builder's check was cancelled
 */
BriefingReport *
briefing_timeline_builder_finish (BriefingTimelineBuilder *self)
{
  BriefingReport *report = _briefing_report_new ();
  g_autoptr(GPtrArray) topics = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) event_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) topic_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) topics_by_group = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *title = NULL;
  char *dot;

  /* Topics in the order their groups first appear in the file. */
  for (guint i = 0; i < self->slides->len; i++)
    {
      BriefingTimelineSlide *slide = &((Slide *) g_ptr_array_index (self->slides, i))->slide;
      g_autofree char *group = slide->group != NULL ? g_strstrip (g_strdup (slide->group)) : NULL;

      if (!is_blank (group) && !g_hash_table_contains (topics_by_group, group))
        {
          g_autofree char *fallback = g_strdup_printf ("group-%u", topics->len + 1);
          BriefingTopic *topic = _briefing_topic_new (make_id (group, fallback, topic_ids),
                                                      g_strdup (group), NULL);

          g_ptr_array_add (topics, topic);
          g_hash_table_insert (topics_by_group, g_steal_pointer (&group), topic);
        }
    }

  /* Ids are given in the file's order, so they do not depend on the dates. */
  for (guint i = 0; i < self->slides->len; i++)
    {
      BriefingTimelineSlide *slide = &((Slide *) g_ptr_array_index (self->slides, i))->slide;
      g_autofree char *fallback = g_strdup_printf ("event-%u", slide->index + 1);
      char *id = make_id (slide->unique_id, fallback, event_ids);

      g_free (slide->unique_id);
      slide->unique_id = id;
    }

  if (self->check != NULL)
    briefing_cancel_check_set_stage (self->check, BRIEFING_LOAD_STAGE_SORT, 1024);
  if (!briefing_sort_cancellable (self->slides, compare_slides_with_data, NULL, self->check))
    return cancelled (report);
  if (self->check != NULL)
    briefing_cancel_check_set_stage (self->check, BRIEFING_LOAD_STAGE_BUILD, BRIEFING_BUILD_CHECK_EVERY);
  for (guint i = 0; i < self->slides->len; i++)
    {
      g_ptr_array_add (events, build_event (g_ptr_array_index (self->slides, i), i, topics_by_group));
      if (briefing_cancel_check_item (self->check))
        return cancelled (report);
    }

  title = g_steal_pointer (&self->title);
  if (title == NULL)
    {
      title = g_strdup (self->file_name);
      dot = strrchr (title, '.');
      if (dot != NULL && dot != title)
        *dot = '\0';
    }
  _briefing_report_set_texts (report, g_strdup ("1.1"), g_steal_pointer (&title), NULL, NULL,
                              g_steal_pointer (&self->summary));
  _briefing_report_set_source (report, g_strdup (self->file_name), NULL, NULL);
  g_ptr_array_sort (self->eras, briefing_era_compare);
  _briefing_report_set_eras (report, g_steal_pointer (&self->eras));
  self->eras = g_ptr_array_new_with_free_func (g_object_unref);
  if (!_briefing_report_set_lists (report, g_steal_pointer (&topics),
                                   g_ptr_array_new_with_free_func (g_object_unref),
                                   g_steal_pointer (&events),
                                   g_ptr_array_new_with_free_func (g_object_unref), self->check))
    return cancelled (report);
  return report;
}

/**
 * briefing_timeline_builder_set_check:
 * @check: (nullable): the load's, asked as the slides are sorted, made
 *   events and indexed; it must outlive the builder's finishing
 */
void
briefing_timeline_builder_set_check (BriefingTimelineBuilder *self,
                                     BriefingCancelCheck     *check)
{
  self->check = check;
}
