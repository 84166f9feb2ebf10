/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-text-highlight.h"
#include "briefing-text-search.h"

/*
 * Report text is never markup, so matches are marked with Pango attributes on
 * byte ranges of the label's own text, not with <span> tags. The colours are
 * those of a "find" highlight: dark text on yellow reads the same in light and
 * dark styles, where a CSS colour cannot reach a part of a label.
 */
#define HIGHLIGHT_RED   0xf6
#define HIGHLIGHT_GREEN 0xd3
#define HIGHLIGHT_BLUE  0x2d

static void
insert_range (PangoAttrList  *attrs,
              PangoAttribute *attr,
              guint           start,
              guint           end)
{
  attr->start_index = start;
  attr->end_index = end;
  pango_attr_list_insert (attrs, attr);
}

/**
 * briefing_text_highlight_label:
 * @label: a label showing report text (not markup)
 * @query: (nullable): the search text as typed
 * @text_scale: how much larger than normal the text is, 1.0 for normal
 *
 * Sets @label's attributes: its text scaled by @text_scale, and every match
 * of @query (ignoring case and accents) highlighted.
 */
void
briefing_text_highlight_label (GtkLabel   *label,
                               const char *query,
                               double      text_scale)
{
  g_autoptr(PangoAttrList) attrs = NULL;
  g_autoptr(GArray) ranges = NULL;
  const char *text;

  g_return_if_fail (GTK_IS_LABEL (label));

  /* Rows are bound with no search most of the time: nothing to look for. */
  text = gtk_label_get_text (label);
  if (query != NULL && *query != '\0')
    ranges = briefing_text_search_find (text, query);
  if ((ranges == NULL || ranges->len == 0) && G_APPROX_VALUE (text_scale, 1.0, 0.001))
    {
      gtk_label_set_attributes (label, NULL);
      return;
    }

  attrs = pango_attr_list_new ();
  if (!G_APPROX_VALUE (text_scale, 1.0, 0.001))
    pango_attr_list_insert (attrs, pango_attr_scale_new (text_scale));

  for (guint i = 0; ranges != NULL && i < ranges->len; i++)
    {
      const BriefingTextRange *range = &g_array_index (ranges, BriefingTextRange, i);

      insert_range (attrs,
                    pango_attr_background_new (HIGHLIGHT_RED << 8 | HIGHLIGHT_RED,
                                               HIGHLIGHT_GREEN << 8 | HIGHLIGHT_GREEN,
                                               HIGHLIGHT_BLUE << 8 | HIGHLIGHT_BLUE),
                    range->start, range->end);
      insert_range (attrs, pango_attr_foreground_new (0x2400, 0x1f00, 0x3100),
                    range->start, range->end);
    }

  gtk_label_set_attributes (label, attrs);
}

/**
 * briefing_text_set_selectable_only:
 *
 * Makes @label's text selectable with the pointer, but not a stop of the
 * keyboard: GTK 4.8 makes a selectable label focusable, and a label that
 * gets the focus selects all its text. Tab goes from row to row and to the
 * chips and links instead; Ctrl+C copies the row, or what is selected in it
 * (briefing_text_get_selected()).
 *
 * Not focusable is not enough: GTK 4.8's gtk_label_focus() says it took
 * the focus (returns TRUE) even when it could not grab it, so Tab stopped
 * at the first such label and never reached the chips after it. A label
 * that cannot focus is never asked (gtk_widget_child_focus() checks
 * "can-focus" first).
 */
void
briefing_text_set_selectable_only (GtkLabel *label)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_label_set_selectable (label, TRUE);
  gtk_widget_set_focusable (GTK_WIDGET (label), FALSE);
  gtk_widget_set_can_focus (GTK_WIDGET (label), FALSE);
}

/**
 * briefing_text_get_selected:
 * @widget: a row, or any part of it
 *
 * Returns: (transfer full) (nullable): the text selected in the first label
 *   of @widget that has a selection, or %NULL
 */
char *
briefing_text_get_selected (GtkWidget *widget)
{
  int start, end;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  if (GTK_IS_LABEL (widget) && gtk_label_get_selection_bounds (GTK_LABEL (widget), &start, &end) &&
      start != end)
    {
      const char *text = gtk_label_get_text (GTK_LABEL (widget));
      const char *from = g_utf8_offset_to_pointer (text, MIN (start, end));
      const char *to = g_utf8_offset_to_pointer (text, MAX (start, end));

      return g_strndup (from, to - from);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      char *selected = briefing_text_get_selected (child);

      if (selected != NULL)
        return selected;
    }
  return NULL;
}

/**
 * briefing_text_highlight_labels:
 * @widget: a part of a row: its figures
 * @query: (nullable): as for briefing_text_highlight_label()
 * @text_scale: as for briefing_text_highlight_label()
 *
 * Highlights @query and scales the text in every label of @widget, @widget
 * too if it is one: a fact card is searched and shows its matches.
 */
void
briefing_text_highlight_labels (GtkWidget  *widget,
                                const char *query,
                                double      text_scale)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (GTK_IS_LABEL (widget))
    briefing_text_highlight_label (GTK_LABEL (widget), query, text_scale);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    briefing_text_highlight_labels (child, query, text_scale);
}

/**
 * briefing_text_scale_labels:
 * @widget: a part of a row: its chips, heading
 * @text_scale: as for briefing_text_highlight_label()
 *
 * Scales the text of every label in @widget, @widget too if it is one, as
 * the report's text around them is scaled: a zoom makes the whole row
 * larger or smaller, not only its sentences.
 */
void
briefing_text_scale_labels (GtkWidget *widget,
                            double     text_scale)
{
  briefing_text_highlight_labels (widget, NULL, text_scale);
}

/**
 * briefing_text_capitalize:
 * @text: (nullable): text that may begin in lower case, like an attribution
 *   written to follow a sentence: "according to Kyiv's air force"
 *
 * Returns: (transfer full): @text with its first letter in title case, so it
 *   can stand on its own: "According to Kyiv's air force"
 */
char *
briefing_text_capitalize (const char *text)
{
  g_autofree char *first = NULL;
  const char *rest;
  char buffer[6];
  gunichar c;

  if (text == NULL || *text == '\0')
    return g_strdup (text);

  c = g_utf8_get_char (text);
  rest = g_utf8_next_char (text);
  buffer[g_unichar_to_utf8 (g_unichar_totitle (c), buffer)] = '\0';
  return g_strconcat (buffer, rest, NULL);
}
