/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "briefing-format.h"
#include "briefing-language.h"
#include "briefing-text-search.h"

static char *
format_events (guint n_events)
{
  return g_strdup_printf (ngettext ("%'u event", "%'u events", n_events), n_events);
}

static char *
format_turns (guint n_turns)
{
  return g_strdup_printf (ngettext ("%'u turn", "%'u turns", n_turns), n_turns);
}

/**
 * briefing_format_counts:
 *
 * Returns: (transfer full): how many events and interview turns concern a
 *   topic or entity, "3 events, 2 turns"; the turns left out when there are none
 */
char *
briefing_format_counts (guint n_events,
                        guint n_turns)
{
  g_autofree char *events = format_events (n_events);
  g_autofree char *turns = NULL;

  if (n_turns == 0)
    return g_steal_pointer (&events);
  turns = format_turns (n_turns);
  /* Translators: "3 events, 2 turns": how many events and interview turns */
  return g_strdup_printf (C_("counts", "%s, %s"), events, turns);
}

/**
 * briefing_format_search_counts:
 * @with_turns: whether the report has interviews, whose turns are counted
 *   even when the search finds none
 *
 * Returns: (transfer full): what a search finds, "12 events, 0 turns"
 */
char *
briefing_format_search_counts (guint    n_events,
                               guint    n_turns,
                               gboolean with_turns)
{
  g_autofree char *events = format_events (n_events);
  g_autofree char *turns = NULL;

  if (!with_turns)
    return g_steal_pointer (&events);
  turns = format_turns (n_turns);
  return g_strdup_printf (C_("counts", "%s, %s"), events, turns);
}

/**
 * briefing_format_selection:
 * @name: the topic's title or the entity's name
 *
 * Returns: (transfer full): the selection bar's text, "Kharkiv — 3 events, 2 turns"
 */
char *
briefing_format_selection (const char *name,
                           guint       n_events,
                           guint       n_turns)
{
  g_autofree char *counts = briefing_format_counts (n_events, n_turns);
  g_autofree char *isolated = NULL;

  g_return_val_if_fail (name != NULL, NULL);

  /* Isolated: a name in another script cannot reorder the words around it. */
  isolated = briefing_text_isolate (name);
  /* Translators: the selected topic or person, then how much concerns it */
  return g_strdup_printf (C_("selection", "%s — %s"), isolated, counts);
}

/**
 * briefing_format_title:
 * @report: (nullable): the report read
 *
 * Returns: (transfer full): the window's title: the report's, or the
 *   program's name
 */
char *
briefing_format_title (BriefingReport *report)
{
  const char *title = report != NULL ? briefing_report_get_title (report) : NULL;

  return g_strdup (title != NULL ? title : _("Briefing"));
}

/**
 * briefing_format_subtitle:
 * @report: (nullable): the report read
 * @topic: (nullable): the topic chosen
 * @entity: (nullable): the entity chosen
 *
 * Returns: (transfer full): what the window's subtitle says: the topic or
 *   entity chosen, or the report's subtitle; "" for none
 */
char *
briefing_format_subtitle (BriefingReport *report,
                          BriefingTopic  *topic,
                          BriefingEntity *entity)
{
  const char *subtitle = NULL;

  if (topic != NULL)
    subtitle = briefing_topic_get_title (topic);
  else if (entity != NULL)
    subtitle = briefing_entity_get_name (entity);
  else if (report != NULL)
    subtitle = briefing_report_get_subtitle (report);
  return g_strdup (subtitle != NULL ? subtitle : "");
}

/**
 * briefing_format_subtitle_with_period:
 * @selection: (nullable): the topic's title or entity's name chosen
 * @period: the period chosen, as briefing_time_axis_format_span() words it
 *
 * Returns: (transfer full): what the window's subtitle says while a period
 *   narrows the views: "Kharkiv · 3–9 October 2024", or the period alone
 */
char *
briefing_format_subtitle_with_period (const char *selection,
                                      const char *period)
{
  g_return_val_if_fail (period != NULL, NULL);

  if (selection == NULL || *selection == '\0')
    return g_strdup (period);
  /* Translators: the window's subtitle, a topic or entity and a period of
   * time, e.g. "Kharkiv · 3–9 October 2024" */
  return g_strdup_printf (C_("subtitle", "%s · %s"), selection, period);
}

/* Whether @words say no more than @date does: "Friday" beside "Friday,
 * 1 November 2024". */
static gboolean
says_no_more_than (const char *words,
                   const char *date)
{
  g_autofree char *folded_words = briefing_text_search_fold (words);
  g_autofree char *folded_date = briefing_text_search_fold (date);

  return strstr (folded_date, folded_words) != NULL;
}

/**
 * briefing_format_event_meta:
 * @date_text: (nullable): the event's date as the report words it
 * @date: the event's date as the interface formats it, which the heading of
 *   the event's date group shows
 * @time_of_day: (nullable): when in the day
 * @place: (nullable): the name of the event's place
 *
 * Returns: (transfer full): the line above an event's headline: what the
 *   heading above does not say: "recently · Russia", "overnight"; "" for
 *   nothing. The date itself is the heading's; a date text that says no more
 *   than it, and a time of day that is the date text, are left out.
 */
char *
briefing_format_event_meta (const char *date_text,
                            const char *date,
                            const char *time_of_day,
                            const char *place)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  g_return_val_if_fail (date != NULL, NULL);

  if (date_text != NULL && *date_text != '\0' && !says_no_more_than (date_text, date))
    g_ptr_array_add (parts, (gpointer) date_text);
  /* "overnight" is often both when and at what time of day: say it once. */
  if (time_of_day != NULL && *time_of_day != '\0' &&
      (date_text == NULL || g_utf8_collate (date_text, time_of_day) != 0))
    g_ptr_array_add (parts, (gpointer) time_of_day);
  if (place != NULL && *place != '\0')
    g_ptr_array_add (parts, (gpointer) place);
  g_ptr_array_add (parts, NULL);

  /* Translators: separates the date, time and place of an event */
  return g_strjoinv (C_("separator", " · "), (char **) parts->pdata);
}

/**
 * briefing_format_is_long_text:
 *
 * Returns: whether a row shows only the start of @text (NULL is short);
 *   it reads at most BRIEFING_FORMAT_SHOWN_BYTES of it
 */
gboolean
briefing_format_is_long_text (const char *text)
{
  if (text == NULL)
    return FALSE;
  for (gsize i = 0; i <= BRIEFING_FORMAT_SHOWN_BYTES; i++)
    if (text[i] == '\0')
      return FALSE;
  return TRUE;
}

/**
 * briefing_format_cut_text:
 *
 * Returns: (transfer full): what a row shows of @text: all of it, or when it
 *   is long its start, ended at a space if one is near, then “…”
 */
char *
briefing_format_cut_text (const char *text)
{
  const char *end, *space;

  if (!briefing_format_is_long_text (text))
    return g_strdup (text != NULL ? text : "");
  /* Not in the middle of a character… */
  end = g_utf8_find_prev_char (text, text + BRIEFING_FORMAT_SHOWN_BYTES + 1);
  /* …and if it can be, not in the middle of a word. */
  for (space = end; space > text && end - space < 200; space--)
    if (*space == ' ' || *space == '\n' || *space == '\t')
      {
        end = space;
        break;
      }
  return g_strdup_printf ("%.*s…", (int) (end - text), text);
}
