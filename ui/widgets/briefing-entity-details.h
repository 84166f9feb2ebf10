/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "briefing-entity.h"

G_BEGIN_DECLS

/*
 * What the report says of a person, organization or place, in a popover:
 * its name and kind, role, description and, for a place, its coordinates.
 * A chip opens it (right-click, a long press, Shift+F10 or the Menu key).
 */
GtkWidget *briefing_entity_details_new         (BriefingEntity *entity);
char      *briefing_entity_format_coordinates  (double          latitude,
                                                double          longitude);

G_END_DECLS
