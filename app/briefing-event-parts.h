/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "briefing-entity.h"

G_BEGIN_DECLS

/**
 * BriefingAttribution:
 * @text: who says so, as written: "according to Kyiv's air force"
 * @source: (nullable): the entity it is attributed to
 *
 * Immutable and reference counted; fields are read-only.
 */
typedef struct
{
  char           *text;
  BriefingEntity *source;
} BriefingAttribution;

/**
 * BriefingFigure:
 * @label: what is counted: "drones intercepted"
 * @value: the number
 * @total: the whole it is a part of ("31 of 48"), when @has_total
 * @unit: (nullable): "drones", "USD"
 * @text: (nullable): the figure as written: "$425 million"
 * @attribution: (nullable): who gives the figure, when not the event's source
 */
typedef struct
{
  char                *label;
  double               value;
  double               total;
  char                *unit;
  char                *text;
  BriefingAttribution *attribution;
  gboolean             has_total;
  gboolean             approximate;
} BriefingFigure;

/**
 * BriefingQuote:
 * @speaker: who said it
 * @text: the words, verbatim
 */
typedef struct
{
  BriefingEntity *speaker;
  char           *text;
} BriefingQuote;

#define BRIEFING_TYPE_ATTRIBUTION (briefing_attribution_get_type ())
#define BRIEFING_TYPE_FIGURE      (briefing_figure_get_type ())
#define BRIEFING_TYPE_QUOTE       (briefing_quote_get_type ())

GType                briefing_attribution_get_type (void) G_GNUC_CONST;
BriefingAttribution *briefing_attribution_ref      (BriefingAttribution *self);
void                 briefing_attribution_unref    (BriefingAttribution *self);

GType                briefing_figure_get_type      (void) G_GNUC_CONST;
BriefingFigure      *briefing_figure_ref           (BriefingFigure *self);
void                 briefing_figure_unref         (BriefingFigure *self);
double               briefing_figure_get_fraction  (const BriefingFigure *self);

GType                briefing_quote_get_type       (void) G_GNUC_CONST;
BriefingQuote       *briefing_quote_ref            (BriefingQuote *self);
void                 briefing_quote_unref          (BriefingQuote *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriefingAttribution, briefing_attribution_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriefingFigure, briefing_figure_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriefingQuote, briefing_quote_unref)

G_END_DECLS
