/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "briefing-format.h"
#include "briefing-language.h"

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
