/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "briefing-time-overview.h"

G_BEGIN_DECLS

void measure_overview_frames (BriefingTimeOverview *overview);

G_END_DECLS
