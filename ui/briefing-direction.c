/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-direction.h"
#include "briefing-language.h"

/**
 * briefing_direction_of_report:
 * @report: (nullable): a report
 *
 * The direction the widgets showing @report's own text take, from its
 * `language`: the layout around them follows the interface's direction.
 *
 * Returns: %GTK_TEXT_DIR_RTL or %GTK_TEXT_DIR_LTR; %GTK_TEXT_DIR_NONE (the
 *   interface's) without a report or a language
 */
GtkTextDirection
briefing_direction_of_report (BriefingReport *report)
{
  const char *language;

  g_return_val_if_fail (report == NULL || BRIEFING_IS_REPORT (report), GTK_TEXT_DIR_NONE);

  language = report != NULL ? briefing_report_get_language (report) : NULL;
  if (language == NULL || *language == '\0')
    return GTK_TEXT_DIR_NONE;
  return briefing_language_is_right_to_left (language) ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR;
}

/**
 * briefing_direction_set_recursive:
 * @widget: a widget showing report text
 * @direction: its direction
 *
 * GTK 4 widgets do not take their parent's direction, only the default one:
 * a row of report text sets it on each of its widgets.
 */
void
briefing_direction_set_recursive (GtkWidget        *widget,
                                  GtkTextDirection  direction)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_widget_set_direction (widget, direction);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    briefing_direction_set_recursive (child, direction);
}

/**
 * briefing_direction_differs:
 * @direction: a direction set on a widget
 *
 * Returns: whether @direction is not what a widget would have without it:
 *   neither %GTK_TEXT_DIR_NONE nor the interface's default direction
 */
gboolean
briefing_direction_differs (GtkTextDirection direction)
{
  return direction != GTK_TEXT_DIR_NONE && direction != gtk_widget_get_default_direction ();
}
