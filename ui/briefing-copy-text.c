/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "briefing-copy-text.h"
#include "briefing-format.h"
#include "briefing-text-highlight.h"

/*
 * What "Copy as Text" puts on the clipboard: the event or turn, then where it
 * comes from, so that a quotation pasted elsewhere keeps its date, its
 * attribution and its source.
 *
 *   Friday, 1 November 2024 · overnight · Moscow
 *   North Korea will support Russia until victory
 *   The foreign minister said…
 *   “We will stand by our comrades.” — Choe Son Hui
 *   According to state media
 *   Source: Time.news, https://…
 */

static void
append_line (GString    *text,
             const char *line)
{
  if (line == NULL || *line == '\0')
    return;
  if (text->len > 0)
    g_string_append_c (text, '\n');
  g_string_append (text, line);
}

/* "Source: Time.news, https://…", "Source: Time.news", or nothing. */
static void
append_source (GString        *text,
               BriefingReport *report)
{
  const char *name = briefing_report_get_source_name (report);
  const char *url = briefing_report_get_source_url (report);
  g_autofree char *source = NULL;
  g_autofree char *line = NULL;

  if (name != NULL && url != NULL)
    /* Translators: a source's name and address, "Time.news, https://time.news/…" */
    source = g_strdup_printf (C_("source", "%s, %s"), name, url);
  else
    source = g_strdup (name != NULL ? name : url);
  if (source == NULL)
    return;
  /* Translators: the last line of an event or turn copied as text: where it comes from */
  line = g_strdup_printf (_("Source: %s"), source);
  append_line (text, line);
}

/**
 * briefing_copy_text_event:
 *
 * Returns: (transfer full): @event as text: date, time and place; headline;
 *   body; quotes with their speakers; attribution; the report's source
 */
char *
briefing_copy_text_event (BriefingEvent  *event,
                          BriefingReport *report)
{
  GString *text = g_string_new (NULL);
  g_autofree char *date = briefing_date_format (briefing_event_get_date (event));
  BriefingEntity *place = briefing_event_get_place (event);
  g_autofree char *meta = briefing_format_event_meta (briefing_event_get_date_text (event), date,
                                                      briefing_event_get_time_of_day (event),
                                                      place != NULL ? briefing_entity_get_name (place) : NULL);
  BriefingAttribution *attribution = briefing_event_get_attribution (event);
  GPtrArray *quotes = briefing_event_get_quotes (event);
  g_autofree char *when = NULL;

  g_return_val_if_fail (BRIEFING_IS_EVENT (event), NULL);
  g_return_val_if_fail (BRIEFING_IS_REPORT (report), NULL);

  /* The card's heading and meta line, in one. */
  when = *meta != '\0' ? g_strdup_printf (C_("separator", "%s · %s"), date, meta) : g_strdup (date);
  append_line (text, when);
  append_line (text, briefing_event_get_headline (event));
  append_line (text, briefing_event_get_body (event));
  for (guint i = 0; i < quotes->len; i++)
    {
      BriefingQuote *quote = g_ptr_array_index (quotes, i);
      g_autofree char *line = NULL;

      if (quote->speaker != NULL)
        /* Translators: a quote copied as text, then who said it */
        line = g_strdup_printf (_("“%s” — %s"), quote->text, briefing_entity_get_name (quote->speaker));
      else
        /* Translators: a quote copied as text */
        line = g_strdup_printf (_("“%s”"), quote->text);
      append_line (text, line);
    }
  if (attribution != NULL)
    {
      /* "according to…", written to follow a sentence, stands alone here. */
      g_autofree char *line = briefing_text_capitalize (attribution->text);

      append_line (text, line);
    }
  append_source (text, report);
  return g_string_free (text, FALSE);
}

/**
 * briefing_copy_text_turn:
 *
 * Returns: (transfer full): @turn as text: "Speaker: text", then the
 *   interview's title and date, and the report's source
 */
char *
briefing_copy_text_turn (BriefingTurn      *turn,
                         BriefingInterview *interview,
                         BriefingReport    *report)
{
  GString *text = g_string_new (NULL);
  BriefingEntity *speaker = briefing_turn_get_speaker (turn);
  const BriefingDate *date = briefing_interview_get_date (interview);
  g_autofree char *said = NULL;
  g_autofree char *where = NULL;

  g_return_val_if_fail (BRIEFING_IS_TURN (turn), NULL);
  g_return_val_if_fail (BRIEFING_IS_INTERVIEW (interview), NULL);
  g_return_val_if_fail (BRIEFING_IS_REPORT (report), NULL);

  /* Translators: a turn of an interview copied as text: "Speaker: what they said" */
  said = g_strdup_printf (C_("copied turn", "%s: %s"), briefing_entity_get_name (speaker), briefing_turn_get_text (turn));
  append_line (text, said);
  if (date != NULL)
    {
      g_autofree char *day = briefing_date_format (date);

      where = g_strdup_printf (C_("separator", "%s · %s"), briefing_interview_get_title (interview), day);
    }
  else
    where = g_strdup (briefing_interview_get_title (interview));
  {
    /* Translators: where a copied turn comes from: the interview's title (and date) */
    g_autofree char *line = g_strdup_printf (_("From: %s"), where);

    append_line (text, line);
  }
  append_source (text, report);
  return g_string_free (text, FALSE);
}
