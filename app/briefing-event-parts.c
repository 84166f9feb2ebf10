/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-event-parts.h"
#include "briefing-model-private.h"

G_DEFINE_BOXED_TYPE (BriefingAttribution, briefing_attribution,
                     briefing_attribution_ref, briefing_attribution_unref)
G_DEFINE_BOXED_TYPE (BriefingFigure, briefing_figure, briefing_figure_ref, briefing_figure_unref)
G_DEFINE_BOXED_TYPE (BriefingQuote, briefing_quote, briefing_quote_ref, briefing_quote_unref)

static void
clear_attribution (gpointer data)
{
  BriefingAttribution *self = data;

  g_free (self->text);
  g_clear_object (&self->source);
}

BriefingAttribution *
_briefing_attribution_new (char           *text,
                           BriefingEntity *source)
{
  BriefingAttribution *self = g_rc_box_new0 (BriefingAttribution);

  self->text = text;
  self->source = source != NULL ? g_object_ref (source) : NULL;
  return self;
}

BriefingAttribution *
briefing_attribution_ref (BriefingAttribution *self)
{
  return g_rc_box_acquire (self);
}

void
briefing_attribution_unref (BriefingAttribution *self)
{
  g_rc_box_release_full (self, clear_attribution);
}

static void
clear_figure (gpointer data)
{
  BriefingFigure *self = data;

  g_free (self->label);
  g_free (self->unit);
  g_free (self->text);
  g_clear_pointer (&self->attribution, briefing_attribution_unref);
}

BriefingFigure *
_briefing_figure_new (void)
{
  return g_rc_box_new0 (BriefingFigure);
}

BriefingFigure *
briefing_figure_ref (BriefingFigure *self)
{
  return g_rc_box_acquire (self);
}

void
briefing_figure_unref (BriefingFigure *self)
{
  g_rc_box_release_full (self, clear_figure);
}

/**
 * briefing_figure_get_fraction:
 *
 * Returns: the part @value is of @total, between 0 and 1, or -1 without a total
 */
double
briefing_figure_get_fraction (const BriefingFigure *self)
{
  g_return_val_if_fail (self != NULL, -1);

  if (!self->has_total)
    return -1;
  if (self->total <= 0)
    return 0;
  return CLAMP (self->value / self->total, 0.0, 1.0);
}

static void
clear_quote (gpointer data)
{
  BriefingQuote *self = data;

  g_clear_object (&self->speaker);
  g_free (self->text);
}

BriefingQuote *
_briefing_quote_new (BriefingEntity *speaker,
                     char           *text)
{
  BriefingQuote *self = g_rc_box_new0 (BriefingQuote);

  self->speaker = g_object_ref (speaker);
  self->text = text;
  return self;
}

BriefingQuote *
briefing_quote_ref (BriefingQuote *self)
{
  return g_rc_box_acquire (self);
}

void
briefing_quote_unref (BriefingQuote *self)
{
  g_rc_box_release_full (self, clear_quote);
}
