/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <float.h>
#include <string.h>

#include "briefing-text-estimate.h"

/**
 * briefing_text_metrics_update:
 *
 * Takes the measures of @widget's font at @text_scale, unless @metrics
 * already holds them for that scale. Pango keeps a font's metrics, so this
 * is cheap after the first time.
 */
void
briefing_text_metrics_update (BriefingTextMetrics *metrics,
                              GtkWidget           *widget,
                              double               text_scale)
{
  PangoFontMetrics *font_metrics;

  g_return_if_fail (metrics != NULL);
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (G_APPROX_VALUE (metrics->scale, text_scale, DBL_EPSILON))
    return;

  font_metrics = pango_context_get_metrics (gtk_widget_get_pango_context (widget), NULL, NULL);
  metrics->scale = text_scale;
  metrics->char_width = MAX (1, PANGO_PIXELS (pango_font_metrics_get_approximate_char_width (font_metrics) * text_scale));
  metrics->wide_char_width = MAX (metrics->char_width,
                                  PANGO_PIXELS (pango_font_metrics_get_approximate_digit_width (font_metrics) * text_scale));
  /* Without the line gap, which a label's lines may not have. */
  metrics->line_height = MAX (1, PANGO_PIXELS ((pango_font_metrics_get_ascent (font_metrics) +
                                                pango_font_metrics_get_descent (font_metrics)) * text_scale));
  pango_font_metrics_unref (font_metrics);
}

/* The characters of @text: every byte but UTF-8's continuation bytes. What
 * g_utf8_strlen() counts, for the valid UTF-8 a report's text is, without
 * stepping character by character: estimates are made for every row bound,
 * about 200 on each change of what is shown. */
static glong
count_chars (const char *text)
{
  gsize n_bytes = strlen (text);
  glong n_chars = 0;

  for (gsize i = 0; i < n_bytes; i++)
    n_chars += ((guchar) text[i] & 0xC0) != 0x80;
  return n_chars;
}

/**
 * briefing_text_estimate_lines:
 * @width: the width the text wraps at, pixels
 * @font_factor: the text's font size relative to the widget's (1.15 for a
 *   headline set larger)
 *
 * Returns: about how many lines @text wraps to: none for no text
 */
int
briefing_text_estimate_lines (const BriefingTextMetrics *metrics,
                              const char                *text,
                              int                        width,
                              double                     font_factor)
{
  double chars_per_line;
  glong n_chars;

  g_return_val_if_fail (metrics != NULL && metrics->char_width > 0, 0);

  if (text == NULL || *text == '\0')
    return 0;

  n_chars = count_chars (text);
  chars_per_line = MAX (1.0, width / (metrics->char_width * font_factor));
  /* Rounded down: the estimate aims low. */
  return MAX (1, (int) (n_chars / chars_per_line));
}
