/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "briefing-date.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_ERA (briefing_era_get_type ())
G_DECLARE_FINAL_TYPE (BriefingEra, briefing_era, BRIEFING, ERA, GObject)

const char         *briefing_era_get_title       (BriefingEra *self);
const char         *briefing_era_get_description (BriefingEra *self);
const BriefingDate *briefing_era_get_date        (BriefingEra *self);

G_END_DECLS
