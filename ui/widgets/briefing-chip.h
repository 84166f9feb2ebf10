/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * A small pill button naming a topic or an entity (person, organization,
 * place). It only shows and tells: its "clicked" is the caller's to handle.
 * Property: "item" (BriefingTopic or BriefingEntity, construct-only).
 */
#define BRIEFING_TYPE_CHIP (briefing_chip_get_type ())
G_DECLARE_FINAL_TYPE (BriefingChip, briefing_chip, BRIEFING, CHIP, GtkButton)

GtkWidget  *briefing_chip_new         (GObject      *item);
GObject    *briefing_chip_get_item    (BriefingChip *self);
const char *briefing_chip_get_tooltip (BriefingChip *self);

G_END_DECLS
